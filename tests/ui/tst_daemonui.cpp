// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The daemon's status widget and events view: the model under
// QAbstractItemModelTester, sorting on raw values, the widget's text per state
// and the view against a loopback server (inline failure, no dialog).

#include "core/daemon/daemonclient.h"
#include "core/models/daemoneventsmodel.h"
#include "core/store/storesession.h"
#include "ui/daemon/daemonstatuswidget.h"
#include "ui/daemon/daemonview.h"
#include "ui/daemon/eventsview.h"

#include "daemontestserver.h"
#include "treecopy.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace SyncDesk;
using namespace SyncDesk::Ui;
using State = DaemonClient::State;

namespace {

DaemonEvent makeEvent(const QString &id, const QString &createdAt, const QString &lane = {})
{
    DaemonEvent e;
    e.eventId = id;
    e.eventType = QStringLiteral("add");
    e.lane = lane;
    e.objectId = QStringLiteral("object:") + id;
    e.producer = QStringLiteral("pytest");
    e.createdAt = createdAt;
    const QDateTime t = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    if (t.isValid())
        e.createdAtMsecs = t.toMSecsSinceEpoch();
    e.payloadJson = QStringLiteral(R"({"path":"a","n":1})");
    return e;
}

// For looking at the widgets: SYNCDESK_SCREENSHOTS=/tmp/dir saves each grab, in
// the current palette and in a dark one.
void maybeSave(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SYNCDESK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    widget->grab().save(QDir(dir).filePath(name + QLatin1String(".png")));
    const QPalette light = widget->palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
    dark.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Button, QColor(0x29, 0x2c, 0x30));
    dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x74, 0x78));
    widget->setPalette(dark);
    widget->grab().save(QDir(dir).filePath(name + QLatin1String("-dark.png")));
    widget->setPalette(light);
}

} // namespace

class TestDaemonUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTester();
    void modelSortsOnRawValues_data();
    void modelSortsOnRawValues();
    void modelTimeTextMatchesQt_data();
    void modelTimeTextMatchesQt();
    void statusText_data();
    void statusText();
    void statusFollowsClient();
    void eventsViewShowsEvents();
    void eventsViewFailsInline();
    void pageShowsReadinessUnknown();
    void pageShowsRepairPlanWhenDegraded();
    void pageRefreshesWhenJournalChanges();
};

void TestDaemonUi::modelPassesTester()
{
    DaemonEventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setEvents({ makeEvent(QStringLiteral("evt-1"), QStringLiteral("2026-05-05T00:01:00Z")),
        makeEvent(QStringLiteral("evt-2"), QStringLiteral("not a time")) });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(DaemonEventsModel::ColumnCount));
    const QModelIndex id = model.index(0, DaemonEventsModel::EventIdColumn);
    QCOMPARE(id.data().toString(), QStringLiteral("evt-1"));
    QCOMPARE(model.index(1, DaemonEventsModel::TimeColumn).data().toString(),
        QStringLiteral("not a time"));
    QCOMPARE(model.index(0, DaemonEventsModel::TimeColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("2026-05-05T00:01:00Z"));
    QCOMPARE(model.index(0, DaemonEventsModel::TimeColumn).data().toString(),
        QDateTime(QDate(2026, 5, 5), QTime(0, 1), Qt::UTC)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(model.index(1, DaemonEventsModel::LaneColumn)
                 .data(DaemonEventsModel::EventIdRole)
                 .toString(),
        QStringLiteral("evt-2"));
    QCOMPARE(id.data(DaemonEventsModel::PayloadJsonRole).toString(),
        QStringLiteral(R"({"path":"a","n":1})"));
    QCOMPARE(model.headerData(DaemonEventsModel::ProducerColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
        QStringLiteral("Producer"));
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
    model.setEvents({ makeEvent(QStringLiteral("evt-3"), {}) });
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestDaemonUi::modelSortsOnRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    // Same second on screen, 800 ms apart in fact; a time that is not one, whose
    // text would sort after every date but whose raw value sorts first; and two
    // events at the very same instant, which keep the daemon's order.
    QTest::newRow("time up") << int(DaemonEventsModel::TimeColumn) << Qt::AscendingOrder
                             << QStringList { "bad", "early", "tie-1", "tie-2", "late" };
    QTest::newRow("time down") << int(DaemonEventsModel::TimeColumn) << Qt::DescendingOrder
                               << QStringList { "late", "tie-1", "tie-2", "early", "bad" };
    QTest::newRow("lane up") << int(DaemonEventsModel::LaneColumn) << Qt::AscendingOrder
                             << QStringList { "late", "early", "tie-2", "bad", "tie-1" };
    QTest::newRow("daemon order") << -1 << Qt::AscendingOrder
                                  << QStringList { "late", "bad", "early", "tie-1", "tie-2" };
}

void TestDaemonUi::modelSortsOnRawValues()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    const DaemonEventList events { makeEvent(QStringLiteral("late"),
                                       QStringLiteral("2026-05-05T00:01:00.900Z"),
                                       QStringLiteral("a")),
        makeEvent(QStringLiteral("bad"), QStringLiteral("yesterday"), QStringLiteral("c")),
        makeEvent(QStringLiteral("early"), QStringLiteral("2026-05-05T00:01:00.100Z"),
            QStringLiteral("b")),
        makeEvent(QStringLiteral("tie-1"), QStringLiteral("2026-05-05T00:01:00.500Z"),
            QStringLiteral("d")),
        makeEvent(QStringLiteral("tie-2"), QStringLiteral("2026-05-05T00:01:00.500Z"),
            QStringLiteral("b")) };
    const auto ids = [](const QAbstractItemModel &m) {
        QStringList out;
        for (int row = 0; row < m.rowCount(); ++row)
            out << m.index(row, 0).data(DaemonEventsModel::EventIdRole).toString();
        return out;
    };

    // The model's own sort, with a persistent index that must follow its row.
    DaemonEventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(events);
    const QPersistentModelIndex early = model.index(2, DaemonEventsModel::ObjectColumn);
    model.sort(column, order);
    QCOMPARE(ids(model), expected);
    QCOMPARE(early.data(DaemonEventsModel::EventIdRole).toString(), QStringLiteral("early"));
    QCOMPARE(early.column(), int(DaemonEventsModel::ObjectColumn));
    // A new list comes in sorted the same way.
    model.setEvents(events);
    QCOMPARE(ids(model), expected);

    // A proxy on SortRole agrees (where there are no ties for it to break differently).
    if (column >= 0) {
        DaemonEventsModel plain;
        plain.setEvents(events);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&plain);
        proxy.setSortRole(DaemonEventsModel::SortRole);
        proxy.sort(column, order);
        QCOMPARE(ids(proxy).size(), expected.size());
        if (QByteArray(QTest::currentDataTag()) == "time up")
            QCOMPARE(ids(proxy), expected);
    }
    if (QByteArray(QTest::currentDataTag()) == "time up")
        QCOMPARE(model.index(1, 0).data().toString(), model.index(4, 0).data().toString());
}

void TestDaemonUi::modelTimeTextMatchesQt_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("Berlin") << QByteArray("Europe/Berlin");
    QTest::newRow("New York") << QByteArray("America/New_York");
    QTest::newRow("Lord Howe (half-hour shift)") << QByteArray("Australia/Lord_Howe");
    QTest::newRow("Kathmandu (+05:45)") << QByteArray("Asia/Kathmandu");
}

void TestDaemonUi::modelTimeTextMatchesQt()
{
    // The model formats local time by hand; across both 2026 DST changes of each
    // zone it must say what QDateTime says.
    QFETCH(QByteArray, zone);
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", zone);
    tzset();
    DaemonEventList events;
    const auto add = [&](qint64 from, qint64 to) {
        for (qint64 ms = from; ms < to; ms += 7 * 60 * 1000 + 13 * 1000 + 250) {
            DaemonEvent e;
            e.eventId = QString::number(ms);
            e.createdAtMsecs = ms;
            events.append(e);
        }
    };
    const auto at = [](int y, int m, int d) {
        return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    };
    add(at(2026, 3, 26), at(2026, 4, 7)); // Europe, US and Lord Howe (April)
    add(at(2026, 10, 1), at(2026, 11, 3));
    add(at(1969, 12, 31), at(1970, 1, 2)); // before and after the epoch
    DaemonEventsModel model;
    model.setEvents(events);
    int mismatches = 0;
    int notUtc = 0; // proves the zone took effect
    for (int row = 0; row < model.rowCount() && mismatches < 5; ++row) {
        const QString expected = QDateTime::fromMSecsSinceEpoch(*events.at(row).createdAtMsecs)
                                     .toLocalTime()
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString actual = model.index(row, DaemonEventsModel::TimeColumn).data().toString();
        notUtc += actual
            != QDateTime::fromMSecsSinceEpoch(*events.at(row).createdAtMsecs, Qt::UTC)
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (actual != expected) {
            ++mismatches;
            qWarning() << zone << "row" << row << actual << "!=" << expected;
        }
    }
    if (saved.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", saved);
    tzset();
    QCOMPARE(mismatches, 0);
    QVERIFY(model.rowCount() > 5000);
    QCOMPARE(notUtc > 0, zone != "UTC");
}

void TestDaemonUi::statusText_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("text");

    QTest::newRow("unknown") << State::Unknown << QString() << "Daemon: checking…";
    QTest::newRow("live") << State::Live << QString() << "Daemon running, checking readiness…";
    QTest::newRow("ready") << State::Ready << "All invariants pass."
                           << "Daemon ready";
    QTest::newRow("not ready") << State::NotReady << "Local state store is not initialized."
                               << "Daemon not ready: Local state store is not initialized.";
    QTest::newRow("not ready, no summary") << State::NotReady << QString() << "Daemon not ready";
    QTest::newRow("live, readiness unknown")
        << State::LiveReadinessUnknown << "/readyz answered HTTP 500"
        << "Daemon live, readiness unknown (/readyz answered HTTP 500)";
    QTest::newRow("unreachable") << State::Unreachable << "connection refused"
                                 << "Daemon not reachable";
    QTest::newRow("refused") << State::Refused << "10.0.0.1 is not this computer"
                             << "Daemon host not allowed";
}

void TestDaemonUi::statusText()
{
    QFETCH(State, state);
    QFETCH(QString, message);
    QFETCH(QString, text);
    DaemonStatusWidget widget;
    widget.setState(state, message);
    QCOMPARE(widget.text(), text);
    QCOMPARE(widget.state(), state);
    QVERIFY(widget.toolTip().contains(message));
    QCOMPARE(widget.accessibleName(), QStringLiteral("Daemon status"));
    QVERIFY2(widget.accessibleDescription().startsWith(text),
        qPrintable(widget.accessibleDescription()));
    QVERIFY(widget.accessibleDescription().contains(message));

    // The dot is painted in the state's colour.
    widget.resize(widget.sizeHint());
    const QImage image = widget.grab().toImage();
    const QColor centre
        = image.pixelColor(int(1.5 + widget.fontMetrics().height() * 0.3), image.height() / 2);
    const QColor expected = widget.dotColor();
    QVERIFY2(qAbs(centre.red() - expected.red()) < 8 && qAbs(centre.green() - expected.green()) < 8
            && qAbs(centre.blue() - expected.blue()) < 8,
        qPrintable(centre.name() + QLatin1String(" vs ") + expected.name()));
    maybeSave(&widget, QLatin1String("status-") + QLatin1String(QTest::currentDataTag()));
}

void TestDaemonUi::statusFollowsClient()
{
    DaemonTestServer server;
    server.route("/healthz", 200, DaemonTestServer::reference("healthz.json"));
    server.route("/readyz", 503, DaemonTestServer::reference("readyz.uninitialized.json"));
    DaemonClient client;
    client.setBaseUrl(QUrl(server.url()));
    client.setTimeouts(500, 2000);
    DaemonStatusWidget widget;
    widget.setClient(&client);
    QCOMPARE(widget.state(), State::Unknown);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(widget.state(), State::NotReady, 3000);
    QCOMPARE(
        widget.text(), QStringLiteral("Daemon not ready: Local state store is not initialized."));
    QVERIFY2(widget.toolTip().contains(QLatin1String("uninitialized (warning)")),
        qPrintable(widget.toolTip()));
    QVERIFY2(widget.toolTip().contains(QLatin1String("sourceos-syncd 0.1.0")),
        qPrintable(widget.toolTip()));
    client.setBaseUrl(QUrl(QStringLiteral("http://10.0.0.1:8765")));
    QCOMPARE(widget.text(), QStringLiteral("Daemon host not allowed"));
}

void TestDaemonUi::eventsViewShowsEvents()
{
    DaemonTestServer server;
    server.route("/events", 200, DaemonTestServer::reference("events.json"));
    DaemonClient client;
    client.setBaseUrl(QUrl(server.url()));
    EventsView view;
    view.resize(900, 500);
    view.setClient(&client);
    QSignalSpy received(&client, &DaemonClient::eventsReceived);
    view.show(); // the first show fetches
    QVERIFY(received.wait(3000));
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(!view.isMessageShown());
    QVERIFY2(
        view.summaryText().startsWith(QLatin1String("1 event")), qPrintable(view.summaryText()));
    QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(),
        int(DaemonEventsModel::TimeColumn));
    view.table()->selectRow(0);
    QCOMPARE(view.payloadText(), QStringLiteral("{\n  \"path\": \"README.md\"\n}"));
    maybeSave(&view, QStringLiteral("events-view"));
}

void TestDaemonUi::eventsViewFailsInline()
{
    DaemonTestServer server;
    server.route("/events", 200, DaemonTestServer::reference("events.json"));
    DaemonClient client;
    client.setBaseUrl(QUrl(server.url()));
    EventsView view;
    view.resize(900, 500);
    view.setClient(&client);
    QSignalSpy received(&client, &DaemonClient::eventsReceived);
    QSignalSpy failed(&client, &DaemonClient::eventsFailed);
    view.show();
    QVERIFY(received.wait(3000));

    server.route("/events",
        DaemonTestServer::Route { DaemonTestServer::response(200, "<html/>", "text/html") });
    view.table()->selectRow(0);
    view.refreshAction()->trigger();
    QVERIFY(failed.wait(3000));
    QVERIFY(view.isMessageShown());
    QVERIFY2(
        view.messageText().contains(QLatin1String("text/html")), qPrintable(view.messageText()));
    QVERIFY2(
        view.messageText().contains(QLatin1String("fetched at")), qPrintable(view.messageText()));
    QCOMPARE(view.model()->rowCount(), 1); // the last good list stays
    QVERIFY(!view.payloadText().isEmpty()); // and so does the reader's place
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<QDialog *>(top) || !top->isVisible(), "a dialog popped up");
    maybeSave(&view, QStringLiteral("events-view-failed"));

    server.route("/events", 200, DaemonTestServer::reference("events.json"));
    view.refresh();
    QVERIFY(received.wait(3000));
    QVERIFY(!view.isMessageShown());
    QCOMPARE(view.table()->currentIndex().data(DaemonEventsModel::EventIdRole).toString(),
        QStringLiteral("evt-00000001"));
}

void TestDaemonUi::pageShowsReadinessUnknown()
{
    DaemonTestServer server;
    server.route("/healthz", 200, DaemonTestServer::reference("healthz.json"));
    server.route("/readyz", 500, DaemonTestServer::reference("readyz.error-500.json"));
    server.route("/events", 200, DaemonTestServer::reference("events.json"));
    DaemonClient client;
    makeFast(client, server.url());
    DaemonView page;
    page.resize(900, 600);
    page.setClient(&client);
    page.show();
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(page.statusWidget()->state(), State::LiveReadinessUnknown, 3000);
    const QString text = page.statusWidget()->text();
    QVERIFY2(text.contains(QLatin1String("live, readiness unknown")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("not reachable")), qPrintable(text));
    QVERIFY2(page.statusWidget()->toolTip().contains(QLatin1String("JSONDecodeError")),
        qPrintable(page.statusWidget()->toolTip()));
    QVERIFY(page.repairPanel()->isHidden()); // unknown is not degraded
    maybeSave(&page, QStringLiteral("daemon-page-readiness-unknown"));
}

void TestDaemonUi::pageShowsRepairPlanWhenDegraded()
{
    DaemonTestServer server;
    server.route("/healthz", 200, DaemonTestServer::reference("healthz.json"));
    server.route("/readyz", 200, DaemonTestServer::reference("readyz.degraded.json"));
    server.route("/repairz", 200, DaemonTestServer::reference("repairz.degraded.json"));
    server.route("/events", 200, DaemonTestServer::reference("events.json"));
    for (const char *path : { "/noisez", "/narrativez", "/coherencez", "/authorityz" })
        server.route(path, 200, R"({"status": "unsafe", "summary": "PLACEHOLDER ALARM"})");
    DaemonClient client;
    makeFast(client, server.url());
    DaemonView page;
    page.resize(900, 700);
    page.setClient(&client);
    page.show();
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        page.repairText().contains(QLatin1String("Verify active and shadow")), 3000);
    QVERIFY(page.repairPanel()->isVisible());
    QCOMPARE(page.statusWidget()->text(), QStringLiteral("Daemon ready, degraded"));
    QVERIFY2(page.repairText().contains(QLatin1String("Requires explicit policy grant")),
        qPrintable(page.repairText()));
    // Read-only: nothing on the page offers to apply or run a repair.
    for (const QAbstractButton *b : page.findChildren<QAbstractButton *>()) {
        QVERIFY2(!b->text().contains(QLatin1String("Apply"), Qt::CaseInsensitive),
            qPrintable(b->text()));
        QVERIFY2(!b->text().contains(QLatin1String("Repair"), Qt::CaseInsensitive),
            qPrintable(b->text()));
    }
    // The placeholders were neither asked nor shown.
    for (const QByteArray &head : std::as_const(server.requestHeads))
        QVERIFY2(!head.contains("/noisez") && !head.contains("/narrativez")
                && !head.contains("/coherencez") && !head.contains("/authorityz"),
            head.constData());
    for (const QWidget *w : page.findChildren<QWidget *>())
        QVERIFY(!w->toolTip().contains(QLatin1String("PLACEHOLDER")));
    maybeSave(&page, QStringLiteral("daemon-page-repair"));

    // Healthy again: the preview goes.
    server.route("/readyz", 200, DaemonTestServer::reference("readyz.healthy.json"));
    client.pollNow();
    QTRY_VERIFY_WITH_TIMEOUT(page.repairPanel()->isHidden(), 3000);
}

void TestDaemonUi::pageRefreshesWhenJournalChanges()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("store"));
    QVERIFY(copyTree(QStringLiteral(SYNCDESK_EXAMPLES "/workspace-demo"), root));
    StoreSession session;
    session.open(root);
    QVERIFY(session.store());
    session.setWatching(true);

    DaemonTestServer server;
    server.serveReference();
    DaemonClient client;
    makeFast(client, server.url());
    DaemonView page;
    page.setClient(&client);
    page.setSession(&session);
    page.resize(900, 600);
    page.show();
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Ready, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(page.eventsView()->model()->rowCount() == 1, 3000);
    QCOMPARE(page.journalRefreshes(), 0);

    // The daemon (or an Apply) appends to the journal: the page asks again at once,
    // not after its ten-second poll interval.
    const auto polledBefore = server.requestHeads.size();
    QFile journal(root + QStringLiteral("/journal.jsonl"));
    QVERIFY(journal.open(QIODevice::Append));
    QFile last(root + QStringLiteral("/journal.jsonl"));
    QVERIFY(last.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = last.readAll().split('\n');
    journal.write(lines.at(lines.size() - 2) + '\n');
    journal.close();
    QTRY_COMPARE_WITH_TIMEOUT(page.journalRefreshes(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(server.requestHeads.size() >= polledBefore + 3, 3000);
    QList<QByteArray> asked;
    for (auto i = polledBefore; i < server.requestHeads.size(); ++i)
        asked << server.requestHeads.at(i).split(' ').value(1);
    QVERIFY(asked.contains("/healthz"));
    QVERIFY(asked.contains("/events"));
}

QTEST_MAIN(TestDaemonUi)
#include "tst_daemonui.moc"
