// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/conflictrows.h"

#include "core/io/runbeside_p.h"
#include "core/json/json.h"
#include "core/models/conflictmodel.h"
#include "core/models/operationmodel.h"
#include "core/resolution/decidedon.h"
#include "core/store/store.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <utility>
#include <vector>

namespace SyncDesk {

QString ConflictRows::formatTime(const QLocale &locale, qint64 ms)
{
    if (ms == kNoTime)
        return QString();
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

int ConflictRows::severityRank(const QString &severity)
{
    if (severity == QLatin1String("blocking"))
        return 0;
    if (severity == QLatin1String("review_required"))
        return 1;
    if (severity == QLatin1String("warning"))
        return 2;
    if (severity == QLatin1String("info"))
        return 3;
    return 4;
}

void ConflictRows::reset(const Store *store, const QString &actorId)
{
    m_store = store;
    m_rows.clear();
    m_verdicts.clear();
    m_decided.clear();
    m_rowById.clear();
    m_policies.clear();
    m_actor.reset();
    if (!m_store)
        return;
    m_actor = DecisionGate::actorFrom(*m_store, actorId);
    buildIndexes();
    const int n = int(m_store->conflicts().size());
    m_rows.resize(std::size_t(n));
    m_verdicts.assign(std::size_t(n), ConflictVerdicts {});
    m_decided.assign(std::size_t(n), DecidedRecord {});
    // Rows are independent and only read the store (whose strings are safe
    // to read from several threads): a second thread builds half of them.
    // 10k conflicts took ~90 ms on the UI thread at every load.
    // What either thread throws (bad_alloc) leaves reset() after both are done.
    const int half = n >= kRowsPerThread * 2 ? n / 2 : n;
    const auto rows = [this](int from, int to) {
        for (int i = from; i < to; ++i)
            m_rows[std::size_t(i)] = makeRow(i);
    };
    if (half < n)
        runBeside([&] { rows(half, n); }, [&] { rows(0, half); });
    else
        rows(0, n);
    // In row order, as buildRow() would: of two rows with one id, the last is found.
    m_rowById.reserve(n);
    for (int i = 0; i < n; ++i)
        m_rowById.insert(m_rows[std::size_t(i)].id, i);
}

void ConflictRows::setActor(const QString &actorId)
{
    m_actor = m_store ? DecisionGate::actorFrom(*m_store, actorId) : std::nullopt;
    invalidateVerdicts();
}

void ConflictRows::reloadGate(const QString &actorId)
{
    if (!m_store)
        return;
    m_actor = DecisionGate::actorFrom(*m_store, actorId);
    buildIndexes();
    invalidateVerdicts();
}

void ConflictRows::rebuild(int row)
{
    if (!contains(row))
        return;
    m_rowById.remove(m_rows[std::size_t(row)].id);
    buildRow(row);
    m_verdicts[std::size_t(row)].computed = false;
    m_decided[std::size_t(row)] = DecidedRecord {};
}

void ConflictRows::appendUpTo(int last)
{
    const int from = size();
    if (last < from)
        return;
    m_rows.resize(std::size_t(last) + 1);
    m_verdicts.resize(std::size_t(last) + 1);
    m_decided.resize(std::size_t(last) + 1);
    for (int row = from; row <= last; ++row)
        buildRow(row);
}

void ConflictRows::buildIndexes()
{
    m_policies.clear();
    const auto &policies = m_store->policyDecisions();
    for (quint32 i = 0; i < quint32(policies.size()); ++i) {
        const PolicyDecisionRecord &p = policies[i];
        m_policies[{ p.workspace, p.profile, p.object }].indexes.push_back(i);
    }
}

const QList<GatePolicy> &ConflictRows::policiesOf(const PolicyScope &scope) const
{
    static const QList<GatePolicy> none;
    const auto it = m_policies.constFind(scope);
    if (it == m_policies.cend())
        return none;
    if (!it->read) {
        QList<GatePolicy> read;
        for (quint32 index : it->indexes)
            if (auto policy = DecisionGate::policyFrom(*m_store, index))
                read.append(std::move(*policy));
        it->read = std::move(read);
    }
    return *it->read;
}

void ConflictRows::buildRow(int row)
{
    m_rows[std::size_t(row)] = makeRow(row);
    m_rowById.insert(m_rows[std::size_t(row)].id, row);
}

ConflictRow ConflictRows::makeRow(int row) const
{
    const Store &s = *m_store;
    const ConflictRecord &c = s.conflicts()[std::size_t(row)];
    ConflictRow r;
    r.id = s.text(c.id);
    r.severityRank = severityRank(s.text(c.severity));
    r.offered = c.card.offered;
    r.recommended = c.card.recommendedOption;
    r.selected = c.card.selectedOption;
    r.version = QString::fromLatin1(c.versionToken.toHex());

    for (Sym a : c.actors)
        r.actors << s.text(a);
    for (Sym d : c.devices)
        r.devices << s.text(d);

    if (c.state == CardState::Pending) {
        // The daemon phrases its reason as "Recommended: fork. Because …"; the
        // card names the option itself, so only the reason is kept.
        r.recommendationText
            = DecisionGate::recommendationReason(c.card.rationale, s.text(c.card.recommended));
    } else if (c.state == CardState::Decided) {
        r.evidenceId = evidenceOf(row);
    }
    return r;
}

const QString &ConflictRows::changedBy(int row) const
{
    const ConflictRow &r = m_rows[std::size_t(row)];
    if (r.changedByBuilt)
        return r.changedBy;
    r.changedByBuilt = true;
    const Store &s = *m_store;
    const ConflictRecord &c = s.conflicts()[std::size_t(row)];
    QStringList changedBy;
    for (std::size_t i = 0; i < c.actors.size(); ++i) {
        const QString who = s.actorName(c.actors[i]);
        changedBy << (i < c.devices.size()
                ? tr("%1 on %2", "actor on device").arg(who, s.deviceName(c.devices[i]))
                : who);
    }
    r.changedBy = changedBy.join(QStringLiteral(", "));
    return r.changedBy;
}

const QString &ConflictRows::decisionText(int row) const
{
    const ConflictRow &r = m_rows[std::size_t(row)];
    if (r.decisionFormatted)
        return r.decisionText;
    r.decisionFormatted = true;
    const Store &s = *m_store;
    const ConflictRecord &c = s.conflicts()[std::size_t(row)];
    if (c.state != CardState::Decided)
        return r.decisionText;
    const StoreRelations &rel = s.relations();
    const QString by = s.text(c.card.selectedBy);
    const auto a = rel.actorById.constFind(c.card.selectedBy);
    const QString who = a != rel.actorById.cend() && !s.actors()[*a].displayName.isEmpty()
        ? tr("%1 (%2)", "display name (actor id)").arg(s.actors()[*a].displayName, by)
        : by;
    const QString at = formatTime(QLocale(), c.card.selectedAt);
    r.decisionText = c.card.rationale.isEmpty()
        ? tr("%1 chosen by %2 on %3.").arg(ConflictModel::optionLabel(r.selected), who, at)
        : tr("%1 chosen by %2 on %3: %4")
              .arg(ConflictModel::optionLabel(r.selected), who, at, c.card.rationale);
    return r.decisionText;
}

const QString &ConflictRows::searchText(int row) const
{
    const ConflictRow &r = m_rows[std::size_t(row)];
    if (r.searchBuilt)
        return r.searchText;
    r.searchBuilt = true;
    const Store &s = *m_store;
    const ConflictRecord &c = s.conflicts()[std::size_t(row)];
    r.searchText = QStringList { r.id, s.text(c.object), s.text(c.objectType), s.text(c.workspace),
        s.text(c.profile), s.text(c.severity), s.text(c.mergePolicy), changedBy(row),
        r.actors.join(QLatin1Char(' ')), r.devices.join(QLatin1Char(' ')), c.explanation,
        c.card.rationale }
                       .join(QLatin1Char('\n'))
                       .toCaseFolded();
    return r.searchText;
}

QString ConflictRows::evidenceOf(int row) const
{
    const Store &s = *m_store;
    const StoreRelations &rel = s.relations();
    if (std::size_t(row) >= rel.resolvingOperations.size())
        return QString();
    // A revised decision has several resolve operations, and any of them, like
    // its envelope, can be planted (both unsigned, "created" any time): the
    // card's envelope is the one whose decision is the one on the card (option,
    // actor, rationale). Only when none says so, the latest operation's (a tie
    // goes to the one read last), as before revisions existed.
    const ConflictRecord &c = s.conflicts()[std::size_t(row)];
    // Each operation's first envelope found, with its creation time.
    std::vector<std::pair<qint64, qint32>> candidates;
    for (quint32 op : rel.resolvingOperations[std::size_t(row)]) {
        for (Sym ref : s.operations()[op].evidenceRefs) {
            if (const qint32 e = s.findEvidence(s.text(ref)); e >= 0) {
                candidates.emplace_back(s.operations()[op].created, e);
                break;
            }
        }
    }
    auto idOf = [&](qint32 e) { return s.text(s.evidence()[std::size_t(e)].id); };
    // One decision (the common case): nothing to choose, no file to read.
    if (candidates.size() == 1)
        return idOf(candidates[0].second);
    auto says = [&](qint32 e) {
        if (s.evidence()[std::size_t(e)].status != EvidenceStatus::Verified)
            return false;
        const auto bytes = s.readFile(s.evidence()[std::size_t(e)].file);
        if (!bytes.ok())
            return false;
        const auto parsed = parseJson(
            std::string_view(bytes.value().constData(), std::size_t(bytes.value().size())));
        const Json &decision = jsonMember(jsonMember(parsed.value, "artifact"), "decision");
        return parsed.ok() && jsonString(jsonMember(decision, "conflict_id")) == s.text(c.id)
            && parseDecisionOption(jsonString(jsonMember(decision, "option")))
            == c.card.selectedOption
            && jsonString(jsonMember(decision, "actor_id")) == s.text(c.card.selectedBy)
            && jsonString(jsonMember(decision, "rationale")) == c.card.rationale;
    };
    // Latest first; of equal times the one read last, as before.
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it)
        if (says(it->second))
            return idOf(it->second);
    return candidates.empty() ? QString() : idOf(candidates.back().second);
}

QList<int> ConflictRows::linkEvidence()
{
    QList<int> found;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        ConflictRow &r = m_rows[std::size_t(row)];
        if (!r.evidenceId.isEmpty()
            || m_store->conflicts()[std::size_t(row)].state != CardState::Decided)
            continue;
        r.evidenceId = evidenceOf(row);
        if (!r.evidenceId.isEmpty()) {
            m_decided[std::size_t(row)] = DecidedRecord {};
            found << row;
        }
    }
    return found;
}

namespace {

bool isFinalStatus(const QString &status)
{
    static const QStringList finals { QStringLiteral("completed"), QStringLiteral("succeeded"),
        QStringLiteral("failed"), QStringLiteral("cancelled"), QStringLiteral("reconciled"),
        QStringLiteral("replayed") };
    return finals.contains(status);
}

} // namespace

QString ConflictRows::durationText(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(ms, 0) / 60000;
    if (minutes < 1)
        return tr("under a minute");
    if (minutes < 60)
        return tr("%1 min", "duration").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h", "duration in hours").arg(minutes / 60);
    // Two days or more: always a plural.
    return tr("%1 days", "duration").arg(minutes / (24 * 60));
}

FollowThrough ConflictRows::followThrough(int row, qint64 nowMs) const
{
    FollowThrough f;
    if (!m_store || !contains(row) || std::size_t(row) >= m_store->conflicts().size())
        return f;
    const Store &s = *m_store;
    if (s.conflicts()[std::size_t(row)].state != CardState::Decided)
        return f;
    f.decided = true;
    const StoreRelations &rel = s.relations();
    if (std::size_t(row) >= rel.resolvingOperations.size()
        || rel.resolvingOperations[std::size_t(row)].empty()) {
        f.text = tr("No resolve operation: decided outside Sync Desk");
        return f;
    }
    // The latest decision's operation: a revision queues a new one.
    const auto &ops = rel.resolvingOperations[std::size_t(row)];
    const quint32 opRow = *std::max_element(ops.begin(), ops.end(), [&](quint32 a, quint32 b) {
        return std::pair(s.operations()[a].created, a) < std::pair(s.operations()[b].created, b);
    });
    const OperationRecord &op = s.operations()[opRow];
    f.hasOperation = true;
    f.operationId = s.text(op.id);
    f.operationStatus = s.text(op.status);
    f.queuedAt = op.created != kNoTime ? op.created : 0;
    f.movedAt = op.updated != kNoTime ? op.updated : 0;
    const TaskRecord *task = nullptr;
    if (opRow < rel.tasksOfOperation.size())
        for (const quint32 t : rel.tasksOfOperation[opRow]) {
            const TaskRecord &candidate = s.tasks()[t];
            if (!task
                || std::pair(candidate.attempt, candidate.updated)
                    > std::pair(task->attempt, task->updated))
                task = &candidate;
        }
    if (task) {
        f.taskId = s.text(task->id);
        f.taskStatus = s.text(task->status);
        if (task->updated != kNoTime)
            f.movedAt = std::max(f.movedAt, task->updated);
    }
    f.finished = isFinalStatus(task ? f.taskStatus : f.operationStatus);
    if (f.queuedAt != 0)
        f.waited = std::max<qint64>((f.finished ? f.movedAt : nowMs) - f.queuedAt, 0);

    const QString opText = OperationModel::statusLabel(f.operationStatus);
    const QString taskText
        = task ? tr("task: %1").arg(OperationModel::statusLabel(f.taskStatus)) : tr("no task");
    if (f.waited < 0)
        f.text
            = tr("Resolve operation: %1 · %2 · queued at an unrecorded time").arg(opText, taskText);
    else if (f.finished)
        f.text = tr("Resolve operation: %1 · %2 · after %3")
                     .arg(opText, taskText, durationText(f.waited));
    else
        f.text = tr("Resolve operation: %1 · %2 · waiting %3")
                     .arg(opText, taskText, durationText(f.waited));
    return f;
}

const DecidedRecord &ConflictRows::decided(int row) const
{
    DecidedRecord &d = m_decided[std::size_t(row)];
    if (d.loaded)
        return d;
    d = DecidedRecord {};
    d.loaded = true;
    const Store &s = *m_store;
    const ConflictRecord &c = s.conflicts()[std::size_t(row)];
    if (c.state != CardState::Decided)
        return d;
    const StoreRelations &rel = s.relations();
    const QString by = s.text(c.card.selectedBy);
    const auto a = rel.actorById.constFind(c.card.selectedBy);
    d.by = a != rel.actorById.cend() && !s.actors()[*a].displayName.isEmpty()
        ? tr("%1 (%2)", "display name (actor id)").arg(s.actors()[*a].displayName, by)
        : by;
    d.at = formatTime(QLocale(), c.card.selectedAt);
    d.words = c.card.rationale;

    // The daemon's reason is in the envelope Sync Desk wrote: only a verified one
    // (its artifact hashes to its digest) is believed.
    const QString &evidenceId = m_rows[std::size_t(row)].evidenceId;
    const qint32 e = evidenceId.isEmpty() ? -1 : s.findEvidence(evidenceId);
    if (e < 0 || s.evidence()[std::size_t(e)].status != EvidenceStatus::Verified)
        return d;
    const auto bytes = s.readFile(s.evidence()[std::size_t(e)].file);
    if (!bytes.ok())
        return d;
    const auto parsed
        = parseJson(std::string_view(bytes.value().constData(), std::size_t(bytes.value().size())));
    if (!parsed.ok())
        return d;
    const Json &artifact = jsonMember(parsed.value, "artifact");
    if (jsonString(jsonMember(jsonMember(artifact, "decision"), "conflict_id"))
        == m_rows[std::size_t(row)].id) {
        // A revision's conflict_before holds the earlier decision's words: the
        // daemon's reason is in the first decision's envelope, down the chain.
        Json first = jsonMember(artifact, "conflict_before");
        QString supersedes = jsonString(jsonMember(artifact, "supersedes"));
        if (jsonMember(jsonMember(artifact, "decision"), "revision") == Json(true)
            && supersedes.isEmpty())
            first = Json(); // revised a decision made outside Sync Desk: reason unknown
        for (int hops = 0; !supersedes.isEmpty() && hops < 64; ++hops) {
            first = Json(); // unknown unless the envelope superseded is found and verifies
            const qint32 up = s.findEvidence(supersedes);
            if (up < 0 || s.evidence()[std::size_t(up)].status != EvidenceStatus::Verified)
                break;
            const auto upBytes = s.readFile(s.evidence()[std::size_t(up)].file);
            const auto upParsed = upBytes.ok()
                ? parseJson(std::string_view(
                    upBytes.value().constData(), std::size_t(upBytes.value().size())))
                : JsonParseResult {};
            if (!upParsed.ok())
                break;
            const Json &upArtifact = jsonMember(upParsed.value, "artifact");
            first = jsonMember(upArtifact, "conflict_before");
            supersedes = jsonString(jsonMember(upArtifact, "supersedes"));
        }
        const Json &before = jsonMember(first, "decision_card");
        d.recommendationReason
            = DecisionGate::recommendationReason(jsonString(jsonMember(before, "rationale")),
                jsonString(jsonMember(before, "recommended_option")));
        const DecidedOn on
            = DecidedOn::fromJson(jsonMember(jsonMember(artifact, "decision"), "decided_on"));
        if (!on.isEmpty())
            d.decidedOn = tr("%1 on %2, Sync Desk %3", "os user on host, version")
                              .arg(on.osUser, on.host, on.appVersion);
    }
    return d;
}

const ConflictVerdicts &ConflictRows::verdicts(int row) const
{
    ConflictVerdicts &v = m_verdicts[std::size_t(row)];
    if (v.computed)
        return v;
    v = ConflictVerdicts {};
    v.computed = true;
    const GateConflict gc = DecisionGate::conflictFrom(*m_store, quint32(row));
    const ConflictRecord &c = m_store->conflicts()[std::size_t(row)];
    QList<GatePolicy> policies = policiesOf({ c.workspace, c.profile, kNoSym });
    if (c.object != kNoSym)
        policies += policiesOf({ c.workspace, c.profile, c.object });
    const QList<OptionVerdict> all
        = DecisionGate::options(gc, m_actor ? &*m_actor : nullptr, policies);
    for (int i = 0; i < kDecisionOptionCount && i < all.size(); ++i) {
        const OptionVerdict &o = all[i];
        v.refusals[std::size_t(i)] = o.refusal;
        v.reasons[std::size_t(i)] = o.message;
        if (o.allowed())
            v.allowed |= 1 << i;
        if (o.rationaleRequired)
            v.rationaleOptions |= 1 << i;
        v.policyId = o.policyId;
        v.policyEffect = o.policyEffect;
    }
    // The card needs words whatever is chosen when even its recommendation does.
    const int recommendedBit = decisionOptionBit(gc.recommended);
    v.rationaleRequired = gc.recommended != DecisionOption::None
        ? (v.rationaleOptions & recommendedBit) != 0
        : v.rationaleOptions != 0;
    return v;
}

const QString &ConflictRows::policyText(int row) const
{
    const ConflictVerdicts &v = verdicts(row);
    if (v.policyTextBuilt)
        return v.policyText;
    v.policyTextBuilt = true;
    if (!v.policyId.isEmpty()) {
        const Sym sym = m_store->strings().find(v.policyId);
        const auto it = m_store->relations().policyById.constFind(sym);
        const QString why = it != m_store->relations().policyById.cend()
            ? m_store->policyDecisions()[*it].rationale
            : QString();
        v.policyText = why.isEmpty() ? tr("%1 by %2").arg(v.policyEffect, v.policyId)
                                     : tr("%1 by %2: %3").arg(v.policyEffect, v.policyId, why);
    }
    return v.policyText;
}

void ConflictRows::invalidateVerdicts()
{
    for (ConflictVerdicts &v : m_verdicts)
        v.computed = false;
}

} // namespace SyncDesk
