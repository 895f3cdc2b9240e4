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

Json j(const QString &s)
{
    return s.toStdString();
}
QString q(const Json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

Json decidedConflict(const DecisionFacts &f)
{
    Json after = f.conflictBefore;
    Json &card = after["decision_card"];
    card["selected_option"] = j(f.decision.option);
    card["selected_by"] = j(f.decision.actorId);
    card["selected_at"] = j(f.now);
    card["rationale"] = j(f.decision.rationale);
    return after;
}

Json evidenceEnvelope(const DecisionFacts &f, const Planned &p, const QString &key)
{
    const Json &card = jsonMember(f.conflictBefore, "decision_card");
    const Decision &d = f.decision;
    Json artifact = Json::object();
    artifact["schema"] = "sourceos.syncdesk.conflict-resolution/v1alpha1";
    artifact["decision"] = { { "conflict_id", j(d.conflictId) },
        { "card_id", j(q(jsonMember(card, "card_id"))) }, { "option", j(d.option) },
        { "actor_id", j(d.actorId) }, { "rationale", j(d.rationale) }, { "decided_at", j(f.now) },
        { "recommended_option", jsonMember(card, "recommended_option") },
        { "idempotency_key", j(key) }, { "operation_id", j(p.operationId) },
        { "task_id", j(p.taskId) },
        { "policy_decision_ref", f.policyId.isEmpty() ? Json() : j(f.policyId) },
        { "policy_effect", f.policyEffect.isEmpty() ? Json() : j(f.policyEffect) } };
    artifact["conflict_before"] = f.conflictBefore;
    artifact["conflict_after"] = p.after;
    const QString digest = artifactDigest(artifact);
    const Json type = std::string(kResolutionEvidenceType);
    const Json writer = std::string(kSyncDeskWriter);
    const QString evidenceId = Evidence::deriveId(j(digest), type, j(d.conflictId), writer);
    Json envelope = Json::object();
    envelope["schema"] = std::string(kEvidenceSchema);
    envelope["evidence_id"] = j(evidenceId);
    envelope["generated_at"] = j(f.now);
    envelope["writer"] = writer;
    envelope["evidence_type"] = type;
    envelope["subject"] = j(d.conflictId);
    envelope["artifact_digest"] = j(digest);
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
    op["operation_id"] = j(p.operationId);
    op["local_operation_id"] = j(QStringLiteral("local-op:") + key);
    op["operation_type"] = "sync.conflict.resolve";
    op["status"] = "queued";
    op["workspace_id"] = j(q(jsonMember(f.conflictBefore, "workspace_id")));
    op["profile_id"] = j(q(jsonMember(f.conflictBefore, "profile_id")));
    op["actor_id"] = j(d.actorId);
    op["device_id"] = j(f.deviceId);
    op["encryption_profile_ref"] = j(f.encryptionProfile);
    op["local_log_ref"] = j(QStringLiteral("journal:") + p.eventId);
    op["checkpoint_ref"] = j(f.checkpointRef);
    op["causal_parent_ids"] = Json::array();
    if (!f.detectingOperationId.isEmpty())
        op["causal_parent_ids"].push_back(j(f.detectingOperationId));
    op["conflict_ids"] = Json::array({ j(d.conflictId) });
    op["provisional_artifact_ids"] = Json::object();
    op["artifact_reconciliation"] = Json::object();
    op["policy_decision_ref"] = j(f.policyId);
    op["artifact_admission_ref"] = "";
    op["ledger_evidence_refs"] = Json::array({ j(QStringLiteral("evidence:") + p.evidenceId) });
    op["replay_safe"] = true;
    op["stale_task"] = false;
    op["lease_expired"] = false;
    op["replay_idempotency_key"] = j(key);
    op["created_at"] = j(f.now);
    op["updated_at"] = j(f.now);
    return op;
}

Json resolveTask(const DecisionFacts &f, const Planned &p, const QString &key)
{
    Json task = Json::object();
    task["schema"] = "sourceos.operation-task/v1alpha1";
    task["task_id"] = j(p.taskId);
    task["operation_id"] = j(p.operationId);
    task["operation_type"] = "sync.conflict.resolve";
    task["status"] = "pending";
    task["attempt"] = 1;
    task["idempotency_key"] = j(key);
    task["policy_decision_ref"] = j(f.policyId);
    task["evidence_refs"] = Json::array({ j(QStringLiteral("evidence:") + p.evidenceId) });
    task["created_at"] = j(f.now);
    task["updated_at"] = j(f.now);
    task["conflict_id"] = j(f.decision.conflictId);
    return task;
}

Json journalLine(const DecisionFacts &f, const Planned &p)
{
    const Decision &d = f.decision;
    Json line = Json::object();
    line["schema"] = kJournalEventSchema;
    line["event_id"] = j(p.eventId);
    line["event_type"] = "update";
    line["lane"] = "policy";
    line["object_id"] = j(d.conflictId);
    line["producer"] = std::string(kSyncDeskWriter);
    line["created_at"] = j(f.now);
    line["payload"] = { { "option", j(d.option) }, { "actor_id", j(d.actorId) },
        { "conflict_path", j(f.conflictPath) }, { "operation_id", j(p.operationId) },
        { "task_id", j(p.taskId) }, { "evidence_id", j(p.evidenceId) } };
    line["applied"] = true;
    return line;
}

} // namespace

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
    const QString cardId = q(jsonMember(jsonMember(f.conflictBefore, "decision_card"), "card_id"));
    const QString key = ResolutionWriter::idempotencyKey(d.conflictId, cardId, d.option);
    Planned p;
    p.conflictId = d.conflictId;
    p.conflictPath = f.conflictPath;
    p.after = decidedConflict(f);
    p.afterSha = shaHex(recordBytes(p.after));
    p.eventId = journalEventId(eventLine);
    p.operationId = resolveOperationId(key);
    p.taskId = resolveTaskId(key);
    p.evidence = evidenceEnvelope(f, p, key);
    p.evidenceId = q(p.evidence["evidence_id"]);
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
