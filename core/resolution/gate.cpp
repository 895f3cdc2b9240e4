// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/resolution/gate.h"

#include "core/store/store.h"

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
    }
    return QString();
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
    v.rationaleRequired = conflict.severity == QLatin1String("review_required")
        || conflict.severity == QLatin1String("blocking")
        || v.policyEffect == QLatin1String("review_required");
    auto refuse = [&](Refusal r, const QString &message) {
        v.refusal = r;
        v.message = message;
        return v;
    };
    if (!conflict.pending)
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
    if (rationale && v.rationaleRequired && rationale->trimmed().isEmpty())
        return refuse(Refusal::RationaleRequired,
            conflict.severity == QLatin1String("review_required")
                    || conflict.severity == QLatin1String("blocking")
                ? tr("A %1 conflict needs a rationale.").arg(conflict.severity)
                : tr("Policy decision %1 requires review: give a rationale.").arg(v.policyId));
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
    g.pending = c.state == CardState::Pending;
    return g;
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
    for (const auto &p : store.policyDecisions()) {
        const RecordFile &f = store.files()[p.file];
        if (f.registry != Registry::PolicyDecisions || f.verdict != Verdict::Valid
            || p.decided == kNoTime)
            continue;
        const QString &id = store.text(p.id);
        if (!isRecordFile(QStringView(f.path).sliced(f.path.lastIndexOf(QLatin1Char('/')) + 1), id))
            continue;
        out.append(GatePolicy { id, store.text(p.effect), store.text(p.object),
            store.text(p.workspace), store.text(p.profile), p.decided });
    }
    return out;
}

} // namespace SyncDesk
