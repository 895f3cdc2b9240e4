// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/inotifywatch.h"

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>

#include <sys/inotify.h>
#include <unistd.h>
#endif

namespace SyncDesk {

InotifyWatch::~InotifyWatch()
{
    close();
}

bool InotifyWatch::open()
{
#ifdef Q_OS_LINUX
    if (m_fd == kNotOpened)
        m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
#else
    m_fd = -1;
#endif
    return isValid();
}

void InotifyWatch::close()
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
    m_fd = kNotOpened;
}

int InotifyWatch::addFolder(const QByteArray &path, unsigned options)
{
#ifdef Q_OS_LINUX
    if (m_fd < 0)
        return -1;
    uint32_t mask = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_MODIFY
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;
    if (!(options & FollowSymlink))
        mask |= IN_DONT_FOLLOW;
    if (options & ExcludeUnlinked)
        mask |= IN_EXCL_UNLINK;
    return ::inotify_add_watch(m_fd, path.constData(), mask);
#else
    Q_UNUSED(path)
    Q_UNUSED(options)
    return -1;
#endif
}

void InotifyWatch::removeWatch(int watch)
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0 && watch >= 0)
        ::inotify_rm_watch(m_fd, watch);
#else
    Q_UNUSED(watch)
#endif
}

bool InotifyWatch::readEvents(const std::function<void(const Event &)> &f)
{
#ifdef Q_OS_LINUX
    if (m_fd < 0)
        return true;
    alignas(inotify_event) char buffer[64 * 1024];
    while (true) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        if (n <= 0)
            return false;
        for (ssize_t at = 0; at + ssize_t(sizeof(inotify_event)) <= n;) {
            const auto *e = reinterpret_cast<const inotify_event *>(buffer + at);
            at += ssize_t(sizeof(inotify_event) + e->len);
            Event event;
            event.watch = e->wd;
            if (e->mask & IN_Q_OVERFLOW)
                event.kind = Event::Overflow;
            else if (e->mask & IN_IGNORED)
                event.kind = Event::WatchEnded;
            else if (e->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT))
                event.kind = Event::FolderGone;
            else if (e->len > 0) // the name is padded with NULs to its length
                event.name = QByteArray(e->name, qsizetype(::strnlen(e->name, e->len)));
            f(event);
        }
    }
#else
    Q_UNUSED(f)
    return true;
#endif
}

} // namespace SyncDesk
