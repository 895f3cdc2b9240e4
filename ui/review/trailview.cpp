// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/review/trailview.h"

#include "core/models/operationmodel.h"
#include "core/records/recordread.h"
#include "core/store/store.h"
#include "ui/widgets/statusdelegate.h"

#include <QDateTime>
#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SyncDesk::Ui {
namespace {

/// A larger record is not shown in the detail pane: a reviewer reads records, not megabytes.
constexpr qint64 kMaxShownRecord = 256 * 1024;

QString iconName(TrailEntry::Kind kind)
{
    switch (kind) {
    case TrailEntry::Kind::Detection:
        return QStringLiteral("edit-find");
    case TrailEntry::Kind::Conflict:
        return QStringLiteral("dialog-warning");
    case TrailEntry::Kind::Decision:
        return QStringLiteral("dialog-ok-apply");
    case TrailEntry::Kind::Revision:
        return QStringLiteral("edit-redo");
    case TrailEntry::Kind::Policy:
        return QStringLiteral("security-medium");
    case TrailEntry::Kind::Actor:
        return QStringLiteral("user-identity");
    case TrailEntry::Kind::Evidence:
        return QStringLiteral("document-preview");
    case TrailEntry::Kind::Journal:
        return QStringLiteral("text-x-generic");
    case TrailEntry::Kind::ResolveOperation:
        return QStringLiteral("system-run");
    case TrailEntry::Kind::ResolveTask:
        return QStringLiteral("view-task");
    }
    return {};
}

QString localTime(const TrailEntry &e)
{
    if (e.time == kNoTime)
        return e.at;
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(e.time).toLocalTime(), QLocale::ShortFormat);
}

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

TrailView::TrailView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("trailList"));
    m_list->setAccessibleName(tr("Trail"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Time"), tr("Kind"), tr("What happened"), tr("Status") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    // The title takes what the others leave; the others fit their content, so
    // a longer translation widens its column instead of being cut.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_list->header()->setMinimumSectionSize(40);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("trailDetail"));
    m_detail->setAccessibleName(tr("Trail entry"));
    m_detail->setOpenLinks(false);
    m_detail->setOpenExternalLinks(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showDetail(currentEntry()); });
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { activate(m_list->indexOfTopLevelItem(item)); });
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("trail"))
            activate(url.path().toInt());
    });
}

TrailView::Target TrailView::targetOf(const TrailEntry &e)
{
    if (e.missing || e.file.isEmpty())
        return Target::None;
    if (e.file.startsWith(QLatin1String("operations/"))
        || e.file.startsWith(QLatin1String("tasks/")))
        return Target::Queue;
    if (e.file.startsWith(QLatin1String("evidence/")))
        return Target::Evidence;
    if (e.file.startsWith(QLatin1String("conflicts/")))
        return Target::Conflicts;
    return Target::Here;
}

QString TrailView::kindLabel(TrailEntry::Kind kind)
{
    switch (kind) {
    case TrailEntry::Kind::Detection:
        return tr("Detection");
    case TrailEntry::Kind::Conflict:
        return tr("Conflict");
    case TrailEntry::Kind::Decision:
        return tr("Decision");
    case TrailEntry::Kind::Revision:
        return tr("Revision");
    case TrailEntry::Kind::Policy:
        return tr("Policy");
    case TrailEntry::Kind::Actor:
        return tr("Actor");
    case TrailEntry::Kind::Evidence:
        return tr("Evidence");
    case TrailEntry::Kind::Journal:
        return tr("Journal");
    case TrailEntry::Kind::ResolveOperation:
        return tr("Resolve operation");
    case TrailEntry::Kind::ResolveTask:
        return tr("Resolve task");
    }
    return {};
}

QString TrailView::statusText(const QString &status)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("verified"), QT_TR_NOOP("Verified") },
        { QStringLiteral("tampered"), QT_TR_NOOP("Tampered") },
        { QStringLiteral("missing"), QT_TR_NOOP("Missing") },
        { QStringLiteral("invalid"), QT_TR_NOOP("Invalid") },
        { QStringLiteral("suspect"), QT_TR_NOOP("Misnamed") },
        { QStringLiteral("decided"), QT_TR_NOOP("Decided") },
        { QStringLiteral("revoked"), QT_TR_NOOP("Revoked") },
    };
    if (const auto it = words.constFind(status); it != words.cend())
        return tr(*it);
    // Operation and task statuses as the queue names them; a policy's effect as written.
    return OperationModel::statusLabel(status);
}

StatusTone TrailView::toneOf(const QString &status)
{
    static const QStringList negative { QStringLiteral("tampered"), QStringLiteral("missing"),
        QStringLiteral("failed"), QStringLiteral("invalid"), QStringLiteral("suspect"),
        QStringLiteral("deny"), QStringLiteral("revoked"), QStringLiteral("cancelled") };
    static const QStringList positive { QStringLiteral("verified"), QStringLiteral("succeeded"),
        QStringLiteral("completed"), QStringLiteral("reconciled"), QStringLiteral("decided") };
    static const QStringList warning { QStringLiteral("queued"), QStringLiteral("pending"),
        QStringLiteral("blocked"), QStringLiteral("running") };
    if (negative.contains(status))
        return StatusTone::Negative;
    if (positive.contains(status))
        return StatusTone::Positive;
    if (warning.contains(status))
        return StatusTone::Warning;
    return StatusTone::Normal;
}

void TrailView::setTrail(const Store *store, const ConflictTrail &trail)
{
    const int keep = currentEntry();
    m_store = store;
    m_trail = trail;
    m_list->clear();
    int missing = 0, broken = 0;
    QList<QTreeWidgetItem *> items;
    const QPalette pal = palette();
    for (const TrailEntry &e : m_trail.entries()) {
        auto *item = new QTreeWidgetItem;
        item->setText(TimeColumn, localTime(e));
        item->setToolTip(TimeColumn, e.at);
        // The theme's icon where it has one; no stand-in: a tone icon would
        // read as a verdict, and the kind is also written out.
        item->setIcon(KindColumn, QIcon::fromTheme(iconName(e.kind)));
        item->setText(KindColumn, kindLabel(e.kind));
        // The records that governed a decision follow it, with their own
        // (earlier) times: marked as belonging to the entry above.
        const bool follows
            = e.kind == TrailEntry::Kind::Policy || e.kind == TrailEntry::Kind::Actor;
        item->setText(WhatColumn, follows ? QStringLiteral("↳ ") + e.title : e.title);
        item->setToolTip(
            WhatColumn, e.detail.isEmpty() ? e.title : e.title + QLatin1Char('\n') + e.detail);
        item->setText(StatusColumn, statusText(e.status));
        item->setToolTip(StatusColumn, e.status);
        const StatusTone tone = toneOf(e.status);
        if (tone != StatusTone::Normal) {
            item->setForeground(StatusColumn, toneColor(tone, pal));
            if (tone == StatusTone::Negative) {
                QFont bold = item->font(StatusColumn);
                bold.setBold(true);
                item->setFont(StatusColumn, bold);
            }
        }
        if (e.missing) {
            ++missing;
            item->setForeground(WhatColumn, toneColor(StatusTone::Negative, pal));
        } else if (tone == StatusTone::Negative) {
            ++broken;
        }
        items << item;
    }
    m_list->addTopLevelItems(items);

    if (m_trail.entries().isEmpty()) {
        m_summary->setText(m_trail.conflictId().isEmpty()
                ? tr("No conflict chosen.")
                : tr("The store has no conflict %1.").arg(m_trail.conflictId()));
    } else {
        QStringList parts;
        // "entries: 12", not "%n entries": no plural form to get wrong.
        parts << tr("entries: %L1").arg(m_trail.entries().size());
        const int chain = int(m_trail.decisionChain().size());
        if (chain > 0)
            parts << tr("decision envelopes: %L1").arg(chain);
        if (missing > 0)
            parts << tr("missing: %L1").arg(missing);
        if (broken > 0)
            parts << tr("failed or not verified: %L1").arg(broken);
        m_summary->setText(
            tr("Conflict %1 · %2").arg(m_trail.conflictId(), parts.join(QStringLiteral(" · "))));
    }
    if (!items.isEmpty())
        setCurrentEntry(keep >= 0 && keep < items.size() ? keep : 0);
    else
        m_detail->clear();
}

int TrailView::currentEntry() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void TrailView::setCurrentEntry(int entry)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(entry))
        m_list->setCurrentItem(item);
}

void TrailView::showDetail(int entry, const QString &record)
{
    if (entry < 0 || entry >= m_trail.entries().size()) {
        m_detail->clear();
        return;
    }
    const TrailEntry &e = m_trail.entries()[entry];
    QString out = QStringLiteral("<p><b>%1</b><br>%2 · %3</p>")
                      .arg(html(e.title), html(kindLabel(e.kind)),
                          html(e.at.isEmpty() ? tr("no time recorded") : e.at));
    if (!e.detail.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(html(e.detail));
    if (e.kind == TrailEntry::Kind::Journal && !e.lineText.isEmpty())
        out += QStringLiteral("<p>%1</p><pre>%2</pre>")
                   .arg(html(tr("Line %1 of journal.jsonl, as written:").arg(e.line)),
                       e.lineText.toHtmlEscaped());
    const Target target = targetOf(e);
    QString link;
    switch (target) {
    case Target::None:
        link = tr("No record to open: %1 is not in the store.").arg(e.recordId);
        break;
    case Target::Queue:
        link = tr("Open %1 in the queue").arg(e.file);
        break;
    case Target::Evidence:
        link = tr("Open %1 on the evidence page").arg(e.file);
        break;
    case Target::Conflicts:
        link = tr("Open %1 on the conflicts page").arg(e.file);
        break;
    case Target::Here:
        link = e.kind == TrailEntry::Kind::Journal ? QString() : tr("Show %1 here").arg(e.file);
        break;
    }
    if (target == Target::None)
        out += QStringLiteral("<p>%1</p>").arg(html(link));
    else if (!link.isEmpty())
        out += QStringLiteral("<p><a href=\"trail:%1\">%2</a></p>").arg(entry).arg(html(link));
    if (!record.isEmpty())
        out += QStringLiteral("<pre>%1</pre>").arg(record.toHtmlEscaped());
    m_detail->setHtml(out);
}

void TrailView::activate(int entry)
{
    if (entry < 0 || entry >= m_trail.entries().size())
        return;
    const TrailEntry e = m_trail.entries()[entry];
    const Target target = targetOf(e);
    if (target == Target::None)
        return;
    if (target == Target::Here) {
        QString record;
        if (e.kind != TrailEntry::Kind::Journal && m_store) {
            // Read now, bounded, from the file the store's loader listed.
            const qint32 file = m_store->fileIndex(e.file);
            if (file >= 0) {
                const RecordRead read = RecordReader::read(
                    m_store->absolutePath(quint32(file)), m_store->mode(), kMaxShownRecord, false);
                record = read.complete ? QString::fromStdString(read.bytes)
                                       : tr("%1 cannot be shown: %2")
                                             .arg(e.file,
                                                 read.validation.errors.isEmpty()
                                                     ? tr("not read")
                                                     : read.validation.errors.first().message);
            }
        }
        setCurrentEntry(entry);
        showDetail(entry, record);
    }
    Q_EMIT linkActivated(target, e.recordId, e.file, e.kind);
}

} // namespace SyncDesk::Ui
