// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/widgets/flowlayout.h"

#include <QWidget>

namespace SyncDesk::Ui {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addWidget(QWidget *widget, int stretch)
{
    addChildWidget(widget);
    m_entries.append({ new QWidgetItem(widget), stretch, false });
    invalidate();
}

void FlowLayout::addSpacing(int size)
{
    m_entries.append(
        { new QSpacerItem(size, 0, QSizePolicy::Fixed, QSizePolicy::Minimum), 0, true });
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_entries.append({ item, 0, false });
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_entries.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries[index].item : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_entries.size())
        return nullptr;
    QLayoutItem *item = m_entries.takeAt(index).item;
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else goes onto further lines.
    QSize size;
    for (const Entry &e : m_entries)
        if (!e.spacing && !e.item->isEmpty())
            size = size.expandedTo(
                QSize(e.item->sizeHint().width(), e.item->minimumSize().height()));
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0, height = 0;
    for (const Entry &e : m_entries) {
        if (e.item->isEmpty())
            continue;
        width += e.item->sizeHint().width() + (e.spacing ? 0 : spacing());
        height = qMax(height, e.item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return { width + m.left() + m.right(), height + m.top() + m.bottom() };
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = qMax(0, spacing());
    struct Placed
    {
        const Entry *entry;
        int width;
    };
    QList<QList<Placed>> lines(1);
    int x = 0;
    for (const Entry &e : m_entries) {
        if (e.item->isEmpty())
            continue;
        const int w = qMin(e.item->sizeHint().width(), area.width());
        if (e.spacing) {
            if (!lines.last().isEmpty()) {
                lines.last().append({ &e, w });
                x += w;
            }
            continue;
        }
        const int start = x + (lines.last().isEmpty() ? 0 : gap);
        if (!lines.last().isEmpty() && start + w > area.width()) {
            // A spacing never ends a line.
            while (!lines.last().isEmpty() && lines.last().last().entry->spacing)
                lines.last().removeLast();
            lines.append(QList<Placed>());
            x = 0;
        }
        x += (lines.last().isEmpty() ? 0 : gap) + w;
        lines.last().append({ &e, w });
    }

    while (!lines.last().isEmpty() && lines.last().last().entry->spacing)
        lines.last().removeLast();

    int y = area.top();
    for (QList<Placed> &line : lines) {
        if (line.isEmpty())
            continue;
        int used = 0, stretch = 0, height = 0;
        for (const Placed &p : std::as_const(line)) {
            used += p.width + (p.entry->spacing ? 0 : gap);
            stretch += p.entry->stretch;
            height = qMax(height, p.entry->item->sizeHint().height());
        }
        used -= gap;
        int spare = qMax(0, area.width() - used);
        int left = area.left();
        bool first = true;
        for (const Placed &p : std::as_const(line)) {
            if (!first && !p.entry->spacing)
                left += gap;
            first = false;
            int w = p.width;
            if (stretch > 0 && p.entry->stretch > 0) {
                const int extra = spare * p.entry->stretch / stretch;
                w += extra;
                spare -= extra;
                stretch -= p.entry->stretch;
            }
            if (apply && !p.entry->spacing) {
                const int h = qMin(height,
                    qMax(
                        p.entry->item->sizeHint().height(), p.entry->item->minimumSize().height()));
                p.entry->item->setGeometry(QRect(left, y + (height - h) / 2, w, h));
            }
            left += w;
        }
        y += height + gap;
    }
    y -= gap;
    return qMax(0, y - area.top()) + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace SyncDesk::Ui
