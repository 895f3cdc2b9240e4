// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/problems/problemsview.h"

#include "core/io/fileread_p.h"
#include "core/models/problemfiltermodel.h"
#include "core/models/problemmodel.h"
#include "core/store/store.h"
#include "core/store/storesession.h"
#include "ui/widgets/jsonview.h"
#include "ui/widgets/recordtable.h"
#include "ui/widgets/statusdelegate.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace SyncDesk::Ui {
namespace {

constexpr int kFilterDelayMs = 150;
constexpr qint64 kMaxPreviewBytes = 16 * 1024 * 1024;

/// A record file through the store; anything else (journal, manifest) only when it
/// is a regular file: a preview never follows a symlink or opens a FIFO.
Result<QByteArray> readStoreFile(const Store &store, const QString &relativePath)
{
    const qint32 index = store.fileIndex(relativePath);
    if (index >= 0)
        return store.readFile(quint32(index));
    // On the window's thread: the name may be a FIFO or a device by now (the
    // problem shown may say so), so it is read only if it is a regular file,
    // without blocking and without following a final symlink.
    const auto read
        = readFileNoFollow(store.root() + QLatin1Char('/') + relativePath, kMaxPreviewBytes);
    using Bytes = Result<QByteArray>;
    switch (read.status) {
    case FileRead::Status::Ok:
        return Bytes::success(QByteArray(read.bytes.data(), qsizetype(read.bytes.size())));
    case FileRead::Status::Symlink:
        return Bytes::failure(
            ProblemsView::tr("it is a symbolic link, which Sync Desk does not follow"));
    case FileRead::Status::NotRegular:
        return Bytes::failure(whyUnreadable(read));
    case FileRead::Status::TooLarge:
        return Bytes::failure(
            ProblemsView::tr("it is larger than %1 MiB").arg(kMaxPreviewBytes >> 20));
    case FileRead::Status::Error:
        break;
    }
    return Bytes::failure(read.error);
}

QToolButton *severityToggle(const QString &iconName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setCheckable(true);
    button->setChecked(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIcon(statusIcon(iconName, parent->style()));
    return button;
}

} // namespace

ProblemsView::ProblemsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemModel(this))
    , m_filter(new ProblemFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(2, 2, 2, 2);
    m_errors = severityToggle(QStringLiteral("dialog-error"), this);
    m_errors->setToolTip(tr("Show errors: records the daemon refuses"));
    m_warnings = severityToggle(QStringLiteral("dialog-warning"), this);
    m_warnings->setToolTip(tr("Show warnings: accepted, but worth a look"));
    bar->addWidget(m_errors);
    bar->addWidget(m_warnings);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setPlaceholderText(tr("Filter by file, rule, field or message…"));
    m_filterEdit->setClearButtonEnabled(true);
    bar->addWidget(m_filterEdit, 1);
    m_count = new QLabel(this);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    m_table = new QTableView(splitter);
    configureRecordTable(m_table);
    // The message is what matters: it reads from its start; paths stay whole.
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(ProblemModel::SeverityColumn,
        new StatusDelegate(ProblemModel::IconNameRole, ProblemModel::ToneRole, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProblemModel::SeverityColumn, Qt::AscendingOrder);
    m_preview = new JsonView(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 800, 450 });

    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(kFilterDelayMs);
    connect(m_filterEdit, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this,
        [this] { m_filter->setFilterText(m_filterEdit->text()); });
    connect(m_errors, &QToolButton::toggled, m_filter, &ProblemFilterModel::setShowErrors);
    connect(m_warnings, &QToolButton::toggled, m_filter, &ProblemFilterModel::setShowWarnings);
    connect(m_filter, &ProblemFilterModel::filterChanged, this, &ProblemsView::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        m_previewPath.clear(); // the file may have changed: read it again
        resizeColumnsWhenShown(m_table);
        if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_filter->index(0, 0));
        else
            showPreview(m_table->currentIndex());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showPreview(current); });
    connect(m_table, &QTableView::activated, this, &ProblemsView::activate);
    updateCounts();
}

ProblemsView::~ProblemsView() = default;

void ProblemsView::setSession(StoreSession *session)
{
    m_session = session;
    m_model->setSession(session);
}

void ProblemsView::setPreviewVisible(bool visible)
{
    m_preview->setVisible(visible);
}

bool ProblemsView::isPreviewVisible() const
{
    return !m_preview->isHidden();
}

QString ProblemsView::countText() const
{
    return m_count->text();
}

void ProblemsView::updateCounts()
{
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    m_errors->setText(tr("Errors: %1").arg(errors));
    m_warnings->setText(tr("Warnings: %1").arg(warnings));
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (total == 0)
        m_count->setText(m_model->store() ? tr("No problems") : QString());
    else if (shown == total)
        m_count->setText(tr("Problems: %1").arg(total));
    else
        m_count->setText(tr("Showing %1 of %2 problems").arg(shown).arg(total));
}

void ProblemsView::showPreview(const QModelIndex &index)
{
    const Store *store = m_model->store();
    if (!index.isValid() || !store || m_preview->isHidden()) {
        m_previewPath.clear();
        m_preview->setPlaceholder(tr("Select a problem to see its file."));
        return;
    }
    const QString path = index.data(ProblemModel::PathRole).toString();
    const int line = index.data(ProblemModel::LineRole).toInt();
    if (path != m_previewPath || m_preview->bytes().isEmpty()) {
        const auto bytes = readStoreFile(*store, path);
        if (!bytes.error().isEmpty()) {
            m_previewPath.clear();
            m_preview->setPlaceholder(tr("Cannot show %1: %2").arg(path, bytes.error()));
            return;
        }
        m_previewPath = path;
        m_preview->setContent(bytes.valueOr(QByteArray()), path);
    }
    m_preview->goToLine(line);
}

void ProblemsView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT fileActivated(
        index.data(ProblemModel::PathRole).toString(), index.data(ProblemModel::LineRole).toInt());
}

} // namespace SyncDesk::Ui
