// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/storetypes.h"

#include <QString>

namespace SyncDesk {

class Store;
struct StoreOpenOptions;

/**
 * Re-reads single files of an open store in place: what StoreSession applies
 * when the daemon changes something, without reloading 200k files. Rows are
 * replaced or appended, never removed (indices would shift under the views):
 * what cannot be applied in place asks for a reload instead.
 *
 * The relations are left alone: the caller rebuilds them (RelationsBuilder)
 * once per batch when a FileUpdate says they changed.
 */
class StoreUpdater final
{
public:
    /// options must outlive the updater: those the store was opened with.
    StoreUpdater(Store &store, const StoreOpenOptions &options);

    /// What re-reading one file did to the tables.
    struct FileUpdate final
    {
        enum What
        {
            None,
            Changed,
            Added,
            NeedsReload
        } what
            = None;
        RecordKind kind = RecordKind::Unknown;
        qint32 row = -1;
        /// False when a Changed file kept its id and every reference
        /// RelationsBuilder reads: the relations are still right as they are.
        bool relationsChanged = true;
    };
    /// Re-reads a record file (a path relative to the root, "registry/name.json").
    FileUpdate reloadFile(const QString &relativePath);
    /// Re-reads manifest.json, journal.jsonl and the intent file.
    void reloadRootFiles();

private:
    Store &m_store;
    const StoreOpenOptions &m_options;
};

} // namespace SyncDesk
