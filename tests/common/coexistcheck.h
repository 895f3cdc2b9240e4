// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <vector>

/**
 * What one coexistence run did to the daemon's writes and to Sync Desk's own,
 * read from the daemon's log (DaemonWriter::log()) and the final store.
 *
 * The first group is what Sync Desk controls: every count must be 0. The second
 * is the daemon's own read-modify-write race (it takes no lock), shown and never
 * blamed on Sync Desk. How each is decided:
 *
 * - daemonLinesLost: a line the daemon appended (found by its marker) is not in
 *   the final journal exactly once with its exact bytes.
 * - daemonRecordsLost: a record the daemon put is missing or not the last version
 *   it put (compared by SHA-256 of the file).
 * - daemonConflictWritesOverwritten: a marker a daemon conflict rewrite added to
 *   user_explanation is missing from the final conflict. Rewrites are cumulative
 *   (each reads what is there), so one Sync Desk overwrite shows as a lost marker
 *   even if the daemon rewrote the conflict again afterwards.
 * - daemonBumpsErased: each daemon bump k sets coexist_daemon_bumps = k. A bump is
 *   erased by Sync Desk when the manifest the daemon reads next (or the final one)
 *   no longer carries k: someone put an older manifest back or wrote one computed
 *   before it. One daemon writer cannot erase its own bumps.
 * - syncDeskLinesMisnumbered: a Sync Desk line whose event_id is not its line
 *   number (non-empty lines counted as the daemon counts), unless the lines that
 *   shifted its append are daemon lines that landed while Sync Desk held
 *   flock(journal.jsonl) between its count and its write: the one window a lock
 *   only Sync Desk takes cannot close (syncDeskLinesShiftedInWindow, the daemon
 *   probes the flock without waiting to tell); and a Sync Desk line
 *   naming the same evidence as an earlier one (a decision journaled twice).
 * - syncDeskGenerationOff: how far the final generation lies outside
 *   [expected, expected + displaced], expected = initial + daemon bumps + Sync
 *   Desk lines - daemonBumpsErased - displaced, displaced = the Sync Desk bumps
 *   the daemon's manifest renames displaced (syncDeskBumpsErasedByDaemon, read
 *   from the file each rename displaced). The upper end is a generation that
 *   made those good again (recovery adds bumps the journal shows missing).
 *   Nonzero means Sync Desk bumped too little for its lines or too much.
 * - decidedWithoutRecords: a conflict pending at the start and now decided by
 *   Sync Desk's actor whose operation, task, evidence envelope or journal line is
 *   missing.
 * - syncDeskTempFiles: temp files of Sync Desk's shape (".<name>.<16 hex>.tmp")
 *   or an intent file left in the store.
 *
 * The daemon's race: daemonLinesMisnumbered (its count-then-append landed after
 * another line), syncDeskBumpsErasedByDaemon, syncDeskDecisionsUndoneByDaemon (a
 * conflict Sync Desk decided that is pending again, the daemon having renamed
 * over it the version it read before the decision).
 */
struct CoexistCounts final
{
    int daemonLinesLost = 0;
    int daemonRecordsLost = 0;
    int daemonConflictWritesOverwritten = 0;
    int daemonBumpsErased = 0;
    int syncDeskLinesMisnumbered = 0;
    int syncDeskGenerationOff = 0;
    int decidedWithoutRecords = 0;
    int syncDeskTempFiles = 0;

    int daemonLinesMisnumbered = 0;
    int syncDeskLinesShiftedInWindow = 0;
    int syncDeskBumpsErasedByDaemon = 0;
    int syncDeskDecisionsUndoneByDaemon = 0;

    int daemonLines = 0, daemonBumps = 0, daemonRecords = 0, daemonConflictWrites = 0;
    int syncDeskLines = 0;

    QStringList details; ///< what each nonzero count of Sync Desk's group was about

    /// The sum of the first group: what Sync Desk controls.
    int syncDeskFaults() const
    {
        return daemonLinesLost + daemonRecordsLost + daemonConflictWritesOverwritten
            + daemonBumpsErased + syncDeskLinesMisnumbered + syncDeskGenerationOff
            + decidedWithoutRecords + syncDeskTempFiles;
    }
    CoexistCounts &operator+=(const CoexistCounts &o);
    QString summary() const;
};

struct CoexistInput final
{
    QString root;
    std::vector<nlohmann::json> daemonLog;
    qint64 initialGeneration = 0;
    QStringList initiallyPending; ///< conflict ids
    QString syncDeskActor = QStringLiteral("actor:local-user");
};

CoexistCounts checkCoexistence(const CoexistInput &input);

/// Reads a daemon log written to a file (one JSON object per line).
std::vector<nlohmann::json> readDaemonLog(const QString &path);
