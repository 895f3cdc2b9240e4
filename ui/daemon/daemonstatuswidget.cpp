// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/daemon/daemonstatuswidget.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

namespace SyncDesk::Ui {

namespace {

// Breeze's positive, neutral, negative and focus colours: readable on light
// and dark palettes alike, and what KDE users read as good / warning / bad.
const QColor kPositive(0x27, 0xae, 0x60);
const QColor kNeutral(0xf6, 0x74, 0x00);
const QColor kNegative(0xda, 0x44, 0x53);
const QColor kActive(0x3d, 0xae, 0xe9);

} // namespace

DaemonStatusWidget::DaemonStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Daemon status"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    refreshTexts();
}

void DaemonStatusWidget::setClient(DaemonClient *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    if (!client) {
        setState(DaemonClient::State::Unknown, QString());
        return;
    }
    connect(client, &DaemonClient::stateChanged, this, &DaemonStatusWidget::setState);
    setState(client->state(), client->message());
}

void DaemonStatusWidget::setState(DaemonClient::State state, const QString &message)
{
    m_state = state;
    m_message = message;
    refreshTexts();
    updateGeometry();
    update();
}

QColor DaemonStatusWidget::dotColor() const
{
    using State = DaemonClient::State;
    switch (m_state) {
    case State::Ready:
        return kPositive;
    case State::NotReady: {
        const QString severity = m_client ? m_client->readiness().severity : QString();
        return severity == u"error" || severity == u"critical" ? kNegative : kNeutral;
    }
    case State::Refused:
        return kNegative;
    case State::Live:
        return kActive;
    case State::LiveReadinessUnknown:
        return kNeutral;
    case State::Unknown:
    case State::Unreachable:
        break;
    }
    // No daemon is a normal way to run Sync Desk: grey, not alarm red.
    return palette().color(QPalette::Disabled, QPalette::WindowText);
}

void DaemonStatusWidget::refreshTexts()
{
    using State = DaemonClient::State;
    QString tip;
    switch (m_state) {
    case State::Unknown:
        m_text = tr("Daemon: checking…");
        tip = tr("Sync Desk has not heard from the daemon yet.");
        break;
    case State::Live:
        m_text = tr("Daemon running, checking readiness…");
        tip = tr("The daemon answers; its readiness is being checked.");
        break;
    case State::LiveReadinessUnknown:
        m_text = m_message.isEmpty() ? tr("Daemon live, readiness unknown")
                                     : tr("Daemon live, readiness unknown (%1)").arg(m_message);
        tip = tr("The daemon answers /healthz, but its readiness could not be read: %1\n"
                 "Its readiness report is rebuilt on every request; an unreadable record in "
                 "objects/ or a slow policy service is enough to make it fail.")
                  .arg(m_message);
        break;
    case State::Ready:
        // Ready but degraded is what makes the Daemon page show the repair preview.
        m_text = m_client && m_client->readiness().status == u"degraded"
            ? tr("Daemon ready, degraded")
            : tr("Daemon ready");
        tip = m_message;
        break;
    case State::NotReady: {
        m_text = m_message.isEmpty() ? tr("Daemon not ready")
                                     : tr("Daemon not ready: %1").arg(m_message);
        tip = m_message;
        if (m_client && !m_client->readiness().status.isEmpty())
            tip = tr("Status: %1 (%2)\n%3")
                      .arg(m_client->readiness().status, m_client->readiness().severity, m_message);
        break;
    }
    case State::Unreachable:
        m_text = tr("Daemon not reachable");
        tip = tr("%1\nSync Desk keeps working from the store on disk and retries on its own.")
                  .arg(m_message);
        break;
    case State::Refused:
        m_text = tr("Daemon host not allowed");
        tip = tr("%1\nChange the daemon address or allow other hosts to contact it.")
                  .arg(m_message);
        break;
    }
    if (m_client && m_state != State::Refused) {
        const DaemonHealth health = m_client->health();
        const QString where = m_client->baseUrl().toDisplayString();
        tip += QLatin1Char('\n')
            + (health.version.isEmpty()
                    ? tr("Service: %1").arg(where)
                    : tr("Service: %1 (%2 %3)").arg(where, health.component, health.version));
    }
    tip = tip.trimmed();
    setToolTip(tip + QLatin1Char('\n') + tr("Click to check now."));
    setAccessibleDescription(tip.isEmpty() ? m_text : m_text + QLatin1String(". ") + tip);
}

int DaemonStatusWidget::dotDiameter() const
{
    return qMax(6, fontMetrics().height() * 6 / 10);
}

QSize DaemonStatusWidget::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    // A long summary is elided rather than crowding the rest of the status bar.
    const int textWidth = qMin(fm.horizontalAdvance(m_text), fm.averageCharWidth() * 48);
    return { dotDiameter() + fm.averageCharWidth() + textWidth + 4, fm.height() + 4 };
}

QSize DaemonStatusWidget::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return { dotDiameter() + fm.averageCharWidth() * 12, fm.height() + 4 };
}

void DaemonStatusWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int d = dotDiameter();
    const QRectF dot(1.5, (height() - d) / 2.0, d, d);
    const QColor fill = dotColor();
    painter.setPen(QPen(fill.darker(130), 1));
    painter.setBrush(fill);
    painter.drawEllipse(dot);

    const int x = int(dot.right()) + fontMetrics().averageCharWidth();
    const QRect textRect(x, 0, width() - x, height());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        fontMetrics().elidedText(m_text, Qt::ElideRight, textRect.width()));
}

void DaemonStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        if (m_client)
            m_client->pollNow();
        Q_EMIT clicked();
    }
    QWidget::mouseReleaseEvent(event);
}

void DaemonStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace SyncDesk::Ui
