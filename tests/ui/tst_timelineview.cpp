// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: the timeline's layout, painting and input share the fixture
// stores built here.

#include "storefixture.h"

#include "core/models/timelinelayout.h"
#include "core/records/timestamp.h"
#include "core/store/storesession.h"
#include "ui/timeline/timelineaxis.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QWheelEvent>

#include <random>

using namespace SyncDesk;
using namespace SyncDesk::Ui;

namespace {

const char kDemoStore[] = SYNCDESK_EXAMPLES "/workspace-demo";

qint64 at(const char *hms)
{
    if (!hms)
        return kNoTime;
    const QByteArray text = QByteArray("2026-05-05T") + hms + "Z";
    return *parseUtcTimestamp(std::string_view(text.constData(), size_t(text.size())));
}

/// An operation task record; times are "HH:MM:SS" on 2026-05-05, null to leave one out.
QByteArray taskJson(const QString &id, const QString &operation, const QString &status, int attempt,
    const char *created, const char *updated, const char *started = nullptr,
    const char *completed = nullptr)
{
    QByteArray json = "{\n  \"schema\": \"sourceos.operation-task/v1alpha1\",\n";
    json += "  \"task_id\": \"" + id.toUtf8() + "\",\n";
    json += "  \"operation_id\": \"" + operation.toUtf8() + "\",\n";
    json += "  \"operation_type\": \"sync.operation.replay\",\n";
    json += "  \"status\": \"" + status.toUtf8() + "\",\n";
    json += "  \"attempt\": " + QByteArray::number(attempt) + ",\n";
    json += "  \"idempotency_key\": \"idem-" + id.toUtf8() + "\",\n";
    json += "  \"policy_decision_ref\": \"policy-decision:review-alpha\",\n";
    json += "  \"evidence_refs\": []";
    const auto time = [&](const char *key, const char *hms) {
        if (hms)
            json += QByteArray(",\n  \"") + key + "\": \"2026-05-05T" + hms + "Z\"";
    };
    time("created_at", created);
    time("updated_at", updated);
    time("started_at", started);
    time("completed_at", completed);
    json += "\n}\n";
    return json;
}

QString taskPath(const QString &id)
{
    return QStringLiteral("tasks/") + safeRecordId(id) + QStringLiteral(".json");
}

/// The fixture store plus tasks on four lanes, one of them for an operation not in the store.
struct TimelineFixture
{
    StoreFixture fx;

    TimelineFixture()
    {
        // alpha-0001 (in the fixture): succeeded 00:10:02-00:10:06, workspace-operation:alpha-001
        add("operation-task:beta-1", "workspace-operation:beta", "failed", 1, "00:04:58",
            "00:05:30", "00:05:00", "00:05:30");
        add("operation-task:beta-2", "workspace-operation:beta", "running", 2, "00:05:50",
            "00:06:00", "00:06:00");
        add("operation-task:a-gamma-1", "workspace-operation:gamma", "pending", 1, "00:10:02",
            "00:10:03");
        add("operation-task:delta-1", "workspace-operation:delta", "succeeded", 1, "00:01:00",
            "00:02:00", "00:01:00", "00:02:00");
        add("operation-task:delta-2", "workspace-operation:delta", "failed", 2, "00:20:00",
            "00:21:00", "00:20:00", "00:21:00");
        add("operation-task:delta-3", "workspace-operation:delta", "succeeded", 3, "00:20:30",
            "00:22:00", "00:20:30", "00:22:00");
    }

    void add(const QString &id, const QString &operation, const QString &status, int attempt,
        const char *created, const char *updated, const char *started = nullptr,
        const char *completed = nullptr) const
    {
        fx.write(taskPath(id),
            taskJson(id, operation, status, attempt, created, updated, started, completed));
    }
};

int taskRow(const Store &store, const QString &id)
{
    const Sym sym = store.strings().find(id);
    const auto it = store.relations().taskById.constFind(sym);
    return it == store.relations().taskById.cend() ? -1 : int(*it);
}

/// Every lane and bar in order, for comparing two layouts.
QStringList describe(const TimelineLayout &layout, const Store &store)
{
    QStringList out;
    for (int lane = 0; lane < layout.laneCount(); ++lane) {
        const TimelineLane &l = layout.lane(lane);
        QString line = store.text(l.operation) + QLatin1Char('#') + QString::number(l.operationRow)
            + QLatin1Char(':');
        const auto [first, last] = layout.laneBars(lane);
        for (int i = first; i < last; ++i) {
            const TimelineBar &b = layout.bar(i);
            line += QStringLiteral(" %1[%2,%3)%4%5")
                        .arg(store.text(store.tasks()[b.task].id))
                        .arg(b.start)
                        .arg(layout.endOf(b))
                        .arg(int(b.state))
                        .arg(b.open ? QStringLiteral("+") : QString());
        }
        out << line;
    }
    return out;
}

std::unique_ptr<TimelineView> shownView(StoreSession *session, QSize size = { 1000, 500 })
{
    auto view = std::make_unique<TimelineView>(session);
    view->resize(size);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("view not exposed");
    return view;
}

QString operationTaskId(const Store &store, int row)
{
    return store.text(store.tasks()[size_t(row)].id);
}

} // namespace

class TestTimelineView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The same look wherever the tests run.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void barRules_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("created");
        QTest::addColumn<QString>("updated");
        QTest::addColumn<QString>("started");
        QTest::addColumn<QString>("completed");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end"); ///< for open bars: the last time seen
        QTest::addColumn<bool>("open");

        const int pending = int(TaskState::Pending), running = int(TaskState::Running);
        const int succeeded = int(TaskState::Succeeded), failed = int(TaskState::Failed);
        const int cancelled = int(TaskState::Cancelled), other = int(TaskState::Other);
        // clang-format off
        QTest::newRow("pending, never started") << pending << "01:00:00" << "01:00:05" << "" << "" << "01:00:00" << "01:00:05" << true;
        QTest::newRow("pending retry with started_at") << pending << "01:00:00" << "01:00:05" << "01:00:02" << "" << "01:00:02" << "01:00:05" << true;
        QTest::newRow("running, started") << running << "01:00:00" << "01:00:10" << "01:00:03" << "" << "01:00:03" << "01:00:10" << true;
        QTest::newRow("running, no started_at") << running << "01:00:00" << "01:00:10" << "" << "" << "01:00:00" << "01:00:10" << true;
        QTest::newRow("running, stray completed_at") << running << "01:00:00" << "01:00:10" << "01:00:01" << "01:00:04" << "01:00:01" << "01:00:10" << true;
        QTest::newRow("succeeded") << succeeded << "01:00:00" << "01:00:30" << "01:00:03" << "01:00:20" << "01:00:03" << "01:00:20" << false;
        QTest::newRow("succeeded, no started_at") << succeeded << "01:00:00" << "01:00:30" << "" << "01:00:20" << "01:00:00" << "01:00:20" << false;
        QTest::newRow("failed, no completed_at") << failed << "01:00:00" << "01:00:30" << "01:00:03" << "" << "01:00:03" << "01:00:30" << false;
        QTest::newRow("failed, only created_at") << failed << "01:00:00" << "" << "" << "" << "01:00:00" << "01:00:00" << false;
        QTest::newRow("cancelled before starting") << cancelled << "01:00:00" << "01:00:01" << "" << "" << "01:00:00" << "01:00:01" << false;
        QTest::newRow("completed before started") << succeeded << "01:00:00" << "01:00:30" << "01:00:10" << "01:00:05" << "01:00:10" << "01:00:10" << false;
        QTest::newRow("only updated_at") << other << "" << "01:00:30" << "" << "" << "01:00:30" << "01:00:30" << false;
        QTest::newRow("no time at all") << succeeded << "" << "" << "" << "" << "" << "" << false;
        // clang-format on
    }

    void barRules()
    {
        QFETCH(int, state);
        QFETCH(QString, created);
        QFETCH(QString, updated);
        QFETCH(QString, started);
        QFETCH(QString, completed);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(bool, open);
        const auto time = [](const QString &hms) {
            return hms.isEmpty() ? kNoTime : at(hms.toLatin1().constData());
        };
        TaskRecord task;
        task.created = time(created);
        task.updated = time(updated);
        task.started = time(started);
        task.completed = time(completed);
        task.attempt = 2;
        const TimelineBar bar = TimelineLayout::barFor(task, TaskState(state));
        QCOMPARE(bar.start, time(start));
        if (bar.start == kNoTime)
            return;
        QCOMPARE(bar.end, time(end));
        QCOMPARE(bar.open, open);
        QCOMPARE(bar.attempt, 2);
        QCOMPARE(int(bar.state), state);
    }

    void lanesGroupedByOperation()
    {
        TimelineFixture tf;
        const auto store = Store::open(tf.fx.root());
        TimelineLayout layout;
        layout.rebuild(*store);
        QCOMPARE(layout.unplacedCount(), 0);
        QCOMPARE(layout.barCount(), 7);
        // By earliest start; alpha and gamma both start at 00:10:02: by operation id,
        // although gamma's task is read first.
        const QStringList expected = { "workspace-operation:delta", "workspace-operation:beta",
            "workspace-operation:alpha-001", "workspace-operation:gamma" };
        QCOMPARE(layout.laneCount(), int(expected.size()));
        for (int lane = 0; lane < layout.laneCount(); ++lane) {
            const TimelineLane &l = layout.lane(lane);
            QCOMPARE(store->text(l.operation), expected[lane]);
            QCOMPARE(layout.laneOfOperation(l.operation), lane);
            const auto [first, last] = layout.laneBars(lane);
            qint64 previous = std::numeric_limits<qint64>::min();
            for (int i = first; i < last; ++i) {
                const TaskRecord &task = store->tasks()[layout.bar(i).task];
                QCOMPARE(task.operation, l.operation);
                QVERIFY(layout.bar(i).start >= previous);
                previous = layout.bar(i).start;
                QCOMPARE(layout.laneOfTask(int(layout.bar(i).task)), lane);
                QCOMPARE(layout.barOfTask(int(layout.bar(i).task)), i);
            }
        }
        QCOMPARE(layout.laneBars(0).second - layout.laneBars(0).first, 3); // delta's attempts
        QCOMPARE(layout.lane(2).operationRow, 0); // alpha-001 is the store's only operation
        QCOMPARE(layout.lane(0).operationRow, -1); // delta is not in the store
        // Open bars reach the latest time the store knows of (delta-3's 00:22:00).
        QCOMPARE(layout.lastKnownTime(), at("00:22:00"));
        const TimelineBar &running
            = layout.bar(layout.barOfTask(taskRow(*store, "operation-task:beta-2")));
        QVERIFY(running.open);
        QCOMPARE(layout.endOf(running), at("00:22:00"));
        layout.setNow(at("00:30:00"));
        QCOMPARE(layout.endOf(running), at("00:30:00"));
        QCOMPARE(layout.maxTime(), at("00:30:00"));
        QCOMPARE(layout.minTime(), at("00:01:00"));
    }

    void layoutHitTesting()
    {
        TimelineFixture tf;
        const auto store = Store::open(tf.fx.root());
        TimelineLayout layout;
        layout.rebuild(*store);
        const int delta1 = taskRow(*store, "operation-task:delta-1");
        const int delta2 = taskRow(*store, "operation-task:delta-2");
        const int delta3 = taskRow(*store, "operation-task:delta-3");
        QCOMPARE(layout.taskAt(0, at("00:01:30")), delta1);
        QCOMPARE(layout.taskAt(0, at("00:01:00")), delta1); // start is inside
        QCOMPARE(layout.taskAt(0, at("00:02:00")), -1); // end is not
        QCOMPARE(layout.taskAt(0, at("00:02:00"), 5000), delta1); // within the slop
        QCOMPARE(layout.taskAt(0, at("00:10:00"), 5000), -1); // a gap
        QCOMPARE(layout.taskAt(0, at("00:20:10")), delta2);
        QCOMPARE(layout.taskAt(0, at("00:20:40")), delta3); // overlap: the later one, on top
        QCOMPARE(layout.taskAt(1, at("00:20:40")),
            taskRow(*store, "operation-task:beta-2")); // running: open to now
        QCOMPARE(layout.taskAt(7, at("00:20:40")), -1);
        QCOMPARE(layout.taskAt(-1, at("00:20:40")), -1);
        QCOMPARE(layout.nearestBar(0, at("00:10:00")), layout.barOfTask(delta1));
        QCOMPARE(layout.nearestBar(0, at("00:19:00")), layout.barOfTask(delta2));
    }

    void visibleQueryMatchesBruteForce()
    {
        const auto store = Store::open(QString::fromLatin1(kDemoStore));
        TimelineLayout layout;
        layout.rebuild(*store);
        QCOMPARE(layout.barCount(), int(store->tasks().size()));
        std::mt19937 random(7);
        const qint64 lo = layout.minTime() - 60000, hi = layout.maxTime() + 60000;
        std::uniform_int_distribution<qint64> pick(lo, hi);
        for (int round = 0; round < 200; ++round) {
            qint64 from = pick(random), to = pick(random);
            if (from > to)
                std::swap(from, to);
            for (int lane = 0; lane < layout.laneCount(); ++lane) {
                QList<int> found, expected;
                layout.forEachBar(lane, from, to, [&](int i) { found << i; });
                const auto [first, last] = layout.laneBars(lane);
                for (int i = first; i < last; ++i) {
                    const TimelineBar &b = layout.bar(i);
                    if (b.start < to && (layout.endOf(b) > from || b.start >= from))
                        expected << i;
                }
                QCOMPARE(found, expected);
            }
        }
    }

    void incrementalUpdatesMatchRebuild()
    {
        TimelineFixture tf;
        StoreSession session;
        session.open(tf.fx.root());
        TimelineView view(&session);
        // Hidden, it lays out when asked: laid out now, the changes below are patches.
        view.timelineLayout();
        QVERIFY(!view.isLayoutPending());
        // The view's patched layout must equal one built from scratch.
        const auto matchesRebuild = [&] {
            TimelineLayout fresh;
            fresh.rebuild(*session.store());
            const QStringList patched = describe(view.timelineLayout(), *session.store());
            const QStringList rebuilt = describe(fresh, *session.store());
            if (patched != rebuilt)
                qWarning() << "patched:" << patched << "rebuilt:" << rebuilt;
            return patched == rebuilt;
        };
        QSignalSpy reset(&session, &StoreSession::storeReset);
        QSignalSpy added(&session, &StoreSession::recordsAdded);
        QSignalSpy changed(&session, &StoreSession::recordsChanged);

        // A retry of an existing operation.
        tf.add("operation-task:beta-3", "workspace-operation:beta", "pending", 3, "00:23:00",
            "00:23:00");
        session.refresh({ taskPath("operation-task:beta-3") });
        QCOMPARE(added.count(), 1);
        QVERIFY2(matchesRebuild(), "retry");
        QCOMPARE(
            view.timelineLayout().laneBars(1).second - view.timelineLayout().laneBars(1).first, 3);
        QCOMPARE(view.timelineLayout().lastKnownTime(), at("00:23:00"));

        // A new operation that starts before all others: its lane goes first.
        tf.add("operation-task:epsilon-1", "workspace-operation:epsilon", "succeeded", 1,
            "00:00:10", "00:00:20", "00:00:10", "00:00:20");
        session.refresh({ taskPath("operation-task:epsilon-1") });
        QVERIFY2(matchesRebuild(), "new first lane");
        QCOMPARE(session.store()->text(view.timelineLayout().lane(0).operation),
            QStringLiteral("workspace-operation:epsilon"));

        // The running task finishes: patched in place.
        tf.add("operation-task:beta-2", "workspace-operation:beta", "succeeded", 2, "00:05:50",
            "00:07:00", "00:06:00", "00:07:00");
        session.refresh({ taskPath("operation-task:beta-2") });
        QCOMPARE(changed.count(), 1);
        QVERIFY2(matchesRebuild(), "finished");
        const int beta2 = taskRow(*session.store(), "operation-task:beta-2");
        const TimelineBar &bar = view.timelineLayout().bar(view.timelineLayout().barOfTask(beta2));
        QCOMPARE(bar.state, TaskState::Succeeded);
        QVERIFY(!bar.open);
        QCOMPARE(bar.end, at("00:07:00"));

        // The pending task starts late: it moves within its lane and its lane moves down.
        tf.add("operation-task:a-gamma-1", "workspace-operation:gamma", "running", 1, "00:10:02",
            "00:25:00", "00:25:00");
        session.refresh({ taskPath("operation-task:a-gamma-1") });
        QVERIFY2(matchesRebuild(), "started late");
        const int lanes = view.timelineLayout().laneCount();
        QCOMPARE(session.store()->text(view.timelineLayout().lane(lanes - 1).operation),
            QStringLiteral("workspace-operation:gamma"));

        // A task moves to another operation.
        tf.add("operation-task:delta-3", "workspace-operation:alpha-001", "succeeded", 3,
            "00:20:30", "00:22:00", "00:20:30", "00:22:00");
        session.refresh({ taskPath("operation-task:delta-3") });
        QVERIFY2(matchesRebuild(), "moved");

        // Its operation arrives: the lane learns its row.
        QByteArray op = tf.fx.read("operations/workspace-operation_alpha-001.json");
        op.replace("workspace-operation:alpha-001", "workspace-operation:delta");
        op.replace("local-op:0001", "local-op:delta");
        tf.fx.write("operations/workspace-operation_delta.json", op);
        session.refresh({ QStringLiteral("operations/workspace-operation_delta.json") });
        const int deltaLane = view.timelineLayout().laneOfOperation(
            session.store()->strings().find(QStringLiteral("workspace-operation:delta")));
        QCOMPARE(view.timelineLayout().lane(deltaLane).operationRow, 1);
        QVERIFY2(matchesRebuild(), "operation arrived");
        QCOMPARE(reset.count(), 0);
    }

    void layoutChangeKinds()
    {
        const auto store = Store::open(QString::fromLatin1(kDemoStore));
        TimelineLayout layout;
        layout.rebuild(*store);
        const QStringList before = describe(layout, *store);
        QCOMPARE(layout.tasksChanged(*store, { 3 }), TimelineLayout::Change::Patched);
        QCOMPARE(layout.tasksChanged(*store, { 1, 2, 3, 2, 40 }), TimelineLayout::Change::Patched);
        QCOMPARE(describe(layout, *store), before);
        QCOMPARE(layout.tasksChanged(*store, {}), TimelineLayout::Change::None);
        QList<int> all;
        for (int i = 0; i < int(store->tasks().size()); ++i)
            all << i;
        QCOMPARE(layout.tasksChanged(*store, all), TimelineLayout::Change::Patched); // n < 1024
        QCOMPARE(describe(layout, *store), before);
    }

    void viewFollowsSession()
    {
        TimelineFixture tf;
        StoreSession session;
        session.open(tf.fx.root());
        auto view = shownView(&session);
        QCOMPARE(view->timelineLayout().barCount(), 7);
        tf.add("operation-task:zeta-1", "workspace-operation:zeta", "failed", 1, "00:30:00",
            "00:31:00", "00:30:00", "00:31:00");
        session.refresh({ taskPath("operation-task:zeta-1") });
        QCOMPARE(view->timelineLayout().barCount(), 8);
        // Still fitted: the new bar is on screen.
        const int zeta = taskRow(*session.store(), "operation-task:zeta-1");
        QVERIFY(view->chartRect().contains(view->barRect(zeta).toAlignedRect()));
        QCOMPARE(view->taskAt(view->barRect(zeta).center().toPoint()), zeta);

        // A reset drops the selection: a row may name another task afterwards.
        view->selectTask(zeta);
        QCOMPARE(view->selectedTask(), zeta);
        session.reload();
        QCOMPARE(view->selectedTask(), -1);
        QCOMPARE(view->timelineLayout().barCount(), 8);
        session.close();
        QCOMPARE(view->timelineLayout().barCount(), 0);
        view->grab(); // paints the empty state without a store
    }

    // A reset while hidden (a window opens on the queue) is laid out when the
    // view is first shown, with what changed and was selected meanwhile.
    void hiddenViewLaysOutWhenShown()
    {
        TimelineFixture tf;
        StoreSession session;
        session.open(tf.fx.root());
        TimelineView view(&session);
        view.resize(900, 400);
        session.reload();
        QVERIFY(view.isLayoutPending());
        tf.add("operation-task:zeta-1", "workspace-operation:zeta", "failed", 1, "00:30:00",
            "00:31:00", "00:30:00", "00:31:00");
        session.refresh({ taskPath("operation-task:zeta-1") });
        const int zeta = taskRow(*session.store(), "operation-task:zeta-1");
        view.selectTask(zeta);
        QVERIFY(view.isLayoutPending());

        view.show(); // the show event is sent at once; exposure is not needed
        QVERIFY(!view.isLayoutPending());
        QCOMPARE(view.timelineLayout().barCount(), 8);
        QCOMPARE(view.selectedTask(), zeta);
        QVERIFY(view.chartRect().contains(view.barRect(zeta).toAlignedRect()));

        // Shown, a reset is laid out at once.
        session.reload();
        QVERIFY(!view.isLayoutPending());
        QCOMPARE(view.timelineLayout().barCount(), 8);
    }

    void zoomKeepsThePointUnderTheMouse()
    {
        StoreSession session;
        session.open(QString::fromLatin1(kDemoStore));
        auto view = shownView(&session);
        const QRect chart = view->chartRect();
        const double fit = view->msPerPixel();
        const double x = chart.left() + chart.width() * 0.3;
        const double t = view->timeAt(x);
        view->zoomBy(0.25, x);
        QCOMPARE(view->msPerPixel(), fit * 0.25);
        QVERIFY(std::abs(view->timeAt(x) - t) < 1.0);

        // Ctrl+wheel, two notches in, at another point.
        const QPointF mouse(chart.left() + chart.width() * 0.7, chart.center().y());
        const double under = view->timeAt(mouse.x());
        QWheelEvent wheel(mouse, view->viewport()->mapToGlobal(mouse), QPoint(), QPoint(0, 240),
            Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->msPerPixel() < fit * 0.25 * 0.7);
        QVERIFY(std::abs(view->timeAt(mouse.x()) - under) < 1.0);
        // The scroll bar tells where we are.
        QVERIFY(view->horizontalScrollBar()->maximum() > 0);

        // Keys: + zooms in, - out, never beyond "fit all".
        const double before = view->msPerPixel();
        QTest::keyClick(view.get(), Qt::Key_Plus);
        QVERIFY(view->msPerPixel() < before);
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(view.get(), Qt::Key_Minus);
        QCOMPARE(view->msPerPixel(), fit);
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    }

    void fitAllCoversEveryBar_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("F") << int(Qt::Key_F) << int(Qt::NoModifier);
        QTest::newRow("Ctrl+0") << int(Qt::Key_0) << int(Qt::ControlModifier);
    }

    void fitAllCoversEveryBar()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        StoreSession session;
        session.open(QString::fromLatin1(kDemoStore));
        auto view = shownView(&session, { 900, 2000 }); // tall enough for every lane
        view->zoomBy(0.05, view->chartRect().left() + 10);
        QTest::keyClick(view.get(), Qt::Key_End);
        const TimelineLayout &layout = view->timelineLayout();
        const auto outside = [&] {
            int count = 0;
            const QRect chart = view->chartRect();
            for (int i = 0; i < layout.barCount(); ++i) {
                const QRectF r = view->barRect(int(layout.bar(i).task));
                count += r.left() < chart.left() || r.right() > chart.right() + 1;
            }
            return count;
        };
        QVERIFY(outside() > 0);
        QTest::keyClick(view.get(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(outside(), 0);
        // And it uses the width: the earliest start and the latest end are near the edges.
        const QRect chart = view->chartRect();
        QVERIFY(view->xForTime(double(layout.minTime())) < chart.left() + 40);
        QVERIFY(view->xForTime(double(layout.maxTime())) > chart.right() - 40);
    }

    void clickEmitsTaskActivated()
    {
        StoreSession session;
        session.open(QString::fromLatin1(kDemoStore));
        auto view = shownView(&session);
        const Store &store = *session.store();
        const int row = taskRow(store, "operation-task:default-0003-2");
        QVERIFY(row >= 0);
        view->zoomBy(0.2, view->xForTime(double(store.tasks()[size_t(row)].started)));
        const QRectF r = view->barRect(row);
        QVERIFY(view->chartRect().contains(r.center().toPoint()));
        QSignalSpy tasks(view.get(), &TimelineView::taskActivated);
        QSignalSpy operations(view.get(), &TimelineView::operationActivated);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center().toPoint());
        QCOMPARE(tasks.count(), 1);
        QCOMPARE(tasks[0][0].toInt(), row);
        QCOMPARE(operations.count(), 1);
        QCOMPARE(operations[0][0].toInt(), store.relations().operationOfTask[size_t(row)]);
        QCOMPARE(view->selectedTask(), row);

        // Beside the bars: the selection goes, nothing is emitted.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
            QPoint(view->chartRect().right() - 2, view->chartRect().bottom() - 2));
        QCOMPARE(tasks.count(), 1);
        QCOMPARE(view->selectedTask(), -1);

        // A lane label selects the operation's latest attempt.
        const int lane = view->timelineLayout().laneOfTask(row);
        const int y = view->chartRect().top() + lane * view->laneHeight()
            - view->verticalScrollBar()->value() + view->laneHeight() / 2;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(20, y));
        QCOMPARE(tasks.count(), 2);
        QCOMPARE(operationTaskId(store, tasks[1][0].toInt()),
            QStringLiteral("operation-task:default-0003-3"));
    }

    void selectTaskScrollsIntoView()
    {
        StoreSession session;
        session.open(QString::fromLatin1(kDemoStore));
        auto view = shownView(&session, { 700, 220 });
        view->zoomBy(0.02, view->chartRect().left());
        QTest::keyClick(view.get(), Qt::Key_Home, Qt::ControlModifier);
        const Store &store = *session.store();
        const int row = taskRow(store, "operation-task:default-0036-2"); // late, in the last lane
        QVERIFY(!view->chartRect().intersects(view->barRect(row).toAlignedRect()));
        QSignalSpy tasks(view.get(), &TimelineView::taskActivated);
        view->selectTask(row);
        QCOMPARE(view->selectedTask(), row);
        QVERIFY(view->chartRect().contains(view->barRect(row).toAlignedRect()));
        QCOMPARE(tasks.count(), 0); // the caller knows already
        QVERIFY(view->verticalScrollBar()->value() > 0);

        // From the queue: an operation selects its latest attempt.
        const int op = store.relations().operationById.value(
            store.strings().find(QStringLiteral("workspace-operation:default-0003")));
        view->selectOperation(op);
        QCOMPARE(operationTaskId(store, view->selectedTask()),
            QStringLiteral("operation-task:default-0003-3"));
        QVERIFY(view->chartRect().contains(view->barRect(view->selectedTask()).toAlignedRect()));
    }

    void keyboardMovesTheSelection()
    {
        StoreSession session;
        session.open(QString::fromLatin1(kDemoStore));
        auto view = shownView(&session);
        const Store &store = *session.store();
        QSignalSpy tasks(view.get(), &TimelineView::taskActivated);
        view->selectTask(taskRow(store, "operation-task:default-0003-1"));
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(operationTaskId(store, view->selectedTask()),
            QStringLiteral("operation-task:default-0003-2"));
        QCOMPARE(tasks.count(), 1);
        QTest::keyClick(view.get(), Qt::Key_Right);
        QTest::keyClick(view.get(), Qt::Key_Right); // the lane ends: stays
        QCOMPARE(operationTaskId(store, view->selectedTask()),
            QStringLiteral("operation-task:default-0003-3"));
        QTest::keyClick(view.get(), Qt::Key_Left);
        QCOMPARE(operationTaskId(store, view->selectedTask()),
            QStringLiteral("operation-task:default-0003-2"));
        const int lane = view->timelineLayout().laneOfTask(view->selectedTask());
        QTest::keyClick(view.get(), Qt::Key_Down);
        QCOMPARE(view->timelineLayout().laneOfTask(view->selectedTask()), lane + 1);
        QTest::keyClick(view.get(), Qt::Key_Up);
        QCOMPARE(view->timelineLayout().laneOfTask(view->selectedTask()), lane);
        QCOMPARE(tasks.count(), 5);
        QTest::keyClick(view.get(), Qt::Key_Escape);
        QCOMPARE(view->selectedTask(), -1);
        QCOMPARE(view->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!view->accessibleName().isEmpty());
        QVERIFY(!view->accessibleDescription().isEmpty());
    }

    void tooltipText()
    {
        StoreSession session;
        session.open(QString::fromLatin1(kDemoStore));
        auto view = shownView(&session);
        const Store &store = *session.store();
        const QString failed
            = view->toolTipForTask(taskRow(store, "operation-task:default-0003-2"));
        QCOMPARE(failed,
            QStringLiteral("operation-task:default-0003-2\n"
                           "Operation: workspace-operation:default-0003\n"
                           "Status: Failed\n"
                           "Attempt 2\n"
                           "Started: 2026-05-05 01:03:27 UTC\n"
                           "Completed: 2026-05-05 01:03:50 UTC\n"
                           "Duration: 23 s"));
        const QString running
            = view->toolTipForTask(taskRow(store, "operation-task:default-0009-1"));
        QVERIFY2(running.contains("Status: Running"), qPrintable(running));
        QVERIFY2(running.contains("Started: 2026-05-05 01:08:23 UTC"), qPrintable(running));
        QVERIFY2(running.contains("Completed: still running"), qPrintable(running));
        const qint64 started
            = store.tasks()[size_t(taskRow(store, "operation-task:default-0009-1"))].started;
        QVERIFY2(running.contains(
                     QStringLiteral("Running for %1")
                         .arg(TimelineText::duration(view->timelineLayout().now() - started))),
            qPrintable(running));
        QVERIFY2(!running.contains("Duration"), qPrintable(running));
        const QString pending
            = view->toolTipForTask(taskRow(store, "operation-task:default-0008-1"));
        QVERIFY2(pending.contains("Started: not yet (created 2026-05-05 01:06:55 UTC)"),
            qPrintable(pending));
        QCOMPARE(view->toolTipForTask(-1), QString());
    }

    void ticksAndDurations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << qint64(850) << "850 ms";
        QTest::newRow("tenths") << qint64(2500) << "2.5 s";
        QTest::newRow("s") << qint64(23000) << "23 s";
        QTest::newRow("min") << qint64(245000) << "4 min 05 s";
        QTest::newRow("h") << qint64(7380000) << "2 h 03 min";
        QTest::newRow("d") << qint64(273600000) << "3 d 4 h";
    }

    void ticksAndDurations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(TimelineText::duration(ms), text);
        // Ticks: labels never collide, and the step grows with the zoom.
        const QFontMetrics fm(QApplication::font());
        qint64 previous = 0;
        for (double msPerPx : { 0.05, 1.0, 50.0, 1000.0, 60000.0, 3.6e6 }) {
            const TimelineTicks ticks = TimelineTicks::choose(msPerPx, fm, 20);
            QVERIFY(ticks.step / msPerPx >= fm.horizontalAdvance(ticks.label(0)) + 20);
            QVERIFY(ticks.step > previous);
            QVERIFY(ticks.step % ticks.minorStep == 0);
            previous = ticks.step;
        }
        QCOMPARE(TimelineTicks::choose(0.05, fm, 20).label(at("01:03:05") + 120),
            QStringLiteral("01:03:05.120"));
    }

    /// Not a pass/fail test: timings on a big store, printed. Set SYNCDESK_BIG_STORE=DIR.
    void bigStoreMeasurement()
    {
        const QString dir = qEnvironmentVariable("SYNCDESK_BIG_STORE");
        if (dir.isEmpty())
            QSKIP("set SYNCDESK_BIG_STORE to a store made with syncdesk-cli demo-store");
        StoreSession session;
        QElapsedTimer clock;
        clock.start();
        session.open(dir);
        qInfo("open: %lld ms, %zu tasks", clock.elapsed(), session.store()->tasks().size());
        const Store &store = *session.store();
        TimelineLayout layout;
        double best = 1e9;
        for (int i = 0; i < 5; ++i) {
            clock.start();
            layout.rebuild(store);
            best = std::min(best, clock.nsecsElapsed() / 1e6);
        }
        qInfo("layout rebuild: %.1f ms (best of 5), %d lanes, %d bars", best, layout.laneCount(),
            layout.barCount());
        clock.start();
        layout.tasksChanged(store, { int(store.tasks().size() / 2) });
        qInfo("patch one task in place: %.3f ms", clock.nsecsElapsed() / 1e6);
        QList<int> some;
        for (int i = 0; i < 500; ++i)
            some << i * 97 % int(store.tasks().size());
        clock.start();
        layout.tasksChanged(store, some);
        qInfo("patch 500 tasks (merge pass): %.1f ms", clock.nsecsElapsed() / 1e6);

        auto view = shownView(&session, { 1400, 900 });
        const auto paint = [&](const char *what) {
            double fastest = 1e9;
            for (int i = 0; i < 5; ++i) {
                clock.start();
                view->viewport()->repaint();
                fastest = std::min(fastest, clock.nsecsElapsed() / 1e6);
            }
            qInfo("paintEvent, %s: %.2f ms (best of 5)", what, fastest);
        };
        paint("fit all, first lanes");
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        paint("fit all, middle lanes");
        view->zoomBy(0.001, view->chartRect().center().x());
        paint("zoomed in 1000x");
        const int row = int(store.tasks().size()) - 1;
        clock.start();
        view->selectTask(row);
        qInfo("selectTask (scroll into view): %.3f ms", clock.nsecsElapsed() / 1e6);
        paint("selected task in view");
    }

    /// Screenshots for a look, light and dark: set SYNCDESK_TIMELINE_SHOTS=DIR
    /// (and SYNCDESK_TIMELINE_STORE=STORE for another store than the demo).
    void screenshots()
    {
        const QString out = qEnvironmentVariable("SYNCDESK_TIMELINE_SHOTS");
        if (out.isEmpty())
            QSKIP("set SYNCDESK_TIMELINE_SHOTS to a folder for PNGs");
        QString storeDir = qEnvironmentVariable("SYNCDESK_TIMELINE_STORE");
        const QString name = storeDir.isEmpty() ? QStringLiteral("demo") : QStringLiteral("store");
        if (storeDir.isEmpty())
            storeDir = QString::fromLatin1(kDemoStore);
        StoreSession session;
        session.open(storeDir);
        const QPalette light = QApplication::style()->standardPalette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
        dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
        dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
        dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        dark.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
        dark.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
        dark.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
        const std::pair<QPalette, const char *> looks[] = { { light, "light" }, { dark, "dark" } };
        for (const auto &look : looks) {
            // Not a structured binding: clang 14 (the sanitizer build) cannot capture one.
            const QPalette &palette = look.first;
            const char *const tone = look.second;
            auto view = shownView(&session, { 1200, 640 });
            view->setPalette(palette);
            const auto save = [&](const char *what) {
                const QString file = QStringLiteral("%1/timeline-%2-%3-%4.png")
                                         .arg(out, name, QLatin1String(tone), QLatin1String(what));
                QVERIFY(view->grab().save(file));
                qInfo("%s", qPrintable(file));
            };
            save("fit");
            const int row = int(session.store()->tasks().size() * 2 / 5);
            view->setFocus();
            view->selectTask(row);
            for (int i = 0; i < 60 && view->barRect(row).width() < 160; ++i)
                view->zoomBy(0.8, view->barRect(row).center().x());
            view->selectTask(row);
            save("zoomed");
            // The tooltip is a window of its own: grab the screen around it.
            const QPoint at = view->barRect(row).center().toPoint();
            QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &help);
            QTest::qWait(300);
            const QString file = QStringLiteral("%1/timeline-%2-%3-tooltip.png")
                                     .arg(out, name, QLatin1String(tone));
            QVERIFY(view->screen()->grabWindow(0).save(file));
            qInfo("%s", qPrintable(file));
        }
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
