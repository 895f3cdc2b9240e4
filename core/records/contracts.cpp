// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/records/contracts.h"

#include <array>

namespace SyncDesk {
namespace {

using SV = std::string_view;

constexpr std::array<SV, 6> kTrust { "local", "user", "workspace", "org", "external",
    "quarantined" };
constexpr std::array<SV, 5> kVisibility { "local_only", "profile", "workspace", "org", "public" };
constexpr std::array<SV, 4> kRetention { "ephemeral", "normal", "retained", "legal_hold" };
constexpr std::array<SV, 8> kOpType { "sync.operation.enqueue", "sync.operation.replay",
    "sync.operation.reconcile", "sync.conflict.detect", "sync.conflict.resolve",
    "sync.repair.apply", "sync.tombstone.apply", "sync.checkpoint.write" };

// profile
constexpr std::array<SV, 5> kProfileRequired { "profile_id", "display_name", "profile_class",
    "created_at", "policy_tags" };
constexpr std::array<SV, 6> kProfileClass { "personal", "work", "client", "air_gapped", "lab",
    "public_open_source" };
constexpr std::array<ControlledField, 1> kProfileControlled {
    { { "profile_class", kProfileClass } }
};
constexpr std::array<SV, 1> kProfileLists { "policy_tags" };

// device
constexpr std::array<SV, 5> kDeviceRequired { "device_id", "display_name", "trust_level",
    "device_state", "created_at" };
constexpr std::array<SV, 4> kDeviceState { "trusted", "untrusted", "revoked", "quarantined" };
constexpr std::array<ControlledField, 2> kDeviceControlled { { { "trust_level", kTrust },
    { "device_state", kDeviceState } } };
constexpr std::array<SV, 1> kDeviceOptional { "revoked_at" };

// actor
constexpr std::array<SV, 11> kActorRequired { "actor_id", "actor_type", "display_name",
    "identity_id", "workspace_scope", "profile_scope", "capabilities", "trust_level",
    "policy_subject", "signing_key_ref", "created_at" };
constexpr std::array<SV, 9> kActorType { "human", "app", "agent", "device", "service",
    "import_bridge", "export_bridge", "model_runtime", "remote_relay" };
constexpr std::array<ControlledField, 2> kActorControlled { { { "actor_type", kActorType },
    { "trust_level", kTrust } } };
constexpr std::array<SV, 3> kActorLists { "workspace_scope", "profile_scope", "capabilities" };
constexpr std::array<SV, 1> kActorOptional { "revoked_at" };
constexpr std::array<SV, 8> kCapabilities { "read", "write", "delete", "merge", "repair",
    "migrate_schema", "export", "replicate" };

// schema
constexpr std::array<SV, 10> kSchemaRequired { "schema_id", "object_type", "schema_version",
    "required_fields", "field_owners", "migration_policy", "conflict_policy", "tombstone_policy",
    "sync_visibility", "retention_class" };
constexpr std::array<ControlledField, 2> kSchemaControlled { { { "sync_visibility", kVisibility },
    { "retention_class", kRetention } } };
constexpr std::array<SV, 1> kSchemaLists { "required_fields" };
constexpr std::array<SV, 1> kSchemaObjects { "field_owners" };

// object
constexpr std::array<SV, 17> kObjectRequired { "object_id", "object_type", "schema_id",
    "schema_version", "workspace_id", "profile_id", "owner_identity", "created_by_actor",
    "last_modified_by_actor", "created_at", "updated_at", "privacy_class", "sync_visibility",
    "retention_class", "policy_tags", "provenance", "state" };
constexpr std::array<SV, 6> kPrivacy { "public", "personal", "work", "confidential", "regulated",
    "secret" };
constexpr std::array<SV, 5> kObjectState { "active", "deleted", "tombstoned", "quarantined",
    "conflicted" };
constexpr std::array<ControlledField, 4> kObjectControlled { { { "privacy_class", kPrivacy },
    { "sync_visibility", kVisibility }, { "retention_class", kRetention },
    { "state", kObjectState } } };
constexpr std::array<SV, 2> kObjectLists { "policy_tags", "provenance" };
constexpr std::array<SV, 1> kObjectOptional { "content_hash" };

// sync plan
constexpr std::array<SV, 15> kPlanRequired { "plan_id", "source_actor", "target_actor",
    "profile_id", "workspace_id", "object_ids", "operation_class", "dependencies",
    "policy_decision_ref", "retry_policy", "conflict_policy", "status", "user_explanation",
    "created_at", "updated_at" };
constexpr std::array<SV, 7> kPlanClass { "replicate", "import", "export", "repair", "migrate",
    "delete", "restore" };
constexpr std::array<SV, 6> kPlanStatus { "planned", "blocked", "running", "failed", "completed",
    "cancelled" };
constexpr std::array<ControlledField, 2> kPlanControlled { { { "operation_class", kPlanClass },
    { "status", kPlanStatus } } };
constexpr std::array<SV, 2> kPlanLists { "object_ids", "dependencies" };
constexpr std::array<SV, 1> kPlanOptional { "last_error" };

// conflict
constexpr std::array<SV, 13> kConflictRequired { "conflict_id", "object_id", "object_type",
    "workspace_id", "profile_id", "actors", "devices", "schema_version", "severity", "merge_policy",
    "decision_card", "user_explanation", "created_at" };
constexpr std::array<SV, 4> kSeverity { "info", "warning", "review_required", "blocking" };
constexpr std::array<ControlledField, 1> kConflictControlled { { { "severity", kSeverity } } };
constexpr std::array<SV, 2> kConflictLists { "actors", "devices" };
constexpr std::array<SV, 1> kConflictObjects { "decision_card" };
constexpr std::array<SV, 3> kOptions { "merge", "fork", "skip" };
constexpr std::array<SV, 7> kCardKeys { "card_id", "options", "rationale", "recommended_option",
    "selected_at", "selected_by", "selected_option" };

// policy decision
constexpr std::array<SV, 9> kPolicyRequired { "decision_id", "effect", "policy_id",
    "policy_version", "actor_id", "profile_id", "workspace_id", "rationale", "decided_at" };
constexpr std::array<SV, 3> kEffect { "allow", "deny", "review_required" };
constexpr std::array<ControlledField, 1> kPolicyControlled { { { "effect", kEffect } } };
constexpr std::array<SV, 1> kPolicyOptional { "object_id" };

// integrity event
constexpr std::array<SV, 4> kEventRequired { "event_id", "event_type", "occurred_at", "summary" };
constexpr std::array<SV, 7> kEventOptional { "actor_id", "object_id", "device_id", "profile_id",
    "workspace_id", "schema_version", "policy_decision_ref" };

// agent object transaction
constexpr std::array<SV, 10> kTxnRequired { "transaction_id", "actor_id", "workspace_id",
    "profile_id", "object_ids", "operation", "status", "policy_decision_ref", "created_at",
    "updated_at" };
constexpr std::array<SV, 6> kTxnOperation { "create", "update", "delete", "merge", "repair",
    "migrate" };
constexpr std::array<SV, 6> kTxnStatus { "draft", "proposed", "approved", "applied", "rejected",
    "reverted" };
constexpr std::array<ControlledField, 2> kTxnControlled { { { "operation", kTxnOperation },
    { "status", kTxnStatus } } };
constexpr std::array<SV, 1> kTxnLists { "object_ids" };

// workspace operation
constexpr std::array<SV, 23> kOpRequired { "operation_id", "local_operation_id", "operation_type",
    "status", "workspace_id", "profile_id", "actor_id", "device_id", "encryption_profile_ref",
    "local_log_ref", "checkpoint_ref", "causal_parent_ids", "conflict_ids",
    "provisional_artifact_ids", "artifact_reconciliation", "policy_decision_ref",
    "artifact_admission_ref", "ledger_evidence_refs", "replay_safe", "stale_task", "lease_expired",
    "created_at", "updated_at" };
constexpr std::array<SV, 8> kOpStatus { "queued", "running", "replayed", "reconciled", "blocked",
    "completed", "failed", "cancelled" };
constexpr std::array<ControlledField, 2> kOpControlled { { { "operation_type", kOpType },
    { "status", kOpStatus } } };
constexpr std::array<SV, 3> kOpLists { "causal_parent_ids", "conflict_ids",
    "ledger_evidence_refs" };
constexpr std::array<SV, 2> kOpObjects { "provisional_artifact_ids", "artifact_reconciliation" };
constexpr std::array<SV, 2> kOpOptional { "remote_operation_id", "replay_idempotency_key" };

// operation task
constexpr std::array<SV, 10> kTaskRequired { "task_id", "operation_id", "operation_type", "status",
    "attempt", "idempotency_key", "policy_decision_ref", "evidence_refs", "created_at",
    "updated_at" };
constexpr std::array<SV, 5> kTaskStatus { "pending", "running", "succeeded", "failed",
    "cancelled" };
constexpr std::array<ControlledField, 2> kTaskControlled { { { "operation_type", kOpType },
    { "status", kTaskStatus } } };
constexpr std::array<SV, 1> kTaskLists { "evidence_refs" };
constexpr std::array<SV, 6> kTaskOptional { "started_at", "completed_at", "remote_operation_id",
    "conflict_id", "checkpoint_ref", "replay_safe" };

// evidence envelope (Sync Desk's reading; not one of the daemon's contracts)
constexpr std::array<SV, 9> kEvidenceRequired { "schema", "evidence_id", "generated_at", "writer",
    "evidence_type", "subject", "artifact_digest", "artifact", "attestation" };
constexpr std::array<SV, 2> kEvidenceObjects { "artifact", "attestation" };
constexpr std::array<SV, 7> kEvidenceTypes { "state-integrity-report", "repair-plan",
    "policy-decision", "local-state-summary", "agent-trust-decision", "delivery-scorecard",
    "conflict-resolution" };

constexpr std::span<const SV> none {};
constexpr std::span<const ControlledField> noControl {};

const std::array<Contract, 13> kContracts { {
    { RecordKind::Profile, "sourceos.profile-record/v1alpha1", "sourceos.profile-record",
        "ProfileRecord", "profile_id", kProfileRequired, kProfileControlled, kProfileLists, none,
        none },
    { RecordKind::Device, "sourceos.device-record/v1alpha1", "sourceos.device-record",
        "DeviceRecord", "device_id", kDeviceRequired, kDeviceControlled, none, none,
        kDeviceOptional },
    { RecordKind::Actor, "sourceos.actor-record/v1alpha1", "sourceos.actor-record", "ActorRecord",
        "actor_id", kActorRequired, kActorControlled, kActorLists, none, kActorOptional },
    { RecordKind::Schema, "sourceos.schema-record/v1alpha1", "sourceos.schema-record",
        "SchemaRecord", "schema_id", kSchemaRequired, kSchemaControlled, kSchemaLists,
        kSchemaObjects, none },
    { RecordKind::Object, "sourceos.object-record/v1alpha1", "sourceos.object-record",
        "ObjectRecord", "object_id", kObjectRequired, kObjectControlled, kObjectLists, none,
        kObjectOptional },
    { RecordKind::SyncPlan, "sourceos.sync-plan/v1alpha1", "sourceos.sync-plan", "SyncPlan",
        "plan_id", kPlanRequired, kPlanControlled, kPlanLists, none, kPlanOptional },
    { RecordKind::Conflict, "sourceos.conflict-record/v1alpha1", "sourceos.conflict-record",
        "ConflictRecord", "conflict_id", kConflictRequired, kConflictControlled, kConflictLists,
        kConflictObjects, none },
    { RecordKind::PolicyDecision, "sourceos.policy-decision/v1alpha1", "sourceos.policy-decision",
        "PolicyDecision", "decision_id", kPolicyRequired, kPolicyControlled, none, none,
        kPolicyOptional },
    { RecordKind::IntegrityEvent, "sourceos.integrity-event/v1alpha1", "sourceos.integrity-event",
        "IntegrityEvent", "event_id", kEventRequired, noControl, none, none, kEventOptional },
    { RecordKind::AgentTransaction, "sourceos.agent-object-transaction/v1alpha1",
        "sourceos.agent-object-transaction", "AgentObjectTransaction", "transaction_id",
        kTxnRequired, kTxnControlled, kTxnLists, none, none },
    { RecordKind::Operation, "sourceos.workspace-operation/v1alpha1",
        "sourceos.workspace-operation", "WorkspaceOperation", "operation_id", kOpRequired,
        kOpControlled, kOpLists, kOpObjects, kOpOptional },
    { RecordKind::Task, "sourceos.operation-task/v1alpha1", "sourceos.operation-task",
        "OperationTask", "task_id", kTaskRequired, kTaskControlled, kTaskLists, none,
        kTaskOptional },
    { RecordKind::Evidence, kEvidenceSchema, "sourceos.lampstand-evidence", "EvidenceEnvelope",
        "evidence_id", kEvidenceRequired, noControl, none, kEvidenceObjects, none },
} };

std::string_view familyOf(std::string_view schema)
{
    const auto slash = schema.rfind('/');
    return slash == std::string_view::npos ? schema : schema.substr(0, slash);
}

} // namespace

std::span<const Contract> contracts()
{
    return kContracts;
}

const Contract *findContract(std::string_view schema)
{
    for (const auto &c : kContracts)
        if (c.schema == schema)
            return &c;
    return nullptr;
}

const Contract *findContractFamily(std::string_view schema)
{
    const auto family = familyOf(schema);
    for (const auto &c : kContracts)
        if (c.family == family)
            return &c;
    return nullptr;
}

const Contract *contractFor(RecordKind kind)
{
    for (const auto &c : kContracts)
        if (c.kind == kind)
            return &c;
    return nullptr;
}

std::span<const std::string_view> knownEvidenceTypes()
{
    return kEvidenceTypes;
}
std::span<const std::string_view> actorCapabilities()
{
    return kCapabilities;
}
std::span<const std::string_view> decisionOptions()
{
    return kOptions;
}
std::span<const std::string_view> decisionCardKeys()
{
    return kCardKeys;
}

} // namespace SyncDesk
