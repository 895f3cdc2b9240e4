// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The daemon client never blocks the thread it lives on (the UI thread in the
// window): while a hostile daemon stays silent, drips, or floods, a timer on
// the same thread keeps firing. The server runs on that thread too, so any
// blocking wait in the client would also starve the server and show here.

#include "core/daemon/daemonclient.h"

#include "daemontestserver.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace SyncDesk;
using Route = DaemonTestServer::Route;

class TestDaemonResponsive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventLoopKeepsTurning_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("raw");
        const QByteArray big = DaemonTestServer::response(200, QByteArray(4 * 1024 * 1024, ' '));
        QTest::newRow("silent") << int(Route::Mode::Silent) << QByteArray();
        QTest::newRow("dripping") << int(Route::Mode::Drip) << big;
        QTest::newRow("flooding") << int(Route::Mode::Whole) << big;
    }
    void eventLoopKeepsTurning()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, raw);
        DaemonTestServer server;
        server.route("/healthz", Route { raw, Route::Mode(mode), 20, 0 });
        DaemonClient client;
        makeFast(client, server.url());
        client.setTimeouts(400, 900);

        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, worstGap = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            worstGap = std::max(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start();
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), DaemonClient::State::Unreachable, 5000);
        // Generous for sanitizer builds on a loaded machine; a blocking read
        // would stall for the whole 0.9 s deadline.
        QVERIFY2(worstGap < 400, qPrintable(QString::number(worstGap)));
    }
};

QTEST_GUILESS_MAIN(TestDaemonResponsive)
#include "tst_daemonresponsive.moc"
