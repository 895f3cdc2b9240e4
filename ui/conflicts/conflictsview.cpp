// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/conflicts/conflictsview.h"

#include "core/resolution/decisionapply.h"
#include "core/store/store.h"
#include "core/store/storesession.h"
#include "ui/conflicts/cardpalette.h"
#include "ui/conflicts/conflictcarddelegate.h"
#include "ui/conflicts/conflictfilterbar.h"
#include "ui/conflicts/decisionpanel.h"
#include "ui/widgets/adaptivesplitter.h"
#include "ui/widgets/hiddenpage.h"

#include <QAction>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace SyncDesk::Ui {

ConflictsView::ConflictsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConflictModel(this))
    , m_proxy(new ConflictFilterProxy(this))
    , m_delegate(new ConflictCardDelegate(this))
    , m_filterBar(new ConflictFilterBar(m_proxy, this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
{
    m_applier = new DecisionApply(this);
    m_proxy->setDeferredWhile([this] { return isHiddenInShownWindow(this); });
    m_proxy->setSourceModel(m_model);

    m_list->setModel(m_proxy);
    m_list->setItemDelegate(m_delegate);
    // Every card has the same height: layout is O(1) whatever the count.
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(5);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMouseTracking(true);
    m_list->setAccessibleName(tr("Conflicts"));
    m_list->setAccessibleDescription(
        tr("DecisionCards. M, F, S stage merge, fork or skip; J and K move; U undoes."));
    m_list->installEventFilter(this);
    // Cards stand on the window colour, as KDE's card lists do.
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    m_list->setFrameShape(QFrame::NoFrame);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(6);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_stack, 1);

    // The panel stands beside the cards while both fit, and below them when the
    // window is narrow (a laptop, a larger font, a longer translation).
    auto *splitter = new AdaptiveSplitter(this);
    splitter->addWidget(left);
    m_panel = new DecisionPanel(m_model, this);
    m_panel->rationaleEdit()->installEventFilter(this);
    connect(m_panel, &DecisionPanel::rationaleEdited, this, &ConflictsView::onRationaleEdited);
    connect(m_panel, &DecisionPanel::acceptRequested, this, &ConflictsView::acceptRecommendations);
    connect(m_panel, &DecisionPanel::undoRequested, this, &ConflictsView::undo);
    connect(m_panel, &DecisionPanel::clearRequested, this, &ConflictsView::clearStaged);
    connect(m_panel, &DecisionPanel::applyRequested, this, &ConflictsView::apply);
    connect(m_panel, &DecisionPanel::reviseRequested, this, &ConflictsView::toggleRevision);
    connect(
        m_panel, &DecisionPanel::chooseActorRequested, this, &ConflictsView::chooseActorRequested);
    connect(m_model, &ConflictModel::actorChanged, this, &ConflictsView::updatePanel);
    connect(m_panel, &DecisionPanel::evidenceRequested, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            Q_EMIT evidenceActivated(
                m_model->index(row).data(ConflictModel::EvidenceIdRole).toString());
    });
    connect(m_model, &ConflictModel::stagedWorkRestored, this,
        [this](int restored, int stale, int dropped, const QString &problem) {
            if (!problem.isEmpty())
                return showMessage(problem, true);
            QStringList text;
            if (restored > 0)
                text << tr("Staged decisions restored from the last session: %L1.").arg(restored);
            if (stale > 0)
                text << tr("Stale, because their conflict changed since: %L1; press the staged "
                           "option again to keep it.")
                            .arg(stale);
            if (dropped > 0)
                text << tr("Not restored, because their conflict was decided, is gone or no "
                           "longer allows the option: %L1.")
                            .arg(dropped);
            showMessage(text.join(QLatin1Char(' ')), stale > 0 || dropped > 0);
        });
    auto *giveRationale = new QAction(tr("Give rationale to the selected cards…"), this);
    connect(giveRationale, &QAction::triggered, this, &ConflictsView::askRationaleForSelection);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addAction(giveRationale);
    auto *showTrail = new QAction(tr("Show trail…"), this);
    connect(showTrail, &QAction::triggered, this, [this] {
        if (const int row = currentRow(); row >= 0)
            Q_EMIT trailRequested(
                m_model->index(row).data(ConflictModel::ConflictIdRole).toString());
    });
    connect(m_panel, &DecisionPanel::trailRequested, showTrail, &QAction::trigger);
    m_list->addAction(showTrail);
    connect(m_applier, &DecisionApply::progressed, m_panel, &DecisionPanel::setProgress);
    connect(m_applier, &DecisionApply::finished, this, &ConflictsView::finishApply);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    connect(splitter, &AdaptiveSplitter::orientationChanging, m_panel,
        [this](Qt::Orientation orientation) {
            m_panel->setArrangement(orientation == Qt::Horizontal ? Qt::Vertical : Qt::Horizontal);
        });
    splitter->setSideBySideWidth([this, splitter] {
        // Cards narrower than about 80 characters elide their option labels to nothing.
        return 80 * m_list->fontMetrics().averageCharWidth() + m_panel->columnWidth()
            + splitter->handleWidth();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(m_delegate, &ConflictCardDelegate::optionClicked, this,
        [this](const QModelIndex &index, DecisionOption option) {
            m_list->setCurrentIndex(index);
            stageCurrent(option);
        });
    connect(m_delegate, &ConflictCardDelegate::evidenceClicked, this,
        &ConflictsView::evidenceActivated);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ConflictsView::onCurrentChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ConflictsView::updatePanel);
    connect(m_model, &ConflictModel::stagingChanged, this, &ConflictsView::updatePanel);
    connect(m_model, &ConflictModel::dataChanged, this, &ConflictsView::updatePanel);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QStringList workspaces;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString w = m_model->index(row).data(ConflictModel::WorkspaceRole).toString();
            if (!workspaces.contains(w))
                workspaces << w;
        }
        workspaces.sort();
        m_filterBar->setWorkspaces(workspaces);
        m_history.clear();
    });
    const auto shownChanged = [this] {
        updateEmptyState();
        // The first card of the filter, once it has filtered and sorted them.
        if (!m_proxy->isBehind() && !m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, shownChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, shownChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, shownChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, shownChanged);
    // Counting every card is cheap but needless per signal: once per event-loop turn.
    auto *counts = new QTimer(this);
    counts->setSingleShot(true);
    counts->setInterval(0);
    connect(counts, &QTimer::timeout, this, &ConflictsView::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, counts, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, counts, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, counts, qOverload<>(&QTimer::start));

    auto *applyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    applyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(applyShortcut, &QShortcut::activated, this, &ConflictsView::apply);
    auto *applyShortcutKeypad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    applyShortcutKeypad->setContext(Qt::WidgetWithChildrenShortcut);
    connect(applyShortcutKeypad, &QShortcut::activated, this, &ConflictsView::apply);

    setFocusProxy(m_list);
    updateCounts();
    updateEmptyState();
    updatePanel();
}

ConflictsView::~ConflictsView()
{
    // Before anything else goes: a batch still being written reads the store.
    delete m_applier;
}

void ConflictsView::setSession(StoreSession *session)
{
    if (m_session)
        disconnect(m_session, &StoreSession::checkingChanged, this, nullptr);
    m_session = session;
    m_model->setSession(session);
    m_applier->setSession(session);
    if (session)
        connect(session, &StoreSession::checkingChanged, this, &ConflictsView::updatePanel);
}

bool ConflictsView::isChecking() const
{
    return m_session && m_session->isChecking();
}

void ConflictsView::setBackgroundThreshold(int decisions)
{
    m_applier->setBackgroundThreshold(decisions);
}

void ConflictsView::setClock(std::function<qint64()> clock)
{
    m_applier->setClock(std::move(clock));
}

bool ConflictsView::isApplying() const
{
    return m_applier->isApplying();
}

void ConflictsView::setActor(const QString &actorId)
{
    m_model->setActor(actorId);
    m_history.clear();
    updatePanel();
}

QString ConflictsView::actor() const
{
    return m_model->actor();
}

int ConflictsView::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void ConflictsView::setCurrentSourceRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

bool ConflictsView::selectConflict(const QString &conflictId)
{
    const int row = m_model->rowOf(conflictId);
    if (row < 0)
        return false;
    // Whether the filters hide the card is known once they have run.
    catchUp();
    if (!m_proxy->mapFromSource(m_model->index(row)).isValid()) {
        m_filterBar->setStateFilter(ConflictFilterProxy::StateFilter::All);
        for (const char *s : { "blocking", "review_required", "warning", "info" })
            m_filterBar->setSeverityShown(QString::fromLatin1(s), true);
        m_filterBar->setWorkspace(QString());
        m_filterBar->setSearchText(QString());
        m_filterBar->flushSearch();
        catchUp(); // the widened filter's passes were put off too, on a hidden page
    }
    setCurrentSourceRow(row);
    return m_list->currentIndex().isValid();
}

QList<int> ConflictsView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    rows.reserve(selected.size());
    for (const QModelIndex &i : selected)
        rows << m_proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool ConflictsView::stageCurrent(DecisionOption option)
{
    const int row = currentRow();
    if (isApplying() || row < 0 || stagingRefusedWhileChecking())
        return false;
    const QString id = m_model->conflictId(row);
    const DecisionOption before = m_model->stagedOption(row);
    if (before == option && m_model->isAllowed(row, option)) {
        if (m_model->isStale(row)) {
            // Looked at again: the choice now stands for the conflict as shown.
            m_model->confirmStaged(row);
            showMessage(tr("%1 kept for the conflict as it is now.")
                            .arg(ConflictModel::optionLabel(option)),
                false);
            updatePanel();
            return true;
        }
        // The same key again takes the choice back.
        m_model->unstage(row);
        pushUndo({ { id, before } });
        showMessage(tr("%1 unstaged.").arg(ConflictModel::optionLabel(option)), false);
        updatePanel();
        return true;
    }
    if (!m_model->stage(row, option)) {
        const QStringList reasons
            = m_model->index(row).data(ConflictModel::OptionReasonsRole).toStringList();
        showMessage(tr("%1 is not available: %2")
                        .arg(ConflictModel::optionLabel(option), reasons.value(int(option))),
            true);
        return false;
    }
    pushUndo({ { id, before } });
    showMessage(QString(), false);
    // A card that still needs words stays current: the rationale is typed next.
    if (!m_model->rationaleMissing(row))
        advanceFromCurrent();
    updatePanel();
    return true;
}

void ConflictsView::undo()
{
    if (isApplying() || stagingRefusedWhileChecking())
        return;
    // The last step, where it was made: one choice, or a whole bulk accept.
    while (!m_history.isEmpty()) {
        const UndoStep step = m_history.takeLast();
        const int changed = m_model->setStagedOptions(step);
        if (changed == 0)
            continue;
        const int last = m_model->rowOf(step.last().first);
        if (step.size() > 1) {
            showMessage(tr("Undone: the staging of %L1 cards is as it was.").arg(changed), false);
        } else {
            if (!m_proxy->mapFromSource(m_model->index(last)).isValid())
                selectConflict(m_model->conflictId(last));
            setCurrentSourceRow(last);
        }
        updatePanel();
        return;
    }
    // No history (a restored staging): undo takes back the current card's choice.
    const int row = currentRow();
    if (row >= 0 && m_model->stagedOption(row) != DecisionOption::None)
        m_model->unstage(row);
}

void ConflictsView::pushUndo(const UndoStep &step)
{
    if (step.isEmpty())
        return;
    m_history << step;
    // Enough to take back a session's work step by step, bounded all the same.
    if (m_history.size() > 1000)
        m_history.removeFirst();
}

void ConflictsView::clearStaged()
{
    if (isApplying() || stagingRefusedWhileChecking())
        return;
    m_model->clearStaged();
    m_history.clear();
    showMessage(QString(), false);
}

int ConflictsView::acceptRecommendations()
{
    if (isApplying() || stagingRefusedWhileChecking())
        return 0;
    QList<int> rows = selectedRows();
    const bool onSelection = rows.size() > 1;
    if (!onSelection)
        rows = m_proxy->sourceRows();
    int eligible = 0;
    UndoStep before;
    for (int row : std::as_const(rows)) {
        eligible += m_model->isPending(row) ? 1 : 0;
        if (m_model->isPending(row))
            before << qMakePair(m_model->conflictId(row), m_model->stagedOption(row));
    }
    const int staged = m_model->acceptRecommendations(rows);
    // One step for undo: the whole bulk accept comes back as it was.
    UndoStep step;
    for (const auto &[id, previous] : std::as_const(before))
        if (m_model->stagedOption(m_model->rowOf(id)) != previous)
            step << qMakePair(id, previous);
    pushUndo(step);
    const int left = eligible - staged;
    QString text = tr("Recommendations staged: %L1.").arg(staged);
    if (left > 0)
        text += QLatin1Char(' ')
            + tr("Left as they were, because the gate does not allow their recommended option: "
                 "%L1.")
                  .arg(left);
    showMessage(text, false);
    return staged;
}

void ConflictsView::moveBy(int step)
{
    const int n = m_proxy->rowCount();
    if (n == 0)
        return;
    const QModelIndex current = m_list->currentIndex();
    const int next = current.isValid() ? std::clamp(current.row() + step, 0, n - 1) : 0;
    const QModelIndex index = m_proxy->index(next, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void ConflictsView::advanceFromCurrent()
{
    const int n = m_proxy->rowCount();
    const int from = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    for (int k = 1; k <= n; ++k) {
        const QModelIndex index = m_proxy->index((from + k) % n, 0);
        const int row = m_proxy->mapToSource(index).row();
        if (m_model->isPending(row) && m_model->stagedOption(row) == DecisionOption::None
            && !m_model->hasOutcome(row)) {
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            m_list->scrollTo(index);
            return;
        }
    }
}

bool ConflictsView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_panel->rationaleEdit()) {
        if (key->key() == Qt::Key_Escape) {
            m_list->setFocus();
            return true;
        }
        return false;
    }
    if (watched != m_list || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_M:
        stageCurrent(DecisionOption::Merge);
        return true;
    case Qt::Key_F:
        stageCurrent(DecisionOption::Fork);
        return true;
    case Qt::Key_S:
        stageCurrent(DecisionOption::Skip);
        return true;
    case Qt::Key_J:
        moveBy(1);
        return true;
    case Qt::Key_K:
        moveBy(-1);
        return true;
    case Qt::Key_U:
    case Qt::Key_Backspace:
        undo();
        return true;
    case Qt::Key_R:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!stagingRefusedWhileChecking())
            m_panel->rationaleEdit()->setFocus();
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ConflictsView::onCurrentChanged()
{
    const int row = currentRow();
    m_panel->showRationale(row >= 0 ? m_model->rationale(row) : QString());
    updatePanel();
}

int ConflictsView::setRationaleForSelection(const QString &text)
{
    if (isApplying() || stagingRefusedWhileChecking())
        return 0;
    int given = 0;
    for (int row : selectedRows()) {
        if (m_model->stagedOption(row) == DecisionOption::None)
            continue;
        m_model->setRationale(row, text);
        ++given;
    }
    showMessage(tr("Rationale given to the selected staged decisions: %L1.").arg(given), false);
    const int row = currentRow();
    if (row >= 0)
        m_panel->showRationale(m_model->rationale(row));
    updatePanel();
    return given;
}

void ConflictsView::askRationaleForSelection()
{
    if (stagingRefusedWhileChecking())
        return;
    int staged = 0;
    for (int row : selectedRows())
        staged += m_model->stagedOption(row) != DecisionOption::None ? 1 : 0;
    if (staged == 0) {
        showMessage(
            tr("None of the selected cards has a staged decision to give a rationale to."), true);
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Give rationale"),
        tr("Rationale for the selected staged decisions (%L1):").arg(staged), QString(), &ok);
    if (ok)
        setRationaleForSelection(text);
}

void ConflictsView::onRationaleEdited()
{
    const QString text = m_panel->rationaleEdit()->toPlainText();
    // With several cards selected the words go to each of them: one reason, many cards.
    QList<int> rows = selectedRows();
    if (rows.size() < 2)
        rows = { currentRow() };
    for (int row : std::as_const(rows))
        if (row >= 0 && (m_model->isPending(row) || m_model->isRevising(row)))
            m_model->setRationale(row, text);
}

void ConflictsView::toggleRevision()
{
    const int row = currentRow();
    if (isApplying() || row < 0 || stagingRefusedWhileChecking())
        return;
    const QString id = m_model->conflictId(row);
    if (m_model->isRevising(row)) {
        m_model->cancelRevision(row);
        showMessage(tr("The revision of %1 was cancelled; its decision stands.").arg(id), false);
    } else if (m_model->beginRevision(row)) {
        showMessage(tr("Revising %1: choose with M, F or S and say why; Apply writes the "
                       "revision, the earlier decision's records stay.")
                        .arg(id),
            false);
        updatePanel();
        m_panel->rationaleEdit()->setFocus();
        return;
    } else {
        showMessage(tr("%1 may not revise %2.").arg(m_model->actor(), id), true);
    }
    updatePanel();
}

void ConflictsView::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (!m_model->store())
        m_empty->setText(tr("No store is open."));
    else if (m_model->rowCount() == 0)
        m_empty->setText(tr("This store has no conflicts."));
    else if (m_proxy->stateFilter() == ConflictFilterProxy::StateFilter::Pending
        && m_proxy->severities().isEmpty() && m_proxy->workspace().isEmpty()
        && m_proxy->text().isEmpty())
        m_empty->setText(tr("No conflicts are waiting for a decision."));
    else
        m_empty->setText(tr("No conflicts match these filters."));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_list);
    m_filterBar->setShown(m_proxy->rowCount());
}

bool ConflictsView::stagingRefusedWhileChecking()
{
    if (!m_model->stagingWaitsForCheck())
        return false;
    // Two lines of the panel's message beside the cards (its tooltip has the rest).
    showMessage(tr("Checking for changes made while Sync Desk was closed; staging waits."), true);
    return true;
}

void ConflictsView::catchUp()
{
    // Its layout change makes the first card current (shownChanged).
    m_proxy->catchUp(true);
}

void ConflictsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_proxy->catchUp();
    if (m_countsBehind)
        updateCounts();
}

void ConflictsView::updateCounts()
{
    using R = ConflictModel::Readiness;
    const int rows = m_model->rowCount();
    int pending = 0;
    // The pending count is the tray's and the navigation's; the filter bar's
    // counts ask every pending card for its gate verdicts, which can wait
    // until the page is shown.
    m_countsBehind = isHiddenInShownWindow(this);
    if (m_countsBehind) {
        for (int row = 0; row < rows; ++row)
            pending += m_model->isPending(row) ? 1 : 0;
    } else {
        ConflictFilterBar::Counts counts;
        counts.all = rows;
        for (int row = 0; row < rows; ++row) {
            if (!m_model->isPending(row)) {
                const auto state
                    = CardState(m_model->index(row).data(ConflictModel::StateRole).toInt());
                counts.decided += state == CardState::Decided ? 1 : 0;
                continue;
            }
            ++pending;
            // What the person can act on: gated cards are someone else's.
            if (m_model->isGated(row)) {
                ++counts.gated;
                continue;
            }
            ++counts.pending;
            const R r = m_model->readiness(row);
            counts.staged += r != R::NotStaged ? 1 : 0;
            counts.needsRationale += r == R::NeedsRationale ? 1 : 0;
            counts.ready += r == R::Ready ? 1 : 0;
        }
        m_filterBar->setCounts(counts);
    }
    if (pending != m_pendingCount) {
        m_pendingCount = pending;
        Q_EMIT pendingCountChanged(pending);
    }
}

void ConflictsView::updatePanel()
{
    m_panel->refresh({ currentRow(), selectedRows(), m_proxy->rowCount(), !m_history.isEmpty(),
        isApplying(), isChecking() });
}

QString ConflictsView::statusText() const
{
    return m_panel->statusText();
}

void ConflictsView::showMessage(const QString &text, bool error)
{
    m_panel->showMessage(text, error);
}

QPlainTextEdit *ConflictsView::rationaleEdit() const
{
    return m_panel->rationaleEdit();
}

QString ConflictsView::notReadySummary(int *first) const
{
    using R = ConflictModel::Readiness;
    int missing = 0, stale = 0, refused = 0;
    *first = -1;
    for (const Decision &d : m_model->stagedDecisions()) {
        const int row = m_model->rowOf(d.conflictId);
        const R r = m_model->readiness(row);
        if (r == R::Ready)
            continue;
        *first = *first < 0 ? row : *first;
        missing += r == R::NeedsRationale ? 1 : 0;
        stale += r == R::Stale ? 1 : 0;
        refused += r == R::NotAllowed ? 1 : 0;
    }
    QStringList parts;
    if (missing > 0)
        parts << tr("needing a rationale: %L1").arg(missing);
    if (stale > 0)
        parts << tr("stale: %L1").arg(stale);
    if (refused > 0)
        parts << tr("no longer allowed: %L1").arg(refused);
    return parts.join(QStringLiteral(", "));
}

void ConflictsView::apply()
{
    if (isApplying() || !m_model->store())
        return;
    const auto applyRefusedWhileChecking = [this] {
        if (isChecking())
            showMessage(DecisionPanel::checkingText(), true);
        return isChecking();
    };
    // Ctrl+Return reaches here with Apply disabled.
    if (applyRefusedWhileChecking())
        return;
    const QList<Decision> staged = m_model->stagedDecisions();
    if (staged.isEmpty()) {
        showMessage(tr("Nothing is staged: choose with M, F or S first."), true);
        return;
    }
    const QList<Decision> decisions = m_model->readyDecisions();
    int first = -1;
    const QString notReady = notReadySummary(&first);
    const qsizetype keptBack = staged.size() - decisions.size();
    if (decisions.isEmpty()) {
        selectConflict(m_model->conflictId(first));
        if (m_model->rationaleMissing(first))
            m_panel->rationaleEdit()->setFocus();
        showMessage(tr("Nothing was written: no staged decision is ready (%1). Each card says "
                       "why; the first one is selected.")
                        .arg(notReady),
            true);
        return;
    }
    m_keptBack = keptBack > 0 ? tr("Kept staged, not ready (%1): each card says why.").arg(notReady)
                              : QString();
    if (m_confirmApply) {
        // The confirmation names who decides, and warns when that is not the signed-in user.
        const QString who = m_model->actorDisplayName() == m_model->actor()
            ? m_model->actor()
            : tr("%1 (%2)", "display name (actor id)")
                  .arg(m_model->actorDisplayName(), m_model->actor());
        QMessageBox box(QMessageBox::Question, tr("Apply decisions"),
            decisions.size() == 1 ? tr("Write 1 decision as %1?").arg(who)
                                  : tr("Write %L1 decisions as %2?").arg(decisions.size()).arg(who),
            QMessageBox::Cancel, this);
        const QString identity = DecisionPanel::identityWarningText(*m_model);
        const auto revisions = std::count_if(
            decisions.cbegin(), decisions.cend(), [](const Decision &d) { return d.revise; });
        box.setInformativeText(
            tr("%1\n\nEach decision records an evidence envelope, queues an operation and its task "
               "for the daemon, and adds a journal line.")
                .arg(m_panel->summaryText())
            + (revisions > 0 ? QStringLiteral("\n\n")
                        + tr("%n of them revise(s) an earlier decision: its records stay, and the "
                             "new evidence names the envelope it supersedes.",
                            nullptr, int(revisions))
                             : QString())
            + (keptBack > 0 ? QStringLiteral("\n\n")
                        + tr("Staged decisions that are not ready stay staged (%1).").arg(notReady)
                            : QString())
            + (identity.isEmpty() ? QString() : QStringLiteral("\n\n") + identity));
        if (!identity.isEmpty())
            box.setIcon(QMessageBox::Warning);
        QPushButton *go = box.addButton(tr("Apply"), QMessageBox::AcceptRole);
        box.setDefaultButton(go);
        box.exec();
        if (box.clickedButton() != go)
            return;
        // A store read meanwhile may have been adopted while the box was open.
        if (applyRefusedWhileChecking())
            return;
    }
    ApplyOptions options;
    options.expectedVersions = m_model->shownVersions(decisions);
    m_model->clearOutcomes();
    showMessage(tr("Writing the ready decisions (%L1)…").arg(decisions.size()), false);
    m_panel->startProgress(int(decisions.size()));
    m_applier->start(m_model->store(), decisions, options);
    if (isApplying())
        setBusy(true);
}

void ConflictsView::setBusy(bool busy)
{
    m_panel->setProgressVisible(busy && isApplying());
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
    if (!m_keptBack.isEmpty())
        text << m_keptBack;
    m_keptBack.clear();
    showMessage(text.join(QLatin1Char(' ')), refused > 0 || report.ioError);
    setBusy(false);
    Q_EMIT applyFinished(applied, refused);
}

} // namespace SyncDesk::Ui
