// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/storetypes.h"

namespace SyncDesk {

class Store;

/**
 * Derives Store::relations() from the loaded tables: ids to rows (the record
 * in its own file wins a shared id), tasks of each operation, operations of
 * each conflict, causal parents and children, evidence citations, and every
 * reference that names nothing. Duplicate ids and dangling references become
 * the store's "duplicate_id" and "dangling" problems, replacing those of the
 * last build, and the relations generation counts up.
 *
 * Internal to core/store: the loader runs it after a load, the session after
 * a change that touches a reference (see sameRelationFields()).
 */
class RelationsBuilder final
{
public:
    explicit RelationsBuilder(Store &store);

    /// Rebuilds the store's relations and their problems in place.
    void build();

    /// Whether two versions of a record agree on everything build() reads:
    /// equal means the relations need no rebuild.
    static bool sameRelationFields(const OperationRecord &a, const OperationRecord &b);
    static bool sameRelationFields(const TaskRecord &a, const TaskRecord &b);
    static bool sameRelationFields(const ConflictRecord &a, const ConflictRecord &b);
    static bool sameRelationFields(const PolicyDecisionRecord &a, const PolicyDecisionRecord &b);
    static bool sameRelationFields(const ActorRecord &a, const ActorRecord &b);
    static bool sameRelationFields(const DeviceRecord &a, const DeviceRecord &b);
    static bool sameRelationFields(const ProfileRecord &a, const ProfileRecord &b);
    static bool sameRelationFields(const EvidenceRecord &a, const EvidenceRecord &b);

private:
    Store &m_store;
};

} // namespace SyncDesk
