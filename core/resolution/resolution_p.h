// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"
#include "core/resolution/resolution.h"
#include "core/io/storedir.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace SyncDesk::ResolutionDetail {

/// Everything one accepted decision writes; also what the intent file holds so
/// that a later writer can finish the decision after a crash.
struct Planned final
{
    int outcome = -1; ///< index into the report's outcomes; -1 in recovery
    QString conflictId;
    QString conflictPath; ///< relative
    QByteArray beforeBytes; ///< the conflict file as read under the lock
    QByteArray beforeSha, afterSha;
    Json after, evidence, operation, task, journalLine;
    QString evidencePath, operationPath, taskPath;
    /// File names in their registries, derived from the ids by the safe-id rule.
    QString conflictName, evidenceName, operationName, taskName;
    QString evidenceId, operationId, taskId, eventId;
    /// Set by writeBatch: another writer replaced the conflict between the check
    /// under the lock and the swap; nothing of this decision remains.
    bool changedOnDisk = false;
    /// Set by writeBatch: the operation or task file of this decision already
    /// held something else (translated, names the file); nothing was written.
    QString foreignRecord;
};

/// Pretty JSON as the daemon writes records: two-space indent and a newline.
QByteArray recordBytes(const Json &record);
QByteArray shaHex(const QByteArray &bytes);

/// The body of a batch's intent (sealed by IntentSeal): ids, records and the
/// SHA-256 of every file as Sync Desk writes it, never a path.
Json intentBody(const std::vector<Planned> &batch, qint64 journalLinesBefore,
    qint64 journalSizeBefore, qint64 generationBefore);

/**
 * Writes one batch durably in the spec's order. On an I/O error the batch is
 * rolled back (new files removed, replaced files restored, journal truncated)
 * and the intent removed; if even that fails the intent stays for recovery.
 */
std::optional<IoError> writeBatch(const StoreDir &dir, std::vector<Planned> &batch,
    qint64 journalLinesBefore, qint64 generationBefore, const QString &updatedAt,
    const std::function<void(WriteStep)> &beforeStep);

/**
 * Completes (or, where the conflict changed meanwhile, undoes) a batch an
 * interrupted writer left in the intent file. Call under the writer lock.
 */
std::optional<IoError> recover(const StoreDir &dir, const QString &now, QStringList &notes,
    const std::function<void(WriteStep)> &beforeStep = {});

/// Reads the manifest's active_generation (-1 and an error message if unreadable).
qint64 readGeneration(
    const StoreDir &dir, Json *manifest, QString *error, QByteArray *bytes = nullptr);

/**
 * Replaces file with bytes only while it is the file whose SHA-256 is
 * expectedSha (DurableFile::Mode::SwapChecked), then syncs its folder.
 * swapped false: another writer had replaced it; theirs stays.
 */
std::optional<IoError> swapIn(
    const DirEntryRef &file, const QByteArray &bytes, const QByteArray &expectedSha, bool &swapped);

/// The manifest key naming the batch whose bump the manifest holds last.
inline constexpr char kManifestBatchKey[] = "syncdesk_batch";

/**
 * Adds `by` to the manifest's active_generation as it is just before the swap,
 * and swaps the new manifest in only over that one (re-read and tried again
 * while another writer keeps replacing it). The same write names the batch
 * (kManifestBatchKey): recovery then knows whether the manifest holds that
 * batch's bump (the daemon's read-modify-write keeps unknown keys, and a
 * daemon write that erased the bump erased the name with it). displaced and
 * written, when the swap happened: the manifest taken out and the one put in.
 */
std::optional<IoError> bumpGeneration(const StoreDir &dir, qint64 by, const QString &updatedAt,
    const QString &batchId, QByteArray *displaced = nullptr, QByteArray *written = nullptr);

/// A file's bytes through a directory descriptor (no link followed, no blocking);
/// nullopt when it is missing, not a regular file or unreadable.
std::optional<QByteArray> readAt(const DirEntryRef &file, qint64 maxSize);

/// What the gate cache (gatecache.cpp) did since it was last reset; for tests.
struct GateCacheStats final
{
    qint64 stats = 0; ///< gate files stat-ed
    qint64 reads = 0; ///< gate files read and validated
    qint64 fullScans = 0; ///< folders listed and stat-ed whole
    qint64 overflows = 0; ///< inotify queue overflows seen
    int watchedFolders = 0; ///< folders with a live inotify watch now
};
GateCacheStats gateCacheStats();

/**
 * Forgets every cached gate folder and zeroes the statistics. useInotify false
 * makes the cache stat every gate file on every Apply, as on platforms or
 * filesystems without inotify; tests run the gate cases both ways. racyWindowMs
 * is how long after its last change a file is re-read on every use (2000 by
 * default); 0 lets a test show that events alone find a change.
 */
void resetGateCache(bool useInotify = true, int racyWindowMs = 2000);

} // namespace SyncDesk::ResolutionDetail
