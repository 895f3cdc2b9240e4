// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QString>
#include <QWidget>

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
 * actor, the rationale editor (and why a rationale is required), the staged
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
    };

    explicit DecisionPanel(ConflictModel *model, QWidget *parent = nullptr);

    void refresh(const Shown &shown);
    /// Puts a card's rationale in the editor without reporting it as edited.
    void showRationale(const QString &text);
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }
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
    void rationaleEdited();

private:
    ConflictModel *m_model;
    QLabel *m_cardTitle, *m_cardSubtitle, *m_actingAs;
    QLabel *m_rationaleLabel, *m_rationaleError;
    QPlainTextEdit *m_rationale;
    QLabel *m_summary;
    QPushButton *m_accept, *m_undo, *m_clear, *m_apply, *m_evidence;
    QProgressBar *m_progress;
    QLabel *m_message;
    ConflictSidesView *m_sides;
};

} // namespace SyncDesk::Ui
