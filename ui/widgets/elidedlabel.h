// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QLabel>

namespace SyncDesk::Ui {

/**
 * A one-line plain-text label that gives up width gracefully: it asks for its
 * whole text but accepts a few characters, and then draws the text elided
 * ("…") with the whole of it as its tooltip. For status bars and headers whose
 * text (a path, an id, a translation) must never decide how wide the window is.
 */
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);

    /// Where the "…" goes: the middle keeps a path's or an id's distinguishing end.
    void setElideMode(Qt::TextElideMode mode);
    Qt::TextElideMode elideMode() const { return m_mode; }
    /// The fewest characters it is ever given (the minimum size hint).
    void setMinimumCharacters(int characters);

    /// Whether the text is drawn shortened at the current width.
    bool isElided() const;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    Qt::TextElideMode m_mode = Qt::ElideRight;
    int m_minimumCharacters = 8;
};

} // namespace SyncDesk::Ui
