// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/durablefile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace SyncDesk {

/**
 * The store as a writer holds it: the root and the registry folders it writes,
 * each opened once as a directory descriptor without following links
 * (O_DIRECTORY | O_NOFOLLOW). Every later read, check and write of Apply and
 * recovery is relative to these descriptors (openat, renameat, linkat,
 * unlinkat, fsync on the descriptor), never a path string after a check, so a
 * registry renamed away and replaced by a symlink cannot redirect a write.
 * stillInPlace() notices such a swap, so that a writer stops instead of
 * writing on into a folder that is no longer the store's.
 */
class StoreDir final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::StoreDir)

public:
    enum Folder
    {
        Conflicts,
        Evidence,
        Operations,
        Tasks,
        FolderCount
    };

    StoreDir() = default;
    ~StoreDir();
    StoreDir(const StoreDir &) = delete;
    StoreDir &operator=(const StoreDir &) = delete;
    StoreDir(StoreDir &&other) noexcept;
    StoreDir &operator=(StoreDir &&other) noexcept;

    /**
     * Opens root (the folder the user named; a link there is the user's own
     * choice and is followed) and, with create, makes the registries that do
     * not exist yet. A registry that is a link, a file or anything but a
     * plain folder is an error naming it.
     */
    static std::optional<IoError> open(const QString &root, bool create, StoreDir &out);

    bool isOpen() const { return m_root >= 0; }
    int rootFd() const { return m_root; }
    const QString &rootPath() const { return m_rootPath; }
    int fd(Folder folder) const { return m_folders[folder]; }
    static const char *folderName(Folder folder);

    /// A file in the root ("journal.jsonl", "manifest.json", ...).
    DirEntryRef inRoot(const char *name) const;
    /// A record file: folder/<name>. name must be one component.
    DirEntryRef in(Folder folder, const QString &name) const;

    /**
     * Whether every opened registry is still the folder of that name in the
     * root (same device and inode, not a link). An error names the first one
     * that moved.
     */
    std::optional<IoError> stillInPlace() const;

private:
    void close();

    QString m_rootPath;
    int m_root = -1;
    std::array<int, FolderCount> m_folders { -1, -1, -1, -1 };
    std::array<unsigned long long, FolderCount> m_inodes {};
    std::array<unsigned long long, FolderCount> m_devices {};
};

/// True for one plain path component a store file may have: no '/', no NUL,
/// not empty, "." or "..", at most 255 bytes.
bool isPlainFileName(const QByteArray &name);

} // namespace SyncDesk
