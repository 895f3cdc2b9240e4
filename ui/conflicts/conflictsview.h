// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/conflictfilterproxy.h"
#include "core/models/conflictmodel.h"
#include "core/resolution/resolution.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QStackedWidget;

namespace SyncDesk {
class DecisionApply;
class StoreSession;
} // namespace SyncDesk

namespace SyncDesk::Ui {

class ConflictCardDelegate;
class ConflictFilterBar;
class DecisionPanel;

/**
 * The Conflicts page: DecisionCards to decide, one at a time from the keyboard
 * (M / F / S stage and move on; J / K and arrows move; U undoes; Ctrl+Return
 * applies) or many at once (accept the recommendations of a selection or of
 * everything the filter shows). Nothing is written until Apply, which asks
 * once, writes through ResolutionWriter and shows each card's outcome.
 */
class ConflictsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsView(QWidget *parent = nullptr);
    ~ConflictsView() override;

    void setSession(StoreSession *session);
    /// The acting actor: whose capabilities and scope the gate checks.
    void setActor(const QString &actorId);
    QString actor() const;

    /// Ask once before Apply (on by default; tests turn it off).
    void setConfirmApply(bool confirm) { m_confirmApply = confirm; }
    /// Batches larger than this are written on a worker thread.
    void setBackgroundThreshold(int decisions);
    /// Milliseconds since the epoch for what Apply writes (tests); empty: now.
    void setClock(std::function<qint64()> clock);

    ConflictModel *model() const { return m_model; }
    ConflictFilterProxy *proxy() const { return m_proxy; }
    /**
     * Filters and sorts the cards now if that was put off while the page was
     * not shown, and makes the first card current if none is: for what reads
     * the current card from another page (Export Dossier).
     */
    void catchUp();
    ConflictFilterBar *filterBar() const { return m_filterBar; }
    QListView *listView() const { return m_list; }
    QPlainTextEdit *rationaleEdit() const;
    /// The line under the buttons that reports what Apply did, or why it did not start.
    QString statusText() const;
    bool isApplying() const;
    /// The store may still show files as they were: nothing is written
    /// (StoreSession::isChecking()).
    bool isChecking() const;

    /// Makes a conflict the current card (clearing filters that hide it).
    bool selectConflict(const QString &conflictId);
    /// Source row of the current card, or -1.
    int currentRow() const;

    /**
     * Stages an option on the current card. Pressing the option already
     * staged unstages it (on a stale card it confirms it for the version now
     * shown instead); a disabled option is explained on the status line.
     * Returns whether the staging changed.
     */
    bool stageCurrent(DecisionOption option);
    /// Takes back the last step: one choice, one unstaging, or a whole bulk accept.
    void undo();
    void clearStaged();
    /// Accepts recommendations on the selection (two or more cards) or the whole filter.
    /// One undo step takes all of them back.
    int acceptRecommendations();
    /// Apply ready: writes every staged decision that is ready (after one
    /// confirmation) and keeps the others staged, each card saying why.
    void apply();
    /// One rationale for every selected card with a staged decision; returns how many took it.
    int setRationaleForSelection(const QString &text);

Q_SIGNALS:
    void evidenceActivated(const QString &evidenceId);
    /// The trail of a conflict was asked for (the panel's button, a card's menu).
    void trailRequested(const QString &conflictId);
    /// Pending cards in the store, for a badge.
    void pendingCountChanged(int pending);
    void applyFinished(int applied, int refused);
    /// "Choose who is deciding…" was pressed (no actor acts).
    void chooseActorRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Says why, and returns true, when staging waits for the store's check.
    bool stagingRefusedWhileChecking();
    void onCurrentChanged();
    void onRationaleEdited();
    /// Begins revising the current decided card, or cancels its revision.
    void toggleRevision();
    void updatePanel();
    void updateCounts();
    void updateEmptyState();
    void moveBy(int step);
    void advanceFromCurrent();
    QList<int> selectedRows() const;
    void setCurrentSourceRow(int row);
    void showMessage(const QString &text, bool error);
    void finishApply(const ApplyReport &report);
    void setBusy(bool busy);
    /// What was staged on each card before a step, for undo.
    using UndoStep = QList<QPair<QString, DecisionOption>>;
    void pushUndo(const UndoStep &step);
    void askRationaleForSelection();
    /// "needs a rationale: 3, stale: 1" for staged decisions that are not ready.
    QString notReadySummary(int *first) const;

    QPointer<StoreSession> m_session;
    ConflictModel *m_model;
    ConflictFilterProxy *m_proxy;
    ConflictCardDelegate *m_delegate;
    ConflictFilterBar *m_filterBar;
    QStackedWidget *m_stack;
    QListView *m_list;
    QLabel *m_empty;

    DecisionPanel *m_panel;

    QList<UndoStep> m_history; ///< what each step changed, oldest first
    QString m_keptBack; ///< the last Apply ready's "kept staged" note
    bool m_confirmApply = true;
    DecisionApply *m_applier = nullptr; ///< the Apply use case; made first, deleted first
    int m_pendingCount = -1;
    bool m_countsBehind = false; ///< the filter bar's counts wait for the page to be shown
};

} // namespace SyncDesk::Ui
