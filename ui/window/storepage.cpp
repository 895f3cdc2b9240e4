// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/window/storepage.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace SyncDesk::Ui {

StorePage::StorePage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("Open a Store…"), this))
    , m_retry(new QPushButton(tr("Try Again"), this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMaximumWidth(640);
    m_icon->setAlignment(Qt::AlignCenter);
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_retry->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(m_open, &QPushButton::clicked, this, &StorePage::openRequested);
    connect(m_retry, &QPushButton::clicked, this, &StorePage::retryRequested);
    showMessage(tr("No store open"),
        tr("Open a workspace store folder to see its operations, tasks, conflicts and "
           "evidence."),
        false);
}

void StorePage::showLoading(const QString &path)
{
    m_icon->setPixmap(QIcon::fromTheme(
        QStringLiteral("folder-sync"), style()->standardIcon(QStyle::SP_BrowserReload))
                          .pixmap(64));
    m_title->setText(tr("Opening the store…"));
    m_text->setText(path);
    m_open->hide();
    m_retry->hide();
}

void StorePage::showMessage(const QString &title, const QString &text, bool canRetry)
{
    m_icon->setPixmap(QIcon::fromTheme(
        canRetry ? QStringLiteral("dialog-warning") : QStringLiteral("folder-open"),
        style()->standardIcon(canRetry ? QStyle::SP_MessageBoxWarning : QStyle::SP_DirOpenIcon))
                          .pixmap(64));
    m_title->setText(title);
    m_text->setText(text);
    m_open->show();
    m_retry->setVisible(canRetry);
    setAccessibleName(title);
    setAccessibleDescription(text);
}

QString StorePage::title() const
{
    return m_title->text();
}
QString StorePage::text() const
{
    return m_text->text();
}

} // namespace SyncDesk::Ui
