// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

class QTableView;

namespace SyncDesk::Ui {

/// The table look every record list shares: fixed row heights (no per-row
/// measuring at 100k rows), whole-row selection, no grid, middle elision.
void configureRecordTable(QTableView *table);

/// Fits the columns to their contents now when the table is on screen, else
/// the next time it is shown: a hidden page's tables never cost a store load
/// their measuring (half the window's work before its first paint at 100k).
void resizeColumnsWhenShown(QTableView *table);

} // namespace SyncDesk::Ui
