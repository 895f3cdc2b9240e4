// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QLayout>
#include <QList>

namespace SyncDesk::Ui {

/**
 * A row of widgets that wraps onto as many lines as its width needs, like
 * words in a paragraph: filter bars whose buttons grow with translations and
 * counts never set the window's minimum width. Each item gets its size hint;
 * an item added with a stretch also takes what is left of its line. A spacing
 * separates groups, and is dropped where a line starts.
 */
class FlowLayout final : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    /// Adds a widget; a stretch above 0 lets it fill the rest of its line.
    void addWidget(QWidget *widget, int stretch = 0);
    /// A gap of @p size pixels before the next item, unless that item starts a line.
    void addSpacing(int size);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    struct Entry
    {
        QLayoutItem *item;
        int stretch = 0;
        bool spacing = false;
    };
    /// Places the items in rect (when apply) and returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<Entry> m_entries;
};

} // namespace SyncDesk::Ui
