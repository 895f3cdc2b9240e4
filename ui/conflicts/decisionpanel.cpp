// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/conflicts/decisionpanel.h"

#include "core/models/conflictmodel.h"
#include "ui/conflicts/cardpalette.h"
#include "ui/conflicts/conflictsidesview.h"
#include "ui/widgets/elidedlabel.h"

#include <QBoxLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextDocument>
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
    // Two columns: the current card and its rationale, then the actions. Beside
    // the cards they stack; below the cards (a narrow window) they stand side
    // by side, so the cards keep most of the height.
    m_columns = new QBoxLayout(QBoxLayout::TopToBottom, this);
    m_columns->setContentsMargins(12, 4, 4, 4);
    m_columns->setSpacing(6);
    m_cardColumn = new QWidget(this);
    m_actionsColumn = new QWidget(this);
    auto *v = new QVBoxLayout(m_cardColumn);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);

    // Ids are long and unbroken: shortened in the middle, where they differ least.
    auto *title = new ElidedLabel(m_cardColumn);
    title->setElideMode(Qt::ElideMiddle);
    m_cardTitle = title;
    QFont titleFont = m_cardTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_cardTitle->setFont(titleFont);
    auto *subtitle = new ElidedLabel(m_cardColumn);
    subtitle->setElideMode(Qt::ElideMiddle);
    m_cardSubtitle = subtitle;
    m_cardSubtitle->setForegroundRole(QPalette::PlaceholderText);
    m_actingAs = new QLabel(m_cardColumn);
    m_actingAs->setWordWrap(true);
    m_actingAs->setTextFormat(Qt::PlainText);
    v->addWidget(m_cardTitle);
    v->addWidget(m_cardSubtitle);
    v->addWidget(m_actingAs);
    m_chooseActor = new QPushButton(QIcon::fromTheme(QStringLiteral("user-identity")),
        tr("Choose who is deciding…"), m_cardColumn);
    m_chooseActor->setVisible(false);
    connect(m_chooseActor, &QPushButton::clicked, this, &DecisionPanel::chooseActorRequested);
    v->addWidget(m_chooseActor);
    m_identityWarning = new QLabel(m_cardColumn);
    m_identityWarning->setWordWrap(true);
    m_identityWarning->setTextFormat(Qt::PlainText);
    m_identityWarning->setAccessibleName(tr("Identity warning"));
    QPalette warningPalette = m_identityWarning->palette();
    warningPalette.setColor(
        QPalette::WindowText, CardPalette::readable(CardPalette::neutral(), warningPalette));
    m_identityWarning->setPalette(warningPalette);
    m_identityWarning->setVisible(false);
    v->addWidget(m_identityWarning);
    v->addWidget(separator(m_cardColumn));
    // The sides take the height the rest leaves, and scroll.
    m_sides = new ConflictSidesView(m_cardColumn);
    v->addWidget(m_sides, 1);

    m_rationaleLabel = heading(tr("Rationale"), m_cardColumn);
    m_rationaleLabel->setWordWrap(true);
    m_rationale = new QPlainTextEdit(m_cardColumn);
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setPlaceholderText(
        tr("Why this choice? It is written with the decision and kept as evidence."));
    m_rationale->setTabChangesFocus(true);
    // Four lines, three when the screen is short (a 720-pixel one with a larger
    // font), and it scrolls.
    const int editorFrame
        = 2 * m_rationale->frameWidth() + 2 * int(m_rationale->document()->documentMargin());
    m_rationale->setMinimumHeight(3 * m_rationale->fontMetrics().lineSpacing() + editorFrame);
    m_rationale->setMaximumHeight(4 * m_rationale->fontMetrics().lineSpacing() + editorFrame);
    m_rationaleLabel->setBuddy(m_rationale);
    m_rationaleError = new QLabel(m_cardColumn);
    m_rationaleError->setWordWrap(true);
    m_rationaleError->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_rationaleError->palette();
    errorPalette.setColor(
        QPalette::WindowText, CardPalette::readable(CardPalette::negative(), errorPalette));
    m_rationaleError->setPalette(errorPalette);
    // Its space is kept while empty: the buttons below never move as it comes and goes.
    m_rationaleError->setMinimumHeight(2 * m_rationaleError->fontMetrics().lineSpacing());
    m_rationaleError->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &DecisionPanel::rationaleEdited);
    m_record = new QLabel(m_cardColumn);
    m_record->setWordWrap(true);
    m_record->setTextFormat(Qt::PlainText);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_record->setAccessibleName(tr("Decision record"));
    m_record->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_record->setVisible(false);
    // A decided card can be decided again, with words (spec: "Revising a decision").
    m_revise = new QPushButton(
        QIcon::fromTheme(QStringLiteral("document-edit")), tr("Revise decision…"), m_cardColumn);
    m_revise->setObjectName(QStringLiteral("revise"));
    m_revise->setToolTip(tr("Decide this conflict again: the earlier decision's records stay, "
                            "and the new evidence names the one it supersedes"));
    m_revise->setVisible(false);
    connect(m_revise, &QPushButton::clicked, this, &DecisionPanel::reviseRequested);
    v->addWidget(m_rationaleLabel);
    v->addWidget(m_record);
    v->addWidget(m_revise);
    v->addWidget(m_rationale);
    v->addWidget(m_rationaleError);
    m_columns->addWidget(m_cardColumn);

    v = new QVBoxLayout(m_actionsColumn);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);
    v->addWidget(heading(tr("Staged decisions"), m_actionsColumn));
    m_summary = new QLabel(m_actionsColumn);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Staged decisions"));
    v->addWidget(m_summary);

    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    m_accept = new QPushButton(
        QIcon::fromTheme(QStringLiteral("checkmark")), QString(), m_actionsColumn);
    m_undo = new QPushButton(
        QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Undo"), m_actionsColumn);
    m_clear = new QPushButton(
        QIcon::fromTheme(QStringLiteral("edit-clear-all")), tr("Clear"), m_actionsColumn);
    m_apply = new QPushButton(
        QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("Apply"), m_actionsColumn);
    m_undo->setToolTip(tr("Unstage the current card, or the last choice made (U)"));
    m_clear->setToolTip(tr("Unstage every card"));
    m_applyToolTip = tr("Write every staged decision that is ready to the store; the others "
                        "stay staged (Ctrl+Return)");
    m_apply->setToolTip(m_applyToolTip);
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

    m_progress = new QProgressBar(m_actionsColumn);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Applying decisions"));
    m_message = new QLabel(m_actionsColumn);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Apply status"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    v->addWidget(m_progress);
    v->addWidget(m_message);

    m_evidence = new QPushButton(
        QIcon::fromTheme(QStringLiteral("document-preview")), tr("Open evidence"), m_actionsColumn);
    m_evidence->setAccessibleName(tr("Open evidence"));
    connect(m_evidence, &QPushButton::clicked, this, &DecisionPanel::evidenceRequested);
    m_trail = new QPushButton(
        QIcon::fromTheme(QStringLiteral("view-history")), tr("Show trail…"), m_actionsColumn);
    m_trail->setObjectName(QStringLiteral("showTrail"));
    m_trail->setAccessibleName(tr("Show trail"));
    m_trail->setToolTip(tr("Everything the store records about this conflict, in time order: "
                           "detection, decisions and revisions, evidence, journal, resolve work"));
    connect(m_trail, &QPushButton::clicked, this, &DecisionPanel::trailRequested);
    // Beside Open evidence: the panel has little height on a 720-pixel screen.
    auto *records = new QHBoxLayout;
    records->setSpacing(6);
    records->addWidget(m_evidence);
    records->addWidget(m_trail);
    v->addLayout(records);
    auto *keys = new QLabel(tr("M merge · F fork · S skip · J/K move · U undo · "
                               "R rationale · Ctrl+Return apply"),
        m_actionsColumn);
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(keys);
    m_columns->addWidget(m_actionsColumn, 1);
    setArrangement(Qt::Vertical);
}

void DecisionPanel::setArrangement(Qt::Orientation arrangement)
{
    const bool column = arrangement == Qt::Vertical;
    m_columns->setDirection(column ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_columns->setSpacing(column ? 6 : 18);
    // Spare height goes to the sides; Apply's progress and messages have their
    // room reserved, so that nothing moves under the pointer as they come and go.
    m_columns->setStretch(0, column ? 1 : 3);
    m_columns->setStretch(1, column ? 0 : 2);
    m_columns->setContentsMargins(column ? 12 : 4, column ? 4 : 10, 4, 4);
    // Beside the cards, a column a rationale can be written in comfortably (on the
    // column: a minimum width on the panel would override what its buttons need).
    m_cardColumn->setMinimumWidth(column ? fontMetrics().averageCharWidth() * 40 : 0);
    m_sides->setCompact(!column);
    // Beside the cards, the sides take the spare height, so Apply's progress and
    // message get a fixed room: nothing moves under the pointer as they come and go
    // (the whole message is its tooltip).
    QSizePolicy progressPolicy = m_progress->sizePolicy();
    progressPolicy.setRetainSizeWhenHidden(column);
    m_progress->setSizePolicy(progressPolicy);
    if (column)
        m_message->setFixedHeight(2 * m_message->fontMetrics().lineSpacing());
    else {
        m_message->setMinimumHeight(0);
        m_message->setMaximumHeight(QWIDGETSIZE_MAX);
    }
}

int DecisionPanel::columnWidth() const
{
    const QMargins m(12, 4, 4, 4);
    return qMax(fontMetrics().averageCharWidth() * 40,
        qMax(m_cardColumn->minimumSizeHint().width(), m_actionsColumn->minimumSizeHint().width())
            + m.left() + m.right());
}

void DecisionPanel::refresh(const Shown &shown)
{
    const int row = shown.row;
    const QModelIndex index = m_model->index(row);
    const bool pending = row >= 0 && m_model->isPending(row);
    const QList<int> &selected = shown.selected;
    m_sides->showConflict(m_model->store(), row);

    m_cardTitle->setText(
        row < 0 ? tr("No card selected") : index.data(ConflictModel::ObjectIdRole).toString());
    m_cardSubtitle->setText(row < 0
            ? QString()
            : tr("%1 · %2").arg(index.data(ConflictModel::ConflictIdRole).toString(),
                index.data(ConflictModel::SeverityLabelRole).toString()));
    const bool noActor = m_model->actor().isEmpty();
    // The window chooses the actor once the store is checked: no prompt before.
    m_actingAs->setText(noActor && shown.checking ? tr("Checking the store for changes…")
            : noActor ? tr("Choose who is deciding: nothing can be staged until an actor acts.")
                      : tr("Acting as %1 (%2)").arg(m_model->actorDisplayName(), m_model->actor()));
    m_chooseActor->setVisible(noActor && !shown.checking);
    // The panel has little height on a laptop: one short line, the whole warning as its
    // tooltip and in the Apply confirmation.
    const QString identity = identityWarningText(*m_model);
    const QString user
        = m_model->signedInUser().isEmpty() ? tr("an unknown user") : m_model->signedInUser();
    m_identityWarning->setText(identity.isEmpty() ? QString()
            : m_model->actorIdentity().isEmpty()
            ? tr("⚠ No identity to compare with %1").arg(user)
            : tr("⚠ Signed in as %1, not %2").arg(user, m_model->actorIdentity()));
    m_identityWarning->setToolTip(identity);
    m_identityWarning->setVisible(!identity.isEmpty());

    // A decided card shows its record, read-only, instead of an editor.
    const bool decided
        = row >= 0 && CardState(index.data(ConflictModel::StateRole).toInt()) == CardState::Decided;
    const bool revising = decided && m_model->isRevising(row);
    m_rationale->setVisible(!decided || revising);
    m_record->setVisible(decided);
    m_revise->setVisible(decided && (revising || m_model->canRevise(row)));
    m_revise->setEnabled(!shown.applying);
    m_revise->setText(revising ? tr("Cancel revision") : tr("Revise decision…"));
    if (decided) {
        const auto chosen = DecisionOption(index.data(ConflictModel::SelectedOptionRole).toInt());
        const auto recommended
            = DecisionOption(index.data(ConflictModel::RecommendedOptionRole).toInt());
        const QString words = index.data(ConflictModel::DecisionRationaleRole).toString();
        const QString reason = index.data(ConflictModel::RecommendationTextRole).toString();
        const QString on = index.data(ConflictModel::DecidedOnTextRole).toString();
        QStringList lines;
        lines << tr("Chosen: %1").arg(ConflictModel::optionLabel(chosen))
              << tr("By: %1").arg(index.data(ConflictModel::DecidedByTextRole).toString())
              << tr("When: %1").arg(index.data(ConflictModel::DecidedAtTextRole).toString())
              << tr("Their words: %1").arg(words.isEmpty() ? tr("(none recorded)") : words)
              << tr("The daemon recommended: %1").arg(ConflictModel::optionLabel(recommended))
              << tr("Its reason: %1")
                     .arg(reason.isEmpty()
                             ? tr("not recorded (no verified evidence of Sync Desk holds the "
                                  "card as it was before the decision)")
                             : reason);
        if (!on.isEmpty())
            lines << tr("At the keyboard: %1").arg(on);
        lines << tr("Follow-through: %1")
                     .arg(index.data(ConflictModel::FollowThroughTextRole).toString());
        m_record->setText(lines.join(QLatin1Char('\n')));
    }

    // Words are asked for only where a choice can be made.
    const bool decidable
        = (pending && index.data(ConflictModel::AllowedOptionsRole).toInt() != 0) || revising;
    const DecisionOption staged = row >= 0 ? m_model->stagedOption(row) : DecisionOption::None;
    const bool required = decidable
        && (m_model->rationaleRequired(row)
            || (staged != DecisionOption::None && m_model->rationaleRequired(row, staged)));
    if (revising)
        m_rationaleLabel->setText(staged == DecisionOption::None
                ? tr("Revising: choose M, F or S, and say why (required) *")
                : tr("Revising: %1 (was %2); rationale (required) *")
                      .arg(ConflictModel::optionLabel(staged),
                          ConflictModel::optionLabel(DecisionOption(
                              index.data(ConflictModel::SelectedOptionRole).toInt()))));
    else if (decided)
        m_rationaleLabel->setText(tr("Decision"));
    else if (selected.size() > 1)
        m_rationaleLabel->setText(
            tr("Rationale for the selected cards (%L1)").arg(selected.size()));
    else
        m_rationaleLabel->setText(required ? tr("Rationale (required) *") : tr("Rationale"));
    // Words typed while the store is checked would not be kept
    // (ConflictModel::stagingWaitsForCheck()).
    m_rationale->setEnabled(decidable && !shown.applying && !shown.checking);
    // After a switch of actor the editor shows the new actor's draft, focus or
    // not: one person's words must never stay for another to apply.
    const bool actorSwitched = m_shownActor != m_model->actor();
    m_shownActor = m_model->actor();
    const QString draft = row >= 0 ? m_model->rationale(row) : QString();
    if (m_rationale->toPlainText() != draft && (actorSwitched || !m_rationale->hasFocus())) {
        const QSignalBlocker block(m_rationale);
        m_rationale->setPlainText(draft);
    }
    QString error;
    if (revising && m_model->rationaleMissing(row)) {
        error = tr("⚠ Required: a revision says in your own words why the decision changes.");
    } else if (row >= 0 && m_model->rationaleMissing(row)) {
        const QString severity = index.data(ConflictModel::SeverityRole).toString();
        const QString policy = index.data(ConflictModel::PolicyEffectRole).toString();
        const auto recommended
            = DecisionOption(index.data(ConflictModel::RecommendedOptionRole).toInt());
        if (severity == QLatin1String("blocking") || severity == QLatin1String("review_required"))
            error = tr("⚠ Required: a %1 conflict needs a rationale before it can be applied.")
                        .arg(ConflictModel::severityLabel(severity).toLower());
        else if (policy == QLatin1String("review_required"))
            error = tr("⚠ Required: policy decision %1 asks for review; say why.")
                        .arg(index.data(ConflictModel::PolicyIdRole).toString());
        else
            error = tr("⚠ Required: %1 is not what the daemon recommended (%2); say why in your "
                       "own words.")
                        .arg(ConflictModel::optionLabel(staged),
                            ConflictModel::optionLabel(recommended));
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
    m_apply->setEnabled(!shown.applying && !shown.checking && total > 0);
    m_apply->setText(tr("Apply ready (%L1)").arg(ready));
    m_apply->setToolTip(shown.checking ? checkingText() : m_applyToolTip);
    m_evidence->setEnabled(
        row >= 0 && !index.data(ConflictModel::EvidenceIdRole).toString().isEmpty());
    m_trail->setEnabled(row >= 0);
}

QString DecisionPanel::checkingText()
{
    return tr("Nothing can be written until Sync Desk has checked which files changed while it "
              "was closed: a card may still show them as they were.");
}

QString DecisionPanel::identityWarningText(const ConflictModel &model)
{
    if (!model.identityMismatch())
        return QString();
    const QString identity = model.actorIdentity();
    const QString user
        = model.signedInUser().isEmpty() ? tr("an unknown user") : model.signedInUser();
    return identity.isEmpty()
        ? tr("⚠ %1 has no identity_id to compare with the signed-in user %2. Decisions are "
             "recorded as %1, and the evidence names %2 on this computer as the one at the "
             "keyboard.")
              .arg(model.actor(), user)
        : tr("⚠ %1's identity is %2, but the signed-in user is %3. Decisions are recorded as "
             "%1, and the evidence names %3 on this computer as the one at the keyboard.")
              .arg(model.actor(), identity, user);
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
    m_message->setToolTip(text);
}

} // namespace SyncDesk::Ui
