// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/records/contracts.h"
#include "core/records/decisionoption.h"
#include "core/records/evidence.h"
#include "core/records/validator.h"
#include "core/store/interner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <limits>
#include <utility>
#include <vector>

namespace SyncDesk {

/// A missing or unparseable timestamp.
inline constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

/// A boolean field as found: true, false, or absent / not a boolean.
enum class Flag : signed char
{
    Unknown = -1,
    False = 0,
    True = 1
};

using SymList = std::vector<Sym>;
using SymPairs = std::vector<std::pair<Sym, Sym>>;

/// The store's record folders (spec/store.md), in the order they are read.
enum class Registry : unsigned char
{
    Profiles,
    Devices,
    Actors,
    Schemas,
    Objects,
    Events,
    RepairReports,
    Operations,
    Tasks,
    Conflicts,
    PolicyDecisions,
    Evidence,
};
inline constexpr int kRegistryCount = 12;

QString registryDirName(Registry registry);
/// The record kind a registry holds; Unknown for repair-reports (free-form JSON).
RecordKind registryKind(Registry registry);

/// Every file found in a registry, whatever became of it.
struct RecordFile final
{
    QString path; ///< relative to the store root, with '/'
    Registry registry = Registry::Profiles;
    RecordKind kind = RecordKind::Unknown;
    Verdict verdict = Verdict::Invalid;
    Sym id = kNoSym;
    Sym schema = kNoSym;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    int errors = 0;
    int warnings = 0;
    qint32 row = -1; ///< index in the typed table of its kind, -1 when none
};

struct OperationRecord final
{
    quint32 file = 0;
    Sym id = kNoSym, localId = kNoSym, remoteId = kNoSym, type = kNoSym, status = kNoSym;
    Sym workspace = kNoSym, profile = kNoSym, actor = kNoSym, device = kNoSym;
    Sym encryptionProfile = kNoSym, localLogRef = kNoSym, checkpointRef = kNoSym;
    Sym policyRef = kNoSym, admissionRef = kNoSym, idempotencyKey = kNoSym;
    SymList causalParents, conflicts, evidenceRefs;
    SymPairs provisional, reconciliation;
    qint64 created = kNoTime, updated = kNoTime;
    Flag replaySafe = Flag::Unknown, staleTask = Flag::Unknown, leaseExpired = Flag::Unknown;
};

struct TaskRecord final
{
    quint32 file = 0;
    Sym id = kNoSym, operation = kNoSym, type = kNoSym, status = kNoSym;
    Sym idempotencyKey = kNoSym, policyRef = kNoSym, remoteId = kNoSym, conflict = kNoSym;
    Sym checkpointRef = kNoSym;
    qint64 attempt = 0; ///< 0 when missing or not an integer
    SymList evidenceRefs;
    qint64 created = kNoTime, updated = kNoTime, started = kNoTime, completed = kNoTime;
    Flag replaySafe = Flag::Unknown;
};

enum class CardState : unsigned char
{
    Pending,
    Decided,
    Invalid
};

struct DecisionCard final
{
    Sym cardId = kNoSym;
    SymList options; ///< the record's text, as written (the CLI lists it)
    Sym recommended = kNoSym, selected = kNoSym, selectedBy = kNoSym;
    /// The same options parsed where the record is read (parseDecisionOption()):
    /// a mask of decisionOptionBit() of the offered ones, the recommended and
    /// the selected one (DecisionOption::None when unset or naming none).
    quint8 offered = 0;
    DecisionOption recommendedOption = DecisionOption::None;
    DecisionOption selectedOption = DecisionOption::None;
    QString rationale;
    qint64 selectedAt = kNoTime;
};

struct ConflictRecord final
{
    quint32 file = 0;
    Sym id = kNoSym, object = kNoSym, objectType = kNoSym, workspace = kNoSym, profile = kNoSym;
    Sym schemaVersion = kNoSym, severity = kNoSym, mergePolicy = kNoSym;
    SymList actors, devices;
    QString explanation;
    qint64 created = kNoTime;
    DecisionCard card;
    CardState state = CardState::Invalid;
    /// SHA-256 of the file's bytes when read: the write path refuses to
    /// overwrite a conflict whose bytes changed since (If-Match semantics).
    QByteArray versionToken;
};

struct PolicyDecisionRecord final
{
    quint32 file = 0;
    Sym id = kNoSym, effect = kNoSym, policyId = kNoSym, policyVersion = kNoSym;
    Sym actor = kNoSym, object = kNoSym, workspace = kNoSym, profile = kNoSym;
    QString rationale;
    qint64 decided = kNoTime;
};

struct ActorRecord final
{
    quint32 file = 0;
    Sym id = kNoSym, type = kNoSym, identity = kNoSym, trust = kNoSym;
    QString displayName;
    SymList workspaceScope, profileScope, capabilities;
    bool revoked = false; ///< revoked_at is set (not null)
    qint64 created = kNoTime, revokedAt = kNoTime;
};

struct DeviceRecord final
{
    quint32 file = 0;
    Sym id = kNoSym, trust = kNoSym, state = kNoSym;
    QString displayName;
    bool revoked = false;
};

struct ProfileRecord final
{
    quint32 file = 0;
    Sym id = kNoSym, profileClass = kNoSym;
    QString displayName;
};

struct EvidenceRecord final
{
    quint32 file = 0;
    Sym id = kNoSym, type = kNoSym, subject = kNoSym, writer = kNoSym;
    qint64 generated = kNoTime;
    QString declaredDigest;
    EvidenceStatus status = EvidenceStatus::Invalid;
    Flag isSigned = Flag::Unknown;
    QString statusMessage;
};

enum class Severity : unsigned char
{
    Error,
    Warning
};

/// Anything wrong with the store, tied to a file (and a line for the journal).
struct Problem final
{
    QString path; ///< relative to the store root; "journal.jsonl" problems carry a line
    int line = 0;
    Severity severity = Severity::Error;
    QString rule; ///< a validation rule, a warning code, or a store rule (io, symlink, ...)
    QString field;
    QString message;
};

/// Problem codes (Problem::rule) of what writers that take no lock did to the
/// journal and the manifest: an event id two lines carry, lines not numbered
/// as the daemon numbers them, a generation that is not the journal's count of
/// events (docs/security.md). Always warnings: no record's verdict changes.
inline constexpr char kRuleJournalDuplicateId[] = "journal_duplicate_id";
inline constexpr char kRuleJournalNumbering[] = "journal_numbering";
inline constexpr char kRuleGenerationMismatch[] = "generation_mismatch";

/// Whether rule is one of the codes above.
inline bool isDaemonRaceRule(QStringView rule)
{
    return rule == QLatin1String(kRuleJournalDuplicateId)
        || rule == QLatin1String(kRuleJournalNumbering)
        || rule == QLatin1String(kRuleGenerationMismatch);
}

/// One journal line that is an event: fixed fields and symbols, 40 bytes
/// whatever the line holds (its payload stays in the file, at offset).
struct JournalEvent final
{
    int line = 0;
    Sym eventId = kNoSym, type = kNoSym, lane = kNoSym, objectId = kNoSym, producer = kNoSym;
    qint64 created = kNoTime;
    qint64 offset = 0;
};

/// Consecutive lines, each an event whose event_id is not the one the daemon
/// gives its line. Lines numbered for other places come in runs (a line out of
/// place shifts all after it), so a journal renumbered whole is one run.
struct MisnumberedRun final
{
    int firstLine = 0, lastLine = 0; ///< in the file
    /// firstLine's number as the daemon numbers it (non-blank lines up to it);
    /// the run's lines are all events, so the next ones follow on by one.
    int firstNumber = 0;
};

struct JournalInfo final
{
    /// Corrupt lines reported one by one; the rest are counted in one problem.
    static constexpr int kListedCorruptLines = 20;
    /// Duplicate ids and misnumbered runs reported one by one (each kind); the
    /// rest are counted in one problem per kind.
    static constexpr int kListedRaceProblems = 20;
    /// Lines named per duplicate id; the rest are counted in its message.
    static constexpr int kListedLinesPerId = 10;

    bool present = false;
    qint64 size = 0;
    int lines = 0; ///< complete lines
    /// Complete lines of whitespace only: the daemon does not count them.
    int blankLines = 0;
    /// Events not numbered as the daemon numbers their line (evt- and eight
    /// digits of the count of non-blank lines up to it), as runs in line
    /// order: what two writers that counted the same lines leave (the
    /// daemon's race), or lines removed or inserted.
    std::vector<MisnumberedRun> misnumbered;
    /// Lines that are not an event: not JSON, not an object, or without an event_id.
    int corruptLines = 0;
    /// The first corrupt line past the listed ones (0 when all are listed) and
    /// the last corrupt line (0 when none).
    int firstUnlistedCorrupt = 0, lastCorrupt = 0;
    bool tornTail = false; ///< the file does not end in a newline
    std::vector<JournalEvent> events;

    /// The events as the daemon counts them (its next line is numbered one
    /// more), which every append also added to the manifest's generation.
    int daemonCount() const { return lines - blankLines; }
};

struct ManifestInfo final
{
    bool present = false;
    bool parsed = false;
    bool initialized = false;
    qint64 activeGeneration = -1;
    qint64 lastKnownGoodGeneration = -1;
    QString backend;
    QStringList lanes;
    QString createdAt, updatedAt;
};

/// A record that names another record.
struct Citation final
{
    RecordKind kind;
    quint32 row;
};

/// A reference that leads nowhere in this store.
struct DanglingRef final
{
    quint32 file;
    QString field;
    Sym target;
    RecordKind expected;
};

} // namespace SyncDesk
