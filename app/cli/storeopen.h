// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/store.h"

#include <QMap>

#include <memory>

namespace SyncDesk::Cli {

/**
 * Opens STORE for a command. On failure prints why (naming the path) and sets
 * exitCode: ExitFindings for a folder that is not an initialized store,
 * ExitUsage for a missing path or an unreadable folder.
 */
std::unique_ptr<Store> openStoreForCommand(
    const QString &path, int &exitCode, ValidationMode mode = ValidationMode::SyncDesk);

/// Counts of a symbol-valued column, sorted by name.
template<typename Table, typename Field>
QMap<QString, int> countBy(const Store &store, const Table &table, Field field)
{
    QMap<QString, int> counts;
    for (const auto &row : table)
        ++counts[store.text(row.*field)];
    return counts;
}

} // namespace SyncDesk::Cli
