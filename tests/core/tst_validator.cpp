// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: one row per contract rule, generated from the contract table.

// The validator must reach the daemon's verdict on every record: valid or
// invalid and, when invalid, the same first failing rule and field
// (spec/contracts.md). Rows are generated from the contract table, starting
// from the daemon's golden fixtures in tests/data/reference/contracts/.

#include "testjson.h"

#include "core/json/json.h"
#include "core/json/jsonfast_p.h"
#include "core/records/contracts.h"
#include "core/records/validator.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTest>

#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace SyncDesk;

/// What one mode must conclude about a record.
struct Expectation
{
    QString verdict; ///< verdictName(): valid, invalid, pending
    QString rule; ///< ruleName() of the only error, when invalid
    QString field; ///< its field; "a|b" when the daemon's choice is not fixed
    QStringList messageParts; ///< texts the error message must contain
    QStringList warnings; ///< "code" or "code:field" that must be reported
    QStringList absentWarnings; ///< codes that must not be reported
    bool noWarnings = false; ///< no warning at all
};

Q_DECLARE_METATYPE(SyncDesk::Json)
Q_DECLARE_METATYPE(Expectation)

namespace {

using SV = std::string_view;

QString q(SV s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string s(SV v)
{
    return std::string(v);
}

Expectation valid(QStringList warnings = {})
{
    Expectation e;
    e.verdict = QStringLiteral("valid");
    e.warnings = std::move(warnings);
    return e;
}

Expectation validClean()
{
    Expectation e = valid();
    e.noWarnings = true;
    return e;
}

Expectation pending()
{
    Expectation e;
    e.verdict = QStringLiteral("pending");
    e.noWarnings = true;
    return e;
}

Expectation invalid(
    const QString &rule, const QString &field, QStringList parts = {}, QStringList warnings = {})
{
    Expectation e;
    e.verdict = QStringLiteral("invalid");
    e.rule = rule;
    e.field = field;
    e.messageParts = std::move(parts);
    e.warnings = std::move(warnings);
    return e;
}

struct Fixture
{
    QString path;
    QByteArray bytes;
    Json record;
};

/// The daemon's golden fixtures by schema.
const std::map<std::string, Fixture> &fixtures()
{
    static const std::map<std::string, Fixture> all = [] {
        std::map<std::string, Fixture> out;
        const QDir dir(QStringLiteral(SYNCDESK_TEST_DATA "/reference/contracts"));
        for (const auto &name :
            dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            Fixture f;
            f.path = dir.filePath(name);
            f.bytes = readFile(f.path);
            f.record = parseOrDie(f.bytes);
            out[f.record.at("schema").get<std::string>()] = std::move(f);
        }
        return out;
    }();
    return all;
}

/// The 12 daemon contracts (the evidence envelope has its own suite).
std::vector<const Contract *> daemonContracts()
{
    std::vector<const Contract *> out;
    for (const auto &c : contracts())
        if (c.kind != RecordKind::Evidence)
            out.push_back(&c);
    return out;
}

const Json &fixtureFor(const Contract &c)
{
    const auto it = fixtures().find(s(c.schema));
    if (it == fixtures().end())
        qFatal("no golden fixture for %s", std::string(c.schema).c_str());
    return it->second.record;
}

const Json &conflictFixture()
{
    return fixtureFor(*contractFor(RecordKind::Conflict));
}
const Json &actorFixture()
{
    return fixtureFor(*contractFor(RecordKind::Actor));
}

bool contains(std::span<const SV> set, SV v)
{
    return std::find(set.begin(), set.end(), v) != set.end();
}

bool isControlled(const Contract &c, SV field)
{
    for (const auto &cf : c.controlled)
        if (cf.field == field)
            return true;
    return false;
}

bool isTimestampField(SV field)
{
    return field.size() > 3 && field.substr(field.size() - 3) == "_at";
}

/// A required field the daemon treats as free text: not controlled, list, object,
/// flag, counter or timestamp.
bool isPlainStringField(const Contract &c, SV field)
{
    return !isControlled(c, field) && !contains(c.lists, field) && !contains(c.objects, field)
        && !isTimestampField(field) && field != "attempt" && field != "replay_safe"
        && field != "stale_task" && field != "lease_expired";
}

QString typeOf(const Contract &c)
{
    return q(c.typeName);
}

void addRow(
    const QString &name, const Json &record, const Expectation &strict, const Expectation &syncDesk)
{
    QTest::newRow(qPrintable(name)) << record << strict << syncDesk;
}

void addRow(const QString &name, const Json &record, const Expectation &both)
{
    addRow(name, record, both, both);
}

void addColumns()
{
    QTest::addColumn<Json>("record");
    QTest::addColumn<Expectation>("strict");
    QTest::addColumn<Expectation>("syncDesk");
}

bool hasWarning(const Validation &v, const QString &spec)
{
    const auto colon = spec.indexOf(QLatin1Char(':'));
    const QString code = colon < 0 ? spec : spec.left(colon);
    const QString field = colon < 0 ? QString() : spec.mid(colon + 1);
    for (const auto &w : v.warnings)
        if (w.code == code && (colon < 0 || w.field == field))
            return true;
    return false;
}

QString describe(const Validation &v)
{
    QStringList out;
    out << verdictName(v.verdict);
    for (const auto &e : v.errors)
        out << QStringLiteral("error %1 %2: %3").arg(ruleName(e.rule), e.field, e.message);
    for (const auto &w : v.warnings)
        out << QStringLiteral("warning %1 %2: %3").arg(w.code, w.field, w.message);
    return out.join(QStringLiteral("\n    "));
}

/// Asserts one Validation against one Expectation (QTest macros: call, then check
/// QTest::currentTestFailed()).
void verify(const Validation &v, const Expectation &e, const char *mode)
{
    const QString context = QStringLiteral("[%1] %2").arg(QLatin1String(mode), describe(v));
    QVERIFY2(verdictName(v.verdict) == e.verdict, qPrintable(context));
    if (e.verdict == QLatin1String("invalid")) {
        QVERIFY2(v.errors.size() == 1, qPrintable(context));
        const Finding &f = v.errors.front();
        QVERIFY2(ruleName(f.rule) == e.rule, qPrintable(context));
        QVERIFY2(e.field.split(QLatin1Char('|')).contains(f.field), qPrintable(context));
        for (const auto &part : e.messageParts)
            QVERIFY2(f.message.contains(part),
                qPrintable(QStringLiteral("message lacks \"%1\"; ").arg(part) + context));
    } else {
        QVERIFY2(v.errors.isEmpty(), qPrintable(context));
    }
    for (const auto &w : e.warnings)
        QVERIFY2(
            hasWarning(v, w), qPrintable(QStringLiteral("missing warning %1; ").arg(w) + context));
    for (const auto &w : e.absentWarnings)
        QVERIFY2(!hasWarning(v, w),
            qPrintable(QStringLiteral("unexpected warning %1; ").arg(w) + context));
    if (e.noWarnings)
        QVERIFY2(v.warnings.isEmpty(), qPrintable(context));
}

/**
 * Validator::validateFlat() on the record's bytes, compact and spaced: it may
 * give up, but what it returns must be what validate() returns, in both modes.
 * True when it judged both forms.
 */
bool flatAgrees(const Json &record)
{
    bool judged = true;
    for (const int indent : { -1, 2 }) {
        const std::string bytes = dumpJson(record, indent);
        FlatDocument doc;
        std::optional<Validation> flat;
        if (parseFlat(bytes, doc))
            flat = Validator::validateFlat(doc);
        if (!flat) {
            judged = false;
            continue;
        }
        // What the loader's DOM path reads: the same bytes, parsed.
        const JsonParseResult parsed = parseJson(bytes);
        if (!parsed.ok() || !parsed.duplicateKeys.isEmpty()) {
            QTest::qFail(
                "listed bytes the DOM path refuses or finds duplicates in", __FILE__, __LINE__);
            return false;
        }
        for (const auto mode : { ValidationMode::Strict, ValidationMode::SyncDesk }) {
            const Validation full = Validator::validate(parsed.value, mode);
            const auto both = [&] {
                return QStringLiteral("flat: %1; full: %2").arg(describe(*flat), describe(full));
            };
            if (flat->verdict != full.verdict || flat->kind != full.kind
                || flat->schema != full.schema || !full.errors.isEmpty() || !full.warnings.isEmpty()
                || !flat->errors.isEmpty() || !flat->warnings.isEmpty()) {
                QTest::qFail(qPrintable(both()), __FILE__, __LINE__);
                return false;
            }
        }
    }
    return judged;
}

void verifyBothModes(const Json &record, const Expectation &strict, const Expectation &syncDesk)
{
    verify(Validator::validate(record, ValidationMode::Strict), strict, "strict");
    if (QTest::currentTestFailed())
        return;
    verify(Validator::validate(record, ValidationMode::SyncDesk), syncDesk, "syncdesk");
    if (QTest::currentTestFailed())
        return;
    flatAgrees(record);
}

/// Python's str() of a few JSON values, for expected messages.
struct BadValue
{
    QString name;
    Json value;
    QString pythonText;
};

std::vector<BadValue> badControlledValues(SV firstAllowed)
{
    const std::string word(firstAllowed);
    std::string upper = word;
    for (auto &ch : upper)
        ch = char(std::toupper(static_cast<unsigned char>(ch)));
    return {
        { QStringLiteral("wrong word"), Json("not-a-word"), QStringLiteral("not-a-word") },
        { QStringLiteral("upper-cased word"), Json(upper), QString::fromStdString(upper) },
        { QStringLiteral("padded word"), Json(word + " "), QString::fromStdString(word + " ") },
        { QStringLiteral("empty string"), Json(""), QString() },
        { QStringLiteral("null"), Json(nullptr), QStringLiteral("None") },
        { QStringLiteral("true"), Json(true), QStringLiteral("True") },
        { QStringLiteral("false"), Json(false), QStringLiteral("False") },
        { QStringLiteral("int 1"), Json(1), QStringLiteral("1") },
        { QStringLiteral("float 1.0"), Json(1.0), QStringLiteral("1.0") },
        { QStringLiteral("float 1e16"), Json(1e16), QStringLiteral("1e+16") },
        // str() of an int beyond 64 bits: every digit (it used to read 1.2345678901234568e+29)
        { QStringLiteral("big integer"), makeBigInteger("123456789012345678901234567890"),
            QStringLiteral("123456789012345678901234567890") },
        { QStringLiteral("list"), Json::array({ "x" }), QStringLiteral("['x']") },
        { QStringLiteral("list of an allowed word"), Json::array({ word }),
            QStringLiteral("['%1']").arg(QString::fromStdString(word)) },
        { QStringLiteral("object"), Json::object({ { "k", word } }),
            QStringLiteral("{'k': '%1'}").arg(QString::fromStdString(word)) },
    };
}

std::vector<std::pair<QString, Json>> notLists()
{
    return { { QStringLiteral("string"), Json("x") }, { QStringLiteral("empty string"), Json("") },
        { QStringLiteral("object"), Json::object({ { "a", "x" } }) },
        { QStringLiteral("empty object"), Json::object() },
        { QStringLiteral("null"), Json(nullptr) }, { QStringLiteral("number"), Json(1) },
        { QStringLiteral("true"), Json(true) },
        { QStringLiteral("big integer"), makeBigInteger("-18446744073709551616") } };
}

std::vector<std::pair<QString, Json>> notObjects()
{
    return { { QStringLiteral("list"), Json::array({ "x" }) },
        { QStringLiteral("empty list"), Json::array() }, { QStringLiteral("string"), Json("x") },
        { QStringLiteral("null"), Json(nullptr) }, { QStringLiteral("number"), Json(0) },
        { QStringLiteral("false"), Json(false) },
        { QStringLiteral("big integer"), makeBigInteger("18446744073709551616") } };
}

Json withCard(const std::function<void(Json &card)> &change)
{
    Json r = conflictFixture();
    change(r["decision_card"]);
    return r;
}

// ---- the contract table as spec/contracts.md writes it, transcribed by hand ----

struct SpecControlled
{
    const char *field;
    std::vector<const char *> words;
};

struct SpecContract
{
    const char *schema;
    std::vector<const char *> required;
    std::vector<SpecControlled> controlled;
    std::vector<const char *> lists;
    std::vector<const char *> objects;
    std::vector<const char *> optional;
};

const std::vector<const char *> kTrust { "local", "user", "workspace", "org", "external",
    "quarantined" };
const std::vector<const char *> kVisibility { "local_only", "profile", "workspace", "org",
    "public" };
const std::vector<const char *> kRetention { "ephemeral", "normal", "retained", "legal_hold" };
const std::vector<const char *> kOpType { "sync.operation.enqueue", "sync.operation.replay",
    "sync.operation.reconcile", "sync.conflict.detect", "sync.conflict.resolve",
    "sync.repair.apply", "sync.tombstone.apply", "sync.checkpoint.write" };

const std::vector<SpecContract> &specTable()
{
    static const std::vector<SpecContract> table {
        { "sourceos.profile-record/v1alpha1",
            { "profile_id", "display_name", "profile_class", "created_at", "policy_tags" },
            { { "profile_class",
                { "personal", "work", "client", "air_gapped", "lab", "public_open_source" } } },
            { "policy_tags" }, {}, {} },
        { "sourceos.device-record/v1alpha1",
            { "device_id", "display_name", "trust_level", "device_state", "created_at" },
            { { "trust_level", kTrust },
                { "device_state", { "trusted", "untrusted", "revoked", "quarantined" } } },
            {}, {}, { "revoked_at" } },
        { "sourceos.actor-record/v1alpha1",
            { "actor_id", "actor_type", "display_name", "identity_id", "workspace_scope",
                "profile_scope", "capabilities", "trust_level", "policy_subject", "signing_key_ref",
                "created_at" },
            { { "actor_type",
                  { "human", "app", "agent", "device", "service", "import_bridge", "export_bridge",
                      "model_runtime", "remote_relay" } },
                { "trust_level", kTrust } },
            { "workspace_scope", "profile_scope", "capabilities" }, {}, { "revoked_at" } },
        { "sourceos.schema-record/v1alpha1",
            { "schema_id", "object_type", "schema_version", "required_fields", "field_owners",
                "migration_policy", "conflict_policy", "tombstone_policy", "sync_visibility",
                "retention_class" },
            { { "sync_visibility", kVisibility }, { "retention_class", kRetention } },
            { "required_fields" }, { "field_owners" }, {} },
        { "sourceos.object-record/v1alpha1",
            { "object_id", "object_type", "schema_id", "schema_version", "workspace_id",
                "profile_id", "owner_identity", "created_by_actor", "last_modified_by_actor",
                "created_at", "updated_at", "privacy_class", "sync_visibility", "retention_class",
                "policy_tags", "provenance", "state" },
            { { "privacy_class",
                  { "public", "personal", "work", "confidential", "regulated", "secret" } },
                { "sync_visibility", kVisibility }, { "retention_class", kRetention },
                { "state", { "active", "deleted", "tombstoned", "quarantined", "conflicted" } } },
            { "policy_tags", "provenance" }, {}, { "content_hash" } },
        { "sourceos.sync-plan/v1alpha1",
            { "plan_id", "source_actor", "target_actor", "profile_id", "workspace_id", "object_ids",
                "operation_class", "dependencies", "policy_decision_ref", "retry_policy",
                "conflict_policy", "status", "user_explanation", "created_at", "updated_at" },
            { { "operation_class",
                  { "replicate", "import", "export", "repair", "migrate", "delete", "restore" } },
                { "status",
                    { "planned", "blocked", "running", "failed", "completed", "cancelled" } } },
            { "object_ids", "dependencies" }, {}, { "last_error" } },
        { "sourceos.conflict-record/v1alpha1",
            { "conflict_id", "object_id", "object_type", "workspace_id", "profile_id", "actors",
                "devices", "schema_version", "severity", "merge_policy", "decision_card",
                "user_explanation", "created_at" },
            { { "severity", { "info", "warning", "review_required", "blocking" } } },
            { "actors", "devices" }, { "decision_card" }, {} },
        { "sourceos.policy-decision/v1alpha1",
            { "decision_id", "effect", "policy_id", "policy_version", "actor_id", "profile_id",
                "workspace_id", "rationale", "decided_at" },
            { { "effect", { "allow", "deny", "review_required" } } }, {}, {}, { "object_id" } },
        { "sourceos.integrity-event/v1alpha1",
            { "event_id", "event_type", "occurred_at", "summary" }, {}, {}, {},
            { "actor_id", "object_id", "device_id", "profile_id", "workspace_id", "schema_version",
                "policy_decision_ref" } },
        { "sourceos.agent-object-transaction/v1alpha1",
            { "transaction_id", "actor_id", "workspace_id", "profile_id", "object_ids", "operation",
                "status", "policy_decision_ref", "created_at", "updated_at" },
            { { "operation", { "create", "update", "delete", "merge", "repair", "migrate" } },
                { "status",
                    { "draft", "proposed", "approved", "applied", "rejected", "reverted" } } },
            { "object_ids" }, {}, {} },
        { "sourceos.workspace-operation/v1alpha1",
            { "operation_id", "local_operation_id", "operation_type", "status", "workspace_id",
                "profile_id", "actor_id", "device_id", "encryption_profile_ref", "local_log_ref",
                "checkpoint_ref", "causal_parent_ids", "conflict_ids", "provisional_artifact_ids",
                "artifact_reconciliation", "policy_decision_ref", "artifact_admission_ref",
                "ledger_evidence_refs", "replay_safe", "stale_task", "lease_expired", "created_at",
                "updated_at" },
            { { "operation_type", kOpType },
                { "status",
                    { "queued", "running", "replayed", "reconciled", "blocked", "completed",
                        "failed", "cancelled" } } },
            { "causal_parent_ids", "conflict_ids", "ledger_evidence_refs" },
            { "provisional_artifact_ids", "artifact_reconciliation" },
            { "remote_operation_id", "replay_idempotency_key" } },
        { "sourceos.operation-task/v1alpha1",
            { "task_id", "operation_id", "operation_type", "status", "attempt", "idempotency_key",
                "policy_decision_ref", "evidence_refs", "created_at", "updated_at" },
            { { "operation_type", kOpType },
                { "status", { "pending", "running", "succeeded", "failed", "cancelled" } } },
            { "evidence_refs" }, {},
            { "started_at", "completed_at", "remote_operation_id", "conflict_id", "checkpoint_ref",
                "replay_safe" } },
    };
    return table;
}

QStringList toList(std::span<const SV> items)
{
    QStringList out;
    for (const auto i : items)
        out << q(i);
    return out;
}

QStringList toList(const std::vector<const char *> &items)
{
    QStringList out;
    for (const auto *i : items)
        out << QString::fromUtf8(i);
    return out;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractTableMatchesSpec();
    void goldenFixtures_data();
    void goldenFixtures();
    void required_data();
    void required() { run(); }
    void controlled_data();
    void controlled() { run(); }
    void listsAndObjects_data();
    void listsAndObjects() { run(); }
    void ruleOrder_data();
    void ruleOrder() { run(); }
    void capabilities_data();
    void capabilities() { run(); }
    void decisionCard_data();
    void decisionCard() { run(); }
    void halfDecided_data();
    void halfDecided() { run(); }
    void schemaRule_data();
    void schemaRule() { run(); }
    void warnings_data();
    void warnings() { run(); }
    void warningsNeverChangeVerdict_data();
    void warningsNeverChangeVerdict();
    void validateBytes_data();
    void validateBytes();
    void namesAreStable();
    void fieldWarningsOfACopiedContract();

private:
    void run()
    {
        QFETCH(Json, record);
        QFETCH(Expectation, strict);
        QFETCH(Expectation, syncDesk);
        verifyBothModes(record, strict, syncDesk);
    }
};

void TestValidator::contractTableMatchesSpec()
{
    const auto ours = daemonContracts();
    QCOMPARE(ours.size(), specTable().size());
    for (std::size_t i = 0; i < ours.size(); ++i) {
        const Contract &c = *ours[i];
        const SpecContract &spec = specTable()[i];
        QCOMPARE(q(c.schema), QString::fromUtf8(spec.schema));
        QCOMPARE(findContract(c.schema), &c);
        QCOMPARE(contractFor(c.kind), &c);
        QCOMPARE(toList(c.required), toList(spec.required));
        QCOMPARE(toList(c.lists), toList(spec.lists));
        QCOMPARE(toList(c.objects), toList(spec.objects));
        QCOMPARE(toList(c.optional), toList(spec.optional));
        QCOMPARE(c.controlled.size(), spec.controlled.size());
        for (std::size_t k = 0; k < spec.controlled.size(); ++k) {
            QCOMPARE(q(c.controlled[k].field), QString::fromUtf8(spec.controlled[k].field));
            QCOMPARE(toList(c.controlled[k].allowed), toList(spec.controlled[k].words));
        }
        QVERIFY(contains(c.required, c.idField));
        QCOMPARE(q(c.schema).section(QLatin1Char('/'), 0, 0), q(c.family));
    }
    QCOMPARE(toList(actorCapabilities()),
        QStringList({ "read", "write", "delete", "merge", "repair", "migrate_schema", "export",
            "replicate" }));
    QCOMPARE(toList(decisionOptions()), QStringList({ "merge", "fork", "skip" }));
    QCOMPARE(toList(decisionCardKeys()),
        QStringList({ "card_id", "options", "rationale", "recommended_option", "selected_at",
            "selected_by", "selected_option" }));
}

void TestValidator::goldenFixtures_data()
{
    QTest::addColumn<QString>("schema");
    QCOMPARE(fixtures().size(), std::size_t(12));
    for (const Contract *c : daemonContracts())
        QTest::newRow(c->typeName.data()) << q(c->schema);
}

void TestValidator::goldenFixtures()
{
    QFETCH(QString, schema);

    const Contract *c = findContract(schema.toStdString());
    QVERIFY(c);
    const Fixture &f = fixtures().at(schema.toStdString());
    for (const auto mode : { ValidationMode::Strict, ValidationMode::SyncDesk }) {
        const auto v = Validator::validate(f.record, mode);
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(describe(v)));
        QVERIFY2(v.errors.isEmpty(), qPrintable(describe(v)));
        QVERIFY2(v.warnings.isEmpty(), qPrintable(describe(v)));
        QCOMPARE(v.kind, c->kind);
        QCOMPARE(v.schema, schema);

        const auto b = Validator::validateBytes(
            std::string_view(f.bytes.constData(), std::size_t(f.bytes.size())), mode);
        QVERIFY2(b.verdict == Verdict::Valid && b.warnings.isEmpty(), qPrintable(describe(b)));
    }
    // The daemon's registry writer adds record_id and updated_at: still no warning.
    Json stored = f.record;
    stored["record_id"] = "record:0001";
    stored["updated_at"] = "2026-05-05T00:20:00Z";
    const auto v = Validator::validate(stored, ValidationMode::Strict);
    QVERIFY2(v.verdict == Verdict::Valid && v.warnings.isEmpty(), qPrintable(describe(v)));

    // The loader's path without a DOM judges every plain record but conflicts
    // and envelopes, and agrees; were it to give up on all, nothing would be tested.
    const bool flat = c->kind != RecordKind::Conflict && c->kind != RecordKind::Evidence;
    QCOMPARE(flatAgrees(f.record), flat);
    QCOMPARE(flatAgrees(stored), flat);
}

void TestValidator::required_data()
{
    addColumns();
    for (const Contract *c : daemonContracts()) {
        const Json &base = fixtureFor(*c);
        const QString type = typeOf(*c);
        std::vector<std::string> keys(c->required.begin(), c->required.end());

        for (const auto &key : keys) {
            Json r = base;
            QVERIFY(r.erase(key) == 1);
            const QString k = QString::fromStdString(key);
            addRow(type + QStringLiteral("/missing ") + k, r,
                invalid(QStringLiteral("required"), k,
                    { type + QStringLiteral(" missing required fields: ") + k }));
        }

        // Every pair: the field is the first in sorted order, the message names both.
        for (std::size_t i = 0; i < keys.size(); ++i) {
            for (std::size_t j = i + 1; j < keys.size(); ++j) {
                Json r = base;
                r.erase(keys[i]);
                r.erase(keys[j]);
                QString a = QString::fromStdString(keys[i]);
                QString b = QString::fromStdString(keys[j]);
                if (b < a)
                    std::swap(a, b);
                addRow(type + QStringLiteral("/missing ") + a + QStringLiteral(" and ") + b, r,
                    invalid(QStringLiteral("required"), a,
                        { QStringLiteral("missing required fields: %1, %2").arg(a, b) }));
            }
        }

        // Everything but the schema missing: all keys, sorted.
        Json bare = Json::object();
        bare["schema"] = base["schema"];
        std::vector<std::string> sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QStringList all;
        for (const auto &k : sorted)
            all << QString::fromStdString(k);
        addRow(type + QStringLiteral("/only schema"), bare,
            invalid(QStringLiteral("required"), all.front(),
                { type + QStringLiteral(" missing required fields: ")
                    + all.join(QStringLiteral(", ")) }));

        // Optional keys may go; present-but-null required keys satisfy "required".
        Json noOptional = base;
        for (const auto key : c->optional)
            noOptional.erase(s(key));
        addRow(type + QStringLiteral("/optional keys removed"), noOptional, valid());

        for (const auto &key : keys) {
            if (!isPlainStringField(*c, key))
                continue;
            Json r = base;
            r[key] = nullptr;
            addRow(type + QStringLiteral("/null ") + QString::fromStdString(key), r,
                valid({ QStringLiteral("type:") + QString::fromStdString(key) }));
        }
    }
}

void TestValidator::controlled_data()
{
    addColumns();
    for (const Contract *c : daemonContracts()) {
        const Json &base = fixtureFor(*c);
        const QString type = typeOf(*c);
        for (const auto &cf : c->controlled) {
            const QString field = q(cf.field);
            for (const auto &bad : badControlledValues(cf.allowed.front())) {
                Json r = base;
                r[s(cf.field)] = bad.value;
                addRow(type + QLatin1Char('/') + field + QLatin1Char(' ') + bad.name, r,
                    invalid(QStringLiteral("controlled"), field,
                        { type + QLatin1Char('.') + field,
                            QStringLiteral("'%1'").arg(bad.pythonText) }));
            }
            // Every word of the vocabulary passes.
            for (const auto word : cf.allowed) {
                Json r = base;
                r[s(cf.field)] = s(word);
                addRow(
                    type + QLatin1Char('/') + field + QStringLiteral(" = ") + q(word), r, valid());
            }
            // A word from another field's vocabulary does not.
            Json r = base;
            r[s(cf.field)] = "human_review_required";
            addRow(type + QLatin1Char('/') + field + QStringLiteral(" foreign word"), r,
                invalid(QStringLiteral("controlled"), field,
                    { QStringLiteral("'human_review_required'") }));
        }
    }
}

void TestValidator::listsAndObjects_data()
{
    addColumns();
    for (const Contract *c : daemonContracts()) {
        const Json &base = fixtureFor(*c);
        const QString type = typeOf(*c);
        for (const auto list : c->lists) {
            const QString field = q(list);
            for (const auto &[name, value] : notLists()) {
                Json r = base;
                r[s(list)] = value;
                addRow(type + QLatin1Char('/') + field + QStringLiteral(" as ") + name, r,
                    invalid(QStringLiteral("list"), field,
                        { type + QLatin1Char('.') + field + QStringLiteral(" must be a list") }));
            }
            Json r = base;
            r[s(list)] = Json::array();
            addRow(type + QLatin1Char('/') + field + QStringLiteral(" empty"), r, valid());
        }
        for (const auto object : c->objects) {
            const QString field = q(object);
            for (const auto &[name, value] : notObjects()) {
                Json r = base;
                r[s(object)] = value;
                addRow(type + QLatin1Char('/') + field + QStringLiteral(" as ") + name, r,
                    invalid(QStringLiteral("object"), field,
                        { type + QLatin1Char('.') + field
                            + QStringLiteral(" must be an object") }));
            }
            if (c->kind != RecordKind::Conflict) {
                Json r = base;
                r[s(object)] = Json::object();
                addRow(type + QLatin1Char('/') + field + QStringLiteral(" empty"), r, valid());
            }
        }
    }
}

void TestValidator::ruleOrder_data()
{
    addColumns();
    const QString required = QStringLiteral("required");
    const QString controlled = QStringLiteral("controlled");
    const QString list = QStringLiteral("list");
    const QString object = QStringLiteral("object");

    for (const Contract *c : daemonContracts()) {
        const Json &base = fixtureFor(*c);
        const QString type = typeOf(*c) + QLatin1Char('/');
        // A required key that is none of the checked fields, so that removing it
        // does not by itself change what the later rules see.
        std::string plain;
        for (const auto key : c->required)
            if (isPlainStringField(*c, key))
                plain = s(key);
        QVERIFY(!plain.empty());

        if (!c->controlled.empty()) {
            Json r = base;
            r.erase(plain);
            r[s(c->controlled.back().field)] = "bogus";
            addRow(type + QStringLiteral("missing key beats bad controlled"), r,
                invalid(required, QString::fromStdString(plain)));

            // Controlled fields are checked in the listed order.
            for (std::size_t i = 0; i < c->controlled.size(); ++i) {
                for (std::size_t j = i + 1; j < c->controlled.size(); ++j) {
                    Json both = base;
                    both[s(c->controlled[j].field)] = "bogus";
                    both[s(c->controlled[i].field)] = nullptr;
                    addRow(type + q(c->controlled[i].field) + QStringLiteral(" checked before ")
                            + q(c->controlled[j].field),
                        both,
                        invalid(
                            controlled, q(c->controlled[i].field), { QStringLiteral("'None'") }));
                }
            }
        }
        if (!c->lists.empty()) {
            Json r = base;
            r.erase(plain);
            r[s(c->lists.front())] = "x";
            addRow(type + QStringLiteral("missing key beats bad list"), r,
                invalid(required, QString::fromStdString(plain)));
        }
        if (!c->controlled.empty() && !c->lists.empty()) {
            Json r = base;
            r[s(c->lists.front())] = "x";
            r[s(c->controlled.back().field)] = "bogus";
            addRow(type + QStringLiteral("bad controlled beats bad list"), r,
                invalid(controlled, q(c->controlled.back().field)));
        }
        if (!c->controlled.empty() && !c->objects.empty()) {
            Json r = base;
            r[s(c->objects.front())] = "x";
            r[s(c->controlled.front().field)] = "bogus";
            addRow(type + QStringLiteral("bad controlled beats bad object"), r,
                invalid(controlled, q(c->controlled.front().field)));
        }
        if (!c->lists.empty() && !c->objects.empty()) {
            Json r = base;
            r[s(c->objects.front())] = Json::array();
            r[s(c->lists.back())] = Json::object();
            addRow(type + QStringLiteral("bad list beats bad object"), r,
                invalid(list, q(c->lists.back())));
        }
        if (!c->objects.empty()) {
            Json r = base;
            r.erase(plain);
            r[s(c->objects.front())] = nullptr;
            addRow(type + QStringLiteral("missing key beats bad object"), r,
                invalid(required, QString::fromStdString(plain)));
        }
        if (c->lists.size() > 1) {
            // Which bad list is reported first is not fixed by the daemon.
            Json r = base;
            QStringList fields;
            for (const auto l : c->lists) {
                r[s(l)] = nullptr;
                fields << q(l);
            }
            addRow(type + QStringLiteral("every list bad"), r,
                invalid(list, fields.join(QLatin1Char('|'))));
        }
        if (c->objects.size() > 1) {
            Json r = base;
            QStringList fields;
            for (const auto o : c->objects) {
                r[s(o)] = nullptr;
                fields << q(o);
            }
            addRow(type + QStringLiteral("every object bad"), r,
                invalid(object, fields.join(QLatin1Char('|'))));
        }
    }

    // Extra rules come last.
    Json actor = actorFixture();
    actor["capabilities"] = Json::array({ "fly" });
    actor["trust_level"] = "bogus";
    addRow(QStringLiteral("ActorRecord/bad controlled beats bad capability"), actor,
        invalid(controlled, QStringLiteral("trust_level")));
    actor = actorFixture();
    actor["capabilities"] = Json::array({ "fly" });
    actor["profile_scope"] = "profile:local-dev";
    addRow(QStringLiteral("ActorRecord/bad list beats bad capability"), actor,
        invalid(list, QStringLiteral("profile_scope")));
    actor = actorFixture();
    actor["capabilities"] = Json::array({ "fly" });
    actor.erase("signing_key_ref");
    addRow(QStringLiteral("ActorRecord/missing key beats bad capability"), actor,
        invalid(required, QStringLiteral("signing_key_ref")));

    Json conflict = withCard([](Json &card) { card["options"] = "merge"; });
    conflict["devices"] = "device:local";
    addRow(QStringLiteral("ConflictRecord/bad list beats bad card"), conflict,
        invalid(list, QStringLiteral("devices")));
    conflict = withCard([](Json &card) { card.erase("options"); });
    conflict["severity"] = "urgent";
    addRow(QStringLiteral("ConflictRecord/bad controlled beats bad card"), conflict,
        invalid(controlled, QStringLiteral("severity"), { QStringLiteral("'urgent'") }));
    conflict = withCard([](Json &card) {
        card["selected_option"] = nullptr;
        card["selected_by"] = nullptr;
        card["selected_at"] = nullptr;
    });
    conflict["severity"] = nullptr;
    addRow(QStringLiteral("ConflictRecord/bad controlled beats pending"), conflict,
        invalid(controlled, QStringLiteral("severity"), { QStringLiteral("'None'") }));
    conflict.erase("merge_policy");
    addRow(QStringLiteral("ConflictRecord/missing key beats pending"), conflict,
        invalid(required, QStringLiteral("merge_policy")));
}

void TestValidator::capabilities_data()
{
    addColumns();
    const QString rule = QStringLiteral("capability");
    const QString field = QStringLiteral("capabilities");
    auto caps = [](const Json &list) {
        Json r = actorFixture();
        r["capabilities"] = list;
        return r;
    };
    addRow(QStringLiteral("invalid word"), caps({ "read", "fly" }),
        invalid(
            rule, field, { QStringLiteral("ActorRecord.capabilities"), QStringLiteral("'fly'") }));
    addRow(QStringLiteral("every invalid one named"), caps({ "fly", "read", "swim" }),
        invalid(rule, field, { QStringLiteral("'fly', 'swim'") }));
    addRow(QStringLiteral("integer"), caps({ "read", 1 }),
        invalid(rule, field, { QStringLiteral("'1'") }));
    addRow(
        QStringLiteral("float"), caps({ 1.0 }), invalid(rule, field, { QStringLiteral("'1.0'") }));
    addRow(QStringLiteral("null"), caps(Json::array({ nullptr })),
        invalid(rule, field, { QStringLiteral("'None'") }));
    addRow(
        QStringLiteral("true"), caps({ true }), invalid(rule, field, { QStringLiteral("'True'") }));
    addRow(QStringLiteral("nested list"), caps(Json::array({ Json::array({ "read" }) })),
        invalid(rule, field, { QStringLiteral("['read']") }));
    addRow(QStringLiteral("object"), caps(Json::array({ Json::object({ { "read", true } }) })),
        invalid(rule, field, { QStringLiteral("{'read': True}") }));
    addRow(QStringLiteral("upper case"), caps({ "READ" }),
        invalid(rule, field, { QStringLiteral("'READ'") }));
    addRow(QStringLiteral("padded"), caps({ " read" }), invalid(rule, field));
    addRow(QStringLiteral("empty string"), caps({ "" }),
        invalid(rule, field, { QStringLiteral("''") }));
    addRow(QStringLiteral("decision option is not a capability"), caps({ "fork" }),
        invalid(rule, field, { QStringLiteral("'fork'") }));
    addRow(QStringLiteral("empty list"), caps(Json::array()), validClean());
    addRow(QStringLiteral("duplicates"), caps({ "read", "read" }), validClean());
    Json all = Json::array();
    for (const auto cap : actorCapabilities())
        all.push_back(s(cap));
    addRow(QStringLiteral("all eight"), caps(all), validClean());
    addRow(QStringLiteral("not a list"), caps("read"), invalid(QStringLiteral("list"), field));
}

void TestValidator::decisionCard_data()
{
    addColumns();
    const QString rule = QStringLiteral("decision_card");
    const QString card = QStringLiteral("decision_card");
    const QString options = QStringLiteral("decision_card.options");
    const QString recommended = QStringLiteral("decision_card.recommended_option");
    const QString selected = QStringLiteral("decision_card.selected_option");

    addRow(QStringLiteral("decided fixture"), conflictFixture(), validClean());

    // options
    addRow(QStringLiteral("options a string"), withCard([](Json &c) { c["options"] = "merge"; }),
        invalid(rule, options, { QStringLiteral("ConflictRecord.decision_card.options") }));
    addRow(QStringLiteral("options an object"), withCard([](Json &c) {
        c["options"] = Json::object({ { "merge", true } });
    }),
        invalid(rule, options));
    addRow(QStringLiteral("options null"), withCard([](Json &c) { c["options"] = nullptr; }),
        invalid(rule, options));
    addRow(QStringLiteral("options with an invalid entry"), withCard([](Json &c) {
        c["options"] = { "merge", "fork", "explode" };
    }),
        invalid(rule, options, { QStringLiteral("invalid values"), QStringLiteral("'explode'") }));
    addRow(QStringLiteral("options with null"), withCard([](Json &c) {
        c["options"] = Json::array({ "merge", "fork", nullptr });
    }),
        invalid(rule, options, { QStringLiteral("'None'") }));
    addRow(QStringLiteral("options with a number"), withCard([](Json &c) {
        c["options"] = Json::array({ "merge", "fork", 1 });
    }),
        invalid(rule, options, { QStringLiteral("'1'") }));
    addRow(QStringLiteral("options upper case"), withCard([](Json &c) {
        c["options"] = { "MERGE", "fork" };
    }),
        invalid(rule, options, { QStringLiteral("'MERGE'") }));
    addRow(QStringLiteral("options nested"), withCard([](Json &c) {
        c["options"] = Json::array({ Json::array({ "merge", "fork" }) });
    }),
        invalid(rule, options));
    addRow(QStringLiteral("options empty"), withCard([](Json &c) { c["options"] = Json::array(); }),
        invalid(rule, recommended));
    addRow(QStringLiteral("options duplicated"), withCard([](Json &c) {
        c["options"] = { "merge", "fork", "fork" };
    }),
        validClean());
    addRow(QStringLiteral("options reordered"), withCard([](Json &c) {
        c["options"] = { "skip", "fork", "merge" };
    }),
        validClean());

    // recommended_option
    addRow(QStringLiteral("recommended not offered"), withCard([](Json &c) {
        c["options"] = { "fork", "skip" };
    }),
        invalid(rule, recommended,
            { QStringLiteral("recommended_option"), QStringLiteral("'merge'") }));
    addRow(QStringLiteral("recommended unknown word"),
        withCard([](Json &c) { c["recommended_option"] = "explode"; }), invalid(rule, recommended));
    addRow(QStringLiteral("recommended null"),
        withCard([](Json &c) { c["recommended_option"] = nullptr; }),
        invalid(rule, recommended, { QStringLiteral("'None'") }));
    addRow(QStringLiteral("recommended a list"),
        withCard([](Json &c) { c["recommended_option"] = { "merge" }; }),
        invalid(rule, recommended, { QStringLiteral("['merge']") }));
    addRow(QStringLiteral("recommended equals selected"),
        withCard([](Json &c) { c["recommended_option"] = "fork"; }), validClean());

    // selected_option
    addRow(QStringLiteral("selected not offered"), withCard([](Json &c) {
        c["options"] = { "merge", "skip" };
    }),
        invalid(rule, selected, { QStringLiteral("selected_option"), QStringLiteral("'fork'") }));
    addRow(QStringLiteral("selected unknown word"),
        withCard([](Json &c) { c["selected_option"] = "explode"; }), invalid(rule, selected));
    addRow(QStringLiteral("selected empty string"),
        withCard([](Json &c) { c["selected_option"] = ""; }), invalid(rule, selected));
    addRow(QStringLiteral("selected a list"),
        withCard([](Json &c) { c["selected_option"] = { "fork" }; }),
        invalid(rule, selected, { QStringLiteral("['fork']") }));
    addRow(QStringLiteral("single option card"), withCard([](Json &c) {
        c["options"] = { "skip" };
        c["recommended_option"] = "skip";
        c["selected_option"] = "skip";
    }),
        validClean());

    // the card itself
    for (const auto &[name, value] : notObjects()) {
        Json r = conflictFixture();
        r["decision_card"] = value;
        addRow(QStringLiteral("card as ") + name, r,
            invalid(QStringLiteral("object"), card,
                { QStringLiteral("ConflictRecord.decision_card must be an object") }));
    }
    for (const auto key : decisionCardKeys()) {
        addRow(QStringLiteral("card without ") + q(key),
            withCard([key](Json &c) { c.erase(s(key)); }),
            invalid(rule, card,
                { QStringLiteral("ConflictRecord.decision_card missing required fields: ")
                    + q(key) }));
    }
    addRow(QStringLiteral("card without options and card_id"), withCard([](Json &c) {
        c.erase("options");
        c.erase("card_id");
    }),
        invalid(rule, card, { QStringLiteral("card_id, options") }));
    addRow(QStringLiteral("card empty"), withCard([](Json &c) { c = Json::object(); }),
        invalid(rule, card,
            { QStringLiteral("card_id, options, rationale, recommended_option, selected_at, "
                             "selected_by, selected_option") }));
    addRow(QStringLiteral("card with an extra key"),
        withCard([](Json &c) { c["confidence"] = 0.9; }), valid());
    addRow(QStringLiteral("card keys null except the choice"), withCard([](Json &c) {
        c["card_id"] = nullptr;
        c["rationale"] = nullptr;
    }),
        valid());
    addRow(QStringLiteral("selected_at not RFC 3339"),
        withCard([](Json &c) { c["selected_at"] = "2026-05-05 00:07:30"; }),
        valid({ QStringLiteral("timestamp:decision_card.selected_at") }));

    // pending: the daemon refuses it, Sync Desk reads it as a decision to make
    Json pendingRecord = withCard([](Json &c) {
        c["selected_option"] = nullptr;
        c["selected_by"] = nullptr;
        c["selected_at"] = nullptr;
        c["rationale"] = "Both edits touch the same lines; merging keeps both.";
    });
    addRow(QStringLiteral("pending"), pendingRecord,
        invalid(rule, selected,
            { QStringLiteral("selected_option must be present in options"),
                QStringLiteral("'None'") }),
        pending());
    Json r = pendingRecord;
    r["decision_card"]["options"] = { "fork", "skip" };
    addRow(QStringLiteral("pending, recommended not offered"), r, invalid(rule, recommended));
    r = pendingRecord;
    r["decision_card"]["options"] = "merge";
    addRow(QStringLiteral("pending, options a string"), r, invalid(rule, options));
    r = pendingRecord;
    r["decision_card"].erase("selected_by");
    addRow(QStringLiteral("pending but selected_by missing"), r,
        invalid(rule, card, { QStringLiteral("selected_by") }));
    r = pendingRecord;
    r["decision_card"]["options"] = Json::array();
    addRow(QStringLiteral("pending, no options"), r, invalid(rule, recommended));
}

void TestValidator::halfDecided_data()
{
    addColumns();
    const QString rule = QStringLiteral("decision_card");
    const char *keys[] = { "selected_option", "selected_by", "selected_at" };
    // The six ways to have one or two of the three null.
    for (int mask = 1; mask < 7; ++mask) {
        Json r = conflictFixture();
        QStringList nulls;
        for (int i = 0; i < 3; ++i) {
            if (mask & (1 << i)) {
                r["decision_card"][keys[i]] = nullptr;
                nulls << QString::fromLatin1(keys[i]);
            }
        }
        const QString firstNull = QStringLiteral("decision_card.") + nulls.front();
        // The daemon checks only selected_option: with it null the card is refused;
        // with it set, missing who/when goes through (Sync Desk warns).
        Expectation strict;
        if (mask & 1) {
            strict = invalid(rule, QStringLiteral("decision_card.selected_option"),
                { QStringLiteral("'None'") });
        } else {
            strict = valid({ QStringLiteral("half_decided:decision_card") });
        }
        const Expectation syncDesk = invalid(rule, firstNull, { nulls.front() });
        addRow(QStringLiteral("null ") + nulls.join(QStringLiteral(" and ")), r, strict, syncDesk);
    }

    // Half decided with an option that is not offered: both readings name the
    // field the daemon names, the option.
    Json r = conflictFixture();
    r["decision_card"]["selected_option"] = "explode";
    r["decision_card"]["selected_by"] = nullptr;
    addRow(QStringLiteral("bad option and null selected_by"), r,
        invalid(rule, QStringLiteral("decision_card.selected_option")),
        invalid(rule, QStringLiteral("decision_card.selected_option")));

    // Empty strings are not null: decided as far as both readings go.
    r = conflictFixture();
    r["decision_card"]["selected_by"] = "";
    addRow(QStringLiteral("empty selected_by is not null"), r, valid({}), valid({}));

    // A fully decided card never warns half_decided.
    Expectation clean = validClean();
    clean.absentWarnings = { QStringLiteral("half_decided") };
    addRow(QStringLiteral("decided"), conflictFixture(), clean);
}

void TestValidator::schemaRule_data()
{
    addColumns();
    const QString rule = QStringLiteral("schema");
    const QString field = QStringLiteral("schema");
    const Json profile = fixtureFor(*contractFor(RecordKind::Profile));

    addRow(QStringLiteral("array"), Json::array({ profile }),
        invalid(rule, field, { QStringLiteral("record.schema is required") }));
    addRow(QStringLiteral("empty array"), Json::array(), invalid(rule, field));
    addRow(
        QStringLiteral("string"), Json("sourceos.profile-record/v1alpha1"), invalid(rule, field));
    addRow(QStringLiteral("number"), Json(1), invalid(rule, field));
    addRow(QStringLiteral("float"), Json(1.5), invalid(rule, field));
    addRow(QStringLiteral("null"), Json(), invalid(rule, field));
    addRow(QStringLiteral("true"), Json(true), invalid(rule, field));
    addRow(QStringLiteral("empty object"), Json::object(),
        invalid(rule, field, { QStringLiteral("record.schema is required") }));

    Json r = profile;
    r.erase("schema");
    addRow(QStringLiteral("missing schema"), r,
        invalid(rule, field, { QStringLiteral("record.schema is required") }));
    for (const auto &[name, value] : std::vector<std::pair<QString, Json>> {
             { QStringLiteral("null"), Json() }, { QStringLiteral("number"), Json(1) },
             { QStringLiteral("list"), Json::array({ "sourceos.profile-record/v1alpha1" }) },
             { QStringLiteral("object"), Json::object() },
             { QStringLiteral("bool"), Json(true) } }) {
        r = profile;
        r["schema"] = value;
        addRow(QStringLiteral("schema as ") + name, r,
            invalid(rule, field, { QStringLiteral("record.schema is required") }));
    }
    for (const char *unknown : { "sourceos.nothing/v1alpha1", "",
             "Sourceos.profile-record/v1alpha1", " sourceos.profile-record/v1alpha1" }) {
        r = profile;
        r["schema"] = unknown;
        Expectation e = invalid(rule, field,
            { QStringLiteral("unsupported contract schema: ") + QString::fromUtf8(unknown) });
        e.absentWarnings = { QStringLiteral("schema_version") };
        addRow(QStringLiteral("unknown schema '%1'").arg(QString::fromUtf8(unknown)), r, e);
    }
    r = profile;
    r["schema"] = "sourceos.profile-record";
    addRow(QStringLiteral("schema without a version"), r,
        invalid(rule, field, { QStringLiteral("unsupported contract schema") }));
    // A known contract with another version: still refused, and said so.
    for (const Contract *c : daemonContracts()) {
        for (const char *version : { "v2", "v1", "v1alpha2" }) {
            r = fixtureFor(*c);
            const std::string other = s(c->family) + "/" + version;
            r["schema"] = other;
            addRow(typeOf(*c) + QStringLiteral("/version ") + QString::fromLatin1(version), r,
                invalid(rule, field,
                    { QStringLiteral("unsupported contract schema: ")
                        + QString::fromStdString(other) },
                    { QStringLiteral("schema_version:schema") }));
        }
    }
    // The schema decides the contract: a profile record under the device schema.
    r = profile;
    r["schema"] = "sourceos.device-record/v1alpha1";
    addRow(QStringLiteral("profile under device schema"), r,
        invalid(QStringLiteral("required"), QStringLiteral("device_id"),
            { QStringLiteral("DeviceRecord missing required fields: device_id, device_state, "
                             "trust_level") }));
}

void TestValidator::warnings_data()
{
    addColumns();
    const Contract &profileC = *contractFor(RecordKind::Profile);
    const Json profile = fixtureFor(profileC);
    const Json task = fixtureFor(*contractFor(RecordKind::Task));
    const Json operation = fixtureFor(*contractFor(RecordKind::Operation));
    const Json schemaRecord = fixtureFor(*contractFor(RecordKind::Schema));

    Json r = profile;
    r["display_name"] = 42;
    addRow(QStringLiteral("string field holding a number"), r,
        valid({ QStringLiteral("type:display_name") }));
    r = profile;
    r["display_name"] = Json::array({ "Local" });
    addRow(QStringLiteral("string field holding a list"), r,
        valid({ QStringLiteral("type:display_name") }));
    r = profile;
    r["created_at"] = "2026-05-05 00:00:00";
    addRow(QStringLiteral("timestamp with a space"), r,
        valid({ QStringLiteral("timestamp:created_at") }));
    r["created_at"] = "2026-02-30T00:00:00Z";
    addRow(QStringLiteral("timestamp on 30 February"), r,
        valid({ QStringLiteral("timestamp:created_at") }));
    r["created_at"] = "2023-02-29T00:00:00Z";
    addRow(QStringLiteral("timestamp on 29 February 2023"), r,
        valid({ QStringLiteral("timestamp:created_at") }));
    r["created_at"] = "2026-05-05T00:00:00+02:00";
    addRow(
        QStringLiteral("timestamp not UTC"), r, valid({ QStringLiteral("timestamp:created_at") }));
    r["created_at"] = "2026-05-05";
    addRow(QStringLiteral("date only"), r, valid({ QStringLiteral("timestamp:created_at") }));
    r["created_at"] = 1777939200;
    addRow(
        QStringLiteral("timestamp as a number"), r, valid({ QStringLiteral("type:created_at") }));
    for (const char *fine : { "2024-02-29T00:00:00Z", "2026-05-05T00:00:00.123Z",
             "2026-05-05T23:59:59+00:00", "2026-05-05T00:00:00.5Z" }) {
        r["created_at"] = fine;
        addRow(QStringLiteral("timestamp %1").arg(QString::fromLatin1(fine)), r, validClean());
    }
    r = profile;
    r["colour"] = "blue";
    addRow(QStringLiteral("unknown key"), r, valid({ QStringLiteral("unknown_field:colour") }));
    r = profile;
    r["record_id"] = "record:1";
    r["updated_at"] = "2026-05-05T00:00:00Z";
    addRow(QStringLiteral("registry writer keys"), r, validClean());
    r = profile;
    r["policy_tags"] = Json::array({ "local-first", 7 });
    addRow(QStringLiteral("list entry not a string"), r,
        valid({ QStringLiteral("type:policy_tags") }));

    r = task;
    r["attempt"] = 0;
    addRow(QStringLiteral("attempt 0"), r, valid({ QStringLiteral("attempt:attempt") }));
    r["attempt"] = -2;
    addRow(QStringLiteral("attempt -2"), r, valid({ QStringLiteral("attempt:attempt") }));
    r["attempt"] = "1";
    addRow(QStringLiteral("attempt as a string"), r, valid({ QStringLiteral("type:attempt") }));
    r["attempt"] = 1.0;
    addRow(QStringLiteral("attempt as a float"), r, valid({ QStringLiteral("type:attempt") }));
    r["attempt"] = 7;
    addRow(QStringLiteral("attempt 7"), r, validClean());
    // Non-negative integers are read as unsigned; beyond int64 they must not wrap.
    r["attempt"] = std::uint64_t(9223372036854775808ULL);
    addRow(QStringLiteral("attempt 2^63"), r, validClean());
    r["attempt"] = std::uint64_t(18446744073709551615ULL);
    addRow(QStringLiteral("attempt 2^64-1"), r, validClean());
    r["attempt"] = std::int64_t(-9223372036854775807LL - 1);
    addRow(QStringLiteral("attempt int64 min"), r, valid({ QStringLiteral("attempt:attempt") }));
    // Beyond 64 bits an integer is still an int (Python's isinstance(x, int)).
    r["attempt"] = makeBigInteger("18446744073709551616");
    addRow(QStringLiteral("attempt 2^64"), r, validClean());
    r["attempt"] = makeBigInteger("-9223372036854775809");
    addRow(
        QStringLiteral("attempt int64 min - 1"), r, valid({ QStringLiteral("attempt:attempt") }));
    r = task;
    r["replay_safe"] = "true";
    addRow(
        QStringLiteral("task flag as a string"), r, valid({ QStringLiteral("type:replay_safe") }));

    for (const char *flag : { "replay_safe", "stale_task", "lease_expired" }) {
        for (const auto &value : { Json("true"), Json("false"), Json(1), Json(nullptr) }) {
            r = operation;
            r[flag] = value;
            addRow(QStringLiteral("flag %1 = %2")
                       .arg(QString::fromLatin1(flag), QString::fromStdString(value.dump())),
                r, valid({ QStringLiteral("type:") + QString::fromLatin1(flag) }));
        }
    }
    r = operation;
    r["provisional_artifact_ids"]["artifact:temp-2"] = 5;
    addRow(QStringLiteral("string map entry not a string"), r,
        valid({ QStringLiteral("type:provisional_artifact_ids") }));
    r = schemaRecord;
    r["field_owners"]["object_id"] = nullptr;
    addRow(QStringLiteral("field owner null"), r, valid({ QStringLiteral("type:field_owners") }));

    // Table-driven: every contract, every timestamp and free-text field.
    for (const Contract *c : daemonContracts()) {
        const Json &base = fixtureFor(*c);
        const QString type = typeOf(*c) + QLatin1Char('/');
        Json u = base;
        u["sync_desk_note"] = "x";
        addRow(type + QStringLiteral("unknown key"), u,
            valid({ QStringLiteral("unknown_field:sync_desk_note") }));
        for (const auto &[key, value] : base.items()) {
            const QString k = QString::fromStdString(key);
            if (isTimestampField(key) && value.is_string()) {
                Json t = base;
                t[key] = "2026-05-05 00:00:00";
                addRow(type + k + QStringLiteral(" not RFC 3339"), t,
                    valid({ QStringLiteral("timestamp:") + k }));
            }
            if (key != "schema" && (contains(c->required, key) || contains(c->optional, key))
                && isPlainStringField(*c, key)) {
                Json t = base;
                t[key] = 42;
                addRow(type + k + QStringLiteral(" as a number"), t,
                    valid({ QStringLiteral("type:") + k }));
            }
        }
    }
}

void TestValidator::warningsNeverChangeVerdict_data()
{
    QTest::addColumn<Json>("plain");
    QTest::addColumn<Json>("odd");
    QTest::addColumn<QString>("warning");

    for (const Contract *c : daemonContracts()) {
        const Json &base = fixtureFor(*c);
        const QString type = typeOf(*c) + QLatin1Char('/');
        std::string timestamp, text;
        for (const auto key : c->required) {
            if (timestamp.empty() && isTimestampField(key))
                timestamp = s(key);
            if (text.empty() && key != c->idField && isPlainStringField(*c, key))
                text = s(key);
        }
        // Every contract has a free-text field; the schema record has no timestamp.
        QVERIFY(!text.empty());
        QCOMPARE(timestamp.empty(), c->kind == RecordKind::Schema);

        std::vector<std::pair<QString, Json>> breakages;
        breakages.emplace_back(QStringLiteral("valid"), base);
        Json b = base;
        b.erase(s(c->idField));
        breakages.emplace_back(QStringLiteral("missing id"), b);
        if (!c->controlled.empty()) {
            b = base;
            b[s(c->controlled.front().field)] = "bogus";
            breakages.emplace_back(QStringLiteral("bad controlled"), b);
        }
        if (!c->lists.empty()) {
            b = base;
            b[s(c->lists.front())] = "x";
            breakages.emplace_back(QStringLiteral("bad list"), b);
        }
        if (!c->objects.empty()) {
            b = base;
            b[s(c->objects.front())] = "x";
            breakages.emplace_back(QStringLiteral("bad object"), b);
        }
        if (c->kind == RecordKind::Conflict) {
            b = base;
            b["decision_card"]["selected_option"] = nullptr;
            b["decision_card"]["selected_by"] = nullptr;
            b["decision_card"]["selected_at"] = nullptr;
            breakages.emplace_back(QStringLiteral("pending"), b);
        }
        if (c->kind == RecordKind::Actor) {
            b = base;
            b["capabilities"] = Json::array({ "fly" });
            breakages.emplace_back(QStringLiteral("bad capability"), b);
        }

        for (const auto &[name, plain] : breakages) {
            Json odd = plain;
            odd["sync_desk_note"] = "x";
            QTest::newRow(qPrintable(type + name + QStringLiteral(" + unknown key")))
                << plain << odd << QStringLiteral("unknown_field");
            if (!timestamp.empty()) {
                odd = plain;
                odd[timestamp] = "yesterday";
                QTest::newRow(qPrintable(type + name + QStringLiteral(" + bad timestamp")))
                    << plain << odd << QStringLiteral("timestamp");
            }
            odd = plain;
            odd[text] = 3.5;
            QTest::newRow(qPrintable(type + name + QStringLiteral(" + number in a text field")))
                << plain << odd << QStringLiteral("type");
        }
    }
}

void TestValidator::warningsNeverChangeVerdict()
{
    QFETCH(Json, plain);
    QFETCH(Json, odd);
    QFETCH(QString, warning);

    for (const auto mode : { ValidationMode::Strict, ValidationMode::SyncDesk }) {
        const auto a = Validator::validate(plain, mode);
        const auto b = Validator::validate(odd, mode);
        QCOMPARE(verdictName(b.verdict), verdictName(a.verdict));
        QCOMPARE(b.errors.size(), a.errors.size());
        if (!a.errors.isEmpty()) {
            QCOMPARE(ruleName(b.errors.front().rule), ruleName(a.errors.front().rule));
            QCOMPARE(b.errors.front().field, a.errors.front().field);
        }
        QVERIFY2(hasWarning(b, warning), qPrintable(describe(b)));
        QVERIFY(b.warnings.size() > a.warnings.size());
    }
}

void TestValidator::validateBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Expectation>("strict");
    QTest::addColumn<Expectation>("syncDesk");

    auto row = [](const QString &name, const QByteArray &bytes, const Expectation &strict,
                   const Expectation &syncDesk) {
        QTest::newRow(qPrintable(name)) << bytes << strict << syncDesk;
    };
    // Adds `"key": value` as the record's last member (after the fixture's own).
    auto appendMember
        = [](const QByteArray &bytes, const QByteArray &key, const QByteArray &value) {
              QByteArray out = bytes;
              const auto close = out.lastIndexOf('}');
              out.insert(close, ",\n  \"" + key + "\": " + value + "\n");
              return out;
          };
    // Adds `"key": value` as the record's first member (before the fixture's own).
    auto prependMember
        = [](const QByteArray &bytes, const QByteArray &key, const QByteArray &value) {
              QByteArray out = bytes;
              const auto open = out.indexOf('{');
              out.insert(open + 1, "\n  \"" + key + "\": " + value + ",");
              return out;
          };

    for (const Contract *c : daemonContracts()) {
        const QByteArray bytes = fixtures().at(s(c->schema)).bytes;
        const QString type = typeOf(*c) + QLatin1Char('/');
        const QString schemaPath = QStringLiteral("schema");
        for (const auto &cf : c->controlled) {
            const QByteArray key = QByteArray::fromStdString(s(cf.field));
            const QString field = q(cf.field);
            const QByteArray good = QByteArray::fromStdString(fixtureFor(*c)[s(cf.field)].dump());
            // The last value wins, as in Python: an invalid last value is invalid.
            row(type + field + QStringLiteral(" twice, last invalid"),
                appendMember(bytes, key, "\"bogus\""),
                invalid(QStringLiteral("controlled"), field, { QStringLiteral("'bogus'") },
                    { QStringLiteral("duplicate_key:") + field }),
                invalid(QStringLiteral("controlled"), field, { QStringLiteral("'bogus'") },
                    { QStringLiteral("duplicate_key:") + field }));
            row(type + field + QStringLiteral(" twice, first invalid"),
                prependMember(bytes, key, "\"bogus\""),
                valid({ QStringLiteral("duplicate_key:") + field }),
                valid({ QStringLiteral("duplicate_key:") + field }));
            row(type + field + QStringLiteral(" twice, same value"), appendMember(bytes, key, good),
                valid({ QStringLiteral("duplicate_key:") + field }),
                valid({ QStringLiteral("duplicate_key:") + field }));
        }
        for (const auto list : c->lists) {
            const QString field = q(list);
            const Expectation e = invalid(
                QStringLiteral("list"), field, {}, { QStringLiteral("duplicate_key:") + field });
            row(type + field + QStringLiteral(" twice, last not a list"),
                appendMember(bytes, QByteArray::fromStdString(s(list)), "\"x\""), e, e);
        }
        // Even the schema: the last one names the contract.
        const Expectation v = valid({ QStringLiteral("duplicate_key:schema") });
        row(type + QStringLiteral("schema twice, first bogus"),
            prependMember(bytes, "schema", "\"sourceos.bogus/v1\""), v, v);
        const Expectation bad = invalid(QStringLiteral("schema"), schemaPath,
            { QStringLiteral("sourceos.bogus/v1") }, { QStringLiteral("duplicate_key:schema") });
        row(type + QStringLiteral("schema twice, last bogus"),
            appendMember(bytes, "schema", "\"sourceos.bogus/v1\""), bad, bad);
    }

    // Nested: a decided card whose selected_option is repeated with null last.
    QByteArray conflict = fixtures().at("sourceos.conflict-record/v1alpha1").bytes;
    const auto pos = conflict.indexOf("\"selected_by\"");
    QVERIFY(pos > 0);
    conflict.insert(pos, "\"selected_option\": null,\n    ");
    row(QStringLiteral("card selected_option twice, last null"), conflict,
        invalid(QStringLiteral("decision_card"), QStringLiteral("decision_card.selected_option"),
            {}, { QStringLiteral("duplicate_key:decision_card.selected_option") }),
        invalid(QStringLiteral("decision_card"), QStringLiteral("decision_card.selected_option"),
            {}, { QStringLiteral("duplicate_key:decision_card.selected_option") }));

    // Not JSON at all.
    Expectation json = invalid(QStringLiteral("json"), QString(), { QStringLiteral("line 1") });
    row(QStringLiteral("empty file"), QByteArray(), json, json);
    Expectation nul = invalid(QStringLiteral("json"), QString(), { QStringLiteral("NUL") });
    row(QStringLiteral("NUL byte after the record"),
        fixtures().at("sourceos.profile-record/v1alpha1").bytes + QByteArray("\0{}", 3), nul, nul);
    row(QStringLiteral("trailing comma"), QByteArray("{\"schema\": \"x\",}"), json, json);
    row(QStringLiteral("byte order mark"),
        QByteArray("\xef\xbb\xbf") + fixtures().at("sourceos.profile-record/v1alpha1").bytes, json,
        json);
    Expectation deep = invalid(QStringLiteral("json"), QString(), { QStringLiteral("1000") });
    row(QStringLiteral("too deep"), QByteArray(2000, '[') + QByteArray(2000, ']'), deep, deep);
    Expectation notObject = invalid(QStringLiteral("schema"), QStringLiteral("schema"));
    row(QStringLiteral("a JSON list"), QByteArray("[]"), notObject, notObject);
}

void TestValidator::validateBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Expectation, strict);
    QFETCH(Expectation, syncDesk);

    const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
    verify(Validator::validateBytes(view, ValidationMode::Strict), strict, "strict");
    if (QTest::currentTestFailed())
        return;
    verify(Validator::validateBytes(view, ValidationMode::SyncDesk), syncDesk, "syncdesk");
}

void TestValidator::namesAreStable()
{
    // These names are printed by `validate --json`; scripts depend on them.
    QCOMPARE(ruleName(Rule::File), QStringLiteral("file"));
    QCOMPARE(ruleName(Rule::Json), QStringLiteral("json"));
    QCOMPARE(ruleName(Rule::Schema), QStringLiteral("schema"));
    QCOMPARE(ruleName(Rule::Required), QStringLiteral("required"));
    QCOMPARE(ruleName(Rule::Controlled), QStringLiteral("controlled"));
    QCOMPARE(ruleName(Rule::List), QStringLiteral("list"));
    QCOMPARE(ruleName(Rule::Object), QStringLiteral("object"));
    QCOMPARE(ruleName(Rule::Capability), QStringLiteral("capability"));
    QCOMPARE(ruleName(Rule::DecisionCard), QStringLiteral("decision_card"));
    QCOMPARE(ruleName(Rule::Digest), QStringLiteral("digest"));
    QCOMPARE(verdictName(Verdict::Valid), QStringLiteral("valid"));
    QCOMPARE(verdictName(Verdict::Invalid), QStringLiteral("invalid"));
    QCOMPARE(verdictName(Verdict::Pending), QStringLiteral("pending"));
}

void TestValidator::fieldWarningsOfACopiedContract()
{
    // Contracts from contracts() are classified once; any other is classified
    // on each call. Both must warn alike, key by key.
    for (const Contract *contract : daemonContracts()) {
        const Contract &c = *contract;
        Json r = fixtureFor(c);
        r["colour"] = "blue";
        r["record_id"] = "record:1";
        for (auto &[key, value] : r.items()) {
            if (key == "schema" || key == "colour" || key == "record_id")
                continue;
            value = Json::array({ 7 }); // wrong for every kind but lists and objects
            break;
        }
        QList<Warning> fromTable;
        Validator::addFieldWarnings(c, r, fromTable);
        QVERIFY2(!fromTable.isEmpty(), c.schema.data());
        // A copy, and a copy that lists a required key twice and also as optional.
        Contract copy = c;
        std::vector<std::string_view> required(c.required.begin(), c.required.end());
        required.push_back(required.back());
        std::vector<std::string_view> optional(c.optional.begin(), c.optional.end());
        // A key both required and optional is optional (null allowed): one
        // that is not null here warns alike either way.
        for (const auto key : c.required)
            if (key != "schema" && !jsonMember(r, key).is_null()) {
                optional.push_back(key);
                break;
            }
        Contract odd = c;
        odd.required = required;
        odd.optional = optional;
        for (const Contract *other : { &copy, &odd }) {
            QList<Warning> fromCopy;
            Validator::addFieldWarnings(*other, r, fromCopy);
            QCOMPARE(fromCopy.size(), fromTable.size());
            for (qsizetype i = 0; i < fromTable.size(); ++i) {
                QCOMPARE(fromCopy[i].code, fromTable[i].code);
                QCOMPARE(fromCopy[i].field, fromTable[i].field);
                QCOMPARE(fromCopy[i].message, fromTable[i].message);
            }
        }
        Validation v;
        v.warnings = fromTable;
        QVERIFY2(hasWarning(v, QStringLiteral("unknown_field:colour")), c.schema.data());
    }
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
