// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/resolution/resolution.h"

#include "core/io/fileread_p.h"
#include "core/io/storedir.h"
#include "core/io/writerlock.h"
#include "core/json/canonicaljson.h"
#include "core/records/contracts.h"
#include "core/records/evidence.h"
#include "core/records/recordread.h"
#include "core/records/timestamp.h"
#include "core/resolution/batchwriter_p.h"
#include "core/resolution/decidedon.h"
#include "core/resolution/gatecache_p.h"
#include "core/resolution/resolution_p.h"
#include "core/resolution/resolutionrecords_p.h"
#include "core/resolution/resolutionrecovery_p.h"
#include "core/store/store.h"

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
    if (!parsed.ok() || jsonString(jsonMember(parsed.value, idKey)) != id)
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
    if (!operation || jsonMember(*operation, "conflict_ids") != Json::array({ toJson(conflictId) }))
        return;
    out.operationId = operationId;
    if (recordById(dir.fd(StoreDir::Tasks), taskId, "task_id"))
        out.taskId = taskId;
    const Json &refs = jsonMember(*operation, "ledger_evidence_refs");
    if (!refs.is_array() || refs.empty())
        return;
    QString evidenceId = jsonString(refs.front());
    if (!evidenceId.startsWith(QLatin1String("evidence:")))
        return;
    evidenceId.remove(0, 9);
    if (const auto envelope = recordById(dir.fd(StoreDir::Evidence), evidenceId, "evidence_id");
        envelope && jsonString(jsonMember(*envelope, "subject")) == conflictId)
        out.evidenceId = evidenceId;
}

/// One conflict-resolution envelope of a conflict: a link of its decision chain.
struct ChainLink
{
    QString evidenceId, supersedes, decidedAt, operationId, taskId;
    /// The decision the envelope wrote onto the card: card id, option, actor, rationale.
    QString cardId, option, actorId, rationale;
};

/**
 * The conflict-resolution envelopes in evidence/ about the given conflicts, by
 * conflict id: only envelopes that verify (their artifact hashes to their digest,
 * their id derives from it) and sit in their own file, whose artifact names the
 * conflict they are about. Read only when a batch revises something: a
 * revision names the head of this chain (spec/store.md, "Revising a decision").
 */
QHash<QString, QList<ChainLink>> resolutionEnvelopes(
    const StoreDir &dir, const QSet<QString> &conflictIds)
{
    QHash<QString, QList<ChainLink>> out;
    const int fd = dir.fd(StoreDir::Evidence);
    const int copy = fd < 0 ? -1 : ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    DIR *d = copy < 0 ? nullptr : ::fdopendir(copy);
    if (!d) {
        if (copy >= 0)
            ::close(copy);
        return out;
    }
    std::vector<QByteArray> names;
    while (const dirent *entry = ::readdir(d)) {
        const QByteArray name(entry->d_name);
        if (name.endsWith(".json"))
            names.push_back(name);
    }
    ::closedir(d);
    const QString display = dir.rootPath() + QStringLiteral("/evidence");
    for (const QByteArray &name : names) {
        const auto bytes = readAt(DirEntryRef { fd, display, name }, kMaxRecordFileSize);
        // Most envelopes are not decisions: parse only those that could be.
        if (!bytes
            || !bytes->contains(QByteArrayView(
                kResolutionEvidenceType.data(), qsizetype(kResolutionEvidenceType.size()))))
            continue;
        const auto parsed = parseJson(std::string_view(bytes->constData(), size_t(bytes->size())));
        if (!parsed.ok())
            continue;
        const Json &e = parsed.value;
        const QString subject = jsonString(jsonMember(e, "subject"));
        const Json &decision = jsonMember(jsonMember(e, "artifact"), "decision");
        if (!conflictIds.contains(subject)
            || jsonString(jsonMember(e, "evidence_type"))
                != QLatin1String(
                    kResolutionEvidenceType.data(), qsizetype(kResolutionEvidenceType.size()))
            || jsonString(jsonMember(decision, "conflict_id")) != subject
            || Evidence::checkFile(e, QFile::decodeName(name)).status != EvidenceStatus::Verified)
            continue;
        out[subject].append({ jsonString(jsonMember(e, "evidence_id")),
            jsonString(jsonMember(jsonMember(e, "artifact"), "supersedes")),
            jsonString(jsonMember(decision, "decided_at")),
            jsonString(jsonMember(decision, "operation_id")),
            jsonString(jsonMember(decision, "task_id")),
            jsonString(jsonMember(decision, "card_id")), jsonString(jsonMember(decision, "option")),
            jsonString(jsonMember(decision, "actor_id")),
            jsonString(jsonMember(decision, "rationale")) });
    }
    return out;
}

/**
 * The link of a decision chain that wrote the decision the card holds now: the
 * envelope whose decision names the card's id, selected option, actor, time and
 * rationale. Every envelope in evidence/ is hostile and anyone can make one
 * verify (they are unsigned), so which envelope claims to supersede which says
 * nothing about which is the latest: a planted envelope "superseding" the real
 * head, or a cycle, would otherwise become the envelope a revision supersedes
 * and break the chain a reviewer checks. The card on disk is what the
 * revision changes, so the envelope that wrote it is the one superseded. None
 * matching (the decision made outside Sync Desk, or its envelope gone): no
 * link. Several matching (a genuine revision always changes the card, so one
 * of them is planted): ambiguous, the revision is refused.
 */
struct ChainHead
{
    std::optional<ChainLink> link;
    QStringList ambiguous;
};

ChainHead chainHead(const QList<ChainLink> &links, const Json &card)
{
    const QString cardId = jsonString(jsonMember(card, "card_id"));
    const QString option = jsonString(jsonMember(card, "selected_option"));
    const QString actor = jsonString(jsonMember(card, "selected_by"));
    const QString at = jsonString(jsonMember(card, "selected_at"));
    const QString rationale = jsonString(jsonMember(card, "rationale"));
    ChainHead out;
    for (const auto &l : links) {
        if (l.cardId != cardId || l.option != option || l.actorId != actor || l.decidedAt != at
            || l.rationale != rationale)
            continue;
        if (out.link)
            out.ambiguous << l.evidenceId;
        else
            out.link = l;
    }
    if (!out.ambiguous.isEmpty())
        out.ambiguous.prepend(out.link->evidenceId);
    return out;
}

bool sameActor(const GateActor &a, const GateActor &b)
{
    return a.id == b.id && a.revoked == b.revoked && a.workspaceScope == b.workspaceScope
        && a.profileScope == b.profileScope && a.capabilities == b.capabilities;
}

bool samePolicy(const GatePolicy &a, const GatePolicy &b)
{
    return a.id == b.id && a.effect == b.effect && a.objectId == b.objectId
        && a.workspaceId == b.workspaceId && a.profileId == b.profileId
        && a.decidedAt == b.decidedAt;
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
    const QString &conflictId, const QString &cardId, DecisionOption option)
{
    const QByteArray basis
        = (conflictId + QLatin1Char('\n') + cardId + QLatin1Char('\n') + decisionOptionName(option))
              .toUtf8();
    return QStringLiteral("syncdesk-resolve-")
        + QString::fromLatin1(
            sha256Hex(std::string_view(basis.constData(), size_t(basis.size()))).left(24));
}

QString ResolutionWriter::revisionKey(const QString &conflictId, const QString &cardId,
    DecisionOption option, const QString &supersededEvidenceId)
{
    const QByteArray basis = (conflictId + QLatin1Char('\n') + cardId + QLatin1Char('\n')
        + decisionOptionName(option) + QStringLiteral("\nrevises\n") + supersededEvidenceId)
                                 .toUtf8();
    return QStringLiteral("syncdesk-revise-")
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
        if (auto error = ResolutionRecovery::run(dir, now, report.recovered, options.beforeStep)) {
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
    const DecidedOn decidedOn = DecidedOn::current();
    // The gate's inputs as their files hold them now, read once per id.
    QHash<QString, std::optional<Json>> actorRecords, policyRecords;
    // Decision chains, read once and only when the batch revises something.
    std::optional<QHash<QString, QList<ChainLink>>> chains;
    auto chainOf = [&](const QString &conflictId) {
        if (!chains) {
            QSet<QString> revised;
            for (const auto &d : decisions)
                if (d.revise)
                    revised.insert(d.conflictId);
            chains = resolutionEnvelopes(dir, revised);
        }
        return chains->value(conflictId);
    };

    // conflict id -> the outcome index of the decision planned for it, for repeats
    QHash<QString, int> decidedInBatch;
    // A repeat of a planned decision ends as that decision does: settled after it.
    std::vector<std::pair<int, int>> repeats; // (repeat's index, first's index)
    std::vector<Planned> planned;
    qint64 nextEvent = journalLines; // the daemon's count: non-empty lines, a torn one included
    for (const auto &d : decisions) {
        const int index = int(report.outcomes.size());
        report.outcomes.append(refused(d, Refusal::None, QString()));
        DecisionOutcome &out = report.outcomes.last();
        auto refuse
            = [&](Refusal r, const QString &message = QString()) { out = refused(d, r, message); };
        if (const auto it = decidedInBatch.constFind(d.conflictId); it != decidedInBatch.cend()) {
            const DecisionOption first = report.outcomes[*it].decision.option;
            if (first == d.option && report.outcomes[*it].decision.revise == d.revise)
                repeats.emplace_back(index, *it);
            else
                refuse(Refusal::NotPending,
                    tr("An earlier decision in this batch chose %1.")
                        .arg(decisionOptionName(first)));
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
            || jsonString(jsonMember(parsed.value, "conflict_id")) != d.conflictId) {
            refuse(Refusal::UnknownConflict,
                tr("%1 does not hold conflict %2.").arg(rel, d.conflictId));
            continue;
        }
        const Json &record = parsed.value;
        const Json &card = record["decision_card"];
        const QString cardId = jsonString(jsonMember(card, "card_id"));
        const QString key = idempotencyKey(d.conflictId, cardId, d.option);
        if (v.verdict == Verdict::Valid && !d.revise) {
            // The record's text stays in the messages; the comparison is typed.
            const QString selected = jsonString(jsonMember(card, "selected_option"));
            if (parseDecisionOption(selected) == d.option) {
                out.outcome = Outcome::AlreadyApplied;
                nameExistingRecords(
                    dir, d.conflictId, resolveOperationId(key), resolveTaskId(key), out);
                const QString by = jsonString(jsonMember(card, "selected_by"));
                const QString at = jsonString(jsonMember(card, "selected_at"));
                out.message = out.operationId.isEmpty()
                    ? tr("Already decided: %1 by %2 at %3, outside Sync Desk: no operation, "
                         "task or evidence of Sync Desk records it.")
                          .arg(selected, by, at)
                    : tr("Already decided: %1 by %2 at %3.").arg(selected, by, at);
            } else {
                refuse(Refusal::NotPending,
                    tr("Already decided: %1 by %2 at %3.")
                        .arg(selected, jsonString(jsonMember(card, "selected_by")),
                            jsonString(jsonMember(card, "selected_at"))));
            }
            continue;
        }
        if (d.revise && v.verdict == Verdict::Pending) {
            refuse(Refusal::NotDecided,
                tr("Conflict %1 is not decided yet: there is no decision to revise.")
                    .arg(d.conflictId));
            continue;
        }
        if (const auto expected = options.expectedVersions.constFind(d.conflictId);
            expected != options.expectedVersions.cend() && *expected != sha) {
            refuse(Refusal::ChangedOnDisk);
            continue;
        }
        if (v.verdict != (d.revise ? Verdict::Valid : Verdict::Pending)) {
            refuse(Refusal::NotPending,
                tr("The conflict record is invalid: %1").arg(v.errors.value(0).message));
            continue;
        }
        GateConflict gc;
        gc.id = d.conflictId;
        gc.objectId = jsonString(jsonMember(record, "object_id"));
        gc.workspaceId = jsonString(jsonMember(record, "workspace_id"));
        gc.profileId = jsonString(jsonMember(record, "profile_id"));
        gc.severity = jsonString(jsonMember(record, "severity"));
        for (const QString &o : jsonStrings(jsonMember(card, "options")))
            gc.options << parseDecisionOption(o);
        const QString recommendedText = jsonString(jsonMember(card, "recommended_option"));
        gc.recommended = parseDecisionOption(recommendedText);
        gc.pending = !d.revise;
        gc.revising = d.revise;
        // A revision: the envelope it supersedes, and the decision it revises.
        std::optional<ChainLink> head;
        if (d.revise) {
            const ChainHead found = chainHead(chainOf(d.conflictId), card);
            if (!found.ambiguous.isEmpty()) {
                auto ids = found.ambiguous;
                ids.sort();
                refuse(Refusal::ChangedOnDisk,
                    tr("Envelopes %1 all claim the decision on the card of %2: the decision "
                       "history cannot say which one a revision supersedes, so nothing was "
                       "written. Check the evidence folder.")
                        .arg(ids.join(QStringLiteral(", ")), d.conflictId));
                continue;
            }
            head = found.link;
            const QString selected = jsonString(jsonMember(card, "selected_option"));
            if (parseDecisionOption(selected) == d.option
                && jsonString(jsonMember(card, "selected_by")) == d.actorId
                && jsonString(jsonMember(card, "rationale")) == d.rationale) {
                // The same revision again: the card already says exactly this.
                out.outcome = Outcome::AlreadyApplied;
                if (head) {
                    out.evidenceId = head->evidenceId;
                    if (recordById(dir.fd(StoreDir::Operations), head->operationId, "operation_id"))
                        out.operationId = head->operationId;
                    if (recordById(dir.fd(StoreDir::Tasks), head->taskId, "task_id"))
                        out.taskId = head->taskId;
                }
                out.message
                    = tr("Already decided so: %1 by %2 at %3, with the same words.")
                          .arg(selected, d.actorId, jsonString(jsonMember(card, "selected_at")));
                continue;
            }
        }
        const auto actorIt = gate.actors.constFind(d.actorId);
        const OptionVerdict verdict
            = DecisionGate::check(gc, actorIt == gate.actors.cend() ? nullptr : &*actorIt, d.option,
                candidatePolicies(gate, gc), d.rationale);
        if (!verdict.allowed()) {
            refuse(verdict.refusal, verdict.message);
            continue;
        }

        // Every decision says why. The gate refused an empty rationale for any
        // option but the recommended one; accepting the recommendation without
        // words records the card's own reason, never an empty rationale.
        Decision written = d;
        // Never for a revision: it always says in its own words why it changes.
        if (DecisionGate::isBlankRationale(written.rationale) && d.option == gc.recommended
            && !d.revise)
            written.rationale
                = DecisionGate::acceptedRecommendationRationale(DecisionGate::recommendationReason(
                    jsonString(jsonMember(card, "rationale")), recommendedText));
        if (DecisionGate::isBlankRationale(written.rationale)) {
            // The last line of defence: whatever a caller or the gate missed.
            refuse(Refusal::RationaleRequired);
            continue;
        }

        // The gate's inputs as their files hold them now: recorded only while
        // they still say what the gate was told, else the decision waits.
        if (!actorRecords.contains(d.actorId))
            actorRecords.insert(d.actorId, readGateRecord(root, true, d.actorId));
        const std::optional<Json> &actorRecord = actorRecords[d.actorId];
        const QString actorFile = safeRecordId(d.actorId) + QStringLiteral(".json");
        const auto actorRead = actorRecord ? gateActorOf(*actorRecord, actorFile) : std::nullopt;
        if (actorIt == gate.actors.cend() || !actorRead || !sameActor(*actorRead, *actorIt)) {
            refuse(Refusal::ChangedOnDisk,
                tr("The actor record of %1 changed while the decision was checked; nothing "
                   "was written. Apply again.")
                    .arg(d.actorId));
            continue;
        }
        Json policyRecord;
        if (!verdict.policyId.isEmpty()) {
            if (!policyRecords.contains(verdict.policyId))
                policyRecords.insert(
                    verdict.policyId, readGateRecord(root, false, verdict.policyId));
            const std::optional<Json> &read = policyRecords[verdict.policyId];
            const auto policy = DecisionGate::governingPolicy(gc, candidatePolicies(gate, gc));
            const auto policyRead = read
                ? gatePolicyOf(*read, safeRecordId(verdict.policyId) + QStringLiteral(".json"))
                : std::nullopt;
            if (!policy || !policyRead || !samePolicy(*policyRead, *policy)) {
                refuse(Refusal::ChangedOnDisk,
                    tr("Policy decision %1 changed while the decision was checked; nothing was "
                       "written. Apply again.")
                        .arg(verdict.policyId));
                continue;
            }
            policyRecord = *read;
        }

        DecisionFacts facts;
        facts.decision = written;
        facts.actorRecord = *actorRecord;
        facts.policyRecord = std::move(policyRecord);
        facts.decidedOn = decidedOn;
        facts.conflictBefore = record;
        facts.conflictPath = rel;
        facts.now = now;
        facts.policyId = verdict.policyId;
        facts.policyEffect = verdict.policyEffect;
        if (const auto hint = detectHint(snapshot, d.conflictId)) {
            facts.detectingOperationId = hint->operationId;
            facts.deviceId = hint->deviceId;
            facts.encryptionProfile = hint->encryptionProfile;
            facts.checkpointRef = hint->checkpointRef;
        }
        if (facts.deviceId.isEmpty())
            facts.deviceId = jsonStrings(jsonMember(record, "devices")).value(0);
        if (d.revise) {
            // The resolve operation of the decision revised: the head envelope's,
            // or (its envelope gone) the one Sync Desk derives for the card as it
            // is; none when the decision was made outside Sync Desk.
            QString previous;
            if (head) {
                facts.supersedes = head->evidenceId;
                previous = head->operationId;
            } else {
                previous = resolveOperationId(idempotencyKey(d.conflictId, cardId,
                    parseDecisionOption(jsonString(jsonMember(card, "selected_option")))));
            }
            if (recordById(dir.fd(StoreDir::Operations), previous, "operation_id"))
                facts.previousOperationId = previous;
        }
        Planned p = planDecision(facts, ++nextEvent);
        p.outcome = index;
        p.beforeBytes = bytes;
        p.beforeSha = sha;

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
            : d.revise
            ? tr("Revised %1 to %2 (was %3); queued %4.")
                  .arg(d.conflictId, decisionOptionName(d.option),
                      jsonString(jsonMember(card, "selected_option")), p.operationId)
            : tr("Decided %1; queued %2.").arg(decisionOptionName(d.option), p.operationId);
        decidedInBatch.insert(d.conflictId, index);
        planned.push_back(std::move(p));
    }

    auto settleRepeats = [&](bool announce) {
        for (const auto &[repeat, first] : repeats) {
            const DecisionOutcome &f = report.outcomes[first];
            DecisionOutcome &out = report.outcomes[repeat];
            if (f.outcome == Outcome::Refused) {
                out = refused(out.decision, f.refusal,
                    tr("The same decision earlier in this batch was refused: %1").arg(f.message));
            } else {
                const Decision d = out.decision;
                out = f;
                out.decision = d;
                out.outcome = Outcome::AlreadyApplied;
                out.paths.clear();
                out.message = tr("The same decision appears earlier in this batch.");
                if (f.outcome == Outcome::WouldApply) {
                    // Nothing was written: no record to name.
                    out.evidenceId = out.operationId = out.taskId = out.eventId = QString();
                    out.message = tr("The same decision appears earlier in this batch and "
                                     "would be applied there.");
                }
            }
            if (announce && options.progress)
                options.progress(out);
        }
    };
    QSet<int> repeatIndexes;
    for (const auto &r : repeats)
        repeatIndexes.insert(r.first);

    if (options.dryRun) {
        settleRepeats(false);
        for (const auto &o : std::as_const(report.outcomes))
            if (options.progress)
                options.progress(o);
        return report;
    }

    // Refusals are final now; report them before the writing starts.
    QSet<int> plannedIndexes;
    for (const auto &p : planned)
        plannedIndexes.insert(p.outcome);
    for (int i = 0; i < report.outcomes.size(); ++i)
        if (!plannedIndexes.contains(i) && !repeatIndexes.contains(i) && options.progress)
            options.progress(report.outcomes[i]);

    const std::size_t chunk = std::size_t(std::max(1, options.chunkSize));
    qint64 linesBefore = journalLines;
    qint64 generationBefore = generation;
    for (std::size_t start = 0; start < planned.size(); start += chunk) {
        std::vector<Planned> batch(std::make_move_iterator(planned.begin() + long(start)),
            std::make_move_iterator(
                planned.begin() + long(std::min(planned.size(), start + chunk))));
        if (auto error = BatchWriter::write(
                dir, batch, linesBefore, generationBefore, now, options.beforeStep)) {
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
            settleRepeats(true);
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
    settleRepeats(true);
    return report;
}

} // namespace SyncDesk
