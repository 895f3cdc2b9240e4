// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// DaemonClient against hostile or broken loopback servers: bad answers, silence,
// dripping bytes, oversized bodies, redirects, cookies and credentials. Each must
// end as "unreachable" with a reason, in bounded time and memory.

#include "core/daemon/daemonclient.h"

#include "daemontestserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace SyncDesk;
using State = DaemonClient::State;
using Route = DaemonTestServer::Route;

namespace { } // namespace

class TestDaemonHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badAnswers_data();
    void badAnswers();
    void silentServerTimesOut();
    void drippingServerHitsDeadline_data();
    void drippingServerHitsDeadline();
    void oversizedAnswerIsCutShort_data();
    void oversizedAnswerIsCutShort();
    void oversizedEvents();
    void redirectIsRefused();
    void credentialsAndCookiesAreNeverSent();
};

void TestDaemonHostile::badAnswers_data()
{
    QTest::addColumn<QByteArray>("healthz");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("503") << DaemonTestServer::response(503, R"({"live": true})") << "HTTP 503";
    QTest::newRow("404") << DaemonTestServer::response(404, R"({"error": "not_found"})")
                         << "HTTP 404";
    // Qt reads past a status line it cannot parse until the peer closes.
    QTest::newRow("garbage bytes") << QByteArray("\x00\x17garbage\xff\r\n\r\n", 14) << "answer";
    QTest::newRow("html body") << DaemonTestServer::response(
        200, "<html>hi</html>", "text/html; charset=utf-8")
                               << "text/html";
    QTest::newRow("no content type")
        << DaemonTestServer::response(200, R"({"live": true})", QByteArray()) << "no content type";
    QTest::newRow("JSON type, not JSON")
        << DaemonTestServer::response(200, "<html>hi</html>") << "invalid JSON";
    QTest::newRow("empty body") << DaemonTestServer::response(200, QByteArray()) << "empty body";
    QTest::newRow("not live") << DaemonTestServer::response(200, R"({"live": false})")
                              << "not live";
    QTest::newRow("truncated body")
        << DaemonTestServer::response(200, DaemonTestServer::reference("healthz.json")).chopped(10)
        << "closed before a complete answer";
}

void TestDaemonHostile::badAnswers()
{
    QFETCH(QByteArray, healthz);
    QFETCH(QString, reasonPart);
    DaemonTestServer server;
    server.serveReference();
    server.route("/healthz", Route { healthz });
    DaemonClient client;
    makeFast(client, server.url());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Unreachable, 3000);
    QVERIFY2(client.message().contains(reasonPart), qPrintable(client.message()));
    QCOMPARE(client.nextPollDelay(), 10000); // the first backoff step
}

void TestDaemonHostile::silentServerTimesOut()
{
    DaemonTestServer server;
    server.route("/healthz", Route { {}, Route::Mode::Silent });
    DaemonClient client;
    makeFast(client, server.url());
    client.setTimeouts(200, 5000);
    QElapsedTimer clock;
    clock.start();
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Unreachable, 3000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(client.message().contains(QLatin1String("no data")), qPrintable(client.message()));
    QVERIFY2(elapsed >= 150 && elapsed < 1500, qPrintable(QString::number(elapsed)));
    QCOMPARE(server.connections, 1);
}

void TestDaemonHostile::drippingServerHitsDeadline_data()
{
    QTest::addColumn<bool>("headToo");
    QTest::newRow("body drips") << false;
    QTest::newRow("head drips") << true;
}

void TestDaemonHostile::drippingServerHitsDeadline()
{
    QFETCH(bool, headToo);
    // One byte every 40 ms never leaves the line silent for the 300 ms transfer
    // timeout; only the total deadline can end it.
    DaemonTestServer server;
    Route drip { DaemonTestServer::response(200, QByteArray(100000, ' ')), Route::Mode::Drip, 40 };
    drip.headToo = headToo;
    server.route("/healthz", drip);
    DaemonClient client;
    makeFast(client, server.url());
    client.setTimeouts(300, 800);
    QElapsedTimer clock;
    clock.start();
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Unreachable, 4000);
    const qint64 elapsed = clock.elapsed();
    // Qt's transfer timer only counts body bytes: a dripping head meets it, a
    // dripping body only meets the deadline.
    const QString expected = headToo ? QStringLiteral("no data for 0.3 s")
                                     : QStringLiteral("no complete answer within 0.8 s");
    QVERIFY2(client.message().contains(expected), qPrintable(client.message()));
    QVERIFY2(
        elapsed >= (headToo ? 250 : 750) && elapsed < 2500, qPrintable(QString::number(elapsed)));
    QVERIFY(server.bytesWritten > 5);
    QTRY_VERIFY(server.peerClosed);
}

void TestDaemonHostile::oversizedAnswerIsCutShort_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length announced") << true;
    QTest::newRow("length unknown") << false;
}

void TestDaemonHostile::oversizedAnswerIsCutShort()
{
    QFETCH(bool, announced);
    // 5 MiB paced at 64 KiB per 5 ms would take ~400 ms; a 1 MiB cap must stop
    // it after about a fifth of that, and the server must see the hang-up.
    const QByteArray body
        = "{\"live\": true, \"pad\": \"" + QByteArray(5 * 1024 * 1024, 'x') + "\"}";
    QByteArray raw = announced
        ? DaemonTestServer::response(200, body)
        : "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + body;
    DaemonTestServer server;
    server.route("/healthz", Route { raw, Route::Mode::Paced, 5, 64 * 1024 });
    DaemonClient client;
    makeFast(client, server.url());
    client.setResponseLimits(1024 * 1024, 8 * 1024 * 1024);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Unreachable, 3000);
    QVERIFY2(client.message().contains(QLatin1String("larger than")), qPrintable(client.message()));
    QTRY_VERIFY_WITH_TIMEOUT(server.peerClosed, 3000);
    const qint64 limit = announced ? 256 * 1024 : 3 * 1024 * 1024;
    QVERIFY2(server.bytesWritten < limit, qPrintable(QString::number(server.bytesWritten)));
}

void TestDaemonHostile::oversizedEvents()
{
    DaemonTestServer server;
    server.route(
        "/events", 200, "{\"events\": [], \"pad\": \"" + QByteArray(300 * 1024, 'x') + "\"}");
    DaemonClient client;
    makeFast(client, server.url());
    client.setResponseLimits(1024, 256 * 1024);
    QSignalSpy failed(&client, &DaemonClient::eventsFailed);
    client.fetchEvents();
    QVERIFY(failed.wait(3000));
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("larger than")),
        qPrintable(failed.at(0).at(0).toString()));
}

void TestDaemonHostile::redirectIsRefused()
{
    DaemonTestServer target;
    target.serveReference();
    DaemonTestServer server;
    server.route("/healthz",
        Route { DaemonTestServer::response(
            302, {}, {}, "Location: " + target.url().toLatin1() + "/healthz\r\n") });
    DaemonClient client;
    makeFast(client, server.url());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Unreachable, 3000);
    QVERIFY2(
        client.message().contains(QLatin1String("redirect refused")), qPrintable(client.message()));
    QTest::qWait(100);
    QCOMPARE(target.connections, 0);
    QCOMPARE(server.connections, 1);
}

void TestDaemonHostile::credentialsAndCookiesAreNeverSent()
{
    DaemonTestServer server;
    server.serveReference();
    server.route("/healthz",
        Route { DaemonTestServer::response(200, DaemonTestServer::reference("healthz.json"),
            "application/json; charset=utf-8", "Set-Cookie: session=s3cret; Path=/\r\n") });
    DaemonClient client;
    makeFast(client, server.url().replace(QLatin1String("http://"), QLatin1String("http://u:pw@")));
    QVERIFY(client.baseUrl().userInfo().isEmpty());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Ready, 3000);
    client.pollNow(); // a second round, after the server tried to set a cookie
    QTRY_COMPARE_WITH_TIMEOUT(server.requestHeads.size(), 4, 3000);
    for (const QByteArray &head : std::as_const(server.requestHeads)) {
        const QByteArray lower = head.toLower();
        QVERIFY2(!lower.contains("\r\ncookie:"), head.constData());
        QVERIFY2(!lower.contains("\r\nauthorization:"), head.constData());
        QVERIFY2(lower.contains("\r\naccept-encoding: identity"), head.constData());
    }
}

QTEST_GUILESS_MAIN(TestDaemonHostile)
#include "tst_daemonhostile.moc"
