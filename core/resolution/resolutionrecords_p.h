// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"
#include "core/resolution/decidedon.h"
#include "core/resolution/resolution.h"
#include "core/resolution/resolution_p.h"

#include <QString>

namespace SyncDesk::ResolutionDetail {

/// The journal-event schema of every line Sync Desk appends.
inline constexpr char kJournalEventSchema[] = "sourceos.journal-event/v1alpha1";

/// The daemon's event id for a 1-based line number: `evt-` and 8 digits.
QString journalEventId(qint64 line);

/// The ids of the resolve operation and its task for an idempotency key
/// (ResolutionWriter::idempotencyKey): the same decision always names the same.
QString resolveOperationId(const QString &idempotencyKey);
QString resolveTaskId(const QString &idempotencyKey);

/// What the records of one accepted decision are built from: the decision,
/// the conflict as read under the lock, and what the gate and the loaded
/// store said about it.
struct DecisionFacts final
{
    Decision decision;
    Json conflictBefore; ///< the conflict record as read under the writer lock
    QString conflictPath; ///< relative to the store root
    QString now; ///< selected_at, created_at, generated_at
    QString policyId, policyEffect; ///< the governing policy decision, if any
    DecidedOn decidedOn; ///< who was at the keyboard (artifact.decision.decided_on)
    /// From the operation that detected the conflict, where the store knows it.
    QString detectingOperationId, deviceId, encryptionProfile, checkpointRef;
    /// The gate's inputs as read under the lock: the deciding actor's record and
    /// the governing policy decision's record (null when none governs). The
    /// envelope carries both with their digests (artifact.gate).
    Json actorRecord, policyRecord;
    /// Revisions (decision.revise): the envelope superseded (empty when the
    /// decision revised has none) and the resolve operation of the decision
    /// revised (empty when Sync Desk wrote none: the detecting one is the parent).
    QString supersedes, previousOperationId;
};

/// The artifact's record of one gate input: {"record": record, "digest":
/// "sha256:" + hex SHA-256 of its canonical JSON}; null for a null record.
Json gateInput(const Json &record);

/**
 * Builds every record of one decision (spec: "Writing a resolution back"): the
 * decided conflict, the evidence envelope holding it before and after, the
 * queued resolve operation and its pending task, and the journal line,
 * numbered `eventLine` until the append numbers it where it lands. Ids and
 * file names are derived, never read.
 */
Planned planDecision(const DecisionFacts &facts, qint64 eventLine);

} // namespace SyncDesk::ResolutionDetail
