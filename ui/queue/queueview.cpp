// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/queue/queueview.h"

#include "core/models/operationfilterproxy.h"
#include "core/models/operationmodel.h"
#include "core/store/store.h"
#include "core/store/storesession.h"
#include "ui/queue/operationdetail.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/statuschipdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace SyncDesk::Ui {
namespace {

void fill(QComboBox *box, const QString &all, const QStringList &values,
    const std::function<QString(const QString &)> &label)
{
    const QString current = box->currentData().toString();
    box->blockSignals(true);
    box->clear();
    box->addItem(all, QString());
    for (const QString &v : values)
        box->addItem(label ? label(v) : v, v);
    const int index = box->findData(current);
    box->setCurrentIndex(index < 0 ? 0 : index);
    box->blockSignals(false);
}

} // namespace

QueueView::QueueView(StoreSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new OperationModel(session, this))
    , m_proxy(new OperationFilterProxy(m_model, this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_actor(new QComboBox(this))
    , m_device(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new OperationDetail(this))
{
    m_type->setAccessibleName(tr("Filter by operation type"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_actor->setAccessibleName(tr("Filter by actor"));
    m_device->setAccessibleName(tr("Filter by device"));
    m_search->setPlaceholderText(tr("Search ids…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search operations"));
    // Typing into a 100k-row filter must not refilter per keystroke.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);

    // The filters show their choice's start; their lists open as wide as the
    // longest entry. Left to size themselves by the longest actor or device, they
    // would squeeze the search field. The row wraps rather than widen the window.
    for (QComboBox *box : { m_type, m_status, m_actor, m_device }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 16);
    auto *filters = new FlowLayout;
    filters->setSpacing(6);
    filters->addWidget(m_type);
    filters->addWidget(m_status);
    filters->addWidget(m_actor);
    filters->addWidget(m_device);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OperationModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Ids share their prefixes and differ at the end: keep both ends in sight.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAccessibleName(tr("Operation queue"));
    // Fixed row heights: a ResizeToContents vertical header costs seconds at 100k.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int w = m_table->fontMetrics().averageCharWidth();
    const int widths[] = { 13, 17, 34, 14, 14, 22, 16, 20, 20, 20, 9, 7, 20 };
    for (int c = 0; c < OperationModel::ColumnCount; ++c) {
        // Never narrower than its (translated) title and the sort arrow.
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        const int titleWidth
            = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 4 * w + 16;
        m_table->setColumnWidth(c, qMax(widths[c] * w, titleWidth));
    }
    m_table->setColumnHidden(OperationModel::LocalIdColumn, true);
    m_table->setColumnHidden(OperationModel::UpdatedColumn, true);
    // Status as a chip in the timeline's colours, with its word always in it.
    m_table->setItemDelegateForColumn(
        OperationModel::StatusColumn, new StatusChipDelegate(OperationModel::StateRole, m_table));
    // When comes right after what: at 1366 px the columns past the actor are off screen.
    m_table->horizontalHeader()->moveSection(
        m_table->horizontalHeader()->visualIndex(OperationModel::CreatedColumn),
        m_table->horizontalHeader()->visualIndex(OperationModel::IdColumn) + 1);
    fitDateColumns();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // A ratio: the details' labels and ids need about a third (German labels are long).
    splitter->setSizes({ 640, 360 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    for (QComboBox *box : { m_type, m_status, m_actor, m_device })
        connect(box, &QComboBox::currentIndexChanged, this, &QueueView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &QueueView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &QueueView::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QueueView::applyFilters);
    // The details follow the filter: a row it hides is not shown beside the table.
    // Queued: after the view and its selection have taken the change in.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &QueueView::followFilter,
        Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QueueView::followFilter,
        Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QueueView::followFilter,
        Qt::QueuedConnection);
    connect(session, &StoreSession::storeReset, this, &QueueView::rebuildFilterChoices);
    connect(session, &StoreSession::storeUpdated, this, [this] {
        if (m_detail->operation() >= 0)
            m_detail->showOperation(m_session->store(), m_detail->operation());
    });
    connect(m_detail, &OperationDetail::operationActivated, this, [this](int row) {
        Q_EMIT linkFollowed(); // before the selection moves: Back returns to it
        selectOperation(row);
    });
    connect(m_detail, &OperationDetail::taskActivated, this, &QueueView::taskActivated);
    connect(m_detail, &OperationDetail::evidenceActivated, this, &QueueView::evidenceActivated);
    connect(m_detail, &OperationDetail::conflictActivated, this, &QueueView::conflictActivated);
    // The trail of the conflict an operation names, from the table's menu.
    auto *trail = new QAction(tr("Show trail of its conflict…"), m_table);
    trail->setEnabled(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(trail);
    auto conflictOf = [this] {
        const Store *s = m_session->store();
        const int row = selectedOperation();
        if (!s || row < 0 || std::size_t(row) >= s->operations().size()
            || s->operations()[std::size_t(row)].conflicts.empty())
            return QString();
        return s->text(s->operations()[std::size_t(row)].conflicts.front());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, trail,
        [trail, conflictOf] { trail->setEnabled(!conflictOf().isEmpty()); });
    connect(trail, &QAction::triggered, this, [this, conflictOf] {
        if (const QString id = conflictOf(); !id.isEmpty())
            Q_EMIT trailRequested(id);
    });
    rebuildFilterChoices();
}

void QueueView::rebuildFilterChoices()
{
    const Store *s = m_session->store();
    if (!s) {
        m_detail->showOperation(nullptr, -1);
        return;
    }
    const auto [types, statuses, actors, devices] = s->distinctTexts(s->operations(),
        std::array { &OperationRecord::type, &OperationRecord::status, &OperationRecord::actor,
            &OperationRecord::device });
    fill(m_type, tr("All types"), types, &OperationModel::typeLabel);
    fill(m_status, tr("All statuses"), statuses, &OperationModel::statusLabel);
    // Statuses and types are words, not ids: shown whole (German ones are long).
    const auto fitColumn = [this](int column, const QStringList &values, auto label) {
        const QFontMetrics fm = m_table->fontMetrics();
        int widest = 0;
        for (const QString &v : values)
            widest = qMax(widest, fm.horizontalAdvance(label(v)));
        const int padding = 2 * fm.averageCharWidth() + 8;
        if (widest + padding > m_table->columnWidth(column))
            m_table->setColumnWidth(column, widest + padding);
    };
    fitColumn(OperationModel::StatusColumn, statuses, [](const QString &v) {
        // The chip's own padding too (StatusChipDelegate).
        return OperationModel::statusLabel(v) + QStringLiteral("MM");
    });
    fitColumn(OperationModel::TypeColumn, types, &OperationModel::typeLabel);
    fill(m_actor, tr("All actors"), actors, {});
    fill(m_device, tr("All devices"), devices, {});
    fitDateColumns();
    applyFilters();
    m_detail->showOperation(s, -1);
}

void QueueView::applyFilters()
{
    auto one = [](QComboBox *box) {
        const QString v = box->currentData().toString();
        return v.isEmpty() ? QSet<QString>() : QSet<QString> { v };
    };
    m_proxy->setTypes(one(m_type));
    m_proxy->setStatuses(one(m_status));
    m_proxy->setActor(m_actor->currentData().toString());
    m_proxy->setDevice(m_device->currentData().toString());
    m_proxy->setText(m_search->text());
    m_count->setText(tr("%n operation(s)", nullptr, m_proxy->rowCount()));
    followFilter();
}

bool QueueView::hiddenByFilter(int row) const
{
    return row >= 0
        && !m_proxy->mapFromSource(m_model->index(row, OperationModel::IdColumn)).isValid();
}

void QueueView::followFilter()
{
    if (!hiddenByFilter(m_detail->operation()))
        return;
    // Hidden: cleared, and said why, so that nobody reads a row they cannot see.
    m_table->selectionModel()->clearCurrentIndex();
    m_detail->showHidden();
}

void QueueView::fitDateColumns()
{
    // The widest date and time of the locale (two-digit day, month and hour), whole.
    const QDateTime widest(QDate(2026, 12, 28), QTime(22, 58, 58));
    const QString sample = OperationModel::timeText(widest.toMSecsSinceEpoch());
    const QFontMetrics fm = m_table->fontMetrics();
    const int width = fm.horizontalAdvance(sample) + 2 * fm.averageCharWidth() + 12;
    for (const int column : { OperationModel::CreatedColumn, OperationModel::UpdatedColumn })
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), width));
}

void QueueView::onCurrentChanged()
{
    const int row = selectedOperation();
    if (row < 0 && hiddenByFilter(m_detail->operation())) {
        m_detail->showHidden();
        return;
    }
    m_detail->showOperation(m_session->store(), row);
    if (row >= 0)
        Q_EMIT operationSelected(row);
}

int QueueView::selectedOperation() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(OperationModel::RowRole).toInt() : -1;
}

void QueueView::selectOperation(int row)
{
    QModelIndex source = m_model->index(row, OperationModel::IdColumn);
    if (!source.isValid())
        return;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        // Hidden by a filter: the user asked for this operation, so show it.
        for (QComboBox *box : { m_type, m_status, m_actor, m_device })
            box->setCurrentIndex(0);
        m_search->clear();
        applyFilters();
        index = m_proxy->mapFromSource(source);
    }
    m_table->setCurrentIndex(index);
    // Centred vertically only: centring the id's column would scroll the status
    // and type out of a narrow window.
    m_table->scrollTo(
        index.siblingAtColumn(OperationModel::StatusColumn), QAbstractItemView::PositionAtCenter);
}

} // namespace SyncDesk::Ui
