// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/widgets/adaptivesplitter.h"

#include <QResizeEvent>

namespace SyncDesk::Ui {

AdaptiveSplitter::AdaptiveSplitter(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{ }

void AdaptiveSplitter::setSideBySideWidth(std::function<int()> width)
{
    m_sideBySideWidth = std::move(width);
    updateOrientation();
}

void AdaptiveSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    updateOrientation();
}

bool AdaptiveSplitter::event(QEvent *event)
{
    const bool handled = QSplitter::event(event);
    // A child asks for another size (a longer button text): it may no longer fit beside.
    if (event->type() == QEvent::LayoutRequest)
        updateOrientation();
    return handled;
}

void AdaptiveSplitter::updateOrientation()
{
    if (m_changing || !m_sideBySideWidth || count() != 2 || width() <= 0)
        return;
    const Qt::Orientation wanted = width() >= m_sideBySideWidth() ? Qt::Horizontal : Qt::Vertical;
    if (wanted == orientation())
        return;
    m_changing = true;
    Q_EMIT orientationChanging(wanted);
    setOrientation(wanted);
    // The second widget keeps what it asks for; the first one takes the rest.
    QWidget *second = widget(1);
    const int total = wanted == Qt::Horizontal ? width() : height();
    const int asked
        = wanted == Qt::Horizontal ? second->sizeHint().width() : second->sizeHint().height();
    setSizes({ qMax(0, total - asked - handleWidth()), asked });
    m_changing = false;
}

} // namespace SyncDesk::Ui
