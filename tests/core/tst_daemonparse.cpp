// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// DaemonResponseParser: the daemon's reference answers, every way an
// answer can be wrong, and arbitrary bytes (never a crash, always a reason).

#include "core/daemon/daemonresponseparser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace SyncDesk;

namespace {

QByteArray reference(const char *name)
{
    QFile f(QStringLiteral(SYNCDESK_TEST_DATA "/reference/service/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return f.readAll();
}

} // namespace

class TestDaemonParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void health_data();
    void health();
    void ready_data();
    void ready();
    void eventsReference();
    void events_data();
    void events();
    void arbitraryBytesNeverCrash();
};

void TestDaemonParse::health_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("live");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("reference") << reference("healthz.json") << true << true << QString();
    QTest::newRow("not live") << QByteArray(R"({"live": false})") << true << false << QString();
    QTest::newRow("odd info fields")
        << QByteArray(R"({"live": true, "version": 3})") << true << true << QString();
    QTest::newRow("no live") << QByteArray(R"({"component": "x"})") << false << false << "\"live\"";
    QTest::newRow("live as text") << QByteArray(R"({"live": "true"})") << false << false
                                  << "\"live\"";
    QTest::newRow("array") << QByteArray("[true]") << false << false << "not an object";
    QTest::newRow("empty") << QByteArray() << false << false << "empty body";
    QTest::newRow("truncated") << reference("healthz.json").left(20) << false << false
                               << "invalid JSON";
    QTest::newRow("trailing bytes")
        << QByteArray(R"({"live": true} x)") << false << false << "invalid JSON";
    QTest::newRow("NaN") << QByteArray(R"({"live": true, "x": NaN})") << false << false
                         << "invalid JSON";
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF{\"live\": true}") << false << false << "invalid JSON";
    QTest::newRow("nested 100k deep")
        << QByteArray(100000, '[') << false << false << "invalid JSON";
}

void TestDaemonParse::health()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(bool, live);
    QFETCH(QString, errorPart);
    const auto result = DaemonResponseParser::parseHealth(body);
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result->live, live);
        QVERIFY(result.error().isEmpty());
    } else {
        QVERIFY2(result.error().contains(errorPart), qPrintable(result.error()));
        QVERIFY(result.error().contains(QLatin1String("/healthz")));
    }
    if (QByteArray(QTest::currentDataTag()) == "reference") {
        QCOMPARE(result->component, QStringLiteral("sourceos-syncd"));
        QCOMPARE(result->version, QStringLiteral("0.1.0"));
        QCOMPARE(result->generatedAt, QStringLiteral("2026-05-05T00:00:00Z"));
    }
}

void TestDaemonParse::ready_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("errorPart");

    const QByteArray healthy = reference("readyz.healthy.json");
    const QByteArray uninit = reference("readyz.uninitialized.json");
    QTest::newRow("healthy 200") << 200 << healthy << true << true
                                 << "All required state integrity invariants pass." << QString();
    QTest::newRow("uninitialized 503")
        << 503 << uninit << true << false << "Local state store is not initialized." << QString();
    QTest::newRow("ready false on 200") << 200 << QByteArray(R"({"ready": false, "summary": "s"})")
                                        << true << false << "s" << QString();
    QTest::newRow("ready true on 503 is not believed")
        << 503 << QByteArray(R"({"ready": true, "summary": "s"})") << true << false << "s"
        << QString();
    QTest::newRow("summary not text") << 200 << QByteArray(R"({"ready": true, "summary": 42})")
                                      << true << true << QString() << QString();
    QTest::newRow("500") << 500 << healthy << false << false << QString() << "HTTP 500";
    QTest::newRow("404") << 404 << QByteArray(R"({"error": "not_found"})") << false << false
                         << QString() << "HTTP 404";
    QTest::newRow("no ready") << 200 << QByteArray("{}") << false << false << QString()
                              << "\"ready\"";
    QTest::newRow("ready null") << 503 << QByteArray(R"({"ready": null})") << false << false
                                << QString() << "\"ready\"";
    QTest::newRow("html") << 503 << QByteArray("<html>busy</html>") << false << false << QString()
                          << "invalid JSON";
    QTest::newRow("string") << 200 << QByteArray("\"ready\"") << false << false << QString()
                            << "not an object";
}

void TestDaemonParse::ready()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(bool, ready);
    QFETCH(QString, summary);
    QFETCH(QString, errorPart);
    const auto result = DaemonResponseParser::parseReady(status, body);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QVERIFY2(result.error().contains(errorPart), qPrintable(result.error()));
        return;
    }
    QCOMPARE(result->ready, ready);
    QCOMPARE(result->summary, summary);
    QCOMPARE(result->httpStatus, status);
    if (QByteArray(QTest::currentDataTag()) == "uninitialized 503") {
        QCOMPARE(result->status, QStringLiteral("uninitialized"));
        QCOMPARE(result->severity, QStringLiteral("warning"));
    }
}

void TestDaemonParse::eventsReference()
{
    const auto result = DaemonResponseParser::parseEvents(reference("events.json"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->size(), 1);
    const DaemonEvent &e = result->constFirst();
    QCOMPARE(e.eventId, QStringLiteral("evt-00000001"));
    QCOMPARE(e.eventType, QStringLiteral("add"));
    QCOMPARE(e.lane, QStringLiteral("normal"));
    QCOMPARE(e.objectId, QStringLiteral("object:alpha"));
    QCOMPARE(e.producer, QStringLiteral("pytest"));
    QCOMPARE(e.createdAt, QStringLiteral("2026-05-05T00:01:00Z"));
    QVERIFY(e.createdAtMsecs.has_value());
    QCOMPARE(
        *e.createdAtMsecs, QDateTime(QDate(2026, 5, 5), QTime(0, 1), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(e.payloadJson, QStringLiteral(R"({"path":"README.md"})"));
}

void TestDaemonParse::events_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count"); // -1: an error is expected
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty list") << QByteArray(R"({"events": []})") << 0 << QString();
    QTest::newRow("minimal event")
        << QByteArray(R"({"events": [{"event_id": "e"}]})") << 1 << QString();
    QTest::newRow("nulls read as absent")
        << QByteArray(R"({"events": [{"event_id": "e", "lane": null, "payload": null}]})") << 1
        << QString();
    QTest::newRow("no events key") << QByteArray("{}") << -1 << "\"events\"";
    QTest::newRow("events is object") << QByteArray(R"({"events": {}})") << -1 << "\"events\"";
    QTest::newRow("event is number")
        << QByteArray(R"({"events": [{"event_id": "a"}, 1]})") << -1 << "event 2 is";
    QTest::newRow("no event_id") << QByteArray(R"({"events": [{"lane": "normal"}]})") << -1
                                 << "no event_id";
    QTest::newRow("empty event_id")
        << QByteArray(R"({"events": [{"event_id": ""}]})") << -1 << "no event_id";
    QTest::newRow("event_id number")
        << QByteArray(R"({"events": [{"event_id": 7}]})") << -1 << "event_id";
    QTest::newRow("lane list") << QByteArray(R"({"events": [{"event_id": "e", "lane": []}]})") << -1
                               << "lane";
    QTest::newRow("top-level list") << QByteArray("[]") << -1 << "not an object";
    QTest::newRow("garbage") << QByteArray("\x00\xff\xfe", 3) << -1 << "invalid JSON";
}

void TestDaemonParse::events()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(QString, errorPart);
    const auto result = DaemonResponseParser::parseEvents(body);
    if (count < 0) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(errorPart), qPrintable(result.error()));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->size(), count);
    if (count == 1) {
        QCOMPARE(result->constFirst().eventId, QStringLiteral("e"));
        QVERIFY(!result->constFirst().createdAtMsecs.has_value());
        QVERIFY(result->constFirst().lane.isEmpty());
    }
    if (QByteArray(QTest::currentDataTag()) == "nulls read as absent")
        QCOMPARE(result->constFirst().payloadJson, QStringLiteral("null"));
}

void TestDaemonParse::arbitraryBytesNeverCrash()
{
    // Every prefix of each reference answer, then random byte flips: each call
    // gives a value or a non-empty reason.
    const QByteArray samples[]
        = { reference("healthz.json"), reference("readyz.healthy.json"), reference("events.json") };
    int failures = 0;
    auto check = [&](const QByteArray &bytes) {
        const auto h = DaemonResponseParser::parseHealth(bytes);
        const auto r = DaemonResponseParser::parseReady(503, bytes);
        const auto e = DaemonResponseParser::parseEvents(bytes);
        for (const QString *error : { &h.error(), &r.error(), &e.error() })
            failures += error->isEmpty() ? 0 : 1;
        QVERIFY(h.ok() || !h.error().isEmpty());
        QVERIFY(r.ok() || !r.error().isEmpty());
        QVERIFY(e.ok() || !e.error().isEmpty());
    };
    for (const QByteArray &sample : samples)
        for (qsizetype n = 0; n < sample.size(); ++n)
            check(sample.left(n));
    QRandomGenerator random(20260505);
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes = samples[i % 3];
        for (int flips = 1 + int(random.bounded(4)); flips > 0; --flips)
            bytes[qsizetype(random.bounded(quint32(bytes.size())))] = char(random.bounded(256));
        check(bytes);
    }
    QVERIFY(failures > 0); // the loop did reach the error paths
}

QTEST_GUILESS_MAIN(TestDaemonParse)
#include "tst_daemonparse.moc"
