// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/storedir.h"
#include "core/json/json.h"
#include "core/resolution/recordfiles_p.h"
#include "core/resolution/resolution.h"

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
    /// Set by BatchWriter::write(): another writer replaced the conflict between the check
    /// under the lock and the swap; nothing of this decision remains.
    bool changedOnDisk = false;
    /// Set by BatchWriter::write(): the operation or task file of this decision already
    /// held something else (translated, names the file); nothing was written.
    QString foreignRecord;
};

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
