// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/relationsbuilder_p.h"

#include "core/io/runbeside_p.h"
#include "core/store/store.h"

#include <utility>
#include <vector>

namespace SyncDesk {
namespace {

/// Each id to the record in its own file, <safe id>.json, the one the daemon's
/// get_record reads; without one, to the first in path order. A sync tool's
/// "actor_x (conflicted copy).json" sorts before actor_x.json and is not it.
template<typename Table, typename OwnFile>
void indexById(const Table &table, SymIndex &index, const OwnFile &ownFile)
{
    index.reserve(qsizetype(table.size()));
    for (quint32 i = 0; i < table.size(); ++i) {
        if (table[i].id == kNoSym)
            continue;
        const auto it = index.find(table[i].id);
        if (it == index.end())
            index.insert(table[i].id, i);
        else if (!ownFile(table[*it]) && ownFile(table[i]))
            *it = i;
    }
}

} // namespace

RelationsBuilder::RelationsBuilder(Store &store)
    : m_store(store)
{ }

// The fields below are exactly those build() reads from each table.
// StoreSession skips the rebuild when a changed file keeps them all, so a
// field that build() starts reading MUST be added here too, or an
// edit of only that field would leave the relations stale. The file's path
// (the evidence stem) and its row cannot change in place: reloadFile() only
// compares records of the same file, kind and row.
bool RelationsBuilder::sameRelationFields(const OperationRecord &a, const OperationRecord &b)
{
    // type decides the detecting/resolving/other bucket of each conflict.
    return a.id == b.id && a.localId == b.localId && a.type == b.type && a.actor == b.actor
        && a.device == b.device && a.policyRef == b.policyRef && a.causalParents == b.causalParents
        && a.conflicts == b.conflicts && a.evidenceRefs == b.evidenceRefs;
}

bool RelationsBuilder::sameRelationFields(const TaskRecord &a, const TaskRecord &b)
{
    return a.id == b.id && a.operation == b.operation && a.policyRef == b.policyRef
        && a.conflict == b.conflict && a.evidenceRefs == b.evidenceRefs;
}

bool RelationsBuilder::sameRelationFields(const ConflictRecord &a, const ConflictRecord &b)
{
    return a.id == b.id && a.actors == b.actors && a.devices == b.devices;
}

bool RelationsBuilder::sameRelationFields(
    const PolicyDecisionRecord &a, const PolicyDecisionRecord &b)
{
    return a.id == b.id && a.actor == b.actor;
}

bool RelationsBuilder::sameRelationFields(const ActorRecord &a, const ActorRecord &b)
{
    return a.id == b.id;
}

bool RelationsBuilder::sameRelationFields(const DeviceRecord &a, const DeviceRecord &b)
{
    return a.id == b.id;
}

bool RelationsBuilder::sameRelationFields(const ProfileRecord &a, const ProfileRecord &b)
{
    return a.id == b.id;
}

bool RelationsBuilder::sameRelationFields(const EvidenceRecord &a, const EvidenceRecord &b)
{
    return a.id == b.id;
}

void RelationsBuilder::build()
{
    Store &s = m_store;
    ++s.m_relationsGeneration;
    StoreRelations &r = s.m_relations;
    // Relations are derived data: on a rebuild their problems go first.
    for (const auto &d : r.dangling)
        --s.m_files[d.file].warnings;
    std::erase_if(s.m_problems, [](const Problem &p) {
        return p.rule == QLatin1String("dangling") || p.rule == QLatin1String("duplicate_id");
    });
    r = StoreRelations();

    // Asked only when two records share an id.
    const auto ownFile = [&s](const auto &record) {
        const RecordFile &f = s.m_files[record.file];
        const QString safe = safeRecordId(s.text(record.id));
        return registryKind(f.registry) == f.kind && !safe.isEmpty()
            && f.path.endsWith(QLatin1Char('/') + safe + QStringLiteral(".json"));
    };
    const auto indexOthers = [&] {
        // Sized for both ids of every operation at once.
        r.operationById.reserve(2 * qsizetype(s.m_operations.size()));
        indexById(s.m_operations, r.operationById, ownFile);
        // Causal parents name operations by either id; operation_id wins on a clash.
        for (quint32 i = 0; i < s.m_operations.size(); ++i)
            if (s.m_operations[i].localId != kNoSym
                && !r.operationById.contains(s.m_operations[i].localId))
                r.operationById.insert(s.m_operations[i].localId, i);
        indexById(s.m_conflicts, r.conflictById, ownFile);
        indexById(s.m_actors, r.actorById, ownFile);
        indexById(s.m_devices, r.deviceById, ownFile);
        indexById(s.m_profiles, r.profileById, ownFile);
        indexById(s.m_policies, r.policyById, ownFile);
        // Evidence is found by its id, and only at the file name of that id (the
        // one the daemon's get_record reads): a file named for A that holds B,
        // even a B that verifies, serves neither A nor B. Its status says so and
        // the references it was meant to serve stay missing evidence.
        for (quint32 i = 0; i < s.m_evidence.size(); ++i) {
            const auto &e = s.m_evidence[i];
            const RecordFile &f = s.m_files[e.file];
            const QString name = f.path.section(QLatin1Char('/'), -1);
            const QString id = e.id == kNoSym ? QString() : s.text(e.id);
            if (f.registry != Registry::Evidence) {
                // An envelope in another registry (a "registry" warning) is not
                // where the daemon looks for it either.
                if (!id.isEmpty() && !r.misnamedById.contains(id))
                    r.misnamedById.insert(id, i);
                continue;
            }
            if (Evidence::isFileNameOf(name, id)) {
                // At most one file has this name; two ids that share a safe id
                // cannot both be in it.
                r.evidenceById.insert(id, i);
                continue;
            }
            r.misnamedByFileName.insert(Evidence::idOfFileName(name), i);
            if (!id.isEmpty() && !r.misnamedById.contains(id))
                r.misnamedById.insert(id, i);
        }
    };
    // Two threads, each on tables of its own (~45 ms on one at 100k): the
    // tasks' index beside the others', then the tasks' references beside the
    // operations'. What each finds joins the rest in the order one thread
    // would have found it.
    runBeside([&] { indexById(s.m_tasks, r.taskById, ownFile); }, indexOthers);
    // Duplicate ids: the record in its own file wins, else the first in path
    // order; the others are reported.
    auto reportDuplicates = [&](const auto &table, const SymIndex &index) {
        for (quint32 i = 0; i < table.size(); ++i) {
            const auto it = index.constFind(table[i].id);
            if (table[i].id != kNoSym && it != index.cend() && *it != i
                && table[*it].id == table[i].id) {
                Problem p;
                p.path = s.m_files[table[i].file].path;
                p.severity = Severity::Warning;
                p.rule = QStringLiteral("duplicate_id");
                p.message
                    = Store::tr("another file (%1) holds a record with the same id '%2'; that "
                                "one is used")
                          .arg(s.m_files[table[*it].file].path, s.text(table[i].id));
                s.m_problems.push_back(std::move(p));
            }
        }
    };
    reportDuplicates(s.m_operations, r.operationById);
    reportDuplicates(s.m_tasks, r.taskById);
    reportDuplicates(s.m_conflicts, r.conflictById);
    reportDuplicates(s.m_actors, r.actorById);
    reportDuplicates(s.m_policies, r.policyById);
    // A copy of an envelope under another name: the one at its own name is used.
    for (quint32 i = 0; i < s.m_evidence.size(); ++i) {
        const auto &e = s.m_evidence[i];
        const auto it
            = e.id == kNoSym ? r.evidenceById.cend() : r.evidenceById.constFind(s.text(e.id));
        if (it == r.evidenceById.cend() || *it == i)
            continue;
        Problem p;
        p.path = s.m_files[e.file].path;
        p.severity = Severity::Warning;
        p.rule = QStringLiteral("duplicate_id");
        p.message
            = Store::tr("another file (%1) holds a record with the same id '%2'; that one is used")
                  .arg(s.m_files[s.m_evidence[*it].file].path, s.text(e.id));
        s.m_problems.push_back(std::move(p));
    }

    r.operationOfTask.assign(s.m_tasks.size(), -1);
    Adjacency<quint32>::Builder tasksOfOperation(s.m_operations.size());
    tasksOfOperation.reserve(s.m_tasks.size());
    Adjacency<quint32>::Builder detecting(s.m_conflicts.size()), resolving(s.m_conflicts.size()),
        other(s.m_conflicts.size());
    Adjacency<quint32>::Builder parentsOf(s.m_operations.size()), childrenOf(s.m_operations.size());
    Adjacency<Citation>::Builder citationsOf(s.m_evidence.size());

    /// What a loop over one table found, kept apart while the other runs.
    struct Found
    {
        std::vector<DanglingRef> dangling;
        std::vector<std::pair<quint32, Citation>> citations; ///< evidence row, citation
    };
    auto dangling
        = [&](Found &found, quint32 file, const char *field, Sym target, RecordKind expected) {
              // A preview holds operations only: whether anything else exists is not known yet.
              if (s.m_partial && expected != RecordKind::Operation)
                  return;
              if (target != kNoSym)
                  found.dangling.push_back(
                      DanglingRef { file, QString::fromLatin1(field), target, expected });
          };
    auto cite = [&](Found &found, Sym ref, RecordKind kind, quint32 row, quint32 file,
                    const char *field) {
        if (ref == kNoSym)
            return;
        const qint32 e = s.findEvidence(s.text(ref));
        if (e >= 0)
            found.citations.emplace_back(static_cast<quint32>(e), Citation { kind, row });
        else
            dangling(found, file, field, ref, RecordKind::Evidence);
    };
    // policy_decision_ref names a policy-decision record, or the evidence of one.
    auto policyRef = [&](Found &found, Sym ref, RecordKind kind, quint32 row, quint32 file) {
        if (ref == kNoSym || r.policyById.contains(ref))
            return;
        const qint32 e = s.findEvidence(s.text(ref));
        if (e >= 0)
            found.citations.emplace_back(static_cast<quint32>(e), Citation { kind, row });
        else
            dangling(found, file, "policy_decision_ref", ref, RecordKind::PolicyDecision);
    };

    const Sym detect = s.m_strings->find(std::string_view("sync.conflict.detect"));
    const Sym resolve = s.m_strings->find(std::string_view("sync.conflict.resolve"));
    Found ofOperations, ofTasks;
    const auto operationLinks = [&] {
        Found &found = ofOperations;
        for (quint32 i = 0; i < s.m_operations.size(); ++i) {
            const auto &op = s.m_operations[i];
            for (Sym c : op.conflicts) {
                const auto it = r.conflictById.constFind(c);
                if (it == r.conflictById.cend()) {
                    dangling(found, op.file, "conflict_ids", c, RecordKind::Conflict);
                    continue;
                }
                auto &bucket = op.type == detect ? detecting
                    : op.type == resolve         ? resolving
                                                 : other;
                bucket.add(*it, i);
            }
            for (Sym p : op.causalParents) {
                const auto it = r.operationById.constFind(p);
                if (it == r.operationById.cend()) {
                    dangling(found, op.file, "causal_parent_ids", p, RecordKind::Operation);
                    continue;
                }
                parentsOf.add(i, *it);
                childrenOf.add(*it, i);
            }
            for (Sym e : op.evidenceRefs)
                cite(found, e, RecordKind::Operation, i, op.file, "ledger_evidence_refs");
            policyRef(found, op.policyRef, RecordKind::Operation, i, op.file);
            if (op.actor != kNoSym && !r.actorById.contains(op.actor))
                dangling(found, op.file, "actor_id", op.actor, RecordKind::Actor);
            if (op.device != kNoSym && !r.deviceById.contains(op.device))
                dangling(found, op.file, "device_id", op.device, RecordKind::Device);
        }
    };
    const auto taskLinks = [&] {
        Found &found = ofTasks;
        for (quint32 i = 0; i < s.m_tasks.size(); ++i) {
            const auto &t = s.m_tasks[i];
            const auto it = r.operationById.constFind(t.operation);
            if (it != r.operationById.cend()) {
                r.operationOfTask[i] = static_cast<qint32>(*it);
                tasksOfOperation.add(*it, i);
            } else {
                dangling(found, t.file, "operation_id", t.operation, RecordKind::Operation);
            }
            for (Sym e : t.evidenceRefs)
                cite(found, e, RecordKind::Task, i, t.file, "evidence_refs");
            policyRef(found, t.policyRef, RecordKind::Task, i, t.file);
            if (t.conflict != kNoSym && !r.conflictById.contains(t.conflict))
                dangling(found, t.file, "conflict_id", t.conflict, RecordKind::Conflict);
        }
    };
    // Each loop reads the indexes (unchanged from here on) and writes only its own.
    runBeside(taskLinks, operationLinks);
    Found ofOthers;
    for (const auto &c : s.m_conflicts) {
        for (Sym a : c.actors)
            if (!r.actorById.contains(a))
                dangling(ofOthers, c.file, "actors", a, RecordKind::Actor);
        for (Sym d : c.devices)
            if (!r.deviceById.contains(d))
                dangling(ofOthers, c.file, "devices", d, RecordKind::Device);
    }
    for (const auto &p : s.m_policies)
        if (p.actor != kNoSym && !r.actorById.contains(p.actor))
            dangling(ofOthers, p.file, "actor_id", p.actor, RecordKind::Actor);
    for (Found *found : { &ofOperations, &ofTasks, &ofOthers }) {
        for (const auto &[evidence, citation] : found->citations)
            citationsOf.add(evidence, citation);
        r.dangling.insert(r.dangling.end(), std::make_move_iterator(found->dangling.begin()),
            std::make_move_iterator(found->dangling.end()));
    }
    r.tasksOfOperation = std::move(tasksOfOperation).finish();
    r.detectingOperations = std::move(detecting).finish();
    r.resolvingOperations = std::move(resolving).finish();
    r.otherOperations = std::move(other).finish();
    r.parentsOf = std::move(parentsOf).finish();
    r.childrenOf = std::move(childrenOf).finish();
    r.citationsOf = std::move(citationsOf).finish();

    for (const auto &d : r.dangling) {
        Problem p;
        p.path = s.m_files[d.file].path;
        p.severity = Severity::Warning;
        p.rule = QStringLiteral("dangling");
        p.field = d.field;
        p.message = d.expected == RecordKind::Evidence
            ? Store::tr("%1 names evidence '%2' that is not in the store (missing evidence)")
                  .arg(d.field, s.text(d.target))
            : Store::tr("%1 names '%2', which is not in the store").arg(d.field, s.text(d.target));
        if (d.expected == RecordKind::Evidence || d.expected == RecordKind::PolicyDecision)
            if (const QString hint = s.misnamedEvidenceHint(s.text(d.target)); !hint.isEmpty())
                p.message += QStringLiteral(": ") + hint;
        s.m_problems.push_back(std::move(p));
        ++s.m_files[d.file].warnings;
    }
}

} // namespace SyncDesk
