// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/evidencechain.h"

#include "core/json/json.h"
#include "core/store/journallinereader.h"
#include "core/store/store.h"

#include <algorithm>
#include <memory>
#include <string>

namespace SyncDesk {
namespace {

/// The object on the journal line starting at offset; null when it cannot be read.
Json journalObject(const JournalLineReader &journal, qint64 offset)
{
    const std::string bytes = journal.line(offset);
    if (bytes.empty())
        return Json();
    auto parsed = parseJson(bytes);
    return parsed.ok() && parsed.value.is_object() ? std::move(parsed.value) : Json();
}

QString stringMember(const Json &object, std::string_view key)
{
    return jsonString(jsonMember(object, key));
}

bool names(const Store &s, const SymList &refs, const QString &id)
{
    return std::any_of(
        refs.begin(), refs.end(), [&](Sym r) { return Evidence::referenceName(s.text(r)) == id; });
}

} // namespace

std::vector<EvidenceLink> EvidenceChain::links(const Store &s, quint32 conflictRow)
{
    std::vector<EvidenceLink> out;
    const StoreRelations &rel = s.relations();
    if (conflictRow >= s.conflicts().size() || conflictRow >= rel.resolvingOperations.size())
        return out;
    const ConflictRecord &conflict = s.conflicts()[conflictRow];
    const QString conflictId = s.text(conflict.id);
    std::unique_ptr<JournalLineReader> journal;

    for (const quint32 opRow : rel.resolvingOperations[conflictRow]) {
        const OperationRecord &op = s.operations()[opRow];
        const QString opId = s.text(op.id);
        EvidenceLink head;
        head.source = EvidenceLink::Source::Operation;
        head.row = qint32(opRow);
        head.operation = qint32(opRow);
        if (op.evidenceRefs.empty()) {
            head.status = EvidenceLink::Status::Missing;
            head.message = tr("The operation %1 names no evidence").arg(opId);
            out.push_back(std::move(head));
            continue;
        }
        // The operation's envelope is the one the rest must agree with.
        const QString expected = Evidence::referenceName(s.text(op.evidenceRefs.front()));
        const qint32 envelope = s.findEvidence(expected);
        auto missing = [&](const QString &who) {
            QString m = tr("%1 names evidence %2, which is not in the store").arg(who, expected);
            if (const QString hint = s.misnamedEvidenceHint(expected); !hint.isEmpty())
                m += QStringLiteral(": ") + hint;
            return m;
        };
        auto link = [&](EvidenceLink::Source source, qint32 row, const QString &reference,
                        const QString &who) {
            EvidenceLink l;
            l.source = source;
            l.row = row;
            l.operation = qint32(opRow);
            l.reference = reference;
            l.evidence = s.findEvidence(reference);
            if (reference != expected) {
                l.status = EvidenceLink::Status::Different;
                l.message = reference.isEmpty()
                    ? tr("%1 names no evidence, but the operation names %2").arg(who, expected)
                    : tr("%1 names evidence %2, but the operation names %3")
                          .arg(who, reference, expected);
            } else if (l.evidence < 0) {
                l.status = EvidenceLink::Status::Missing;
                l.message = missing(who);
            }
            out.push_back(std::move(l));
        };

        link(EvidenceLink::Source::Operation, qint32(opRow), expected,
            tr("The operation %1").arg(opId));
        if (envelope >= 0) {
            const EvidenceRecord &e = s.evidence()[quint32(envelope)];
            EvidenceLink l;
            l.source = EvidenceLink::Source::Envelope;
            l.row = envelope;
            l.operation = qint32(opRow);
            l.reference = expected;
            l.evidence = envelope;
            if (e.subject != conflict.id) {
                l.status = EvidenceLink::Status::Different;
                l.message = tr("Evidence %1 is about '%2', not the conflict %3")
                                .arg(expected, s.text(e.subject), conflictId);
            }
            out.push_back(std::move(l));
        }
        for (const quint32 taskRow : rel.tasksOfOperation[opRow]) {
            const TaskRecord &t = s.tasks()[taskRow];
            const QString who = tr("The task %1").arg(s.text(t.id));
            const QString reference = names(s, t.evidenceRefs, expected) ? expected
                : t.evidenceRefs.empty()                                 ? QString()
                                         : Evidence::referenceName(s.text(t.evidenceRefs.front()));
            link(EvidenceLink::Source::Task, qint32(taskRow), reference, who);
        }
        // The journal line of the decision names its operation and envelope.
        for (const JournalEvent &ev : s.journal().events) {
            if (ev.objectId != conflict.id)
                continue;
            if (!journal)
                journal = std::make_unique<JournalLineReader>(s.root());
            const Json line = journalObject(*journal, ev.offset);
            const Json &payload = jsonMember(line, "payload");
            // A line rewritten since the load is not the one counted there.
            if (stringMember(line, "object_id") != conflictId || !payload.is_object())
                continue;
            const QString lineOp = stringMember(payload, "operation_id");
            const bool ofThisOperation = !lineOp.isEmpty()
                && (lineOp == opId || (op.localId != kNoSym && lineOp == s.text(op.localId)));
            if (!ofThisOperation)
                continue;
            link(EvidenceLink::Source::JournalLine, ev.line,
                Evidence::referenceName(stringMember(payload, "evidence_id")),
                tr("The journal line %1").arg(ev.line));
        }
    }
    return out;
}

bool EvidenceChain::isBroken(const std::vector<EvidenceLink> &links)
{
    return std::any_of(links.begin(), links.end(),
        [](const EvidenceLink &l) { return l.status != EvidenceLink::Status::Ok; });
}

std::vector<quint32> EvidenceChain::conflictsNaming(const Store &s, const QString &evidenceId)
{
    std::vector<quint32> out;
    const QString id = Evidence::referenceName(evidenceId);
    if (id.isEmpty())
        return out;
    const StoreRelations &rel = s.relations();
    for (quint32 c = 0; c < rel.resolvingOperations.size(); ++c) {
        const bool named = std::any_of(rel.resolvingOperations[c].begin(),
            rel.resolvingOperations[c].end(), [&](quint32 opRow) {
                if (names(s, s.operations()[opRow].evidenceRefs, id))
                    return true;
                const auto &tasks = rel.tasksOfOperation[opRow];
                return std::any_of(tasks.begin(), tasks.end(),
                    [&](quint32 t) { return names(s, s.tasks()[t].evidenceRefs, id); });
            });
        if (named)
            out.push_back(c);
    }
    return out;
}

} // namespace SyncDesk
