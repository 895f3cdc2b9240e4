// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/durablefile.h"
#include "core/resolution/gate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace SyncDesk {

class Store;

/// A person's choice on one conflict.
struct Decision final
{
    QString conflictId;
    /// Parsed where the choice is read (the CLI's arguments, a --batch file, a
    /// staged card); DecisionOption::None is refused as not offered.
    DecisionOption option = DecisionOption::None;
    QString actorId;
    QString rationale;
    /**
     * Revise mode (spec/store.md, "Revising a decision"): decide an already
     * decided conflict again. Without it a decided conflict is refused as
     * not pending; with it a pending one is refused as not decided. A
     * revision always needs a rationale and never edits what the decision it
     * supersedes wrote.
     */
    bool revise = false;
};

enum class Outcome : unsigned char
{
    Applied,
    AlreadyApplied,
    Refused,
    WouldApply ///< a dry run: nothing was written
};

QString outcomeName(Outcome outcome);

struct DecisionOutcome final
{
    Decision decision;
    Outcome outcome = Outcome::Refused;
    Refusal refusal = Refusal::None;
    QString message; ///< translated; why refused, or what was written
    QString evidenceId, operationId, taskId, eventId;
    QStringList paths; ///< files written, relative to the store root
};

/// The durable steps of writing one batch, in order (for ApplyOptions::beforeStep).
enum class WriteStep : unsigned char
{
    Intent,
    Evidence,
    Work, ///< operations and tasks
    Conflicts,
    Journal,
    Manifest,
    Finish ///< removing the intent
};

struct ApplyOptions final
{
    bool dryRun = false; ///< check everything, write nothing (no lock file either)
    int lockTimeoutMs = 3000;
    /// SHA-256 of each conflict file as the user saw it; a different file on disk
    /// under the lock is refused as changed_on_disk. Conflicts not listed are
    /// checked against what is read under the lock.
    QHash<QString, QByteArray> expectedVersions;
    /// Decisions written per durable step; each step is one intent, a set of
    /// fsyncs and one journal append.
    int chunkSize = 64;
    /// Milliseconds since the epoch for selected_at and created_at; now by default.
    std::function<qint64()> clock;
    /// Called once a decision is durable (its journal line and generation written).
    std::function<void(const DecisionOutcome &)> progress;
    /// Called before each durable step of each batch, on the writing thread,
    /// and by recovery of an interrupted batch before its journal append
    /// (WriteStep::Journal); tests pause or race the writer there.
    std::function<void(WriteStep)> beforeStep;
};

struct ApplyReport final
{
    QList<DecisionOutcome> outcomes;
    std::optional<IoError> ioError; ///< set when writing failed; the store stays consistent
    QStringList recovered; ///< translated notes on half-applied decisions completed
};

/**
 * Writes decisions back to a store (spec/store.md, "Writing a resolution back"),
 * under the store's writer lock, atomically and idempotently:
 * evidence, operation and task are created (never clobbering), the conflict is
 * replaced, then one journal line per decision and the generation bump.
 * An intent file (syncdesk-intent.json) written first lets the next writer
 * complete a batch that a crash interrupted; readers report it meanwhile.
 */
class ResolutionWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::ResolutionWriter)

public:
    /**
     * Applies decisions in order. snapshot, when given, is the store as the user
     * saw it; it supplies the detecting operation (causal parent, device) that a
     * conflict record does not name. Gate data and conflicts are re-read under
     * the lock whatever the snapshot says.
     */
    static ApplyReport apply(const QString &storeRoot, const QList<Decision> &decisions,
        const ApplyOptions &options = {}, const Store *snapshot = nullptr);

    /// The idempotency key of a decision: same conflict, card and option, same key.
    static QString idempotencyKey(
        const QString &conflictId, const QString &cardId, DecisionOption option);
    /**
     * The idempotency key of a revision: also derived from the envelope it
     * supersedes (empty when the decision revised has none), so that the same
     * revision applied twice queues nothing new, and a revision back to an
     * earlier option is not taken for that earlier decision.
     */
    static QString revisionKey(const QString &conflictId, const QString &cardId,
        DecisionOption option, const QString &supersededEvidenceId);

    static QString lockFileName(); ///< "writer.lock", in the store root
    static QString intentFileName(); ///< "syncdesk-intent.json", in the store root
};

} // namespace SyncDesk
