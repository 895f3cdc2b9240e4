// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/resolution/gate.h"

#include "core/store/store.h"

#include <QPair>
#include <QSet>

namespace SyncDesk {

QString refusalCode(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return QString();
    case Refusal::NotPending:
        return QStringLiteral("not_pending");
    case Refusal::ChangedOnDisk:
        return QStringLiteral("changed_on_disk");
    case Refusal::UnknownConflict:
        return QStringLiteral("unknown_conflict");
    case Refusal::OptionNotOffered:
        return QStringLiteral("option_not_offered");
    case Refusal::ActorUnknown:
        return QStringLiteral("actor_unknown");
    case Refusal::ActorRevoked:
        return QStringLiteral("actor_revoked");
    case Refusal::ActorOutOfScope:
        return QStringLiteral("actor_out_of_scope");
    case Refusal::CapabilityMissing:
        return QStringLiteral("capability_missing");
    case Refusal::PolicyDenied:
        return QStringLiteral("policy_denied");
    case Refusal::RationaleRequired:
        return QStringLiteral("rationale_required");
    case Refusal::StoreLocked:
        return QStringLiteral("store_locked");
    case Refusal::StoreNotInitialized:
        return QStringLiteral("store_not_initialized");
    case Refusal::IoError:
        return QStringLiteral("io_error");
    case Refusal::NotDecided:
        return QStringLiteral("not_decided");
    }
    return QString();
}

QString DecisionGate::describe(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return QString();
    case Refusal::NotPending:
        return tr("The conflict is no longer waiting for a decision.");
    case Refusal::ChangedOnDisk:
        return tr("The conflict changed on disk since it was shown.");
    case Refusal::UnknownConflict:
        return tr("No such conflict in this store.");
    case Refusal::OptionNotOffered:
        return tr("The DecisionCard does not offer this option.");
    case Refusal::ActorUnknown:
        return tr("The deciding actor is not in this store.");
    case Refusal::ActorRevoked:
        return tr("The deciding actor has been revoked.");
    case Refusal::ActorOutOfScope:
        return tr("The conflict's workspace or profile is outside the actor's scope.");
    case Refusal::CapabilityMissing:
        return tr("The actor lacks the capability this option needs.");
    case Refusal::PolicyDenied:
        return tr("The governing policy decision denies this change.");
    case Refusal::RationaleRequired:
        return tr("This conflict needs a rationale for the decision.");
    case Refusal::StoreLocked:
        return tr("Another program is writing to the store.");
    case Refusal::StoreNotInitialized:
        return tr("The folder is not an initialized store.");
    case Refusal::IoError:
        return tr("The store could not be written.");
    case Refusal::NotDecided:
        return tr("The conflict is not decided yet: there is no decision to revise.");
    }
    return QString();
}

bool DecisionGate::isBlankRationale(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_NotAssigned:
            continue;
        default:
            return false;
        }
    }
    return true;
}

std::optional<GatePolicy> DecisionGate::governingPolicy(
    const GateConflict &conflict, const QList<GatePolicy> &policies)
{
    const GatePolicy *best = nullptr;
    auto rank = [&](const GatePolicy &p) { return p.objectId == conflict.objectId ? 1 : 0; };
    for (const auto &p : policies) {
        if (p.workspaceId != conflict.workspaceId || p.profileId != conflict.profileId)
            continue;
        if (!p.objectId.isEmpty() && p.objectId != conflict.objectId)
            continue;
        if (!best || rank(p) > rank(*best)
            || (rank(p) == rank(*best)
                && (p.decidedAt > best->decidedAt
                    || (p.decidedAt == best->decidedAt && p.id > best->id))))
            best = &p;
    }
    return best ? std::optional<GatePolicy>(*best) : std::nullopt;
}

OptionVerdict DecisionGate::check(const GateConflict &conflict, const GateActor *actor,
    DecisionOption option, const QList<GatePolicy> &policies,
    const std::optional<QString> &rationale)
{
    OptionVerdict v;
    v.option = option;
    const auto policy = governingPolicy(conflict, policies);
    if (policy) {
        v.policyId = policy->id;
        v.policyEffect = policy->effect;
    }
    const bool reviewRequired = conflict.severity == QLatin1String("review_required")
        || conflict.severity == QLatin1String("blocking")
        || v.policyEffect == QLatin1String("review_required");
    // Going against the daemon's recommendation is the decider's call: say why.
    const bool againstRecommendation
        = conflict.recommended != DecisionOption::None && option != conflict.recommended;
    // A revision changes what a reviewer already read: it always says why.
    v.rationaleRequired = reviewRequired || againstRecommendation || conflict.revising;
    auto refuse = [&](Refusal r, const QString &message) {
        v.refusal = r;
        v.message = message;
        return v;
    };
    if (conflict.revising && conflict.pending)
        return refuse(Refusal::NotDecided,
            tr("Conflict %1 is not decided yet: there is no decision to revise.").arg(conflict.id));
    if (!conflict.pending && !conflict.revising)
        return refuse(Refusal::NotPending, describe(Refusal::NotPending));
    const QString name = decisionOptionName(option);
    if (option == DecisionOption::None || !conflict.options.contains(option)) {
        QStringList offered;
        for (DecisionOption o : conflict.options)
            offered << decisionOptionName(o);
        return refuse(Refusal::OptionNotOffered,
            tr("The DecisionCard offers %1, not %2.")
                .arg(offered.join(QStringLiteral(", ")), name));
    }
    if (!actor)
        return refuse(Refusal::ActorUnknown, describe(Refusal::ActorUnknown));
    if (actor->revoked)
        return refuse(Refusal::ActorRevoked, tr("%1 has been revoked.").arg(actor->id));
    if (!actor->workspaceScope.contains(conflict.workspaceId))
        return refuse(Refusal::ActorOutOfScope,
            tr("%1 may not act in workspace %2.").arg(actor->id, conflict.workspaceId));
    if (!actor->profileScope.contains(conflict.profileId))
        return refuse(Refusal::ActorOutOfScope,
            tr("%1 may not act in profile %2.").arg(actor->id, conflict.profileId));
    const QString capability
        = option == DecisionOption::Merge ? QStringLiteral("merge") : QStringLiteral("write");
    if (!actor->capabilities.contains(capability))
        return refuse(Refusal::CapabilityMissing,
            tr("%1 lacks the '%2' capability that %3 needs.").arg(actor->id, capability, name));
    if (v.policyEffect == QLatin1String("deny"))
        return refuse(Refusal::PolicyDenied,
            tr("Policy decision %1 denies changes to this object.").arg(v.policyId));
    if (rationale && v.rationaleRequired && isBlankRationale(*rationale)) {
        if (conflict.revising)
            return refuse(Refusal::RationaleRequired,
                tr("Revising the decision on %1 needs a rationale: say why it changes.")
                    .arg(conflict.id));
        if (conflict.severity == QLatin1String("review_required")
            || conflict.severity == QLatin1String("blocking"))
            return refuse(Refusal::RationaleRequired,
                tr("A %1 conflict needs a rationale.").arg(conflict.severity));
        if (v.policyEffect == QLatin1String("review_required"))
            return refuse(Refusal::RationaleRequired,
                tr("Policy decision %1 requires review: give a rationale.").arg(v.policyId));
        return refuse(Refusal::RationaleRequired,
            tr("Choosing %1 over the recommended %2 needs your own words.")
                .arg(name, decisionOptionName(conflict.recommended)));
    }
    return v;
}

QList<OptionVerdict> DecisionGate::options(
    const GateConflict &conflict, const GateActor *actor, const QList<GatePolicy> &policies)
{
    QList<OptionVerdict> out;
    for (DecisionOption o : kDecisionOptions)
        out.append(check(conflict, actor, o, policies));
    return out;
}

GateConflict DecisionGate::conflictFrom(const Store &store, quint32 row)
{
    const auto &c = store.conflicts().at(row);
    GateConflict g;
    g.id = store.text(c.id);
    g.objectId = store.text(c.object);
    g.workspaceId = store.text(c.workspace);
    g.profileId = store.text(c.profile);
    g.severity = store.text(c.severity);
    for (Sym o : c.card.options)
        g.options << parseDecisionOption(store.text(o));
    g.recommended = c.card.recommendedOption;
    g.pending = c.state == CardState::Pending;
    return g;
}

QString DecisionGate::recommendationReason(const QString &cardRationale, const QString &recommended)
{
    QString why = cardRationale.trimmed();
    const QString prefix = QStringLiteral("Recommended: %1.").arg(recommended);
    if (!recommended.isEmpty() && why.startsWith(prefix, Qt::CaseInsensitive))
        why = why.mid(prefix.size()).trimmed();
    return why;
}

QString DecisionGate::acceptedRecommendationRationale(const QString &reason)
{
    const QString why = reason.trimmed();
    return why.isEmpty() ? QStringLiteral("Accepted the recommendation; the card gave no reason.")
                         : QStringLiteral("Accepted the recommendation: ") + why;
}

ActorEligibility DecisionGate::eligibility(const Store &store, const QString &actorId)
{
    ActorEligibility e;
    e.actorId = actorId;
    const auto actor = actorFrom(store, actorId);
    if (!actor) {
        e.refusal = Refusal::ActorUnknown;
        e.reason = tr("%1 is not a valid actor record of this store.").arg(actorId);
        return e;
    }
    e.displayName = actor->displayName;
    const Sym sym = store.strings().find(actorId);
    if (const auto it = store.relations().actorById.constFind(sym);
        sym != kNoSym && it != store.relations().actorById.cend()) {
        const ActorRecord &a = store.actors()[*it];
        e.actorType = store.text(a.type);
        e.identityId = store.text(a.identity);
    }
    // The gate's own rules, asked once per workspace and profile the store's
    // conflicts are in (pending ones when there are any): no policy, no rationale,
    // so only what is about the actor can refuse.
    QSet<QPair<QString, QString>> places;
    for (bool pendingOnly : { true, false }) {
        for (const ConflictRecord &c : store.conflicts())
            if (!pendingOnly || c.state == CardState::Pending)
                places.insert({ store.text(c.workspace), store.text(c.profile) });
        if (!places.isEmpty())
            break;
    }
    if (places.isEmpty() && !actor->workspaceScope.isEmpty() && !actor->profileScope.isEmpty())
        places.insert({ actor->workspaceScope.first(), actor->profileScope.first() });
    if (places.isEmpty())
        places.insert({ QString(), QString() });
    Refusal worst = Refusal::None;
    QString message;
    for (const auto &[workspace, profile] : std::as_const(places)) {
        GateConflict gc;
        gc.workspaceId = workspace;
        gc.profileId = profile;
        gc.options = { kDecisionOptions.begin(), kDecisionOptions.end() };
        for (DecisionOption option : kDecisionOptions) {
            const OptionVerdict v = check(gc, &*actor, option, {});
            if (v.allowed()) {
                e.refusal = Refusal::None;
                return e;
            }
            // Scope before capability: an actor who may act nowhere here is out of scope.
            if (worst == Refusal::None || (v.refusal == Refusal::ActorRevoked)
                || (v.refusal == Refusal::CapabilityMissing && worst == Refusal::ActorOutOfScope)) {
                worst = v.refusal;
                message = v.message;
            }
        }
    }
    e.refusal = worst;
    switch (worst) {
    case Refusal::ActorRevoked:
        e.reason = tr("Revoked: %1 may no longer decide.").arg(actorId);
        break;
    case Refusal::ActorOutOfScope:
        e.reason = tr("Out of scope: no conflict of this store is in %1's workspaces and "
                      "profiles.")
                       .arg(actorId);
        break;
    case Refusal::CapabilityMissing:
        e.reason = tr("No capability to resolve conflicts: %1 has neither 'merge' nor 'write'.")
                       .arg(actorId);
        break;
    default:
        e.reason = message;
        break;
    }
    return e;
}

QList<ActorEligibility> DecisionGate::eligibilities(const Store &store)
{
    QList<ActorEligibility> out;
    QSet<QString> seen;
    for (const ActorRecord &a : store.actors()) {
        const QString id = store.text(a.id);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        ActorEligibility e = eligibility(store, id);
        if (e.refusal == Refusal::ActorUnknown)
            continue; // not the record the gate reads (a conflicted copy, an invalid file)
        out.append(std::move(e));
    }
    return out;
}

bool DecisionGate::isRecordFile(QStringView fileName, const QString &id)
{
    const QString safe = safeRecordId(id);
    return !safe.isEmpty() && fileName.size() == safe.size() + 5 && fileName.startsWith(safe)
        && fileName.endsWith(u".json");
}

std::optional<GateActor> DecisionGate::actorFrom(const Store &store, const QString &actorId)
{
    // By its file, as the daemon's get_record finds it: not by id, which a
    // conflicted copy sorting first would answer.
    const QString safe = safeRecordId(actorId);
    const qint32 index = safe.isEmpty()
        ? -1
        : store.fileIndex(QStringLiteral("actors/") + safe + QStringLiteral(".json"));
    if (index < 0)
        return std::nullopt;
    const RecordFile &f = store.files()[std::size_t(index)];
    if (f.registry != Registry::Actors || f.kind != RecordKind::Actor || f.verdict != Verdict::Valid
        || f.row < 0 || std::size_t(f.row) >= store.actors().size())
        return std::nullopt;
    const auto &a = store.actors()[std::size_t(f.row)];
    if (store.text(a.id) != actorId)
        return std::nullopt;
    GateActor g;
    g.id = actorId;
    g.displayName = a.displayName;
    g.revoked = a.revoked;
    for (Sym s : a.workspaceScope)
        g.workspaceScope << store.text(s);
    for (Sym s : a.profileScope)
        g.profileScope << store.text(s);
    for (Sym s : a.capabilities)
        g.capabilities << store.text(s);
    return g;
}

QList<GatePolicy> DecisionGate::policiesFrom(const Store &store)
{
    QList<GatePolicy> out;
    out.reserve(qsizetype(store.policyDecisions().size()));
    for (quint32 i = 0; i < quint32(store.policyDecisions().size()); ++i)
        if (auto policy = policyFrom(store, i))
            out.append(std::move(*policy));
    return out;
}

std::optional<GatePolicy> DecisionGate::policyFrom(const Store &store, quint32 index)
{
    const PolicyDecisionRecord &p = store.policyDecisions()[index];
    const RecordFile &f = store.files()[p.file];
    if (f.registry != Registry::PolicyDecisions || f.verdict != Verdict::Valid
        || p.decided == kNoTime)
        return std::nullopt;
    const QString &id = store.text(p.id);
    if (!isRecordFile(QStringView(f.path).sliced(f.path.lastIndexOf(QLatin1Char('/')) + 1), id))
        return std::nullopt;
    return GatePolicy { id, store.text(p.effect), store.text(p.object), store.text(p.workspace),
        store.text(p.profile), p.decided };
}

} // namespace SyncDesk
