// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: data rows computed with Python, one per parser rule.

// parseJson, pythonStr and pythonFloatRepr against what the daemon's Python does
// (json.loads on UTF-8 text, str(), repr()). Expected values were computed with
// python3 (3.11) and pasted in as data rows.

#include "core/json/canonicaljson.h"
#include "core/json/json.h"
#include "core/json/jsonfast_p.h"
#include "core/json/sha256_p.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <array>
#include <cmath>
#include <limits>
#include <string>

using namespace SyncDesk;

namespace {

JsonParseResult parse(const QByteArray &bytes)
{
    return parseJson(std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

QByteArray nested(
    int depth, const QByteArray &open, const QByteArray &inner, const QByteArray &close)
{
    QByteArray out;
    out.reserve(depth * (open.size() + close.size()) + inner.size());
    for (int i = 0; i < depth; ++i)
        out += open;
    out += inner;
    for (int i = 0; i < depth; ++i)
        out += close;
    return out;
}

QByteArray ba(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

/// Value, exact number type and key order, recursively.
bool sameTree(const Json &a, const Json &b)
{
    if (a.type() != b.type())
        return false;
    if (a.is_object()) {
        if (a.size() != b.size())
            return false;
        auto ib = b.items().begin();
        for (const auto &[k, v] : a.items()) {
            if (k != ib.key() || !sameTree(v, ib.value()))
                return false;
            ++ib;
        }
        return true;
    }
    if (a.is_array()) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!sameTree(a[i], b[i]))
                return false;
        return true;
    }
    if (a.is_number_float())
        return std::signbit(a.get<double>()) == std::signbit(b.get<double>()) && a == b;
    return a == b;
}

/// The journal's keys, and keys the other data sets use.
constexpr std::array<std::string_view, 9> kScanKeys
    = { "event_id", "event_type", "lane", "object_id", "producer", "created_at", "a", "k", "x" };

/// What differs between a value parseFlat() listed and parseJson()'s, or empty.
QString flatValueDisagreement(
    const FlatDocument &doc, const FlatValue &v, const Json &j, bool topLevel, const QString &at)
{
    if (v.kind != scannedKindOf(j))
        return QStringLiteral("%1: flat kind %2, full %3")
            .arg(at)
            .arg(int(v.kind))
            .arg(int(scannedKindOf(j)));
    const QString raw = QString::fromUtf8(v.raw.data(), qsizetype(v.raw.size()));
    switch (v.kind) {
    case ScannedMember::Kind::String:
        if (v.escaped ? v.raw.find('\\') == std::string_view::npos
                      : v.raw != j.get_ref<const std::string &>())
            return QStringLiteral("%1: flat string \"%2\" (escaped %3)")
                .arg(at, raw)
                .arg(v.escaped);
        break;
    case ScannedMember::Kind::Boolean:
        if ((v.raw == "true") != j.get<bool>() || (v.raw != "true" && v.raw != "false"))
            return QStringLiteral("%1: flat boolean %2").arg(at, raw);
        break;
    case ScannedMember::Kind::Number:
        if (v.integer != j.is_number_integer() || raw.toDouble() != j.get<double>())
            return QStringLiteral("%1: flat number %2 (integer %3)").arg(at, raw).arg(v.integer);
        if (j.is_number_integer()
            && (j.is_number_unsigned() ? raw != QString::number(j.get<std::uint64_t>())
                                       : raw != QString::number(j.get<std::int64_t>())))
            return QStringLiteral("%1: flat integer %2").arg(at, raw);
        break;
    case ScannedMember::Kind::Object:
    case ScannedMember::Kind::Array: {
        if (!topLevel) {
            if (v.count != 0)
                return QStringLiteral("%1: items listed below the top level").arg(at);
            break;
        }
        const auto items = doc.children(v);
        if (items.size() != j.size())
            return QStringLiteral("%1: %2 items listed, %3 parsed")
                .arg(at)
                .arg(items.size())
                .arg(j.size());
        std::size_t i = 0;
        for (auto it = j.begin(); it != j.end(); ++it, ++i) {
            const std::string key = j.is_object() ? it.key() : std::string();
            if (items[i].key != key)
                return QStringLiteral("%1[%2]: key \"%3\"")
                    .arg(at)
                    .arg(i)
                    .arg(QString::fromUtf8(items[i].key));
            if (const QString d = flatValueDisagreement(
                    doc, items[i].value, *it, false, at + QLatin1Char('/') + QString::number(i));
                !d.isEmpty())
                return d;
        }
        break;
    }
    default:
        break;
    }
    return {};
}

/**
 * Empty when parseFlat() gives up on bytes or agrees with the full parse (an
 * object without duplicate keys whose members and their items it listed);
 * otherwise what differs.
 */
QString flatDisagreement(const QByteArray &bytes, bool *listed = nullptr)
{
    const std::string_view text(bytes.constData(), std::size_t(bytes.size()));
    FlatDocument doc;
    const bool ok = parseFlat(text, doc);
    if (listed)
        *listed = ok;
    if (!ok)
        return {};
    const auto full = parseJsonChecked(text);
    if (!full.ok())
        return QStringLiteral("listed a document the full path refuses: ") + full.error->message;
    if (!full.duplicateKeys.isEmpty())
        return QStringLiteral("listed a document with duplicate keys");
    if (!full.value.is_object())
        return QStringLiteral("listed a document that is not an object");
    const Json::object_t::Container &members = full.value.get_ref<const Json::object_t &>();
    if (members.size() != doc.members.size())
        return QStringLiteral("listed %1 members, parsed %2")
            .arg(doc.members.size())
            .arg(members.size());
    for (std::size_t i = 0; i < members.size(); ++i) {
        const QString key = QString::fromStdString(members[i].first);
        if (doc.members[i].key != members[i].first)
            return QStringLiteral("member %1: listed as \"%2\"")
                .arg(key, QString::fromUtf8(doc.members[i].key));
        if (const QString d
            = flatValueDisagreement(doc, doc.members[i].value, members[i].second, true, key);
            !d.isEmpty())
            return d;
        if (doc.find(members[i].first) != &doc.members[i])
            return QStringLiteral("member %1: find() gives another").arg(key);
    }
    return {};
}

/**
 * Empty when scanTopLevelMembers() gives up on bytes or agrees with the full
 * parse (an object without duplicate keys, each wanted member missing or of
 * the kind and text the scan found); otherwise what differs.
 */
QString scanDisagreement(const QByteArray &bytes, bool *scanned = nullptr)
{
    if (const QString flat = flatDisagreement(bytes); !flat.isEmpty())
        return QStringLiteral("parseFlat(): ") + flat;
    const std::string_view text(bytes.constData(), std::size_t(bytes.size()));
    std::array<ScannedMember, kScanKeys.size()> found;
    const bool ok = scanTopLevelMembers(text, kScanKeys, found);
    if (scanned)
        *scanned = ok;
    if (!ok)
        return {};
    Json fast;
    if (!parseJsonFast(text, fast))
        return QStringLiteral("scanned a document the fast path gives up on");
    const auto full = parseJsonChecked(text);
    if (!full.ok())
        return QStringLiteral("scanned a document the full path refuses: ") + full.error->message;
    if (!full.duplicateKeys.isEmpty())
        return QStringLiteral("scanned a document with duplicate keys");
    if (!full.value.is_object())
        return QStringLiteral("scanned a document that is not an object");
    if (!sameTree(parseJson(text).value, full.value))
        return QStringLiteral("parseJson() and its full path differ");
    for (std::size_t i = 0; i < kScanKeys.size(); ++i) {
        const std::string key(kScanKeys[i]);
        const auto name = QString::fromStdString(key);
        const bool present = full.value.contains(key);
        const auto expected
            = present ? scannedKindOf(full.value[key]) : ScannedMember::Kind::Missing;
        if (found[i].kind != expected)
            return QStringLiteral("%1: the scan found kind %2, the full path %3")
                .arg(name)
                .arg(int(found[i].kind))
                .arg(int(expected));
        const std::string_view want = expected == ScannedMember::Kind::String
            ? std::string_view(full.value[key].get_ref<const std::string &>())
            : std::string_view();
        if (found[i].text != want)
            return QStringLiteral("%1: the scan found \"%2\", the full path \"%3\"")
                .arg(name, QString::fromUtf8(found[i].text), QString::fromUtf8(want));
    }
    return {};
}

} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256KnownAnswers();
    void sha256MatchesQtAtEveryLength();
    void acceptance_data();
    void acceptance();
    void knownDivergences();
    void depth_data();
    void depth();
    void veryDeepIsRefusedQuickly();
    void errorPosition_data();
    void errorPosition();
    void duplicateKeys_data();
    void duplicateKeys();
    void bigIntegers();
    void bigIntegerLiterals_data();
    void bigIntegerLiterals();
    void bigIntegersAreExact();
    void bigIntegerTooLong_data();
    void bigIntegerTooLong();
    void bigIntegerCannotBeForged();
    void dumpJsonMatchesNlohmann_data();
    void dumpJsonMatchesNlohmann();
    void dumpJsonWritesBigIntegers();
    void sameValueAsNlohmann_data();
    void sameValueAsNlohmann();
    void pythonStr_data();
    void pythonStr();
    void pythonFloatRepr_data();
    void pythonFloatRepr();
    void pythonFloatReprRoundTrips();
    void jsonTypeName_data();
    void jsonTypeName();
    void topLevelScan_data();
    void topLevelScan();
    void topLevelScanCanBeTurnedOff();
    void flatListing();
    void stringBytesAtEveryOffset();
};

void TestJson::acceptance_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("accepted"); // what Python's json.loads does on the decoded text

    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("empty array") << QByteArray("[]") << true;
    QTest::newRow("surrounding whitespace") << QByteArray(" \t\r\n{\"a\": 1}\n\r\t ") << true;
    QTest::newRow("scalar number") << QByteArray("1") << true;
    QTest::newRow("scalar string") << QByteArray("\"x\"") << true;
    QTest::newRow("scalar null") << QByteArray("null") << true;
    QTest::newRow("scalar true") << QByteArray("true") << true;
    QTest::newRow("raw utf-8 in string")
        << QByteArray("[\"caf\xc3\xa9 \xf0\x9f\x98\x80\"]") << true;
    QTest::newRow("escaped surrogate pair") << QByteArray("\"\\ud83d\\ude00\"") << true;
    QTest::newRow("escaped nul") << QByteArray("\"\\u0000\"") << true;
    QTest::newRow("raw DEL in string") << QByteArray("\"a\x7f"
                                                     "b\"")
                                       << true;
    QTest::newRow("all escapes") << QByteArray(R"("\" \\ \/ \b \f \n \r \t \u00e9")") << true;
    QTest::newRow("minus zero") << QByteArray("-0") << true;
    QTest::newRow("exponent forms") << QByteArray("[1e5, 1E5, 1e+5, 1e-5, 1.5E-5, -0.0]") << true;

    QTest::newRow("trailing data: second value") << QByteArray("{} {}") << false;
    QTest::newRow("trailing data: number") << QByteArray("1 2") << false;
    QTest::newRow("trailing data: garbage") << QByteArray("{\"a\": 1}x") << false;
    // nlohmann alone would stop at a NUL byte as if the input ended there.
    QTest::newRow("trailing data: nul byte") << QByteArray("{}\0", 3) << false;
    QTest::newRow("trailing data after nul byte") << QByteArray("{}\0garbage", 10) << false;
    QTest::newRow("nul byte after array") << QByteArray("[1]\0\0", 5) << false;
    QTest::newRow("nul byte only") << QByteArray("\0", 1) << false;
    QTest::newRow("nul byte before value") << QByteArray("\0{}", 3) << false;
    QTest::newRow("trailing comma in array") << QByteArray("[1,]") << false;
    QTest::newRow("trailing comma in object") << QByteArray("{\"a\":1,}") << false;
    QTest::newRow("single-quoted string") << QByteArray("'a'") << false;
    QTest::newRow("single-quoted key") << QByteArray("{'a': 1}") << false;
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << false;
    QTest::newRow("line comment") << QByteArray("// c\n1") << false;
    QTest::newRow("block comment") << QByteArray("/* c */ 1") << false;
    QTest::newRow("comment inside array") << QByteArray("[1 /* c */]") << false;
    QTest::newRow("trailing comment") << QByteArray("{} // c") << false;
    QTest::newRow("utf-8 byte order mark") << QByteArray("\xef\xbb\xbf{}") << false;
    QTest::newRow("invalid utf-8 byte in string") << QByteArray("\"a\xff"
                                                                "b\"")
                                                  << false;
    QTest::newRow("truncated utf-8 in string") << QByteArray("\"a\xc3\"") << false;
    QTest::newRow("overlong utf-8 in string") << QByteArray("\"\xc0\xaf\"") << false;
    QTest::newRow("utf-8 encoded surrogate") << QByteArray("\"\xed\xa0\x80\"") << false;
    QTest::newRow("latin-1 byte in string") << QByteArray("[\"caf\xe9\"]") << false;
    QTest::newRow("raw tab in string") << QByteArray("\"a\tb\"") << false;
    QTest::newRow("raw newline in string") << QByteArray("\"a\nb\"") << false;
    QTest::newRow("raw 0x01 in string") << QByteArray("\"a\x01"
                                                      "b\"")
                                        << false;
    QTest::newRow("raw nul in string") << QByteArray("\"a\0b\"", 5) << false;
    QTest::newRow("bad escape") << QByteArray("\"\\x41\"") << false;
    QTest::newRow("short unicode escape") << QByteArray("\"\\u12\"") << false;
    QTest::newRow("unterminated string") << QByteArray("\"abc") << false;
    QTest::newRow("unterminated object") << QByteArray("{\"a\": 1") << false;
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << false;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << false;
    QTest::newRow("leading zero") << QByteArray("01") << false;
    QTest::newRow("leading plus") << QByteArray("+1") << false;
    QTest::newRow("bare fraction") << QByteArray(".5") << false;
    QTest::newRow("trailing dot") << QByteArray("1.") << false;
    QTest::newRow("hex number") << QByteArray("0x10") << false;
    QTest::newRow("capitalised literal") << QByteArray("True") << false;
    QTest::newRow("upper-case hex escape") << QByteArray("\"\\u00E9\"") << true;
    QTest::newRow("upper-case U escape") << QByteArray("\"\\U00e9\"") << false;
    QTest::newRow("form feed is not whitespace") << QByteArray("\f{}") << false;
    QTest::newRow("vertical tab is not whitespace") << QByteArray("{}\v") << false;
    QTest::newRow("no-break space is not whitespace") << QByteArray("\xc2\xa0{}") << false;
    QTest::newRow("lone minus") << QByteArray("-") << false;
    QTest::newRow("exponent without digits") << QByteArray("1e") << false;
    QTest::newRow("negative leading zero") << QByteArray("-01") << false;
    QTest::newRow("leading zero in array") << QByteArray("[01]") << false;
    QTest::newRow("empty input") << QByteArray("") << false;
    QTest::newRow("whitespace only") << QByteArray(" \n\t\r ") << false;
}

void TestJson::acceptance()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, accepted);

    const auto result = parse(input);
    QCOMPARE(result.ok(), accepted);
    const QString scan = scanDisagreement(input);
    QVERIFY2(scan.isEmpty(), qPrintable(scan));
    if (accepted) {
        QVERIFY(result.error == std::nullopt);
    } else {
        QVERIFY(result.error.has_value());
        QVERIFY(!result.error->message.isEmpty());
        QVERIFY2(result.error->line >= 1 && result.error->column >= 1,
            qPrintable(result.error->message));
        // A failed parse never leaks a half-built document.
        QVERIFY(result.value.is_null());
    }
}

void TestJson::knownDivergences()
{
    // KNOWN DIVERGENCE: Python's json.loads accepts NaN, Infinity and -Infinity
    // (allow_nan is on by default) and floats that overflow a double (1E400 -> inf);
    // nlohmann refuses them all. (An integer beyond a double's range is read
    // exactly, as Python reads it: see bigIntegerLiterals.) The daemon never writes them (its
    // writer would emit them only for non-finite floats), so a record holding them is refused by
    // Sync Desk as not valid JSON instead of being read.
    for (const char *text :
        { "NaN", "Infinity", "-Infinity", "[NaN]", "{\"a\": Infinity}", "1E400", "-1e400" }) {
        const auto result = parse(QByteArray(text));
        QVERIFY2(!result.ok(), text);
    }

    // KNOWN DIVERGENCE: Python accepts a lone surrogate escape ("\ud800" gives a
    // str holding the surrogate); nlohmann refuses it.
    QVERIFY(!parse(QByteArray("\"\\ud800\"")).ok());
    QVERIFY(!parse(QByteArray("\"\\udc00x\"")).ok());
}

void TestJson::depth_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("accepted");

    // Python's recursive decoder gives up "near 1000" (3.11 raises RecursionError
    // from about 996 levels at top level, 3.12+ goes much deeper); Sync Desk fixes
    // the cap at kMaxJsonDepth = 1000 levels.
    static_assert(kMaxJsonDepth == 1000);
    QTest::newRow("arrays 999") << nested(999, "[", "", "]") << true;
    QTest::newRow("arrays 1000") << nested(1000, "[", "", "]") << true;
    QTest::newRow("arrays 1001") << nested(1001, "[", "", "]") << false;
    QTest::newRow("objects 999") << nested(999, "{\"a\":", "1", "}") << true;
    QTest::newRow("objects 1000") << nested(1000, "{\"a\":", "1", "}") << true;
    QTest::newRow("objects 1001") << nested(1001, "{\"a\":", "1", "}") << false;
    QTest::newRow("mixed 1001") << nested(500, "{\"a\":[", "{}", "]}") << false;
    QTest::newRow("mixed 1000") << nested(500, "{\"a\":[", "1", "]}") << true;
    QTest::newRow("unclosed 1001") << nested(1001, "[", "", "") << false;
}

void TestJson::depth()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, accepted);

    const auto result = parse(input);
    QCOMPARE(result.ok(), accepted);
    const QString scan = scanDisagreement(input);
    QVERIFY2(scan.isEmpty(), qPrintable(scan));
    if (!accepted && input.count('[') + input.count('{') > kMaxJsonDepth && !input.endsWith('[')) {
        QVERIFY2(result.error->message.contains(QLatin1String("1000")),
            qPrintable(result.error->message));
    }
    if (accepted) {
        // The document is really there, all the way down.
        const Json *v = &result.value;
        int levels = 0;
        while (v->is_array() || v->is_object()) {
            ++levels;
            if (v->empty())
                break;
            v = v->is_array() ? &v->front() : &v->front();
        }
        QVERIFY(levels >= 999);
    }
}

void TestJson::veryDeepIsRefusedQuickly()
{
    QElapsedTimer timer;
    timer.start();
    for (const auto &input : { nested(100000, "[", "", "]"), nested(100000, "{\"a\":", "1", "}"),
             nested(100000, "[", "", "") }) {
        const auto result = parse(input);
        QVERIFY(!result.ok());
        QVERIFY(result.value.is_null());
    }
    // Refused at level 1001, not after building (or recursing through) 100000 levels.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestJson::errorPosition_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line"); // json.JSONDecodeError.lineno
    QTest::addColumn<int>("column"); // json.JSONDecodeError.colno

    // Python: "Expecting value: line 4 column 3 (char 28)"
    QTest::newRow("trailing comma on line 4")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": [1, 2,\n  ]\n}") << 4 << 3;
    // Python: "Expecting ',' delimiter: line 3 column 3 (char 13)"
    QTest::newRow("missing comma on line 3")
        << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3 << 3;
    // Python: "Expecting value: line 1 column 4 (char 3)"
    QTest::newRow("one line") << QByteArray("[1,]") << 1 << 4;
    // Python: "Extra data: line 1 column 3 (char 2)"
    QTest::newRow("extra data") << QByteArray("1 2") << 1 << 3;
    // Python: "Invalid control character at: line 2 column 10 (char 11)"
    QTest::newRow("control character on line 2") << QByteArray("{\n  \"a\": \"x\ty\"}") << 2 << 10;
    // Python: "Extra data: line 2 column 3 (char 6)"
    QTest::newRow("nul byte on line 2") << QByteArray("[1]\n  \0", 7) << 2 << 3;
    // Python: "Expecting value: line 3 column 8 (char 19)"
    QTest::newRow("bad literal on line 3")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": nul\n}") << 3 << 8;
    // A big integer read exactly leaves every later position where it was.
    // Python: "Expecting ',' delimiter: line 1 column 33 (char 32)"
    QTest::newRow("after a big integer")
        << QByteArray("[123456789012345678901234567890 x]") << 1 << 33;
    // Python: "Expecting ',' delimiter: line 4 column 3 (char 84)"
    QTest::newRow("missing comma after big integers")
        << QByteArray("{\n  \"a\": 123456789012345678901234567890,\n  \"b\": "
                      "-123456789012345678901234567890\n  \"c\": 1\n}")
        << 4 << 3;
    // Python: "Expecting value: line 1 column 34 (char 33)"
    QTest::newRow("trailing comma after a big integer")
        << QByteArray("[-123456789012345678901234567890,]") << 1 << 34;
    // Python: "Extra data: line 1 column 9 (char 8)"
    QTest::newRow("big integer as extra data")
        << QByteArray("{\"a\": 1}123456789012345678901234567890") << 1 << 9;
}

void TestJson::errorPosition()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);

    const auto result = parse(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->line, line);
    QVERIFY2(result.error->message.contains(QStringLiteral("line %1").arg(line)),
        qPrintable(result.error->message));
    QVERIFY2(result.error->message.contains(QStringLiteral("column %1").arg(result.error->column)),
        qPrintable(result.error->message));
    // nlohmann reports where it noticed the problem; Python where the bad token
    // starts. They agree on the line; the column may be a few characters further on.
    QVERIFY2(result.error->column >= column && result.error->column <= column + 4,
        qPrintable(QStringLiteral("column %1, Python says %2: %3")
                       .arg(result.error->column)
                       .arg(column)
                       .arg(result.error->message)));
}

void TestJson::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("duplicates");
    QTest::addColumn<QByteArray>("pythonStr"); // str(json.loads(input))

    QTest::newRow("none") << QByteArray(R"({"a": 1, "b": {"a": 2}})") << QStringList()
                          << QByteArray("{'a': 1, 'b': {'a': 2}}");
    QTest::newRow("last wins, first position kept")
        << QByteArray(R"({"a": 1, "b": 2, "a": 3})") << QStringList { QStringLiteral("a") }
        << QByteArray("{'a': 3, 'b': 2}");
    QTest::newRow("same value twice")
        << QByteArray(R"({"a": 1, "a": 1})") << QStringList { QStringLiteral("a") }
        << QByteArray("{'a': 1}");
    QTest::newRow("three times") << QByteArray(R"({"a": 1, "a": 2, "a": "x"})")
                                 << QStringList { QStringLiteral("a"), QStringLiteral("a") }
                                 << QByteArray("{'a': 'x'}");
    QTest::newRow("nested path") << QByteArray(R"({"x": {"y": {"k": 1, "k": null}}})")
                                 << QStringList { QStringLiteral("x.y.k") }
                                 << QByteArray("{'x': {'y': {'k': None}}}");
    QTest::newRow("inside array") << QByteArray(R"([{"k": 1}, {"k": 2, "k": 3}])")
                                  << QStringList { QStringLiteral("[].k") }
                                  << QByteArray("[{'k': 1}, {'k': 3}]");
    QTest::newRow("sibling objects do not collide")
        << QByteArray(R"({"a": {"k": 1}, "b": {"k": 2}, "c": [{"k": 3}, {"k": 4}]})")
        << QStringList() << QByteArray("{'a': {'k': 1}, 'b': {'k': 2}, 'c': [{'k': 3}, {'k': 4}]}");
    QTest::newRow("object replaced by scalar")
        << QByteArray(R"({"a": {"b": 1}, "a": 2})") << QStringList { QStringLiteral("a") }
        << QByteArray("{'a': 2}");
    {
        // Past 32 keys the set switches to hashing; duplicates must still be found,
        // both among the first keys and among the later ones.
        QByteArray many = "{";
        QByteArray expected = "{";
        for (int i = 0; i < 40; ++i) {
            many += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
            expected += (i ? ", '" : "'") + QByteArray("k") + QByteArray::number(i) + "': "
                + QByteArray::number(i == 3 ? 97
                        : i == 38           ? 98
                                            : i);
        }
        many += "\"k3\": 97, \"k38\": 98}";
        expected += "}";
        QTest::newRow("many keys")
            << many << QStringList { QStringLiteral("k3"), QStringLiteral("k38") } << expected;
    }
    QTest::newRow("keys differing in case are distinct")
        << QByteArray(R"({"a": 1, "A": 2})") << QStringList() << QByteArray("{'a': 1, 'A': 2}");
}

void TestJson::duplicateKeys()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, duplicates);
    QFETCH(QByteArray, pythonStr);

    const auto result = parse(input);
    QVERIFY(result.ok());
    QCOMPARE(result.duplicateKeys, duplicates);
    QCOMPARE(ba(SyncDesk::pythonStr(result.value)), pythonStr);
    bool scanned = false;
    const QString scan = scanDisagreement(input, &scanned);
    QVERIFY2(scan.isEmpty(), qPrintable(scan));
    QVERIFY(!scanned || duplicates.isEmpty());
}

void TestJson::bigIntegers()
{
    // Integers that fit 64 bits stay exact, like Python's int.
    auto r = parse(QByteArray("[9223372036854775807, -9223372036854775808, 18446744073709551615]"));
    QVERIFY(r.ok());
    // nlohmann reads every non-negative integer as unsigned, negative ones as signed.
    QVERIFY(r.value[0].is_number_unsigned());
    QVERIFY(r.value[1].is_number_integer() && !r.value[1].is_number_unsigned());
    QVERIFY(r.value[2].is_number_unsigned());
    QCOMPARE(ba(SyncDesk::pythonStr(r.value)),
        QByteArray("[9223372036854775807, -9223372036854775808, 18446744073709551615]"));

    // Python's int is unbounded: one past either limit keeps every digit (it
    // used to become the double 1.8446744073709552e+19 here).
    r = parse(QByteArray("[18446744073709551616, -9223372036854775809, 12345678901234567890123]"));
    QVERIFY(r.ok());
    for (const auto &v : r.value) {
        QVERIFY(SyncDesk::isBigInteger(v));
        QVERIFY(!v.is_number());
        QVERIFY(SyncDesk::isJsonInteger(v));
        QCOMPARE(SyncDesk::jsonTypeName(v), QStringLiteral("integer"));
    }
    QCOMPARE(ba(SyncDesk::pythonStr(r.value)),
        QByteArray("[18446744073709551616, -9223372036854775809, 12345678901234567890123]"));
    QCOMPARE(
        ba(std::string(SyncDesk::bigIntegerText(r.value[1]))), QByteArray("-9223372036854775809"));
}

namespace {

int countBigIntegers(const Json &v)
{
    if (SyncDesk::isBigInteger(v))
        return 1;
    int n = 0;
    if (v.is_structured())
        for (const auto &e : v)
            n += countBigIntegers(e);
    return n;
}

QByteArray digits(int count, char first = '1')
{
    QByteArray out(count, '0');
    for (int i = 0; i < count; ++i)
        out[i] = char('0' + (first - '0' + i) % 10);
    return out;
}

} // namespace

void TestJson::bigIntegerLiterals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // python3: str(json.loads(input))
    QTest::addColumn<int>("bigIntegers");
    QTest::addColumn<QStringList>("duplicates");

    const QStringList none;
    QTest::newRow("uint64 max + 1")
        << QByteArray("18446744073709551616") << QByteArray("18446744073709551616") << 1 << none;
    QTest::newRow("int64 min - 1")
        << QByteArray("-9223372036854775809") << QByteArray("-9223372036854775809") << 1 << none;
    QTest::newRow("at the limits stay 64-bit")
        << QByteArray("[18446744073709551615, -9223372036854775808, 9223372036854775807]")
        << QByteArray("[18446744073709551615, -9223372036854775808, 9223372036854775807]") << 0
        << none;
    QTest::newRow("30 digits") << QByteArray("123456789012345678901234567890")
                               << QByteArray("123456789012345678901234567890") << 1 << none;
    QTest::newRow("30 digits negative")
        << QByteArray("-123456789012345678901234567890")
        << QByteArray("-123456789012345678901234567890") << 1 << none;
    QTest::newRow("nested in arrays")
        << QByteArray("[[1, [123456789012345678901234567890]], -1]")
        << QByteArray("[[1, [123456789012345678901234567890]], -1]") << 1 << none;
    // Beyond 1.8e308 nlohmann refused the document ("number overflow"); Python reads it.
    QTest::newRow("beyond a double")
        << "1" + QByteArray(400, '0') << "1" + QByteArray(400, '0') << 1 << none;
    QTest::newRow("1000 digits") << digits(1000) << digits(1000) << 1 << none;
    QTest::newRow("4300 digits, Python's limit") << digits(4300) << digits(4300) << 1 << none;
    QTest::newRow("4300 digits negative")
        << "-" + digits(4300, '9') << "-" + digits(4300, '9') << 1 << none;
    // Each big literal goes back to its own place among numbers, strings that
    // look like numbers (with an escaped quote before one) and floats.
    QTest::newRow("between other values")
        << QByteArray(R"([1, 123456789012345678901234567891, 2.5, "12345678901234567890123", )"
                      R"(-123456789012345678901234567892, "a\"12345678901234567890123\\", )"
                      R"(18446744073709551616, 0])")
        << QByteArray(R"([1, 123456789012345678901234567891, 2.5, '12345678901234567890123', )"
                      R"(-123456789012345678901234567892, 'a"12345678901234567890123\\', )"
                      R"(18446744073709551616, 0])")
        << 3 << none;
    QTest::newRow("key that looks like one")
        << QByteArray(R"({"12345678901234567890123": 12345678901234567890123, )"
                      R"("n": [18446744073709551616]})")
        << QByteArray(R"({'12345678901234567890123': 12345678901234567890123, )"
                      R"('n': [18446744073709551616]})")
        << 2 << none;
    // A fraction or an exponent makes it a float, as in Python.
    QTest::newRow("floats stay floats")
        << QByteArray("[123456789012345678901234567890.0, 123456789012345678901234567890e0, "
                      "1.2345678901234568e+29]")
        << QByteArray("[1.2345678901234568e+29, 1.2345678901234568e+29, 1.2345678901234568e+29]")
        << 0 << none;
    // A duplicate key sends the document down the full path; the last value wins.
    QTest::newRow("duplicate key")
        << QByteArray(
               R"({"a": 123456789012345678901234567890, "a": 123456789012345678901234567891})")
        << QByteArray("{'a': 123456789012345678901234567891}") << 1 << QStringList { "a" };
    // Deeper than the fast path goes (128 levels).
    QTest::newRow("200 levels deep")
        << nested(200, "[", "-123456789012345678901234567890", "]")
        << nested(200, "[", "-123456789012345678901234567890", "]") << 1 << none;
}

void TestJson::bigIntegerLiterals()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(int, bigIntegers);
    QFETCH(QStringList, duplicates);

    const auto result = parse(input);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error->message));
    QCOMPARE(result.duplicateKeys, duplicates);
    QCOMPARE(ba(SyncDesk::pythonStr(result.value)), expected);
    QCOMPARE(countBigIntegers(result.value), bigIntegers);
    const QString scan = scanDisagreement(input);
    QVERIFY2(scan.isEmpty(), qPrintable(scan));
}

void TestJson::bigIntegersAreExact()
{
    // These two differ in the last digit and have the same nearest double: read
    // as doubles (as they were) they compared equal and hashed alike.
    const QByteArray a = "123456789012345678901234567890";
    const QByteArray b = "123456789012345678901234567891";
    QCOMPARE(std::strtod(a.constData(), nullptr), std::strtod(b.constData(), nullptr));
    const auto ra = parse(a);
    const auto rb = parse(b);
    QVERIFY(ra.ok() && rb.ok());
    QVERIFY(ra.value != rb.value);
    QVERIFY(ra.value == parse(a).value);
    QCOMPARE(ba(std::string(SyncDesk::bigIntegerText(ra.value))), a);
    QCOMPARE(ba(std::string(SyncDesk::bigIntegerText(rb.value))), b);
    // Not equal to the float it is nearest to either.
    QVERIFY(ra.value != parse("1.2345678901234568e+29").value);
}

void TestJson::bigIntegerTooLong_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("digitsError"); // the message is about the digit limit

    // python3 (3.11+): json.loads raises ValueError "Exceeds the limit (4300 digits)
    // for integer string conversion: value has 4301 digits" (sys.get_int_max_str_digits()).
    QTest::newRow("4301 digits") << digits(4301) << 1 << 1 << true;
    QTest::newRow("4301 digits negative") << "-" + digits(4301) << 1 << 1 << true;
    QTest::newRow("on line 2") << "  [\n " + digits(5000) + "]" << 2 << 2 << true;
    // Python reads up to the first problem: the long literal before a stray
    // comma, the stray comma before the long literal ("Expecting value: line 1 column 4").
    QTest::newRow("before a syntax error") << "[" + digits(4301) + ",]" << 1 << 2 << true;
    QTest::newRow("after a syntax error") << "[1,," + digits(4301) + "]" << 1 << 4 << false;
    QTest::newRow("after a NUL") << QByteArray("[1]\0", 4) + digits(4301) << 1 << 4 << false;
}

void TestJson::bigIntegerTooLong()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(bool, digitsError);

    const auto result = parse(input);
    QVERIFY(!result.ok());
    QVERIFY(result.value.is_null());
    QCOMPARE(result.error->line, line);
    QCOMPARE(result.error->column, column);
    QCOMPARE(result.error->message.contains(QLatin1String("4300")), digitsError);
    if (digitsError)
        QVERIFY2(result.error->message.contains(QLatin1String("with 4301 digits"))
                || result.error->message.contains(QLatin1String("with 5000 digits")),
            qPrintable(result.error->message));
}

void TestJson::bigIntegerCannotBeForged()
{
    // What nlohmann writes for the binary value a big integer is held in reads
    // back as the object it looks like, never as a number.
    const Json big = SyncDesk::makeBigInteger("123456789012345678901234567890");
    const auto r = parse(QByteArray::fromStdString(big.dump()));
    QVERIFY(r.ok());
    QVERIFY(r.value.is_object());
    QVERIFY(!SyncDesk::isBigInteger(r.value));
    QCOMPARE(SyncDesk::jsonTypeName(r.value), QStringLiteral("object"));
    // Nor is the text as a string, nor a binary value of another subtype.
    QVERIFY(!SyncDesk::isBigInteger(parse(R"("123456789012345678901234567890")").value));
    const Json other = Json::binary({ '1', '2' }, 7);
    QVERIFY(!SyncDesk::isBigInteger(other));
    QVERIFY(!SyncDesk::isJsonInteger(other));
    QVERIFY(SyncDesk::bigIntegerText(other).empty());
    QVERIFY(!SyncDesk::isBigInteger(Json::binary({ '1' })));
}

void TestJson::dumpJsonMatchesNlohmann_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("record") << QByteArray(R"({"schema": "s/v1", "a": [1, -2, 3.5, true, false,
        null], "b": {"c": {}, "d": [], "e": [[]], "f": [{}]}, "e": "x", "z": 18446744073709551615})");
    QTest::newRow("escapes and UTF-8")
        << QByteArray("{\"k\\\"\\n\": [\"\\u0001\\u007f\\t\", \"caf\xc3\xa9 \xf0\x9f\x98\x80\"]}");
    QTest::newRow("scalar") << QByteArray("-0.0");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("nested empties") << QByteArray("[[], {}, [[{}]], {\"a\": {\"b\": []}}]");
}

void TestJson::dumpJsonMatchesNlohmann()
{
    QFETCH(QByteArray, input);

    const auto r = parse(input);
    QVERIFY(r.ok());
    for (const int indent : { -1, 0, 2, 4 })
        QCOMPARE(ba(SyncDesk::dumpJson(r.value, indent)),
            ba(r.value.dump(indent, ' ', false, Json::error_handler_t::replace)));
}

void TestJson::dumpJsonWritesBigIntegers()
{
    const QByteArray input
        = R"({"n": 123456789012345678901234567890, "a": [-18446744073709551616, )"
          R"({"b": [18446744073709551616]}], "f": 1.5})";
    const auto r = parse(input);
    QVERIFY(r.ok());
    // python3: json.dumps(json.loads(input), separators=(",", ":")) and (…, indent=2)
    QCOMPARE(ba(SyncDesk::dumpJson(r.value)),
        QByteArray(R"({"n":123456789012345678901234567890,"a":[-18446744073709551616,)"
                   R"({"b":[18446744073709551616]}],"f":1.5})"));
    const QByteArray pretty = "{\n"
                              "  \"n\": 123456789012345678901234567890,\n"
                              "  \"a\": [\n"
                              "    -18446744073709551616,\n"
                              "    {\n"
                              "      \"b\": [\n"
                              "        18446744073709551616\n"
                              "      ]\n"
                              "    }\n"
                              "  ],\n"
                              "  \"f\": 1.5\n"
                              "}";
    QCOMPARE(ba(SyncDesk::dumpJson(r.value, 2)), pretty);
    // What is written reads back as the same value.
    const auto again = parse(pretty);
    QVERIFY(again.ok());
    QVERIFY(sameTree(again.value, r.value));
}

void TestJson::pythonStr_data()
{
    QTest::addColumn<QByteArray>("input"); // JSON text
    QTest::addColumn<QByteArray>("expected"); // str(json.loads(input)), UTF-8

    // Generated with python3: print(str(json.loads(text))) for each text.
    QTest::newRow("null") << QByteArray("null") << QByteArray("None");
    QTest::newRow("true") << QByteArray("true") << QByteArray("True");
    QTest::newRow("false") << QByteArray("false") << QByteArray("False");
    QTest::newRow("zero") << QByteArray("0") << QByteArray("0");
    QTest::newRow("int") << QByteArray("1") << QByteArray("1");
    QTest::newRow("negative") << QByteArray("-5") << QByteArray("-5");
    QTest::newRow("minus zero int") << QByteArray("-0") << QByteArray("0");
    QTest::newRow("int64 max") << QByteArray("9223372036854775807")
                               << QByteArray("9223372036854775807");
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808")
                               << QByteArray("-9223372036854775808");
    QTest::newRow("uint64 max") << QByteArray("18446744073709551615")
                                << QByteArray("18446744073709551615");
    QTest::newRow("float 1.0") << QByteArray("1.0") << QByteArray("1.0");
    QTest::newRow("float 1e5") << QByteArray("1e5") << QByteArray("100000.0");
    QTest::newRow("float 1E-5") << QByteArray("1E-5") << QByteArray("1e-05");
    QTest::newRow("float -0.0") << QByteArray("-0.0") << QByteArray("-0.0");
    QTest::newRow("float 1e16") << QByteArray("1e16") << QByteArray("1e+16");
    QTest::newRow("float 0.1") << QByteArray("0.1") << QByteArray("0.1");
    QTest::newRow("string") << QByteArray("\"x\"") << QByteArray("x");
    QTest::newRow("empty string") << QByteArray("\"\"") << QByteArray("");
    QTest::newRow("string with quote") << QByteArray("\"it's\"") << QByteArray("it's");
    QTest::newRow("string with newline") << QByteArray("\"a\\nb\"")
                                         << QByteArray("a\x0a"
                                                       "b");
    QTest::newRow("string non-ascii") << QByteArray("\"\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\"")
                                      << QByteArray("\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80");
    QTest::newRow("string None") << QByteArray("\"None\"") << QByteArray("None");
    QTest::newRow("empty list") << QByteArray("[]") << QByteArray("[]");
    QTest::newRow("list of one") << QByteArray("[\"x\"]") << QByteArray("['x']");
    QTest::newRow("mixed list") << QByteArray("[1, \"a\", null, true, false, 1.5, [], {}]")
                                << QByteArray("[1, 'a', None, True, False, 1.5, [], {}]");
    QTest::newRow("nested list") << QByteArray("[[\"a\", [\"b\"]], []]")
                                 << QByteArray("[['a', ['b']], []]");
    QTest::newRow("list apostrophe") << QByteArray("[\"it's\"]") << QByteArray("[\"it's\"]");
    QTest::newRow("list both quotes")
        << QByteArray("[\"it's \\\"x\\\"\"]") << QByteArray("['it\\'s \"x\"']");
    QTest::newRow("list double quote") << QByteArray("[\"a\\\"b\"]") << QByteArray("['a\"b']");
    QTest::newRow("list escapes") << QByteArray("[\"a\\nb\\t\\r\\\\\"]")
                                  << QByteArray("['a\\nb\\t\\r\\\\']");
    QTest::newRow("list control") << QByteArray("[\"\\u0000\\u001f\\u007f\"]")
                                  << QByteArray("['\\x00\\x1f\\x7f']");
    QTest::newRow("list non-ascii") << QByteArray("[\"\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\"]")
                                    << QByteArray("['\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80']");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{}");
    QTest::newRow("object") << QByteArray("{\"k\": 1, \"b\": [1, {\"c\": null}]}")
                            << QByteArray("{'k': 1, 'b': [1, {'c': None}]}");
    QTest::newRow("object order kept")
        << QByteArray("{\"z\": 1, \"a\": 2}") << QByteArray("{'z': 1, 'a': 2}");
    QTest::newRow("object key quote")
        << QByteArray("{\"it's\": \"a\"}") << QByteArray("{\"it's\": 'a'}");
    QTest::newRow("object duplicate key")
        << QByteArray("{\"a\": 1, \"b\": 2, \"a\": 3}") << QByteArray("{'a': 3, 'b': 2}");
    QTest::newRow("list nonprintable latin1")
        << QByteArray("[\"\\u0085\\u00a0\"]") << QByteArray("['\\x85\\xa0']");
}

void TestJson::pythonStr()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    const auto result = parse(input);
    QVERIFY2(result.ok(), input.constData());
    // KNOWN DIVERGENCE: Python's repr() escapes every non-printable code point
    // (U+0085 -> \x85, U+00A0 -> \xa0, U+2028 -> \u2028); Sync Desk escapes only
    // ASCII controls. It only matters for the text of messages: no vocabulary word
    // contains such characters, so no verdict depends on it.
    QEXPECT_FAIL("list nonprintable latin1", "repr() of non-printable non-ASCII", Continue);
    QCOMPARE(ba(SyncDesk::pythonStr(result.value)), expected);
}

void TestJson::pythonFloatRepr_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected"); // repr(value)

    // Generated with python3: for v in values: print(float.hex(v), repr(v)).
    QTest::newRow("0.1") << 0x1.999999999999ap-4 << QByteArrayLiteral("0.1");
    QTest::newRow("1.0") << 0x1.0000000000000p+0 << QByteArrayLiteral("1.0");
    QTest::newRow("-0.0") << -0.0 << QByteArrayLiteral("-0.0");
    QTest::newRow("0.0") << 0.0 << QByteArrayLiteral("0.0");
    QTest::newRow("1e-05") << 0x1.4f8b588e368f1p-17 << QByteArrayLiteral("1e-05");
    QTest::newRow("0.0001") << 0x1.a36e2eb1c432dp-14 << QByteArrayLiteral("0.0001");
    QTest::newRow("9.999999999999999e-05")
        << 0x1.a36e2eb1c432cp-14 << QByteArrayLiteral("9.999999999999999e-05");
    QTest::newRow("0.00012345") << 0x1.02e4b6ce5dc68p-13 << QByteArrayLiteral("0.00012345");
    QTest::newRow("0.001") << 0x1.0624dd2f1a9fcp-10 << QByteArrayLiteral("0.001");
    QTest::newRow("1e+16") << 0x1.1c37937e08000p+53 << QByteArrayLiteral("1e+16");
    QTest::newRow("1000000000000000.0")
        << 0x1.c6bf526340000p+49 << QByteArrayLiteral("1000000000000000.0");
    QTest::newRow("9999999999999998.0")
        << 0x1.1c37937e07fffp+53 << QByteArrayLiteral("9999999999999998.0");
    QTest::newRow("1.5e+16") << 0x1.aa535d3d0c000p+53 << QByteArrayLiteral("1.5e+16");
    QTest::newRow("123456789.123") << 0x1.d6f34547df3b6p+26 << QByteArrayLiteral("123456789.123");
    QTest::newRow("5e-324") << 0x0.0000000000001p-1022 << QByteArrayLiteral("5e-324");
    QTest::newRow("1.7976931348623157e+308")
        << 0x1.fffffffffffffp+1023 << QByteArrayLiteral("1.7976931348623157e+308");
    QTest::newRow("2.2250738585072014e-308")
        << 0x1.0000000000000p-1022 << QByteArrayLiteral("2.2250738585072014e-308");
    QTest::newRow("2.5e-07") << 0x1.0c6f7a0b5ed8dp-22 << QByteArrayLiteral("2.5e-07");
    QTest::newRow("1e+22") << 0x1.0f0cf064dd592p+73 << QByteArrayLiteral("1e+22");
    QTest::newRow("1e+21") << 0x1.b1ae4d6e2ef50p+69 << QByteArrayLiteral("1e+21");
    QTest::newRow("1e+23") << 0x1.52d02c7e14af6p+76 << QByteArrayLiteral("1e+23");
    QTest::newRow("1.2345678901234568e+16")
        << 0x1.5ee2a2eb5a5c4p+53 << QByteArrayLiteral("1.2345678901234568e+16");
    QTest::newRow("1234567890123456.8")
        << 0x1.18b54f22aeb03p+50 << QByteArrayLiteral("1234567890123456.8");
    QTest::newRow("0.3") << 0x1.3333333333333p-2 << QByteArrayLiteral("0.3");
    QTest::newRow("0.30000000000000004")
        << 0x1.3333333333334p-2 << QByteArrayLiteral("0.30000000000000004");
    QTest::newRow("0.3333333333333333")
        << 0x1.5555555555555p-2 << QByteArrayLiteral("0.3333333333333333");
    QTest::newRow("0.6666666666666666")
        << 0x1.5555555555555p-1 << QByteArrayLiteral("0.6666666666666666");
    QTest::newRow("-1.5") << -0x1.8000000000000p+0 << QByteArrayLiteral("-1.5");
    QTest::newRow("100.0") << 0x1.9000000000000p+6 << QByteArrayLiteral("100.0");
    QTest::newRow("100000.0") << 0x1.86a0000000000p+16 << QByteArrayLiteral("100000.0");
    QTest::newRow("1e+100") << 0x1.249ad2594c37dp+332 << QByteArrayLiteral("1e+100");
    QTest::newRow("1.5e-10") << 0x1.49da7e361ce4cp-33 << QByteArrayLiteral("1.5e-10");
    QTest::newRow("1.23e-18") << 0x1.6b082c2148b8ep-60 << QByteArrayLiteral("1.23e-18");
    QTest::newRow("-1e-07") << -0x1.ad7f29abcaf48p-24 << QByteArrayLiteral("-1e-07");
    QTest::newRow("3.14159") << 0x1.921f9f01b866ep+1 << QByteArrayLiteral("3.14159");
    QTest::newRow("6.02214076e+23") << 0x1.fe185ca57c517p+78 << QByteArrayLiteral("6.02214076e+23");
    QTest::newRow("0.5") << 0x1.0000000000000p-1 << QByteArrayLiteral("0.5");
    QTest::newRow("9007199254740992.0")
        << 0x1.0000000000000p+53 << QByteArrayLiteral("9007199254740992.0");
    QTest::newRow("9007199254740994.0")
        << 0x1.0000000000001p+53 << QByteArrayLiteral("9007199254740994.0");
    QTest::newRow("9.223372036854776e+18")
        << 0x1.0000000000000p+63 << QByteArrayLiteral("9.223372036854776e+18");
    QTest::newRow("1.8446744073709552e+19")
        << 0x1.0000000000000p+64 << QByteArrayLiteral("1.8446744073709552e+19");
    QTest::newRow("123.456") << 0x1.edd2f1a9fbe77p+6 << QByteArrayLiteral("123.456");
    QTest::newRow("-1.23456e-98") << -0x1.b00bf8837920fp-326 << QByteArrayLiteral("-1.23456e-98");
    QTest::newRow("1e-323") << 0x0.0000000000002p-1022 << QByteArrayLiteral("1e-323");
    QTest::newRow("4.35") << 0x1.1666666666666p+2 << QByteArrayLiteral("4.35");
    QTest::newRow("0.07") << 0x1.1eb851eb851ecp-4 << QByteArrayLiteral("0.07");
    QTest::newRow("1e+301") << 0x1.ddd4baa009303p+999 << QByteArrayLiteral("1e+301");
    QTest::newRow("299792458.0") << 0x1.1de784a000000p+28 << QByteArrayLiteral("299792458.0");
    QTest::newRow("1.0000000000000002")
        << 0x1.0000000000001p+0 << QByteArrayLiteral("1.0000000000000002");
    QTest::newRow("0.9999999999999999")
        << 0x1.fffffffffffffp-1 << QByteArrayLiteral("0.9999999999999999");
    // repr(float('inf')), repr(float('-inf')), repr(float('nan'))
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QByteArrayLiteral("inf");
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QByteArrayLiteral("-inf");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArrayLiteral("nan");
}

void TestJson::pythonFloatRepr()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);

    QCOMPARE(ba(SyncDesk::pythonFloatRepr(value)), expected);
    // The same number read from JSON text goes through pythonStr unchanged.
    if (std::isfinite(value)) {
        const auto parsed = parse(expected);
        QVERIFY2(parsed.ok(), expected.constData());
        QVERIFY(parsed.value.is_number_float());
        QCOMPARE(ba(SyncDesk::pythonStr(parsed.value)), expected);
    }
}

void TestJson::pythonFloatReprRoundTrips()
{
    // Shortest round trip: the text reads back as the very same double, for a
    // spread of magnitudes on both sides of the fixed/exponent switch.
    for (int e = -330; e <= 310; ++e) {
        for (double m : { 1.0, 1.2345678901234567, 9.87654321, 5.5 }) {
            const double v = m * std::pow(10.0, e);
            if (!std::isfinite(v) || v == 0.0)
                continue;
            const std::string text = SyncDesk::pythonFloatRepr(v);
            QCOMPARE(std::strtod(text.c_str(), nullptr), v);
            const bool exponent = text.find('e') != std::string::npos;
            const double a = std::abs(v);
            QCOMPARE(exponent, a < 1e-4 || a >= 1e16);
            if (!exponent)
                QVERIFY2(text.find('.') != std::string::npos, text.c_str());
        }
    }
}

void TestJson::jsonTypeName_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("name");

    QTest::newRow("null") << QByteArray("null") << QStringLiteral("null");
    QTest::newRow("bool") << QByteArray("false") << QStringLiteral("boolean");
    QTest::newRow("int") << QByteArray("-1") << QStringLiteral("integer");
    QTest::newRow("unsigned") << QByteArray("18446744073709551615") << QStringLiteral("integer");
    QTest::newRow("float") << QByteArray("1.0") << QStringLiteral("number");
    QTest::newRow("string") << QByteArray("\"1\"") << QStringLiteral("string");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("array");
    QTest::newRow("object") << QByteArray("{}") << QStringLiteral("object");
    QTest::newRow("big integer") << QByteArray("18446744073709551616") << QStringLiteral("integer");
}

void TestJson::jsonTypeName()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, name);

    const auto result = parse(input);
    QVERIFY(result.ok());
    QCOMPARE(SyncDesk::jsonTypeName(result.value), name);
}

void TestJson::sameValueAsNlohmann_data()
{
    // parseJson() takes a fast path for well-formed documents; whatever it
    // accepts must come out exactly as nlohmann's own parser builds it.
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("record") << QByteArray(R"({"schema": "s/v1", "a": [1, -2, 3.5, true, false,
        null], "b": {"c": {}, "d": []}, "e": "x"})");
    QTest::newRow("escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t", "\u0000\u001f\u00e9\u20ac"])");
    QTest::newRow("surrogate pair") << QByteArray(R"(["\ud83d\ude00", "\uD834\uDD1E"])");
    QTest::newRow("raw UTF-8") << QByteArray("[\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"]");
    QTest::newRow("integers") << QByteArray(
        "[0, -0, 1, -1, 9223372036854775807, -9223372036854775808, 18446744073709551615]");
    QTest::newRow("floats") << QByteArray(
        "[0.0, -0.0, 1.5, 1e5, 1E-5, 2.5e+3, 0.1, 1e-400, 4.9e-324, 1.7976931348623157e308]");
    QTest::newRow("whitespace") << QByteArray(" \t\r\n{ \"a\" :\n[ 1 , 2 ] }\n ");
    QTest::newRow("scalar") << QByteArray("\"text\"");
    QTest::newRow("many keys") << [] {
        QByteArray out = "{";
        for (int i = 0; i < 100; ++i)
            out += (i ? "," : "") + QByteArray("\"k") + QByteArray::number(i)
                + "\": " + QByteArray::number(i);
        return out + "}";
    }();
}

void TestJson::sameValueAsNlohmann()
{
    QFETCH(QByteArray, bytes);
    const auto result = parse(bytes);
    QVERIFY(result.ok());
    QVERIFY(result.duplicateKeys.isEmpty());
    const Json expected = Json::parse(bytes.constBegin(), bytes.constEnd());
    QVERIFY2(sameTree(result.value, expected), result.value.dump().c_str());
    // The full path, which parseJson() falls back to, builds the same tree.
    const auto checked = SyncDesk::parseJsonChecked(
        std::string_view(bytes.constData(), std::size_t(bytes.size())));
    QVERIFY(checked.ok());
    QVERIFY(sameTree(checked.value, expected));
    const QString scan = scanDisagreement(bytes);
    QVERIFY2(scan.isEmpty(), qPrintable(scan));
}

void TestJson::topLevelScan_data()
{
    // scanTopLevelMembers() reads a journal line without a DOM. Whatever it
    // accepts, the full parse must read the same (scanDisagreement() checks
    // that on every row here and on every document of the other data sets);
    // "scans" says whether it must take the document at all: the ordinary
    // line must not fall back to the full parse.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("scans");

    const QByteArray line
        = R"({"schema":"sourceos.journal-event/v1alpha1","event_id":"evt-00000001",)"
          R"("event_type":"add","lane":"normal","object_id":"profile:local-dev",)"
          R"("producer":"sourceos-syncd","created_at":"2026-05-05T00:00:00Z",)"
          R"("payload":{"path":"profiles/profile_local-dev.json"},"applied":true})";
    const auto with = [&](const char *from, const char *to) {
        QByteArray out = line;
        Q_ASSERT(out.contains(from));
        return out.replace(from, to);
    };
    // Ordinary lines: the daemon's (compact) and the test fixture's (spaced).
    QTest::newRow("journal line") << line << true;
    QTest::newRow("journal update line") << QByteArray(
        R"({"schema":"sourceos.journal-event/v1alpha1","event_id":"evt-00005596",)"
        R"("event_type":"update","lane":"policy","object_id":"conflict:default-00003",)"
        R"("producer":"sourceos-syncdesk","created_at":"2026-05-05T21:22:55Z",)"
        R"("payload":{"path":"conflicts/conflict_default-00003.json",)"
        R"("option":"merge","actor_id":"actor:grace-hopper",)"
        R"("operation_id":"workspace-operation:default-001487",)"
        R"("task_id":"operation-task:default-001487-1",)"
        R"("evidence_id":"evidence-1438e6261ba30b61d8eb"},"applied":true})")
                                         << true;
    QTest::newRow("spaced line") << QByteArray(
        "{\"schema\": \"sourceos.journal-event/v1alpha1\", \"event_id\": "
        "\"evt-00000001\", \"event_type\": \"add\", \"lane\": \"normal\", "
        "\"object_id\": \"object:alpha\", \"producer\": \"pytest\", "
        "\"created_at\": \"2026-05-05T00:01:00Z\", \"payload\": {\"path\": "
        "\"README.md\"}, \"applied\": true}")
                                 << true;
    QTest::newRow("CRLF line") << line + "\r" << true;
    QTest::newRow("whitespace around") << " \t" + line + " \r\n " << true;
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("wanted keys missing") << QByteArray(R"({"other": 1})") << true;
    QTest::newRow("raw UTF-8 in a wanted string")
        << with("profile:local-dev", "caf\xc3\xa9 \xf0\x9f\x98\x80") << true;
    QTest::newRow("empty wanted strings")
        << with(R"("event_type":"add")", R"("event_type":"")") << true;
    QTest::newRow("escape in an unwanted string")
        << with("profiles/profile_local-dev.json", R"(a\"b\\c\u00e9\ud83d\ude00\n)") << true;
    QTest::newRow("wanted names nested only")
        << QByteArray(R"({"payload": {"event_id": "x", "lane": "y"}, "list": [{"producer": "z"}]})")
        << true;
    QTest::newRow("wanted names nested beside top-level ones")
        << with(R"("path":"profiles/profile_local-dev.json")",
               R"("event_id":"inner","created_at":"1999-01-01T00:00:00Z","lane":{"lane":1})")
        << true;
    QTest::newRow("wanted members not strings")
        << QByteArray(R"({"event_id": null, "event_type": true, "lane": false, "object_id": 7,)"
                      R"( "producer": {"a": 1}, "created_at": [1, 2], "a": -1.5e-3, "k": 0})")
        << true;
    QTest::newRow("numbers at the edges that the fast path reads")
        << QByteArray(R"({"a": 18446744073709551615, "k": -9223372036854775808, )"
                      R"("x": [1.7976931348623157e308, 2.2250738585072014e-308, -0.0, 0e-999]})")
        << true;
    QTest::newRow("64 keys") << [] {
        QByteArray out = "{";
        for (int i = 0; i < 63; ++i)
            out += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
        return out + R"("event_id": "evt-1"})";
    }() << true;
    QTest::newRow("nested 128 deep") << R"({"a": )" + nested(127, "[", "", "]") + "}" << true;

    // Anything unusual goes to the full parse.
    QTest::newRow("escape in event_id") << with("evt-00000001", R"(evt-\u0030001)") << false;
    QTest::newRow("escape in created_at")
        << with("2026-05-05T00:00:00Z", R"(2026-05-05T00:00:00\u005a)") << false;
    QTest::newRow("escaped quote in lane") << with(R"("normal")", R"("nor\"mal")") << false;
    QTest::newRow("escaped key") << with(R"("event_id")", R"("\u0065vent_id")") << false;
    QTest::newRow("escaped unwanted key") << with(R"("applied")", R"("appl\u0069ed")") << false;
    QTest::newRow("duplicate event_id")
        << line.left(line.size() - 1) + R"(,"event_id":"evt-2"})" << false;
    QTest::newRow("duplicate unwanted key")
        << line.left(line.size() - 1) + R"(,"applied":false})" << false;
    QTest::newRow("duplicate in a nested object")
        << with(R"({"path":"profiles/profile_local-dev.json"})", R"({"p":1,"p":2})") << false;
    QTest::newRow("65 keys") << [] {
        QByteArray out = "{";
        for (int i = 0; i < 64; ++i)
            out += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
        return out + R"("event_id": "evt-1"})";
    }() << false;
    QTest::newRow("nested 129 deep") << R"({"a": )" + nested(128, "[", "", "]") + "}" << false;
    QTest::newRow("nested 2000 deep") << R"({"a": )" + nested(2000, "[", "", "]") + "}" << false;
    QTest::newRow("big integer") << QByteArray(R"({"a": 18446744073709551616})") << false;
    QTest::newRow("big negative integer") << QByteArray(R"({"a": -9223372036854775809})") << false;
    QTest::newRow("float underflow") << QByteArray(R"({"a": 1e-400})") << false;
    QTest::newRow("subnormal float") << QByteArray(R"({"a": 4.9e-324})") << false;
    QTest::newRow("float overflow") << QByteArray(R"({"a": 1e400})") << false;
    QTest::newRow("invalid UTF-8 in a wanted string") << with("normal", "nor\xffmal") << false;
    QTest::newRow("invalid UTF-8 in an unwanted string")
        << with("profiles/profile_local-dev.json", "\xc3(") << false;
    QTest::newRow("UTF-8 encoded surrogate") << with("normal", "\xed\xa0\x80") << false;
    QTest::newRow("raw tab in a string") << with("normal", "nor\tmal") << false;
    QTest::newRow("trailing garbage") << line + "x" << false;
    QTest::newRow("second value") << line + " {}" << false;
    QTest::newRow("nul byte after") << line + QByteArray("\0", 1) << false;
    QTest::newRow("byte order mark") << "\xef\xbb\xbf" + line << false;
    QTest::newRow("torn line") << line.left(120) << false;
    QTest::newRow("trailing comma") << line.left(line.size() - 1) + ",}" << false;
    QTest::newRow("array") << QByteArray(R"([{"event_id": "evt-1"}])") << false;
    QTest::newRow("string") << QByteArray(R"("event_id")") << false;
    QTest::newRow("number") << QByteArray("1") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("blank") << QByteArray(" \t ") << false;
    QTest::newRow("NaN") << QByteArray(R"({"a": NaN})") << false;
    QTest::newRow("lone surrogate escape in an unwanted string")
        << with("profiles/profile_local-dev.json", R"(\ud800)") << false;
}

void TestJson::topLevelScan()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, scans);

    bool scanned = false;
    const QString scan = scanDisagreement(input, &scanned);
    QVERIFY2(scan.isEmpty(), qPrintable(scan));
    QCOMPARE(scanned, scans);
    // parseFlat() reads with the same code, and also takes escaped strings.
    bool listed = false;
    QVERIFY(flatDisagreement(input, &listed).isEmpty());
    if (scans)
        QVERIFY(listed);
}

void TestJson::topLevelScanCanBeTurnedOff()
{
    // The switch the loader's tests use to compare the scan with the full path.
    const std::string_view line = R"({"event_id": "evt-00000001"})";
    std::array<ScannedMember, 1> found;
    const std::array<std::string_view, 1> keys = { "event_id" };
    QVERIFY(scanTopLevelMembers(line, keys, found));
    QCOMPARE(found[0].text, std::string_view("evt-00000001"));
    setTopLevelScanEnabled(false);
    QVERIFY(!scanTopLevelMembers(line, keys, found));
    QCOMPARE(found[0].kind, ScannedMember::Kind::Missing);
    setTopLevelScanEnabled(true);
    QVERIFY(scanTopLevelMembers(line, keys, found));
}

void TestJson::flatListing()
{
    // parseFlat() lists the members and their items, nothing deeper, and gives
    // up where the DOM would have to decide (flatDisagreement() checks the rest).
    const std::string_view record = R"({"a": [1, "x", {"k": [2]}, true], "b": {"c": "d",)"
                                    R"( "e": {"f": 1}}, "g": "h\n", "n": -12, "z": null})";
    FlatDocument doc;
    QVERIFY(parseFlat(record, doc));
    QCOMPARE(doc.members.size(), std::size_t(5));
    QCOMPARE(doc.members[0].key, std::string_view("a"));
    const auto a = doc.children(doc.members[0].value);
    QCOMPARE(a.size(), std::size_t(4));
    QCOMPARE(a[1].value.raw, std::string_view("x"));
    QCOMPARE(a[2].value.kind, ScannedMember::Kind::Object);
    QCOMPARE(a[2].value.count, 0u); // deeper than the members' items
    QCOMPARE(a[3].value.raw, std::string_view("true"));
    const auto b = doc.children(doc.find("b")->value);
    QCOMPARE(b.size(), std::size_t(2));
    QCOMPARE(b[0].key, std::string_view("c"));
    QCOMPARE(b[1].key, std::string_view("e"));
    QVERIFY(doc.find("g")->value.escaped);
    QCOMPARE(doc.find("g")->value.raw, std::string_view(R"(h\n)"));
    QVERIFY(doc.find("n")->value.integer);
    QCOMPARE(doc.find("n")->value.raw, std::string_view("-12"));
    QCOMPARE(doc.find("z")->value.kind, ScannedMember::Kind::Null);
    QVERIFY(!doc.find("k"));
    QVERIFY(flatDisagreement(QByteArray(record.data(), qsizetype(record.size()))).isEmpty());

    for (const std::string_view refused : {
             R"({"a\n": 1})", // an escaped key
             R"({"x": [1], "a": {"b": {"c": 1, "c": 2}}})", // a duplicate, deep
             R"({"a": 1, "a": 2})",
             R"([{"a": 1}])",
             R"({"x": ["y"], "a": 1,})",
             R"({"a": 18446744073709551616})",
         }) {
        QVERIFY2(!parseFlat(refused, doc), refused.data());
        QVERIFY(doc.members.empty() && doc.items.empty()); // nothing half listed is left
    }
    // At most 1,024 items, whatever a hostile file holds (48 bytes each).
    const auto zeros = [](int n) {
        std::string out = R"({"a": [0)";
        for (int i = 1; i < n; ++i)
            out += ",0";
        return out + "]}";
    };
    QVERIFY(parseFlat(zeros(1024), doc));
    QCOMPARE(doc.items.size(), std::size_t(1024));
    QVERIFY(!parseFlat(zeros(1025), doc));
    // Several arrays together count too.
    QVERIFY(!parseFlat(zeros(1000).substr(0, zeros(1000).size() - 1) + R"(, "b": [)"
            + zeros(30).substr(7, zeros(30).size() - 9) + "]}",
        doc));
    // A caller may stop the listing at a member it will not use.
    doc.keep = [](const FlatMember &m) { return m.key != "stop"; };
    QVERIFY(parseFlat(R"({"go": 1, "x": [2]})", doc));
    QVERIFY(!parseFlat(R"({"go": 1, "stop": 2, "x": [3]})", doc));
    doc.keep = nullptr;
    setFlatParseEnabled(false);
    QVERIFY(!parseFlat(record, doc));
    setFlatParseEnabled(true);
    QVERIFY(parseFlat(record, doc));
}

void TestJson::stringBytesAtEveryOffset()
{
    // The fast path skips plain string bytes eight at a time: every byte that
    // ends a run (quote, backslash, control, non-ASCII) must stop it wherever
    // it stands in a word and however near the end of the input.
    const QList<QByteArray> bytes = { QByteArray("\""), "\\n", "\\u00e9", "\\", "\x1f",
        QByteArray("\0", 1), "\x01", "\t", "\x7f", "\xc3\xa9", "\xe2\x82\xac", "\xff", "\xc3", " ",
        "!", "#", "[", "]", "~", "A" };
    int fast = 0;
    for (int length = 0; length <= 20; ++length) {
        for (int at = 0; at <= length; ++at) {
            for (const QByteArray &b : bytes) {
                const QByteArray text = QByteArray(at, 'a') + b + QByteArray(length - at, 'z');
                for (const QByteArray &doc :
                    { "\"" + text + "\"", "{\"k\": \"" + text + "\"}", "{\"" + text + "\": 1}" }) {
                    const std::string_view view(doc.constData(), std::size_t(doc.size()));
                    const auto checked = parseJsonChecked(view);
                    Json value;
                    if (parseJsonFast(view, value)) {
                        ++fast;
                        QVERIFY2(checked.ok() && sameTree(value, checked.value), doc.constData());
                    }
                    QCOMPARE(parse(doc).ok(), checked.ok());
                    const QString scan = scanDisagreement(doc);
                    QVERIFY2(scan.isEmpty(), qPrintable(scan));
                }
            }
        }
    }
    QVERIFY(fast > 3000); // the fast path did read the documents it can
}

void TestJson::sha256KnownAnswers()
{
    // FIPS 180-2's examples, through the path this machine takes.
    QCOMPARE(sha256Hex(""),
        QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(sha256Hex("abc"),
        QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
        QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    const std::string million(1000000, 'a');
    QCOMPARE(sha256Hex(million),
        QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

void TestJson::sha256MatchesQtAtEveryLength()
{
    // Every length from 0 to 1,100 (each padding case, one block to many) and
    // some large ones, random bytes, against QCryptographicHash.
    if (!sha256UsesCpuExtensions())
        QSKIP("this CPU has no SHA extensions: both sides would be QCryptographicHash");
    QRandomGenerator random(19);
    std::string bytes;
    auto check = [&](std::size_t size) {
        bytes.resize(size);
        for (char &c : bytes)
            c = char(random.generate() & 0xff);
        const QByteArray expected = QCryptographicHash::hash(
            QByteArrayView(bytes.data(), qsizetype(bytes.size())), QCryptographicHash::Sha256);
        const Sha256Digest got = sha256(bytes);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(got.data()), qsizetype(got.size())),
            expected);
    };
    for (std::size_t size = 0; size <= 1100; ++size) {
        check(size);
        if (QTest::currentTestFailed())
            return;
    }
    for (const std::size_t size : { 4095, 4096, 4097, 65536 + 55, 1 << 20 })
        check(size);
    // And the switch tests use to take Qt's path.
    setSha256CpuExtensionsEnabled(false);
    const auto restore = qScopeGuard([] { setSha256CpuExtensionsEnabled(true); });
    QVERIFY(!sha256UsesCpuExtensions());
    QCOMPARE(sha256Hex("abc"),
        QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    setSha256CpuExtensionsEnabled(true);
}

QTEST_GUILESS_MAIN(TestJson)

#include "tst_json.moc"
