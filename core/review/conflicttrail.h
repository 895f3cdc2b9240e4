// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

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
};

/// A conflict's whole history, built from the loaded store's records only
/// (it reads the files the store's loader saw, bounded, and never writes).
class ConflictTrail final
{
public:
    /// The trail of conflict `conflictId` in `store`; empty entries() when the
    /// store has no such conflict.
    static ConflictTrail build(const Store &store, const QString &conflictId);

    QString conflictId() const { return m_conflictId; }
    /// In time order; entries without a time follow the record that names them.
    const QList<TrailEntry> &entries() const { return m_entries; }
    /// Every distinct file of the trail, relative to the store root, in a stable
    /// order: what a dossier copies.
    QStringList recordFiles() const;
    /// The conflict-resolution envelope ids, first decision first, each one
    /// superseded by the next.
    QStringList decisionChain() const { return m_decisionChain; }

private:
    QString m_conflictId;
    QList<TrailEntry> m_entries;
    QStringList m_decisionChain;
};

} // namespace SyncDesk
