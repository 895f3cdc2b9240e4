// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/storetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace SyncDesk {

class Store;

/// One entry of a conflict's trail: one record (or one journal line) that says
/// what happened to the conflict, in the words a reviewer reads.
struct TrailEntry final
{
    enum class Kind : unsigned char
    {
        Detection, ///< the operation that detected the conflict
        Conflict, ///< the conflict record itself, as it is now
        Decision, ///< a conflict-resolution envelope that supersedes nothing
        Revision, ///< a conflict-resolution envelope that supersedes another
        Policy, ///< the policy decision that governed a decision
        Actor, ///< the actor record of a decider
        Evidence, ///< any other envelope the trail's records reference
        Journal, ///< one line of journal.jsonl about the conflict or its work
        ResolveOperation, ///< a sync.conflict.resolve operation
        ResolveTask, ///< a task of a resolve operation
    };

    Kind kind = Kind::Conflict;
    QString at; ///< the record's own time (UTC, as written), empty when it has none
    QString recordId; ///< operation, task, evidence, policy, actor, event or conflict id
    /// The file the entry comes from, relative to the store root
    /// ("operations/op-1.json", "journal.jsonl"); empty when the record is missing.
    QString file;
    QString title; ///< one line, translated ("Decided: merge by actor:ada")
    QString detail; ///< further lines, translated (words, decided_on, status, why missing)
    QString status; ///< operation or task status; evidence: "verified", "tampered", "missing"
    /// Decisions and revisions: what was decided, by whom, on which machine.
    QString actorId, option, rationale, decidedOn, supersedes;

    /// at as msecs since the epoch, kNoTime when it has none or it does not parse.
    qint64 time = kNoTime;
    /// The record is named by another (a reference, `supersedes`) but the store
    /// has no readable record of that id at its own file name: file is empty.
    bool missing = false;
    /// Journal entries: the line number (1-based, as the loader counts) and the
    /// line as it is in the file (bounded).
    int line = 0;
    QString lineText;
};

/// A conflict's whole history, built from the loaded store's records only
/// (it reads the files the store's loader saw, bounded, and never writes).
class ConflictTrail final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::ConflictTrail)

public:
    /// The trail of conflict `conflictId` in `store`; empty entries() when the
    /// store has no such conflict.
    static ConflictTrail build(const Store &store, const QString &conflictId);

    QString conflictId() const { return m_conflictId; }
    /// In time order. The policy decision and actor record of a decision, the
    /// evidence an operation or task names, and entries without a time follow
    /// the record that names them (with their own time in `at`).
    const QList<TrailEntry> &entries() const { return m_entries; }
    /// Every distinct file of the trail, relative to the store root, in a stable
    /// order: what a dossier copies.
    QStringList recordFiles() const;
    /// The conflict-resolution envelope ids, first decision first, each one
    /// superseded by the next. An id a `supersedes` names that is not in the
    /// store stays in the chain (its entry says missing): the chain is broken there.
    QStringList decisionChain() const { return m_decisionChain; }

private:
    QString m_conflictId;
    QList<TrailEntry> m_entries;
    QStringList m_decisionChain;
};

} // namespace SyncDesk
