// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QString>

namespace SyncDesk {

/**
 * The store's writer lock: "writer.lock" in the store root, held with
 * flock(LOCK_EX) for as long as the writer runs. The file is hostile like
 * everything under the root: it may be a FIFO, a socket, a device, a folder, a
 * symbolic link (to /dev/zero, say) or a hard link to a file elsewhere. It is
 * therefore opened with O_NOFOLLOW | O_NONBLOCK, checked with fstat before
 * anything is read or written, and refused with a message naming what it is
 * when it is not a plain file; nothing here can block or read without bound.
 *
 * Compatible with QLockFile, which older Sync Desk builds (and the daemon's Qt
 * tools) use: QLockFile takes flock(LOCK_EX) on the file it creates, so the
 * two exclude each other; this lock writes QLockFile's content (PID, program
 * name as /proc/<pid>/exe names it, host, machine id, boot id, one per line),
 * so QLockFile sees a live holder and breaks the file only once its process is
 * gone. The flock, not the file's existence or its PID, says whether the lock
 * is held: a file whose flock nobody holds (a writer was killed) is taken over.
 */
class WriterLock final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::WriterLock)

public:
    /// What probe() sees. The PID, program and host are the file's words, for display only.
    struct State final
    {
        enum class Kind : unsigned char
        {
            Unlocked, ///< no file, or a file no process holds (left by a killed writer)
            Held, ///< a process holds the lock now
            NotALockFile, ///< a FIFO, socket, device, folder, symlink or hard link
            Unreadable ///< cannot be opened (permissions, I/O error)
        };
        Kind kind = Kind::Unlocked;
        qint64 pid = 0;
        QString app;
        QString host;
        QString what; ///< NotALockFile: "a FIFO", "a symbolic link"… (translated)
        QString message; ///< NotALockFile, Unreadable: a translated sentence naming the file
    };

    /// Why the last tryLock() failed.
    enum class Failure : unsigned char
    {
        None,
        Held, ///< another writer holds it (see holder())
        NotALockFile, ///< the name is taken by something that is not a plain file
        CannotCreate ///< read-only filesystem, no permission, no space…
    };

    explicit WriterLock(const QString &path);
    /// The lock file name in the folder dirFd (duplicated; the caller keeps
    /// its own), for a writer that works on the store root's descriptor.
    /// path is only for messages and probe().
    WriterLock(int dirFd, const QString &name, const QString &path);
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    /// Waits up to timeoutMs while another writer holds it; false then or on any refusal.
    bool tryLock(int timeoutMs);
    /// Removes the file (only if it is still the one locked) and releases the lock.
    void unlock();

    Failure failure() const { return m_failure; }
    /// A translated sentence for refusals: who holds the lock, or why it cannot be taken.
    QString holder() const;

    /**
     * Whether path is held, without creating, changing or waiting for anything:
     * never blocks (O_NONBLOCK, fstat before the bounded read), so the window
     * may ask on its own thread. A flock(LOCK_SH | LOCK_NB), released at once,
     * tells whether a writer holds its LOCK_EX: flock has no query call, and
     * fcntl's F_GETLK / F_OFD_GETLK do not see flock locks (nor does QLockFile
     * take fcntl locks on Linux). The shared lock lives for microseconds; a
     * writer that meets it retries within its timeout.
     */
    static State probe(const QString &path);

private:
    enum class Attempt : unsigned char
    {
        Locked,
        Busy,
        Retry,
        Refused
    };
    Attempt attempt();
    void refuse(Failure failure, const QString &message);

    QString m_path;
    QByteArray m_dir;
    QByteArray m_name;
    int m_dirFd = -1;
    int m_fd = -1;
    Failure m_failure = Failure::None;
    QString m_problem; ///< NotALockFile, CannotCreate: the sentence holder() returns
};

} // namespace SyncDesk
