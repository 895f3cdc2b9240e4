// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/widgets/statusbanner.h"

#include "ui/widgets/statusdelegate.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QStyle>

namespace SyncDesk::Ui {

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent)
{
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    layout->addLayout(texts, 1);
    clearStatus();
}

void StatusBanner::setStatus(StatusTone tone, const QString &iconName, const QString &title,
    const QString &text, bool strong)
{
    m_tone = tone;
    m_strong = strong;
    m_iconName = iconName;
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    setAccessibleName(title);
    setAccessibleDescription(text);
    applyColors();
    show();
}

void StatusBanner::clearStatus()
{
    m_tone = StatusTone::Normal;
    m_strong = false;
    m_iconName.clear();
    m_title->clear();
    m_text->clear();
    hide();
}

QString StatusBanner::title() const
{
    return m_title->text();
}

QString StatusBanner::text() const
{
    return m_text->text();
}

void StatusBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        && !m_applying)
        applyColors();
}

void StatusBanner::applyColors()
{
    m_applying = true;
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QPalette p = base;
    if (m_strong) {
        // The same saturated red in light and dark: white on it stays readable.
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::Window, toneColor(m_tone, light));
        p.setColor(QPalette::WindowText, Qt::white);
    } else {
        p.setColor(QPalette::Window, toneBackground(m_tone, base));
        p.setColor(QPalette::WindowText, base.color(QPalette::Text));
    }
    p.setColor(QPalette::Dark, toneColor(m_tone, base));
    setPalette(p);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(m_iconName.isEmpty()
            ? QPixmap()
            : statusIcon(m_iconName, style()).pixmap(size, size, QIcon::Normal));
    m_applying = false;
}

} // namespace SyncDesk::Ui
