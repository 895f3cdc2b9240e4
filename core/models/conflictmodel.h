// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/conflictrows.h"
#include "core/models/conflictstaging.h"
#include "core/resolution/gate.h"
#include "core/resolution/resolution.h"
#include "core/store/storetypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

class QTimer;

#include <vector>

namespace SyncDesk {

class Store;
class StoreSession;

/**
 * Conflicts of a store as DecisionCards: what a card shows and what the gate
 * says about each option for the acting actor (ConflictRows), and what the
 * user staged (ConflictStaging).
 *
 * Staging, rationale drafts and the outcomes of the last Apply are kept per
 * actor and by conflict id, so they survive filtering, refreshes, reloads and
 * switching the acting actor, and never pass from one actor to another.
 */
class ConflictModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ConflictIdRole = Qt::UserRole,
        ObjectIdRole,
        ObjectTypeRole,
        WorkspaceRole,
        ProfileRole,
        SeverityRole, ///< raw: "blocking", "review_required", "warning", "info"
        SeverityLabelRole, ///< translated
        SeverityRankRole, ///< int, 0 = most severe
        CreatedRole, ///< qint64 ms since the epoch, kNoTime when missing
        CreatedTextRole,
        ActorsRole, ///< QStringList of ids
        DevicesRole, ///< QStringList of ids
        ChangedByTextRole, ///< "Ada Lovelace on Local, Agent One on Build Server"
        ExplanationRole,
        MergePolicyRole,
        StateRole, ///< int: CardState
        OfferedOptionsRole, ///< int bit mask of DecisionOption
        RecommendedOptionRole, ///< int: DecisionOption
        /// The daemon's reason for it: a pending card's; for a decided card the
        /// original reason from its evidence's conflict_before, empty when unknown.
        RecommendationTextRole,
        SelectedOptionRole, ///< int: DecisionOption
        SelectedByRole,
        SelectedAtRole, ///< qint64 ms
        DecisionTextRole, ///< "Fork chosen by … on …: …" for decided cards
        DecidedByTextRole, ///< decided cards: "Ada Lovelace (actor:ada)"
        DecidedAtTextRole, ///< decided cards: selected_at in the locale's short format
        DecisionRationaleRole, ///< decided cards: the decider's words (the card's rationale)
        DecidedOnTextRole, ///< decided cards: "ada on laptop, Sync Desk 0.1.0", from the evidence
        EvidenceIdRole, ///< the evidence id of a decided card, if found
        PolicyIdRole, ///< the governing policy decision
        PolicyEffectRole,
        PolicyTextRole, ///< its effect and rationale, translated
        AllowedOptionsRole, ///< int bit mask of DecisionOption the gate allows
        OptionRefusalsRole, ///< QVariantList of int Refusal, per option
        OptionReasonsRole, ///< QStringList of the gate's messages, per option
        RationaleRequiredRole, ///< bool: every option needs words (severity or policy)
        RationaleOptionsRole, ///< int bit mask of DecisionOption needing words (also: not the
                              ///< recommended)
        StagedOptionRole, ///< int: DecisionOption (None when not staged)
        RationaleRole, ///< the rationale typed for this card
        RationaleMissingRole, ///< bool: staged, required and empty
        OutcomeRole, ///< int: Outcome of the last Apply, -1 when none
        OutcomeCodeRole, ///< refusal code ("changed_on_disk")
        OutcomeMessageRole, ///< translated
        VersionRole, ///< hex SHA-256 of the conflict file as shown
        SearchTextRole, ///< lower-case text the filter searches
        ReadinessRole, ///< int: Readiness of the staged decision
        ReadinessTextRole, ///< why a staged decision is not ready, translated; empty when ready
        StaleReasonRole, ///< translated; empty unless the staged decision went stale
        GatedRole, ///< bool: pending, and the gate refuses every option for the acting actor
        /// bool: a decided card in revise mode: its staged option decides it again
        RevisingRole,
        /// bool: decided, and the acting actor may revise it (some offered option allowed)
        CanReviseRole,
        /// Decided cards: the resolve operation's and task's status and how long
        /// it has waited (ConflictRows::followThrough()); empty for others.
        FollowThroughTextRole,
    };
    Q_ENUM(Role)

    explicit ConflictModel(QObject *parent = nullptr);
    ~ConflictModel() override;

    /// Follows a session: resets on storeReset, updates rows it reports.
    void setSession(StoreSession *session);
    /// Shows a store without a session (not owned; call again after it changes).
    void setStore(const Store *store);
    const Store *store() const { return m_store; }

    /**
     * The acting actor whose gate verdicts cards show. Staged choices and
     * rationale drafts are kept per actor: switching shows the new actor's own
     * (none at first) and keeps the previous actor's for when they act again.
     */
    void setActor(const QString &actorId);
    QString actor() const { return m_actorId; }
    /// Display name of the acting actor, or its id.
    QString actorDisplayName() const;
    /// The acting actor's identity_id, empty when none.
    QString actorIdentity() const;
    /// The operating-system user at the keyboard (DecidedOn::currentOsUser(); tests set another).
    void setSignedInUser(const QString &user);
    QString signedInUser() const { return m_signedInUser; }
    /// An actor acts whose identity_id does not name the signed-in user
    /// (DecidedOn::identityMatches()): the window warns.
    bool identityMismatch() const;
    /// Shown before its files were checked (StoreSession::isChecking()):
    /// nothing is staged, unstaged or given words until they are.
    bool stagingWaitsForCheck() const { return m_stagingWaitsForCheck; }

    /// "Merge", "Fork (keep both)", "Skip" (translated).
    static QString optionLabel(DecisionOption option);
    /// "Blocking", "Review required", … (translated).
    static QString severityLabel(const QString &severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &conflictId) const;
    QString conflictId(int row) const;
    bool isPending(int row) const;
    bool isAllowed(int row, DecisionOption option) const;

    // --- Revising a decision (issue 18, item 2) -----------------------------

    /// Decided, and the gate allows the acting actor some offered option in revise mode.
    bool canRevise(int row) const;
    /**
     * Puts a decided card into revise mode: an option staged on it then decides
     * it again (Decision::revise), always with the decider's own words. False
     * when the acting actor may not revise it.
     */
    bool beginRevision(int row);
    /// Leaves revise mode and unstages the revision; the words typed stay as a draft.
    void cancelRevision(int row);
    bool isRevising(int row) const;

    /// Stages an option the gate allows on a pending card (or a card in revise
    /// mode); false otherwise.
    bool stage(int row, DecisionOption option);
    bool stage(int row, DecisionOption option, const QString &rationale);
    void unstage(int row);
    DecisionOption stagedOption(int row) const;
    void setRationale(int row, const QString &rationale);
    QString rationale(int row) const;
    /// Every option of the card needs words (severity or policy).
    bool rationaleRequired(int row) const;
    /// Choosing option needs words: the card needs them, or it is not the recommended option.
    bool rationaleRequired(int row, DecisionOption option) const;
    /// Staged, the gate needs a rationale for the staged option, and none was typed.
    bool rationaleMissing(int row) const;
    /// Staged choices of the acting actor.
    int stagedCount(DecisionOption option) const;
    int stagedTotal() const;
    /// Staged choices of any actor (kept per actor: a switch neither moves nor drops them).
    int stagedTotalFor(const QString &actorId) const;
    /// Actors with staged choices, sorted.
    QStringList actorsWithStagedWork() const;
    /// Stages each row's recommended option where the gate allows it; returns how many.
    int acceptRecommendations(const QList<int> &rows);
    /// Unstages the acting actor's choices (other actors' stay).
    void clearStaged();

    /// The staged decisions, in row order, for the acting actor.
    QList<Decision> stagedDecisions() const;
    /// The conflicts' versions as shown, for ApplyOptions::expectedVersions.
    QHash<QString, QByteArray> shownVersions(const QList<Decision> &decisions) const;
    /// Records the outcomes of an Apply; applied decisions leave the staging.
    void setOutcomes(const QList<DecisionOutcome> &outcomes);
    void clearOutcomes();
    bool hasOutcome(int row) const;

    // --- Triage (issue 17, item 4) ---------------------------------------

    /// Whether a staged decision can be written now, and if not, why.
    enum class Readiness : unsigned char
    {
        NotStaged,
        Ready, ///< staged, allowed, rationale given or not required, not stale
        NeedsRationale,
        Stale, ///< the conflict changed after it was staged: stage it again
        NotAllowed ///< the gate refuses the staged option now
    };
    Readiness readiness(int row) const;
    /// "Needs a rationale", "Stale: the conflict changed after you staged it"; empty when ready.
    static QString readinessText(Readiness readiness);
    /// Pending, and the gate refuses every option for the acting actor.
    bool isGated(int row) const;
    /// Staged, but its conflict is not the version that was shown when it was staged.
    bool isStale(int row) const;
    /// Why a card's staged decision went stale (changed, or decided meanwhile); empty if not.
    QString staleReason(int row) const;
    /// The staged decisions that are Ready, in row order.
    QList<Decision> readyDecisions() const;
    int readyCount() const;
    /// The person looked again: a stale staged decision counts for the version now shown.
    void confirmStaged(int row);
    /// Stages (or, for None, unstages) many cards as one change: one signal,
    /// one save. Options the gate refuses are left out. Returns how many changed.
    int setStagedOptions(const QList<QPair<QString, DecisionOption>> &options);

    // --- Staged work kept between runs (issue 17, item 5) ------------------

    /// Writes pending changes of the staged work to its file now (StagedWorkFile).
    void flushStagedWork();
    /// The last problem reading or writing the staged work's file; empty if none.
    QString stagedWorkProblem() const { return m_stagedWorkProblem; }
    /// Saves for (store, actor) as the staging changes; off: never reads or writes the file.
    void setPersistStagedWork(bool persist);

Q_SIGNALS:
    void stagingChanged();
    void actorChanged();
    /// Staged work was read back for the store and actor now shown: how many
    /// decisions, how many of them stale, how many dropped (their conflict is
    /// gone, decided or no longer allowed), and a problem with the file, if any.
    void stagedWorkRestored(int restored, int stale, int dropped, const QString &problem);

private:
    void onStagingChangedForTriage();
    void saveStagedWork();
    void restoreStagedWork();
    QString persistKey() const;
    /// Of the staged options and versions (not the words: those are saved after a pause).
    QByteArray stagedFingerprint(const QList<Decision> &staged) const;
    void noteSaved();

    struct StagedAt
    {
        DecisionOption option = DecisionOption::None;
        QString version; ///< VersionRole when it was staged
    };
    void linkEvidence();
    /// The gate's verdict on option for the acting actor, revising a decided card.
    OptionVerdict revisionVerdict(int row, DecisionOption option) const;
    QString accessibleText(int row) const;
    void pruneStaging();
    /// pruneStaging() and restoreStagedWork(), once the store is checked
    /// (StoreSession::isChecking()); until then m_stagingWaitsForCheck.
    void pruneAndRestoreStaging();
    bool isStoreChecked() const;
    /// The acting actor's triage state (made on first write).
    QHash<QString, StagedAt> &stagedAt();
    const QHash<QString, StagedAt> &stagedAt() const;
    QHash<QString, DecisionOption> &decidedMeanwhile();
    const QHash<QString, DecisionOption> &decidedMeanwhile() const;
    /// The acting actor's staging (made on first write).
    ConflictStaging &staging();
    const ConflictStaging &staging() const;
    void emitRowChanged(int row);
    void emitRowsChanged(const QList<int> &rows);
    void onRecordsChanged(RecordKind kind, const QList<int> &rows);
    void onRecordsAdded(RecordKind kind, int first, int last);

    QPointer<StoreSession> m_session;
    const Store *m_store = nullptr;
    QString m_actorId;
    QString m_signedInUser;
    ConflictRows m_rows;
    /// By actor id: what each actor staged and typed.
    QHash<QString, ConflictStaging> m_stagings;

    // Triage and persistence state, by actor id, then by conflict id.
    QHash<QString, QHash<QString, StagedAt>> m_stagedAt;
    QHash<QString, QHash<QString, DecisionOption>> m_decidedMeanwhile; ///< -> the option staged
    bool m_persist = true;
    bool m_restoring = false;
    /// The store is being checked (StoreSession::isChecking()): staging is
    /// neither pruned nor restored, and nothing staged, until it is done.
    bool m_stagingWaitsForCheck = false;
    QString m_persistedKey; ///< "root\nactor" whose file the staging is saved to
    QString m_persistedRoot;
    QString m_storeRoot; ///< the shown store's root, clean; empty for none or a preview
    QByteArray m_savedFingerprint;
    QString m_stagedWorkProblem;
    QTimer *m_saveTimer = nullptr;
};

} // namespace SyncDesk
