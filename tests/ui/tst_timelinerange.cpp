// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Issue 18, item 6: the timeline opens on the recent activity, not on the
// whole history; a legend; a range picker and status/type filters; running
// bars say for how long.

#include "storefixture.h"

#include "core/models/timelinelayout.h"
#include "core/records/recordread.h"
#include "core/records/timestamp.h"
#include "core/store/storesession.h"
#include "ui/timeline/timelineaxis.h"
#include "ui/timeline/timelinelegend.h"
#include "ui/timeline/timelinepage.h"
#include "ui/timeline/timelinepalette.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QStyleFactory>
#include <QTest>

using namespace SyncDesk;
using namespace SyncDesk::Ui;

namespace {

qint64 at(const char *iso)
{
    return *parseUtcTimestamp(std::string_view(iso));
}

/// A task record with whole timestamps ("2026-12-05T12:00:00Z"), null to leave one out.
QByteArray taskJson(const QString &id, const QString &operation, const QString &type,
    const QString &status, const char *created, const char *updated, const char *started = nullptr,
    const char *completed = nullptr)
{
    QByteArray json = "{\n  \"schema\": \"sourceos.operation-task/v1alpha1\",\n";
    json += "  \"task_id\": \"" + id.toUtf8() + "\",\n";
    json += "  \"operation_id\": \"" + operation.toUtf8() + "\",\n";
    json += "  \"operation_type\": \"" + type.toUtf8() + "\",\n";
    json += "  \"status\": \"" + status.toUtf8() + "\",\n";
    json += "  \"attempt\": 1,\n";
    json += "  \"idempotency_key\": \"idem-" + id.toUtf8() + "\",\n";
    json += "  \"policy_decision_ref\": \"policy-decision:review-alpha\",\n";
    json += "  \"evidence_refs\": []";
    const auto time = [&](const char *key, const char *value) {
        if (value)
            json += QByteArray(",\n  \"") + key + "\": \"" + value + "\"";
    };
    time("created_at", created);
    time("updated_at", updated);
    time("started_at", started);
    time("completed_at", completed);
    json += "\n}\n";
    return json;
}

/**
 * Tasks over seven months: the fixture's one on 2026-05-05, a task marked
 * running since May (last seen in May), a failure in June, and a busy
 * cluster on 2026-12-05 from 12:00 to 12:41.
 */
struct MonthsFixture
{
    StoreFixture fx;

    MonthsFixture()
    {
        add("operation-task:may-run", "workspace-operation:may", "sync.operation.replay", "running",
            "2026-05-06T10:00:00Z", "2026-05-06T10:05:00Z", "2026-05-06T10:00:00Z");
        add("operation-task:jun-1", "workspace-operation:jun", "sync.operation.replay", "failed",
            "2026-06-10T08:00:00Z", "2026-06-10T08:03:00Z", "2026-06-10T08:00:00Z",
            "2026-06-10T08:03:00Z");
        add("operation-task:dec-1", "workspace-operation:dec-1", "sync.operation.reconcile",
            "succeeded", "2026-12-05T12:00:00Z", "2026-12-05T12:10:00Z", "2026-12-05T12:00:00Z",
            "2026-12-05T12:10:00Z");
        add("operation-task:dec-2", "workspace-operation:dec-2", "sync.operation.replay", "failed",
            "2026-12-05T12:20:00Z", "2026-12-05T12:25:00Z", "2026-12-05T12:20:00Z",
            "2026-12-05T12:25:00Z");
        add("operation-task:dec-3", "workspace-operation:dec-3", "sync.conflict.resolve", "pending",
            "2026-12-05T12:40:00Z", "2026-12-05T12:41:00Z");
    }

    void add(const QString &id, const QString &operation, const QString &type,
        const QString &status, const char *created, const char *updated,
        const char *started = nullptr, const char *completed = nullptr) const
    {
        fx.write(QStringLiteral("tasks/") + safeRecordId(id) + QStringLiteral(".json"),
            taskJson(id, operation, type, status, created, updated, started, completed));
    }
};

int taskRow(const Store &store, const QString &id)
{
    const auto it = store.relations().taskById.constFind(store.strings().find(id));
    return it == store.relations().taskById.cend() ? -1 : int(*it);
}

std::unique_ptr<TimelinePage> shownPage(StoreSession *session)
{
    auto page = std::make_unique<TimelinePage>(session);
    page->resize(1100, 600);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning("page not exposed");
    return page;
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

} // namespace

class TestTimelineRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void busySpanIsTheLastCluster()
    {
        MonthsFixture mf;
        StoreSession session;
        session.open(mf.fx.root());
        TimelineLayout layout;
        layout.rebuild(*session.store());
        QCOMPARE(layout.barCount(), 6);
        const auto [from, to] = layout.busySpan();
        QCOMPARE(from, at("2026-12-05T12:00:00Z"));
        QCOMPARE(to, at("2026-12-05T12:41:00Z"));
        // A clock far after the last event stretches nothing: open bars count as last seen.
        layout.setNow(at("2027-03-01T00:00:00Z"));
        QCOMPARE(layout.busySpan(), std::make_pair(from, to));
        // A gap longer than June to December joins everything.
        const qint64 day = 24 * 3600 * 1000LL;
        QCOMPARE(layout.busySpan(200 * day).first, at("2026-05-05T00:10:02Z"));
    }

    void opensOnTheRecentActivity()
    {
        MonthsFixture mf;
        StoreSession session;
        session.open(mf.fx.root());
        auto page = shownPage(&session);
        TimelineView *view = page->view();
        QCOMPARE(view->rangeMode(), TimelineView::RangeMode::Recent);
        QCOMPARE(page->rangeBox()->currentData().toInt(), int(TimelineView::RangeMode::Recent));
        const auto [first, last] = view->visibleRange();
        // The cluster, whole, and not the months before it.
        QVERIFY2(first <= double(at("2026-12-05T12:00:00Z")),
            qPrintable(formatUtcTimestamp(qint64(first))));
        QVERIFY2(last >= double(at("2026-12-05T12:41:00Z")),
            qPrintable(formatUtcTimestamp(qint64(last))));
        QVERIFY2(last - first < 2 * 3600 * 1000.0, qPrintable(formatUtcTimestamp(qint64(first))));
        // The cluster's bars are wide enough to read.
        const Store &store = *session.store();
        QVERIFY(view->barRect(taskRow(store, "operation-task:dec-1")).width() > 100);

        // The task running since May reaches in from the left and ends in the view, not past it.
        const QRectF running = view->barRect(taskRow(store, "operation-task:may-run"));
        QVERIFY(running.left() < view->chartRect().left());
        QVERIFY(running.right() <= view->chartRect().right());

        // The range follows the data: a task an hour later moves the view along.
        mf.add("operation-task:dec-4", "workspace-operation:dec-4", "sync.operation.replay",
            "succeeded", "2026-12-05T13:30:00Z", "2026-12-05T13:35:00Z", "2026-12-05T13:30:00Z",
            "2026-12-05T13:35:00Z");
        session.refresh({ QStringLiteral("tasks/operation-task_dec-4.json") });
        QVERIFY(view->visibleRange().second >= double(at("2026-12-05T13:35:00Z")));
        QVERIFY(view->visibleRange().first <= double(at("2026-12-05T12:00:00Z")));
    }

    void aShortSpanIsWidenedToTenMinutes()
    {
        StoreFixture fx; // one task, four seconds long
        StoreSession session;
        session.open(fx.root());
        auto page = shownPage(&session);
        const auto [from, to] = page->view()->rangeFor(TimelineView::RangeMode::Recent);
        QCOMPARE(to - from, TimelineView::kMinRecentSpan);
        QCOMPARE(to, at("2026-05-05T00:10:06Z"));
    }

    void theRangePickerChangesWhatIsShown()
    {
        MonthsFixture mf;
        StoreSession session;
        session.open(mf.fx.root());
        auto page = shownPage(&session);
        TimelineView *view = page->view();
        const double hour = 3600 * 1000.0;

        choose(page->rangeBox(), int(TimelineView::RangeMode::All));
        QCOMPARE(view->rangeMode(), TimelineView::RangeMode::All);
        QVERIFY(view->visibleRange().first <= double(at("2026-05-05T00:10:01Z")));
        QVERIFY(view->visibleRange().second >= double(at("2026-12-05T12:41:00Z")));

        choose(page->rangeBox(), int(TimelineView::RangeMode::LastHour));
        auto [first, last] = view->visibleRange();
        QVERIFY(last >= double(at("2026-12-05T12:41:00Z")));
        QVERIFY(last - first >= hour && last - first < 1.2 * hour);

        choose(page->rangeBox(), int(TimelineView::RangeMode::LastWeek));
        std::tie(first, last) = view->visibleRange();
        QVERIFY(last - first >= 7 * 24 * hour && last - first < 7.5 * 24 * hour);

        // Custom: the from–to fields appear, start from what was shown and set the range.
        QVERIFY(!page->fromEdit()->isVisibleTo(page.get()));
        choose(page->rangeBox(), int(TimelineView::RangeMode::Custom));
        QCOMPARE(view->rangeMode(), TimelineView::RangeMode::Custom);
        QVERIFY(page->fromEdit()->isVisibleTo(page.get()));
        page->fromEdit()->setDateTime(
            QDateTime::fromMSecsSinceEpoch(at("2026-06-10T07:00:00Z"), Qt::UTC));
        page->toEdit()->setDateTime(
            QDateTime::fromMSecsSinceEpoch(at("2026-06-10T09:00:00Z"), Qt::UTC));
        std::tie(first, last) = view->visibleRange();
        QVERIFY(first <= double(at("2026-06-10T07:00:00Z")));
        QVERIFY(last >= double(at("2026-06-10T09:00:00Z")));
        QVERIFY(last - first < 2.5 * hour);
        const QRectF june = view->barRect(taskRow(*session.store(), "operation-task:jun-1"));
        QVERIFY(view->chartRect().contains(june.toAlignedRect()));

        // The task running since May runs on past the right edge: it ends there, in its arrow.
        const QRect chart = view->chartRect();
        const QRectF running = view->barRect(taskRow(*session.store(), "operation-task:may-run"));
        QVERIFY(running.left() < chart.left());
        QVERIFY(running.right() <= chart.right() && running.right() >= chart.right() - 2);
        const QImage shot = view->viewport()->grab().toImage();
        const QColor tip = shot.pixelColor(int(running.right()) - 4, int(running.center().y()));
        const QColor edge = TimelinePalette::colors(TaskState::Running, view->palette()).edge;
        QVERIFY2(std::abs(tip.red() - edge.red()) + std::abs(tip.green() - edge.green())
                    + std::abs(tip.blue() - edge.blue())
                < 40,
            qPrintable(tip.name()));

        // Zoom and pan still work; zoomed all the way out is "All".
        view->zoomIn();
        QVERIFY(view->visibleRange().second - view->visibleRange().first < 2.5 * hour * 0.9);
        for (int i = 0; i < 200; ++i)
            view->zoomOut();
        QCOMPARE(view->rangeMode(), TimelineView::RangeMode::All);
        QCOMPARE(page->rangeBox()->currentData().toInt(), int(TimelineView::RangeMode::All));
        QVERIFY(!page->fromEdit()->isVisibleTo(page.get()));
    }

    void filtersChangeWhatIsLaidOut()
    {
        MonthsFixture mf;
        StoreSession session;
        session.open(mf.fx.root());
        auto page = shownPage(&session);
        const TimelineLayout &layout = page->view()->timelineLayout();
        const Store &store = *session.store();
        QCOMPARE(layout.barCount(), 6);

        page->statusBox()->setCurrentIndex(page->statusBox()->findData(int(TaskState::Failed)));
        QCOMPARE(layout.barCount(), 2);
        QCOMPARE(layout.hiddenCount(), 4);
        QCOMPARE(layout.unplacedCount(), 0);
        for (int i = 0; i < layout.barCount(); ++i)
            QCOMPARE(layout.bar(i).state, TaskState::Failed);
        // The recent activity is that of what is shown: December's failure alone.
        QCOMPARE(layout.busySpan(),
            std::make_pair(at("2026-12-05T12:20:00Z"), at("2026-12-05T12:25:00Z")));

        page->statusBox()->setCurrentIndex(0);
        const int reconcile = page->typeBox()->findData(QStringLiteral("sync.operation.reconcile"));
        QVERIFY(reconcile > 0);
        QCOMPARE(page->typeBox()->itemText(reconcile), QStringLiteral("Reconcile"));
        page->typeBox()->setCurrentIndex(reconcile);
        QCOMPARE(layout.barCount(), 1);
        QCOMPARE(int(layout.bar(0).task), taskRow(store, "operation-task:dec-1"));

        // Both: replays that failed.
        page->typeBox()->setCurrentIndex(
            page->typeBox()->findData(QStringLiteral("sync.operation.replay")));
        page->statusBox()->setCurrentIndex(page->statusBox()->findData(int(TaskState::Failed)));
        QCOMPARE(layout.barCount(), 2);

        // A filtered layout still follows the store.
        mf.add("operation-task:dec-5", "workspace-operation:dec-5", "sync.operation.replay",
            "failed", "2026-12-05T12:50:00Z", "2026-12-05T12:51:00Z", "2026-12-05T12:50:00Z",
            "2026-12-05T12:51:00Z");
        session.refresh({ QStringLiteral("tasks/operation-task_dec-5.json") });
        QCOMPARE(layout.barCount(), 3);

        page->typeBox()->setCurrentIndex(0);
        page->statusBox()->setCurrentIndex(0);
        QCOMPARE(layout.barCount(), 7);
        QCOMPARE(layout.hiddenCount(), 0);
    }

    void runningBarsSayForHowLong()
    {
        MonthsFixture mf;
        StoreSession session;
        session.open(mf.fx.root());
        auto page = shownPage(&session);
        const Store &store = *session.store();
        const QString running
            = page->view()->toolTipForTask(taskRow(store, "operation-task:may-run"));
        // From its start to the store's latest time (2026-12-05 12:41).
        const qint64 span = at("2026-12-05T12:41:00Z") - at("2026-05-06T10:00:00Z");
        QVERIFY2(
            running.contains(QStringLiteral("Running for %1").arg(TimelineText::duration(span))),
            qPrintable(running));
        QVERIFY2(running.contains(QStringLiteral("Last updated: 2026-05-06 10:05:00 UTC")),
            qPrintable(running));
        const QString waiting
            = page->view()->toolTipForTask(taskRow(store, "operation-task:dec-3"));
        QVERIFY2(waiting.contains(QStringLiteral("Waiting for 1 min 00 s")), qPrintable(waiting));
        const QString failed = page->view()->toolTipForTask(taskRow(store, "operation-task:dec-2"));
        QVERIFY2(failed.contains(QStringLiteral("Duration: 5 min 00 s")), qPrintable(failed));
        QVERIFY(!failed.contains(QStringLiteral("Running for")));
    }

    void legendShowsEveryState()
    {
        MonthsFixture mf;
        StoreSession session;
        session.open(mf.fx.root());
        auto page = shownPage(&session);
        TimelineLegend *legend = page->legend();
        QVERIFY(legend->isVisible());
        for (int s = 0; s < kTaskStateCount; ++s) {
            const auto state = TaskState(s);
            QVERIFY(legend->label(state)->isVisible());
            QVERIFY(!legend->label(state)->text().isEmpty());
            QVERIFY(!legend->sample(state)->pixmap().isNull());
        }
        QCOMPARE(legend->label(TaskState::Failed)->text(), QStringLiteral("Failed"));
        QCOMPARE(legend->label(TaskState::Running)->text(), QStringLiteral("Running"));
        // Painted in the bars' colours: the middle of the succeeded sample is its fill.
        const QImage image = legend->sample(TaskState::Succeeded)->pixmap().toImage();
        const QColor middle = image.pixelColor(image.width() / 3, image.height() / 2);
        QCOMPARE(middle.rgb(),
            TimelinePalette::colors(TaskState::Succeeded, legend->palette()).fill.rgb());
        // The failed sample is hatched: not one colour across.
        const QImage failed = legend->sample(TaskState::Failed)->pixmap().toImage();
        QSet<QRgb> colours;
        for (int x = 4; x < failed.width() - 4; ++x)
            colours.insert(failed.pixel(x, failed.height() / 2));
        QVERIFY(colours.size() > 1);
    }
};

QTEST_MAIN(TestTimelineRange)
#include "tst_timelinerange.moc"
