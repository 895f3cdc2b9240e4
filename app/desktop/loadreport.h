// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace SyncDesk::Ui {
class MainWindow;
}

namespace SyncDesk::Desktop {

/**
 * `syncdesk --exit-after-load`: once the window has painted the queue of the
 * whole store, prints one JSON line to stdout and quits with 0; a store that
 * cannot be opened: its message on stderr and 1.
 *
 * The line, which scripts/bench.sh and tst_mainwindow read:
 * `{"records", "load_ms", "first_paint_ms", "complete_ms", "checked_ms", "preview",
 * "rss_mb", "peak_rss_mb", "files_from_cache", "files_from_preview",
 * "files_read", "files_read_flat", "malloc_huge_pages", "restart_ms"}`. records and the files_
 * counts are the store's (Store::loadStats()); load_ms is StoreOpener's read; first_paint_ms is the
 * queue's first frame (a preview's, when there was one) and complete_ms the
 * first frame of the whole store, both counted from sinceStart plus
 * restart_ms, the time restartWithHugePageMalloc() took before it; checked_ms
 * is when the files the load took from the load cache unchecked had been
 * checked (StoreSession::isChecking()), complete_ms when there were none; the
 * line is printed then; preview says
 * whether a preview was shown; rss_mb and peak_rss_mb are VmRSS and VmHWM of
 * /proc/self/status; malloc_huge_pages is mallocAdvisesHugePages()
 * (the restart took effect).
 */
class LoadReport final : public QObject
{
    Q_OBJECT

public:
    /// Watches window, whose load began sinceStart (started before the window was made).
    LoadReport(const QElapsedTimer &sinceStart, Ui::MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *queueViewport() const;
    static qint64 restartMs();
    /// The whole store's first frame is done: prints once its files are checked.
    void complete();
    void printAndQuit();

    Ui::MainWindow *m_window;
    QElapsedTimer m_sinceStart;
    qint64 m_loadMs = 0;
    qint64 m_firstPaintMs = -1;
    qint64 m_completeMs = -1;
    bool m_previewShown = false; ///< the queue was shown before the whole store
    bool m_reported = false;
    bool m_printed = false;
};

} // namespace SyncDesk::Desktop
