// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/daemon/eventsview.h"

#include "ui/widgets/colormix.h"

#include "core/json/json.h"
#include "core/models/daemoneventsmodel.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace SyncDesk::Ui {

namespace {

QString prettyJson(const QString &compact)
{
    const QByteArray bytes = compact.toUtf8();
    const auto parsed = parseJson(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!parsed.ok())
        return compact;
    return QString::fromStdString(dumpJson(parsed.value, 2));
}

} // namespace

EventsView::EventsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new DaemonEventsModel(this))
{
    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                style()->standardIcon(QStyle::SP_BrowserReload)),
        tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("Fetch the daemon's events again (%1)")
                              .arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refresh, &QAction::triggered, this, &EventsView::refresh);
    addAction(m_refresh);

    auto *title = new QLabel(tr("Daemon events"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(m_refresh);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    refreshButton->setAutoRaise(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(m_summary, 1);
    bar->addWidget(refreshButton);

    // Inline, tinted from the palette so it reads right in light and dark themes.
    m_message = new QFrame(this);
    m_message->setAutoFillBackground(true);
    m_message->setFrameShape(QFrame::StyledPanel);
    tintMessage();
    auto *icon = new QLabel(m_message);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(QIcon::fromTheme(
        QStringLiteral("dialog-warning"), style()->standardIcon(QStyle::SP_MessageBoxWarning))
                        .pixmap(iconSize, iconSize));
    m_messageText = new QLabel(m_message);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageText->setTextFormat(Qt::PlainText);
    auto *messageLayout = new QHBoxLayout(m_message);
    messageLayout->addWidget(icon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_messageText, 1);
    m_message->hide();

    m_table = new QTableView(this);
    // The model sorts itself on raw values: a proxy re-sorting 100k rows through
    // QVariant costs ~10x as much.
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DaemonEventsModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAccessibleName(tr("Daemon events"));
    // Fixed row heights and widths from font metrics: nothing measures 100k rows.
    const QFontMetrics fm = m_table->fontMetrics();
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fm.height() + 8);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    const int pad = fm.averageCharWidth() * 4;
    columns->resizeSection(DaemonEventsModel::TimeColumn,
        fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + pad);
    columns->resizeSection(DaemonEventsModel::EventIdColumn,
        fm.horizontalAdvance(QStringLiteral("evt-00000000")) + pad);
    columns->resizeSection(DaemonEventsModel::TypeColumn, fm.averageCharWidth() * 12 + pad);
    columns->resizeSection(DaemonEventsModel::LaneColumn, fm.averageCharWidth() * 10 + pad);
    columns->resizeSection(DaemonEventsModel::ObjectColumn, fm.averageCharWidth() * 32 + pad);

    m_payload = new QPlainTextEdit(this);
    m_payload->setReadOnly(true);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlaceholderText(tr("Select an event to see its payload."));
    m_payload->setAccessibleName(tr("Event payload"));
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_payload);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &EventsView::showPayload);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsView::showPayload);
    setSummary(tr("Not fetched yet"));
}

EventsView::~EventsView() = default;

void EventsView::setClient(DaemonClient *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_fetchedOnce = false;
    m_refresh->setEnabled(client != nullptr);
    if (!client)
        return;
    connect(client, &DaemonClient::eventsReceived, this, &EventsView::onEvents);
    connect(client, &DaemonClient::eventsFailed, this, &EventsView::onFailed);
    if (isVisible())
        refresh();
}

void EventsView::refresh()
{
    if (!m_client)
        return;
    m_fetchedOnce = true;
    setSummary(tr("Loading…"));
    m_client->fetchEvents();
}

void EventsView::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_fetchedOnce = false;
}

void EventsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fetchedOnce)
        refresh();
}

void EventsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        tintMessage();
}

void EventsView::tintMessage()
{
    QPalette tinted = palette();
    tinted.setColor(
        QPalette::Window, mix(tinted.color(QPalette::Window), QColor(0xda, 0x44, 0x53), 0.18));
    m_message->setPalette(tinted);
}

void EventsView::onEvents(const DaemonEventList &events)
{
    m_fetchedAt = QDateTime::currentDateTime();
    m_message->hide();
    // A refresh resets the model; keep the reader on the event they were reading.
    const QString current = m_table->currentIndex().data(DaemonEventsModel::EventIdRole).toString();
    m_model->setEvents(events);
    if (!current.isEmpty()) {
        const QModelIndexList found
            = m_model->match(m_model->index(0, DaemonEventsModel::EventIdColumn), Qt::DisplayRole,
                current, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_table->setCurrentIndex(found.constFirst());
    }
    setSummary(tr("%n event(s), fetched at %1", nullptr, int(events.size()))
                   .arg(m_fetchedAt.toString(QStringLiteral("HH:mm:ss"))));
}

void EventsView::onFailed(const QString &message)
{
    QString reason = message;
    if (!reason.isEmpty() && !reason.back().isPunct())
        reason += QLatin1Char('.');
    QString text = tr("Could not load the daemon's events: %1").arg(reason);
    if (m_fetchedAt.isValid() && m_model->rowCount() > 0)
        text += QLatin1Char(' ')
            + tr("The list shows the events fetched at %1.")
                  .arg(m_fetchedAt.toString(QStringLiteral("HH:mm:ss")));
    m_messageText->setText(text);
    m_message->show();
    setSummary(m_fetchedAt.isValid() ? tr("%n event(s), not current", nullptr, m_model->rowCount())
                                     : tr("Not loaded"));
}

void EventsView::showPayload()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_payload->clear();
        return;
    }
    const QString payload = current.data(DaemonEventsModel::PayloadJsonRole).toString();
    m_payload->setPlainText(payload.isEmpty() ? QString() : prettyJson(payload));
}

void EventsView::setSummary(const QString &text)
{
    m_summary->setText(text);
}

QString EventsView::summaryText() const
{
    return m_summary->text();
}

QString EventsView::messageText() const
{
    return m_messageText->text();
}

bool EventsView::isMessageShown() const
{
    return !m_message->isHidden();
}

QString EventsView::payloadText() const
{
    return m_payload->toPlainText();
}

} // namespace SyncDesk::Ui
