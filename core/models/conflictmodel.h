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

    /// Stages an option the gate allows on a pending card; false otherwise.
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

Q_SIGNALS:
    void stagingChanged();
    void actorChanged();

private:
    void linkEvidence();
    QString accessibleText(int row) const;
    void pruneStaging();
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
};

} // namespace SyncDesk
