// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/conflicts/decisionpanel.h"

#include "core/models/conflictmodel.h"
#include "ui/conflicts/cardpalette.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
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

DecisionPanel::DecisionPanel(ConflictModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setMinimumWidth(300);
    setMaximumWidth(420);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(12, 4, 4, 4);
    v->setSpacing(6);

    m_cardTitle = new QLabel(this);
    m_cardTitle->setWordWrap(true);
    m_cardTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_cardTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_cardTitle->setFont(titleFont);
    m_cardSubtitle = new QLabel(this);
    m_cardSubtitle->setTextFormat(Qt::PlainText);
    m_cardSubtitle->setForegroundRole(QPalette::PlaceholderText);
    m_actingAs = new QLabel(this);
    m_actingAs->setWordWrap(true);
    m_actingAs->setTextFormat(Qt::PlainText);
    v->addWidget(m_cardTitle);
    v->addWidget(m_cardSubtitle);
    v->addSpacing(4);
    v->addWidget(m_actingAs);
    v->addWidget(separator(this));

    m_rationaleLabel = heading(tr("Rationale"), this);
    m_rationale = new QPlainTextEdit(this);
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setPlaceholderText(
        tr("Why this choice? It is written with the decision and kept as evidence."));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setFixedHeight(6 * m_rationale->fontMetrics().height());
    m_rationaleLabel->setBuddy(m_rationale);
    m_rationaleError = new QLabel(this);
    m_rationaleError->setWordWrap(true);
    m_rationaleError->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_rationaleError->palette();
    errorPalette.setColor(
        QPalette::WindowText, CardPalette::readable(CardPalette::negative(), errorPalette));
    m_rationaleError->setPalette(errorPalette);
    // Its space is kept while empty: the buttons below never move as it comes and goes.
    m_rationaleError->setMinimumHeight(3 * m_rationaleError->fontMetrics().lineSpacing());
    m_rationaleError->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &DecisionPanel::rationaleEdited);
    v->addWidget(m_rationaleLabel);
    v->addWidget(m_rationale);
    v->addWidget(m_rationaleError);
    v->addSpacing(6);

    v->addWidget(heading(tr("Staged decisions"), this));
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Staged decisions"));
    v->addWidget(m_summary);

    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    m_accept = new QPushButton(QIcon::fromTheme(QStringLiteral("checkmark")), QString(), this);
    m_undo = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Undo"), this);
    m_clear
        = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-clear-all")), tr("Clear"), this);
    m_apply
        = new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("Apply"), this);
    m_undo->setToolTip(tr("Unstage the current card, or the last choice made (U)"));
    m_clear->setToolTip(tr("Unstage every card"));
    m_apply->setToolTip(tr("Write every staged decision that is ready to the store; the others "
                           "stay staged (Ctrl+Return)"));
    for (QPushButton *b : { m_accept, m_undo, m_clear, m_apply })
        b->setAccessibleName(b->text().isEmpty() ? tr("Accept recommendations") : b->text());
    m_accept->setObjectName(QStringLiteral("accept"));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_clear->setObjectName(QStringLiteral("clear"));
    m_apply->setObjectName(QStringLiteral("apply"));
    QFont applyFont = m_apply->font();
    applyFont.setBold(true);
    m_apply->setFont(applyFont);
    m_apply->setMinimumHeight(m_apply->sizeHint().height() + 6);
    grid->addWidget(m_accept, 0, 0, 1, 2);
    grid->addWidget(m_undo, 1, 0);
    grid->addWidget(m_clear, 1, 1);
    grid->addWidget(m_apply, 2, 0, 1, 2);
    v->addLayout(grid);
    connect(m_accept, &QPushButton::clicked, this, &DecisionPanel::acceptRequested);
    connect(m_undo, &QPushButton::clicked, this, &DecisionPanel::undoRequested);
    connect(m_clear, &QPushButton::clicked, this, &DecisionPanel::clearRequested);
    connect(m_apply, &QPushButton::clicked, this, &DecisionPanel::applyRequested);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Applying decisions"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Apply status"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_progress);
    v->addWidget(m_message);
    v->addStretch(1);

    m_evidence = new QPushButton(
        QIcon::fromTheme(QStringLiteral("document-preview")), tr("Open evidence"), this);
    m_evidence->setAccessibleName(tr("Open evidence"));
    connect(m_evidence, &QPushButton::clicked, this, &DecisionPanel::evidenceRequested);
    v->addWidget(m_evidence);
    auto *keys = new QLabel(tr("M merge · F fork · S skip · J/K move · U undo · "
                               "R rationale · Ctrl+Return apply"),
        this);
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(keys);
}

void DecisionPanel::refresh(const Shown &shown)
{
    const int row = shown.row;
    const QModelIndex index = m_model->index(row);
    const bool pending = row >= 0 && m_model->isPending(row);
    const QList<int> &selected = shown.selected;

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
    m_rationale->setEnabled(decidable && !shown.applying);
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

    const int total = m_model->stagedTotal();
    m_summary->setText(total == 0 ? tr("Nothing staged yet.")
                                  : tr("%L1 merge · %L2 fork · %L3 skip")
                                        .arg(m_model->stagedCount(DecisionOption::Merge))
                                        .arg(m_model->stagedCount(DecisionOption::Fork))
                                        .arg(m_model->stagedCount(DecisionOption::Skip)));
    m_accept->setText(selected.size() > 1
            ? tr("Accept recommendations (%L1 selected)").arg(selected.size())
            : tr("Accept recommendations (%L1 shown)").arg(shown.shownCount));
    m_accept->setEnabled(!shown.applying && shown.shownCount > 0);
    m_undo->setEnabled(!shown.applying
        && ((row >= 0 && m_model->stagedOption(row) != DecisionOption::None) || shown.hasHistory));
    m_clear->setEnabled(!shown.applying && total > 0);
    // Apply ready: what is ready is written, the rest stays staged (each card says why).
    const int ready = total > 0 ? m_model->readyCount() : 0;
    m_apply->setEnabled(!shown.applying && total > 0);
    m_apply->setText(tr("Apply ready (%L1)").arg(ready));
    m_evidence->setEnabled(
        row >= 0 && !index.data(ConflictModel::EvidenceIdRole).toString().isEmpty());
}

QString DecisionPanel::statusText() const
{
    return m_message->text();
}

QString DecisionPanel::summaryText() const
{
    return m_summary->text();
}

void DecisionPanel::showRationale(const QString &text)
{
    const QSignalBlocker block(m_rationale);
    m_rationale->setPlainText(text);
}

void DecisionPanel::startProgress(int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(0);
}

void DecisionPanel::setProgress(int done)
{
    m_progress->setValue(done);
}

void DecisionPanel::setProgressVisible(bool visible)
{
    m_progress->setVisible(visible);
}

void DecisionPanel::showMessage(const QString &text, bool error)
{
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText,
        error ? CardPalette::readable(CardPalette::negative(), palette())
              : palette().color(QPalette::WindowText));
    m_message->setPalette(pal);
    m_message->setText(text);
}

} // namespace SyncDesk::Ui
