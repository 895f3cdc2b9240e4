// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

namespace SyncDesk::Ui {

/**
 * Whether page sits behind another page of a window that is on screen: what
 * only it shows (a sort, a selection, counts) can wait until it is shown.
 * A window not shown yet (tests, a start before show()) is not one: its
 * pages get everything at once.
 */
inline bool isHiddenInShownWindow(const QWidget *page)
{
    return !page->isVisible() && page->window()->isVisible();
}

} // namespace SyncDesk::Ui
