// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/desktop/loadreport.h"

#include "core/io/hugepagemalloc.h"
#include "core/store/storeopener.h"
#include "core/store/storesession.h"
#include "ui/queue/queueview.h"
#include "ui/window/mainwindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <utility>

namespace SyncDesk::Desktop {
namespace {

double procStatusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

LoadReport::LoadReport(const QElapsedTimer &sinceStart, Ui::MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_sinceStart(sinceStart)
{
    // Every paint of the queue is looked at from the preview (or the whole
    // store) on: the first gives first_paint_ms, the first of the whole store
    // ends the run.
    connect(window, &Ui::MainWindow::previewShown, this, [this] {
        m_previewShown = true;
        queueViewport()->installEventFilter(this);
    });
    connect(window->storeOpener(), &StoreOpener::loaded, this,
        [this](qint64 loadMs) { m_loadMs = loadMs; });
    connect(window, &Ui::MainWindow::storeLoaded, this, [this](bool ok) {
        if (!ok)
            return;
        QWidget *view = queueViewport();
        view->installEventFilter(this);
        view->update();
    });
    connect(window->storeOpener(), &StoreOpener::failed, this,
        [](Store::State, const QString &message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            QCoreApplication::exit(1);
        });
}

QWidget *LoadReport::queueViewport() const
{
    return m_window->queueView()->table()->viewport();
}

bool LoadReport::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported && watched == queueViewport()) {
        if (m_firstPaintMs < 0)
            QTimer::singleShot(0, this, [this] {
                if (m_firstPaintMs < 0)
                    m_firstPaintMs = m_sinceStart.elapsed() + restartMs();
            });
        const Store *s = m_window->session()->store();
        if (!(s && s->isPartial())) {
            m_reported = true;
            // After this paint event has been handled: the frame is done.
            QTimer::singleShot(0, this, &LoadReport::complete);
        }
    }
    return QObject::eventFilter(watched, event);
}

// The restart for huge pages happened before sinceStart began: counted in.
qint64 LoadReport::restartMs()
{
    return qRound64(hugePageRestartMs());
}

void LoadReport::complete()
{
    m_completeMs = m_sinceStart.elapsed() + restartMs();
    StoreSession *session = m_window->session();
    if (!session->isChecking())
        return printAndQuit();
    connect(session, &StoreSession::checkingChanged, this, [this](bool checking) {
        if (!checking)
            printAndQuit();
    });
}

void LoadReport::printAndQuit()
{
    if (std::exchange(m_printed, true))
        return;
    const Store *s = m_window->session()->store();
    // Before anything below that takes time (the arguments' order is unspecified).
    const qint64 checkedMs = m_sinceStart.elapsed() + restartMs();
    std::printf(
        "{\"records\": %lld, \"load_ms\": %lld, \"first_paint_ms\": %lld, \"complete_ms\": %lld, "
        "\"checked_ms\": %lld, \"preview\": %s, \"rss_mb\": %.1f, \"peak_rss_mb\": %.1f, "
        "\"files_from_cache\": %d, "
        "\"files_from_preview\": %d, \"files_read\": %d, \"files_read_flat\": %d, "
        "\"malloc_huge_pages\": %s, "
        "\"restart_ms\": %lld}\n",
        s ? static_cast<long long>(s->files().size()) : 0LL, static_cast<long long>(m_loadMs),
        static_cast<long long>(m_firstPaintMs), static_cast<long long>(m_completeMs),
        static_cast<long long>(checkedMs), m_previewShown ? "true" : "false",
        procStatusMb("VmRSS:"), procStatusMb("VmHWM:"), s ? s->loadStats().filesFromCache : 0,
        s ? s->loadStats().filesFromPreview : 0, s ? s->loadStats().filesRead : 0,
        s ? s->loadStats().filesReadFlat : 0, mallocAdvisesHugePages() ? "true" : "false",
        static_cast<long long>(restartMs()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace SyncDesk::Desktop
