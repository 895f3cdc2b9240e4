// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "coexistcheck.h"

#include "core/io/durablefile.h"
#include "core/resolution/resolution.h"
#include "core/store/store.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace {

using Json = nlohmann::ordered_json;

QByteArray readWhole(const QString &path, bool *ok = nullptr)
{
    QFile f(path);
    const bool opened = f.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? f.readAll() : QByteArray();
}

Json parse(const QByteArray &bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QString str(const Json &v, const char *key)
{
    if (!v.is_object())
        return QString();
    const auto it = v.find(key);
    return it != v.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                            : QString();
}

QString recordPath(const QString &root, const QString &registry, const QString &id)
{
    return root + QLatin1Char('/') + registry + QLatin1Char('/') + SyncDesk::safeRecordId(id)
        + QStringLiteral(".json");
}

struct Line
{
    qint64 number = 0; ///< counted as the daemon counts: non-empty lines from 1
    QByteArray bytes;
    Json value;
    QString producer, eventId, marker, objectId, evidenceId, operationId, option;
};

std::vector<Line> journalLines(const QString &root)
{
    std::vector<Line> lines;
    const QByteArray journal = readWhole(root + QStringLiteral("/journal.jsonl"));
    qint64 number = 0;
    for (const QByteArray &raw : journal.split('\n')) {
        if (raw.trimmed().isEmpty())
            continue;
        Line l;
        l.number = ++number;
        l.bytes = raw;
        l.value = parse(raw);
        l.producer = str(l.value, "producer");
        l.eventId = str(l.value, "event_id");
        l.objectId = str(l.value, "object_id");
        const Json payload = l.value.is_object() ? l.value.value("payload", Json()) : Json();
        l.marker = str(payload, "marker");
        l.evidenceId = str(payload, "evidence_id");
        l.operationId = str(payload, "operation_id");
        l.option = str(payload, "option");
        lines.push_back(std::move(l));
    }
    return lines;
}

QString eventId(qint64 n)
{
    return QStringLiteral("evt-%1").arg(n, 8, 10, QLatin1Char('0'));
}

} // namespace

CoexistCounts &CoexistCounts::operator+=(const CoexistCounts &o)
{
    daemonLinesLost += o.daemonLinesLost;
    daemonRecordsLost += o.daemonRecordsLost;
    daemonConflictWritesOverwritten += o.daemonConflictWritesOverwritten;
    daemonBumpsErased += o.daemonBumpsErased;
    syncDeskLinesMisnumbered += o.syncDeskLinesMisnumbered;
    syncDeskGenerationOff += o.syncDeskGenerationOff;
    decidedWithoutRecords += o.decidedWithoutRecords;
    syncDeskTempFiles += o.syncDeskTempFiles;
    daemonLinesMisnumbered += o.daemonLinesMisnumbered;
    syncDeskLinesShiftedInWindow += o.syncDeskLinesShiftedInWindow;
    syncDeskBumpsErasedByDaemon += o.syncDeskBumpsErasedByDaemon;
    syncDeskDecisionsUndoneByDaemon += o.syncDeskDecisionsUndoneByDaemon;
    daemonLines += o.daemonLines;
    daemonBumps += o.daemonBumps;
    daemonRecords += o.daemonRecords;
    daemonConflictWrites += o.daemonConflictWrites;
    syncDeskLines += o.syncDeskLines;
    details += o.details;
    return *this;
}

QString CoexistCounts::summary() const
{
    QString s = QStringLiteral(
        "daemon lines lost/changed %1, daemon records lost/older %2, daemon conflict writes "
        "overwritten %3, daemon bumps erased %4, Sync Desk lines misnumbered %5, Sync Desk "
        "generation off %6, decided conflicts without records %7, Sync Desk temp files left %8 "
        "| daemon's race: daemon lines misnumbered %9, Sync Desk lines shifted in window %10, "
        "Sync Desk bumps erased by daemon %11, Sync Desk decisions undone by daemon %12 | "
        "daemon wrote %13 lines, %14 bumps, %15 records, %16 conflict rewrites; %17 Sync Desk "
        "lines")
                    .arg(daemonLinesLost)
                    .arg(daemonRecordsLost)
                    .arg(daemonConflictWritesOverwritten)
                    .arg(daemonBumpsErased)
                    .arg(syncDeskLinesMisnumbered)
                    .arg(syncDeskGenerationOff)
                    .arg(decidedWithoutRecords)
                    .arg(syncDeskTempFiles)
                    .arg(daemonLinesMisnumbered)
                    .arg(syncDeskLinesShiftedInWindow)
                    .arg(syncDeskBumpsErasedByDaemon)
                    .arg(syncDeskDecisionsUndoneByDaemon)
                    .arg(daemonLines)
                    .arg(daemonBumps)
                    .arg(daemonRecords)
                    .arg(daemonConflictWrites)
                    .arg(syncDeskLines);
    for (const QString &d : details)
        s += QStringLiteral("\n  ") + d;
    return s;
}

std::vector<nlohmann::json> readDaemonLog(const QString &path)
{
    std::vector<nlohmann::json> log;
    for (const QByteArray &line : readWhole(path).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        auto v = nlohmann::json::parse(
            line.constData(), line.constData() + line.size(), nullptr, false);
        if (!v.is_discarded())
            log.push_back(std::move(v));
    }
    return log;
}

CoexistCounts checkCoexistence(const CoexistInput &in)
{
    CoexistCounts c;
    const QString &root = in.root;
    const std::vector<Line> lines = journalLines(root);
    QHash<QString, QList<int>> byMarker; // marker -> indexes into lines
    for (int i = 0; i < int(lines.size()); ++i)
        for (qsizetype at = lines[std::size_t(i)].bytes.indexOf("coexist-"); at >= 0;
             at = lines[std::size_t(i)].bytes.indexOf("coexist-", at + 1)) {
            const QByteArray &b = lines[std::size_t(i)].bytes;
            qsizetype end = at;
            while (end < b.size() && b[end] != '"' && b[end] != ']' && b[end] != ' ')
                ++end;
            QList<int> &where = byMarker[QString::fromUtf8(b.mid(at, end - at))];
            if (where.isEmpty() || where.last() != i) // a line names its marker twice
                where.append(i);
        }

    // The daemon's lines: each exactly once, byte for byte.
    QSet<qint64> inWindow; // line numbers of daemon lines that landed while Sync Desk held flock
    QMap<QString, QString> recordSha; // registry/id -> sha of the last version
    QHash<QString, QStringList> conflictMarkers;
    std::vector<nlohmann::json> bumps;
    for (const auto &e : in.daemonLog) {
        const std::string kind = e.value("kind", "");
        if (kind == "line") {
            ++c.daemonLines;
            const QString marker = QString::fromStdString(e.value("marker", ""));
            const QList<int> found = byMarker.value(marker);
            const QByteArray expected = QByteArray::fromStdString(e.value("line", ""));
            if (found.size() != 1 || lines[std::size_t(found[0])].bytes != expected) {
                ++c.daemonLinesLost;
                c.details << QStringLiteral("daemon line %1 (%2) found %3 times%4")
                                 .arg(marker, QString::fromStdString(e.value("event_id", "")))
                                 .arg(found.size())
                                 .arg(found.size() == 1 ? QStringLiteral(", changed") : QString());
                continue;
            }
            const Line &l = lines[std::size_t(found[0])];
            if (l.eventId != eventId(l.number))
                ++c.daemonLinesMisnumbered;
            if (e.value("in_syncdesk_window", false))
                inWindow.insert(l.number);
        } else if (kind == "record") {
            recordSha.insert(QString::fromStdString(e.value("registry", "")) + QLatin1Char('\n')
                    + QString::fromStdString(e.value("id", "")),
                QString::fromStdString(e.value("sha", "")));
        } else if (kind == "conflict") {
            ++c.daemonConflictWrites;
            conflictMarkers[QString::fromStdString(e.value("id", ""))].append(
                QString::fromStdString(e.value("marker", "")));
        } else if (kind == "bump") {
            bumps.push_back(e);
        }
    }

    // The daemon's records: the last version it put, by hash.
    c.daemonRecords = int(recordSha.size());
    for (auto it = recordSha.cbegin(); it != recordSha.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('\n'));
        bool ok = false;
        const QByteArray bytes = readWhole(recordPath(root, parts[0], parts[1]), &ok);
        if (!ok
            || QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()
                != it.value().toLatin1()) {
            ++c.daemonRecordsLost;
            c.details << QStringLiteral("daemon record %1 %2")
                             .arg(parts[1],
                                 ok ? QStringLiteral("is not its last version")
                                    : QStringLiteral("is missing"));
        }
    }

    // The daemon's conflict rewrites: every marker still in the conflict.
    for (auto it = conflictMarkers.cbegin(); it != conflictMarkers.cend(); ++it) {
        const Json conflict
            = parse(readWhole(recordPath(root, QStringLiteral("conflicts"), it.key())));
        const QString note = str(conflict, "user_explanation");
        for (const QString &m : it.value()) {
            if (note.contains(QLatin1Char('[') + m + QLatin1Char(']')))
                continue;
            ++c.daemonConflictWritesOverwritten;
            c.details << QStringLiteral("daemon rewrite %1 of %2 is gone").arg(m, it.key());
        }
    }

    // Bumps and the generation.
    const Json manifest = parse(readWhole(root + QStringLiteral("/manifest.json")));
    const qint64 finalGeneration
        = manifest.is_object() ? manifest.value("active_generation", qint64(-1)) : qint64(-1);
    const qint64 finalSeq
        = manifest.is_object() ? manifest.value("coexist_daemon_bumps", qint64(0)) : qint64(0);
    c.daemonBumps = int(bumps.size());
    qint64 displaced = 0;
    for (std::size_t k = 0; k < bumps.size(); ++k) {
        const qint64 seq = bumps[k].value("seq", qint64(0));
        const qint64 next
            = k + 1 < bumps.size() ? bumps[k + 1].value("read_seq", qint64(-1)) : finalSeq;
        if (next != seq) {
            ++c.daemonBumpsErased;
            c.details << QStringLiteral("daemon bump %1 erased (next seen: %2)").arg(seq).arg(next);
        }
        const qint64 was = bumps[k].value("displaced_generation", qint64(-1));
        const qint64 read = bumps[k].value("read_generation", qint64(0));
        if (was > read)
            displaced += was - read;
    }
    c.syncDeskBumpsErasedByDaemon = int(displaced);

    // Sync Desk's lines: numbered as they landed, each decision once.
    QSet<QString> evidenceSeen;
    QHash<QString, QString> journaledOperation; // operation id -> conflict id
    for (const Line &l : lines) {
        if (l.producer != QLatin1String("sourceos-syncdesk"))
            continue;
        ++c.syncDeskLines;
        journaledOperation.insert(l.operationId, l.objectId);
        if (!l.evidenceId.isEmpty() && evidenceSeen.contains(l.evidenceId)) {
            ++c.syncDeskLinesMisnumbered;
            c.details << QStringLiteral("line %1 journals %2 a second time")
                             .arg(l.number)
                             .arg(l.evidenceId);
        }
        evidenceSeen.insert(l.evidenceId);
        if (l.eventId == eventId(l.number))
            continue;
        // Shifted by d lines that landed while Sync Desk held flock(journal.jsonl)
        // between its count and its write: then the d lines just before the first
        // line of this append (the Sync Desk lines before it with the same shift)
        // are daemon lines that landed in that window.
        const qint64 shift = l.number - l.eventId.mid(4).toLongLong();
        qint64 first = l.number;
        while (first > 1) {
            const Line &before = lines[std::size_t(first - 2)];
            if (before.producer != QLatin1String("sourceos-syncdesk")
                || before.number - before.eventId.mid(4).toLongLong() != shift)
                break;
            --first;
        }
        bool shiftedInWindow = shift > 0 && first - shift >= 1;
        for (qint64 n = first - shift; shiftedInWindow && n < first; ++n)
            shiftedInWindow = inWindow.contains(n);
        if (shiftedInWindow) {
            ++c.syncDeskLinesShiftedInWindow;
            continue;
        }
        ++c.syncDeskLinesMisnumbered;
        c.details << QStringLiteral("Sync Desk line %1 is numbered %2 (%3)")
                         .arg(l.number)
                         .arg(l.eventId, l.objectId);
    }
    // Without the bumps the daemon's renames displaced, or with them made good
    // again (recovery adds the bumps the journal shows missing, whoever lost them):
    // either end, or anything between, is a generation Sync Desk got right.
    const qint64 expected
        = in.initialGeneration + c.daemonBumps + c.syncDeskLines - displaced - c.daemonBumpsErased;
    const qint64 madeGood = expected + displaced;
    c.syncDeskGenerationOff = int(finalGeneration < expected ? expected - finalGeneration
            : finalGeneration > madeGood                     ? finalGeneration - madeGood
                                                             : 0);
    if (c.syncDeskGenerationOff)
        c.details << QStringLiteral("generation %1, expected %2 to %3 (initial %4 + %5 daemon "
                                    "bumps + %6 Sync Desk lines - %7 erased - up to %8 displaced "
                                    "by the daemon's renames)")
                         .arg(finalGeneration)
                         .arg(expected)
                         .arg(madeGood)
                         .arg(in.initialGeneration)
                         .arg(c.daemonBumps)
                         .arg(c.syncDeskLines)
                         .arg(c.daemonBumpsErased)
                         .arg(displaced);

    // Every conflict Sync Desk decided has its operation, task, envelope and line.
    QSet<QString> decidedBySyncDesk;
    for (const QString &id : in.initiallyPending) {
        const Json conflict = parse(readWhole(recordPath(root, QStringLiteral("conflicts"), id)));
        const Json card = conflict.is_object() ? conflict.value("decision_card", Json()) : Json();
        const QString option = str(card, "selected_option");
        if (option.isEmpty() || str(card, "selected_by") != in.syncDeskActor)
            continue;
        decidedBySyncDesk.insert(id + QLatin1Char('\n') + option);
        const QString key = SyncDesk::ResolutionWriter::idempotencyKey(
            id, str(card, "card_id"), SyncDesk::parseDecisionOption(option));
        const QString operationId = QStringLiteral("workspace-operation:") + key;
        const Json operation
            = parse(readWhole(recordPath(root, QStringLiteral("operations"), operationId)));
        const Json taskRecord = parse(readWhole(recordPath(root, QStringLiteral("tasks"),
            QStringLiteral("operation-task:") + key + QStringLiteral("-1"))));
        auto firstRef = [](const Json &record, const char *key) {
            const Json refs = record.is_object() ? record.value(key, Json()) : Json();
            return refs.is_array() && !refs.empty() && refs[0].is_string()
                ? QString::fromStdString(refs[0].get<std::string>())
                : QString();
        };
        QString evidence = firstRef(operation, "ledger_evidence_refs");
        // The task cites the same envelope as its operation.
        const bool task
            = taskRecord.is_object() && firstRef(taskRecord, "evidence_refs") == evidence;
        evidence = evidence.mid(int(std::strlen("evidence:")));
        const bool hasEvidence = !evidence.isEmpty()
            && QFile::exists(recordPath(root, QStringLiteral("evidence"), evidence));
        const bool journaled = journaledOperation.value(operationId) == id;
        if (operation.is_object() && task && hasEvidence && journaled)
            continue;
        ++c.decidedWithoutRecords;
        c.details << QStringLiteral("%1 decided (%2) without%3%4%5%6")
                         .arg(id, option,
                             operation.is_object() ? QString() : QStringLiteral(" operation"),
                             task ? QString() : QStringLiteral(" task"),
                             hasEvidence ? QString() : QStringLiteral(" evidence"),
                             journaled ? QString() : QStringLiteral(" journal line"));
    }
    QSet<QString> undone;
    for (const Line &l : lines)
        if (l.producer == QLatin1String("sourceos-syncdesk")
            && in.initiallyPending.contains(l.objectId)
            && !decidedBySyncDesk.contains(l.objectId + QLatin1Char('\n') + l.option))
            undone.insert(l.objectId);
    c.syncDeskDecisionsUndoneByDaemon = int(undone.size());

    // Sync Desk's temp files and intent: none once a write has finished.
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        if (SyncDesk::DurableFile::isOwnTempName(name.toUtf8())
            || name == SyncDesk::ResolutionWriter::intentFileName()) {
            ++c.syncDeskTempFiles;
            c.details << QStringLiteral("left behind: ") + it.filePath().mid(root.size() + 1);
        }
    }
    return c;
}
