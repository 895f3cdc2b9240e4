// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/inotifywatch.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace SyncDesk {

/**
 * inotify on a store's root and its registry folders (InotifyWatch). Folders,
 * not files: an atomic write replaces the file, and a watch on the old inode
 * would go quiet. It names the changed file, where rescanning a 100k-file folder to find it
 * cost ~0.5 s per change. Linux only: elsewhere isValid() is false.
 */
class FolderWatch final
{
public:
    /// Watches root and the registry folders that exist now.
    explicit FolderWatch(const QString &root);
    ~FolderWatch();
    FolderWatch(const FolderWatch &) = delete;
    FolderWatch &operator=(const FolderWatch &) = delete;

    bool isValid() const { return m_inotify.isValid(); }
    /// For a QSocketNotifier: readable when events are queued.
    int fd() const { return m_inotify.fd(); }
    const QString &root() const { return m_root; }
    bool watches(const QString &dir) const;
    /// Registry folders are not followed when they are symlinks (the loader
    /// refuses those too); the root is.
    void add(const QString &dir, bool followSymlink = false);
    /// Takes what the kernel has queued, without blocking: folders to rescan
    /// into dirs (absolute paths), files it named into files (relative to the root).
    void read(QSet<QString> &dirs, QSet<QString> &files);

private:
    QString m_root;
    InotifyWatch m_inotify;
    QHash<int, QString> m_dirs; ///< watch descriptor -> folder path
};

} // namespace SyncDesk
