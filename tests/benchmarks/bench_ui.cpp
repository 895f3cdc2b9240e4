// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Window benchmarks of issue 6, offscreen: populating the models, painting and
// scrolling each view, and one external change reaching the painted window.
// Never part of ctest: scripts/bench.sh builds and runs them on generated stores.

#include "benchstore.h"

#include "core/json/json.h"
#include "core/store/storesession.h"
#include "ui/conflicts/conflictfilterbar.h"
#include "ui/conflicts/conflictsview.h"
#include "ui/evidence/evidencebrowser.h"
#include "ui/queue/queueview.h"
#include "ui/timeline/timelineview.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

using namespace SyncDesk;
using namespace SyncDesk::Ui;
using namespace SyncDeskBench;

namespace {

struct Window final
{
    StoreCopy copy; // the change benchmark writes to it
    MainWindow window { MainWindowOptions {} };
};
std::unique_ptr<Window> shared; // reset before the application goes

MainWindow &window()
{
    if (!shared) {
        shared = std::make_unique<Window>();
        MainWindow &w = shared->window;
        w.resize(1280, 800);
        w.show();
        QEventLoop loop;
        QObject::connect(&w, &MainWindow::storeLoaded, &loop, &QEventLoop::quit);
        w.openStore(shared->copy.root());
        loop.exec();
        // Without a chosen actor every pending card is gated, and the default
        // filter (pending) shows none: the cards are timed with all of them shown.
        w.conflictsView()->filterBar()->setStateFilter(ConflictFilterProxy::StateFilter::All);
        QCoreApplication::processEvents();
    }
    return shared->window;
}

/// The widget whose paint scales with the store: the item view's viewport.
QAbstractScrollArea *viewOf(MainWindow::Page page)
{
    MainWindow &w = window();
    switch (page) {
    case MainWindow::QueuePage:
        return w.queueView()->table();
    case MainWindow::TimelinePage:
        return w.findChild<TimelineView *>();
    case MainWindow::ConflictsPage:
        return w.conflictsView()->listView();
    case MainWindow::EvidencePage:
        return w.findChild<EvidenceBrowser *>()->table();
    default:
        return nullptr;
    }
}

/**
 * Store opened beforehand; timed: the session adopts it (every model of the
 * window resets from it), pending events run and the queue paints.
 */
void populate(benchmark::State &state)
{
    MainWindow &w = window();
    w.showPage(MainWindow::QueuePage);
    for (auto _ : state) {
        state.PauseTiming();
        w.session()->close();
        QCoreApplication::processEvents();
        std::unique_ptr<Store> store = Store::open(shared->copy.root());
        state.ResumeTiming();
        w.session()->adopt(std::move(store));
        w.session()->setWatching(true);
        QCoreApplication::processEvents();
        w.queueView()->table()->viewport()->repaint();
    }
}

void paint(benchmark::State &state, MainWindow::Page page)
{
    MainWindow &w = window();
    w.showPage(page);
    QCoreApplication::processEvents();
    QWidget *viewport = viewOf(page)->viewport();
    // A hidden view paints nothing in no time: that must fail, not pass.
    if (!viewport->isVisible() || viewport->height() < 100) {
        state.SkipWithError("the view is not on screen");
        return;
    }
    for (auto _ : state)
        viewport->repaint();
}

/**
 * Wheel-sized steps down the view, and every 25th step a jump elsewhere (a
 * dragged scroll bar thumb); each step repaints. A stall is a step over 50 ms.
 */
void scroll(benchmark::State &state, MainWindow::Page page)
{
    MainWindow &w = window();
    w.showPage(page);
    QCoreApplication::processEvents();
    QAbstractScrollArea *view = viewOf(page);
    if (!view->viewport()->isVisible() || view->verticalScrollBar()->maximum() <= 0) {
        state.SkipWithError("the view is not on screen, or has nothing to scroll");
        return;
    }
    QScrollBar *bar = view->verticalScrollBar();
    std::vector<double> steps;
    quint32 seed = 12345;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        int value = bar->value() + 3 * std::max(1, bar->singleStep());
        if (steps.size() % 25 == 24) {
            seed = seed * 1103515245u + 12345u;
            value = bar->minimum()
                + int(seed % quint32(std::max(1, bar->maximum() - bar->minimum())));
        }
        bar->setValue(value > bar->maximum() ? bar->minimum() : value);
        view->viewport()->repaint();
        const double s = double(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(s);
        steps.push_back(s * 1000);
    }
    state.counters["p50_ms"] = median(steps);
    state.counters["max_ms"] = *std::max_element(steps.begin(), steps.end());
    state.counters["stalls"]
        = double(std::count_if(steps.begin(), steps.end(), [](double ms) { return ms > 50; }));
}

/**
 * A task file replaced as the daemon replaces it until the window shows it:
 * watcher, debounce, re-read, relations, every model's update, the queue's repaint.
 */
void changeReflected(benchmark::State &state)
{
    MainWindow &w = window();
    w.showPage(MainWindow::QueuePage);
    QCoreApplication::processEvents();
    int generation = 0;
    for (auto _ : state) {
        const Store &s = *w.session()->store();
        const quint32 file = s.tasks()[s.tasks().size() / 3 + size_t(generation) % 64].file;
        const QString path = s.absolutePath(file);
        Json task = parseJson(readAll(path).toStdString()).value;
        task["updated_at"] = QStringLiteral("2027-02-01T00:%1:%2Z")
                                 .arg(generation / 60 % 60, 2, 10, QLatin1Char('0'))
                                 .arg(generation % 60, 2, 10, QLatin1Char('0'))
                                 .toStdString();
        ++generation;
        QEventLoop loop;
        QObject::connect(w.session(), &StoreSession::storeUpdated, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, [&] { loop.exit(1); });
        QElapsedTimer timer;
        timer.start();
        replaceFile(path, QByteArray::fromStdString(task.dump(2) + "\n"));
        const int rc = loop.exec();
        QCoreApplication::processEvents();
        w.queueView()->table()->viewport()->repaint();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (rc != 0)
            state.SkipWithError("the change was not picked up within 5 s");
        QEventLoop settle;
        QTimer::singleShot(100, &settle, &QEventLoop::quit);
        settle.exec();
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Recent stores and the chosen actor are remembered in settings: not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    takeStoreArgument(argc, argv);
    using benchmark::kMillisecond;
    benchmark::RegisterBenchmark("populate_window", populate)
        ->Unit(kMillisecond)
        ->UseRealTime()
        ->Iterations(1);
    const std::pair<const char *, MainWindow::Page> views[] = {
        { "queue", MainWindow::QueuePage },
        { "timeline", MainWindow::TimelinePage },
        { "cards", MainWindow::ConflictsPage },
        { "evidence", MainWindow::EvidencePage },
    };
    for (const auto &[name, page] : views)
        benchmark::RegisterBenchmark((std::string("paint_") + name).c_str(), paint, page)
            ->Unit(kMillisecond)
            ->UseRealTime();
    for (const auto &[name, page] : views) {
        if (page == MainWindow::EvidencePage)
            continue; // the issue asks for queue, timeline and cards
        benchmark::RegisterBenchmark((std::string("scroll_") + name).c_str(), scroll, page)
            ->Unit(kMillisecond)
            ->UseManualTime()
            ->Iterations(300);
    }
    benchmark::RegisterBenchmark("change_reflected_window", changeReflected)
        ->Unit(kMillisecond)
        ->UseManualTime()
        ->Iterations(1)
        ->Repetitions(15);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    shared.reset();
    return 0;
}
