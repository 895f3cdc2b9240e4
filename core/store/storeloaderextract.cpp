// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/storeloaderextract_p.h"

#include "core/records/evidence.h"

#include <charconv>

namespace SyncDesk {

qint64 FlatExtractor::integer(const FlatDocument &r, const char *key) const
{
    const FlatValue &v = member(r, key);
    if (v.kind != ScannedMember::Kind::Number || !v.integer)
        return 0;
    const char *end = v.raw.data() + v.raw.size();
    // As parseJson() stores it (int64 when negative, else uint64), then as get<qint64>().
    if (v.raw.front() == '-') {
        qint64 n = 0;
        return std::from_chars(v.raw.data(), end, n).ptr == end ? n : 0;
    }
    quint64 n = 0;
    return std::from_chars(v.raw.data(), end, n).ptr == end ? qint64(n) : 0;
}

template<class X, class R> OperationRecord extractOperation(const X &x, const R &r)
{
    // In the order the daemon writes the keys (Extractor::member()).
    OperationRecord o;
    o.id = x.sym(r, "operation_id");
    o.localId = x.sym(r, "local_operation_id");
    o.remoteId = x.sym(r, "remote_operation_id");
    o.type = x.sym(r, "operation_type");
    o.status = x.sym(r, "status");
    o.workspace = x.sym(r, "workspace_id");
    o.profile = x.sym(r, "profile_id");
    o.actor = x.sym(r, "actor_id");
    o.device = x.sym(r, "device_id");
    o.encryptionProfile = x.sym(r, "encryption_profile_ref");
    o.localLogRef = x.sym(r, "local_log_ref");
    o.checkpointRef = x.sym(r, "checkpoint_ref");
    o.causalParents = x.list(r, "causal_parent_ids");
    o.conflicts = x.list(r, "conflict_ids");
    o.provisional = x.pairs(r, "provisional_artifact_ids");
    o.reconciliation = x.pairs(r, "artifact_reconciliation");
    o.policyRef = x.sym(r, "policy_decision_ref");
    o.admissionRef = x.sym(r, "artifact_admission_ref");
    o.evidenceRefs = x.list(r, "ledger_evidence_refs");
    o.replaySafe = x.flag(r, "replay_safe");
    o.staleTask = x.flag(r, "stale_task");
    o.leaseExpired = x.flag(r, "lease_expired");
    o.idempotencyKey = x.sym(r, "replay_idempotency_key");
    o.created = x.time(r, "created_at");
    o.updated = x.time(r, "updated_at");
    return o;
}

template<class X, class R> TaskRecord extractTask(const X &x, const R &r)
{
    // In the order the daemon writes the keys (Extractor::member()).
    TaskRecord t;
    t.id = x.sym(r, "task_id");
    t.operation = x.sym(r, "operation_id");
    t.type = x.sym(r, "operation_type");
    t.status = x.sym(r, "status");
    t.attempt = x.integer(r, "attempt");
    t.idempotencyKey = x.sym(r, "idempotency_key");
    t.policyRef = x.sym(r, "policy_decision_ref");
    t.evidenceRefs = x.list(r, "evidence_refs");
    t.created = x.time(r, "created_at");
    t.updated = x.time(r, "updated_at");
    t.started = x.time(r, "started_at");
    t.completed = x.time(r, "completed_at");
    t.remoteId = x.sym(r, "remote_operation_id");
    t.checkpointRef = x.sym(r, "checkpoint_ref");
    t.replaySafe = x.flag(r, "replay_safe");
    t.conflict = x.sym(r, "conflict_id");
    return t;
}

namespace {

/// Only a JSON string names an option; a number or a list never does.
DecisionOption optionOf(const Json &v)
{
    return v.is_string() ? parseDecisionOption(std::string_view(v.get_ref<const std::string &>()))
                         : DecisionOption::None;
}

} // namespace

ConflictRecord extractConflict(const Extractor &x, const Json &r, Verdict verdict)
{
    ConflictRecord c;
    c.id = x.sym(r, "conflict_id");
    c.object = x.sym(r, "object_id");
    c.objectType = x.sym(r, "object_type");
    c.workspace = x.sym(r, "workspace_id");
    c.profile = x.sym(r, "profile_id");
    c.schemaVersion = x.sym(r, "schema_version");
    c.severity = x.sym(r, "severity");
    c.mergePolicy = x.sym(r, "merge_policy");
    c.actors = x.list(r, "actors");
    c.devices = x.list(r, "devices");
    c.explanation = x.text(r, "user_explanation");
    c.created = x.time(r, "created_at");
    const Json &card = x.member(r, "decision_card");
    c.card.cardId = x.sym(card, "card_id");
    c.card.options = x.list(card, "options");
    c.card.recommended = x.sym(card, "recommended_option");
    c.card.selected = x.sym(card, "selected_option");
    // Parsed once here: the models, the card and the CLI use the typed option.
    if (const Json &options = x.member(card, "options"); options.is_array())
        for (const auto &o : options)
            c.card.offered |= quint8(decisionOptionBit(optionOf(o)));
    c.card.recommendedOption = optionOf(x.member(card, "recommended_option"));
    c.card.selectedOption = optionOf(x.member(card, "selected_option"));
    c.card.selectedBy = x.sym(card, "selected_by");
    c.card.rationale = x.text(card, "rationale");
    c.card.selectedAt = x.time(card, "selected_at");
    c.state = verdict == Verdict::Pending ? CardState::Pending
        : verdict == Verdict::Valid       ? CardState::Decided
                                          : CardState::Invalid;
    return c;
}

template<class X, class R> PolicyDecisionRecord extractPolicy(const X &x, const R &r)
{
    PolicyDecisionRecord p;
    p.id = x.sym(r, "decision_id");
    p.effect = x.sym(r, "effect");
    p.policyId = x.sym(r, "policy_id");
    p.policyVersion = x.sym(r, "policy_version");
    p.actor = x.sym(r, "actor_id");
    p.object = x.sym(r, "object_id");
    p.workspace = x.sym(r, "workspace_id");
    p.profile = x.sym(r, "profile_id");
    p.rationale = x.text(r, "rationale");
    // "The latest" governs (gate.h): 10:00+02:00 is before 09:00Z.
    p.decided = x.instant(r, "decided_at");
    return p;
}

template<class X, class R> ActorRecord extractActor(const X &x, const R &r)
{
    ActorRecord a;
    a.id = x.sym(r, "actor_id");
    a.type = x.sym(r, "actor_type");
    a.identity = x.sym(r, "identity_id");
    a.trust = x.sym(r, "trust_level");
    a.displayName = x.text(r, "display_name");
    a.workspaceScope = x.list(r, "workspace_scope");
    a.profileScope = x.list(r, "profile_scope");
    a.capabilities = x.list(r, "capabilities");
    a.revoked = !x.isNull(r, "revoked_at") && !x.isString(r, "revoked_at", "");
    a.revokedAt = x.time(r, "revoked_at");
    a.created = x.time(r, "created_at");
    return a;
}

template<class X, class R> DeviceRecord extractDevice(const X &x, const R &r)
{
    DeviceRecord d;
    d.id = x.sym(r, "device_id");
    d.trust = x.sym(r, "trust_level");
    d.state = x.sym(r, "device_state");
    d.displayName = x.text(r, "display_name");
    d.revoked = !x.isNull(r, "revoked_at") || x.isString(r, "device_state", "revoked");
    return d;
}

template<class X, class R> ProfileRecord extractProfile(const X &x, const R &r)
{
    ProfileRecord p;
    p.id = x.sym(r, "profile_id");
    p.profileClass = x.sym(r, "profile_class");
    p.displayName = x.text(r, "display_name");
    return p;
}

template OperationRecord extractOperation(const Extractor &, const Json &);
template OperationRecord extractOperation(const FlatExtractor &, const FlatDocument &);
template TaskRecord extractTask(const Extractor &, const Json &);
template TaskRecord extractTask(const FlatExtractor &, const FlatDocument &);
template PolicyDecisionRecord extractPolicy(const Extractor &, const Json &);
template PolicyDecisionRecord extractPolicy(const FlatExtractor &, const FlatDocument &);
template ActorRecord extractActor(const Extractor &, const Json &);
template ActorRecord extractActor(const FlatExtractor &, const FlatDocument &);
template DeviceRecord extractDevice(const Extractor &, const Json &);
template DeviceRecord extractDevice(const FlatExtractor &, const FlatDocument &);
template ProfileRecord extractProfile(const Extractor &, const Json &);
template ProfileRecord extractProfile(const FlatExtractor &, const FlatDocument &);

EvidenceRecord extractEvidence(const Extractor &x, const Json &r, bool validated)
{
    EvidenceRecord e;
    e.id = x.sym(r, "evidence_id");
    e.type = x.sym(r, "evidence_type");
    e.subject = x.sym(r, "subject");
    e.writer = x.sym(r, "writer");
    e.generated = x.time(r, "generated_at");
    e.declaredDigest = x.text(r, "artifact_digest");
    e.isSigned = x.flag(x.member(r, "attestation"), "signed");
    if (validated) {
        e.status = EvidenceStatus::Verified; // hashing the artifact twice showed in profiles
        return e;
    }
    const auto check = Evidence::check(r);
    e.status = check.status;
    e.statusMessage = check.message;
    return e;
}

} // namespace SyncDesk
