// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/loadcache_p.h"
#include "core/store/storetypes.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

namespace SyncDesk {

class Store;

/**
 * The check a load skipped (StoreOpenOptions::deferCacheCheck), run once the
 * store is shown: every file taken from the load cache unchecked is stat-ed
 * as the load would have, and stands only while its size, mtime, ctime and
 * inode are all what the cache vouched for. What differs is read again by
 * the caller (StoreSession), as a change the daemon made.
 */
class CacheCheck final
{
public:
    /// What store took unchecked. Copies what it needs: store may change or
    /// go while run() runs on another thread.
    explicit CacheCheck(const Store &store);

    /// How many files run() stats.
    std::size_t size() const { return m_items.size(); }

    /**
     * Stats the files on up to threads threads (0: one per core), each by
     * its folder's descriptor and its name, a link never followed. Returns
     * the paths (relative to the root) of those whose stamp differs, that are
     * gone, or that are no longer regular files, in the store's order. When
     * cancel is set it stops early, and what it returns is incomplete.
     */
    QStringList run(int threads = 0, const std::atomic<bool> *cancel = nullptr) const;

private:
    struct Item
    {
        QString path;
        FileStamp stamp;
        Registry registry = Registry::Operations;
    };
    QString m_root;
    std::vector<Item> m_items;
};

} // namespace SyncDesk
