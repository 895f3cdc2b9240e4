// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/records/decisionoption.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SyncDesk {

class Store;

/// Why a decision was not applied. Codes are stable (CLI --json, tests).
enum class Refusal : unsigned char
{
    None,
    NotPending,
    ChangedOnDisk,
    UnknownConflict,
    OptionNotOffered,
    ActorUnknown,
    ActorRevoked,
    ActorOutOfScope,
    CapabilityMissing,
    PolicyDenied,
    RationaleRequired,
    StoreLocked,
    StoreNotInitialized,
    IoError,
    /// A revision asked for a conflict that has no decision to revise yet.
    NotDecided,
};

/// "not_pending", "capability_missing", ...
QString refusalCode(Refusal refusal);

struct GateActor final
{
    QString id;
    QString displayName;
    bool revoked = false;
    QStringList workspaceScope, profileScope, capabilities;
};

struct GatePolicy final
{
    QString id, effect, objectId, workspaceId, profileId;
    /// decided_at as an instant (parseTimestampInstant()): a policy decision whose
    /// time does not parse is a problem and never becomes a GatePolicy.
    qint64 decidedAt = 0;
};

struct GateConflict final
{
    QString id, objectId, workspaceId, profileId, severity;
    /// The card's options in the record's order, parsed where the record is
    /// read; an entry naming none of the three is DecisionOption::None.
    QList<DecisionOption> options;
    /// The card's recommended option; choosing another needs the decider's own words.
    DecisionOption recommended = DecisionOption::None;
    bool pending = true;
    /**
     * The decision asked about revises a decided conflict (spec/store.md,
     * "Revising a decision"): the same rules as a first decision, but the
     * conflict must be decided (not pending) and a rationale is always required,
     * also for the recommended option.
     */
    bool revising = false;
};

/// What the gate says about one option for one actor.
struct OptionVerdict final
{
    DecisionOption option = DecisionOption::None;
    Refusal refusal = Refusal::None; ///< None: allowed
    QString message; ///< translated reason when refused
    bool rationaleRequired = false;
    QString policyId; ///< the governing policy decision, if any
    QString policyEffect; ///< its effect

    bool allowed() const { return refusal == Refusal::None; }
};

/**
 * Whether an actor may decide the conflicts of a store at all, and if not, why:
 * the gate's own refusals (revoked, out of scope, no capability to resolve a
 * conflict) asked for every workspace and profile the store's conflicts are in.
 */
struct ActorEligibility final
{
    QString actorId;
    QString displayName; ///< the record's, or empty
    QString actorType; ///< "human", "agent", ...
    QString identityId; ///< the record's identity_id
    /// None: may decide some conflict (or, in a store without conflicts, has the
    /// capability and is not revoked); otherwise the first gate rule every
    /// conflict fails on: ActorUnknown, ActorRevoked, ActorOutOfScope or CapabilityMissing.
    Refusal refusal = Refusal::ActorUnknown;
    QString reason; ///< translated, empty when eligible

    bool eligible() const { return refusal == Refusal::None; }
};

/**
 * The rules a decision must pass before it is written (spec/store.md, step 3),
 * as pure functions: the window asks it which options to enable and why; the
 * writer asks it again under the lock with what it re-read.
 */
class DecisionGate final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::DecisionGate)

public:
    /// True when a rationale says nothing a reader can see: only white space,
    /// control or format characters (a zero-width space is not a reason).
    static bool isBlankRationale(const QString &text);

    /// The policy decision governing a conflict: same workspace and profile, and
    /// the same object (preferred) or none; the latest decided wins, compared as
    /// instants (GatePolicy::decidedAt), a tie going to the greater id.
    static std::optional<GatePolicy> governingPolicy(
        const GateConflict &conflict, const QList<GatePolicy> &policies);

    /**
     * Checks one option. actor is null when the id names no actor. With
     * rationale set, an empty rationale where one is required is refused;
     * without it (asking ahead), rationaleRequired only reports the need.
     */
    static OptionVerdict check(const GateConflict &conflict, const GateActor *actor,
        DecisionOption option, const QList<GatePolicy> &policies,
        const std::optional<QString> &rationale = std::nullopt);

    /// check() for merge, fork and skip, in that order (kDecisionOptions).
    static QList<OptionVerdict> options(
        const GateConflict &conflict, const GateActor *actor, const QList<GatePolicy> &policies);

    /// The translated sentence for a refusal (without details).
    static QString describe(Refusal refusal);

    /**
     * The daemon's reason for its recommendation, from a pending card's rationale:
     * the daemon writes "Recommended: fork. Because …"; the option is named
     * elsewhere, so that prefix is dropped.
     */
    static QString recommendationReason(const QString &cardRationale, const QString &recommended);
    /**
     * The rationale written when a person accepts the recommendation without words
     * of their own: "Accepted the recommendation: <reason>". Stored in the record
     * (not translated): reviewers and tools of any language find the same words.
     */
    static QString acceptedRecommendationRationale(const QString &reason);

    /// Whether actorId may decide in store, and why not (see ActorEligibility).
    static ActorEligibility eligibility(const Store &store, const QString &actorId);
    /// eligibility() of every valid actor record of the store, in the store's order.
    static QList<ActorEligibility> eligibilities(const Store &store);

    /**
     * Whether fileName is the file the daemon reads for the record id:
     * safeRecordId(id) + ".json" (spec/store.md, "Reading (get_record)"). The gate
     * takes an actor or a policy decision only from its own file: another file
     * claiming the id (a sync tool's "conflicted copy", a backup) is a problem
     * the loader reports and never a record the gate reads.
     */
    static bool isRecordFile(QStringView fileName, const QString &id);

    // Adapters from a loaded store. They read what Apply reads (gatecache.cpp):
    // valid records from their own files in actors/ and policy-decisions/, and
    // policy decisions with a decided_at that parses.
    static GateConflict conflictFrom(const Store &store, quint32 row);
    static std::optional<GateActor> actorFrom(const Store &store, const QString &actorId);
    static QList<GatePolicy> policiesFrom(const Store &store);
    /// The policy decision at index of store.policyDecisions() as policiesFrom()
    /// reads it; nullopt when policiesFrom() would leave it out.
    static std::optional<GatePolicy> policyFrom(const Store &store, quint32 index);
};

} // namespace SyncDesk
