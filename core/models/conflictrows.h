// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/records/decisionoption.h"
#include "core/resolution/gate.h"
#include "core/store/storetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

class QLocale;

namespace SyncDesk {

class Store;

/// What a card shows that would otherwise be built on every paint.
struct ConflictRow final
{
    QString id;
    /// Formatted when first asked for: local-time formatting of 10k dates showed at attach.
    mutable QString createdText;
    mutable bool createdFormatted = false;
    QString recommendationText;
    QString evidenceId;
    QString version;
    QStringList actors, devices;
    /// Built when first asked for (ConflictRows::decisionText(), searchText()):
    /// most sessions never search, and a view formats only the cards it shows.
    mutable QString decisionText, searchText;
    mutable bool decisionFormatted = false, searchBuilt = false;
    /// Built when first asked for (ConflictRows::changedBy()): a card on screen, or a search.
    mutable QString changedBy;
    mutable bool changedByBuilt = false;
    int severityRank = 4;
    int offered = 0; ///< mask of decisionOptionBit()
    DecisionOption recommended = DecisionOption::None;
    DecisionOption selected = DecisionOption::None;
};

/**
 * A decided card's record as a reviewer reads it: who, when, the option, the
 * decider's words, and the daemon's original recommendation and its reason.
 * A decided card keeps recommended_option, but its rationale is the decider's:
 * the daemon's reason survives only in the evidence envelope's conflict_before
 * (Sync Desk's decisions), read when first asked for.
 */
struct DecidedRecord final
{
    bool loaded = false;
    QString by; ///< "Ada Lovelace (actor:ada)", or the id
    QString at; ///< selected_at, in the locale's short format
    QString words; ///< the card's rationale: the decider's
    /// The daemon's reason for its recommendation, from the evidence's
    /// conflict_before; empty when no verified envelope of Sync Desk holds it.
    QString recommendationReason;
    /// "ada on travel-laptop, Sync Desk 0.1.0" from the envelope's decided_on; empty when none.
    QString decidedOn;
};

/**
 * What became of a decided card's decision (issue 18, item 4): the latest
 * sync.conflict.resolve operation Sync Desk queued for it, its latest task, and
 * how long it has waited. The daemon does not carry these out yet, so most
 * wait; a card decided outside Sync Desk has none.
 */
struct FollowThrough final
{
    bool decided = false; ///< only decided cards have any
    bool hasOperation = false;
    QString operationId, operationStatus; ///< as recorded
    QString taskId, taskStatus; ///< its latest task; empty when it has none
    qint64 queuedAt = 0; ///< the operation's created_at (ms), 0 when not recorded
    qint64 movedAt = 0; ///< the latest updated_at of the operation or task (ms), 0 when none
    bool finished = false; ///< the task (else the operation) reached a final status
    qint64 waited = -1; ///< ms from queued to now (or to the final move); -1 when unknown
    /// "Resolve operation: Queued · task: Pending · waiting 3 h" or
    /// "No resolve operation: decided outside Sync Desk" (translated).
    QString text;
};

/// The gate's answer for one card and the acting actor, computed when first asked for.
struct ConflictVerdicts final
{
    bool computed = false;
    bool rationaleRequired = false; ///< every option needs words (severity or policy)
    int rationaleOptions = 0; ///< mask of decisionOptionBit(): options needing words
    int allowed = 0; ///< mask of decisionOptionBit()
    std::array<Refusal, kDecisionOptionCount> refusals {};
    std::array<QString, kDecisionOptionCount> reasons;
    QString policyId, policyEffect;
    /// "deny by policy:x: why", built when first asked for (ConflictRows::policyText()):
    /// the filter asks every pending card's verdicts at load, a view shows a few.
    mutable QString policyText;
    mutable bool policyTextBuilt = false;
};

/**
 * The rows of ConflictModel, one per conflict of a store in its order: what a
 * card shows, built once per store change (its times and search text when
 * first asked for), and the gate's verdicts for the acting actor, computed per
 * card when first asked for (painting asks only for the cards in view).
 * Policies are indexed by workspace, profile and object, so the gate never
 * scans every policy of a big store.
 */
class ConflictRows final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::ConflictRows)

public:
    /// Below twice this many conflicts, reset() builds every row on the calling thread.
    static constexpr int kRowsPerThread = 1024;

    /// Builds every row of store (null: none) for the acting actor.
    void reset(const Store *store, const QString &actorId);
    /// Another acting actor: verdicts are computed anew.
    void setActor(const QString &actorId);
    /// Actors or policy decisions changed: reads both again; verdicts are computed anew.
    void reloadGate(const QString &actorId);
    const std::optional<GateActor> &actor() const { return m_actor; }

    int size() const { return int(m_rows.size()); }
    bool contains(int row) const { return row >= 0 && row < size(); }
    const ConflictRow &operator[](int row) const { return m_rows[std::size_t(row)]; }
    /// -1 when no row has that conflict id.
    int rowOf(const QString &conflictId) const { return m_rowById.value(conflictId, -1); }

    /// The conflict at row changed: its row is built again.
    void rebuild(int row);
    /// The store appended conflicts up to row last: their rows are built.
    void appendUpTo(int last);
    /// Finds the evidence of decided cards that had none (the daemon may write
    /// a decision's operation or envelope after the conflict); returns those rows.
    QList<int> linkEvidence();

    /// A decided card's "Merge chosen by … on …: words" (empty for others).
    const QString &decisionText(int row) const;
    /// "Ada Lovelace on travel-laptop, …": who changed each side, by name where known.
    const QString &changedBy(int row) const;
    /// What the search filter matches: the card's ids, names and words, case-folded.
    const QString &searchText(int row) const;

    const ConflictVerdicts &verdicts(int row) const;
    /// The governing policy of verdicts(row) with its rationale; empty when none.
    const QString &policyText(int row) const;
    /// The record of a decided card (empty for others), reading its evidence once.
    const DecidedRecord &decided(int row) const;

    /// The follow-through of the card at row at time nowMs (ms since the epoch);
    /// read from the store each time, as the daemon moves the work.
    FollowThrough followThrough(int row, qint64 nowMs) const;
    /// "under a minute", "12 min", "3 h", "4 days" (translated).
    static QString durationText(qint64 ms);

    /// A time in the locale's short format, empty for kNoTime.
    static QString formatTime(const QLocale &locale, qint64 ms);
    /// 0 for blocking, 1 review_required, 2 warning, 3 info, 4 anything else.
    static int severityRank(const QString &severity);

private:
    void buildRow(int row);
    /// What buildRow() stores at row; reads only the store and the translator.
    ConflictRow makeRow(int row) const;
    void buildIndexes();
    void invalidateVerdicts();
    QString evidenceOf(int row) const;

    const Store *m_store = nullptr;
    std::optional<GateActor> m_actor;
    std::vector<ConflictRow> m_rows;
    mutable std::vector<ConflictVerdicts> m_verdicts;
    mutable std::vector<DecidedRecord> m_decided;
    /// Where a policy decision applies: its workspace, profile and object
    /// symbols. Symbols of one store are equal exactly when their texts are
    /// (the empty text is always kNoSym), so they stand for the texts.
    struct PolicyScope final
    {
        Sym workspace = kNoSym, profile = kNoSym, object = kNoSym;
        friend bool operator==(const PolicyScope &, const PolicyScope &) = default;
        friend size_t qHash(const PolicyScope &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.workspace, key.profile, key.object);
        }
    };
    /// The policy decisions of one scope (indexes into the store's, in its
    /// order), read as GatePolicy when a verdict first needs them: a 100k
    /// store has 10k, and building them all took ~45 ms at every load.
    struct ScopePolicies final
    {
        std::vector<quint32> indexes;
        mutable std::optional<QList<GatePolicy>> read;
    };
    const QList<GatePolicy> &policiesOf(const PolicyScope &scope) const;
    /// A conflict is governed only by the policy decisions of its scope.
    QHash<PolicyScope, ScopePolicies> m_policies;
    QHash<QString, int> m_rowById;
};

} // namespace SyncDesk
