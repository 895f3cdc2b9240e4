// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QSplitter>

#include <functional>

namespace SyncDesk::Ui {

/**
 * A splitter of two widgets that lays them side by side while it is wide
 * enough, and one above the other when it is not (a laptop, a larger font, a
 * longer translation): the second widget then moves below the first instead
 * of pushing the window wider than the screen.
 */
class AdaptiveSplitter final : public QSplitter
{
    Q_OBJECT

public:
    explicit AdaptiveSplitter(QWidget *parent = nullptr);

    /// The least width at which both fit side by side, asked again on each resize.
    void setSideBySideWidth(std::function<int()> width);
    /// Checks the width now (after what sideBySideWidth depends on changed).
    void updateOrientation();

Q_SIGNALS:
    /// Just before the orientation changes: the second widget can rearrange itself.
    void orientationChanging(Qt::Orientation orientation);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    std::function<int()> m_sideBySideWidth;
    bool m_changing = false;
};

} // namespace SyncDesk::Ui
