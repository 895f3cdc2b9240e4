// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QDialog>

namespace SyncDesk {
class Store;
}

namespace SyncDesk::Ui {

class TrailView;

/**
 * A conflict's trail in a window of its own, beside the main window and not
 * modal: it is opened from three pages (a card, an envelope, a queued
 * operation) and its links open records on those pages, so the trail stays
 * in view while the reviewer follows them. One dialog serves every request:
 * showConflict() replaces what it shows.
 */
class TrailDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TrailDialog(QWidget *parent = nullptr);

    /// Builds and shows the trail of conflictId in store (not owned, may be null).
    void showConflict(const Store *store, const QString &conflictId);
    /// Builds the shown conflict's trail again, after the store changed.
    void refresh(const Store *store);
    QString conflictId() const { return m_conflictId; }
    TrailView *view() const { return m_view; }

private:
    TrailView *m_view;
    QString m_conflictId;
};

} // namespace SyncDesk::Ui
