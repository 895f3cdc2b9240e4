// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/store.h"

#include <QStringList>

#include <algorithm>
#include <span>
#include <vector>

/// A row of a relation as a vector, for QCOMPARE.
template<typename T> std::vector<T> valuesOf(std::span<const T> row)
{
    return std::vector<T>(row.begin(), row.end());
}

/**
 * Every value a loaded Store holds, as text with symbols resolved, so that two
 * loads of the same files can be compared whatever their symbol numbers.
 * Written field by field on purpose, apart from the load cache's own field
 * lists: a field the cache forgot shows up as a difference here.
 */
inline QStringList storeDump(const SyncDesk::Store &s)
{
    using namespace SyncDesk;
    QStringList out;
    auto t = [&](Sym sym) { return sym == kNoSym ? QStringLiteral("-") : s.text(sym); };
    auto list = [&](const SymList &l) {
        QStringList parts;
        for (Sym x : l)
            parts << t(x);
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    };
    auto pairs = [&](const SymPairs &l) {
        QStringList parts;
        for (const auto &[a, b] : l)
            parts << t(a) + QLatin1Char('=') + t(b);
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    };
    auto n = [](qint64 v) { return QString::number(v); };
    auto line = [&](const QString &tag, const QStringList &values) {
        out << tag + QLatin1Char(' ') + values.join(QLatin1Char('|'));
    };

    const ManifestInfo &m = s.manifest();
    line(QStringLiteral("manifest"),
        { n(m.present), n(m.parsed), n(m.initialized), n(m.activeGeneration),
            n(m.lastKnownGoodGeneration), m.backend, m.lanes.join(QLatin1Char(',')), m.createdAt,
            m.updatedAt });
    const JournalInfo &j = s.journal();
    line(QStringLiteral("journal"),
        { n(j.present), n(j.size), n(j.lines), n(j.corruptLines), n(j.firstUnlistedCorrupt),
            n(j.lastCorrupt), n(j.tornTail), n(j.blankLines) });
    for (const MisnumberedRun &r : j.misnumbered)
        line(QStringLiteral("misnumbered"), { n(r.firstLine), n(r.lastLine), n(r.firstNumber) });
    for (const JournalEvent &e : j.events)
        line(QStringLiteral("event"),
            { n(e.line), t(e.eventId), t(e.type), t(e.lane), t(e.objectId), t(e.producer),
                n(e.created), n(e.offset) });
    for (const RecordFile &f : s.files())
        line(QStringLiteral("file"),
            { f.path, n(int(f.registry)), n(int(f.kind)), n(int(f.verdict)), t(f.id), t(f.schema),
                n(f.size), n(f.mtimeNs), n(qint64(f.inode)), n(f.errors), n(f.warnings),
                n(f.row) });
    for (const Problem &p : s.problems())
        line(QStringLiteral("problem"),
            { p.path, n(p.line), n(int(p.severity)), p.rule, p.field, p.message });
    for (const OperationRecord &r : s.operations())
        line(QStringLiteral("operation"),
            { n(r.file), t(r.id), t(r.localId), t(r.remoteId), t(r.type), t(r.status),
                t(r.workspace), t(r.profile), t(r.actor), t(r.device), t(r.encryptionProfile),
                t(r.localLogRef), t(r.checkpointRef), t(r.policyRef), t(r.admissionRef),
                t(r.idempotencyKey), list(r.causalParents), list(r.conflicts), list(r.evidenceRefs),
                pairs(r.provisional), pairs(r.reconciliation), n(r.created), n(r.updated),
                n(int(r.replaySafe)), n(int(r.staleTask)), n(int(r.leaseExpired)) });
    for (const TaskRecord &r : s.tasks())
        line(QStringLiteral("task"),
            { n(r.file), t(r.id), t(r.operation), t(r.type), t(r.status), t(r.idempotencyKey),
                t(r.policyRef), t(r.remoteId), t(r.conflict), t(r.checkpointRef), n(r.attempt),
                list(r.evidenceRefs), n(r.created), n(r.updated), n(r.started), n(r.completed),
                n(int(r.replaySafe)) });
    for (const ConflictRecord &r : s.conflicts())
        line(QStringLiteral("conflict"),
            { n(r.file), t(r.id), t(r.object), t(r.objectType), t(r.workspace), t(r.profile),
                t(r.schemaVersion), t(r.severity), t(r.mergePolicy), list(r.actors),
                list(r.devices), r.explanation, n(r.created), t(r.card.cardId),
                list(r.card.options), t(r.card.recommended), t(r.card.selected),
                t(r.card.selectedBy), r.card.rationale, n(r.card.selectedAt), n(int(r.state)),
                QString::fromLatin1(r.versionToken.toHex()), n(r.card.offered),
                n(int(r.card.recommendedOption)), n(int(r.card.selectedOption)) });
    for (const PolicyDecisionRecord &r : s.policyDecisions())
        line(QStringLiteral("policy"),
            { n(r.file), t(r.id), t(r.effect), t(r.policyId), t(r.policyVersion), t(r.actor),
                t(r.object), t(r.workspace), t(r.profile), r.rationale, n(r.decided) });
    for (const ActorRecord &r : s.actors())
        line(QStringLiteral("actor"),
            { n(r.file), t(r.id), t(r.type), t(r.identity), t(r.trust), r.displayName,
                list(r.workspaceScope), list(r.profileScope), list(r.capabilities), n(r.revoked),
                n(r.created), n(r.revokedAt) });
    for (const DeviceRecord &r : s.devices())
        line(QStringLiteral("device"),
            { n(r.file), t(r.id), t(r.trust), t(r.state), r.displayName, n(r.revoked) });
    for (const ProfileRecord &r : s.profiles())
        line(QStringLiteral("profile"), { n(r.file), t(r.id), t(r.profileClass), r.displayName });
    for (const EvidenceRecord &r : s.evidence())
        line(QStringLiteral("evidence"),
            { n(r.file), t(r.id), t(r.type), t(r.subject), t(r.writer), n(r.generated),
                r.declaredDigest, n(int(r.status)), n(int(r.isSigned)), r.statusMessage });
    const StoreRelations &rel = s.relations();
    line(QStringLiteral("relations"),
        { n(rel.operationById.size()), n(rel.taskById.size()), n(rel.conflictById.size()),
            n(rel.evidenceById.size()), n(qint64(rel.dangling.size())) });
    return out;
}

/// The first line where two dumps differ, each side named; empty when they are equal.
inline QString firstDumpDifference(
    const QStringList &a, const QStringList &b, const QString &aName, const QString &bName)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i])
            return QStringLiteral("%1: %2\n%3: %4").arg(aName, a[i], bName, b[i]);
    return a.size() == b.size() ? QString()
                                : QStringLiteral("%1 lines against %2").arg(a.size()).arg(b.size());
}
