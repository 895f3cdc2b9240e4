// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace SyncDesk {
class Store;
class TimelineLayout;
} // namespace SyncDesk

namespace SyncDesk::Ui {

/**
 * The timeline's tooltip texts, one line per fact: a task's operation,
 * status, attempt, times and duration (running bars "Running for 3 h 12 min",
 * pending ones "Waiting for …", up to the store's latest time), and a lane's
 * operation with its type, status and task count. Empty when there is no
 * store or the task is not placed.
 */
class TimelineToolTip final
{
public:
    TimelineToolTip() = delete;

    /// The tooltip over a task's bar (a row in Store::tasks()).
    static QString forTask(const Store *store, const TimelineLayout &layout, int taskRow);
    /// The tooltip over a lane's label.
    static QString forLane(const Store *store, const TimelineLayout &layout, int lane);
};

} // namespace SyncDesk::Ui
