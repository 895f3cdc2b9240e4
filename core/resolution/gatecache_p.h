// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"
#include "core/resolution/gate.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace SyncDesk::ResolutionDetail {

/**
 * Actors and policy decisions as they are on disk now, indexed for the gate.
 * The hashes are the cache's own, implicitly shared: handing them to an Apply
 * copies nothing, and the cache detaches only if a gate file changes while an
 * Apply still holds them.
 */
struct GateData
{
    /// Actor id -> the valid actor in actors/<safe id>.json, if that file holds it:
    /// the file the daemon's get_record reads, never another claiming the id.
    QHash<QString, GateActor> actors;
    /// scopeKey(workspace, profile, object) -> the policies of that scope, by file
    /// name: valid, each in its own <safe id>.json, with a decided_at that parses.
    QHash<QString, QList<GatePolicy>> policies;
};

/// governingPolicy() matches workspace, profile and object exactly, so they bucket
/// policies. A NUL inside an id could merge two buckets; governingPolicy() still
/// compares each field, so that costs a candidate, never a wrong verdict.
QString scopeKey(const QString &workspace, const QString &profile, const QString &object);

/**
 * The only policies governingPolicy() can choose for a conflict: its workspace
 * and profile, and its object or none. Each bucket keeps the folder's name
 * order, so ties resolve as they did over the whole folder: 10k policy
 * decisions at 100k operations, two or three of which concern one conflict.
 */
QList<GatePolicy> candidatePolicies(const GateData &gate, const GateConflict &c);

/**
 * The store's actors and policy decisions as they are on disk now, re-reading
 * only what changed since the last call (gatecache.cpp explains how it knows).
 * Call under the writer lock.
 */
GateData readGateData(const QString &root);

/// What the gate reads from a valid actor record in the file fileName (no folder):
/// nothing when that is not the file the daemon reads for its id.
std::optional<GateActor> gateActorOf(const Json &record, const QString &fileName);
/// The same for a valid policy decision record; nothing when its decided_at does not parse.
std::optional<GatePolicy> gatePolicyOf(const Json &record, const QString &fileName);

/**
 * The actor (actors true) or policy decision record with this id as its file
 * holds it now, when that file holds a valid record of that id the gate would
 * read: what an envelope records as the gate's input (artifact.gate).
 */
std::optional<Json> readGateRecord(const QString &root, bool actors, const QString &id);

} // namespace SyncDesk::ResolutionDetail
