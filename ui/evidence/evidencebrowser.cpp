// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/evidence/evidencebrowser.h"

#include "core/models/evidencemodel.h"
#include "core/models/missingevidencemodel.h"
#include "core/store/store.h"
#include "core/store/storesession.h"
#include "ui/evidence/evidencedetail.h"
#include "ui/widgets/hiddenpage.h"
#include "ui/widgets/recordtable.h"
#include "ui/widgets/statusdelegate.h"

#include <QAction>
#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace SyncDesk::Ui {
namespace {

constexpr int kFilterDelayMs = 150;

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setContentsMargins(2, 6, 2, 2);
    return label;
}

} // namespace

EvidenceBrowser::EvidenceBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new EvidenceModel(this))
    , m_missing(new MissingEvidenceModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EvidenceModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto *left = new QSplitter(Qt::Vertical, splitter);
    left->setChildrenCollapsible(false);
    auto *listPane = new QWidget(left);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(listPane);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true); // counts in German need two lines in a narrow pane
    top->addWidget(m_summary, 1);
    m_filter = new QLineEdit(listPane);
    m_filter->setPlaceholderText(tr("Filter evidence…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(180);
    top->addWidget(m_filter);
    listLayout->addLayout(top);

    m_table = new QTableView(listPane);
    configureRecordTable(m_table);
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(EvidenceModel::StatusColumn,
        new StatusDelegate(EvidenceModel::IconNameRole, EvidenceModel::ToneRole, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EvidenceModel::StatusColumn, Qt::DescendingOrder);
    listLayout->addWidget(m_table, 1);

    auto *missingPane = new QWidget(left);
    auto *missingLayout = new QVBoxLayout(missingPane);
    missingLayout->setContentsMargins(0, 0, 0, 0);
    m_missingTitle = sectionTitle(missingPane);
    m_missingTitle->setWordWrap(true);
    m_missingTitle->setToolTip(tr("Records that cite evidence which is not in the store. "
                                  "Activate one to open the citing record."));
    missingLayout->addWidget(m_missingTitle);
    m_missingTable = new QTableView(missingPane);
    configureRecordTable(m_missingTable);
    auto *missingProxy = new QSortFilterProxyModel(this);
    missingProxy->setSourceModel(m_missing);
    missingProxy->setSortRole(MissingEvidenceModel::SortRole);
    m_missingTable->setModel(missingProxy);
    m_missingTable->setSortingEnabled(true);
    m_missingTable->sortByColumn(MissingEvidenceModel::FileColumn, Qt::AscendingOrder);
    missingLayout->addWidget(m_missingTable, 1);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);

    m_detail = new EvidenceDetail(splitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 560, 700 }); // a ratio: the list needs room for its columns

    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this,
        [this] { m_proxy->setFilterFixedString(m_filter->text().trimmed()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &EvidenceBrowser::onCurrentChanged);
    connect(m_model, &EvidenceModel::countsChanged, this, &EvidenceBrowser::updateSummary);
    connect(m_missing, &QAbstractItemModel::modelReset, this, &EvidenceBrowser::updateSummary);
    connect(m_missingTable, &QTableView::activated, this, &EvidenceBrowser::activateMissing);
    connect(m_detail, &EvidenceDetail::recordActivated, this, &EvidenceBrowser::recordActivated);
    // A decision's envelope leads to its conflict's whole trail, from the table's menu.
    auto *trail = new QAction(tr("Show trail of its conflict…"), m_table);
    trail->setEnabled(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(trail);
    auto conflictOf = [this] {
        const Store *s = m_model->store();
        const int row = currentEvidenceRow();
        if (!s || row < 0 || std::size_t(row) >= s->evidence().size())
            return QString();
        const EvidenceRecord &e = s->evidence()[std::size_t(row)];
        const bool resolution = s->text(e.type) == QLatin1String("conflict-resolution");
        return resolution && s->relations().conflictById.contains(e.subject) ? s->text(e.subject)
                                                                             : QString();
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, trail,
        [trail, conflictOf] { trail->setEnabled(!conflictOf().isEmpty()); });
    connect(trail, &QAction::triggered, this, [this, conflictOf] {
        if (const QString id = conflictOf(); !id.isEmpty())
            Q_EMIT trailRequested(id);
    });
    connect(m_detail, &EvidenceDetail::evidenceLinkActivated, this,
        [this](const QString &id) { showEvidence(id); });
    updateSummary();
}

EvidenceBrowser::~EvidenceBrowser() = default;

void EvidenceBrowser::setSession(StoreSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        // Connected before the models: the proxy sorts its 10k envelopes as
        // its source resets (dynamic or not). A hidden page leaves it
        // unsorted and sorts once shown (catchUp()). The model's store is
        // gone by now: sort(-1) only reorders row numbers; nothing here may
        // read the model before it resets.
        connect(session, &StoreSession::storeReset, this, [this] {
            if (isHiddenInShownWindow(this) && m_proxy->sortColumn() >= 0) {
                m_proxy->sort(-1);
                m_sortBehind = true;
            }
        });
    }
    m_model->setSession(session);
    m_missing->setSession(session);
    if (session) {
        // Connected after the models: they have reset by the time this runs.
        connect(session, &StoreSession::storeReset, this, &EvidenceBrowser::onStoreReset);
        connect(session, &StoreSession::storeUpdated, this, [this] {
            // Citations and the file may have changed under the envelope shown.
            if (m_detail->evidenceRow() >= 0)
                m_detail->showEvidence(m_detail->evidenceRow());
        });
    }
    onStoreReset();
}

void EvidenceBrowser::onStoreReset()
{
    const Store *store = m_session ? m_session->store() : nullptr;
    m_detail->setStore(store && store->state() == Store::State::Ok ? store : nullptr);
    resizeColumnsWhenShown(m_table);
    resizeColumnsWhenShown(m_missingTable);
    // The envelope to show is chosen in the order the page shows, once it
    // does: also when the window is hidden (in the tray) with that order behind.
    m_selectBehind = isHiddenInShownWindow(this) || m_sortBehind;
    if (!m_selectBehind)
        selectAfterReset();
}

void EvidenceBrowser::selectAfterReset()
{
    m_selectBehind = false;
    const QString previous = m_shownId;
    if (!previous.isEmpty() && showEvidence(previous))
        return;
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

void EvidenceBrowser::catchUp()
{
    if (m_sortBehind) {
        m_sortBehind = false;
        // As the header says (the user may have sorted otherwise before).
        const QHeaderView *header = m_table->horizontalHeader();
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    if (m_selectBehind)
        selectAfterReset();
}

void EvidenceBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    catchUp();
}

bool EvidenceBrowser::showEvidence(int evidenceRow)
{
    catchUp(); // asked for while hidden, a place in the sorted list
    if (evidenceRow < 0 || evidenceRow >= m_model->rowCount())
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(evidenceRow, 0));
    if (!index.isValid()) { // filtered out: the user asked for this one, so show it
        m_filter->clear();
        m_proxy->setFilterFixedString(QString());
        index = m_proxy->mapFromSource(m_model->index(evidenceRow, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool EvidenceBrowser::showEvidence(const QString &reference)
{
    const Store *store = m_model->store();
    return store && showEvidence(int(store->findEvidence(reference)));
}

int EvidenceBrowser::currentEvidenceRow() const
{
    return m_detail->evidenceRow();
}

void EvidenceBrowser::onCurrentChanged()
{
    const QModelIndex source = m_proxy->mapToSource(m_table->currentIndex());
    const int row = source.isValid() ? source.row() : -1;
    m_detail->showEvidence(row);
    m_shownId = row >= 0 ? source.data(EvidenceModel::EvidenceIdRole).toString() : QString();
}

void EvidenceBrowser::updateSummary()
{
    const int total = m_model->rowCount();
    QString text = tr("Envelopes: %1").arg(total);
    if (total > 0) {
        text += QStringLiteral(" · ") + tr("verified: %1").arg(m_model->verifiedCount());
        const auto bad = [this](const QString &label) {
            const QString color = toneColor(StatusTone::Negative, palette()).name();
            return QStringLiteral(" · <b style=\"color:%1\">%2</b>").arg(color, label);
        };
        if (m_model->tamperedCount() > 0)
            text += bad(tr("tampered: %1").arg(m_model->tamperedCount()));
        if (m_model->invalidCount() > 0)
            text += bad(tr("invalid: %1").arg(m_model->invalidCount()));
        if (m_model->suspectCount() > 0)
            text += bad(tr("suspect (misnamed): %1").arg(m_model->suspectCount()));
    }
    m_summary->setText(text);

    const int missing = m_missing->rowCount();
    m_missingTitle->setText(
        missing > 0 ? tr("Missing evidence (%1)").arg(missing) : tr("Missing evidence: none"));
    m_missingTable->setVisible(missing > 0);
}

void EvidenceBrowser::activateMissing(const QModelIndex &index)
{
    const int kind = index.data(MissingEvidenceModel::CitingKindRole).toInt();
    const int row = index.data(MissingEvidenceModel::CitingRowRole).toInt();
    if (row >= 0)
        Q_EMIT recordActivated(RecordKind(kind), row);
}

} // namespace SyncDesk::Ui
