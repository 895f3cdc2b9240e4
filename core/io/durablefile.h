// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace SyncDesk {

/// A failed durable write: which file, which step, and errno's text.
struct IoError final
{
    QString path;
    QString message; ///< translated, names the path and the step
    int error = 0; ///< errno
};

/**
 * Lets tests make the Nth system call of a kind fail (ENOSPC, EIO) without root
 * tricks. Off unless a test or SYNCDESK_FAULT_INJECT ("write:ENOSPC:3" = the
 * third write fails with ENOSPC; kinds write, fsync, rename, link) arms it.
 */
class FaultInjection final
{
public:
    enum class Call
    {
        Write,
        Fsync,
        Rename,
        Link
    };
    /// Returns the errno to fail with for this call, or 0.
    static int check(Call call);
    static void arm(Call call, int nth, int error);
    static void disarm();
    /// Reads SYNCDESK_FAULT_INJECT once; the CLI calls this at start.
    static void armFromEnvironment();
};

/**
 * A name in a directory held open by descriptor. Every write of the store goes
 * through one: the directory was opened from the store root without following
 * links, so renaming a folder away and putting a symlink in its place cannot
 * steer a write elsewhere, and a name is one path component, never a path.
 */
struct DirEntryRef final
{
    int dirFd = -1;
    QString dirPath; ///< for messages only; never opened
    QByteArray name; ///< one component: no '/', not "." or ".."
    QString path() const { return dirPath + QLatin1Char('/') + QString::fromUtf8(name); }
};

/**
 * Atomic, durable file writes (see shared notes "durable writes"): temp file in
 * the target's directory, every write checked, fdatasync, then rename (replace)
 * or link (create, never clobbering), then fsync of the directory. A crash
 * leaves the old file or the new one, never a mix. All calls are relative to
 * directory descriptors (openat, renameat, linkat, unlinkat): see DirEntryRef.
 */
class DurableFile final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::DurableFile)

public:
    enum class Mode
    {
        Replace, ///< rename over the target (it may or may not exist)
        CreateNew, ///< fail with EEXIST if the target exists, even if it appears meanwhile
        /// Replace only the file that was checked: the new file is swapped in
        /// (renameat2 RENAME_EXCHANGE) and the displaced one must hash to
        /// expectedSha; if another writer replaced it meanwhile, theirs is
        /// swapped back and the item is not placed (placed = ECANCELED).
        SwapChecked,
    };

    /// Writes bytes to target. syncDirectory=false lets a batch fsync each directory once.
    static std::optional<IoError> write(
        const DirEntryRef &target, const QByteArray &bytes, Mode mode, bool syncDirectory = true);

    struct GroupItem final
    {
        DirEntryRef target;
        QByteArray bytes;
        Mode mode = Mode::Replace;
        QByteArray expectedSha; ///< SwapChecked: SHA-256 (hex) of the file to displace
        int placed = -1; ///< out: 0 placed, EEXIST (CreateNew found a file), ECANCELED
                         ///< (SwapChecked found another writer's file), -1 not placed
    };

    /**
     * write() for many files without directory syncs, with one group commit:
     * every temp file is written, all are fdatasync'ed concurrently (the
     * filesystem commits them together instead of once per file), then each is
     * renamed or linked into place in order. On error the temps are removed and
     * `placed` tells which targets were already in place.
     */
    static std::optional<IoError> writeGroup(std::vector<GroupItem> &items);

    /**
     * Removes file only while it holds the bytes whose SHA-256 (hex) is sha:
     * it is renamed aside to a temp name first and checked there, so a file
     * another writer renames to that name meanwhile stays, and theirs set aside
     * goes back. Returns 0 (removed), ECANCELED (not ours: kept), or errno
     * (ENOENT: there was none). No directory sync.
     */
    static int removeIfHolds(const DirEntryRef &file, const QByteArray &sha);

    /// fsync of a directory, making renames and links in it durable.
    static std::optional<IoError> syncDirectory(int dirFd, const QString &display);

    /// The temp names write() uses: ".<target>.<16 hex>.tmp". Readers skip them,
    /// and only names of this exact shape are ever cleaned up as Sync Desk's own.
    static bool isOwnTempName(const QByteArray &name);

    /**
     * Appends complete lines to a journal with a single O_APPEND write and
     * fdatasync. With terminateTornTail (countLines() found the file not ending
     * in a newline: a crash tore its last line) a newline goes first, so the new
     * line is never glued onto the torn one, which stays visible as a corrupt
     * line. The journal is opened without following links and without blocking,
     * and must be a regular file. Call under the writer lock, after countLines().
     */
    static std::optional<IoError> appendLines(
        const DirEntryRef &journal, const QByteArray &lines, bool terminateTornTail);

    /**
     * Completes a torn last line that is the beginning of one of Sync Desk's
     * own (a kill stopped its append between pages): under flock(journal), if
     * the journal still ends with exactly `fragment` starting at byte
     * `fragmentOffset`, appends `rest` with one O_APPEND write and fdatasync.
     * `completed` says whether it did; a journal that changed is left alone.
     */
    static std::optional<IoError> completeTornLine(const DirEntryRef &journal,
        qint64 fragmentOffset, const QByteArray &fragment, const QByteArray &rest,
        int lockTimeoutMs, bool &completed);

    /// Where appendNumbered() put the lines.
    struct JournalAppend final
    {
        qint64 first = 0; ///< line number (1-based) of the first appended line as it landed
        qint64 offset = 0; ///< byte offset where the append landed; -1 if not found whole
        bool landedAsNumbered = false; ///< no other writer slipped in between count and write
        QByteArray bytes; ///< exactly what was written (with a leading newline after a torn tail)
    };

    /**
     * Appends lines numbered at the moment of the append (spec: "How the daemon
     * writes"): under flock(journal), counts the lines (incrementally), asks
     * lines(first) for the bytes of complete lines numbered from `first`, writes
     * them with one O_APPEND write and fdatasync, and then checks where they
     * landed. A writer that takes no lock can still append between the count
     * and the write: then out.landedAsNumbered is false and out.first says where
     * the lines really are.
     */
    static std::optional<IoError> appendNumbered(const DirEntryRef &journal,
        const std::function<QByteArray(qint64 firstLine)> &lines, int lockTimeoutMs,
        JournalAppend &out);

    /**
     * Counts lines as the daemon does before it numbers an event: non-empty
     * lines (white space alone does not count), a last line without a newline
     * (torn) included if it has content; tornTail says whether the file ends
     * without a newline. The next event is evt-(lines + 1). A missing file has
     * 0 lines; anything but a regular file (a FIFO, a device, a link) or one
     * over 1 GiB or sparse is an error, never read.
     */
    static std::optional<IoError> countLines(
        const DirEntryRef &journal, qint64 &lines, bool &tornTail);
};

} // namespace SyncDesk
