// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/window/navigationhistory.h"

#include <QAction>
#include <QApplication>
#include <QStyle>

namespace SyncDesk::Ui {

NavigationHistory::NavigationHistory(QObject *parent)
    : QObject(parent)
    , m_back(new QAction(this))
    , m_forward(new QAction(this))
{
    const QStyle *style = QApplication::style();
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("Back to the previous page (Alt+Left)"));
    m_back->setIcon(
        QIcon::fromTheme(QStringLiteral("go-previous"), style->standardIcon(QStyle::SP_ArrowBack)));
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setText(tr("&Forward"));
    m_forward->setToolTip(tr("Forward to the next page (Alt+Right)"));
    m_forward->setIcon(
        QIcon::fromTheme(QStringLiteral("go-next"), style->standardIcon(QStyle::SP_ArrowForward)));
    m_forward->setShortcut(QKeySequence::Forward);
    connect(m_back, &QAction::triggered, this, &NavigationHistory::back);
    connect(m_forward, &QAction::triggered, this, &NavigationHistory::forward);
    updateActions();
}

void NavigationHistory::recordCurrent()
{
    if (m_index >= 0 && m_recorder)
        m_entries[m_index].record = m_recorder(m_entries[m_index].page);
}

void NavigationHistory::visit(int page)
{
    if (m_restoring || page < 0)
        return;
    recordCurrent();
    if (m_index >= 0 && m_entries[m_index].page == page)
        return;
    m_entries.resize(m_index + 1); // what was ahead is no longer ahead
    m_entries.append({ page, m_recorder ? m_recorder(page) : QString() });
    if (m_entries.size() > kMaxEntries)
        m_entries.removeFirst();
    m_index = int(m_entries.size()) - 1;
    updateActions();
}

void NavigationHistory::follow(int page)
{
    if (m_restoring || page < 0)
        return;
    recordCurrent();
    m_entries.resize(m_index + 1);
    m_entries.append({ page, m_recorder ? m_recorder(page) : QString() });
    if (m_entries.size() > kMaxEntries)
        m_entries.removeFirst();
    m_index = int(m_entries.size()) - 1;
    updateActions();
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_index = -1;
    updateActions();
}

void NavigationHistory::back()
{
    if (canGoBack())
        go(m_index - 1);
}

void NavigationHistory::forward()
{
    if (canGoForward())
        go(m_index + 1);
}

NavigationEntry NavigationHistory::current() const
{
    return m_index >= 0 ? m_entries[m_index] : NavigationEntry {};
}

void NavigationHistory::go(int index)
{
    recordCurrent();
    m_index = index;
    updateActions();
    m_restoring = true;
    Q_EMIT navigate(m_entries[m_index]);
    m_restoring = false;
}

void NavigationHistory::updateActions()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
}

} // namespace SyncDesk::Ui
