// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/conflictsides.h"

#include "core/json/json.h"
#include "core/models/conflictrows.h"
#include "core/models/operationmodel.h"
#include "core/records/recordread.h"
#include "core/records/timestamp.h"
#include "core/store/store.h"

#include <QLocale>

#include <algorithm>

namespace SyncDesk {

namespace {

QString timeText(qint64 ms)
{
    return ConflictRows::formatTime(QLocale(), ms);
}

/// Operations that carry a side's own change, not the daemon's detection or a decision.
bool isChange(const QString &type)
{
    return type != QLatin1String("sync.conflict.detect")
        && type != QLatin1String("sync.conflict.resolve");
}

/// "sha256:293174a8…a2f0": a hash a narrow panel can show; the record keeps it whole.
QString shortHash(const QString &hash)
{
    const int colon = int(hash.indexOf(QLatin1Char(':')));
    const int digits = int(hash.size()) - colon - 1;
    if (digits <= 20)
        return hash;
    return hash.left(colon + 1 + 12) + QChar(0x2026) + hash.right(4);
}

} // namespace

QString ConflictSides::joined(const QStringList &names)
{
    // Not QLocale::createSeparatedList(): the C locale, which a session
    // without LANG runs in, joins two names with a bare comma.
    if (names.size() < 2)
        return names.join(QString());
    return tr("%1 and %2", "the last two of a list of sides")
        .arg(QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")), names.last());
}

ConflictSides ConflictSides::build(const Store &s, int conflictRow)
{
    ConflictSides out;
    if (conflictRow < 0 || std::size_t(conflictRow) >= s.conflicts().size())
        return out;
    const ConflictRecord &c = s.conflicts()[std::size_t(conflictRow)];
    const StoreRelations &rel = s.relations();
    out.m_conflictId = s.text(c.id);
    out.m_objectId = s.text(c.object);

    // --- the operations that touched the object: named the conflict, or
    // staged a provisional artifact for its object.
    std::vector<quint32> touching;
    auto addOps = [&](const Adjacency<quint32> &byConflict) {
        if (std::size_t(conflictRow) < byConflict.size())
            touching.insert(touching.end(), byConflict[std::size_t(conflictRow)].begin(),
                byConflict[std::size_t(conflictRow)].end());
    };
    addOps(rel.detectingOperations);
    addOps(rel.resolvingOperations);
    addOps(rel.otherOperations);
    if (c.object != kNoSym) {
        for (quint32 i = 0; i < quint32(s.operations().size()); ++i)
            for (const auto &[artifact, object] : s.operations()[i].provisional)
                if (object == c.object) {
                    touching.push_back(i);
                    break;
                }
    }
    std::sort(touching.begin(), touching.end());
    touching.erase(std::unique(touching.begin(), touching.end()), touching.end());

    auto describe = [&](quint32 row) {
        const OperationRecord &op = s.operations()[row];
        SideOperation o;
        o.row = int(row);
        o.id = s.text(op.id);
        o.type = s.text(op.type);
        o.status = s.text(op.status);
        o.time = op.updated != kNoTime ? op.updated : op.created;
        o.actorId = s.text(op.actor);
        o.deviceId = s.text(op.device);
        const QString when = o.time == kNoTime ? tr("time not recorded") : timeText(o.time);
        o.typeText = OperationModel::typeLabel(o.type);
        o.text = tr("%1 · %2 · %3", "operation type · status · time")
                     .arg(o.typeText, OperationModel::statusLabel(o.status), when);
        for (const auto &[artifact, object] : op.provisional) {
            if (object != c.object)
                continue;
            Sym final = kNoSym;
            for (const auto &[from, to] : op.reconciliation)
                if (from == artifact)
                    final = to;
            o.artifacts << (final == kNoSym
                    ? tr("%1 → not reconciled yet", "provisional artifact").arg(s.text(artifact))
                    : tr("%1 → %2", "provisional → final artifact")
                          .arg(s.text(artifact), s.text(final)));
        }
        if (row < rel.tasksOfOperation.size() && !rel.tasksOfOperation[row].empty()) {
            const auto &tasks = rel.tasksOfOperation[row];
            const quint32 last
                = *std::max_element(tasks.begin(), tasks.end(), [&](quint32 a, quint32 b) {
                      const TaskRecord &ta = s.tasks()[a], &tb = s.tasks()[b];
                      return std::pair(ta.attempt, ta.updated) < std::pair(tb.attempt, tb.updated);
                  });
            const TaskRecord &t = s.tasks()[last];
            o.taskText = tr("Task attempt %1: %2")
                             .arg(t.attempt)
                             .arg(OperationModel::statusLabel(s.text(t.status)));
        }
        return o;
    };
    std::vector<SideOperation> ops;
    ops.reserve(touching.size());
    for (quint32 row : touching)
        ops.push_back(describe(row));
    std::stable_sort(ops.begin(), ops.end(),
        [](const SideOperation &a, const SideOperation &b) { return a.time < b.time; });

    // --- the sides: one per actor the conflict names, each with its device.
    const std::size_t actors = c.actors.size(), devices = c.devices.size();
    QList<bool> deviceUsed(qsizetype(devices), false);
    for (std::size_t i = 0; i < actors; ++i) {
        ConflictSide side;
        side.actorId = s.text(c.actors[i]);
        side.actorName = s.actorName(c.actors[i]);
        QStringList changeDevices;
        for (const SideOperation &o : ops)
            if (o.actorId == side.actorId) {
                side.operations << o;
                if (isChange(o.type) && !o.deviceId.isEmpty()
                    && !changeDevices.contains(o.deviceId))
                    changeDevices << o.deviceId;
            }
        Sym device = kNoSym;
        if (changeDevices.size() == 1) {
            device = s.strings().find(changeDevices.first());
            side.deviceFrom = ConflictSide::DeviceFrom::Operations;
        } else if (devices == actors) {
            // As the card pairs them ("Agent One on Build Server").
            device = c.devices[i];
            side.deviceFrom = ConflictSide::DeviceFrom::ConflictOrder;
        } else if (devices == 1) {
            device = c.devices[0];
            side.deviceFrom = ConflictSide::DeviceFrom::OnlyDevice;
        }
        if (device != kNoSym) {
            side.deviceId = s.text(device);
            side.deviceName = s.deviceName(device);
            for (std::size_t d = 0; d < devices; ++d)
                if (c.devices[d] == device)
                    deviceUsed[qsizetype(d)] = true;
        }
        out.m_sides << side;
    }
    // Devices no actor's side took: a side the records name only by its device.
    for (std::size_t d = 0; d < devices; ++d) {
        if (deviceUsed[qsizetype(d)])
            continue;
        ConflictSide side;
        side.deviceId = s.text(c.devices[d]);
        side.deviceName = s.deviceName(c.devices[d]);
        side.deviceFrom = ConflictSide::DeviceFrom::ConflictOrder;
        out.m_sides << side;
    }
    for (const SideOperation &o : ops) {
        const bool ofSide = std::any_of(out.m_sides.cbegin(), out.m_sides.cend(),
            [&](const ConflictSide &side) { return side.actorId == o.actorId; });
        if (!ofSide) {
            SideOperation other = o;
            const QString who = s.actorName(s.strings().find(o.actorId));
            other.text = o.deviceId.isEmpty()
                ? tr("%1 · by %2", "operation · by actor").arg(o.text, who)
                : tr("%1 · by %2 on %3", "operation · by actor on device")
                      .arg(o.text, who, s.deviceName(s.strings().find(o.deviceId)));
            out.m_others << other;
        }
    }

    // --- the object record, at the file name the daemon's get_record reads.
    SideObject &obj = out.m_object;
    const QString safe = safeRecordId(out.m_objectId);
    obj.path = QStringLiteral("objects/%1.json").arg(safe);
    const qint32 file = safe.isEmpty() ? -1 : s.fileIndex(obj.path);
    if (out.m_objectId.isEmpty()) {
        obj.text = tr("The conflict names no object.");
    } else if (file < 0) {
        obj.text = tr("The store has no object record for %1 (%2).").arg(out.m_objectId, obj.path);
    } else if (s.files()[quint32(file)].id != c.object) {
        obj.text = tr("%1 holds a record of another object (%2), so the store has no record of "
                      "this one.")
                       .arg(obj.path, s.text(s.files()[quint32(file)].id));
    } else {
        const RecordRead read = RecordReader::read(s.absolutePath(quint32(file)), s.mode());
        if (!read.json || !read.json->is_object()) {
            obj.text = tr("The object record %1 cannot be read: %2")
                           .arg(obj.path,
                               read.validation.errors.isEmpty()
                                   ? tr("not a JSON object")
                                   : read.validation.errors.first().message);
        } else {
            const Json &r = *read.json;
            obj.found = true;
            obj.type = jsonString(jsonMember(r, "object_type"));
            obj.state = jsonString(jsonMember(r, "state"));
            obj.lastModifiedById = jsonString(jsonMember(r, "last_modified_by_actor"));
            obj.lastModifiedByName = obj.lastModifiedById.isEmpty()
                ? QString()
                : s.actorName(s.strings().find(obj.lastModifiedById));
            obj.contentHash = jsonString(jsonMember(r, "content_hash"));
            const QString updated = jsonString(jsonMember(r, "updated_at"));
            obj.updated = parseUtcTimestamp(updated.toStdString()).value_or(kNoTime);
            QStringList parts;
            parts << (obj.type.isEmpty() ? tr("type not recorded") : obj.type);
            parts << (obj.state.isEmpty() ? tr("state not recorded") : obj.state);
            parts << (obj.lastModifiedById.isEmpty()
                    ? tr("last modifier not recorded")
                    : tr("last changed by %1").arg(obj.lastModifiedByName));
            parts << (obj.updated == kNoTime ? tr("update time not recorded")
                                             : tr("updated %1").arg(timeText(obj.updated)));
            parts << (obj.contentHash.isEmpty() ? tr("no content hash")
                                                : shortHash(obj.contentHash));
            obj.text = parts.join(QStringLiteral(" · "));
            if (read.validation.verdict == Verdict::Invalid && !read.validation.errors.isEmpty())
                obj.text += QLatin1Char(' ')
                    + tr("(the record is invalid: %1)").arg(read.validation.errors.first().message);
        }
    }

    // Which side's version the store holds: the object record's last modifier.
    int kept = -1;
    int keptCount = 0;
    if (obj.found && !obj.lastModifiedById.isEmpty())
        for (int i = 0; i < out.m_sides.size(); ++i)
            if (out.m_sides[i].actorId == obj.lastModifiedById) {
                kept = i;
                ++keptCount;
            }
    if (keptCount == 1)
        out.m_sides[kept].storeVersion = true;
    else
        kept = -1;

    for (ConflictSide &side : out.m_sides) {
        if (side.actorId.isEmpty())
            side.title = tr("%1 · no actor recorded", "device · actor").arg(side.deviceName);
        else if (side.deviceId.isEmpty())
            side.title = tr("device not recorded · %1", "device · actor").arg(side.actorName);
        else
            side.title = tr("%1 · %2", "device · actor").arg(side.deviceName, side.actorName);
        QStringList notes;
        if (side.deviceId.isEmpty())
            notes << tr("Which device this side's change came from, the records cannot say.");
        if (side.actorId.isEmpty())
            notes << tr("Which actor changed the object on this device, the records cannot say.");
        else if (std::none_of(side.operations.cbegin(), side.operations.cend(),
                     [](const SideOperation &o) { return isChange(o.type); }))
            notes << tr("No operation in this store records the change %1 made to this object.")
                         .arg(side.actorName);
        side.note = notes.join(QLatin1Char(' '));
    }

    // --- the options, with the sides named.
    auto label = [](const ConflictSide &side) {
        if (side.actorId.isEmpty())
            return side.deviceName;
        if (side.deviceId.isEmpty())
            return side.actorName;
        return tr("%1 (%2)", "device (actor)").arg(side.deviceName, side.actorName);
    };
    QStringList all;
    for (const ConflictSide &side : std::as_const(out.m_sides))
        all << label(side);
    const QString allSides = joined(all);

    for (const DecisionOption option : kDecisionOptions) {
        if (!(c.card.offered & decisionOptionBit(option)))
            continue;
        SideOption o;
        o.option = option;
        o.chosen = c.state == CardState::Decided && c.card.selectedOption == option;
        switch (option) {
        case DecisionOption::Merge:
            if (out.m_sides.size() < 2) {
                o.certain = false;
                o.text = tr("Merge asks the daemon to combine the competing versions into one; the "
                            "records name no two sides to say whose.");
            } else {
                o.text = tr("Merge asks the daemon to combine the versions from %1 into one.")
                             .arg(allSides);
            }
            if (const QString policy = s.text(c.mergePolicy); !policy.isEmpty())
                o.text += QLatin1Char(' ') + tr("Merge policy: %1.").arg(policy);
            break;
        case DecisionOption::Fork:
            if (out.m_sides.size() < 2) {
                o.certain = false;
                o.text = tr("Fork keeps both versions as separate objects; the records name no two "
                            "sides to say whose.");
            } else {
                o.text = tr("Fork keeps both: the versions from %1 each stay, as separate "
                            "objects. Nothing is dropped.")
                             .arg(allSides);
            }
            break;
        case DecisionOption::Skip: {
            if (kept >= 0) {
                const ConflictSide &k = out.m_sides[kept];
                QStringList dropped;
                for (int i = 0; i < out.m_sides.size(); ++i) {
                    if (i == kept)
                        continue;
                    const ConflictSide &d = out.m_sides[i];
                    // By device where that tells them apart, else by actor.
                    dropped << (!d.deviceId.isEmpty() && d.deviceId != k.deviceId
                            ? d.deviceName
                            : (d.actorId.isEmpty() ? d.deviceName : d.actorName));
                }
                const QString when
                    = obj.updated == kNoTime ? tr("time not recorded") : timeText(obj.updated);
                const QString from = k.deviceId.isEmpty()
                    ? tr("%1 (%2)", "actor (time)").arg(k.actorName, when)
                    : tr("%1 (%2, %3)", "device (actor, time)")
                          .arg(k.deviceName, k.actorName, when);
                o.text = dropped.isEmpty()
                    ? tr("Skip keeps the version from %1 and drops the competing change.").arg(from)
                    : tr("Skip keeps the version from %1 and drops %2's change.")
                          .arg(from, joined(dropped));
                if (k.deviceId.isEmpty()) {
                    o.certain = false;
                    o.text += QLatin1Char(' ')
                        + tr("Which device that version came from, the records cannot say.");
                }
            } else {
                o.certain = false;
                QString why;
                if (!obj.found)
                    why = tr("the store has no readable record of the object");
                else if (obj.lastModifiedById.isEmpty())
                    why = tr("the object record does not say who changed it last");
                else if (keptCount > 1)
                    why = tr("%1, its last modifier, is more than one side")
                              .arg(obj.lastModifiedByName);
                else
                    why = tr("%1, its last modifier, is not a side of this conflict")
                              .arg(obj.lastModifiedByName);
                const QString as = obj.found && !obj.lastModifiedById.isEmpty()
                    ? tr("the object as the store has it (last changed by %1, %2)")
                          .arg(obj.lastModifiedByName,
                              obj.updated == kNoTime ? tr("time not recorded")
                                                     : timeText(obj.updated))
                    : tr("the object as the store has it");
                o.text = tr("Skip keeps %1 and drops the competing change. Which side's version "
                            "that is, the records cannot say: %2.")
                             .arg(as, why);
            }
            if (obj.found && !obj.state.isEmpty() && obj.state != QLatin1String("active")
                && obj.state != QLatin1String("conflicted"))
                o.text += QLatin1Char(' ') + tr("In the store the object is %1.").arg(obj.state);
            break;
        }
        case DecisionOption::None:
            break;
        }
        out.m_options << o;
    }
    return out;
}

QString ConflictSides::plainText() const
{
    QStringList lines;
    lines << m_conflictId << m_objectId;
    for (const ConflictSide &side : m_sides) {
        lines << QStringLiteral("side: ") + side.title
                + (side.storeVersion ? QStringLiteral(" (store version)") : QString());
        if (!side.note.isEmpty())
            lines << QStringLiteral("  note: ") + side.note;
        for (const SideOperation &o : side.operations) {
            lines << QStringLiteral("  op: ") + o.id + QStringLiteral(" · ") + o.text;
            for (const QString &a : o.artifacts)
                lines << QStringLiteral("    artifact: ") + a;
            if (!o.taskText.isEmpty())
                lines << QStringLiteral("    task: ") + o.taskText;
        }
    }
    for (const SideOperation &o : m_others) {
        lines << QStringLiteral("other op: ") + o.id + QStringLiteral(" · ") + o.text;
        for (const QString &a : o.artifacts)
            lines << QStringLiteral("  artifact: ") + a;
        if (!o.taskText.isEmpty())
            lines << QStringLiteral("  task: ") + o.taskText;
    }
    lines << QStringLiteral("object: ") + m_object.text;
    for (const SideOption &o : m_options)
        lines << QStringLiteral("option %1%2%3: ")
                     .arg(decisionOptionName(o.option),
                         o.certain ? QString() : QStringLiteral(" (uncertain)"),
                         o.chosen ? QStringLiteral(" (chosen)") : QString())
                + o.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace SyncDesk
