// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/folderwatch_p.h"

#include "core/io/fileread_p.h"
#include "core/io/logging.h"
#include "core/store/storeloader_p.h"

#include <QFile>

#include <cerrno>
#include <cstring>

namespace SyncDesk {

FolderWatch::FolderWatch(const QString &root)
    : m_root(root)
{
    if (!m_inotify.open()) {
        qCInfo(lcStore, "no inotify for %s: %s", qPrintable(root), std::strerror(errno));
        return;
    }
    add(root, true); // the user may reach the store through a symlink; the loader follows it
    for (int r = 0; r < kRegistryCount; ++r) {
        const QString dir = root + QLatin1Char('/') + registryDirName(Registry(r));
        if (entryType(dir) == EntryType::Directory)
            add(dir);
    }
}

FolderWatch::~FolderWatch() = default;

bool FolderWatch::watches(const QString &dir) const
{
    for (const QString &d : m_dirs)
        if (d == dir)
            return true;
    return false;
}

void FolderWatch::add(const QString &dir, bool followSymlink)
{
    const int wd = m_inotify.addFolder(QFile::encodeName(dir),
        followSymlink ? InotifyWatch::FollowSymlink : InotifyWatch::NoOption);
    if (wd >= 0)
        m_dirs.insert(wd, dir);
    else // not refreshed on its own; a symlinked registry folder is refused (ENOTDIR)
        qCInfo(lcStore, "not watched: %s: %s", qPrintable(dir), std::strerror(errno));
}

void FolderWatch::read(QSet<QString> &dirs, QSet<QString> &files)
{
    // A read that fails is left alone: the notifier fires again while events
    // are queued.
    m_inotify.readEvents([&](const InotifyWatch::Event &e) {
        if (e.kind == InotifyWatch::Event::Overflow) {
            // Events were lost: rescan everything, as QFileSystemWatcher would.
            for (const QString &d : std::as_const(m_dirs))
                dirs.insert(d);
            return;
        }
        const QString dir = m_dirs.value(e.watch);
        if (dir.isEmpty())
            return;
        if (e.kind == InotifyWatch::Event::WatchEnded) {
            // The folder went (or was replaced): rescanned, and watched
            // again if it comes back (StoreSession::changedIn).
            m_dirs.remove(e.watch);
            dirs.insert(dir);
            return;
        }
        const QString name = QFile::decodeName(e.name);
        if (dir == m_root || name.isEmpty() || e.kind == InotifyWatch::Event::FolderGone) {
            dirs.insert(dir);
            return;
        }
        if (StoreLoader::isStrayTemp(name) || !name.endsWith(QLatin1String(".json")))
            return;
        files.insert(dir.mid(m_root.size() + 1) + QLatin1Char('/') + name);
    });
}

} // namespace SyncDesk
