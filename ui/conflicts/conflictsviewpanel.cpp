// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// ConflictsView: the panel beside the cards (rationale, staged summary,
// actions) and Apply.
#include "core/resolution/decisionapply.h"
#include "core/store/store.h"
#include "core/store/storesession.h"
#include "ui/conflicts/cardpalette.h"
#include "ui/conflicts/conflictcarddelegate.h"
#include "ui/conflicts/conflictfilterbar.h"
#include "ui/conflicts/conflictsview.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace SyncDesk::Ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

QWidget *ConflictsView::buildPanel()
{
    auto *panel = new QWidget(this);
    panel->setMinimumWidth(300);
    panel->setMaximumWidth(420);
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(12, 4, 4, 4);
    v->setSpacing(6);

    m_cardTitle = new QLabel(panel);
    m_cardTitle->setWordWrap(true);
    m_cardTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_cardTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_cardTitle->setFont(titleFont);
    m_cardSubtitle = new QLabel(panel);
    m_cardSubtitle->setTextFormat(Qt::PlainText);
    m_cardSubtitle->setForegroundRole(QPalette::PlaceholderText);
    m_actingAs = new QLabel(panel);
    m_actingAs->setWordWrap(true);
    m_actingAs->setTextFormat(Qt::PlainText);
    v->addWidget(m_cardTitle);
    v->addWidget(m_cardSubtitle);
    v->addSpacing(4);
    v->addWidget(m_actingAs);
    v->addWidget(separator(panel));

    m_rationaleLabel = heading(tr("Rationale"), panel);
    m_rationale = new QPlainTextEdit(panel);
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setPlaceholderText(
        tr("Why this choice? It is written with the decision and kept as evidence."));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setFixedHeight(6 * m_rationale->fontMetrics().height());
    m_rationale->installEventFilter(this);
    m_rationaleLabel->setBuddy(m_rationale);
    m_rationaleError = new QLabel(panel);
    m_rationaleError->setWordWrap(true);
    m_rationaleError->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_rationaleError->palette();
    errorPalette.setColor(
        QPalette::WindowText, CardPalette::readable(CardPalette::negative(), errorPalette));
    m_rationaleError->setPalette(errorPalette);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &ConflictsView::onRationaleEdited);
    v->addWidget(m_rationaleLabel);
    v->addWidget(m_rationale);
    v->addWidget(m_rationaleError);
    v->addSpacing(6);

    v->addWidget(heading(tr("Staged decisions"), panel));
    m_summary = new QLabel(panel);
    m_summary->setAccessibleName(tr("Staged decisions"));
    v->addWidget(m_summary);

    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    m_accept = new QPushButton(QIcon::fromTheme(QStringLiteral("checkmark")), QString(), panel);
    m_undo = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Undo"), panel);
    m_clear
        = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-clear-all")), tr("Clear"), panel);
    m_apply
        = new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("Apply"), panel);
    m_undo->setToolTip(tr("Unstage the current card, or the last choice made (U)"));
    m_clear->setToolTip(tr("Unstage every card"));
    m_apply->setToolTip(tr("Write every staged decision to the store (Ctrl+Return)"));
    for (QPushButton *b : { m_accept, m_undo, m_clear, m_apply })
        b->setAccessibleName(b->text().isEmpty() ? tr("Accept recommendations") : b->text());
    QFont applyFont = m_apply->font();
    applyFont.setBold(true);
    m_apply->setFont(applyFont);
    m_apply->setMinimumHeight(m_apply->sizeHint().height() + 6);
    grid->addWidget(m_accept, 0, 0, 1, 2);
    grid->addWidget(m_undo, 1, 0);
    grid->addWidget(m_clear, 1, 1);
    grid->addWidget(m_apply, 2, 0, 1, 2);
    v->addLayout(grid);
    connect(m_accept, &QPushButton::clicked, this, &ConflictsView::acceptRecommendations);
    connect(m_undo, &QPushButton::clicked, this, &ConflictsView::undo);
    connect(m_clear, &QPushButton::clicked, this, &ConflictsView::clearStaged);
    connect(m_apply, &QPushButton::clicked, this, &ConflictsView::apply);

    m_progress = new QProgressBar(panel);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Applying decisions"));
    m_message = new QLabel(panel);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Apply status"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_progress);
    v->addWidget(m_message);
    connect(m_applier, &DecisionApply::progressed, m_progress, &QProgressBar::setValue);
    connect(m_applier, &DecisionApply::finished, this, &ConflictsView::finishApply);
    v->addStretch(1);

    m_evidence = new QPushButton(
        QIcon::fromTheme(QStringLiteral("document-preview")), tr("Open evidence"), panel);
    m_evidence->setAccessibleName(tr("Open evidence"));
    connect(m_evidence, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            Q_EMIT evidenceActivated(
                m_model->index(row).data(ConflictModel::EvidenceIdRole).toString());
    });
    v->addWidget(m_evidence);
    auto *keys = new QLabel(tr("M merge · F fork · S skip · J/K move · U undo · "
                               "R rationale · Ctrl+Return apply"),
        panel);
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(keys);
    return panel;
}

void ConflictsView::updatePanel()
{
    const int row = currentRow();
    const QModelIndex index = m_model->index(row);
    const bool pending = row >= 0 && m_model->isPending(row);
    const QList<int> selected = selectedRows();

    m_cardTitle->setText(
        row < 0 ? tr("No card selected") : index.data(ConflictModel::ObjectIdRole).toString());
    m_cardSubtitle->setText(row < 0
            ? QString()
            : tr("%1 · %2").arg(index.data(ConflictModel::ConflictIdRole).toString(),
                index.data(ConflictModel::SeverityLabelRole).toString()));
    m_actingAs->setText(m_model->actor().isEmpty()
            ? tr("No acting actor chosen: every option is disabled.")
            : tr("Acting as %1 (%2)").arg(m_model->actorDisplayName(), m_model->actor()));

    // Words are asked for only where a choice can be made.
    const bool decidable = pending && index.data(ConflictModel::AllowedOptionsRole).toInt() != 0;
    const bool required = decidable && m_model->rationaleRequired(row);
    if (selected.size() > 1)
        m_rationaleLabel->setText(
            tr("Rationale for the selected cards (%L1)").arg(selected.size()));
    else
        m_rationaleLabel->setText(required ? tr("Rationale (required) *") : tr("Rationale"));
    m_rationale->setEnabled(decidable && !isApplying());
    if (row >= 0 && m_rationale->toPlainText() != m_model->rationale(row)
        && !m_rationale->hasFocus()) {
        const QSignalBlocker block(m_rationale);
        m_rationale->setPlainText(m_model->rationale(row));
    }
    QString error;
    if (row >= 0 && m_model->rationaleMissing(row)) {
        const QString severity = index.data(ConflictModel::SeverityRole).toString();
        error
            = severity == QLatin1String("blocking") || severity == QLatin1String("review_required")
            ? tr("⚠ Required: a %1 conflict needs a rationale before it can be applied.")
                  .arg(ConflictModel::severityLabel(severity).toLower())
            : tr("⚠ Required: policy decision %1 asks for review; say why.")
                  .arg(index.data(ConflictModel::PolicyIdRole).toString());
    }
    m_rationaleError->setText(error);
    m_rationaleError->setVisible(!error.isEmpty());

    const int total = m_model->stagedTotal();
    m_summary->setText(total == 0 ? tr("Nothing staged yet.")
                                  : tr("%L1 merge · %L2 fork · %L3 skip")
                                        .arg(m_model->stagedCount(DecisionOption::Merge))
                                        .arg(m_model->stagedCount(DecisionOption::Fork))
                                        .arg(m_model->stagedCount(DecisionOption::Skip)));
    m_accept->setText(selected.size() > 1
            ? tr("Accept recommendations (%L1 selected)").arg(selected.size())
            : tr("Accept recommendations (%L1 shown)").arg(m_proxy->rowCount()));
    m_accept->setEnabled(!isApplying() && m_proxy->rowCount() > 0);
    m_undo->setEnabled(!isApplying()
        && ((row >= 0 && m_model->stagedOption(row) != DecisionOption::None)
            || !m_history.isEmpty()));
    m_clear->setEnabled(!isApplying() && total > 0);
    m_apply->setEnabled(!isApplying() && total > 0);
    m_apply->setText(total > 0 ? tr("Apply staged decisions (%L1)").arg(total) : tr("Apply"));
    m_evidence->setEnabled(
        row >= 0 && !index.data(ConflictModel::EvidenceIdRole).toString().isEmpty());
}

QString ConflictsView::statusText() const
{
    return m_message->text();
}

void ConflictsView::showMessage(const QString &text, bool error)
{
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText,
        error ? CardPalette::readable(CardPalette::negative(), palette())
              : palette().color(QPalette::WindowText));
    m_message->setPalette(pal);
    m_message->setText(text);
}

void ConflictsView::apply()
{
    if (isApplying() || !m_model->store())
        return;
    const QList<Decision> decisions = m_model->stagedDecisions();
    if (decisions.isEmpty()) {
        showMessage(tr("Nothing is staged: choose with M, F or S first."), true);
        return;
    }
    int missing = 0, first = -1;
    for (const Decision &d : decisions) {
        const int row = m_model->rowOf(d.conflictId);
        if (m_model->rationaleMissing(row)) {
            ++missing;
            first = first < 0 ? row : first;
        }
    }
    if (missing > 0) {
        // KDiff3's rule: nothing is written while a choice is incomplete.
        selectConflict(m_model->conflictId(first));
        m_rationale->setFocus();
        showMessage(tr("Nothing was written. Staged decisions still needing a rationale: %L1; "
                       "the first one is selected.")
                        .arg(missing),
            true);
        return;
    }
    if (m_confirmApply) {
        QMessageBox box(QMessageBox::Question, tr("Apply decisions"),
            tr("Apply the staged decisions (%L1)?").arg(decisions.size()), QMessageBox::Cancel,
            this);
        box.setInformativeText(
            tr("%1\n\nThey are written as %2 (%3). Each decision records an evidence envelope, "
               "queues an operation and its task for the daemon, and adds a journal line.")
                .arg(m_summary->text(), m_model->actorDisplayName(), m_model->actor()));
        QPushButton *go = box.addButton(tr("Apply"), QMessageBox::AcceptRole);
        box.setDefaultButton(go);
        box.exec();
        if (box.clickedButton() != go)
            return;
    }
    ApplyOptions options;
    options.expectedVersions = m_model->shownVersions(decisions);
    m_model->clearOutcomes();
    showMessage(tr("Writing the staged decisions (%L1)…").arg(decisions.size()), false);
    m_progress->setRange(0, int(decisions.size()));
    m_progress->setValue(0);
    m_applier->start(m_model->store(), decisions, options);
    if (isApplying())
        setBusy(true);
}

void ConflictsView::setBusy(bool busy)
{
    m_progress->setVisible(busy && isApplying());
    updatePanel();
}

void ConflictsView::finishApply(const ApplyReport &report)
{
    int applied = 0, refused = 0;
    for (const DecisionOutcome &o : report.outcomes)
        (o.outcome == Outcome::Refused ? refused : applied) += 1;
    m_model->setOutcomes(report.outcomes);

    QStringList text;
    text << tr("Applied: %L1.").arg(applied);
    if (refused > 0)
        text << tr("Refused: %L1; the cards marked Refused say why.").arg(refused);
    if (report.ioError)
        text << tr("Writing stopped: %1").arg(report.ioError->message);
    text << report.recovered;
    showMessage(text.join(QLatin1Char(' ')), refused > 0 || report.ioError);
    setBusy(false);
    Q_EMIT applyFinished(applied, refused);
}

} // namespace SyncDesk::Ui
