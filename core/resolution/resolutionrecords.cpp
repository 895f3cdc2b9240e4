// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/resolution/resolutionrecords_p.h"

#include "core/json/canonicaljson.h"
#include "core/records/contracts.h"
#include "core/records/evidence.h"
#include "core/store/store.h"

namespace SyncDesk::ResolutionDetail {
namespace {

Json decidedConflict(const DecisionFacts &f)
{
    Json after = f.conflictBefore;
    Json &card = after["decision_card"];
    card["selected_option"] = std::string(decisionOptionKey(f.decision.option));
    card["selected_by"] = toJson(f.decision.actorId);
    card["selected_at"] = toJson(f.now);
    card["rationale"] = toJson(f.decision.rationale);
    return after;
}

Json evidenceEnvelope(const DecisionFacts &f, const Planned &p, const QString &key)
{
    const Json &card = jsonMember(f.conflictBefore, "decision_card");
    const Decision &d = f.decision;
    Json artifact = Json::object();
    artifact["schema"] = "sourceos.syncdesk.conflict-resolution/v1alpha1";
    artifact["decision"] = { { "conflict_id", toJson(d.conflictId) },
        { "card_id", toJson(jsonString(jsonMember(card, "card_id"))) },
        { "option", std::string(decisionOptionKey(d.option)) }, { "actor_id", toJson(d.actorId) },
        { "decided_on", f.decidedOn.toJson() }, { "rationale", toJson(d.rationale) },
        { "decided_at", toJson(f.now) },
        { "recommended_option", jsonMember(card, "recommended_option") },
        { "idempotency_key", toJson(key) }, { "operation_id", toJson(p.operationId) },
        { "task_id", toJson(p.taskId) },
        { "policy_decision_ref", f.policyId.isEmpty() ? Json() : toJson(f.policyId) },
        { "policy_effect", f.policyEffect.isEmpty() ? Json() : toJson(f.policyEffect) },
        { "revision", d.revise } };
    artifact["conflict_before"] = f.conflictBefore;
    artifact["conflict_after"] = p.after;
    // What the gate read, so that the decision can be checked without the store.
    artifact["gate"] = { { "actor", gateInput(f.actorRecord) },
        { "policy_decision", gateInput(f.policyRecord) } };
    // A revision names the envelope it supersedes; null when the decision it
    // revises was made outside Sync Desk and has none. First decisions have no key.
    if (d.revise)
        artifact["supersedes"] = f.supersedes.isEmpty() ? Json() : toJson(f.supersedes);
    const QString digest = artifactDigest(artifact);
    const Json type = std::string(kResolutionEvidenceType);
    const Json writer = std::string(kSyncDeskWriter);
    const QString evidenceId
        = Evidence::deriveId(toJson(digest), type, toJson(d.conflictId), writer);
    Json envelope = Json::object();
    envelope["schema"] = std::string(kEvidenceSchema);
    envelope["evidence_id"] = toJson(evidenceId);
    envelope["generated_at"] = toJson(f.now);
    envelope["writer"] = writer;
    envelope["evidence_type"] = type;
    envelope["subject"] = toJson(d.conflictId);
    envelope["artifact_digest"] = toJson(digest);
    envelope["artifact"] = std::move(artifact);
    envelope["attestation"] = { { "signed", false }, { "signature", nullptr },
        { "reason", "syncdesk-local-unsigned" } };
    return envelope;
}

Json resolveOperation(const DecisionFacts &f, const Planned &p, const QString &key)
{
    const Decision &d = f.decision;
    Json op = Json::object();
    op["schema"] = "sourceos.workspace-operation/v1alpha1";
    op["operation_id"] = toJson(p.operationId);
    op["local_operation_id"] = toJson(QStringLiteral("local-op:") + key);
    op["operation_type"] = "sync.conflict.resolve";
    op["status"] = "queued";
    op["workspace_id"] = toJson(jsonString(jsonMember(f.conflictBefore, "workspace_id")));
    op["profile_id"] = toJson(jsonString(jsonMember(f.conflictBefore, "profile_id")));
    op["actor_id"] = toJson(d.actorId);
    op["device_id"] = toJson(f.deviceId);
    op["encryption_profile_ref"] = toJson(f.encryptionProfile);
    op["local_log_ref"] = toJson(QStringLiteral("journal:") + p.eventId);
    op["checkpoint_ref"] = toJson(f.checkpointRef);
    op["causal_parent_ids"] = Json::array();
    // A revision follows the resolve operation of the decision it revises.
    const QString parent
        = f.previousOperationId.isEmpty() ? f.detectingOperationId : f.previousOperationId;
    if (!parent.isEmpty())
        op["causal_parent_ids"].push_back(toJson(parent));
    op["conflict_ids"] = Json::array({ toJson(d.conflictId) });
    op["provisional_artifact_ids"] = Json::object();
    op["artifact_reconciliation"] = Json::object();
    op["policy_decision_ref"] = toJson(f.policyId);
    op["artifact_admission_ref"] = "";
    op["ledger_evidence_refs"]
        = Json::array({ toJson(QStringLiteral("evidence:") + p.evidenceId) });
    op["replay_safe"] = true;
    op["stale_task"] = false;
    op["lease_expired"] = false;
    op["replay_idempotency_key"] = toJson(key);
    op["created_at"] = toJson(f.now);
    op["updated_at"] = toJson(f.now);
    return op;
}

Json resolveTask(const DecisionFacts &f, const Planned &p, const QString &key)
{
    Json task = Json::object();
    task["schema"] = "sourceos.operation-task/v1alpha1";
    task["task_id"] = toJson(p.taskId);
    task["operation_id"] = toJson(p.operationId);
    task["operation_type"] = "sync.conflict.resolve";
    task["status"] = "pending";
    task["attempt"] = 1;
    task["idempotency_key"] = toJson(key);
    task["policy_decision_ref"] = toJson(f.policyId);
    task["evidence_refs"] = Json::array({ toJson(QStringLiteral("evidence:") + p.evidenceId) });
    task["created_at"] = toJson(f.now);
    task["updated_at"] = toJson(f.now);
    task["conflict_id"] = toJson(f.decision.conflictId);
    return task;
}

Json journalLine(const DecisionFacts &f, const Planned &p)
{
    const Decision &d = f.decision;
    Json line = Json::object();
    line["schema"] = kJournalEventSchema;
    line["event_id"] = toJson(p.eventId);
    line["event_type"] = "update";
    line["lane"] = "policy";
    line["object_id"] = toJson(d.conflictId);
    line["producer"] = std::string(kSyncDeskWriter);
    line["created_at"] = toJson(f.now);
    line["payload"] = { { "option", std::string(decisionOptionKey(d.option)) },
        { "actor_id", toJson(d.actorId) }, { "conflict_path", toJson(f.conflictPath) },
        { "operation_id", toJson(p.operationId) }, { "task_id", toJson(p.taskId) },
        { "evidence_id", toJson(p.evidenceId) } };
    if (d.revise)
        line["payload"]["supersedes"] = f.supersedes.isEmpty() ? Json() : toJson(f.supersedes);
    line["applied"] = true;
    return line;
}

} // namespace

Json gateInput(const Json &record)
{
    if (record.is_null() || record.is_discarded())
        return Json();
    return { { "record", record }, { "digest", toJson(artifactDigest(record)) } };
}

QString journalEventId(qint64 line)
{
    return QStringLiteral("evt-%1").arg(line, 8, 10, QLatin1Char('0'));
}

QString resolveOperationId(const QString &idempotencyKey)
{
    return QStringLiteral("workspace-operation:") + idempotencyKey;
}

QString resolveTaskId(const QString &idempotencyKey)
{
    return QStringLiteral("operation-task:") + idempotencyKey + QStringLiteral("-1");
}

Planned planDecision(const DecisionFacts &f, qint64 eventLine)
{
    const Decision &d = f.decision;
    const QString cardId
        = jsonString(jsonMember(jsonMember(f.conflictBefore, "decision_card"), "card_id"));
    const QString key = d.revise
        ? ResolutionWriter::revisionKey(d.conflictId, cardId, d.option, f.supersedes)
        : ResolutionWriter::idempotencyKey(d.conflictId, cardId, d.option);
    Planned p;
    p.conflictId = d.conflictId;
    p.conflictPath = f.conflictPath;
    p.after = decidedConflict(f);
    p.afterSha = shaHex(recordBytes(p.after));
    p.eventId = journalEventId(eventLine);
    p.operationId = resolveOperationId(key);
    p.taskId = resolveTaskId(key);
    p.evidence = evidenceEnvelope(f, p, key);
    p.evidenceId = jsonString(p.evidence["evidence_id"]);
    p.operation = resolveOperation(f, p, key);
    p.task = resolveTask(f, p, key);
    p.journalLine = journalLine(f, p);
    p.conflictName = safeRecordId(d.conflictId) + QStringLiteral(".json");
    p.evidenceName = safeRecordId(p.evidenceId) + QStringLiteral(".json");
    p.operationName = safeRecordId(p.operationId) + QStringLiteral(".json");
    p.taskName = safeRecordId(p.taskId) + QStringLiteral(".json");
    p.evidencePath = QStringLiteral("evidence/") + p.evidenceName;
    p.operationPath = QStringLiteral("operations/") + p.operationName;
    p.taskPath = QStringLiteral("tasks/") + p.taskName;
    return p;
}

} // namespace SyncDesk::ResolutionDetail
