// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: one deterministic generator whose plan (devices, actors,
// conflicts, operations, tasks, journal) must stay in one place so that a seed
// always gives the same store; it is its own target (syncdesk_demo).

#include "core/demo/demostore.h"

#include "core/records/timestamp.h"

#include "core/json/canonicaljson.h"
#include "core/json/json.h"
#include "core/records/evidence.h"
#include "core/store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <deque>
#include <initializer_list>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SyncDesk {
namespace {

// The records are data, not UI: their prose is English and never goes through
// tr(), so the same options give the same bytes in every locale.

// ---------------------------------------------------------------- time

// The daemon's fixture epoch; a demo store never reads the clock.
constexpr qint64 kBaseTime = daysFromCivil(2026, 5, 5) * 86400;
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;

std::string utc(qint64 secs)
{
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const qint64 rem = secs - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, int(rem / 3600),
        int(rem / 60 % 60), int(rem % 60));
    return buf;
}

std::string pad(qint64 n, int width)
{
    std::string s = std::to_string(n);
    if (int(s.size()) < width)
        s.insert(0, std::size_t(width - int(s.size())), '0');
    return s;
}

int digits(qint64 n)
{
    return int(std::to_string(n).size());
}

// ---------------------------------------------------------------- randomness

class Random final
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    { }

    // Plain modulo instead of std::uniform_int_distribution: the distributions'
    // algorithms differ between standard libraries, the engine's output does not.
    quint64 below(quint64 n) { return n == 0 ? 0 : m_engine() % n; }
    bool chance(int percent) { return below(100) < quint64(percent); }

    template<std::size_t N> int weighted(const std::array<int, N> &weights)
    {
        int total = 0;
        for (const int w : weights)
            total += w;
        int u = int(below(quint64(total)));
        for (std::size_t i = 0; i < N; ++i) {
            if (u < weights[i])
                return int(i);
            u -= weights[i];
        }
        return int(N - 1);
    }

    std::string hex(int count)
    {
        static const char k[] = "0123456789abcdef";
        std::string s;
        while (int(s.size()) < count) {
            quint64 v = m_engine();
            for (int i = 0; i < 16 && int(s.size()) < count; ++i, v >>= 4)
                s += k[v & 15];
        }
        return s;
    }

private:
    std::mt19937_64 m_engine;
};

// ---------------------------------------------------------------- vocabulary

enum class OpType : quint8
{
    Enqueue,
    Replay,
    Reconcile,
    Detect,
    Resolve,
    Repair,
    Tombstone,
    Checkpoint,
};
constexpr std::array<const char *, 8> kOpTypes { "sync.operation.enqueue", "sync.operation.replay",
    "sync.operation.reconcile", "sync.conflict.detect", "sync.conflict.resolve",
    "sync.repair.apply", "sync.tombstone.apply", "sync.checkpoint.write" };
constexpr std::array<const char *, 8> kOpShort { "enqueue", "replay", "reconcile", "detect",
    "resolve", "repair", "tombstone", "checkpoint" };

enum class OpStatus : quint8
{
    Queued,
    Running,
    Replayed,
    Reconciled,
    Blocked,
    Completed,
    Failed,
    Cancelled,
};
constexpr std::array<const char *, 8> kOpStatuses { "queued", "running", "replayed", "reconciled",
    "blocked", "completed", "failed", "cancelled" };

enum class TaskStatus : quint8
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Cancelled
};
constexpr std::array<const char *, 5> kTaskStatuses { "pending", "running", "succeeded", "failed",
    "cancelled" };

constexpr std::array<const char *, 4> kSeverities { "info", "warning", "review_required",
    "blocking" };
constexpr std::array<const char *, 4> kMergePolicies { "last_writer_wins_metadata",
    "auto_merge_disjoint_fields", "human_review_required", "human_review_required" };
enum Option : int
{
    Merge,
    Fork,
    Skip
};
constexpr std::array<const char *, 3> kOptions { "merge", "fork", "skip" };
enum Effect : int
{
    Allow,
    Deny,
    Review
};
constexpr std::array<const char *, 3> kEffects { "allow", "deny", "review_required" };
constexpr std::array<const char *, 3> kEffectShort { "allow", "deny", "review" };

constexpr std::array<const char *, 10> kLanes { "normal", "priority", "secure", "memory", "policy",
    "audit", "tombstone", "migration", "repair", "archive" };

struct WorkspaceInfo
{
    const char *id, *slug, *title, *profile, *privacy, *encryption, *visibility;
};
constexpr std::array<WorkspaceInfo, 3> kWorkspaces { {
    { "workspace:default", "default", "Default", "profile:local-dev", "work",
        "encryption-profile:local-default", "workspace" },
    { "workspace:research", "research", "Research", "profile:work", "confidential",
        "encryption-profile:work-team", "workspace" },
    { "workspace:household", "household", "Household", "profile:personal", "personal",
        "encryption-profile:personal-family", "profile" },
} };
constexpr std::array<int, 3> kWorkspaceWeights { 45, 35, 20 };

struct DeviceInfo
{
    const char *id, *name, *trust, *state;
};
enum DeviceIndex : int
{
    DevLocal,
    DevLaptop,
    DevStudio,
    DevBuild,
    DevRelay,
    DevOldPhone
};
constexpr std::array<DeviceInfo, 6> kDevices { {
    { "device:local", "Local SourceOS Device", "local", "trusted" },
    { "device:travel-laptop", "Travel Laptop", "user", "trusted" },
    { "device:studio-desktop", "Studio Desktop", "workspace", "trusted" },
    { "device:build-server", "Build Server", "workspace", "trusted" },
    { "device:office-relay", "Office Relay Node", "org", "trusted" },
    { "device:old-phone", "Old Phone", "quarantined", "revoked" },
} };

enum Capability : int
{
    CapRead = 1,
    CapWrite = 2,
    CapDelete = 4,
    CapMerge = 8,
    CapRepair = 16,
    CapMigrate = 32,
    CapExport = 64,
    CapReplicate = 128,
};
constexpr std::array<const char *, 8> kCapabilities { "read", "write", "delete", "merge", "repair",
    "migrate_schema", "export", "replicate" };

struct ActorInfo
{
    const char *slug, *type, *name, *trust;
    int workspaces; ///< bit i: kWorkspaces[i] and its profile
    int caps;
    int device;
    bool revoked;
};
enum ActorIndex : int
{
    Ada,
    Grace,
    Katherine,
    Sofia,
    Radia,
    AgentOne,
    Summarizer,
    Syncd,
    Relay,
};
constexpr std::array<ActorInfo, 9> kActors { {
    { "local-user", "human", "Ada Lovelace", "local", 7, 0xff, DevLocal, false },
    { "grace-hopper", "human", "Grace Hopper", "workspace", 7,
        CapRead | CapWrite | CapMerge | CapRepair | CapExport, DevStudio, false },
    // Writes and exports but may not merge: the gate must refuse her a merge.
    { "katherine-johnson", "human", "Katherine Johnson", "workspace", 7,
        CapRead | CapWrite | CapExport, DevLaptop, false },
    // Scoped to the default workspace only.
    { "sofia-alvarez", "human", "Sof\u00eda \u00c1lvarez", "user", 1, CapRead | CapWrite | CapMerge,
        DevLaptop, false },
    { "radia-perlman", "human", "Radia Perlman", "org", 7,
        CapRead | CapWrite | CapMerge | CapReplicate, DevOldPhone, true },
    { "agent-one", "agent", "Agent One", "local", 3, CapRead | CapWrite, DevBuild, false },
    { "notes-summarizer", "model_runtime", "Notes Summarizer", "workspace", 2, CapRead | CapWrite,
        DevBuild, false },
    { "sourceos-syncd", "service", "SourceOS Sync Daemon", "local", 7,
        CapRead | CapWrite | CapDelete | CapRepair | CapMigrate | CapReplicate, DevLocal, false },
    { "office-relay", "remote_relay", "Office Relay", "org", 3, CapRead | CapReplicate, DevRelay,
        false },
} };

bool covers(int actor, int ws)
{
    return (kActors[std::size_t(actor)].workspaces >> ws) & 1;
}
std::string actorId(int actor)
{
    return std::string("actor:") + kActors[std::size_t(actor)].slug;
}

struct ObjectKind
{
    const char *type, *schemaId, *version;
};
enum KindIndex : int
{
    KindFile,
    KindNote,
    KindEvent
};
constexpr std::array<ObjectKind, 3> kObjectKinds { {
    { "file", "schema:file:v1", "v1" },
    { "note", "schema:note:v1", "v1" },
    { "calendar_event", "schema:calendar-event:v2", "v2" },
} };

struct ObjectName
{
    const char *name;
    int kind;
};
// What people keep in each workspace, so that a conflict reads like a real one.
constexpr std::array<std::array<ObjectName, 6>, 3> kObjectNames { {
    { { { "release-checklist", KindFile }, { "design-mockups", KindFile },
        { "api-notes", KindNote }, { "standup-log", KindNote }, { "sprint-review", KindEvent },
        { "team-offsite", KindEvent } } },
    { { { "thesis-draft", KindFile }, { "quarterly-report", KindFile }, { "lab-journal", KindNote },
        { "reading-list", KindNote }, { "conference-talk", KindEvent },
        { "grant-deadline", KindEvent } } },
    { { { "budget-2026", KindFile }, { "tax-receipts", KindFile }, { "recipe-ideas", KindNote },
        { "trip-plan", KindNote }, { "family-dinner", KindEvent },
        { "dentist-appointment", KindEvent } } },
} };

const ObjectName &objectName(int ws, int name)
{
    return kObjectNames[std::size_t(ws)][std::size_t(name)];
}

std::string objectLabel(int ws, int name)
{
    std::string label = objectName(ws, name).name;
    std::replace(label.begin(), label.end(), '-', ' ');
    return label;
}

// The first operations are fixed so that every type, status and intended
// problem is present whatever the counts; the rest are drawn at random.
struct ForcedOp
{
    OpType type;
    OpStatus status;
    int actor, device;
};
constexpr std::array<ForcedOp, 9> kForced { {
    { OpType::Enqueue, OpStatus::Completed, Ada, DevLocal },
    { OpType::Replay, OpStatus::Replayed, Syncd, DevLocal },
    { OpType::Reconcile, OpStatus::Reconciled, Syncd, DevLocal },
    { OpType::Checkpoint, OpStatus::Completed, Syncd, DevLocal },
    { OpType::Repair, OpStatus::Failed, Syncd, DevBuild },
    { OpType::Tombstone, OpStatus::Cancelled, AgentOne, DevBuild },
    { OpType::Enqueue, OpStatus::Blocked, Ada, DevOldPhone },
    { OpType::Replay, OpStatus::Running, Relay, DevRelay },
    { OpType::Enqueue, OpStatus::Queued, Grace, DevStudio },
} };
constexpr int kChainOp = 1; ///< its task failed twice, then succeeded at attempt 3
constexpr int kTamperedOp = 3; ///< its evidence was edited after it was written
constexpr int kMissingOpA = 4; ///< cites evidence that is not in the store
constexpr int kBlockedOp = 6;
constexpr int kStaleOp = 7; ///< lease expired; also cites missing evidence
constexpr int kForcedTasks = int(kForced.size()) + 2;
constexpr int kForcedEnvelopes = 2; ///< kChainOp and kTamperedOp

struct ConflictTemplate
{
    int ws, severity, effect;
    bool forkSkip;
    int recommended;
    bool decided;
    int selected, decider, actorA, actorB;
};
// Conflict i follows template i % 10 for its state; the first ten follow it in
// full, so every severity and effect, both card shapes, a revoked actor and an
// actor out of scope appear in any store.
constexpr std::array<ConflictTemplate, 10> kConflictTemplates { {
    { 0, 2, Review, false, Fork, false, -1, -1, Ada, AgentOne },
    { 1, 3, Deny, true, Fork, false, -1, -1, Katherine, Summarizer },
    { 0, 1, Allow, false, Merge, true, Merge, Grace, AgentOne, Grace },
    { 2, 0, Allow, false, Skip, false, -1, -1, Ada, Katherine },
    { 1, 1, Deny, false, Merge, false, -1, -1, Grace, Relay },
    { 2, 3, Review, true, Fork, true, Fork, Ada, Ada, Grace },
    { 1, 2, Review, false, Fork, false, -1, -1, Katherine, Radia },
    { 1, 0, Allow, false, Skip, true, Skip, Katherine, AgentOne, Katherine },
    { 2, 1, Allow, false, Merge, false, -1, -1, Ada, Grace },
    { 0, 3, Review, false, Fork, false, -1, -1, Sofia, Ada },
} };

bool decidedSlot(int conflict)
{
    return kConflictTemplates[std::size_t(conflict % 10)].decided;
}

int decidedCount(int conflicts)
{
    int n = 0;
    for (int c = 0; c < std::min(conflicts, 10); ++c)
        n += decidedSlot(c) ? (conflicts - c + 9) / 10 : 0;
    return n;
}

// ---------------------------------------------------------------- json helpers

Json strings(std::initializer_list<std::string> items)
{
    Json a = Json::array();
    for (const auto &s : items)
        a.push_back(s);
    return a;
}

// ---------------------------------------------------------------- plans

struct ConflictPlan
{
    int ws = 0, severity = 0, name = 0, effect = Allow;
    int actorA = 0, actorB = 0, decider = -1;
    int recommended = Merge, selected = -1;
    bool forkSkip = false, decided = false;
    qint64 objectCreated = 0;
    int detectOp = -1;
};

struct OpPlan
{
    OpType type = OpType::Enqueue;
    OpStatus status = OpStatus::Queued;
    int ws = 0, actor = 0, device = 0;
    int forced = -1;
    int conflict = -1;
    int resolveOrder = -1;
    std::array<int, 2> parents { -1, -1 };
    int tasks = 0, envelopes = 0;
    qint64 created = 0;
};

struct TaskTiming
{
    TaskStatus status;
    qint64 created, started, completed, updated; ///< started/completed -1 when unset
};

TaskStatus finalTaskStatus(OpStatus s)
{
    switch (s) {
    case OpStatus::Queued:
    case OpStatus::Blocked:
        return TaskStatus::Pending;
    case OpStatus::Running:
        return TaskStatus::Running;
    case OpStatus::Failed:
        return TaskStatus::Failed;
    case OpStatus::Cancelled:
        return TaskStatus::Cancelled;
    case OpStatus::Replayed:
    case OpStatus::Reconciled:
    case OpStatus::Completed:
        return TaskStatus::Succeeded;
    }
    return TaskStatus::Pending;
}

bool succeeded(OpStatus s)
{
    return s == OpStatus::Completed || s == OpStatus::Replayed || s == OpStatus::Reconciled;
}

enum class Producer
{
    Daemon,
    SyncDesk
};

// ---------------------------------------------------------------- generator

class Generator final
{
public:
    Generator(const QString &root, const DemoStoreOptions &options)
        : m_rootBytes(QFile::encodeName(root).toStdString())
        , m_options(options)
        , m_rng(options.seed)
    { }

    Result<void> run();

private:
    // planning: everything that decides counts and order, before a byte is written
    void planConflicts();
    void planOperations();
    void allocateTasks();
    void allocateEnvelopes();
    int chooseActor(OpType type, int ws);
    int deviceFor(int actor, OpStatus status);

    // writing
    bool fail(const std::string &path, int err);
    bool writeFile(const std::string &rel, const std::string &bytes);
    void flushJournal();
    void journal(const char *type, const char *lane, const std::string &objectId, Producer producer,
        qint64 time, Json payload);
    std::string put(const char *registry, const std::string &id, const Json &record,
        const char *lane, qint64 time, Producer producer = Producer::Daemon);
    static std::string relativePath(const char *registry, const std::string &id);

    void writeStatic();
    void writeOperation(int index);
    void writeFinish();

    std::string opSlug(int index) const;
    std::string opId(int index) const { return "workspace-operation:" + opSlug(index); }
    std::string conflictSlug(int c) const;
    std::string objectId(int ws, int name, int number) const;
    std::string conflictObjectId(int c) const;
    std::string conflictPolicyId(int c) const;
    std::string wsPolicyId(int ws) const;
    std::string checkpointRef(int ws) const;

    Json objectRecord(const std::string &id, int ws, int name, int owner, int creator, int modifier,
        qint64 created, qint64 updated, const char *retention, const char *state);
    Json pendingConflict(int c, qint64 created);
    Json envelope(const std::string &writer, const std::string &type, const std::string &subject,
        qint64 generated, Json artifact, bool sign, std::string *evidenceId);
    Json operationArtifact(const std::string &type, int index, int sequence, qint64 generated);
    std::string operationEvidenceType(int index, int sequence) const;
    std::vector<TaskTiming> taskTimings(const OpPlan &op);

    const std::string m_rootBytes;
    const DemoStoreOptions m_options;
    Random m_rng;

    std::vector<ConflictPlan> m_conflicts;
    std::vector<OpPlan> m_ops;
    std::vector<Json> m_pendingBeforeDecision; ///< per conflict, decided ones only
    std::array<std::vector<std::string>, 3> m_objectsOf; ///< per workspace, for artifacts
    std::array<int, 3> m_checkpoints { 0, 0, 0 };
    int m_extraObjects = 0;
    int m_opWidth = 4, m_conflictWidth = 3, m_objectWidth = 4;
    std::array<std::string, 3> m_missingRefs;
    qint64 m_remoteCounter = 0, m_artifactCounter = 0;

    int m_journalFd = -1;
    std::string m_journalBuffer;
    qint64 m_events = 0;
    qint64 m_journalTime = kBaseTime;
    bool m_failed = false;
    QString m_error;
};

std::string Generator::opSlug(int index) const
{
    return std::string(kWorkspaces[std::size_t(m_ops[std::size_t(index)].ws)].slug) + '-'
        + pad(index + 1, m_opWidth);
}

std::string Generator::conflictSlug(int c) const
{
    return std::string(kWorkspaces[std::size_t(m_conflicts[std::size_t(c)].ws)].slug) + '-'
        + pad(c + 1, m_conflictWidth);
}

std::string Generator::objectId(int ws, int name, int number) const
{
    return std::string("object:") + kWorkspaces[std::size_t(ws)].slug + '-'
        + objectName(ws, name).name + '-' + pad(number, m_objectWidth);
}

std::string Generator::conflictObjectId(int c) const
{
    const ConflictPlan &p = m_conflicts[std::size_t(c)];
    return objectId(p.ws, p.name, m_extraObjects + c + 1);
}

std::string Generator::conflictPolicyId(int c) const
{
    return std::string("policy-decision:")
        + kEffectShort[std::size_t(m_conflicts[std::size_t(c)].effect)] + '-' + conflictSlug(c);
}

std::string Generator::wsPolicyId(int ws) const
{
    return std::string("policy-decision:") + kWorkspaces[std::size_t(ws)].slug + "-sync-allow";
}

std::string Generator::checkpointRef(int ws) const
{
    return std::string("checkpoint:") + kWorkspaces[std::size_t(ws)].slug + '-'
        + pad(m_checkpoints[std::size_t(ws)], 4);
}

// ---------------------------------------------------------------- planning

void Generator::planConflicts()
{
    const int count = m_options.conflicts;
    m_conflicts.resize(std::size_t(count));
    static const std::array<int, 4> severityWeights { 20, 35, 30, 15 };
    static const std::array<int, 3> pendingEffects { 35, 25, 40 };
    static const std::array<int, 3> decidedEffects { 60, 0, 40 };
    for (int c = 0; c < count; ++c) {
        ConflictPlan &p = m_conflicts[std::size_t(c)];
        const ConflictTemplate &t = kConflictTemplates[std::size_t(c % 10)];
        p.name = int(m_rng.below(kObjectNames[0].size()));
        p.objectCreated = kBaseTime + 15 * kMinute + qint64(m_rng.below(40 * kMinute));
        p.decided = t.decided;
        if (c < 10) {
            p.ws = t.ws;
            p.severity = t.severity;
            p.effect = t.effect;
            p.forkSkip = t.forkSkip;
            p.recommended = t.recommended;
            p.selected = t.selected;
            p.decider = t.decider;
            p.actorA = t.actorA;
            p.actorB = t.actorB;
            continue;
        }
        p.ws = m_rng.weighted(kWorkspaceWeights);
        p.severity = m_rng.weighted(severityWeights);
        p.effect = m_rng.weighted(p.decided ? decidedEffects : pendingEffects);
        p.forkSkip = m_rng.chance(12);
        // What the daemon recommends follows from how bad the clash is.
        static const std::array<int, 4> bySeverity { Skip, Merge, Fork, Fork };
        p.recommended = bySeverity[std::size_t(p.severity)];
        if (p.forkSkip && p.recommended == Merge)
            p.recommended = Fork;

        // Competing writers: people and agents in the workspace, now and then
        // the relay or the revoked actor whose queued change arrived late.
        std::array<int, 9> writers {};
        int n = 0;
        for (const int a : { Ada, Grace, Katherine, Sofia, AgentOne, Summarizer })
            if (covers(a, p.ws))
                writers[std::size_t(n++)] = a;
        p.actorA = writers[std::size_t(m_rng.below(quint64(n)))];
        if (m_rng.chance(5))
            p.actorB = Radia;
        else if (covers(Relay, p.ws) && m_rng.chance(10))
            p.actorB = Relay;
        else
            do
                p.actorB = writers[std::size_t(m_rng.below(quint64(n)))];
            while (p.actorB == p.actorA);

        if (p.decided) {
            const int optionCount = p.forkSkip ? 2 : 3;
            p.selected = m_rng.chance(60)
                ? p.recommended
                : (p.forkSkip ? 1 : 0) + int(m_rng.below(quint64(optionCount)));
            // Only people who would pass the gate have decided.
            std::array<int, 4> deciders {};
            int m = 0;
            for (const int a : { Ada, Grace, Katherine, Sofia }) {
                const int need = p.selected == Merge ? CapMerge : CapWrite;
                if (covers(a, p.ws) && (kActors[std::size_t(a)].caps & need))
                    deciders[std::size_t(m++)] = a;
            }
            p.decider = deciders[std::size_t(m_rng.below(quint64(m)))];
        }
    }
}

int Generator::chooseActor(OpType type, int ws)
{
    std::array<int, 9> pool {};
    int n = 0;
    auto add = [&](int a) {
        if (covers(a, ws) && !kActors[std::size_t(a)].revoked)
            pool[std::size_t(n++)] = a;
    };
    switch (type) {
    case OpType::Enqueue:
        for (const int a : { Ada, Grace, Katherine, Sofia, AgentOne, Summarizer })
            add(a);
        break;
    case OpType::Replay:
        if (covers(Relay, ws) && m_rng.chance(30))
            return Relay;
        return Syncd;
    case OpType::Tombstone:
        if (m_rng.chance(50))
            return Syncd;
        for (const int a : { Ada, Grace, Katherine, Sofia })
            add(a);
        break;
    default:
        return Syncd;
    }
    return pool[std::size_t(m_rng.below(quint64(n)))];
}

int Generator::deviceFor(int actor, OpStatus status)
{
    if (status == OpStatus::Blocked && m_rng.chance(50))
        return DevOldPhone;
    if (actor == Ada && m_rng.chance(25))
        return DevLaptop;
    return kActors[std::size_t(actor)].device;
}

void Generator::planOperations()
{
    const int total = m_options.operations;
    const int decided = decidedCount(m_options.conflicts);
    m_ops.resize(std::size_t(total));

    static const std::array<int, 8> typeWeights { 30, 25, 20, 0, 0, 8, 7, 10 };
    static const std::array<std::array<int, 8>, 8> statusWeights { {
        { 15, 5, 0, 0, 5, 65, 5, 5 }, // enqueue
        { 8, 8, 70, 0, 4, 0, 10, 0 }, // replay
        { 10, 5, 0, 75, 0, 0, 10, 0 }, // reconcile
        { 0, 0, 0, 0, 0, 100, 0, 0 }, // detect
        { 40, 10, 0, 0, 0, 50, 0, 0 }, // resolve
        { 10, 0, 0, 0, 10, 60, 20, 0 }, // repair
        { 15, 0, 0, 0, 0, 70, 0, 15 }, // tombstone
        { 0, 5, 0, 0, 0, 85, 10, 0 }, // checkpoint
    } };

    struct Track
    {
        std::array<int, 8> lastGood { -1, -1, -1, -1, -1, -1, -1, -1 };
        int lastAny = -1, lastFailed = -1, lastSync = -1;
    };
    std::array<Track, 3> track;

    int othersLeft = total - m_options.conflicts - decided;
    int detectsLeft = m_options.conflicts;
    int nextDetect = 0, nextForced = 0, resolved = 0;
    std::deque<int> ready; // decided conflicts detected but not yet resolved
    qint64 now = kBaseTime + kHour;

    for (int i = 0; i < total; ++i) {
        OpPlan &op = m_ops[std::size_t(i)];
        now += 5 + qint64(m_rng.below(90));
        op.created = now;
        const quint64 pick
            = i == 0 ? 0 : m_rng.below(quint64(othersLeft + detectsLeft) + quint64(ready.size()));
        if (pick < quint64(othersLeft)) {
            --othersLeft;
            if (nextForced < int(kForced.size())) {
                const ForcedOp &f = kForced[std::size_t(nextForced)];
                op.forced = nextForced++;
                op.type = f.type;
                op.status = f.status;
                op.actor = f.actor;
                op.device = f.device;
                op.ws = 0;
            } else {
                op.ws = m_rng.weighted(kWorkspaceWeights);
                op.type = OpType(m_rng.weighted(typeWeights));
                op.status = OpStatus(m_rng.weighted(statusWeights[std::size_t(op.type)]));
                op.actor = chooseActor(op.type, op.ws);
                op.device = deviceFor(op.actor, op.status);
            }
        } else if (pick < quint64(othersLeft + detectsLeft)) {
            --detectsLeft;
            const int c = nextDetect++;
            ConflictPlan &p = m_conflicts[std::size_t(c)];
            op.type = OpType::Detect;
            op.status = OpStatus::Completed;
            op.ws = p.ws;
            op.actor = Syncd;
            op.device = DevLocal;
            op.conflict = c;
            p.detectOp = i;
            if (p.decided)
                ready.push_back(c);
        } else {
            const int c = ready.front();
            ready.pop_front();
            const ConflictPlan &p = m_conflicts[std::size_t(c)];
            op.type = OpType::Resolve;
            op.ws = p.ws;
            op.actor = p.decider;
            op.device = kActors[std::size_t(p.decider)].device;
            op.conflict = c;
            op.resolveOrder = resolved++;
            // The first three show a decision just queued by Sync Desk, one the
            // daemon is working on, and one it has carried out.
            static const std::array<OpStatus, 3> firstStates { OpStatus::Queued, OpStatus::Running,
                OpStatus::Completed };
            op.status = op.resolveOrder < 3
                ? firstStates[std::size_t(op.resolveOrder)]
                : OpStatus(m_rng.weighted(statusWeights[std::size_t(OpType::Resolve)]));
        }

        Track &t = track[std::size_t(op.ws)];
        auto good = [&](OpType type) { return t.lastGood[std::size_t(type)]; };
        switch (op.type) {
        case OpType::Enqueue:
            if (m_rng.chance(30))
                op.parents[0] = good(OpType::Checkpoint);
            break;
        case OpType::Replay:
            op.parents[0] = good(OpType::Enqueue);
            break;
        case OpType::Reconcile:
            op.parents[0] = good(OpType::Replay);
            break;
        case OpType::Detect:
            op.parents[0] = t.lastSync >= 0 ? t.lastSync : t.lastAny;
            break;
        case OpType::Resolve:
            op.parents[0] = m_conflicts[std::size_t(op.conflict)].detectOp;
            break;
        case OpType::Repair:
            op.parents[0] = t.lastFailed >= 0 ? t.lastFailed : t.lastAny;
            break;
        case OpType::Tombstone:
            op.parents[0] = good(OpType::Reconcile) >= 0 ? good(OpType::Reconcile) : t.lastAny;
            break;
        case OpType::Checkpoint:
            op.parents[0] = t.lastAny;
            if (good(OpType::Checkpoint) != t.lastAny)
                op.parents[1] = good(OpType::Checkpoint);
            break;
        }
        if (op.parents[0] < 0)
            std::swap(op.parents[0], op.parents[1]);

        t.lastAny = i;
        if (op.status == OpStatus::Failed)
            t.lastFailed = i;
        if (succeeded(op.status)) {
            t.lastGood[std::size_t(op.type)] = i;
            if (op.type == OpType::Replay || op.type == OpType::Reconcile)
                t.lastSync = i;
        }
    }
}

void Generator::allocateTasks()
{
    // Forced operations always get theirs; the rest are spread evenly (Bresenham)
    // so that any count is met exactly without a second pass over the files.
    const qint64 spare = m_options.tasks - kForcedTasks;
    qint64 regular = 0;
    for (const auto &op : m_ops)
        regular += op.forced < 0;
    auto eligible = [](const OpPlan &op) {
        return op.forced < 0 && op.type != OpType::Resolve && op.status != OpStatus::Cancelled
            && op.status != OpStatus::Blocked;
    };
    qint64 retryable = 0;
    for (const auto &op : m_ops)
        retryable += eligible(op);
    const bool everyone = spare >= regular;
    const qint64 extra = everyone ? spare - regular : 0;
    const bool anyRetry = retryable > 0;
    qint64 j = 0, k = 0;
    for (auto &op : m_ops) {
        if (op.forced >= 0) {
            op.tasks = op.forced == kChainOp ? 3 : 1;
            continue;
        }
        if (!everyone) {
            op.tasks = int((j + 1) * spare / regular - j * spare / regular);
            ++j;
            continue;
        }
        op.tasks = 1;
        if (anyRetry ? eligible(op) : true) {
            const qint64 m = anyRetry ? retryable : regular;
            op.tasks += int((k + 1) * extra / m - k * extra / m);
            ++k;
        }
    }
}

void Generator::allocateEnvelopes()
{
    const int decided = decidedCount(m_options.conflicts);
    const qint64 spare = m_options.evidence - decided - kForcedEnvelopes;
    qint64 pool = 0;
    for (const auto &op : m_ops)
        pool += op.forced < 0 && op.type != OpType::Resolve;
    qint64 j = 0;
    for (auto &op : m_ops) {
        if (op.type == OpType::Resolve)
            op.envelopes = 1;
        else if (op.forced == kChainOp || op.forced == kTamperedOp)
            op.envelopes = 1;
        else if (op.forced < 0) {
            op.envelopes = int((j + 1) * spare / pool - j * spare / pool);
            ++j;
        }
    }
}

// ---------------------------------------------------------------- output

bool Generator::fail(const std::string &path, int err)
{
    if (!m_failed)
        m_error = DemoStore::tr("Cannot write %1: %2")
                      .arg(QFile::decodeName(QByteArray::fromStdString(path)),
                          QString::fromLocal8Bit(std::strerror(err)));
    m_failed = true;
    return false;
}

bool Generator::writeFile(const std::string &rel, const std::string &bytes)
{
    if (m_failed)
        return false;
    const std::string path = m_rootBytes + '/' + rel;
    // O_EXCL: a demo never overwrites anything, not even its own files.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(path, errno);
    const char *p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int e = errno;
            ::close(fd);
            return fail(path, e);
        }
        p += n;
        left -= std::size_t(n);
    }
    if (::close(fd) != 0)
        return fail(path, errno);
    return true;
}

void Generator::flushJournal()
{
    const char *p = m_journalBuffer.data();
    std::size_t left = m_journalBuffer.size();
    while (left > 0 && !m_failed) {
        const ssize_t n = ::write(m_journalFd, p, left);
        if (n < 0) {
            if (errno != EINTR)
                fail(m_rootBytes + "/journal.jsonl", errno);
            continue;
        }
        p += n;
        left -= std::size_t(n);
    }
    m_journalBuffer.clear();
}

void Generator::journal(const char *type, const char *lane, const std::string &objectId,
    Producer producer, qint64 time, Json payload)
{
    // Event times follow the order of writing, as the daemon's clock would.
    m_journalTime = std::max(m_journalTime, time);
    Json e = Json::object();
    e["schema"] = "sourceos.journal-event/v1alpha1";
    e["event_id"] = "evt-" + pad(++m_events, 8);
    e["event_type"] = type;
    e["lane"] = lane;
    e["object_id"] = objectId;
    e["producer"] = producer == Producer::Daemon ? "sourceos-syncd" : "sourceos-syncdesk";
    e["created_at"] = utc(m_journalTime);
    e["payload"] = std::move(payload);
    e["applied"] = true;
    m_journalBuffer += e.dump();
    m_journalBuffer += '\n';
    if (m_journalBuffer.size() > (1u << 20))
        flushJournal();
}

std::string Generator::relativePath(const char *registry, const std::string &id)
{
    return std::string(registry) + '/' + safeRecordId(QString::fromStdString(id)).toStdString()
        + ".json";
}

std::string Generator::put(const char *registry, const std::string &id, const Json &record,
    const char *lane, qint64 time, Producer producer)
{
    const std::string rel = relativePath(registry, id);
    writeFile(rel, record.dump(2) + '\n');
    Json payload = Json::object();
    payload["path"] = rel;
    journal("add", lane, id, producer, time, std::move(payload));
    return rel;
}

Json Generator::objectRecord(const std::string &id, int ws, int name, int owner, int creator,
    int modifier, qint64 created, qint64 updated, const char *retention, const char *state)
{
    const WorkspaceInfo &w = kWorkspaces[std::size_t(ws)];
    const ObjectKind &k = kObjectKinds[std::size_t(objectName(ws, name).kind)];
    Json o = Json::object();
    o["schema"] = "sourceos.object-record/v1alpha1";
    o["object_id"] = id;
    o["object_type"] = k.type;
    o["schema_id"] = k.schemaId;
    o["schema_version"] = k.version;
    o["workspace_id"] = w.id;
    o["profile_id"] = w.profile;
    o["owner_identity"] = std::string("identity:") + kActors[std::size_t(owner)].slug;
    o["created_by_actor"] = actorId(creator);
    o["last_modified_by_actor"] = actorId(modifier);
    o["created_at"] = utc(created);
    o["updated_at"] = utc(updated);
    o["privacy_class"] = w.privacy;
    o["sync_visibility"] = w.visibility;
    o["retention_class"] = retention;
    o["policy_tags"] = strings({ "local-first", std::string(w.slug) });
    o["provenance"] = strings({ std::string("event:workspace-") + w.slug + "-initialized" });
    o["state"] = state;
    o["content_hash"] = "sha256:" + m_rng.hex(64);
    return o;
}

void Generator::writeStatic()
{
    struct ProfileInfo
    {
        const char *id, *name, *cls, *tag;
    };
    static const std::array<ProfileInfo, 3> profiles { {
        { "profile:local-dev", "Local Development", "lab", "development" },
        { "profile:work", "Work", "work", "team-sync" },
        { "profile:personal", "Personal", "personal", "family" },
    } };
    for (const auto &p : profiles) {
        Json r = Json::object();
        r["schema"] = "sourceos.profile-record/v1alpha1";
        r["profile_id"] = p.id;
        r["display_name"] = p.name;
        r["profile_class"] = p.cls;
        r["created_at"] = utc(kBaseTime);
        r["policy_tags"] = strings({ "local-first", p.tag });
        put("profiles", p.id, r, "normal", kBaseTime);
    }

    const qint64 deviceRevoked = kBaseTime + 40 * kMinute;
    for (std::size_t d = 0; d < kDevices.size(); ++d) {
        const DeviceInfo &info = kDevices[d];
        const qint64 created = kBaseTime + qint64(d + 1) * kMinute;
        Json r = Json::object();
        r["schema"] = "sourceos.device-record/v1alpha1";
        r["device_id"] = info.id;
        r["display_name"] = info.name;
        r["trust_level"] = info.trust;
        r["device_state"] = info.state;
        r["created_at"] = utc(created);
        r["revoked_at"] = int(d) == DevOldPhone ? Json(utc(deviceRevoked)) : Json(nullptr);
        put("devices", info.id, r, "secure", created);
    }

    const qint64 actorRevoked = kBaseTime + 42 * kMinute;
    for (std::size_t a = 0; a < kActors.size(); ++a) {
        const ActorInfo &info = kActors[a];
        const qint64 created = kBaseTime + 2 * kMinute + qint64(a) * 30;
        Json ws = Json::array(), profiles = Json::array(), caps = Json::array();
        for (std::size_t w = 0; w < kWorkspaces.size(); ++w) {
            if ((info.workspaces >> w) & 1) {
                ws.push_back(kWorkspaces[w].id);
                profiles.push_back(kWorkspaces[w].profile);
            }
        }
        for (std::size_t c = 0; c < kCapabilities.size(); ++c)
            if ((info.caps >> c) & 1)
                caps.push_back(kCapabilities[c]);
        Json r = Json::object();
        r["schema"] = "sourceos.actor-record/v1alpha1";
        r["actor_id"] = actorId(int(a));
        r["actor_type"] = info.type;
        r["display_name"] = info.name;
        r["identity_id"] = std::string("identity:") + info.slug;
        r["workspace_scope"] = std::move(ws);
        r["profile_scope"] = std::move(profiles);
        r["capabilities"] = std::move(caps);
        r["trust_level"] = info.trust;
        r["policy_subject"] = std::string("sourceos.actor.") + info.slug;
        r["signing_key_ref"] = std::string("key:") + info.slug + '-'
            + std::string(kDevices[std::size_t(info.device)].id).substr(sizeof("device:") - 1);
        r["created_at"] = utc(created);
        r["revoked_at"] = info.revoked ? Json(utc(actorRevoked)) : Json(nullptr);
        put("actors", r["actor_id"].get<std::string>(), r, "secure", created);
    }

    for (const auto &k : kObjectKinds) {
        const bool v2 = std::string_view(k.version) == "v2";
        Json owners = Json::object();
        owners["object_id"] = "sourceos-syncd";
        owners["object_type"] = "sourceos-syncd";
        owners["profile_id"] = "policy-fabric";
        owners["workspace_id"] = "sociosphere";
        owners["content_hash"] = "sourceos-syncd";
        Json r = Json::object();
        r["schema"] = "sourceos.schema-record/v1alpha1";
        r["schema_id"] = k.schemaId;
        r["object_type"] = k.type;
        r["schema_version"] = k.version;
        r["required_fields"]
            = strings({ "object_id", "object_type", "profile_id", "workspace_id", "content_hash" });
        r["field_owners"] = std::move(owners);
        r["migration_policy"] = v2 ? "migrate_on_read_from_v1" : "forward_compatible_required";
        r["conflict_policy"]
            = std::string_view(k.type) == "note" ? "field_level_merge" : "object_type_specific";
        r["tombstone_policy"] = "preserve_until_retention_allows_purge";
        r["sync_visibility"] = v2 ? "profile" : "workspace";
        r["retention_class"] = "normal";
        put("schemas", k.schemaId, r, "migration", kBaseTime + 10 * kMinute);
    }

    auto event = [&](const std::string &id, const char *type, qint64 at, const std::string &summary,
                     int actor, int device, int ws) {
        Json r = Json::object();
        r["schema"] = "sourceos.integrity-event/v1alpha1";
        r["event_id"] = id;
        r["event_type"] = type;
        r["occurred_at"] = utc(at);
        r["summary"] = summary;
        r["actor_id"] = actorId(actor);
        r["device_id"] = kDevices[std::size_t(device)].id;
        if (ws >= 0) {
            r["profile_id"] = kWorkspaces[std::size_t(ws)].profile;
            r["workspace_id"] = kWorkspaces[std::size_t(ws)].id;
        }
        put("events", id, r, "audit", at);
    };
    for (std::size_t w = 0; w < kWorkspaces.size(); ++w)
        event(std::string("event:workspace-") + kWorkspaces[w].slug + "-initialized",
            "sync.workspace.initialized", kBaseTime + 5 * kMinute + qint64(w) * kMinute,
            std::string("Workspace ") + kWorkspaces[w].title
                + " was initialized on the local SourceOS device.",
            Ada, DevLocal, int(w));
    event("event:device-old-phone-revoked", "sync.device.revoked", deviceRevoked,
        "The old phone was reported lost; its device key was revoked and its pending changes "
        "are no longer admitted.",
        Ada, DevOldPhone, -1);
    event("event:actor-radia-perlman-revoked", "sync.actor.revoked", actorRevoked,
        "Radia Perlman left the team; her actor was revoked. Changes she queued before that "
        "still need a decision.",
        Ada, DevLocal, -1);

    auto policy = [&](const std::string &id, int effect, const char *policyId, int actor,
                      const Json &object, int ws, const std::string &rationale, qint64 at) {
        Json r = Json::object();
        r["schema"] = "sourceos.policy-decision/v1alpha1";
        r["decision_id"] = id;
        r["effect"] = kEffects[std::size_t(effect)];
        r["policy_id"] = policyId;
        r["policy_version"] = "v1";
        r["actor_id"] = actorId(actor);
        r["object_id"] = object;
        r["profile_id"] = kWorkspaces[std::size_t(ws)].profile;
        r["workspace_id"] = kWorkspaces[std::size_t(ws)].id;
        r["rationale"] = rationale;
        r["decided_at"] = utc(at);
        put("policy-decisions", id, r, "policy", at);
    };
    // Workspace-wide decisions (no object) govern routine sync; conflicts each
    // get an object-specific one when they are detected.
    for (std::size_t w = 0; w < kWorkspaces.size(); ++w)
        policy(wsPolicyId(int(w)), Allow, "sourceos.policy/workspace-sync", Syncd, Json(nullptr),
            int(w),
            std::string("Routine sync inside ") + kWorkspaces[w].title
                + " is allowed for actors in its scope.",
            kBaseTime + 50 * kMinute + qint64(w) * 10);
    policy("policy-decision:revoked-device-deny", Deny, "sourceos.policy/device-trust", Ada,
        Json(nullptr), 0, "Changes sent from a revoked device are not admitted.",
        kBaseTime + 50 * kMinute + 40);

    // Objects no conflict names, for the artifacts that operations stage.
    for (int x = 0; x < m_extraObjects; ++x) {
        const int ws = x % 3;
        const int name = int(m_rng.below(kObjectNames[0].size()));
        const std::string id = objectId(ws, name, x + 1);
        const qint64 created = kBaseTime + 15 * kMinute + qint64(m_rng.below(40 * kMinute));
        const qint64 updated = created + qint64(m_rng.below(10 * kMinute));
        const int owner = ws == 1 ? Grace : Ada;
        const int modifier = covers(AgentOne, ws) && m_rng.chance(40) ? AgentOne : owner;
        const char *state = x % 17 == 16 ? "tombstoned" : "active";
        put("objects", id,
            objectRecord(id, ws, name, owner, owner, modifier, created, updated,
                m_rng.chance(20) ? "retained" : "normal", state),
            "normal", updated);
        m_objectsOf[std::size_t(ws)].push_back(id);
    }
}

Json Generator::pendingConflict(int c, qint64 created)
{
    const ConflictPlan &p = m_conflicts[std::size_t(c)];
    const WorkspaceInfo &w = kWorkspaces[std::size_t(p.ws)];
    const ObjectKind &k = kObjectKinds[std::size_t(objectName(p.ws, p.name).kind)];
    const std::string label = objectLabel(p.ws, p.name);
    const std::string a = kActors[std::size_t(p.actorA)].name;
    const std::string b = kActors[std::size_t(p.actorB)].name;
    const int devA = kActors[std::size_t(p.actorA)].device;
    const int devB = kActors[std::size_t(p.actorB)].device;
    const std::string da = kDevices[std::size_t(devA)].name;
    const std::string db = kDevices[std::size_t(devB)].name;

    std::string explanation;
    switch (p.severity) {
    case 0:
        explanation = a + " and " + b + " saved '" + label
            + "' within a minute of each other. The two versions differ only in details such as "
              "timestamps, so no content is lost whichever is kept.";
        break;
    case 1:
        explanation = a + " (on " + da + ") and " + b + " (on " + db + ") both edited '" + label
            + "' since it was last synced. Their changes touch different parts, so they can "
              "probably be combined.";
        break;
    case 2:
        explanation = a + " and " + b + " changed the same part of '" + label
            + "' in different ways. Someone should compare both versions before one is kept.";
        break;
    default:
        explanation = b + " deleted '" + label + "' on " + db + " while " + a
            + " was still editing it on " + da
            + ". Syncing this object is on hold until someone decides.";
        break;
    }
    // The reason for the recommendation, in terms of what happened to the object.
    const char *why = "";
    if (p.recommended == Merge)
        why = "Recommended: merge. The edits do not overlap, so the daemon can combine them "
              "without dropping either change.";
    else if (p.recommended == Skip)
        why = "Recommended: skip. The incoming change only touches details; keeping the object "
              "as it is loses no content.";
    else if (p.severity == 3)
        why = "Recommended: fork. One side deleted the object while the other edited it; forking "
              "keeps the edited copy without undoing the deletion.";
    else if (p.severity == 1)
        why = "Recommended: fork. Merging is not offered for this object, so keeping both "
              "versions loses nothing while someone compares them.";
    else
        why = "Recommended: fork. The edits overlap; keeping both versions as separate objects "
              "loses nothing while someone compares them.";

    Json devices = Json::array();
    devices.push_back(kDevices[std::size_t(devA)].id);
    if (devB != devA)
        devices.push_back(kDevices[std::size_t(devB)].id);
    Json options = p.forkSkip ? strings({ "fork", "skip" }) : strings({ "merge", "fork", "skip" });

    Json card = Json::object();
    card["card_id"] = "decision-card:conflict-" + conflictSlug(c);
    card["options"] = std::move(options);
    card["recommended_option"] = kOptions[std::size_t(p.recommended)];
    card["selected_option"] = nullptr;
    card["rationale"] = why;
    card["selected_by"] = nullptr;
    card["selected_at"] = nullptr;

    Json r = Json::object();
    r["schema"] = "sourceos.conflict-record/v1alpha1";
    r["conflict_id"] = "conflict:" + conflictSlug(c);
    r["object_id"] = conflictObjectId(c);
    r["object_type"] = k.type;
    r["workspace_id"] = w.id;
    r["profile_id"] = w.profile;
    r["actors"] = strings({ actorId(p.actorA), actorId(p.actorB) });
    r["devices"] = std::move(devices);
    r["schema_version"] = k.version;
    r["severity"] = kSeverities[std::size_t(p.severity)];
    r["merge_policy"] = kMergePolicies[std::size_t(p.severity)];
    r["decision_card"] = std::move(card);
    r["user_explanation"] = explanation;
    r["created_at"] = utc(created);
    return r;
}

Json Generator::envelope(const std::string &writer, const std::string &type,
    const std::string &subject, qint64 generated, Json artifact, bool sign, std::string *evidenceId)
{
    const std::string digest = artifactDigest(artifact).toStdString();
    const std::string id
        = Evidence::deriveId(Json(digest), Json(type), Json(subject), Json(writer)).toStdString();
    Json attestation = Json::object();
    attestation["signed"] = sign;
    attestation["signature"]
        = sign ? Json("ed25519:" + sha256Hex(id + digest).toStdString()) : Json(nullptr);
    attestation["reason"] = sign    ? "signed-with-device-key"
        : writer == kSyncDeskWriter ? "syncdesk-local-unsigned"
                                    : "local-stub-unsigned";
    Json e = Json::object();
    e["schema"] = std::string(kEvidenceSchema);
    e["evidence_id"] = id;
    e["generated_at"] = utc(generated);
    e["writer"] = writer;
    e["evidence_type"] = type;
    e["subject"] = subject;
    e["artifact_digest"] = digest;
    e["artifact"] = std::move(artifact);
    e["attestation"] = std::move(attestation);
    *evidenceId = id;
    return e;
}

std::string Generator::operationEvidenceType(int index, int sequence) const
{
    static const std::array<const char *, 6> rotation { "state-integrity-report", "repair-plan",
        "policy-decision", "local-state-summary", "agent-trust-decision", "delivery-scorecard" };
    const OpPlan &op = m_ops[std::size_t(index)];
    int base = 0;
    switch (op.type) {
    case OpType::Enqueue:
        base = kActors[std::size_t(op.actor)].type == std::string_view("human") ? 2 : 4;
        break;
    case OpType::Replay:
        base = 3;
        break;
    case OpType::Reconcile:
        base = 5;
        break;
    case OpType::Repair:
        base = 1;
        break;
    case OpType::Tombstone:
        base = 2;
        break;
    default:
        base = 0;
        break;
    }
    return rotation[std::size_t((base + sequence) % 6)];
}

Json Generator::operationArtifact(
    const std::string &type, int index, int sequence, qint64 generated)
{
    const OpPlan &op = m_ops[std::size_t(index)];
    const WorkspaceInfo &w = kWorkspaces[std::size_t(op.ws)];
    const std::string ref = opSlug(index) + '-' + std::to_string(sequence + 1);
    Json a = Json::object();
    a["schema"] = "sourceos." + type + "/v1alpha1";
    if (type == "state-integrity-report") {
        a["report_id"] = "integrity-report:" + ref;
        a["generated_at"] = utc(generated);
        a["operation_id"] = opId(index);
        a["workspace_id"] = w.id;
        a["records_checked"] = 200 + qint64(m_rng.below(4000));
        // The tampered copy claims a clean report; the signed digest says otherwise.
        a["mismatches"] = op.forced == kTamperedOp ? 2 : 0;
        a["journal_generation"] = m_events;
        a["status"] = op.forced == kTamperedOp ? "repaired" : "consistent";
    } else if (type == "repair-plan") {
        Json first = Json::object(), second = Json::object();
        first["action"] = "rebuild_index";
        first["target"] = std::string("indexes/") + w.slug;
        second["action"] = "replay_journal";
        second["from_event"] = "evt-" + pad(std::max<qint64>(1, m_events - 40), 8);
        a["plan_id"] = "repair-plan:" + ref;
        a["generated_at"] = utc(generated);
        a["operation_id"] = opId(index);
        a["steps"] = Json::array({ first, second });
        a["dry_run"] = false;
    } else if (type == "policy-decision") {
        const auto &objects = m_objectsOf[std::size_t(op.ws)];
        a["decision_id"] = "policy-eval:" + ref;
        a["generated_at"] = utc(generated);
        a["engine"] = "policy-fabric-local";
        a["action"] = op.type == OpType::Tombstone ? "tombstone_object" : "enqueue_change";
        a["lane"] = op.type == OpType::Tombstone ? "tombstone" : "normal";
        a["status"] = "allowed";
        a["reason"] = "actor_in_workspace_scope";
        a["subject"] = actorId(op.actor);
        a["object_id"] = objects.empty() ? Json(nullptr)
                                         : Json(objects[std::size_t(m_rng.below(objects.size()))]);
        a["data_class"] = w.privacy;
    } else if (type == "local-state-summary") {
        a["operation_id"] = opId(index);
        a["workspace_id"] = w.id;
        a["generated_at"] = utc(generated);
        a["pending_operations"] = qint64(m_rng.below(40));
        a["queued_tasks"] = qint64(m_rng.below(25));
        a["last_checkpoint"] = checkpointRef(op.ws);
    } else if (type == "agent-trust-decision") {
        a["actor_id"] = actorId(op.actor);
        a["operation_id"] = opId(index);
        a["generated_at"] = utc(generated);
        a["trust_level"] = kActors[std::size_t(op.actor)].trust;
        a["decision"] = "allow_scoped_write";
        a["reason"] = "actor_acts_within_declared_scope";
        a["scopes"] = strings({ w.id });
    } else {
        const qint64 delivered = 20 + qint64(m_rng.below(400));
        const qint64 failed = qint64(m_rng.below(5));
        a["operation_id"] = opId(index);
        a["generated_at"] = utc(generated);
        a["delivered"] = delivered;
        a["retried"] = qint64(m_rng.below(8));
        a["failed"] = failed;
        // A float on purpose: digests must follow Python's float formatting.
        a["success_ratio"] = double(delivered) / double(delivered + failed);
    }
    return a;
}

std::vector<TaskTiming> Generator::taskTimings(const OpPlan &op)
{
    std::vector<TaskTiming> out;
    qint64 cursor = op.created + 1 + qint64(m_rng.below(3));
    for (int attempt = 1; attempt <= op.tasks; ++attempt) {
        TaskTiming t {};
        t.status = attempt < op.tasks ? TaskStatus::Failed : finalTaskStatus(op.status);
        t.created = cursor;
        t.started = -1;
        t.completed = -1;
        if (t.status != TaskStatus::Pending && t.status != TaskStatus::Cancelled)
            t.started = t.created + 1 + qint64(m_rng.below(4));
        if (t.status == TaskStatus::Succeeded || t.status == TaskStatus::Failed)
            t.completed = t.started + 1 + qint64(m_rng.below(25));
        t.updated = t.completed >= 0 ? t.completed
            : t.started >= 0         ? t.started
                                     : t.created + qint64(m_rng.below(3));
        // Exponential back-off between attempts, like the daemon's retry policy.
        cursor = t.updated + (qint64(5) << std::min(attempt, 6)) + qint64(m_rng.below(5));
        out.push_back(t);
    }
    return out;
}

void Generator::writeOperation(int index)
{
    OpPlan &op = m_ops[std::size_t(index)];
    const WorkspaceInfo &w = kWorkspaces[std::size_t(op.ws)];
    const std::string id = opId(index);
    const std::string slug = opSlug(index);
    const bool conflictOp = op.conflict >= 0;
    const Producer producer = op.type == OpType::Resolve ? Producer::SyncDesk : Producer::Daemon;
    const char *lane = "normal";
    switch (op.type) {
    case OpType::Enqueue:
        lane = kActors[std::size_t(op.actor)].type == std::string_view("human") ? "priority"
                                                                                : "normal";
        break;
    case OpType::Resolve:
        lane = "policy";
        break;
    case OpType::Repair:
        lane = "repair";
        break;
    case OpType::Tombstone:
        lane = "tombstone";
        break;
    case OpType::Checkpoint:
        lane = "archive";
        break;
    default:
        break;
    }

    std::string policyRef = wsPolicyId(op.ws);
    int effect = Allow;
    if (conflictOp) {
        policyRef = conflictPolicyId(op.conflict);
        effect = m_conflicts[std::size_t(op.conflict)].effect;
    } else if (op.forced == kBlockedOp || op.device == DevOldPhone) {
        policyRef = "policy-decision:revoked-device-deny";
        effect = Deny;
    }

    // Detection writes the object's new state, the policy verdict and the card.
    const std::string conflictId = conflictOp ? "conflict:" + conflictSlug(op.conflict) : "";
    if (op.type == OpType::Detect) {
        const ConflictPlan &p = m_conflicts[std::size_t(op.conflict)];
        const qint64 detected = op.created + 1;
        const std::string object = conflictObjectId(op.conflict);
        put("objects", object,
            objectRecord(object, p.ws, p.name, p.ws == 1 ? Grace : Ada, p.actorA, p.actorB,
                p.objectCreated, op.created - 10, p.effect == Deny ? "legal_hold" : "normal",
                p.decided ? "active" : "conflicted"),
            "normal", op.created - 10);
        m_objectsOf[std::size_t(p.ws)].push_back(object);

        const std::string label = objectLabel(p.ws, p.name);
        static const std::array<const char *, 3> policyIds { "sourceos.policy/workspace-sync",
            "sourceos.policy/legal-hold", "sourceos.policy/human-review" };
        std::string rationale;
        switch (p.effect) {
        case Allow:
            rationale = std::string(kActors[std::size_t(p.actorB)].name)
                + "'s change is in scope for " + w.title
                + " and the object's retention class allows syncing; a decision may be "
                  "applied.";
            break;
        case Deny:
            rationale = "'" + label
                + "' is under legal hold: no change to it may be applied until the hold is "
                  "lifted.";
            break;
        default:
            rationale = std::string("The actors and object are in scope, but changes to ")
                + w.privacy + " objects need a person's review before they sync.";
            break;
        }
        Json r = Json::object();
        r["schema"] = "sourceos.policy-decision/v1alpha1";
        r["decision_id"] = policyRef;
        r["effect"] = kEffects[std::size_t(p.effect)];
        r["policy_id"] = policyIds[std::size_t(p.effect)];
        r["policy_version"] = p.effect == Deny ? "v2" : "v1";
        r["actor_id"] = actorId(p.actorB);
        r["object_id"] = object;
        r["profile_id"] = w.profile;
        r["workspace_id"] = w.id;
        r["rationale"] = rationale;
        r["decided_at"] = utc(detected);
        put("policy-decisions", policyRef, r, "policy", detected);

        Json conflict = pendingConflict(op.conflict, detected);
        const std::string rel = relativePath("conflicts", conflictId);
        if (p.decided) {
            // Written once, decided, when its resolution comes; the journal
            // still records the detection now.
            m_pendingBeforeDecision[std::size_t(op.conflict)] = std::move(conflict);
            Json payload = Json::object();
            payload["path"] = rel;
            journal("add", "policy", conflictId, Producer::Daemon, detected, std::move(payload));
        } else {
            put("conflicts", conflictId, conflict, "policy", detected);
        }
    }

    const std::vector<TaskTiming> timings = taskTimings(op);
    const qint64 updated = timings.empty()
        ? op.created + (op.status == OpStatus::Queued ? 0 : 1 + qint64(m_rng.below(30)))
        : timings.back().updated + 1;

    std::vector<std::string> refs; // envelopes this operation produced, "evidence:<id>"
    std::string selectedOption, resolveKey;
    Json decidedConflict;
    if (op.type == OpType::Resolve) {
        const ConflictPlan &p = m_conflicts[std::size_t(op.conflict)];
        Json &before = m_pendingBeforeDecision[std::size_t(op.conflict)];
        const qint64 selectedAt = op.created - 3;
        std::string devB = kDevices[std::size_t(kActors[std::size_t(p.actorB)].device)].name;
        static const std::array<std::array<const char *, 2>, 3> reasons { {
            { "Compared both versions: the edits are in different sections, so merging keeps "
              "everyone's work.",
                "Checked the merged preview; nothing overlaps." },
            { "Both versions contain work worth keeping; forked so the owners can reconcile them "
              "by hand.",
                "Could not tell which edit is right without asking; keeping both for now." },
            { nullptr,
                "The competing change only touched formatting; leaving the object as it is." },
        } };
        const int variant = int(m_rng.below(2));
        std::string reason = p.selected == Skip && variant == 0
            ? "The incoming version is an older copy replayed from " + devB
                + "; kept the current one."
            : reasons[std::size_t(p.selected)][std::size_t(variant)];
        selectedOption = kOptions[std::size_t(p.selected)];
        decidedConflict = before;
        Json &card = decidedConflict["decision_card"];
        card["selected_option"] = selectedOption;
        card["rationale"] = reason;
        card["selected_by"] = actorId(p.decider);
        card["selected_at"] = utc(selectedAt);

        // Shaped like the artifact Sync Desk's own resolution writer produces.
        const std::string cardId = card["card_id"].get<std::string>();
        resolveKey = "syncdesk-resolve-"
            + sha256Hex(conflictId + '\n' + cardId + '\n' + selectedOption).left(24).toStdString();
        Json decision = Json::object();
        decision["conflict_id"] = conflictId;
        decision["card_id"] = cardId;
        decision["option"] = selectedOption;
        decision["actor_id"] = actorId(p.decider);
        decision["rationale"] = reason;
        decision["decided_at"] = utc(selectedAt);
        decision["recommended_option"] = kOptions[std::size_t(p.recommended)];
        decision["idempotency_key"] = resolveKey;
        decision["operation_id"] = id;
        decision["task_id"] = op.tasks > 0 ? Json("operation-task:" + slug + "-1") : Json(nullptr);
        decision["policy_decision_ref"] = policyRef;
        decision["policy_effect"] = kEffects[std::size_t(p.effect)];
        Json artifact = Json::object();
        artifact["schema"] = "sourceos.syncdesk.conflict-resolution/v1alpha1";
        artifact["decision"] = std::move(decision);
        artifact["conflict_before"] = std::move(before);
        artifact["conflict_after"] = decidedConflict;
        before = Json();
        std::string evidenceId;
        const Json e = envelope(std::string(kSyncDeskWriter), std::string(kResolutionEvidenceType),
            conflictId, selectedAt, std::move(artifact), false, &evidenceId);
        put("evidence", evidenceId, e, "audit", selectedAt, Producer::SyncDesk);
        refs.push_back("evidence:" + evidenceId);

        const std::string rel = relativePath("conflicts", conflictId);
        writeFile(rel, decidedConflict.dump(2) + '\n');
        Json payload = Json::object();
        payload["path"] = rel;
        payload["option"] = selectedOption;
        payload["actor_id"] = actorId(p.decider);
        payload["operation_id"] = id;
        if (op.tasks > 0)
            payload["task_id"] = "operation-task:" + slug + "-1";
        payload["evidence_id"] = evidenceId;
        journal("update", "policy", conflictId, Producer::SyncDesk, selectedAt, std::move(payload));
    } else {
        for (int s = 0; s < op.envelopes; ++s) {
            const std::string type = operationEvidenceType(index, s);
            Json artifact = operationArtifact(type, index, s, updated);
            const bool tamper = op.forced == kTamperedOp && s == 0;
            std::string evidenceId;
            Json e = envelope("sourceos-syncd-local-evidence-writer", type, id, updated,
                std::move(artifact), tamper || m_rng.chance(50), &evidenceId);
            if (tamper)
                e["artifact"]["mismatches"] = 0;
            put("evidence", evidenceId, e, "audit", updated);
            refs.push_back("evidence:" + evidenceId);
        }
    }

    bool replaySafe = true, stale = false, leaseExpired = false;
    if ((op.type == OpType::Repair || op.type == OpType::Tombstone) && m_rng.chance(50))
        replaySafe = false;
    if (op.status == OpStatus::Failed && m_rng.chance(30))
        replaySafe = false;
    if (op.status == OpStatus::Running) {
        stale = m_rng.chance(40);
        leaseExpired = stale && m_rng.chance(75);
    } else if (op.status == OpStatus::Queued) {
        stale = m_rng.chance(10);
    } else if (op.status == OpStatus::Failed) {
        leaseExpired = m_rng.chance(25);
    }
    if (op.forced == kMissingOpA) {
        replaySafe = false;
        leaseExpired = true;
    }
    if (op.forced == kStaleOp)
        stale = leaseExpired = true;
    if (op.type == OpType::Resolve || op.type == OpType::Detect)
        replaySafe = true;

    std::string remote;
    const bool reachesRemote = op.status == OpStatus::Replayed || op.status == OpStatus::Reconciled
        || (op.status == OpStatus::Completed && op.type != OpType::Detect && m_rng.chance(60));
    if (reachesRemote)
        remote
            = "remote-op:" + std::to_string(10000 + 3 * m_remoteCounter++ + qint64(m_rng.below(3)));

    std::string idempotency = std::string("idem-") + kOpShort[std::size_t(op.type)] + '-' + slug;
    if (op.type == OpType::Resolve)
        idempotency = resolveKey;

    if (op.type == OpType::Checkpoint && op.status == OpStatus::Completed)
        ++m_checkpoints[std::size_t(op.ws)];

    Json provisional = Json::object(), reconciliation = Json::object();
    const auto &objects = m_objectsOf[std::size_t(op.ws)];
    const bool stages = op.type == OpType::Reconcile
        || (op.type == OpType::Replay && m_rng.chance(30))
        || (op.type == OpType::Enqueue && m_rng.chance(15));
    if (stages && !objects.empty()) {
        const int n = objects.size() > 1 ? 1 + int(m_rng.below(2)) : 1;
        const std::size_t first = std::size_t(m_rng.below(objects.size()));
        for (int k = 1; k <= n; ++k) {
            const std::string temp = "artifact:tmp-" + slug + '-' + std::to_string(k);
            // A second staged artifact belongs to another object.
            const std::size_t pick
                = k == 1 ? first : (first + 1 + m_rng.below(objects.size() - 1)) % objects.size();
            provisional[temp] = objects[pick];
            if (op.status == OpStatus::Reconciled || op.status == OpStatus::Completed)
                reconciliation[temp] = "artifact:final-" + std::to_string(++m_artifactCounter);
        }
    }

    Json parents = Json::array();
    for (const int parent : op.parents)
        if (parent >= 0)
            parents.push_back(opId(parent));
    Json ledger = Json::array();
    for (const auto &r : refs)
        ledger.push_back(r);
    if (op.forced == kMissingOpA)
        ledger.push_back(m_missingRefs[0]);
    if (op.forced == kStaleOp)
        ledger.push_back(m_missingRefs[1]);

    Json r = Json::object();
    r["schema"] = "sourceos.workspace-operation/v1alpha1";
    r["operation_id"] = id;
    r["local_operation_id"] = "local-op:" + pad(index + 1, m_opWidth);
    if (!remote.empty())
        r["remote_operation_id"] = remote;
    r["operation_type"] = kOpTypes[std::size_t(op.type)];
    r["status"] = kOpStatuses[std::size_t(op.status)];
    r["workspace_id"] = w.id;
    r["profile_id"] = w.profile;
    r["actor_id"] = actorId(op.actor);
    r["device_id"] = kDevices[std::size_t(op.device)].id;
    r["encryption_profile_ref"] = w.encryption;
    // Its own journal line is the next one.
    r["local_log_ref"] = "journal:evt-" + pad(m_events + 1, 8);
    r["checkpoint_ref"] = checkpointRef(op.ws);
    r["causal_parent_ids"] = std::move(parents);
    r["conflict_ids"] = conflictOp ? strings({ conflictId }) : Json::array();
    r["provisional_artifact_ids"] = std::move(provisional);
    r["artifact_reconciliation"] = std::move(reconciliation);
    r["policy_decision_ref"] = policyRef;
    r["artifact_admission_ref"]
        = "artifact-admission:" + slug + '-' + kEffectShort[std::size_t(effect)];
    r["ledger_evidence_refs"] = std::move(ledger);
    r["replay_safe"] = replaySafe;
    r["stale_task"] = stale;
    r["lease_expired"] = leaseExpired;
    r["replay_idempotency_key"] = idempotency;
    r["created_at"] = utc(op.created);
    r["updated_at"] = utc(updated);
    put("operations", id, r, lane, updated, producer);

    for (int attempt = 1; attempt <= op.tasks; ++attempt) {
        const TaskTiming &t = timings[std::size_t(attempt - 1)];
        Json evidence = Json::array();
        if (attempt == op.tasks)
            for (const auto &ref : refs)
                evidence.push_back(ref);
        if (op.forced == kChainOp && attempt == 2)
            evidence.push_back(m_missingRefs[2]);
        const std::string taskId = "operation-task:" + slug + '-' + std::to_string(attempt);
        Json task = Json::object();
        task["schema"] = "sourceos.operation-task/v1alpha1";
        task["task_id"] = taskId;
        task["operation_id"] = id;
        task["operation_type"] = kOpTypes[std::size_t(op.type)];
        task["status"] = kTaskStatuses[std::size_t(t.status)];
        task["attempt"] = attempt;
        task["idempotency_key"] = idempotency;
        task["policy_decision_ref"] = policyRef;
        task["evidence_refs"] = std::move(evidence);
        task["created_at"] = utc(t.created);
        task["updated_at"] = utc(t.updated);
        if (t.started >= 0)
            task["started_at"] = utc(t.started);
        if (t.completed >= 0)
            task["completed_at"] = utc(t.completed);
        if (!remote.empty() && t.status == TaskStatus::Succeeded)
            task["remote_operation_id"] = remote;
        if (conflictOp)
            task["conflict_id"] = conflictId;
        task["checkpoint_ref"] = checkpointRef(op.ws);
        task["replay_safe"] = replaySafe;
        put("tasks", taskId, task, lane, t.updated, producer);
    }
}

void Generator::writeFinish()
{
    flushJournal();
    if (m_journalFd >= 0 && ::close(m_journalFd) != 0)
        fail(m_rootBytes + "/journal.jsonl", errno);
    m_journalFd = -1;
    Json lanes = Json::array();
    for (const char *lane : kLanes)
        lanes.push_back(lane);
    Json m = Json::object();
    m["schema"] = "sourceos.local-state-store/v1alpha1";
    m["created_at"] = utc(kBaseTime);
    m["updated_at"] = utc(m_journalTime);
    m["active_generation"] = m_events;
    m["last_known_good_generation"] = m_events;
    m["lanes"] = std::move(lanes);
    m["backend"] = "filesystem-jsonl";
    m["initialized"] = true;
    // The manifest comes last: a store interrupted while being written has none
    // and reads as "not initialized" rather than as a complete store.
    writeFile("manifest.json", m.dump(2) + '\n');
    if (m_failed)
        return;
    // One flush for the whole tree instead of an fsync per file.
    const int fd = ::open(m_rootBytes.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
#ifdef __linux__
        ::syncfs(fd);
#else
        ::sync();
#endif
        ::close(fd);
    }
}

Result<void> Generator::run()
{
    auto refuse = [](const QString &message) { return Result<void>::failure(message); };

    planConflicts();
    planOperations();
    allocateTasks();
    allocateEnvelopes();
    m_pendingBeforeDecision.resize(m_conflicts.size());
    m_extraObjects = 6 + m_options.operations / 50;
    m_opWidth = std::max(4, digits(m_options.operations));
    m_conflictWidth = std::max(3, digits(m_options.conflicts));
    m_objectWidth = std::max(4, digits(m_extraObjects + m_options.conflicts));
    // Shaped like real envelope ids, so that only their absence gives them away.
    for (auto &ref : m_missingRefs)
        ref = "evidence:evidence-" + m_rng.hex(20);

    static const std::array<const char *, 11> registries { "profiles", "devices", "actors",
        "schemas", "objects", "events", "operations", "tasks", "conflicts", "policy-decisions",
        "evidence" };
    for (const char *registry : registries) {
        const std::string path = m_rootBytes + '/' + registry;
        if (::mkdir(path.c_str(), 0755) != 0) {
            fail(path, errno);
            return refuse(m_error);
        }
    }
    const std::string journalPath = m_rootBytes + "/journal.jsonl";
    m_journalFd
        = ::open(journalPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0644);
    if (m_journalFd < 0) {
        fail(journalPath, errno);
        return refuse(m_error);
    }

    writeStatic();
    for (int i = 0; i < int(m_ops.size()) && !m_failed; ++i)
        writeOperation(i);
    writeFinish();
    if (m_journalFd >= 0)
        ::close(m_journalFd);
    if (m_failed)
        return refuse(m_error);
    return Result<void>::success();
}

} // namespace

DemoStoreOptions DemoStore::resolved(const DemoStoreOptions &options)
{
    DemoStoreOptions o = options;
    if (o.tasks < 0)
        o.tasks = int((qint64(o.operations) * 14 + 5) / 10);
    if (o.evidence < 0)
        o.evidence = std::max(8, o.operations / 10);
    return o;
}

Result<void> DemoStore::write(const QString &dir, const DemoStoreOptions &options)
{
    auto refuse = [](const QString &message) { return Result<void>::failure(message); };
    const DemoStoreOptions o = resolved(options);
    const int decided = decidedCount(std::max(0, o.conflicts));
    constexpr int kMaxCount = 10'000'000;
    if (o.conflicts < 4 || o.conflicts > kMaxCount)
        return refuse(tr("Cannot write a demo store to %1: it needs between 4 and %2 conflicts, "
                         "to show every severity and both pending and decided cards.")
                          .arg(dir)
                          .arg(kMaxCount));
    const int minOperations = o.conflicts + decided + int(kForced.size());
    if (o.operations < minOperations || o.operations > kMaxCount)
        return refuse(tr("Cannot write a demo store to %1: %2 conflicts (%3 of them decided) need "
                         "at least %4 operations (one detection each, one resolution per "
                         "decision, and %5 fixed cases), at most %6.")
                          .arg(dir)
                          .arg(o.conflicts)
                          .arg(decided)
                          .arg(minOperations)
                          .arg(kForced.size())
                          .arg(kMaxCount));
    if (o.tasks < kForcedTasks || o.tasks > kMaxCount)
        return refuse(tr("Cannot write a demo store to %1: it needs between %2 and %3 tasks.")
                          .arg(dir)
                          .arg(kForcedTasks)
                          .arg(kMaxCount));
    const int minEvidence = decided + kForcedEnvelopes + 1;
    if (o.evidence < minEvidence || o.evidence > kMaxCount)
        return refuse(tr("Cannot write a demo store to %1: %2 decided conflicts need at least %3 "
                         "evidence envelopes (one per decision, plus a verified and a tampered "
                         "one), at most %4.")
                          .arg(dir)
                          .arg(decided)
                          .arg(minEvidence)
                          .arg(kMaxCount));

    const QFileInfo info(dir);
    if (info.exists() || info.isSymLink()) {
        if (!info.isDir())
            return refuse(
                tr("Cannot write a demo store to %1: it exists and is not a folder.").arg(dir));
        if (!QDir(dir).isEmpty(
                QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return refuse(tr("Cannot write a demo store to %1: the folder is not empty. Choose a "
                             "new or empty folder; nothing was changed.")
                              .arg(dir));
    } else if (!QDir().mkpath(dir)) {
        return refuse(
            tr("Cannot write a demo store to %1: the folder cannot be created.").arg(dir));
    }

    Generator generator(QDir::cleanPath(dir), o);
    return generator.run();
}

} // namespace SyncDesk
