// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/review/conflicttrail.h"

#include "core/json/json.h"
#include "core/records/evidence.h"
#include "core/records/recordread.h"
#include "core/records/timestamp.h"
#include "core/resolution/decidedon.h"
#include "core/resolution/gate.h"
#include "core/store/journallinereader.h"
#include "core/store/store.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <memory>
#include <numeric>
#include <string>

namespace SyncDesk {
namespace {

/// More decisions than this on one conflict is not a reviewer's history but a flood.
constexpr int kMaxEnvelopes = 1000;

constexpr char kResolutionType[] = "conflict-resolution";
constexpr char kResolveType[] = "sync.conflict.resolve";

QString utc(qint64 ms)
{
    return ms == kNoTime ? QString() : formatUtcTimestamp(ms);
}

qint64 instant(const QString &text)
{
    return parseTimestampInstant(text.toStdString()).value_or(kNoTime);
}

QString member(const Json &object, std::string_view key)
{
    return jsonString(jsonMember(object, key));
}

QString evidenceStatusText(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::Verified:
        return QStringLiteral("verified");
    case EvidenceStatus::Tampered:
        return QStringLiteral("tampered");
    case EvidenceStatus::Invalid:
        return QStringLiteral("invalid");
    case EvidenceStatus::Suspect:
        return QStringLiteral("suspect");
    }
    return {};
}

/// A group of entries: its head at a time, the records it names after it.
struct Group final
{
    qint64 time = kNoTime;
    int order = 0;
    QList<TrailEntry> entries;
};

/// One conflict-resolution envelope as read from its file.
struct Envelope final
{
    qint32 row = -1;
    QString id, file, status, statusMessage, generated;
    QString conflictId, actorId, option, rationale, decidedAt, policyRef, policyEffect;
    QString operationId, taskId, supersedes;
    DecidedOn decidedOn;
    bool gateActor = false, gatePolicy = false;
    bool readable = false;
};

class Builder final
{
public:
    Builder(const Store &s, quint32 row)
        : m_s(s)
        , m_row(row)
        , m_c(s.conflicts()[row])
        , m_conflictId(s.text(m_c.id))
    { }

    QList<TrailEntry> build(QStringList &chain);

private:
    QString fileOf(quint32 file) const { return m_s.files()[file].path; }
    Group &group(qint64 time)
    {
        m_groups.push_back(Group { time, int(m_groups.size()), {} });
        return m_groups.back();
    }
    void detection();
    void conflict();
    void decisions(QStringList &chain);
    void outsideDecision();
    void resolveWork();
    void journal();

    Envelope readEnvelope(qint32 row) const;
    TrailEntry evidenceEntry(const QString &reference, const QString &namedBy) const;
    void addEvidenceRefs(Group &g, const SymList &refs, const QString &namedBy);
    TrailEntry actorEntry(const QString &actorId, bool snapshot) const;
    TrailEntry policyEntry(const QString &policyId, bool snapshot) const;

    const Store &m_s;
    quint32 m_row;
    const ConflictRecord &m_c;
    QString m_conflictId;
    std::vector<Group> m_groups;
    /// Envelope ids the decisions already show: a reference to one adds nothing.
    QSet<QString> m_shownEvidence;
    std::vector<quint32> m_resolveOps;
    QList<Envelope> m_envelopes;
};

TrailEntry Builder::evidenceEntry(const QString &reference, const QString &namedBy) const
{
    TrailEntry e;
    e.kind = TrailEntry::Kind::Evidence;
    e.recordId = Evidence::referenceName(reference);
    const qint32 row = m_s.findEvidence(e.recordId);
    if (row < 0) {
        e.missing = true;
        e.status = QStringLiteral("missing");
        e.title = ConflictTrail::tr("Evidence %1 is missing").arg(e.recordId);
        e.detail = ConflictTrail::tr("Named by %1, but the store has no envelope with this id at "
                                     "its own file name.")
                       .arg(namedBy);
        if (const QString hint = m_s.misnamedEvidenceHint(e.recordId); !hint.isEmpty())
            e.detail += QLatin1Char(' ') + hint;
        return e;
    }
    const EvidenceRecord &r = m_s.evidence()[quint32(row)];
    e.file = fileOf(r.file);
    e.time = r.generated;
    e.at = utc(r.generated);
    e.status = evidenceStatusText(r.status);
    e.title = ConflictTrail::tr("Evidence %1 (%2)").arg(e.recordId, m_s.text(r.type));
    e.detail = ConflictTrail::tr("Named by %1.").arg(namedBy);
    if (!r.statusMessage.isEmpty())
        e.detail += QLatin1Char(' ') + r.statusMessage;
    return e;
}

void Builder::addEvidenceRefs(Group &g, const SymList &refs, const QString &namedBy)
{
    for (const Sym ref : refs) {
        const QString id = Evidence::referenceName(m_s.text(ref));
        if (id.isEmpty() || m_shownEvidence.contains(id))
            continue;
        // Shown once, after the first record that names it.
        m_shownEvidence.insert(id);
        g.entries << evidenceEntry(id, namedBy);
    }
}

TrailEntry Builder::actorEntry(const QString &actorId, bool snapshot) const
{
    TrailEntry e;
    e.kind = TrailEntry::Kind::Actor;
    e.recordId = actorId;
    e.actorId = actorId;
    const Sym sym = m_s.strings().find(actorId);
    const auto it = m_s.relations().actorById.constFind(sym);
    if (actorId.isEmpty() || sym == kNoSym || it == m_s.relations().actorById.cend()) {
        e.missing = true;
        e.status = QStringLiteral("missing");
        e.title = actorId.isEmpty() ? ConflictTrail::tr("No actor recorded")
                                    : ConflictTrail::tr("Actor %1 is missing").arg(actorId);
        e.detail = ConflictTrail::tr("The store has no actor record of this id.");
    } else {
        const ActorRecord &a = m_s.actors()[*it];
        e.file = fileOf(a.file);
        e.time = a.created;
        e.at = utc(a.created);
        e.title = ConflictTrail::tr("Actor %1 (%2)")
                      .arg(a.displayName.isEmpty() ? actorId : a.displayName, m_s.text(a.type));
        QStringList parts;
        parts << ConflictTrail::tr("Capabilities: %1")
                     .arg(QStringList([&] {
                         QStringList c;
                         for (Sym cap : a.capabilities)
                             c << m_s.text(cap);
                         return c;
                     }())
                              .join(QStringLiteral(", ")));
        if (a.revoked)
            parts << ConflictTrail::tr("Revoked %1").arg(utc(a.revokedAt));
        if (a.identity != kNoSym)
            parts << ConflictTrail::tr("Identity: %1").arg(m_s.text(a.identity));
        e.detail = parts.join(QStringLiteral(" · "));
        e.status = a.revoked ? QStringLiteral("revoked") : QString();
    }
    if (snapshot)
        e.detail += (e.detail.isEmpty() ? QString() : QStringLiteral("\n"))
            + ConflictTrail::tr("The envelope also holds this actor record as it was when the "
                                "decision was made.");
    return e;
}

TrailEntry Builder::policyEntry(const QString &policyId, bool snapshot) const
{
    TrailEntry e;
    e.kind = TrailEntry::Kind::Policy;
    e.recordId = policyId;
    const Sym sym = m_s.strings().find(policyId);
    const auto it = m_s.relations().policyById.constFind(sym);
    if (sym == kNoSym || it == m_s.relations().policyById.cend()) {
        // policy_decision_ref may name the evidence of a policy decision.
        if (const qint32 ev = m_s.findEvidence(policyId); ev >= 0) {
            e = evidenceEntry(policyId, ConflictTrail::tr("the decision's policy reference"));
            e.kind = TrailEntry::Kind::Policy;
            return e;
        }
        e.missing = true;
        e.status = QStringLiteral("missing");
        e.title = ConflictTrail::tr("Policy decision %1 is missing").arg(policyId);
        e.detail = ConflictTrail::tr("The store has no policy decision record of this id.");
    } else {
        const PolicyDecisionRecord &p = m_s.policyDecisions()[*it];
        e.file = fileOf(p.file);
        e.time = p.decided;
        e.at = utc(p.decided);
        e.status = m_s.text(p.effect);
        e.title = ConflictTrail::tr("Policy decision: %1 (%2 %3)")
                      .arg(m_s.text(p.effect), m_s.text(p.policyId), m_s.text(p.policyVersion));
        e.detail = p.rationale;
    }
    if (snapshot)
        e.detail += (e.detail.isEmpty() ? QString() : QStringLiteral("\n"))
            + ConflictTrail::tr("The envelope also holds this policy decision as it was when the "
                                "decision was made.");
    return e;
}

void Builder::detection()
{
    const StoreRelations &rel = m_s.relations();
    // The daemon's detection; without one, any other operation that names the
    // conflict is what recorded it (the store's own reconciles, replays).
    Adjacency<quint32>::Row ops = rel.detectingOperations[m_row];
    if (ops.empty())
        ops = rel.otherOperations[m_row];
    for (const quint32 row : ops) {
        const OperationRecord &op = m_s.operations()[row];
        Group &g = group(op.created != kNoTime ? op.created : op.updated);
        TrailEntry e;
        e.kind = TrailEntry::Kind::Detection;
        e.recordId = m_s.text(op.id);
        e.file = fileOf(op.file);
        e.time = g.time;
        e.at = utc(g.time);
        e.status = m_s.text(op.status);
        e.actorId = m_s.text(op.actor);
        e.title
            = ConflictTrail::tr("Detected by operation %1 (%2)").arg(e.recordId, m_s.text(op.type));
        QStringList parts;
        parts << ConflictTrail::tr("Status: %1").arg(e.status);
        if (op.updated != kNoTime)
            parts << ConflictTrail::tr("updated %1").arg(utc(op.updated));
        if (op.actor != kNoSym)
            parts << ConflictTrail::tr("by %1").arg(e.actorId);
        if (op.device != kNoSym)
            parts << ConflictTrail::tr("on %1").arg(m_s.text(op.device));
        e.detail = parts.join(QStringLiteral(" · "));
        g.entries << e;
        addEvidenceRefs(g, op.evidenceRefs, ConflictTrail::tr("operation %1").arg(e.recordId));
    }
}

void Builder::conflict()
{
    Group &g = group(m_c.created);
    TrailEntry e;
    e.kind = TrailEntry::Kind::Conflict;
    e.recordId = m_conflictId;
    e.file = fileOf(m_c.file);
    e.time = m_c.created;
    e.at = utc(m_c.created);
    e.status = m_c.state == CardState::Pending ? QStringLiteral("pending")
        : m_c.state == CardState::Decided      ? QStringLiteral("decided")
                                               : QStringLiteral("invalid");
    e.title = ConflictTrail::tr("Conflict %1 on %2 (%3)")
                  .arg(m_conflictId, m_s.text(m_c.object), m_s.text(m_c.severity));
    QStringList actors;
    for (Sym a : m_c.actors)
        actors << m_s.text(a);
    e.detail = m_c.explanation;
    if (!actors.isEmpty())
        e.detail += (e.detail.isEmpty() ? QString() : QStringLiteral("\n"))
            + ConflictTrail::tr("Sides: %1").arg(actors.join(QStringLiteral(", ")));
    g.entries << e;
}

Envelope Builder::readEnvelope(qint32 row) const
{
    Envelope env;
    env.row = row;
    const EvidenceRecord &r = m_s.evidence()[quint32(row)];
    env.id = m_s.text(r.id);
    env.file = fileOf(r.file);
    env.status = evidenceStatusText(r.status);
    env.statusMessage = r.statusMessage;
    env.generated = utc(r.generated);
    // Bounded, never following a symlink, not validated again: the load did.
    const RecordRead read
        = RecordReader::read(m_s.absolutePath(r.file), m_s.mode(), kMaxRecordFileSize, false);
    if (!read.json || !read.json->is_object() || member(*read.json, "evidence_id") != env.id)
        return env;
    env.readable = true;
    const Json &artifact = jsonMember(*read.json, "artifact");
    const Json &d = jsonMember(artifact, "decision");
    env.conflictId = member(d, "conflict_id");
    env.actorId = member(d, "actor_id");
    env.option = member(d, "option");
    env.rationale = member(d, "rationale");
    env.decidedAt = member(d, "decided_at");
    env.policyRef = member(d, "policy_decision_ref");
    env.policyEffect = member(d, "policy_effect");
    env.operationId = member(d, "operation_id");
    env.taskId = member(d, "task_id");
    env.decidedOn = DecidedOn::fromJson(jsonMember(d, "decided_on"));
    env.supersedes = Evidence::referenceName(member(artifact, "supersedes"));
    const Json &gate = jsonMember(artifact, "gate");
    env.gateActor = jsonMember(gate, "actor").is_object();
    const Json &gatePolicy = jsonMember(gate, "policy_decision");
    env.gatePolicy = gatePolicy.is_object();
    if (env.policyRef.isEmpty() && env.gatePolicy) {
        const Json &record = jsonMember(gatePolicy, "record");
        env.policyRef = member(record.is_object() ? record : gatePolicy, "decision_id");
    }
    return env;
}

void Builder::decisions(QStringList &chain)
{
    // Every conflict-resolution envelope about this conflict at its own file
    // name, and those the resolve work names.
    QList<qint32> rows;
    const Sym type = m_s.strings().find(std::string_view(kResolutionType));
    for (quint32 i = 0; i < m_s.evidence().size() && rows.size() < kMaxEnvelopes; ++i) {
        const EvidenceRecord &r = m_s.evidence()[i];
        if (type != kNoSym && r.type == type && r.subject == m_c.id
            && m_s.findEvidence(m_s.text(r.id)) == qint32(i))
            rows << qint32(i);
    }
    for (const quint32 opRow : m_resolveOps)
        for (const Sym ref : m_s.operations()[opRow].evidenceRefs) {
            const qint32 e = m_s.findEvidence(m_s.text(ref));
            if (e >= 0 && m_s.evidence()[quint32(e)].type == type && !rows.contains(e)
                && rows.size() < kMaxEnvelopes)
                rows << e;
        }
    QHash<QString, int> byId;
    for (const qint32 row : std::as_const(rows)) {
        Envelope env = readEnvelope(row);
        byId.insert(env.id, int(m_envelopes.size()));
        m_envelopes << env;
    }

    // The chain: roots (superseding nothing in the store) by time, then each
    // one's successors; a missing superseded envelope heads its branch.
    auto timeOf = [](const Envelope &e) {
        const qint64 t = instant(e.decidedAt);
        return t != kNoTime ? t : instant(e.generated);
    };
    QList<int> order(m_envelopes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return timeOf(m_envelopes[a]) < timeOf(m_envelopes[b]); });
    QSet<int> placed;
    std::function<void(int)> follow = [&](int i) {
        if (placed.contains(i))
            return;
        placed.insert(i);
        chain << m_envelopes[i].id;
        for (const int j : std::as_const(order))
            if (m_envelopes[j].supersedes == m_envelopes[i].id)
                follow(j);
    };
    QSet<QString> missingHeads;
    for (const int i : std::as_const(order)) {
        const QString &sup = m_envelopes[i].supersedes;
        if (sup.isEmpty() || sup == m_envelopes[i].id) {
            follow(i);
        } else if (!byId.contains(sup)) {
            if (!missingHeads.contains(sup)) {
                missingHeads.insert(sup);
                chain << sup;
            }
            follow(i);
        }
    }
    // A cycle of supersedes has no root: in time order after the rest.
    for (const int i : std::as_const(order))
        follow(i);

    for (const Envelope &env : std::as_const(m_envelopes)) {
        m_shownEvidence.insert(env.id);
        const qint64 t = timeOf(env);
        Group &g = group(t);
        TrailEntry e;
        e.kind = env.supersedes.isEmpty() ? TrailEntry::Kind::Decision : TrailEntry::Kind::Revision;
        e.recordId = env.id;
        e.file = env.file;
        e.time = t;
        e.at = env.decidedAt.isEmpty() ? env.generated : env.decidedAt;
        e.status = env.status;
        e.actorId = env.actorId;
        e.option = env.option;
        e.rationale = env.rationale;
        e.supersedes = env.supersedes;
        if (!env.decidedOn.isEmpty())
            e.decidedOn
                = ConflictTrail::tr("%1 on %2, Sync Desk %3")
                      .arg(env.decidedOn.osUser, env.decidedOn.host, env.decidedOn.appVersion);
        if (!env.readable) {
            e.title = ConflictTrail::tr("Decision envelope %1 cannot be read").arg(env.id);
        } else if (e.kind == TrailEntry::Kind::Revision) {
            e.title = ConflictTrail::tr("Revised: %1 by %2").arg(env.option, env.actorId);
        } else {
            e.title = ConflictTrail::tr("Decided: %1 by %2").arg(env.option, env.actorId);
        }
        QStringList lines;
        if (!env.rationale.isEmpty())
            lines << ConflictTrail::tr("Words: “%1”").arg(env.rationale);
        if (!e.decidedOn.isEmpty())
            lines << ConflictTrail::tr("At the keyboard: %1").arg(e.decidedOn);
        if (!env.supersedes.isEmpty())
            lines << ConflictTrail::tr("Supersedes %1").arg(env.supersedes);
        if (!env.operationId.isEmpty())
            lines << ConflictTrail::tr("Queued %1").arg(env.operationId);
        if (env.status != QLatin1String("verified") && !env.statusMessage.isEmpty())
            lines << env.statusMessage;
        e.detail = lines.join(QLatin1Char('\n'));
        g.entries << e;
        if (!env.supersedes.isEmpty() && missingHeads.contains(env.supersedes)) {
            TrailEntry m = evidenceEntry(
                env.supersedes, ConflictTrail::tr("the supersedes of envelope %1").arg(env.id));
            m.kind = TrailEntry::Kind::Decision;
            g.entries << m;
            m_shownEvidence.insert(env.supersedes);
        }
        if (!env.policyRef.isEmpty())
            g.entries << policyEntry(env.policyRef, env.gatePolicy);
        if (env.readable)
            g.entries << actorEntry(env.actorId, env.gateActor);
    }
}

void Builder::outsideDecision()
{
    if (m_c.state != CardState::Decided)
        return;
    const QString option = m_c.card.selectedOption == DecisionOption::None
        ? m_s.text(m_c.card.selected)
        : decisionOptionName(m_c.card.selectedOption);
    const QString by = m_s.text(m_c.card.selectedBy);
    // The card as the last envelope left it: that decision is already shown.
    for (const Envelope &env : std::as_const(m_envelopes))
        if (env.readable && env.option == option && env.actorId == by
            && env.rationale == m_c.card.rationale)
            return;
    Group &g = group(m_c.card.selectedAt);
    TrailEntry e;
    e.kind = TrailEntry::Kind::Decision;
    e.recordId = m_conflictId;
    e.file = fileOf(m_c.file);
    e.time = m_c.card.selectedAt;
    e.at = utc(m_c.card.selectedAt);
    e.actorId = by;
    e.option = option;
    e.rationale = m_c.card.rationale;
    e.status = QStringLiteral("decided");
    e.title = ConflictTrail::tr("Decided: %1 by %2").arg(option, by);
    QStringList lines;
    if (!e.rationale.isEmpty())
        lines << ConflictTrail::tr("Words: “%1”").arg(e.rationale);
    lines << (m_envelopes.isEmpty()
            ? ConflictTrail::tr("No evidence envelope: decided outside Sync Desk, as the conflict "
                                "record's card says.")
            : ConflictTrail::tr("The card differs from every envelope: changed outside Sync "
                                "Desk."));
    e.detail = lines.join(QLatin1Char('\n'));
    g.entries << e;
    const GateConflict gc = DecisionGate::conflictFrom(m_s, m_row);
    if (const auto policy = DecisionGate::governingPolicy(gc, DecisionGate::policiesFrom(m_s)))
        g.entries << policyEntry(policy->id, false);
    g.entries << actorEntry(by, false);
}

void Builder::resolveWork()
{
    const StoreRelations &rel = m_s.relations();
    QSet<quint32> tasks;
    for (const quint32 opRow : m_resolveOps) {
        const OperationRecord &op = m_s.operations()[opRow];
        const qint64 t = op.updated != kNoTime ? op.updated : op.created;
        Group &g = group(t);
        TrailEntry e;
        e.kind = TrailEntry::Kind::ResolveOperation;
        e.recordId = m_s.text(op.id);
        e.file = fileOf(op.file);
        e.time = t;
        e.at = utc(t);
        e.status = m_s.text(op.status);
        e.actorId = m_s.text(op.actor);
        e.title = ConflictTrail::tr("Resolve operation %1: %2").arg(e.recordId, e.status);
        QStringList parts;
        if (op.created != kNoTime)
            parts << ConflictTrail::tr("queued %1").arg(utc(op.created));
        if (op.updated != kNoTime && op.updated != op.created)
            parts << ConflictTrail::tr("last moved %1").arg(utc(op.updated));
        if (rel.tasksOfOperation[opRow].empty())
            parts << ConflictTrail::tr("no task in the store");
        e.detail = parts.join(QStringLiteral(" · "));
        g.entries << e;
        addEvidenceRefs(g, op.evidenceRefs, ConflictTrail::tr("operation %1").arg(e.recordId));
        for (const quint32 t : rel.tasksOfOperation[opRow])
            tasks.insert(t);
    }
    // Tasks about the conflict whose operation is not (or no longer) in the store.
    for (quint32 i = 0; i < m_s.tasks().size(); ++i)
        if (m_s.tasks()[i].conflict == m_c.id
            && m_s.text(m_s.tasks()[i].type) == QLatin1String(kResolveType))
            tasks.insert(i);
    QList<quint32> sorted(tasks.begin(), tasks.end());
    std::sort(sorted.begin(), sorted.end());
    for (const quint32 row : std::as_const(sorted)) {
        const TaskRecord &task = m_s.tasks()[row];
        const qint64 t = task.updated != kNoTime ? task.updated : task.created;
        Group &g = group(t);
        TrailEntry e;
        e.kind = TrailEntry::Kind::ResolveTask;
        e.recordId = m_s.text(task.id);
        e.file = fileOf(task.file);
        e.time = t;
        e.at = utc(t);
        e.status = m_s.text(task.status);
        e.title = ConflictTrail::tr("Task %1, attempt %2: %3")
                      .arg(e.recordId)
                      .arg(task.attempt)
                      .arg(e.status);
        QStringList parts;
        parts << ConflictTrail::tr("of %1").arg(m_s.text(task.operation));
        if (rel.operationOfTask[row] < 0)
            parts << ConflictTrail::tr("that operation is not in the store");
        if (task.created != kNoTime)
            parts << ConflictTrail::tr("created %1").arg(utc(task.created));
        if (task.started != kNoTime)
            parts << ConflictTrail::tr("started %1").arg(utc(task.started));
        if (task.completed != kNoTime)
            parts << ConflictTrail::tr("completed %1").arg(utc(task.completed));
        e.detail = parts.join(QStringLiteral(" · "));
        g.entries << e;
        addEvidenceRefs(g, task.evidenceRefs, ConflictTrail::tr("task %1").arg(e.recordId));
    }
}

void Builder::journal()
{
    // Lines about the conflict, its resolve operations and tasks (their
    // object_id, or a payload naming the operation), found through the
    // load's index of events and re-read, bounded, at their offsets.
    QSet<Sym> about { m_c.id };
    QSet<QString> ops;
    for (const quint32 opRow : m_resolveOps) {
        const OperationRecord &op = m_s.operations()[opRow];
        about.insert(op.id);
        ops.insert(m_s.text(op.id));
        if (op.localId != kNoSym) {
            about.insert(op.localId);
            ops.insert(m_s.text(op.localId));
        }
        for (const quint32 t : m_s.relations().tasksOfOperation[opRow])
            about.insert(m_s.tasks()[t].id);
    }
    about.remove(kNoSym);
    std::unique_ptr<JournalLineReader> file;
    for (const JournalEvent &ev : m_s.journal().events) {
        if (!about.contains(ev.objectId))
            continue;
        if (!file)
            file = std::make_unique<JournalLineReader>(m_s.root());
        const std::string bytes = file->line(ev.offset);
        const auto parsed = parseJson(bytes);
        // A line rewritten since the load is not the one counted there.
        if (!parsed.ok() || !parsed.value.is_object()
            || member(parsed.value, "event_id") != m_s.text(ev.eventId))
            continue;
        const Json &line = parsed.value;
        const Json &payload = jsonMember(line, "payload");
        Group &g = group(ev.created);
        TrailEntry e;
        e.kind = TrailEntry::Kind::Journal;
        e.recordId = m_s.text(ev.eventId);
        e.file = QStringLiteral("journal.jsonl");
        e.time = ev.created;
        e.at = member(line, "created_at");
        e.line = ev.line;
        e.lineText = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        e.actorId = member(payload, "actor_id");
        e.option = member(payload, "option");
        const QString op = member(payload, "operation_id");
        e.title = ConflictTrail::tr("Journal line %1: %2 %3 by %4")
                      .arg(ev.line)
                      .arg(m_s.text(ev.type), m_s.text(ev.objectId), m_s.text(ev.producer));
        QStringList parts;
        parts << ConflictTrail::tr("lane %1").arg(m_s.text(ev.lane));
        if (!e.option.isEmpty())
            parts << ConflictTrail::tr("option %1").arg(e.option);
        if (!op.isEmpty())
            parts << ConflictTrail::tr("operation %1").arg(op);
        if (const QString ev2 = member(payload, "evidence_id"); !ev2.isEmpty())
            parts << ConflictTrail::tr("evidence %1").arg(ev2);
        e.detail = parts.join(QStringLiteral(" · "));
        g.entries << e;
        if (const QString evidence = member(payload, "evidence_id");
            !evidence.isEmpty() && !m_shownEvidence.contains(Evidence::referenceName(evidence))) {
            m_shownEvidence.insert(Evidence::referenceName(evidence));
            g.entries << evidenceEntry(evidence, ConflictTrail::tr("journal line %1").arg(ev.line));
        }
    }
}

QList<TrailEntry> Builder::build(QStringList &chain)
{
    const auto &resolving = m_s.relations().resolvingOperations[m_row];
    m_resolveOps.assign(resolving.begin(), resolving.end());
    detection();
    conflict();
    decisions(chain);
    outsideDecision();
    resolveWork();
    journal();
    // Time order; a group without a time goes last, in the order it was made.
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        const bool an = a.time == kNoTime, bn = b.time == kNoTime;
        if (an != bn)
            return bn;
        return a.time < b.time;
    });
    QList<TrailEntry> out;
    for (const Group &g : m_groups)
        out << g.entries;
    return out;
}

} // namespace

ConflictTrail ConflictTrail::build(const Store &store, const QString &conflictId)
{
    ConflictTrail trail;
    trail.m_conflictId = conflictId;
    const Sym sym = store.strings().find(conflictId);
    const auto it = store.relations().conflictById.constFind(sym);
    if (sym == kNoSym || it == store.relations().conflictById.cend()
        || *it >= store.conflicts().size() || *it >= store.relations().resolvingOperations.size())
        return trail;
    Builder builder(store, *it);
    trail.m_entries = builder.build(trail.m_decisionChain);
    return trail;
}

QStringList ConflictTrail::recordFiles() const
{
    QStringList files;
    for (const TrailEntry &e : m_entries)
        if (!e.file.isEmpty() && !files.contains(e.file))
            files << e.file;
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace SyncDesk
