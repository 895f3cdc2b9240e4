// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>

#include <functional>

namespace SyncDesk {

/**
 * One inotify instance watching folders for changes to their entries: an
 * entry created, deleted, renamed in or out, written, truncated or chmod-ed,
 * and the folder itself deleted or moved. Folders, not files: an atomic write
 * replaces the file, and a watch on the old inode would go quiet. Used by the
 * store's FolderWatch (what the window refreshes) and the gate cache (what an
 * Apply re-reads), which decide themselves what an event means.
 *
 * Non-blocking and close-on-exec. Linux only: elsewhere open() fails and
 * every folder is reported as not watched (-1), so callers fall back to
 * scanning. Not thread-safe; its owner serialises the calls.
 */
class InotifyWatch final
{
public:
    InotifyWatch() = default;
    ~InotifyWatch();
    InotifyWatch(const InotifyWatch &) = delete;
    InotifyWatch &operator=(const InotifyWatch &) = delete;

    /**
     * Makes the inotify instance unless one was made or tried since the last
     * close(): a failure (the instance limit) is not retried on every call.
     * Returns isValid().
     */
    bool open();
    /// Closes the instance (and every watch); the next open() tries again.
    void close();
    bool isValid() const { return m_fd >= 0; }
    /// For a QSocketNotifier: readable when events are queued; -1 when not open.
    int fd() const { return m_fd >= 0 ? m_fd : -1; }

    enum Option : unsigned
    {
        NoOption = 0,
        /// Watch the folder a symlink points to; otherwise a symlink is refused.
        FollowSymlink = 1,
        /// No events for entries unlinked from the folder while still open elsewhere.
        ExcludeUnlinked = 2,
    };
    /// A watch descriptor for the folder at path (encoded file name bytes),
    /// or -1 (not open, not a folder, the watch limit). Adding a folder that is
    /// already watched returns the same descriptor.
    int addFolder(const QByteArray &path, unsigned options = NoOption);
    /// Stops a watch the kernel has not ended itself (see Event::WatchEnded).
    void removeWatch(int watch);

    struct Event final
    {
        enum Kind
        {
            /// The queue overflowed: events were lost, every folder may have changed.
            Overflow,
            /// The kernel dropped the watch (the folder went, or removeWatch()).
            WatchEnded,
            /// The watched folder itself was deleted, moved or unmounted.
            FolderGone,
            /// An entry changed (name says which), or the folder with an empty name.
            Changed,
        };
        Kind kind = Changed;
        int watch = -1; ///< -1 for Overflow
        QByteArray name; ///< the entry's raw name; empty for the folder itself
    };
    /**
     * Takes everything the kernel has queued, without blocking, and hands each
     * event to f in order. False when the queue could not be read (an error
     * other than "empty"): events may have been lost, as on an Overflow.
     */
    bool readEvents(const std::function<void(const Event &)> &f);

private:
    static constexpr int kNotOpened = -2;
    int m_fd = kNotOpened; ///< -1: open() failed
};

} // namespace SyncDesk
