// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/review/dossierverify.h"

#include "core/io/fileread_p.h"
#include "core/json/canonicaljson.h"
#include "core/records/contracts.h"
#include "core/records/evidence.h"
#include "core/records/recordread.h"
#include "core/review/dossiermanifest.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>

namespace SyncDesk {
namespace {

constexpr qint64 kMaxFileSize = 256LL * 1024 * 1024;
constexpr char kOperations[] = "records/operations/";
constexpr char kTasks[] = "records/tasks/";
constexpr char kEvidence[] = "records/evidence/";

/// The first break: where, and what is wrong there. Each check returns one or nothing.
struct Break final
{
    QString file;
    QString message;
};

QString str(const Json &value)
{
    return jsonString(value);
}

bool isPlainRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.begin(), parts.end(), [](const QString &p) {
        return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String("..");
    });
}

/// The envelope a revision supersedes: the artifact's `supersedes` (spec
/// "Revising a decision"), or the decision's, as an envelope id.
QString supersedesOf(const Json &envelope)
{
    const Json &artifact = jsonMember(envelope, "artifact");
    QString ref = str(jsonMember(artifact, "supersedes"));
    if (ref.isEmpty())
        ref = str(jsonMember(jsonMember(artifact, "decision"), "supersedes"));
    return ref.isEmpty() ? QString() : Evidence::referenceName(ref);
}

class Verifier final
{
public:
    explicit Verifier(QString folder)
        : m_folder(std::move(folder))
    { }

    DossierVerifyReport run()
    {
        using Check = Found (Verifier::*)();
        for (const Check check :
            { &Verifier::checkManifest, &Verifier::checkFiles, &Verifier::checkJournal,
                &Verifier::parseRecords, &Verifier::checkEvidence, &Verifier::checkConflicts,
                &Verifier::checkOperations, &Verifier::checkTasks, &Verifier::checkJournalLines }) {
            if (const Found b = (this->*check)()) {
                m_report.ok = false;
                m_report.file = b->file;
                m_report.message = b->message;
                return m_report;
            }
        }
        m_report.ok = true;
        return m_report;
    }

private:
    using Found = std::optional<Break>;

    static Break fail(const QString &file, const QString &message)
    {
        return Break { file, message };
    }

    Found read(const QString &relative, QByteArray &bytes) const
    {
        const auto r = readFileNoFollow(m_folder + QLatin1Char('/') + relative, kMaxFileSize);
        if (r.status != FileRead::Status::Ok)
            return fail(relative, DossierVerify::tr("cannot be read: %1").arg(whyUnreadable(r)));
        bytes = QByteArray(r.bytes.data(), qsizetype(r.bytes.size()));
        return std::nullopt;
    }

    static QByteArray sha(const QByteArray &bytes)
    {
        return sha256Hex(std::string_view(bytes.constData(), size_t(bytes.size())));
    }

    Found checkManifest()
    {
        const QString digestFile = QString::fromLatin1(DossierManifest::kManifestDigestFile);
        const QString manifestFile = QString::fromLatin1(DossierManifest::kManifestFile);
        if (!QFileInfo(m_folder).isDir())
            return fail(QString(), DossierVerify::tr("%1 is not a folder").arg(m_folder));
        if (entryType(m_folder + QLatin1Char('/') + digestFile) == EntryType::Missing)
            return fail(digestFile,
                DossierVerify::tr("missing: the export did not finish, or the file was removed"));
        QByteArray digestLine, bytes;
        if (Found b = read(digestFile, digestLine))
            return b;
        const auto expected = DossierManifest::parseDigestLine(digestLine);
        if (!expected)
            return fail(digestFile, expected.error());
        if (Found b = read(manifestFile, bytes))
            return b;
        const QByteArray actual = sha(bytes);
        if (actual != *expected)
            return fail(manifestFile,
                DossierVerify::tr("its SHA-256 is %1, manifest.sha256 says %2: it was changed")
                    .arg(QString::fromLatin1(actual), QString::fromLatin1(*expected)));
        auto manifest = DossierManifest::fromBytes(bytes);
        if (!manifest)
            return fail(manifestFile, manifest.error());
        m_manifest = std::move(*manifest);
        return std::nullopt;
    }

    Found checkFiles()
    {
        const QString manifestFile = QString::fromLatin1(DossierManifest::kManifestFile);
        for (const auto &f : std::as_const(m_manifest.files)) {
            const bool allowed = f.path == QLatin1String(DossierManifest::kReportFile)
                || (f.path.startsWith(
                        QLatin1String(DossierManifest::kRecordsFolder) + QLatin1Char('/'))
                    && isPlainRelativePath(f.path));
            if (!allowed)
                return fail(manifestFile,
                    DossierVerify::tr("lists \"%1\", which is no file a dossier holds")
                        .arg(f.path));
            if (m_listed.contains(f.path))
                return fail(manifestFile, DossierVerify::tr("lists \"%1\" twice").arg(f.path));
            m_listed.insert(f.path, f.sha256);
        }
        if (!m_listed.contains(QString::fromLatin1(DossierManifest::kReportFile)))
            return fail(manifestFile, DossierVerify::tr("does not list report.html"));

        // What is there: every entry, links and special files refused.
        QDirIterator it(m_folder,
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        QStringList present;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(m_folder.size() + 1);
            const EntryType type = entryType(path);
            if (type == EntryType::Directory)
                continue;
            if (type != EntryType::File)
                return fail(relative,
                    DossierVerify::tr("is not a regular file (a link or a special file)"));
            present.append(relative);
        }
        present.sort();
        for (const QString &relative : std::as_const(present)) {
            if (relative == QLatin1String(DossierManifest::kManifestFile)
                || relative == QLatin1String(DossierManifest::kManifestDigestFile))
                continue;
            if (!m_listed.contains(relative))
                return fail(
                    relative, DossierVerify::tr("is not listed in manifest.json: it was added"));
        }
        for (const auto &f : std::as_const(m_manifest.files)) {
            if (!present.contains(f.path))
                return fail(f.path, DossierVerify::tr("is missing: manifest.json lists it"));
            QByteArray bytes;
            if (Found b = read(f.path, bytes))
                return b;
            const QByteArray actual = sha(bytes);
            if (actual != f.sha256 || bytes.size() != f.size)
                return fail(f.path,
                    DossierVerify::tr("its SHA-256 is %1, manifest.json says %2: it was changed")
                        .arg(QString::fromLatin1(actual), QString::fromLatin1(f.sha256)));
            m_bytes.insert(f.path, bytes);
            ++m_report.files;
        }
        return std::nullopt;
    }

    Found checkJournal()
    {
        const QString journal = QString::fromLatin1(DossierManifest::kJournalFile);
        if (!m_listed.contains(journal)) {
            if (!m_manifest.journalLines.isEmpty())
                return fail(
                    journal, DossierVerify::tr("is missing: manifest.json lists its lines"));
            return std::nullopt;
        }
        const QByteArray bytes = m_bytes.value(journal);
        if (!bytes.isEmpty() && !bytes.endsWith('\n'))
            return fail(journal, DossierVerify::tr("does not end with a newline"));
        QList<QByteArray> lines = bytes.split('\n');
        lines.removeLast(); // after the final newline
        if (lines.size() != m_manifest.journalLines.size())
            return fail(journal,
                DossierVerify::tr("holds %1 lines, manifest.json lists %2")
                    .arg(lines.size())
                    .arg(m_manifest.journalLines.size()));
        qint64 previous = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const auto &listed = m_manifest.journalLines.at(i);
            if (listed.storeLine <= previous)
                return fail(QString::fromLatin1(DossierManifest::kManifestFile),
                    DossierVerify::tr("journal lines are not in store order"));
            previous = listed.storeLine;
            if (sha(lines.at(i)) != listed.sha256)
                return fail(journal,
                    DossierVerify::tr("line %1 (line %2 of the store's journal) is not the line "
                                      "manifest.json lists")
                        .arg(i + 1)
                        .arg(listed.storeLine));
            m_journal.append(lines.at(i));
        }
        m_report.journalLines = int(lines.size());
        return std::nullopt;
    }

    Found parseRecords()
    {
        const QString journal = QString::fromLatin1(DossierManifest::kJournalFile);
        for (auto it = m_bytes.cbegin(); it != m_bytes.cend(); ++it) {
            if (!it.key().startsWith(QLatin1String(DossierManifest::kRecordsFolder))
                || it.key() == journal)
                continue;
            const QByteArray &b = it.value();
            auto parsed = parseJson(std::string_view(b.constData(), size_t(b.size())));
            if (!parsed.ok())
                return fail(
                    it.key(), DossierVerify::tr("not valid JSON: %1").arg(parsed.error->message));
            if (!parsed.value.is_object())
                return fail(it.key(), DossierVerify::tr("not a JSON object"));
            m_records.emplace(it.key(), std::move(parsed.value));
        }
        return std::nullopt;
    }

    static QString evidencePath(const QString &reference)
    {
        return QLatin1String(kEvidence) + safeRecordId(Evidence::referenceName(reference))
            + QStringLiteral(".json");
    }
    const Json *record(const QString &path) const
    {
        const auto it = m_records.find(path);
        return it == m_records.end() ? nullptr : &it->second;
    }

    Found checkEvidence()
    {
        for (const auto &[path, envelope] : m_records) {
            if (!path.startsWith(QLatin1String(kEvidence)))
                continue;
            const EvidenceCheck check = Evidence::checkFile(envelope, QFileInfo(path).fileName());
            if (check.status != EvidenceStatus::Verified)
                return fail(path,
                    DossierVerify::tr("the envelope does not verify (%1): %2")
                        .arg(evidenceStatusName(check.status), check.message));
            if (Found b = checkGate(path, envelope))
                return b;
            ++m_report.envelopes;
        }
        return std::nullopt;
    }

    /**
     * The gate's inputs an envelope carries (the actor record and the governing
     * policy decision as they were at decision time, each with its digest):
     * each digest is its record's, and the records are the ones the decision
     * names. Envelopes without them (older ones, the daemon's) pass.
     */
    Found checkGate(const QString &path, const Json &envelope) const
    {
        const Json &artifact = jsonMember(envelope, "artifact");
        const Json &gate = jsonMember(artifact, "gate");
        if (gate.is_null())
            return std::nullopt;
        if (!gate.is_object())
            return fail(path, DossierVerify::tr("its gate is not an object"));
        const Json &decision = jsonMember(artifact, "decision");
        const struct
        {
            const char *key, *idKey, *decisionKey;
        } inputs[] = { { "actor", "actor_id", "actor_id" },
            { "policy_decision", "decision_id", "policy_decision_ref" } };
        for (const auto &input : inputs) {
            const Json &given = jsonMember(gate, input.key);
            if (given.is_null())
                continue;
            const Json &record = jsonMember(given, "record");
            if (!record.is_object() || str(jsonMember(given, "digest")) != artifactDigest(record))
                return fail(path,
                    DossierVerify::tr("gate.%1: the digest is not its record's")
                        .arg(QLatin1String(input.key)));
            const QString named = str(jsonMember(decision, input.decisionKey));
            if (!named.isEmpty() && str(jsonMember(record, input.idKey)) != named)
                return fail(path,
                    DossierVerify::tr("gate.%1 is the record of %2, the decision names %3")
                        .arg(
                            QLatin1String(input.key), str(jsonMember(record, input.idKey)), named));
        }
        return std::nullopt;
    }

    Found checkConflicts()
    {
        const QString manifestFile = QString::fromLatin1(DossierManifest::kManifestFile);
        QSet<QString> seen;
        for (const auto &c : std::as_const(m_manifest.conflicts)) {
            if (seen.contains(c.conflictId))
                return fail(
                    manifestFile, DossierVerify::tr("lists conflict %1 twice").arg(c.conflictId));
            seen.insert(c.conflictId);
            for (const QString &f : c.files)
                if (!m_listed.contains(f))
                    return fail(manifestFile,
                        DossierVerify::tr("conflict %1 names %2, which it does not list")
                            .arg(c.conflictId, f));
            const Json *conflict = record(c.recordFile);
            if (!conflict)
                return fail(c.recordFile,
                    DossierVerify::tr("is missing: the record of conflict %1").arg(c.conflictId));
            if (str(jsonMember(*conflict, "conflict_id")) != c.conflictId)
                return fail(c.recordFile,
                    DossierVerify::tr("is not the record of conflict %1").arg(c.conflictId));
            if (Found b = checkChain(c, *conflict))
                return b;
            ++m_report.conflicts;
        }
        return std::nullopt;
    }

    /// The conflict-resolution envelopes of one conflict, by id.
    std::map<QString, QString> decisionsOf(const QString &conflictId) const
    {
        std::map<QString, QString> out; // id -> path
        for (const auto &[path, envelope] : m_records)
            if (path.startsWith(QLatin1String(kEvidence))
                && jsonMember(envelope, "evidence_type") == kResolutionEvidenceType
                && str(jsonMember(envelope, "subject")) == conflictId)
                out.emplace(str(jsonMember(envelope, "evidence_id")), path);
        return out;
    }

    Found checkChain(const DossierManifest::Conflict &c, const Json &conflict)
    {
        const auto decisions = decisionsOf(c.conflictId);
        QHash<QString, QString> supersededBy; // superseded id -> id of the one superseding
        for (const auto &[id, path] : decisions) {
            const Json &envelope = m_records.at(path);
            const Json &decision = jsonMember(jsonMember(envelope, "artifact"), "decision");
            if (str(jsonMember(decision, "conflict_id")) != c.conflictId)
                return fail(path,
                    DossierVerify::tr("its subject is conflict %1 but its decision names %2")
                        .arg(c.conflictId, str(jsonMember(decision, "conflict_id"))));
            const QString previous = supersedesOf(envelope);
            if (previous.isEmpty())
                continue;
            const QString target = evidencePath(previous);
            const Json *before = record(target);
            if (!before)
                return fail(path,
                    DossierVerify::tr("supersedes %1, which is not in the dossier").arg(previous));
            if (jsonMember(*before, "evidence_type") != kResolutionEvidenceType
                || str(jsonMember(*before, "subject")) != c.conflictId)
                return fail(path,
                    DossierVerify::tr("supersedes %1, which is not a decision on conflict %2")
                        .arg(previous, c.conflictId));
            if (previous == id)
                return fail(path, DossierVerify::tr("supersedes itself"));
            if (supersededBy.contains(previous))
                return fail(path,
                    DossierVerify::tr("supersedes %1, which %2 supersedes too: the chain forks")
                        .arg(previous, supersededBy.value(previous)));
            supersededBy.insert(previous, id);
            // A revision starts from the card as the decision before left it.
            const Json &was = jsonMember(
                jsonMember(jsonMember(*before, "artifact"), "conflict_after"), "decision_card");
            const Json &from = jsonMember(
                jsonMember(jsonMember(envelope, "artifact"), "conflict_before"), "decision_card");
            if (was != from)
                return fail(path,
                    DossierVerify::tr("its conflict_before is not the conflict_after of %1, "
                                      "which it supersedes")
                        .arg(previous));
        }
        QStringList heads;
        for (const auto &[id, path] : decisions)
            if (!supersededBy.contains(id))
                heads.append(id);
        const QString manifestFile = QString::fromLatin1(DossierManifest::kManifestFile);
        if (decisions.empty()) {
            if (!c.decisionChain.isEmpty())
                return fail(manifestFile,
                    DossierVerify::tr("conflict %1: its decision chain names %2, which is not "
                                      "in the dossier")
                        .arg(c.conflictId, c.decisionChain.constFirst()));
            return std::nullopt;
        }
        if (heads.size() != 1)
            return fail(
                heads.isEmpty() ? decisions.begin()->second : decisions.at(heads.constLast()),
                heads.isEmpty()
                    ? DossierVerify::tr("the supersedes chain of conflict %1 is a cycle")
                          .arg(c.conflictId)
                    : DossierVerify::tr("conflict %1 has %2 latest decisions (%3): the "
                                        "supersedes chain is broken")
                          .arg(c.conflictId)
                          .arg(heads.size())
                          .arg(heads.join(QStringLiteral(", "))));
        // Walk back from the head: every decision once, no cycle beside the chain.
        QStringList chain;
        QString at = heads.constFirst();
        while (!at.isEmpty()) {
            if (chain.contains(at))
                return fail(decisions.at(at), DossierVerify::tr("the supersedes chain loops"));
            chain.prepend(at);
            at = supersedesOf(m_records.at(decisions.at(at)));
        }
        if (chain.size() != qsizetype(decisions.size())) {
            for (const auto &[id, path] : decisions)
                if (!chain.contains(id))
                    return fail(path,
                        DossierVerify::tr("is not on the supersedes chain of conflict %1 (a "
                                          "cycle)")
                            .arg(c.conflictId));
        }
        if (chain != c.decisionChain)
            return fail(manifestFile,
                DossierVerify::tr("conflict %1: the decision chain it lists is not the one the "
                                  "envelopes form (%2)")
                    .arg(c.conflictId, chain.join(QStringLiteral(" → "))));
        // The latest decision left the card as the conflict record holds it.
        const QString headPath = decisions.at(chain.constLast());
        const Json &after = jsonMember(
            jsonMember(jsonMember(m_records.at(headPath), "artifact"), "conflict_after"),
            "decision_card");
        if (after != jsonMember(conflict, "decision_card"))
            return fail(headPath,
                DossierVerify::tr("its conflict_after is not the decision card of %1, although "
                                  "it is the latest decision")
                    .arg(c.recordFile));
        m_report.decisions += int(chain.size());
        return std::nullopt;
    }

    Found checkOperations()
    {
        for (const auto &[path, op] : m_records) {
            if (!path.startsWith(QLatin1String(kOperations)))
                continue;
            if (QFileInfo(path).fileName()
                != safeRecordId(str(jsonMember(op, "operation_id"))) + QStringLiteral(".json"))
                return fail(path, DossierVerify::tr("is not at its operation_id's file name"));
            if (jsonMember(op, "operation_type") != "sync.conflict.resolve")
                continue;
            const QString opId = str(jsonMember(op, "operation_id"));
            const QStringList conflictIds = jsonStrings(jsonMember(op, "conflict_ids"));
            const QStringList refs = jsonStrings(jsonMember(op, "ledger_evidence_refs"));
            if (refs.isEmpty())
                return fail(
                    path, DossierVerify::tr("a resolve operation without ledger_evidence_refs"));
            for (const QString &ref : refs) {
                const Json *found = record(evidencePath(ref));
                if (!found)
                    return fail(path,
                        DossierVerify::tr("ledger_evidence_refs names %1, which is not in the "
                                          "dossier")
                            .arg(ref));
                const Json &envelope = *found;
                const QString subject = str(jsonMember(envelope, "subject"));
                if (!conflictIds.contains(subject))
                    return fail(path,
                        DossierVerify::tr("ledger_evidence_refs names %1, about conflict %2, "
                                          "which conflict_ids does not name")
                            .arg(ref, subject));
                const Json &decision = jsonMember(jsonMember(envelope, "artifact"), "decision");
                const QString named = str(jsonMember(decision, "operation_id"));
                if (!named.isEmpty() && named != opId)
                    return fail(path,
                        DossierVerify::tr("ledger_evidence_refs names %1, which is the evidence "
                                          "of operation %2")
                            .arg(ref, named));
            }
        }
        // And back: an envelope names its resolve operation, which names it.
        for (const auto &[path, envelope] : m_records) {
            if (!path.startsWith(QLatin1String(kEvidence)))
                continue;
            const QString opId = str(jsonMember(
                jsonMember(jsonMember(envelope, "artifact"), "decision"), "operation_id"));
            if (opId.isEmpty())
                continue;
            const Json *op
                = record(QLatin1String(kOperations) + safeRecordId(opId) + QStringLiteral(".json"));
            if (!op)
                continue; // the trail holds the resolve operations the store has
            const QString id = str(jsonMember(envelope, "evidence_id"));
            const QStringList refs = jsonStrings(jsonMember(*op, "ledger_evidence_refs"));
            if (std::none_of(refs.begin(), refs.end(),
                    [&](const QString &r) { return Evidence::referenceName(r) == id; }))
                return fail(path,
                    DossierVerify::tr("names operation %1, whose ledger_evidence_refs do not "
                                      "name this envelope")
                        .arg(opId));
        }
        return std::nullopt;
    }

    Found checkTasks()
    {
        for (const auto &[path, task] : m_records) {
            if (!path.startsWith(QLatin1String(kTasks)))
                continue;
            const QString taskId = str(jsonMember(task, "task_id"));
            if (QFileInfo(path).fileName() != safeRecordId(taskId) + QStringLiteral(".json"))
                return fail(path, DossierVerify::tr("is not at its task_id's file name"));
            const QString opId = str(jsonMember(task, "operation_id"));
            const Json *op
                = record(QLatin1String(kOperations) + safeRecordId(opId) + QStringLiteral(".json"));
            if (!op)
                return fail(path,
                    DossierVerify::tr("names operation %1, which is not in the dossier").arg(opId));
            for (const QString &ref : jsonStrings(jsonMember(task, "evidence_refs"))) {
                const Json *envelope = record(evidencePath(ref));
                if (!envelope) {
                    if (jsonMember(task, "operation_type") == "sync.conflict.resolve")
                        return fail(path,
                            DossierVerify::tr("evidence_refs names %1, which is not in the dossier")
                                .arg(ref));
                    continue;
                }
                const Json &decision = jsonMember(jsonMember(*envelope, "artifact"), "decision");
                const QString namedTask = str(jsonMember(decision, "task_id"));
                const QString namedOp = str(jsonMember(decision, "operation_id"));
                if ((!namedTask.isEmpty() && namedTask != taskId)
                    || (!namedOp.isEmpty() && namedOp != opId))
                    return fail(path,
                        DossierVerify::tr("evidence_refs names %1, which is the evidence of task "
                                          "%2")
                            .arg(ref, namedTask));
            }
        }
        return std::nullopt;
    }

    Found checkJournalLines()
    {
        const QString journal = QString::fromLatin1(DossierManifest::kJournalFile);
        for (qsizetype i = 0; i < m_journal.size(); ++i) {
            const QByteArray &line = m_journal.at(i);
            const auto parsed = parseJson(std::string_view(line.constData(), size_t(line.size())));
            if (!parsed.ok() || !parsed.value.is_object())
                return fail(journal, DossierVerify::tr("line %1 is not a JSON object").arg(i + 1));
            const Json &payload = jsonMember(parsed.value, "payload");
            const QString evidenceId = str(jsonMember(payload, "evidence_id"));
            if (jsonMember(parsed.value, "producer") != kSyncDeskWriter || evidenceId.isEmpty())
                continue;
            const Json *envelope = record(evidencePath(evidenceId));
            if (!envelope)
                return fail(journal,
                    DossierVerify::tr("line %1 names evidence %2, which is not in the dossier")
                        .arg(i + 1)
                        .arg(evidenceId));
            const Json &decision = jsonMember(jsonMember(*envelope, "artifact"), "decision");
            const auto differs = [&](const char *key) {
                const QString named = str(jsonMember(decision, key));
                return !named.isEmpty() && named != str(jsonMember(payload, key));
            };
            const Json &supersedes = jsonMember(payload, "supersedes");
            if (supersedes.is_string()
                && Evidence::referenceName(str(supersedes)) != supersedesOf(*envelope))
                return fail(journal,
                    DossierVerify::tr("line %1 says evidence %2 supersedes %3, the envelope does "
                                      "not")
                        .arg(i + 1)
                        .arg(evidenceId, str(supersedes)));
            if (differs("operation_id") || differs("task_id")
                || str(jsonMember(parsed.value, "object_id"))
                    != str(jsonMember(*envelope, "subject")))
                return fail(journal,
                    DossierVerify::tr("line %1 does not name the conflict, operation and task "
                                      "that evidence %2 names")
                        .arg(i + 1)
                        .arg(evidenceId));
        }
        return std::nullopt;
    }

    QString m_folder;
    DossierVerifyReport m_report;
    DossierManifest m_manifest;
    QHash<QString, QByteArray> m_listed; // path -> sha256 from the manifest
    QHash<QString, QByteArray> m_bytes; // path -> bytes as read
    std::map<QString, Json> m_records; // parsed records, by dossier path
    QList<QByteArray> m_journal;
};

} // namespace

DossierVerifyReport DossierVerify::run(const QString &folder)
{
    return Verifier(QFileInfo(folder).absoluteFilePath()).run();
}

} // namespace SyncDesk
