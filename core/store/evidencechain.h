// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/records/contracts.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace SyncDesk {

class Store;

/// One record of a decision's evidence chain and what it names.
struct EvidenceLink final
{
    enum class Source : unsigned char
    {
        Operation, ///< the resolve operation's ledger_evidence_refs
        Envelope, ///< the envelope's subject: the conflict it is about
        Task, ///< the operation's task's evidence_refs
        JournalLine, ///< the journal line's payload.evidence_id
    };
    enum class Status : unsigned char
    {
        Ok, ///< names the operation's envelope, which is in the store
        Missing, ///< names it, but no envelope has that id at its own file name
        Different, ///< names another envelope (or the envelope names another conflict)
    };
    Source source = Source::Operation;
    Status status = Status::Ok;
    /// Row of the operation or task; the journal line number; the evidence row.
    qint32 row = -1;
    qint32 operation = -1; ///< the resolve operation's row this link is checked against
    QString reference; ///< the evidence id this record names (bare)
    qint32 evidence = -1; ///< the row in Store::evidence() it resolves to, or -1
    QString message; ///< translated; empty when Ok
};

/**
 * The reviewer's cross-check of a decided conflict (README "How a reviewer
 * finds the evidence of a decision"): the resolve operation's
 * ledger_evidence_refs, the envelope's subject, the operation's tasks'
 * evidence_refs and the journal lines' payload.evidence_id must all name the
 * same envelope, found by its id.
 */
class EvidenceChain final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::EvidenceChain)

public:
    /// The links of every resolve operation of conflicts()[conflictRow], in
    /// that order. Journal lines are re-read (bounded, never blocking) from
    /// the byte offsets the load recorded; a line that changed since is left out.
    static std::vector<EvidenceLink> links(const Store &store, quint32 conflictRow);
    /// Whether any link is not Ok.
    static bool isBroken(const std::vector<EvidenceLink> &links);
    /// Conflicts whose resolve operation, or one of its tasks, names the
    /// evidence id (bare or "evidence:ID"), in row order.
    static std::vector<quint32> conflictsNaming(const Store &store, const QString &evidenceId);
};

} // namespace SyncDesk
