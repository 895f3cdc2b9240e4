// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

class QStatusBar;
class QTimer;

namespace SyncDesk {
class StoreSession;
}

namespace SyncDesk::Ui {

class ElidedLabel;

/**
 * The store's part of the window's status bar: the store's path, generation
 * and record counts, the pending conflicts, and who holds writer.lock.
 */
class StoreStatus final : public QObject
{
    Q_OBJECT

public:
    /// Adds its labels to bar (the path first, the rest as permanent widgets).
    StoreStatus(StoreSession *session, QStatusBar *bar);

    /// Path, generation and counts of the session's store; the lock too once it is whole.
    void update();
    /// Who holds writer.lock now.
    void updateLock();
    /// Shown, in bold, only while some are pending.
    void setPendingConflicts(int pending);
    /// Asks for writer.lock every two seconds from now on.
    void watchLock();

private:
    StoreSession *m_session;
    ElidedLabel *m_pathLabel;
    ElidedLabel *m_generationLabel;
    ElidedLabel *m_countsLabel;
    ElidedLabel *m_pendingLabel;
    ElidedLabel *m_lockLabel;
    QTimer *m_lockTimer;
};

} // namespace SyncDesk::Ui
