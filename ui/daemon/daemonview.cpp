// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/daemon/daemonview.h"

#include "core/store/store.h"
#include "core/store/storesession.h"
#include "ui/daemon/daemonstatuswidget.h"
#include "ui/daemon/eventsview.h"

#include <QBoxLayout>
#include <QFrame>
#include <QLabel>
#include <QTextBrowser>

namespace SyncDesk::Ui {
namespace {

// An Apply writes a dozen files in a burst, the daemon more: one refresh per burst.
constexpr int kJournalDelayMs = 750;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

DaemonView::DaemonView(QWidget *parent)
    : QWidget(parent)
{
    m_status = new DaemonStatusWidget(this);
    m_statusDetail = new QLabel(this);
    m_statusDetail->setWordWrap(true);
    m_statusDetail->setTextFormat(Qt::PlainText);
    m_statusDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusDetail->hide();

    m_repair = new QFrame(this);
    static_cast<QFrame *>(m_repair)->setFrameShape(QFrame::StyledPanel);
    auto *repairLayout = new QVBoxLayout(m_repair);
    m_repairTitle = new QLabel(m_repair);
    QFont bold = m_repairTitle->font();
    bold.setBold(true);
    m_repairTitle->setFont(bold);
    m_repairTitle->setWordWrap(true);
    repairLayout->addWidget(m_repairTitle);
    m_repairText = new QTextBrowser(m_repair);
    m_repairText->setOpenLinks(false);
    m_repairText->setFrameShape(QFrame::NoFrame);
    m_repairText->setAccessibleName(tr("Repair plan preview"));
    m_repairText->viewport()->setBackgroundRole(QPalette::Window);
    m_repairText->setMaximumHeight(m_repairText->fontMetrics().height() * 12);
    repairLayout->addWidget(m_repairText);
    m_repair->hide();

    m_events = new EventsView(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_statusDetail);
    layout->addWidget(m_repair);
    layout->addWidget(m_events, 1);

    m_journalDelay.setSingleShot(true);
    m_journalDelay.setInterval(kJournalDelayMs);
    connect(&m_journalDelay, &QTimer::timeout, this, &DaemonView::refreshAfterJournal);
}

DaemonView::~DaemonView() = default;

bool DaemonView::wantsRepairPlan(const QString &readinessStatus)
{
    return readinessStatus == u"degraded" || readinessStatus == u"unsafe";
}

void DaemonView::setClient(DaemonClient *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_status->setClient(client);
    m_events->setClient(client);
    m_planFor.clear();
    if (client) {
        connect(client, &DaemonClient::stateChanged, this, &DaemonView::onStateChanged);
        connect(client, &DaemonClient::pollFinished, this, &DaemonView::onStateChanged);
        connect(client, &DaemonClient::repairPlanReceived, this, &DaemonView::showPlan);
        connect(client, &DaemonClient::repairPlanFailed, this, &DaemonView::showPlanFailure);
    }
    onStateChanged();
}

void DaemonView::setSession(StoreSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_journalMark.clear();
    if (!session)
        return;
    connect(session, &StoreSession::storeReset, this, &DaemonView::onJournalMaybeChanged);
    connect(session, &StoreSession::storeUpdated, this, &DaemonView::onJournalMaybeChanged);
    onJournalMaybeChanged();
}

void DaemonView::onJournalMaybeChanged()
{
    const Store *store = m_session ? m_session->store() : nullptr;
    QByteArray mark;
    if (store && store->state() == Store::State::Ok) {
        const JournalInfo &j = store->journal();
        mark = store->root().toUtf8() + '\n' + QByteArray::number(j.size) + ' '
            + QByteArray::number(j.lines) + ' '
            + QByteArray::number(store->manifest().activeGeneration);
    }
    const bool first = m_journalMark.isNull();
    if (mark == m_journalMark)
        return;
    m_journalMark = mark;
    // The first store seen is what the client polls already.
    // Not restarted by each change: a daemon writing without pause still gets
    // one refresh per interval, never none.
    if (!first && !mark.isEmpty() && !m_journalDelay.isActive())
        m_journalDelay.start();
}

void DaemonView::refreshAfterJournal()
{
    if (!m_client)
        return;
    ++m_journalRefreshes;
    // Only a running client is polled: a stopped one was stopped on purpose.
    if (m_client->isRunning())
        m_client->pollNow();
    m_events->refreshWhenShown();
    if (!m_planFor.isEmpty())
        m_client->fetchRepairPlan();
}

void DaemonView::onStateChanged()
{
    using State = DaemonClient::State;
    const State state = m_client ? m_client->state() : State::Unknown;
    // What the one status line cannot hold: the reason, whole.
    QString detail;
    if (m_client
        && (state == State::LiveReadinessUnknown || state == State::Unreachable
            || state == State::Refused || state == State::NotReady))
        detail = m_client->message();
    m_statusDetail->setText(detail);
    m_statusDetail->setVisible(!detail.isEmpty());

    const QString status = m_client && (state == State::Ready || state == State::NotReady)
        ? m_client->readiness().status
        : QString();
    if (!wantsRepairPlan(status)) {
        m_planFor.clear();
        m_repair->hide();
        return;
    }
    if (status == m_planFor)
        return; // asked already for this state; a journal change asks again
    m_planFor = status;
    m_repairTitle->setText(tr("Repair plan preview (read-only): loading…"));
    m_repairText->clear();
    m_repair->show();
    m_client->fetchRepairPlan();
}

void DaemonView::showPlan(const DaemonRepairPlan &plan)
{
    if (m_planFor.isEmpty())
        return; // the daemon recovered meanwhile
    m_repairTitle->setText(tr("Repair plan preview (read-only): the daemon is %1").arg(m_planFor));
    QString html;
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("The daemon proposes these steps. Sync Desk only shows them: a "
                            "repair is the daemon's to carry out, with its operator's approval.")));
    if (!plan.summary.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(plan.summary));
    QStringList facts;
    if (!plan.planId.isEmpty())
        facts << tr("Plan: %1").arg(plan.planId);
    if (!plan.severity.isEmpty())
        facts << tr("Severity: %1").arg(plan.severity);
    if (!plan.generatedAt.isEmpty())
        facts << tr("Generated: %1").arg(plan.generatedAt);
    if (!plan.previewOnly)
        facts << tr("The daemon did not mark this plan as a preview");
    if (!facts.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(facts.join(QStringLiteral(" · "))));
    if (!plan.steps.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ol>").arg(esc(tr("Steps:")));
        for (const DaemonRepairStep &s : plan.steps) {
            QString line = s.description.isEmpty() ? s.id : s.description;
            if (!s.kind.isEmpty())
                line = tr("%1 (%2)", "step (kind)").arg(line, s.kind);
            if (s.destructive)
                line += QLatin1Char(' ') + tr("[destructive]");
            html += QStringLiteral("<li>%1").arg(esc(line));
            if (!s.expectedResult.isEmpty())
                html += QStringLiteral("<br><i>%1</i>")
                            .arg(esc(tr("Expected: %1").arg(s.expectedResult)));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    if (!plan.blockedSteps.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(esc(tr("Held back:")));
        for (const DaemonBlockedStep &b : plan.blockedSteps)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(b.reason.isEmpty() ? b.id : tr("%1: %2").arg(b.id, b.reason)));
        html += QStringLiteral("</ul>");
    }
    m_repairText->setHtml(html);
    m_repair->show();
}

void DaemonView::showPlanFailure(const QString &message)
{
    if (m_planFor.isEmpty())
        return;
    m_repairTitle->setText(tr("Repair plan preview (read-only): not available"));
    m_repairText->setPlainText(tr("The daemon's repair plan could not be read: %1").arg(message));
    m_repair->show();
}

QString DaemonView::repairText() const
{
    return m_repairText->toPlainText();
}

} // namespace SyncDesk::Ui
