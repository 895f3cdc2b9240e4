// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <span>
#include <string_view>

namespace SyncDesk {

/// Every record type Sync Desk knows; Evidence is the envelope, not a v1alpha1 contract.
enum class RecordKind : unsigned char
{
    Unknown,
    Profile,
    Device,
    Actor,
    Schema,
    Object,
    SyncPlan,
    Conflict,
    PolicyDecision,
    IntegrityEvent,
    AgentTransaction,
    Operation,
    Task,
    Evidence,
};

struct ControlledField final
{
    std::string_view field;
    std::span<const std::string_view> allowed;
};

/// One contract as the daemon checks it (spec/contracts.md), in its check order.
struct Contract final
{
    RecordKind kind;
    std::string_view schema; ///< e.g. "sourceos.actor-record/v1alpha1"
    std::string_view family; ///< schema without the version: "sourceos.actor-record"
    std::string_view typeName; ///< the daemon's class name used in messages: "ActorRecord"
    std::string_view idField; ///< the key holding the record's own id
    std::span<const std::string_view> required;
    std::span<const ControlledField> controlled;
    std::span<const std::string_view> lists;
    std::span<const std::string_view> objects;
    std::span<const std::string_view> optional;
};

/// The 12 v1alpha1 contracts plus the evidence envelope, in the spec's order.
std::span<const Contract> contracts();

/// The contract for an exact schema string, or nullptr.
const Contract *findContract(std::string_view schema);

/// The contract whose family matches a schema with another version, or nullptr.
const Contract *findContractFamily(std::string_view schema);

const Contract *contractFor(RecordKind kind);

inline constexpr std::string_view kEvidenceSchema = "sourceos.lampstand-evidence/v1alpha1";
inline constexpr std::string_view kSyncDeskWriter = "sourceos-syncdesk";
inline constexpr std::string_view kResolutionEvidenceType = "conflict-resolution";

/// The published evidence types plus Sync Desk's own conflict-resolution.
std::span<const std::string_view> knownEvidenceTypes();

/// Actor capabilities the daemon accepts.
std::span<const std::string_view> actorCapabilities();

/// DecisionCard options the daemon accepts.
std::span<const std::string_view> decisionOptions();

/// The keys a DecisionCard must hold, sorted.
std::span<const std::string_view> decisionCardKeys();

} // namespace SyncDesk
