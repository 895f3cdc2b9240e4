#include "core/resolution.h"

#include "core/canonicaljson.h"
#include "core/contracts.h"
#include "core/evidence.h"
#include "core/fileread_p.h"
#include "core/gatecache_p.h"
#include "core/recordread.h"
#include "core/resolution_p.h"
#include "core/store.h"
#include "core/storedir.h"
#include "core/timestamp.h"
#include "core/writerlock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace SyncDesk {

using namespace ResolutionDetail;

namespace {

QString q(const Json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}
Json j(const QString &s)
{
    return s.toStdString();
}

/// What a loaded store knows about the operation that detected a conflict.
struct DetectHint
{
    QString operationId, deviceId, encryptionProfile, checkpointRef;
};

std::optional<DetectHint> detectHint(const Store *store, const QString &conflictId)
{
    if (!store)
        return std::nullopt;
    const Sym sym = store->strings().find(conflictId);
    const auto it = store->relations().conflictById.constFind(sym);
    if (sym == kNoSym || it == store->relations().conflictById.cend())
        return std::nullopt;
    const auto &detecting = store->relations().detectingOperations.at(*it);
    if (detecting.empty())
        return std::nullopt;
    const auto &op = store->operations().at(detecting.front());
    return DetectHint { store->text(op.id), store->text(op.device),
        store->text(op.encryptionProfile), store->text(op.checkpointRef) };
}

/// Reads a record by the file name its id maps to; nothing unless the file holds that id.
std::optional<Json> recordById(int dirFd, const QString &id, const char *idKey)
{
    const QString safe = safeRecordId(id);
    if (safe.isEmpty() || dirFd < 0)
        return std::nullopt;
    const auto read = readFileNoFollowAt(
        dirFd, (safe + QStringLiteral(".json")).toUtf8().constData(), kMaxRecordFileSize);
    if (read.status != FileRead::Status::Ok)
        return std::nullopt;
    auto parsed = parseJson(read.bytes);
    if (!parsed.ok() || q(jsonMember(parsed.value, idKey)) != id)
        return std::nullopt;
    return std::move(parsed.value);
}

/**
 * An already decided conflict names only records that exist: Sync Desk's
 * operation for that exact decision (its id derives from conflict, card and
 * option), its task, and the envelope the operation cites, each found by id
 * and holding that id. A decision made outside Sync Desk has none of them.
 */
void nameExistingRecords(const StoreDir &dir, const QString &conflictId, const QString &operationId,
    const QString &taskId, DecisionOutcome &out)
{
    const auto operation = recordById(dir.fd(StoreDir::Operations), operationId, "operation_id");
    if (!operation || jsonMember(*operation, "conflict_ids") != Json::array({ j(conflictId) }))
        return;
    out.operationId = operationId;
    if (recordById(dir.fd(StoreDir::Tasks), taskId, "task_id"))
        out.taskId = taskId;
    const Json &refs = jsonMember(*operation, "ledger_evidence_refs");
    if (!refs.is_array() || refs.empty())
        return;
    QString evidenceId = q(refs.front());
    if (!evidenceId.startsWith(QLatin1String("evidence:")))
        return;
    evidenceId.remove(0, 9);
    if (const auto envelope = recordById(dir.fd(StoreDir::Evidence), evidenceId, "evidence_id");
        envelope && q(jsonMember(*envelope, "subject")) == conflictId)
        out.evidenceId = evidenceId;
}

DecisionOutcome refused(const Decision &d, Refusal r, const QString &message)
{
    DecisionOutcome o;
    o.decision = d;
    o.outcome = Outcome::Refused;
    o.refusal = r;
    o.message = message.isEmpty() ? DecisionGate::describe(r) : message;
    return o;
}

} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::AlreadyApplied:
        return QStringLiteral("already_applied");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::WouldApply:
        return QStringLiteral("would_apply");
    }
    return {};
}

QString ResolutionWriter::lockFileName()
{
    return QStringLiteral("writer.lock");
}
QString ResolutionWriter::intentFileName()
{
    return QStringLiteral("syncdesk-intent.json");
}

QString ResolutionWriter::idempotencyKey(
    const QString &conflictId, const QString &cardId, const QString &option)
{
    const QByteArray basis
        = (conflictId + QLatin1Char('\n') + cardId + QLatin1Char('\n') + option).toUtf8();
    return QStringLiteral("syncdesk-resolve-")
        + QString::fromLatin1(
            sha256Hex(std::string_view(basis.constData(), size_t(basis.size()))).left(24));
}

ApplyReport ResolutionWriter::apply(const QString &root, const QList<Decision> &decisions,
    const ApplyOptions &options, const Store *snapshot)
{
    ApplyReport report;
    auto refuseAll = [&](Refusal r, const QString &message) {
        for (const auto &d : decisions)
            report.outcomes.append(refused(d, r, message));
        return report;
    };
    StoreDir dir;
    if (auto error = StoreDir::open(root, false, dir)) {
        if (error->path == root)
            return refuseAll(Refusal::StoreNotInitialized,
                tr("%1 has no manifest.json: not an initialized store.").arg(root));
        report.ioError = error;
        return refuseAll(Refusal::IoError, error->message);
    }
    {
        struct stat st;
        if (::fstatat(dir.rootFd(), "manifest.json", &st, AT_SYMLINK_NOFOLLOW) != 0
            || !S_ISREG(st.st_mode))
            return refuseAll(Refusal::StoreNotInitialized,
                tr("%1 has no manifest.json: not an initialized store.").arg(root));
    }

    const qint64 nowMs = options.clock ? options.clock() : QDateTime::currentMSecsSinceEpoch();
    const QString now = formatUtcTimestamp(nowMs - nowMs % 1000);

    WriterLock lock(dir.rootFd(), lockFileName(), root + QLatin1Char('/') + lockFileName());
    if (!options.dryRun) {
        if (!lock.tryLock(options.lockTimeoutMs)) {
            // A writer.lock that is no lock file (a FIFO, a link, a device) is not
            // someone writing: say what it is, as for any other unusable file.
            if (lock.failure() == WriterLock::Failure::NotALockFile) {
                report.ioError
                    = IoError { root + QLatin1Char('/') + lockFileName(), lock.holder(), EINVAL };
                return refuseAll(Refusal::IoError, lock.holder());
            }
            return refuseAll(Refusal::StoreLocked, lock.holder());
        }
        // Registries are made (and held open) before anything is read under the lock.
        if (auto error = StoreDir::open(root, true, dir)) {
            report.ioError = error;
            return refuseAll(Refusal::IoError, error->message);
        }
        if (auto error = recover(dir, now, report.recovered, options.beforeStep)) {
            report.ioError = error;
            return refuseAll(Refusal::IoError, error->message);
        }
    }

    QString manifestError;
    const qint64 generation = readGeneration(dir, nullptr, &manifestError);
    if (generation < 0)
        return refuseAll(Refusal::StoreNotInitialized, manifestError);
    qint64 journalLines = 0;
    bool journalTorn = false;
    if (auto error
        = DurableFile::countLines(dir.inRoot("journal.jsonl"), journalLines, journalTorn)) {
        report.ioError = error;
        return refuseAll(Refusal::IoError, error->message);
    }
    const GateData gate = readGateData(root);

    QHash<QString, QString> decidedInBatch; // conflict id -> option, for repeats in one batch
    std::vector<Planned> planned;
    qint64 nextEvent = journalLines; // the daemon's count: non-empty lines, a torn one included
    for (const auto &d : decisions) {
        const int index = int(report.outcomes.size());
        report.outcomes.append(refused(d, Refusal::None, QString()));
        DecisionOutcome &out = report.outcomes.last();
        auto refuse
            = [&](Refusal r, const QString &message = QString()) { out = refused(d, r, message); };
        if (const auto it = decidedInBatch.constFind(d.conflictId); it != decidedInBatch.cend()) {
            if (*it == d.option) {
                out.outcome = Outcome::AlreadyApplied;
                out.message = tr("The same decision appears earlier in this batch.");
            } else {
                refuse(Refusal::NotPending,
                    tr("An earlier decision in this batch chose %1.").arg(*it));
            }
            continue;
        }
        const QString safe = safeRecordId(d.conflictId);
        if (safe.isEmpty()) {
            refuse(Refusal::UnknownConflict);
            continue;
        }
        const QString rel = QStringLiteral("conflicts/") + safe + QStringLiteral(".json");
        const auto read = readFileNoFollowAt(dir.fd(StoreDir::Conflicts),
            (safe + QStringLiteral(".json")).toUtf8().constData(), kMaxRecordFileSize);
        if (read.status != FileRead::Status::Ok) {
            refuse(Refusal::UnknownConflict,
                tr("No conflict %1 in this store (%2).").arg(d.conflictId, rel));
            continue;
        }
        const QByteArray bytes(read.bytes.data(), qsizetype(read.bytes.size()));
        const QByteArray sha = shaHex(bytes);
        const auto parsed = parseJson(read.bytes);
        const Validation v = parsed.ok()
            ? Validator::validate(parsed.value, ValidationMode::SyncDesk)
            : Validation {};
        if (!parsed.ok() || v.kind != RecordKind::Conflict
            || q(jsonMember(parsed.value, "conflict_id")) != d.conflictId) {
            refuse(Refusal::UnknownConflict,
                tr("%1 does not hold conflict %2.").arg(rel, d.conflictId));
            continue;
        }
        const Json &record = parsed.value;
        const Json &card = record["decision_card"];
        const QString cardId = q(jsonMember(card, "card_id"));
        const QString key = idempotencyKey(d.conflictId, cardId, d.option);
        const QString operationId = QStringLiteral("workspace-operation:") + key;
        if (v.verdict == Verdict::Valid) {
            const QString selected = q(jsonMember(card, "selected_option"));
            if (selected == d.option) {
                out.outcome = Outcome::AlreadyApplied;
                nameExistingRecords(dir, d.conflictId, operationId,
                    QStringLiteral("operation-task:") + key + QStringLiteral("-1"), out);
                const QString by = q(jsonMember(card, "selected_by"));
                const QString at = q(jsonMember(card, "selected_at"));
                out.message = out.operationId.isEmpty()
                    ? tr("Already decided: %1 by %2 at %3, outside Sync Desk: no operation, "
                         "task or evidence of Sync Desk records it.")
                          .arg(selected, by, at)
                    : tr("Already decided: %1 by %2 at %3.").arg(selected, by, at);
            } else {
                refuse(Refusal::NotPending,
                    tr("Already decided: %1 by %2 at %3.")
                        .arg(selected, q(jsonMember(card, "selected_by")),
                            q(jsonMember(card, "selected_at"))));
            }
            continue;
        }
        if (const auto expected = options.expectedVersions.constFind(d.conflictId);
            expected != options.expectedVersions.cend() && *expected != sha) {
            refuse(Refusal::ChangedOnDisk);
            continue;
        }
        if (v.verdict != Verdict::Pending) {
            refuse(Refusal::NotPending,
                tr("The conflict record is invalid: %1").arg(v.errors.value(0).message));
            continue;
        }
        GateConflict gc;
        gc.id = d.conflictId;
        gc.objectId = q(jsonMember(record, "object_id"));
        gc.workspaceId = q(jsonMember(record, "workspace_id"));
        gc.profileId = q(jsonMember(record, "profile_id"));
        gc.severity = q(jsonMember(record, "severity"));
        gc.options = jsonStrings(jsonMember(card, "options"));
        gc.pending = true;
        const auto actorIt = gate.actors.constFind(d.actorId);
        const OptionVerdict verdict
            = DecisionGate::check(gc, actorIt == gate.actors.cend() ? nullptr : &*actorIt, d.option,
                candidatePolicies(gate, gc), d.rationale);
        if (!verdict.allowed()) {
            refuse(verdict.refusal, verdict.message);
            continue;
        }

        Planned p;
        p.outcome = index;
        p.conflictId = d.conflictId;
        p.conflictPath = rel;
        p.conflictName = safe + QStringLiteral(".json");
        p.beforeBytes = bytes;
        p.beforeSha = sha;
        p.after = record;
        Json &afterCard = p.after["decision_card"];
        afterCard["selected_option"] = j(d.option);
        afterCard["selected_by"] = j(d.actorId);
        afterCard["selected_at"] = j(now);
        afterCard["rationale"] = j(d.rationale);
        p.afterSha = shaHex(recordBytes(p.after));
        p.eventId = QStringLiteral("evt-%1").arg(++nextEvent, 8, 10, QLatin1Char('0'));
        p.operationId = operationId;
        p.taskId = QStringLiteral("operation-task:") + key + QStringLiteral("-1");
        const auto hint = detectHint(snapshot, d.conflictId);

        Json artifact = Json::object();
        artifact["schema"] = "sourceos.syncdesk.conflict-resolution/v1alpha1";
        artifact["decision"] = {
            { "conflict_id", j(d.conflictId) }, { "card_id", j(cardId) }, { "option", j(d.option) },
            { "actor_id", j(d.actorId) }, { "rationale", j(d.rationale) }, { "decided_at", j(now) },
            { "recommended_option", jsonMember(card, "recommended_option") },
            { "idempotency_key", j(key) }, { "operation_id", j(p.operationId) },
            { "task_id", j(p.taskId) },
            { "policy_decision_ref", verdict.policyId.isEmpty() ? Json() : j(verdict.policyId) },
            { "policy_effect", verdict.policyEffect.isEmpty() ? Json() : j(verdict.policyEffect) }
        };
        artifact["conflict_before"] = record;
        artifact["conflict_after"] = p.after;
        const QString digest = artifactDigest(artifact);
        const Json type = std::string(kResolutionEvidenceType);
        const Json writer = std::string(kSyncDeskWriter);
        p.evidenceId = Evidence::deriveId(j(digest), type, j(d.conflictId), writer);
        p.evidence = Json::object();
        p.evidence["schema"] = std::string(kEvidenceSchema);
        p.evidence["evidence_id"] = j(p.evidenceId);
        p.evidence["generated_at"] = j(now);
        p.evidence["writer"] = writer;
        p.evidence["evidence_type"] = type;
        p.evidence["subject"] = j(d.conflictId);
        p.evidence["artifact_digest"] = j(digest);
        p.evidence["artifact"] = std::move(artifact);
        p.evidence["attestation"] = { { "signed", false }, { "signature", nullptr },
            { "reason", "syncdesk-local-unsigned" } };
        const QString evidenceRef = QStringLiteral("evidence:") + p.evidenceId;

        p.operation = Json::object();
        p.operation["schema"] = "sourceos.workspace-operation/v1alpha1";
        p.operation["operation_id"] = j(p.operationId);
        p.operation["local_operation_id"] = j(QStringLiteral("local-op:") + key);
        p.operation["operation_type"] = "sync.conflict.resolve";
        p.operation["status"] = "queued";
        p.operation["workspace_id"] = j(gc.workspaceId);
        p.operation["profile_id"] = j(gc.profileId);
        p.operation["actor_id"] = j(d.actorId);
        const QStringList devices = jsonStrings(jsonMember(record, "devices"));
        p.operation["device_id"]
            = j(hint && !hint->deviceId.isEmpty() ? hint->deviceId : devices.value(0));
        p.operation["encryption_profile_ref"] = j(hint ? hint->encryptionProfile : QString());
        p.operation["local_log_ref"] = j(QStringLiteral("journal:") + p.eventId);
        p.operation["checkpoint_ref"] = j(hint ? hint->checkpointRef : QString());
        p.operation["causal_parent_ids"] = Json::array();
        if (hint)
            p.operation["causal_parent_ids"].push_back(j(hint->operationId));
        p.operation["conflict_ids"] = Json::array({ j(d.conflictId) });
        p.operation["provisional_artifact_ids"] = Json::object();
        p.operation["artifact_reconciliation"] = Json::object();
        p.operation["policy_decision_ref"] = j(verdict.policyId);
        p.operation["artifact_admission_ref"] = "";
        p.operation["ledger_evidence_refs"] = Json::array({ j(evidenceRef) });
        p.operation["replay_safe"] = true;
        p.operation["stale_task"] = false;
        p.operation["lease_expired"] = false;
        p.operation["replay_idempotency_key"] = j(key);
        p.operation["created_at"] = j(now);
        p.operation["updated_at"] = j(now);

        p.task = Json::object();
        p.task["schema"] = "sourceos.operation-task/v1alpha1";
        p.task["task_id"] = j(p.taskId);
        p.task["operation_id"] = j(p.operationId);
        p.task["operation_type"] = "sync.conflict.resolve";
        p.task["status"] = "pending";
        p.task["attempt"] = 1;
        p.task["idempotency_key"] = j(key);
        p.task["policy_decision_ref"] = j(verdict.policyId);
        p.task["evidence_refs"] = Json::array({ j(evidenceRef) });
        p.task["created_at"] = j(now);
        p.task["updated_at"] = j(now);
        p.task["conflict_id"] = j(d.conflictId);

        p.evidenceName = safeRecordId(p.evidenceId) + QStringLiteral(".json");
        p.operationName = safeRecordId(p.operationId) + QStringLiteral(".json");
        p.taskName = safeRecordId(p.taskId) + QStringLiteral(".json");
        p.evidencePath = QStringLiteral("evidence/") + p.evidenceName;
        p.operationPath = QStringLiteral("operations/") + p.operationName;
        p.taskPath = QStringLiteral("tasks/") + p.taskName;

        p.journalLine = Json::object();
        p.journalLine["schema"] = "sourceos.journal-event/v1alpha1";
        p.journalLine["event_id"] = j(p.eventId);
        p.journalLine["event_type"] = "update";
        p.journalLine["lane"] = "policy";
        p.journalLine["object_id"] = j(d.conflictId);
        p.journalLine["producer"] = std::string(kSyncDeskWriter);
        p.journalLine["created_at"] = j(now);
        p.journalLine["payload"] = { { "option", j(d.option) }, { "actor_id", j(d.actorId) },
            { "conflict_path", j(rel) }, { "operation_id", j(p.operationId) },
            { "task_id", j(p.taskId) }, { "evidence_id", j(p.evidenceId) } };
        p.journalLine["applied"] = true;

        out.outcome = options.dryRun ? Outcome::WouldApply : Outcome::Applied;
        out.refusal = Refusal::None;
        out.evidenceId = p.evidenceId;
        out.operationId = p.operationId;
        out.taskId = p.taskId;
        out.eventId = p.eventId;
        out.paths = { p.evidencePath, p.operationPath, p.taskPath, p.conflictPath,
            QStringLiteral("journal.jsonl"), QStringLiteral("manifest.json") };
        out.message = options.dryRun
            ? tr("Would write %1 and queue %2.").arg(p.evidenceId, p.operationId)
            : tr("Decided %1; queued %2.").arg(d.option, p.operationId);
        decidedInBatch.insert(d.conflictId, d.option);
        planned.push_back(std::move(p));
    }

    if (options.dryRun) {
        for (const auto &o : std::as_const(report.outcomes))
            if (options.progress)
                options.progress(o);
        return report;
    }

    // Refusals and repeats are final now; report them before the writing starts.
    QSet<int> plannedIndexes;
    for (const auto &p : planned)
        plannedIndexes.insert(p.outcome);
    for (int i = 0; i < report.outcomes.size(); ++i)
        if (!plannedIndexes.contains(i) && options.progress)
            options.progress(report.outcomes[i]);

    const std::size_t chunk = std::size_t(std::max(1, options.chunkSize));
    qint64 linesBefore = journalLines;
    qint64 generationBefore = generation;
    for (std::size_t start = 0; start < planned.size(); start += chunk) {
        std::vector<Planned> batch(std::make_move_iterator(planned.begin() + long(start)),
            std::make_move_iterator(
                planned.begin() + long(std::min(planned.size(), start + chunk))));
        if (auto error
            = writeBatch(dir, batch, linesBefore, generationBefore, now, options.beforeStep)) {
            report.ioError = error;
            // This chunk was rolled back (or left to recovery); later ones never started.
            for (std::size_t k = start; k < planned.size(); ++k) {
                const int i
                    = k < start + batch.size() ? batch[k - start].outcome : planned[k].outcome;
                const Decision d = report.outcomes[i].decision;
                report.outcomes[i] = refused(d, Refusal::IoError, error->message);
                if (options.progress)
                    options.progress(report.outcomes[i]);
            }
            return report;
        }
        for (const auto &p : batch) {
            DecisionOutcome &out = report.outcomes[p.outcome];
            if (!p.foreignRecord.isEmpty()) {
                out = refused(out.decision, Refusal::ChangedOnDisk, p.foreignRecord);
                continue;
            }
            if (p.changedOnDisk) {
                out = refused(out.decision, Refusal::ChangedOnDisk,
                    tr("Another writer changed the conflict while this decision was being "
                       "written; their version was kept and nothing of this decision remains."));
                continue;
            }
            out.eventId = p.eventId; // as numbered at the append
            ++linesBefore;
            ++generationBefore;
        }
        if (options.progress)
            for (const auto &p : batch)
                options.progress(report.outcomes[p.outcome]);
    }
    return report;
}

} // namespace SyncDesk
