// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/window/storestatus.h"

#include "core/io/writerlock.h"
#include "core/store/storesession.h"
#include "ui/widgets/elidedlabel.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace SyncDesk::Ui {

StoreStatus::StoreStatus(StoreSession *session, QStatusBar *bar)
    : QObject(bar)
    , m_session(session)
    , m_pathLabel(new ElidedLabel(bar))
    , m_generationLabel(new ElidedLabel(bar))
    , m_countsLabel(new ElidedLabel(bar))
    , m_pendingLabel(new ElidedLabel(bar))
    , m_lockLabel(new ElidedLabel(bar))
    , m_lockTimer(new QTimer(this))
{
    m_pendingLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_lockLabel->setTextFormat(Qt::PlainText); // names a lock file's content
    m_pendingLabel->hide();
    // None of them may widen the window: each gives up width, shortened with "…"
    // (the path in the middle, so that the store folder's name stays).
    m_pathLabel->setElideMode(Qt::ElideMiddle);
    bar->addWidget(m_pathLabel, 1);
    bar->addPermanentWidget(m_generationLabel);
    bar->addPermanentWidget(m_countsLabel);
    bar->addPermanentWidget(m_pendingLabel);
    bar->addPermanentWidget(m_lockLabel);
    m_lockTimer->setInterval(2000);
    connect(m_lockTimer, &QTimer::timeout, this, &StoreStatus::updateLock);
}

void StoreStatus::update()
{
    const Store *s = m_session->store();
    if (!s) {
        m_pathLabel->clear();
        m_generationLabel->clear();
        m_countsLabel->clear();
        return;
    }
    m_pathLabel->setText(s->root());
    m_generationLabel->setText(tr("Generation %1").arg(s->manifest().activeGeneration));
    if (s->isPartial()) {
        m_countsLabel->setText(tr("%1 operations · reading tasks, conflicts and evidence…")
                                   .arg(s->operations().size()));
        return;
    }
    m_countsLabel->setText(tr("%1 operations · %2 tasks · %3 conflicts · %4 evidence")
                               .arg(s->operations().size())
                               .arg(s->tasks().size())
                               .arg(s->conflicts().size())
                               .arg(s->evidence().size()));
    updateLock();
}

void StoreStatus::setPendingConflicts(int pending)
{
    m_pendingLabel->setText(tr("%n pending conflict(s)", nullptr, pending));
    m_pendingLabel->setVisible(pending > 0);
}

void StoreStatus::watchLock()
{
    m_lockTimer->start();
}

void StoreStatus::updateLock()
{
    const Store *s = m_session->store();
    if (!s) {
        m_lockLabel->clear();
        return;
    }
    // Asked on this thread, every two seconds: the probe cannot block or spin
    // whatever writer.lock is (a FIFO, /dev/zero behind a symlink…): it opens
    // with O_NONBLOCK | O_NOFOLLOW, fstat-s before one bounded read and never
    // waits for the lock. A worker thread would add a queue of answers that
    // arrive after the store they were asked about is gone, for no gain.
    const auto state = WriterLock::probe(s->root() + QStringLiteral("/writer.lock"));
    switch (state.kind) {
    case WriterLock::State::Kind::Unlocked:
        m_lockLabel->setText(tr("Unlocked"));
        m_lockLabel->setToolTip(tr("No program is writing to the store."));
        break;
    case WriterLock::State::Kind::Held:
        m_lockLabel->setText(
            tr("Locked by %1").arg(state.app.isEmpty() ? tr("a writer") : state.app));
        m_lockLabel->setToolTip(
            tr("Process %1 on %2 holds the store's writer lock.").arg(state.pid).arg(state.host));
        break;
    case WriterLock::State::Kind::NotALockFile:
        m_lockLabel->setText(tr("writer.lock is %1, not a lock file").arg(state.what));
        m_lockLabel->setToolTip(state.message);
        break;
    case WriterLock::State::Kind::Unreadable:
        m_lockLabel->setText(tr("Lock state unknown"));
        m_lockLabel->setToolTip(state.message);
        break;
    }
}

} // namespace SyncDesk::Ui
