// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// DaemonClient against a loopback server in this process whose bytes the test
// controls: the daemon's reference answers, the state machine, refused hosts and
// backoff (hostile servers are in tst_daemonhostile). Only loopback is contacted.

#include "core/daemon/daemonclient.h"

#include "daemontestserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace SyncDesk;
using State = DaemonClient::State;
using Route = DaemonTestServer::Route;

namespace {

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort(); // closed again when probe goes
}

} // namespace

class TestDaemonClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyFromReference();
    void notReadyFromReference();
    void eventsFromReference();
    void eventsFailInline();
    void refusalFor_data();
    void refusalFor();
    void nonLoopbackIsRefusedWithoutConnecting();
    void otherLoopbackAddress();
    void storeRootIsEncoded();
    void backoffDoublesAndResets();
    void stopAbortsInFlight();
    void readyz500IsLiveReadinessUnknown();
    void readyzSlowIsLiveReadinessUnknown();
    void readyzMalformedIsLiveReadinessUnknown();
    void readinessUnknownThenReady();
    void repairPlanFromReference();
    void repairPlanFailsInline();
    void placeholdersAreNeverRequested();
};

void TestDaemonClient::readyFromReference()
{
    DaemonTestServer server;
    server.serveReference();
    DaemonClient client;
    makeFast(client, server.url());
    QSignalSpy spy(&client, &DaemonClient::stateChanged);
    QCOMPARE(client.state(), State::Unknown);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Ready, 3000);
    QCOMPARE(client.message(), QStringLiteral("All required state integrity invariants pass."));
    QCOMPARE(client.health().version, QStringLiteral("0.1.0"));
    QCOMPARE(client.readiness().status, QStringLiteral("healthy"));
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(0).at(0).value<State>(), State::Live);
    QCOMPARE(spy.at(1).at(0).value<State>(), State::Ready);
    QCOMPARE(client.nextPollDelay(), 10000);
    QCOMPARE(client.requestCount(), quint64(2));
}

void TestDaemonClient::notReadyFromReference()
{
    DaemonTestServer server;
    server.serveReference(false);
    DaemonClient client;
    makeFast(client, server.url());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::NotReady, 3000);
    QCOMPARE(client.message(), QStringLiteral("Local state store is not initialized."));
    QCOMPARE(client.readiness().status, QStringLiteral("uninitialized"));
    QCOMPARE(client.readiness().severity, QStringLiteral("warning"));
    QCOMPARE(client.readiness().httpStatus, 503);
    // Not ready is an answer, not an outage: the normal interval, no backoff.
    QCOMPARE(client.nextPollDelay(), 10000);
}

void TestDaemonClient::eventsFromReference()
{
    DaemonTestServer server;
    server.serveReference();
    DaemonClient client;
    makeFast(client, server.url());
    QSignalSpy received(&client, &DaemonClient::eventsReceived);
    QSignalSpy failed(&client, &DaemonClient::eventsFailed);
    client.fetchEvents();
    QVERIFY(received.wait(3000));
    QCOMPARE(failed.size(), 0);
    const auto events = received.at(0).at(0).value<DaemonEventList>();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().eventId, QStringLiteral("evt-00000001"));
    QCOMPARE(events.constFirst().payloadJson, QStringLiteral(R"({"path":"README.md"})"));
    QVERIFY(server.requestHeads.constLast().startsWith("GET /events HTTP/1.1"));
}

void TestDaemonClient::eventsFailInline()
{
    DaemonTestServer server;
    server.route("/events", 500, R"({"error": "RuntimeError", "message": "boom"})");
    DaemonClient client;
    makeFast(client, server.url());
    QSignalSpy failed(&client, &DaemonClient::eventsFailed);
    client.fetchEvents();
    QVERIFY(failed.wait(3000));
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("HTTP 500")),
        qPrintable(failed.at(0).at(0).toString()));
    // A failing journal says nothing about the polled state.
    QCOMPARE(client.state(), State::Unknown);
}

void TestDaemonClient::refusalFor_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowRemote");
    QTest::addColumn<bool>("refused");

    QTest::newRow("default") << "http://127.0.0.1:8765" << false << false;
    QTest::newRow("127/8") << "http://127.0.0.2:8765" << false << false;
    QTest::newRow("127.255.255.254") << "http://127.255.255.254" << false << false;
    QTest::newRow("localhost") << "http://localhost:8765" << false << false;
    QTest::newRow("LOCALHOST") << "http://LOCALHOST:8765" << false << false;
    QTest::newRow("::1") << "http://[::1]:8765" << false << false;
    QTest::newRow("https loopback") << "https://127.0.0.1" << false << false;
    QTest::newRow("10.0.0.1") << "http://10.0.0.1:8765" << false << true;
    QTest::newRow("10.0.0.1 allowed") << "http://10.0.0.1:8765" << true << false;
    QTest::newRow("0.0.0.0") << "http://0.0.0.0:8765" << false << true;
    QTest::newRow("name") << "http://daemon.example:8765" << false << true;
    QTest::newRow("name allowed") << "http://daemon.example:8765" << true << false;
    QTest::newRow("loopback-looking name") << "http://127.0.0.1.example.com" << false << true;
    QTest::newRow("localhost suffix") << "http://localhost.example.com" << false << true;
    QTest::newRow("file") << "file:///run/syncd.sock" << true << true;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << true << true;
    QTest::newRow("no host") << "http:///healthz" << true << true;
}

void TestDaemonClient::refusalFor()
{
    QFETCH(QString, url);
    QFETCH(bool, allowRemote);
    QFETCH(bool, refused);
    const auto refusal = DaemonClient::refusalFor(QUrl(url), allowRemote);
    QCOMPARE(refusal.has_value(), refused);
    if (refusal)
        QVERIFY(!refusal->isEmpty());
}

void TestDaemonClient::nonLoopbackIsRefusedWithoutConnecting()
{
    DaemonClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://10.0.0.1:8765")));
    QSignalSpy spy(&client, &DaemonClient::stateChanged);
    QSignalSpy failed(&client, &DaemonClient::eventsFailed);
    client.start();
    // Refused synchronously: there is no request to wait for.
    QCOMPARE(client.state(), State::Refused);
    QVERIFY2(client.message().contains(QLatin1String("10.0.0.1")), qPrintable(client.message()));
    QCOMPARE(spy.size(), 1);
    client.fetchEvents();
    QVERIFY(failed.wait(1000));
    QCOMPARE(client.requestCount(), quint64(0));
    QCOMPARE(client.nextPollDelay(), 0); // nothing retries a refusal by itself
    QTest::qWait(50);
    QCOMPARE(client.requestCount(), quint64(0));
}

void TestDaemonClient::otherLoopbackAddress()
{
    DaemonTestServer server(QHostAddress(QStringLiteral("127.0.0.2")));
    server.serveReference();
    DaemonClient client;
    makeFast(client, server.url());
    QVERIFY(!client.allowRemoteHosts());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Ready, 3000);
}

void TestDaemonClient::storeRootIsEncoded()
{
    const QString root = QStringLiteral("/tmp/a b+c&d%20é");
    const QUrl url = DaemonClient::endpointUrl(
        QUrl(QStringLiteral("http://127.0.0.1:8765/prefix/")), QStringLiteral("/readyz"), root);
    QCOMPARE(url.path(), QStringLiteral("/prefix/readyz"));
    QCOMPARE(url.query(QUrl::FullyEncoded),
        QStringLiteral("store_root=%2Ftmp%2Fa%20b%2Bc%26d%2520%C3%A9"));

    DaemonTestServer server;
    server.serveReference();
    DaemonClient client;
    makeFast(client, server.url());
    client.setStoreRoot(root);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Ready, 3000);
    QVERIFY2(server.requestHeads.constFirst().startsWith(
                 "GET /healthz?store_root=%2Ftmp%2Fa%20b%2Bc%26d%2520%C3%A9 HTTP/1.1"),
        server.requestHeads.constFirst().constData());
}

void TestDaemonClient::backoffDoublesAndResets()
{
    const quint16 port = unusedPort();
    DaemonClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    client.setPollInterval(50);
    client.setBackoff(20, 160);
    client.setTimeouts(300, 1000);
    QSignalSpy polls(&client, &DaemonClient::pollFinished);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(polls.size() >= 6, 5000);
    QCOMPARE(client.state(), State::Unreachable);
    QVERIFY2(client.message().contains(QLatin1String("refused")), qPrintable(client.message()));
    QList<int> delays;
    for (const auto &args : std::as_const(polls))
        delays.append(args.at(0).toInt());
    QCOMPARE(delays.mid(0, 6), (QList<int> { 20, 40, 80, 160, 160, 160 }));

    // The daemon comes back on the same port: the normal interval again.
    auto server = std::make_unique<DaemonTestServer>(QHostAddress::LocalHost, port);
    server->serveReference();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Ready, 3000);
    QCOMPARE(client.nextPollDelay(), 50);

    // ...and goes away again: backoff starts over from the first step.
    server.reset();
    polls.clear();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Unreachable, 3000);
    QTRY_VERIFY(polls.size() >= 2);
    QCOMPARE(polls.at(0).at(0).toInt(), 20);
    QCOMPARE(polls.at(1).at(0).toInt(), 40);
}

void TestDaemonClient::stopAbortsInFlight()
{
    DaemonTestServer server;
    server.route("/healthz", Route { {}, Route::Mode::Silent });
    DaemonClient client;
    makeFast(client, server.url());
    client.setTimeouts(200, 400);
    QSignalSpy spy(&client, &DaemonClient::stateChanged);
    client.start();
    QTRY_COMPARE(server.connections, 1);
    client.stop();
    QVERIFY(!client.isRunning());
    QTest::qWait(600); // past both timeouts: an aborted request reports nothing
    QCOMPARE(spy.size(), 0);
    QCOMPARE(client.state(), State::Unknown);
    QCOMPARE(client.requestCount(), quint64(1));
}

void TestDaemonClient::readyz500IsLiveReadinessUnknown()
{
    DaemonTestServer server;
    server.route("/healthz", 200, DaemonTestServer::reference("healthz.json"));
    server.route("/readyz", 500, DaemonTestServer::reference("readyz.error-500.json"));
    DaemonClient client;
    makeFast(client, server.url());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::LiveReadinessUnknown, 3000);
    // Why, with the daemon's own error: the reader can tell a broken object from an outage.
    QVERIFY2(client.message().contains(QLatin1String("HTTP 500")), qPrintable(client.message()));
    QVERIFY2(
        client.message().contains(QLatin1String("JSONDecodeError")), qPrintable(client.message()));
    QCOMPARE(client.health().version, QStringLiteral("0.1.0"));
    QVERIFY(!client.readiness().ready);
    QVERIFY(client.readiness().status.isEmpty());
    // Not polled harder than an outage.
    QCOMPARE(client.nextPollDelay(), 10000);
}

void TestDaemonClient::readyzSlowIsLiveReadinessUnknown()
{
    DaemonTestServer server;
    server.route("/healthz", 200, DaemonTestServer::reference("healthz.json"));
    // Longer than the client waits: /readyz with a remote policy service.
    server.route("/readyz", Route { {}, Route::Mode::Silent });
    DaemonClient client;
    makeFast(client, server.url());
    client.setTimeouts(200, 400);
    QSignalSpy spy(&client, &DaemonClient::stateChanged);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::LiveReadinessUnknown, 3000);
    QVERIFY2(client.message().contains(QLatin1String("no data for")), qPrintable(client.message()));
    for (const auto &args : std::as_const(spy))
        QVERIFY(args.at(0).value<State>() != State::Unreachable);
}

void TestDaemonClient::readyzMalformedIsLiveReadinessUnknown()
{
    DaemonTestServer server;
    server.route("/healthz", 200, DaemonTestServer::reference("healthz.json"));
    server.route("/readyz", 200, R"({"status": "healthy"})");
    DaemonClient client;
    makeFast(client, server.url());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::LiveReadinessUnknown, 3000);
    QVERIFY2(client.message().contains(QLatin1String("\"ready\"")), qPrintable(client.message()));
}

void TestDaemonClient::readinessUnknownThenReady()
{
    DaemonTestServer server;
    server.route("/healthz", 200, DaemonTestServer::reference("healthz.json"));
    server.route("/readyz", 500, DaemonTestServer::reference("readyz.error-500.json"));
    DaemonClient client;
    makeFast(client, server.url());
    client.setBackoff(50, 50);
    QSignalSpy spy(&client, &DaemonClient::stateChanged);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::LiveReadinessUnknown, 3000);
    const qsizetype before = spy.size();
    server.route("/readyz", 200, DaemonTestServer::reference("readyz.degraded.json"));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Ready, 3000);
    // Straight from unknown to ready: no flicker through "live" on the way.
    QCOMPARE(spy.size(), before + 1);
    QCOMPARE(client.readiness().status, QStringLiteral("degraded"));
}

void TestDaemonClient::repairPlanFromReference()
{
    DaemonTestServer server;
    server.route("/repairz", 200, DaemonTestServer::reference("repairz.degraded.json"));
    DaemonClient client;
    makeFast(client, server.url());
    QSignalSpy received(&client, &DaemonClient::repairPlanReceived);
    client.fetchRepairPlan();
    QVERIFY(received.wait(3000));
    const auto plan = received.at(0).at(0).value<DaemonRepairPlan>();
    QCOMPARE(plan.planId, QStringLiteral("repair-plan-413000cddca73f48"));
    QCOMPARE(plan.status, QStringLiteral("preview"));
    QVERIFY(plan.previewOnly);
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps.constFirst().id, QStringLiteral("verify_or_rebuild_shadow"));
    QVERIFY(!plan.steps.constFirst().destructive);
    QCOMPARE(plan.blockedSteps.size(), 1);
    QCOMPARE(plan.blockedSteps.constFirst().id, QStringLiteral("apply_destructive_changes"));
    QVERIFY(server.requestHeads.constLast().startsWith("GET /repairz HTTP/1.1"));
    // Reading a plan is not polling: the state is untouched.
    QCOMPARE(client.state(), State::Unknown);
}

void TestDaemonClient::repairPlanFailsInline()
{
    DaemonTestServer server;
    server.route("/repairz", 500, R"({"error": "ValueError", "message": "bad object"})");
    DaemonClient client;
    makeFast(client, server.url());
    QSignalSpy failed(&client, &DaemonClient::repairPlanFailed);
    client.fetchRepairPlan();
    QVERIFY(failed.wait(3000));
    const QString why = failed.at(0).at(0).toString();
    QVERIFY2(why.contains(QLatin1String("HTTP 500")) && why.contains(QLatin1String("bad object")),
        qPrintable(why));
}

void TestDaemonClient::placeholdersAreNeverRequested()
{
    DaemonTestServer server;
    server.serveReference();
    server.route("/repairz", 200, DaemonTestServer::reference("repairz.degraded.json"));
    // Alarming placeholders: if anything read them, it would show.
    for (const char *path : { "/noisez", "/narrativez", "/coherencez", "/authorityz" })
        server.route(path, 200, R"({"status": "unsafe", "ready": false, "alarms": ["x"]})");
    DaemonClient client;
    makeFast(client, server.url());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Ready, 3000);
    QSignalSpy events(&client, &DaemonClient::eventsReceived);
    QSignalSpy plan(&client, &DaemonClient::repairPlanReceived);
    client.fetchEvents();
    client.fetchRepairPlan();
    QTRY_VERIFY_WITH_TIMEOUT(events.size() == 1 && plan.size() == 1, 3000);
    client.pollNow();
    QTRY_COMPARE_WITH_TIMEOUT(client.requestCount(), quint64(6), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestHeads.size(), 6, 3000);
    for (const QByteArray &head : std::as_const(server.requestHeads)) {
        const QByteArray path = head.split(' ').value(1);
        QVERIFY2(path == "/healthz" || path == "/readyz" || path == "/events" || path == "/repairz",
            head.constData());
    }
}

QTEST_GUILESS_MAIN(TestDaemonClient)
#include "tst_daemonclient.moc"
