// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: data rows for every envelope leaf and canonical-JSON rule.

// Evidence envelopes: the daemon's artifact digest and evidence id, tamper
// detection on every leaf, and the canonical JSON the digest is computed over.
// Golden canonical outputs and digests come from python3 (tests/data/canonical/regenerate.py).

#include "testjson.h"

#include "core/json/canonicaljson.h"
#include "core/records/contracts.h"
#include "core/records/evidence.h"
#include "core/records/validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTest>

#include <cctype>
#include <functional>
#include <limits>
#include <string>
#include <vector>

using namespace SyncDesk;

Q_DECLARE_METATYPE(SyncDesk::Json)

namespace {

const QString kData = QStringLiteral(SYNCDESK_TEST_DATA);

QString referenceEnvelopePath()
{
    return kData + QStringLiteral("/reference/evidence/secure-agent-access.evidence.json");
}

QString richEnvelopePath()
{
    return kData + QStringLiteral("/evidence/rich-artifact.evidence.json");
}

/// Integers beyond 64 bits, sealed by Python (tests/data/evidence/regenerate.py).
QString bigIntegerEnvelopePath()
{
    return kData + QStringLiteral("/evidence/big-integer.evidence.json");
}

QString str(const Json &v)
{
    return QString::fromStdString(v.get<std::string>());
}

QString pointerText(const Json::json_pointer &p)
{
    const auto s = p.to_string();
    return s.empty() ? QStringLiteral("/") : QString::fromStdString(s);
}

/// One changed copy of a value: every leaf under `root`, changed so that it
/// must hash differently (strings get a suffix, bools flip, null becomes "x",
/// numbers grow by one, a big integer's last digit changes).
struct Mutation
{
    QString name;
    Json::json_pointer where;
    Json value;
};

void collectLeafMutations(const Json &v, const Json::json_pointer &at, std::vector<Mutation> &out)
{
    if (v.is_object()) {
        for (const auto &[k, e] : v.items())
            collectLeafMutations(e, at / k, out);
        return;
    }
    if (v.is_array()) {
        for (std::size_t i = 0; i < v.size(); ++i)
            collectLeafMutations(v[i], at / i, out);
        return;
    }
    Json changed;
    QString how;
    switch (v.type()) {
    case Json::value_t::string:
        changed = v.get<std::string>() + "x";
        how = QStringLiteral("string+x");
        break;
    case Json::value_t::boolean:
        changed = !v.get<bool>();
        how = QStringLiteral("bool flipped");
        break;
    case Json::value_t::null:
        changed = "x";
        how = QStringLiteral("null->x");
        break;
    case Json::value_t::number_integer:
        changed = v.get<std::int64_t>() + 1;
        how = QStringLiteral("int+1");
        break;
    case Json::value_t::number_unsigned:
        changed = v.get<std::uint64_t>() + 1;
        how = QStringLiteral("uint+1");
        break;
    case Json::value_t::number_float:
        // +1 is lost on 1e16 and above; doubling still changes the value.
        changed = v.get<double>() + 1.0 == v.get<double>() ? v.get<double>() * 2
                                                           : v.get<double>() + 1.0;
        how = QStringLiteral("float+1");
        break;
    case Json::value_t::binary: {
        // One further from zero, so still beyond 64 bits; mostly the same double
        // as before: only the exact digits tell them apart.
        std::string digits(bigIntegerText(v));
        if (digits.empty())
            return;
        std::size_t i = digits.size();
        while (i > 0 && digits[i - 1] == '9')
            digits[--i] = '0';
        if (i == 0 || digits[i - 1] == '-')
            digits.insert(i, 1, '1');
        else
            ++digits[i - 1];
        changed = makeBigInteger(digits);
        how = QStringLiteral("big int +1");
        break;
    }
    default:
        return;
    }
    out.push_back({ pointerText(at) + QLatin1Char(' ') + how, at, std::move(changed) });
}

/// The same value with every object's keys in reverse order, at every level.
Json reversedKeys(const Json &v)
{
    if (v.is_array()) {
        Json out = Json::array();
        for (const auto &e : v)
            out.push_back(reversedKeys(e));
        return out;
    }
    if (!v.is_object())
        return v;
    std::vector<std::pair<std::string, Json>> items;
    for (const auto &[k, e] : v.items())
        items.emplace_back(k, reversedKeys(e));
    Json out = Json::object();
    for (auto it = items.rbegin(); it != items.rend(); ++it)
        out[it->first] = it->second;
    return out;
}

/// Seals an envelope the way the daemon writes one (digest, then id).
void reseal(Json &envelope)
{
    envelope["artifact_digest"] = artifactDigest(envelope["artifact"]).toStdString();
    envelope["evidence_id"] = Evidence::deriveId(envelope["artifact_digest"],
        envelope["evidence_type"], envelope["subject"], envelope["writer"])
                                  .toStdString();
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceVerifies_data();
    void referenceVerifies();
    void deriveIdMatchesDaemon();
    void leafMutationsAreTampered_data();
    void leafMutationsAreTampered();
    void structuralChanges_data();
    void structuralChanges();
    void envelopeFieldChanges_data();
    void envelopeFieldChanges();
    void layoutDoesNotMatter_data();
    void layoutDoesNotMatter();
    void notAnEnvelope_data();
    void notAnEnvelope();
    void validatorOnEnvelopes_data();
    void validatorOnEnvelopes();
    void canonicalGolden_data();
    void canonicalGolden();
    void canonicalInline_data();
    void canonicalInline();
    void sha256MatchesPython_data();
    void sha256MatchesPython();
    void bigIntegerLastDigit_data();
    void bigIntegerLastDigit();
    void bigIntegerEnvelopeWrittenBack();
    void referenceName_data();
    void referenceName();
};

void TestEvidence::referenceVerifies_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedDigest"); // python3: hashlib.sha256(canonical).hexdigest()
    QTest::addColumn<QString>("expectedId");

    QTest::newRow("daemon reference")
        << referenceEnvelopePath()
        << QStringLiteral("sha256:01828b5bf622fa56f16d13f7045ce8a3626775fbc0676331cbedb00ef144cd8a")
        << QStringLiteral("evidence-d48d99c2094a6ca4dc54");
    QTest::newRow("rich artifact")
        << richEnvelopePath()
        << QStringLiteral("sha256:1ac1872b2ae74b7a316a7813a516da27defd3e1a81c6b769d9ce5868ac6385ec")
        << QStringLiteral("evidence-e715641cbaabf2071dc4");
    QTest::newRow("big integers")
        << bigIntegerEnvelopePath()
        << QStringLiteral("sha256:3347ab0eb7f007089f2b3d95b937dc9cfb2d55e7d23971fcb333d3e5339a8617")
        << QStringLiteral("evidence-f507514bcaef8cc885ea");
}

void TestEvidence::referenceVerifies()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedDigest);
    QFETCH(QString, expectedId);

    const Json envelope = parseOrDie(readFile(path));
    const auto check = Evidence::check(envelope);
    QCOMPARE(evidenceStatusName(check.status), QStringLiteral("ok"));
    QCOMPARE(check.status, EvidenceStatus::Verified);
    QVERIFY2(check.field.isEmpty(), qPrintable(check.field));
    QCOMPARE(check.computedDigest, expectedDigest);
    QCOMPARE(check.computedDigest, str(envelope["artifact_digest"]));
    QCOMPARE(check.computedId, expectedId);
    QCOMPARE(check.computedId, str(envelope["evidence_id"]));
    QCOMPARE(artifactDigest(envelope["artifact"]), expectedDigest);
}

void TestEvidence::deriveIdMatchesDaemon()
{
    // python3: "evidence-" + sha256(json.dumps({artifact_digest, evidence_type,
    // subject, writer}, sort_keys=True, separators=(",", ":"))).hexdigest()[:20]
    const Json digest = "sha256:01828b5bf622fa56f16d13f7045ce8a3626775fbc0676331cbedb00ef144cd8a";
    QCOMPARE(Evidence::deriveId(digest, Json("policy-decision"), Json("sourceos-syncd"),
                 Json("sourceos-syncd-local-evidence-writer")),
        QStringLiteral("evidence-d48d99c2094a6ca4dc54"));
    // Each input matters.
    const QString base = Evidence::deriveId(digest, Json("a"), Json("b"), Json("c"));
    QCOMPARE(base.size(), 9 + 20);
    QVERIFY(base != Evidence::deriveId(digest, Json("a"), Json("c"), Json("b")));
    QVERIFY(base != Evidence::deriveId(digest, Json("b"), Json("a"), Json("c")));
    QVERIFY(base != Evidence::deriveId(Json("sha256:0"), Json("a"), Json("b"), Json("c")));
    QVERIFY(base != Evidence::deriveId(digest, Json(), Json("b"), Json("c")));
}

void TestEvidence::leafMutationsAreTampered_data()
{
    QTest::addColumn<Json>("envelope");

    int rows = 0;
    int bigRows = 0;
    for (const QString &path :
        { referenceEnvelopePath(), richEnvelopePath(), bigIntegerEnvelopePath() }) {
        const Json envelope = parseOrDie(readFile(path));
        std::vector<Mutation> mutations;
        collectLeafMutations(envelope["artifact"], Json::json_pointer(), mutations);
        QVERIFY(!mutations.empty());
        for (const auto &m : mutations) {
            Json changed = envelope;
            QVERIFY(changed["artifact"][m.where] != m.value);
            changed["artifact"][m.where] = m.value;
            const QString name = QFileInfo(path).baseName() + QLatin1Char(' ') + m.name;
            QTest::newRow(qPrintable(name)) << changed;
            ++rows;
            bigRows += isBigInteger(m.value) ? 1 : 0;
        }
    }
    // The reference has 11 leaves (10 strings, one null), the rich artifact every type.
    QVERIFY(rows >= 11 + 25);
    // counter, negative, two of the limits, two nested and the 1000 digits
    QCOMPARE(bigRows, 7);
}

void TestEvidence::leafMutationsAreTampered()
{
    QFETCH(Json, envelope);

    const auto check = Evidence::check(envelope);
    QCOMPARE(check.status, EvidenceStatus::Tampered);
    QCOMPARE(evidenceStatusName(check.status), QStringLiteral("tampered"));
    QCOMPARE(check.field, QStringLiteral("artifact_digest"));
    QVERIFY(check.computedDigest != str(envelope["artifact_digest"]));
    QVERIFY2(check.message.contains(check.computedDigest), qPrintable(check.message));

    const auto v = Validator::validate(envelope, ValidationMode::Strict);
    QCOMPARE(v.verdict, Verdict::Invalid);
    QCOMPARE(v.errors.size(), 1);
    QCOMPARE(ruleName(v.errors.front().rule), QStringLiteral("digest"));
    QCOMPARE(v.errors.front().field, QStringLiteral("artifact_digest"));
}

void TestEvidence::structuralChanges_data()
{
    QTest::addColumn<Json>("envelope");
    QTest::addColumn<bool>("verifies");

    for (const QString &path : { referenceEnvelopePath(), richEnvelopePath() }) {
        const Json envelope = parseOrDie(readFile(path));
        const QString base = QFileInfo(path).baseName() + QLatin1Char(' ');
        auto row = [&](const char *what, const std::function<void(Json &)> &change, bool ok) {
            Json e = envelope;
            change(e["artifact"]);
            QTest::newRow(qPrintable(base + QLatin1String(what))) << e << ok;
        };
        row(
            "unchanged", [](Json &) {}, true);
        row(
            "keys reordered at every level", [](Json &a) { a = reversedKeys(a); }, true);
        row(
            "key added", [](Json &a) { a["added"] = "x"; }, false);
        row(
            "null key added", [](Json &a) { a["added"] = nullptr; }, false);
        row(
            "empty object key added", [](Json &a) { a["added"] = Json::object(); }, false);
        row(
            "first key removed", [](Json &a) { a.erase(a.begin()); }, false);
        row(
            "last key removed", [](Json &a) { a.erase(std::prev(a.end())); }, false);
        row(
            "key renamed by case",
            [](Json &a) {
                const std::string k = a.begin().key();
                Json v = a.begin().value();
                a.erase(a.begin());
                std::string upper = k;
                upper[0] = char(std::toupper(static_cast<unsigned char>(upper[0])));
                a[upper] = v;
            },
            false);
        row(
            "string became number", [](Json &a) { a["schema"] = 1; }, false);
        row(
            "emptied", [](Json &a) { a = Json::object(); }, false);
        row(
            "wrapped in a list",
            [](Json &a) {
                Json inner = a;
                a = Json::object();
                a["items"] = Json::array({ inner });
            },
            false);
    }
    // Rich-only changes inside nested containers.
    const Json rich = parseOrDie(readFile(richEnvelopePath()));
    auto richRow = [&](const char *what, const std::function<void(Json &)> &change, bool ok) {
        Json e = rich;
        change(e["artifact"]);
        QTest::newRow(qPrintable(QStringLiteral("rich ") + QLatin1String(what))) << e << ok;
    };
    richRow(
        "array element appended", [](Json &a) { a["tags"].push_back("merge"); }, false);
    richRow(
        "array element removed", [](Json &a) { a["tags"].erase(2); }, false);
    richRow(
        "array reordered", [](Json &a) { std::swap(a["tags"][0], a["tags"][1]); }, false);
    richRow(
        "nested key added", [](Json &a) { a["nested"]["z"]["deep"]["extra"] = 0; }, false);
    richRow(
        "nested empty object filled", [](Json &a) { a["nested"]["a"][1]["k"] = 1; }, false);
    richRow(
        "empty array filled", [](Json &a) { a["matrix"][2].push_back(0); }, false);
    richRow(
        "int became float", [](Json &a) { a["attempt"] = 3.0; }, false);
    richRow(
        "float became int", [](Json &a) { a["whole"] = 2; }, false);
    richRow(
        "false became 0", [](Json &a) { a["reviewed"] = 0; }, false);
    richRow(
        "null became empty string", [](Json &a) { a["missing"] = ""; }, false);
    richRow(
        "non-ascii normalised",
        [](Json &a) {
            std::string note = a["note"].get<std::string>();
            note.replace(note.find("\xc3\xa9"), 2, "e\xcc\x81"); // é -> e + combining acute
            a["note"] = note;
        },
        false);
}

void TestEvidence::structuralChanges()
{
    QFETCH(Json, envelope);
    QFETCH(bool, verifies);

    const auto check = Evidence::check(envelope);
    if (verifies) {
        QCOMPARE(check.status, EvidenceStatus::Verified);
    } else {
        QCOMPARE(check.status, EvidenceStatus::Tampered);
        QCOMPARE(check.field, QStringLiteral("artifact_digest"));
    }
}

void TestEvidence::envelopeFieldChanges_data()
{
    QTest::addColumn<Json>("envelope");
    QTest::addColumn<int>("status"); // EvidenceStatus
    QTest::addColumn<QString>("field");

    for (const QString &path : { referenceEnvelopePath(), richEnvelopePath() }) {
        const Json envelope = parseOrDie(readFile(path));
        const QString base = QFileInfo(path).baseName() + QLatin1Char(' ');
        auto row = [&](const char *what, const std::function<void(Json &)> &change,
                       EvidenceStatus status, const char *field) {
            Json e = envelope;
            change(e);
            QTest::newRow(qPrintable(base + QLatin1String(what)))
                << e << int(status) << QString::fromLatin1(field);
        };
        // The id derives from these three and the digest.
        row(
            "evidence_type changed", [](Json &e) { e["evidence_type"] = "repair-plan"; },
            EvidenceStatus::Tampered, "evidence_id");
        row(
            "subject changed",
            [](Json &e) { e["subject"] = str(e["subject"]).toStdString() + "x"; },
            EvidenceStatus::Tampered, "evidence_id");
        row(
            "writer changed", [](Json &e) { e["writer"] = "someone-else"; },
            EvidenceStatus::Tampered, "evidence_id");
        row(
            "writer removed", [](Json &e) { e.erase("writer"); }, EvidenceStatus::Tampered,
            "evidence_id");
        row(
            "subject null", [](Json &e) { e["subject"] = nullptr; }, EvidenceStatus::Tampered,
            "evidence_id");
        row(
            "evidence_id changed",
            [](Json &e) {
                std::string id = e["evidence_id"].get<std::string>();
                id.back() = id.back() == '0' ? '1' : '0';
                e["evidence_id"] = id;
            },
            EvidenceStatus::Tampered, "evidence_id");
        row(
            "evidence_id upper case",
            [](Json &e) { e["evidence_id"] = str(e["evidence_id"]).toUpper().toStdString(); },
            EvidenceStatus::Tampered, "evidence_id");
        row(
            "evidence_id missing", [](Json &e) { e.erase("evidence_id"); },
            EvidenceStatus::Tampered, "evidence_id");
        // The digest itself.
        row(
            "artifact_digest changed",
            [](Json &e) {
                std::string d = e["artifact_digest"].get<std::string>();
                d.back() = d.back() == '0' ? '1' : '0';
                e["artifact_digest"] = d;
            },
            EvidenceStatus::Tampered, "artifact_digest");
        row(
            "artifact_digest upper case",
            [](Json &e) {
                e["artifact_digest"]
                    = "sha256:" + str(e["artifact_digest"]).mid(7).toUpper().toStdString();
            },
            EvidenceStatus::Tampered, "artifact_digest");
        row(
            "artifact_digest without prefix",
            [](Json &e) { e["artifact_digest"] = str(e["artifact_digest"]).mid(7).toStdString(); },
            EvidenceStatus::Tampered, "artifact_digest");
        row(
            "artifact_digest missing", [](Json &e) { e.erase("artifact_digest"); },
            EvidenceStatus::Tampered, "artifact_digest");
        row(
            "artifact_digest not a string", [](Json &e) { e["artifact_digest"] = 1; },
            EvidenceStatus::Tampered, "artifact_digest");
        // A tampered artifact that was resealed by hand verifies again: the
        // envelope is internally consistent (signatures are the daemon's business).
        row(
            "artifact changed and resealed",
            [](Json &e) {
                e["artifact"]["schema"] = "changed";
                reseal(e);
            },
            EvidenceStatus::Verified, "");
        // Fields outside the digest and the id.
        row(
            "generated_at changed", [](Json &e) { e["generated_at"] = "2030-01-01T00:00:00Z"; },
            EvidenceStatus::Verified, "");
        row(
            "attestation changed", [](Json &e) { e["attestation"]["reason"] = "other"; },
            EvidenceStatus::Verified, "");
        row(
            "extra envelope key", [](Json &e) { e["note"] = "x"; }, EvidenceStatus::Verified, "");
        row(
            "missing artifact", [](Json &e) { e.erase("artifact"); }, EvidenceStatus::Invalid,
            "artifact");
        row(
            "artifact null", [](Json &e) { e["artifact"] = nullptr; }, EvidenceStatus::Invalid,
            "artifact");
        row(
            "artifact a list", [](Json &e) { e["artifact"] = Json::array({ e["artifact"] }); },
            EvidenceStatus::Invalid, "artifact");
        row(
            "artifact a string", [](Json &e) { e["artifact"] = e["artifact"].dump(); },
            EvidenceStatus::Invalid, "artifact");
    }
}

void TestEvidence::envelopeFieldChanges()
{
    QFETCH(Json, envelope);
    QFETCH(int, status);
    QFETCH(QString, field);

    const auto check = Evidence::check(envelope);
    QCOMPARE(int(check.status), status);
    QCOMPARE(check.field, field);
    if (check.status != EvidenceStatus::Verified)
        QVERIFY(!check.message.isEmpty());
}

void TestEvidence::layoutDoesNotMatter_data()
{
    QTest::addColumn<QByteArray>("bytes");

    for (const QString &path :
        { referenceEnvelopePath(), richEnvelopePath(), bigIntegerEnvelopePath() }) {
        const QByteArray original = readFile(path);
        const Json envelope = parseOrDie(original);
        const QString base = QFileInfo(path).baseName() + QLatin1Char(' ');
        QTest::newRow(qPrintable(base + QStringLiteral("as stored"))) << original;
        // dumpJson: nlohmann's dump() would write a big integer as {"bytes": [...]}.
        QTest::newRow(qPrintable(base + QStringLiteral("compact")))
            << QByteArray::fromStdString(dumpJson(envelope));
        QTest::newRow(qPrintable(base + QStringLiteral("indent 8")))
            << QByteArray::fromStdString(dumpJson(envelope, 8));
        if (path != bigIntegerEnvelopePath())
            QTest::newRow(qPrintable(base + QStringLiteral("ascii escaped")))
                << QByteArray::fromStdString(envelope.dump(1, '\t', true));
        QByteArray spaced = original;
        // Raw newlines only occur between tokens in a pretty-printed file.
        spaced.replace(",\n", " \t,\r\n");
        spaced.replace("\n", "\n\n\t  ");
        spaced.prepend("\n\n   ");
        spaced.append("\r\n\t  \n");
        QTest::newRow(qPrintable(base + QStringLiteral("whitespace everywhere"))) << spaced;
        Json reordered = reversedKeys(envelope);
        QTest::newRow(qPrintable(base + QStringLiteral("every object reordered")))
            << QByteArray::fromStdString(dumpJson(reordered, 2));
    }
}

void TestEvidence::layoutDoesNotMatter()
{
    QFETCH(QByteArray, bytes);

    const auto parsed = parseJson(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error->message));
    const auto check = Evidence::check(parsed.value);
    QCOMPARE(check.status, EvidenceStatus::Verified);
    QCOMPARE(check.computedDigest, str(parsed.value["artifact_digest"]));

    const auto v = Validator::validateBytes(
        std::string_view(bytes.constData(), std::size_t(bytes.size())), ValidationMode::Strict);
    QCOMPARE(v.verdict, Verdict::Valid);
}

void TestEvidence::notAnEnvelope_data()
{
    QTest::addColumn<Json>("value");

    QTest::newRow("null") << Json();
    QTest::newRow("array") << Json::array({ 1, 2 });
    QTest::newRow("string") << Json("evidence");
    QTest::newRow("empty object") << Json::object();
    Json noArtifact = parseOrDie(readFile(referenceEnvelopePath()));
    noArtifact.erase("artifact");
    QTest::newRow("no artifact") << noArtifact;
}

void TestEvidence::notAnEnvelope()
{
    QFETCH(Json, value);

    const auto check = Evidence::check(value);
    QCOMPARE(check.status, EvidenceStatus::Invalid);
    QCOMPARE(evidenceStatusName(check.status), QStringLiteral("invalid"));
    QCOMPARE(check.field, QStringLiteral("artifact"));
    QVERIFY(check.computedDigest.isEmpty());
}

void TestEvidence::validatorOnEnvelopes_data()
{
    QTest::addColumn<Json>("envelope");
    QTest::addColumn<int>("verdict"); // Verdict
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("warningCodes");

    const Json reference = parseOrDie(readFile(referenceEnvelopePath()));
    const Json rich = parseOrDie(readFile(richEnvelopePath()));
    auto row = [](const char *name, const Json &e, Verdict v, const char *rule, const char *field,
                   const QStringList &warnings = {}) {
        QTest::newRow(name) << e << int(v) << QString::fromLatin1(rule)
                            << QString::fromLatin1(field) << warnings;
    };
    row("reference", reference, Verdict::Valid, "", "");
    // Sync Desk's own evidence type is known, no warning.
    row("rich (conflict-resolution)", rich, Verdict::Valid, "", "");

    Json e = reference;
    e["artifact"]["lane"] = "open";
    row("artifact tampered", e, Verdict::Invalid, "digest", "artifact_digest");

    e = reference;
    e["subject"] = "someone-else";
    row("subject tampered", e, Verdict::Invalid, "digest", "evidence_id");

    e = reference;
    e.erase("attestation");
    row("attestation missing", e, Verdict::Invalid, "required", "attestation");

    e = reference;
    e.erase("artifact");
    e.erase("writer");
    row("artifact and writer missing", e, Verdict::Invalid, "required", "artifact");

    e = reference;
    e["artifact"] = Json::array();
    row("artifact a list", e, Verdict::Invalid, "object", "artifact");

    e = reference;
    e["attestation"] = "unsigned";
    row("attestation a string", e, Verdict::Invalid, "object", "attestation");

    e = reference;
    e["evidence_type"] = "custom-report";
    reseal(e);
    row("unknown evidence type", e, Verdict::Valid, "", "", { QStringLiteral("evidence_type") });

    e = reference;
    e["attestation"].erase("reason");
    row("attestation without reason", e, Verdict::Valid, "", "", { QStringLiteral("attestation") });

    e = reference;
    e["attestation"]["signed"] = "false";
    row("attestation signed as string", e, Verdict::Valid, "", "", { QStringLiteral("type") });

    e = reference;
    e["generated_at"] = "2026-05-05 00:00:00";
    row("generated_at not RFC 3339", e, Verdict::Valid, "", "", { QStringLiteral("timestamp") });

    e = reference;
    e["artifact"]["lane"] = "open";
    e["evidence_type"] = "custom-report";
    row("tampered with an unknown type", e, Verdict::Invalid, "digest", "artifact_digest");
}

void TestEvidence::validatorOnEnvelopes()
{
    QFETCH(Json, envelope);
    QFETCH(int, verdict);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QStringList, warningCodes);

    for (const auto mode : { ValidationMode::Strict, ValidationMode::SyncDesk }) {
        const auto v = Validator::validate(envelope, mode);
        QCOMPARE(int(v.verdict), verdict);
        QCOMPARE(v.kind, RecordKind::Evidence);
        if (v.verdict == Verdict::Invalid) {
            QCOMPARE(v.errors.size(), 1);
            QCOMPARE(ruleName(v.errors.front().rule), rule);
            QCOMPARE(v.errors.front().field, field);
        } else {
            QVERIFY(v.errors.isEmpty());
            QStringList codes;
            for (const auto &w : v.warnings)
                codes << w.code;
            QCOMPARE(codes, warningCodes);
        }
    }
}

void TestEvidence::canonicalGolden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("digest");

    const QDir dir(kData + QStringLiteral("/canonical"));
    const auto inputDir = QDir(dir.filePath(QStringLiteral("input")));
    const auto names = inputDir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= 16, qPrintable(names.join(QLatin1Char(' '))));
    for (const auto &name : names) {
        const QString base = QFileInfo(name).completeBaseName();
        QTest::newRow(qPrintable(base))
            << inputDir.filePath(name)
            << dir.filePath(QStringLiteral("reference/") + base + QStringLiteral(".txt"))
            << dir.filePath(QStringLiteral("reference/") + base + QStringLiteral(".sha256"));
    }
}

void TestEvidence::canonicalGolden()
{
    QFETCH(QString, input);
    QFETCH(QString, reference);
    QFETCH(QString, digest);

    const Json value = parseOrDie(readFile(input));
    const std::string canonical = canonicalJson(value);
    QCOMPARE(QByteArray::fromStdString(canonical), readFile(reference));
    QCOMPARE(artifactDigest(value), QString::fromLatin1(readFile(digest)));
    // Canonical text is a fixed point: it parses back to a value with the same form.
    const Json again = parseOrDie(QByteArray::fromStdString(canonical));
    QCOMPARE(canonicalJson(again), canonical);
    // ASCII only, no spaces outside strings (all these inputs keep spaces only inside strings).
    for (const char c : canonical)
        QVERIFY(static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f);
}

void TestEvidence::canonicalInline_data()
{
    QTest::addColumn<Json>("value");
    QTest::addColumn<QByteArray>("expected");

    // Values built in C++ rather than parsed: embedded NUL, unsigned, -0.0 as a float.
    QTest::newRow("embedded nul") << Json(std::string("a\0b", 3)) << QByteArray("\"a\\u0000b\"");
    QTest::newRow("unsigned max") << Json(std::uint64_t(18446744073709551615ULL))
                                  << QByteArray("18446744073709551615");
    QTest::newRow("int64 min") << Json(std::int64_t(-9223372036854775807LL - 1))
                               << QByteArray("-9223372036854775808");
    QTest::newRow("minus zero") << Json(-0.0) << QByteArray("-0.0");
    QTest::newRow("float that is whole") << Json(3.0) << QByteArray("3.0");
    // json.dumps(float('nan')) etc. (allow_nan=True is the default)
    QTest::newRow("nan") << Json(std::numeric_limits<double>::quiet_NaN()) << QByteArray("NaN");
    QTest::newRow("inf") << Json(std::numeric_limits<double>::infinity()) << QByteArray("Infinity");
    QTest::newRow("-inf") << Json(-std::numeric_limits<double>::infinity())
                          << QByteArray("-Infinity");
    QTest::newRow("big integer") << makeBigInteger("-18446744073709551616")
                                 << QByteArray("-18446744073709551616");
    QTest::newRow("big integers nested")
        << Json::object({ { "b", Json::array({ makeBigInteger("18446744073709551616") }) },
               { "a", makeBigInteger("123456789012345678901234567890") } })
        << QByteArray("{\"a\":123456789012345678901234567890,\"b\":[18446744073709551616]}");
    QTest::newRow("bools and null")
        << Json::array({ true, false, nullptr }) << QByteArray("[true,false,null]");
    Json object = Json::object();
    object["b"] = 1;
    object["a"] = Json::object({ { "d", 1 }, { "c", 2 } });
    QTest::newRow("insertion order ignored")
        << object << QByteArray("{\"a\":{\"c\":2,\"d\":1},\"b\":1}");
}

void TestEvidence::canonicalInline()
{
    QFETCH(Json, value);
    QFETCH(QByteArray, expected);

    QCOMPARE(QByteArray::fromStdString(canonicalJson(value)), expected);
}

void TestEvidence::sha256MatchesPython_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("digest");

    // python3: "sha256:" + hashlib.sha256(json.dumps(json.loads(text), sort_keys=True,
    //          separators=(",", ":"), ensure_ascii=True).encode()).hexdigest()
    QTest::newRow("empty object")
        << QByteArray("{}")
        << QStringLiteral(
               "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    QTest::newRow("unsorted with non-ascii")
        << QByteArray("{\"b\": 1, \"a\": \"\xc3\xa9\"}")
        << QStringLiteral(
               "sha256:6d9eb45284090145dc16661b06abe01185a16a7dabba07c992a131bffa6b8114");
    QTest::newRow("floats")
        << QByteArray("[1.0, 1e16, 1e-5, 0.1]")
        << QStringLiteral(
               "sha256:a01992dd74e4e9015c792e1371ca90cf58f01773d42a36da66e969d68794c6ca");
    // Beyond 64 bits Python keeps every digit; the second differs from the first
    // in its last digit only, and has the same nearest double.
    QTest::newRow("big integer")
        << QByteArray(R"({"n": 123456789012345678901234567890})")
        << QStringLiteral(
               "sha256:03b8f78ef5e8a305f4cda82942db0c6accec4046b40457ae19055ea5e4fff2ac");
    QTest::newRow("big integer, last digit changed")
        << QByteArray(R"({"n": 123456789012345678901234567891})")
        << QStringLiteral(
               "sha256:087f8e964b6186900fe07922fda2b1b229cfd2aeda2f181484daa5b4f34a2046");
    QTest::newRow("big integers negative and nested")
        << QByteArray("[-18446744073709551616, [18446744073709551616]]")
        << QStringLiteral(
               "sha256:3483af068675ffce4c9ae50791d706a42ec467b043a449375db627d0302cba4f");
}

void TestEvidence::sha256MatchesPython()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, digest);

    QCOMPARE(artifactDigest(parseOrDie(json)), digest);
}

void TestEvidence::bigIntegerLastDigit_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");

    // Edits of the stored text, as someone with write access to the store makes
    // them. Each pair has the same nearest double: read as doubles, the edited
    // envelope hashed as the original and read "verified".
    QTest::newRow("counter") << QByteArray("\"counter\": 123456789012345678901234567890,")
                             << QByteArray("\"counter\": 123456789012345678901234567891,");
    QTest::newRow("negative") << QByteArray("\"negative\": -123456789012345678901234567890,")
                              << QByteArray("\"negative\": -123456789012345678901234567899,");
    QTest::newRow("uint64 max + 1")
        << QByteArray("18446744073709551616,") << QByteArray("18446744073709551617,");
    QTest::newRow("nested") << QByteArray("-98765432109876543210987654321\n")
                            << QByteArray("-98765432109876543210987654320\n");
    QTest::newRow("1000 digits") << QByteArray("1234567890876543210,")
                                 << QByteArray("1234567890876543211,");
}

void TestEvidence::bigIntegerLastDigit()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);

    const QByteArray original = readFile(bigIntegerEnvelopePath());
    QCOMPARE(Evidence::check(parseOrDie(original)).status, EvidenceStatus::Verified);
    const auto number = [](const QByteArray &text) {
        const qsizetype colon = text.indexOf(QByteArrayView(": "));
        return std::strtod(text.mid(colon < 0 ? 0 : colon + 2).constData(), nullptr);
    };
    QCOMPARE(number(from), number(to));

    // Sealed by the daemon, and sealed again by Sync Desk's own writer (which
    // the double reading sealed with the digest of the edited text too).
    Json resealed = parseOrDie(original);
    reseal(resealed);
    for (const QByteArray &sealed :
        { original, QByteArray::fromStdString(dumpJson(resealed, 2)) }) {
        QCOMPARE(Evidence::check(parseOrDie(sealed)).status, EvidenceStatus::Verified);
        QCOMPARE(sealed.count(from), 1);
        QByteArray edited = sealed;
        edited.replace(from, to);
        const auto check = Evidence::check(parseOrDie(edited));
        QCOMPARE(check.status, EvidenceStatus::Tampered);
        QCOMPARE(check.field, QStringLiteral("artifact_digest"));
        const auto v = Validator::validateBytes(
            std::string_view(edited.constData(), std::size_t(edited.size())),
            ValidationMode::Strict);
        QCOMPARE(v.verdict, Verdict::Invalid);
        QCOMPARE(ruleName(v.errors.front().rule), QStringLiteral("digest"));
    }
}

void TestEvidence::bigIntegerEnvelopeWrittenBack()
{
    // Python wrote the file with json.dump(indent=2, ensure_ascii=False); dumpJson
    // (what Sync Desk writes records with) gives the same bytes, every digit kept.
    const QByteArray original = readFile(bigIntegerEnvelopePath());
    const Json envelope = parseOrDie(original);
    QCOMPARE(QByteArray::fromStdString(dumpJson(envelope, 2) + '\n'), original);
    QCOMPARE(Evidence::check(parseOrDie(QByteArray::fromStdString(dumpJson(envelope)))).status,
        EvidenceStatus::Verified);
}

void TestEvidence::referenceName_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("name");

    QTest::newRow("prefixed") << QStringLiteral("evidence:operation-0001")
                              << QStringLiteral("operation-0001");
    QTest::newRow("bare id") << QStringLiteral("evidence-d48d99c2094a6ca4dc54")
                             << QStringLiteral("evidence-d48d99c2094a6ca4dc54");
    QTest::newRow("prefix only") << QStringLiteral("evidence:") << QString();
    QTest::newRow("other prefix kept") << QStringLiteral("policy-decision:review-alpha")
                                       << QStringLiteral("policy-decision:review-alpha");
}

void TestEvidence::referenceName()
{
    QFETCH(QString, reference);
    QFETCH(QString, name);

    QCOMPARE(Evidence::referenceName(reference), name);
}

QTEST_GUILESS_MAIN(TestEvidence)

#include "tst_evidence.moc"
