// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace SyncDesk {
class ConflictModel;
} // namespace SyncDesk

namespace SyncDesk::Ui {

class ConflictSidesView;

/**
 * The panel beside the DecisionCards: the current card's title, the acting
 * actor (a button to choose one while none acts, a warning when its identity is
 * not the signed-in user's), the rationale editor (and why a rationale is
 * required) or, for a decided card, its record read-only, the staged
 * summary, the actions (accept recommendations, undo, clear, Apply), Apply's
 * progress and status line, and the evidence link.
 *
 * It shows what ConflictsView tells it (refresh()) and reports the buttons as
 * requests; staging and Apply stay with the view.
 */
class DecisionPanel final : public QWidget
{
    Q_OBJECT

public:
    /// What the panel shows besides the model's card and staging.
    struct Shown
    {
        int row = -1; ///< the current card's source row, -1 for none
        QList<int> selected; ///< source rows of the selected cards
        int shownCount = 0; ///< cards the filter shows
        bool hasHistory = false; ///< a staged choice undo can take back
        bool applying = false;
        /// The store may still show files as they were (StoreSession::isChecking()).
        bool checking = false;
    };

    explicit DecisionPanel(ConflictModel *model, QWidget *parent = nullptr);

    /// Qt::Vertical: one column, beside the cards (the default); Qt::Horizontal:
    /// the card's rationale and the actions side by side, below the cards.
    void setArrangement(Qt::Orientation arrangement);
    /// The width the panel needs as one column beside the cards.
    int columnWidth() const;

    void refresh(const Shown &shown);
    /// Puts a card's rationale in the editor without reporting it as edited.
    void showRationale(const QString &text);
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }
    /// The read-only record of a decided card (shown instead of the editor).
    QLabel *recordLabel() const { return m_record; }
    /// "Revise decision…" on a decided card the acting actor may revise;
    /// "Cancel revision" while the card is being revised.
    QPushButton *reviseButton() const { return m_revise; }
    /// The warning that the acting actor is not the signed-in user (hidden otherwise).
    QLabel *identityWarning() const { return m_identityWarning; }
    /// "Choose who is deciding…", shown while no actor acts.
    QPushButton *chooseActorButton() const { return m_chooseActor; }
    /// Why Apply waits while the store is checked (StoreSession::isChecking()).
    static QString checkingText();
    /// The warning text when the acting actor's identity_id is not the signed-in
    /// user's, empty when it is (for the panel and Apply's confirmation).
    static QString identityWarningText(const ConflictModel &model);
    /// The current card's sides (issue 17, item 6).
    ConflictSidesView *sidesView() const { return m_sides; }
    /// "2 merge · 1 fork · 0 skip", or that nothing is staged.
    QString summaryText() const;

    /// The line that reports what Apply did, or why it did not start.
    QString statusText() const;
    void showMessage(const QString &text, bool error);

    /// Apply's progress: a bar from 0 to total, shown while a batch is written.
    void startProgress(int total);
    void setProgress(int done);
    void setProgressVisible(bool visible);

Q_SIGNALS:
    void acceptRequested();
    void undoRequested();
    void clearRequested();
    void applyRequested();
    void evidenceRequested();
    /// "Show trail…": the current card's history (ConflictTrail) was asked for.
    void trailRequested();
    void rationaleEdited();
    void chooseActorRequested();
    /// The revise button was pressed: begin (or cancel) revising the current card.
    void reviseRequested();

private:
    ConflictModel *m_model;
    QBoxLayout *m_columns;
    QWidget *m_cardColumn, *m_actionsColumn;
    QLabel *m_cardTitle, *m_cardSubtitle, *m_actingAs, *m_identityWarning;
    QPushButton *m_chooseActor;
    QLabel *m_record;
    QPushButton *m_revise;
    /// The actor whose draft the editor shows: another one's words never stay in it.
    QString m_shownActor;
    QLabel *m_rationaleLabel, *m_rationaleError;
    QPlainTextEdit *m_rationale;
    QLabel *m_summary;
    QPushButton *m_accept, *m_undo, *m_clear, *m_apply, *m_evidence;
    QString m_applyToolTip; ///< Apply's own, while nothing stops it
    QPushButton *m_trail;
    QProgressBar *m_progress;
    QLabel *m_message;
    ConflictSidesView *m_sides;
};

} // namespace SyncDesk::Ui
