#pragma once

class QTableView;

namespace SyncDesk::Ui {

/// The table look every record list shares: fixed row heights (no per-row
/// measuring at 100k rows), whole-row selection, no grid, middle elision.
void configureRecordTable(QTableView *table);

} // namespace SyncDesk::Ui
