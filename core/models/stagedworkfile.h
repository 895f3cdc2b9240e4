// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/result.h"
#include "core/records/decisionoption.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace SyncDesk {

/// One staged decision as it is kept between runs.
struct StagedEntry final
{
    QString conflictId;
    DecisionOption option = DecisionOption::None;
    QString rationale;
    /// The conflict's version when it was staged (hex SHA-256 of its file, as
    /// ConflictModel::VersionRole showed it); another version on reopen means stale.
    QString version;
};

/// The staged work of one actor on one store.
struct StagedWork final
{
    QString storeRoot; ///< absolute, clean path of the store's root folder
    QString actorId;
    QList<StagedEntry> entries;
};

/**
 * Staged decisions saved between runs (issue 17: staged work is never lost),
 * one file per store and actor in the user's state folder:
 * `$SYNCDESK_STATE_DIR/staged/<sha256(root NUL actor)>.json`, else
 * `~/.local/share/syncdesk/staged/…` (IntentSeal::stateDirectory()).
 *
 * The file is written whole through DurableFile (temp file, fdatasync, rename,
 * directory fsync): a crash leaves the previous save or this one. It is read
 * as hostile input: without following links, bounded in size, every field
 * checked; a file that fails any check is never used, and is set aside as
 * `<name>.broken` so the next save does not destroy what someone may want to
 * look at.
 *
 * Format (JSON object):
 *     { "schema": "sourceos.syncdesk-staged/v1", "store": "/path/to/store",
 *       "actor": "actor:ada", "saved_at": "2026-11-25T09:05:05Z",
 *       "decisions": [ { "conflict_id": "conflict:x", "option": "merge",
 *                        "rationale": "…", "version": "<64 hex>" } ] }
 */
class StagedWorkFile final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::StagedWorkFile)

public:
    static constexpr qint64 kMaxFileSize = 32 * 1024 * 1024;
    static constexpr int kMaxEntries = 200000;
    static constexpr int kMaxIdLength = 1024;
    static constexpr int kMaxRationaleLength = 64 * 1024;

    /// The folder that holds every store's and actor's file.
    static QString directory();
    /// The file of one store and actor (it may not exist).
    static QString path(const QString &storeRoot, const QString &actorId);

    /// Saves work atomically and durably; no entries removes the file.
    static Result<void> save(const StagedWork &work);
    /**
     * Reads the work saved for a store and actor; no file is an empty
     * success. A file that is not exactly what save() writes fails with a
     * translated message that names it, and is set aside (`.broken`).
     */
    static Result<StagedWork> load(const QString &storeRoot, const QString &actorId);

    /// The bytes save() writes (tests build broken variants from them).
    static QByteArray serialize(const StagedWork &work, qint64 savedAtMs);
};

} // namespace SyncDesk
