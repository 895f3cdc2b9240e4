// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/conflictsides.h"

#include <QTextBrowser>

namespace SyncDesk {
class Store;
} // namespace SyncDesk

namespace SyncDesk::Ui {

/**
 * The sides of the current card, in the decision panel (issue 17, item 6):
 * per side a compact block (device and actor, whether the store holds its
 * version, its operations on the object with status and time, what the
 * records leave open), then what each offered option keeps and drops with the
 * sides named, the object record, and the operations of no side (the daemon's
 * detection, reconciles): what a reader needs first comes first, since the
 * panel often shows only a few lines of it (ConflictSides).
 *
 * One rich-text view rather than a column of labels: it wraps at any width
 * (the panel is narrow and German runs long), scrolls, and lets every line be
 * selected and copied. An operation is a link; activating it asks for that
 * operation in the queue.
 */
class ConflictSidesView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ConflictSidesView(QWidget *parent = nullptr);

    /// Shows the sides of the conflict at row of store (null or -1: none).
    /// Built again on every call; the text only when what it says changed.
    void showConflict(const Store *store, int conflictRow);
    const ConflictSides &sides() const { return m_sides; }
    /// A few lines, whatever the text: the sides take the height the panel has
    /// left, and never push the rationale editor or Apply out of a laptop's screen.
    QSize sizeHint() const override;
    /// Below the cards the panel shares the page's height with them: ask for no
    /// more than the minimum there.
    void setCompact(bool compact);

Q_SIGNALS:
    /// An operation's link was activated: its row in Store::operations().
    void operationActivated(int operationRow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString operationHtml(const SideOperation &op) const;

    ConflictSides m_sides;
    const Store *m_store = nullptr;
    bool m_shown = false; ///< something was built, for the first empty call
    bool m_compact = false;
};

} // namespace SyncDesk::Ui
