// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/folderwatch_p.h"

#include "core/io/fileread_p.h"
#include "core/store/storeloader_p.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

namespace SyncDesk {

FolderWatch::FolderWatch(const QString &root)
    : m_root(root)
{
#ifdef Q_OS_LINUX
    m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0)
        return;
    add(root, true); // the user may reach the store through a symlink; the loader follows it
    for (int r = 0; r < kRegistryCount; ++r) {
        const QString dir = root + QLatin1Char('/') + registryDirName(Registry(r));
        if (entryType(dir) == EntryType::Directory)
            add(dir);
    }
#endif
}

FolderWatch::~FolderWatch()
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

bool FolderWatch::watches(const QString &dir) const
{
    for (const QString &d : m_dirs)
        if (d == dir)
            return true;
    return false;
}

void FolderWatch::add(const QString &dir, bool followSymlink)
{
#ifdef Q_OS_LINUX
    const int wd = ::inotify_add_watch(m_fd, QFile::encodeName(dir).constData(),
        IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB
            | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | (followSymlink ? 0 : IN_DONT_FOLLOW));
    if (wd >= 0)
        m_dirs.insert(wd, dir);
#else
    Q_UNUSED(dir)
    Q_UNUSED(followSymlink)
#endif
}

void FolderWatch::read(QSet<QString> &dirs, QSet<QString> &files)
{
#ifdef Q_OS_LINUX
    alignas(inotify_event) char buffer[64 * 1024];
    while (true) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (ssize_t at = 0; at < n;) {
            const auto *e = reinterpret_cast<const inotify_event *>(buffer + at);
            at += ssize_t(sizeof(inotify_event) + e->len);
            if (e->mask & IN_Q_OVERFLOW) {
                // Events were lost: rescan everything, as QFileSystemWatcher would.
                for (const QString &d : std::as_const(m_dirs))
                    dirs.insert(d);
                continue;
            }
            const QString dir = m_dirs.value(e->wd);
            if (dir.isEmpty())
                continue;
            if (e->mask & IN_IGNORED) {
                // The folder went (or was replaced): rescanned, and watched
                // again if it comes back (StoreSession::changedIn).
                m_dirs.remove(e->wd);
                dirs.insert(dir);
                continue;
            }
            const QString name = e->len ? QFile::decodeName(e->name) : QString();
            if (dir == m_root || name.isEmpty() || (e->mask & (IN_DELETE_SELF | IN_MOVE_SELF))) {
                dirs.insert(dir);
                continue;
            }
            if (StoreLoader::isStrayTemp(name) || !name.endsWith(QLatin1String(".json")))
                continue;
            files.insert(dir.mid(m_root.size() + 1) + QLatin1Char('/') + name);
        }
    }
#else
    Q_UNUSED(dirs)
    Q_UNUSED(files)
#endif
}

} // namespace SyncDesk
