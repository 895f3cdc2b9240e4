// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/records/decisionoption.h"
#include "core/store/storetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace SyncDesk {

class Store;

/// One operation of the store that touched a conflict's object.
struct SideOperation final
{
    int row = -1; ///< in Store::operations()
    QString id;
    QString type, status; ///< as recorded (operation_type, status)
    qint64 time = kNoTime; ///< updated_at, else created_at
    /// "Reconcile · Failed · <time>", translated; it starts with typeText.
    QString text;
    QString typeText; ///< "Reconcile": the operation type's label
    /// Its provisional artifacts for the object and what each became:
    /// "artifact:tmp-1 → artifact:final-44", or that it is not reconciled yet.
    QStringList artifacts;
    /// Its latest task, when it has one: "Task attempt 2: Failed".
    QString taskText;
    QString actorId, deviceId; ///< as recorded, for operations of no side
};

/// One side of a conflict: a device and an actor whose versions compete.
struct ConflictSide final
{
    /// Where the side's device comes from.
    enum class DeviceFrom : unsigned char
    {
        Operations, ///< the side's own operations on the object name one device
        ConflictOrder, ///< the conflict lists as many devices as actors: by position, as the card
                       ///< pairs them
        OnlyDevice, ///< the conflict lists a single device
        Unknown, ///< the records do not say
    };

    QString actorId, actorName; ///< name: the actor record's display name, else the id
    QString deviceId, deviceName; ///< likewise; both empty when unknown
    DeviceFrom deviceFrom = DeviceFrom::Unknown;
    /// The object record names this side's actor as the last to modify it:
    /// the version the store holds now.
    bool storeVersion = false;
    QList<SideOperation> operations;
    /// "Travel Laptop · Katherine Johnson", translated where a part is unknown.
    QString title;
    /// What the records leave open about this side (empty when nothing).
    QString note;
};

/// The conflict's object as the store's object record has it.
struct SideObject final
{
    bool found = false; ///< a readable record of this object id at its own file name
    QString path; ///< objects/<safe id>.json
    QString type, state, lastModifiedById, lastModifiedByName, contentHash;
    qint64 updated = kNoTime;
    /// One translated line: what the record says, or why there is none.
    QString text;
};

/// What choosing one of the card's options keeps and drops, with the sides named.
struct SideOption final
{
    DecisionOption option = DecisionOption::None;
    QString text; ///< translated
    /// False where the records cannot say which side is which; the text says so.
    bool certain = true;
    bool chosen = false; ///< the decided card's selected option
};

/**
 * Each side of one conflict, from the store's own records (issue 17, item 6):
 * per actor and device of the conflict the operations that touched its object
 * (by conflict_ids or a provisional artifact staged for it, with provisional →
 * final artifacts and the latest task), the object record (objects/, read from
 * its file when asked for: the loader validates object records but keeps no
 * table of them), and each offered option described with the sides named.
 *
 * The meaning of the options is the contracts' (spec/contracts.md): merge
 * combines the competing versions into one, fork keeps both as separate
 * objects, skip leaves the object as the store has it and drops the competing
 * change. Which side's version the store has is what the object record's
 * last_modified_by_actor says; where no record says it (no object record, a
 * modifier who is no side, no operation of a side, no device) the texts say so
 * instead of guessing.
 */
class ConflictSides final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::ConflictSides)

public:
    /// The sides of the conflict at row of store.conflicts(); empty when there is no such row.
    static ConflictSides build(const Store &store, int conflictRow);

    bool isEmpty() const { return m_conflictId.isEmpty(); }
    const QString &conflictId() const { return m_conflictId; }
    const QString &objectId() const { return m_objectId; }
    const QList<ConflictSide> &sides() const { return m_sides; }
    /// Operations on the object by actors who are no side (the daemon's detection, reconciles).
    const QList<SideOperation> &otherOperations() const { return m_others; }
    const SideObject &object() const { return m_object; }
    const QList<SideOption> &options() const { return m_options; }

    /// Everything above as lines of text: for comparing two builds and for tests.
    QString plainText() const;

    bool operator==(const ConflictSides &other) const { return plainText() == other.plainText(); }

    /// "A and B", "A, B and C" (translated).
    static QString joined(const QStringList &names);

private:
    QString m_conflictId, m_objectId;
    QList<ConflictSide> m_sides;
    QList<SideOperation> m_others;
    SideObject m_object;
    QList<SideOption> m_options;
};

} // namespace SyncDesk
