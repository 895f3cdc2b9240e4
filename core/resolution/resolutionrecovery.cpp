// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// About 600 lines on purpose: checking an intent's entries, clearing Sync
// Desk's own temporary files, completing a torn journal line and owing the
// bump are one recovery whose steps rely on each other's checks; apart, a
// reader would lose why each step may trust what the one before it found.
#include "core/resolution/resolutionrecovery_p.h"

#include "core/resolution/recordfiles_p.h"
#include "core/resolution/resolutionrecords_p.h"

#include "core/io/fileread_p.h"
#include "core/records/contracts.h"
#include "core/records/evidence.h"
#include "core/records/intentseal.h"
#include "core/store/store.h"

#include <QSet>

#include <algorithm>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SyncDesk::ResolutionDetail {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDesk::ResolutionDetail", text);
}
bool isSyncDesk(const Json &v)
{
    return v.is_string() && v.get<std::string>() == kSyncDeskWriter;
}

constexpr qint64 kMaxRecord = 64LL * 1024 * 1024;
/// An intent holds at most one chunk of decisions; anything larger is not one.
constexpr qint64 kMaxIntent = 256LL * 1024 * 1024;

/// One decision of a sealed intent, checked and with every file name derived from its ids.
struct Entry
{
    QString conflictId;
    QString conflictName, evidenceName, operationName, taskName;
    QByteArray beforeSha, afterSha, evidenceSha, operationSha, taskSha;
    Json after, evidence, operation, task, journalLine;
    QString evidenceId;
};

QString fileNameFor(const QString &id)
{
    const QString safe = safeRecordId(id);
    const QString name = safe + QStringLiteral(".json");
    return safe.isEmpty() || !isPlainFileName(name.toUtf8()) ? QString() : name;
}

/**
 * Checks that an entry is a decision exactly as Sync Desk would have planned it:
 * ids derived from the decision, records naming each other, hashes matching the
 * records. Returns why not, or an empty string.
 */
QString checkEntry(const Json &e, Entry &out)
{
    if (!e.is_object())
        return tr("an entry is not an object");
    out.conflictId = jsonString(jsonMember(e, "conflict_id"));
    out.after = jsonMember(e, "conflict_after");
    out.evidence = jsonMember(e, "evidence");
    out.operation = jsonMember(e, "operation");
    out.task = jsonMember(e, "task");
    out.journalLine = jsonMember(e, "journal_line");
    out.evidenceId = jsonString(jsonMember(out.evidence, "evidence_id"));
    auto sha = [&](const char *key) {
        return QByteArray::fromStdString(
            jsonMember(e, key).is_string() ? jsonMember(e, key).get<std::string>() : std::string());
    };
    out.beforeSha = sha("before_sha256");
    out.afterSha = sha("after_sha256");
    out.evidenceSha = sha("evidence_sha256");
    out.operationSha = sha("operation_sha256");
    out.taskSha = sha("task_sha256");
    const Json &card = jsonMember(out.after, "decision_card");
    // Text naming no option derives ids no decision of Sync Desk has: refused below.
    const DecisionOption option
        = parseDecisionOption(jsonString(jsonMember(card, "selected_option")));
    // A revision's ids derive also from the envelope it supersedes (its artifact
    // says so; the envelope is checked to verify below).
    const Json &artifact = jsonMember(out.evidence, "artifact");
    const bool revision = jsonMember(jsonMember(artifact, "decision"), "revision") == Json(true);
    const QString key = revision
        ? ResolutionWriter::revisionKey(out.conflictId, jsonString(jsonMember(card, "card_id")),
            option, jsonString(jsonMember(artifact, "supersedes")))
        : ResolutionWriter::idempotencyKey(
            out.conflictId, jsonString(jsonMember(card, "card_id")), option);
    const QString operationId = resolveOperationId(key);
    const QString taskId = resolveTaskId(key);
    out.conflictName = fileNameFor(out.conflictId);
    out.evidenceName = fileNameFor(out.evidenceId);
    out.operationName = fileNameFor(operationId);
    out.taskName = fileNameFor(taskId);
    if (out.conflictName.isEmpty() || out.evidenceName.isEmpty())
        return tr("its ids do not map to file names in the store");
    if (jsonString(jsonMember(e, "evidence_id")) != out.evidenceId
        || jsonString(jsonMember(e, "operation_id")) != operationId
        || jsonString(jsonMember(e, "task_id")) != taskId)
        return tr("its ids are not the ones Sync Desk derives for that decision");
    if (jsonString(jsonMember(out.after, "conflict_id")) != out.conflictId
        || jsonString(jsonMember(out.operation, "operation_id")) != operationId
        || jsonString(jsonMember(out.task, "task_id")) != taskId
        || jsonString(jsonMember(out.task, "operation_id")) != operationId
        || jsonMember(out.operation, "conflict_ids")
            != Json::array({ out.conflictId.toStdString() })
        || jsonString(jsonMember(out.evidence, "subject")) != out.conflictId
        || !isSyncDesk(jsonMember(out.evidence, "writer"))
        || jsonString(jsonMember(jsonMember(out.journalLine, "payload"), "evidence_id"))
            != out.evidenceId)
        return tr("its records do not name each other");
    if (Evidence::check(out.evidence).status != EvidenceStatus::Verified)
        return tr("its evidence envelope does not verify");
    if (shaHex(recordBytes(out.after)) != out.afterSha
        || shaHex(recordBytes(out.evidence)) != out.evidenceSha
        || shaHex(recordBytes(out.operation)) != out.operationSha
        || shaHex(recordBytes(out.task)) != out.taskSha || out.beforeSha.size() != 64)
        return tr("its hashes do not match its records");
    return QString();
}

/// The SHA-256 of a file's bytes, or nothing when it is missing or not a regular file.
std::optional<QByteArray> fileSha(const DirEntryRef &file)
{
    const auto bytes = readAt(file, kMaxRecord);
    return bytes ? std::optional<QByteArray>(shaHex(*bytes)) : std::nullopt;
}

/// Removes a file only while it holds exactly the bytes Sync Desk wrote there
/// (checked after it is renamed aside, so a rewrite meanwhile is kept).
bool removeIfOurs(const DirEntryRef &file, const QByteArray &sha)
{
    return DurableFile::removeIfHolds(file, sha) == 0;
}

/**
 * Which of the given evidence ids Sync Desk's journal lines name at or after
 * byteOffset. Read in fixed chunks: a line is parsed only if it is short and
 * mentions one of the ids, so a hostile journal costs time, not memory.
 */
QHash<QString, QString> journaledEvidence(
    const StoreDir &dir, qint64 byteOffset, const QSet<QString> &ids)
{
    QHash<QString, QString> found; // evidence id -> event id of the line naming it
    const int fd
        = ::openat(dir.rootFd(), "journal.jsonl", O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return found;
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || byteOffset < 0
        || byteOffset >= st.st_size) {
        ::close(fd);
        return found;
    }
    constexpr qint64 kChunk = 4 << 20;
    constexpr qsizetype kMaxLine = 1 << 20;
    std::vector<QByteArray> needles;
    for (const auto &id : ids)
        needles.push_back(id.toUtf8());
    QByteArray line; // the current line so far; cleared and skipped once too long
    bool skipping = false;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    const qint64 end = st.st_size;
    for (qint64 at = byteOffset; at < end;) {
        const auto n = ::pread(fd, chunk.data(), size_t(std::min(kChunk, end - at)), at);
        if (n <= 0)
            break;
        at += n;
        qsizetype from = 0;
        while (from < n) {
            const qsizetype nl = chunk.indexOf('\n', from);
            const qsizetype stop = nl < 0 || nl >= n ? n : nl;
            if (!skipping) {
                line.append(chunk.constData() + from, stop - from);
                if (line.size() > kMaxLine) {
                    skipping = true;
                    line.clear();
                }
            }
            if (stop == n)
                break; // the line goes on in the next chunk (or is a torn tail)
            if (!skipping) {
                for (const auto &needle : needles) {
                    if (!line.contains(needle))
                        continue;
                    const auto parsed
                        = parseJson(std::string_view(line.constData(), size_t(line.size())));
                    if (parsed.ok() && isSyncDesk(jsonMember(parsed.value, "producer"))) {
                        const QString evidenceId = jsonString(
                            jsonMember(jsonMember(parsed.value, "payload"), "evidence_id"));
                        if (ids.contains(evidenceId) && !found.contains(evidenceId))
                            found.insert(
                                evidenceId, jsonString(jsonMember(parsed.value, "event_id")));
                    }
                    break;
                }
            }
            line.clear();
            skipping = false;
            from = stop + 1;
        }
    }
    ::close(fd);
    return found;
}

/// Whether a conflict record carries the same decision as the one Sync Desk wrote.
bool carriesDecision(const QByteArray &bytes, const Json &after)
{
    const auto parsed = parseJson(std::string_view(bytes.constData(), size_t(bytes.size())));
    const Json &card = jsonMember(parsed.value, "decision_card");
    const Json &ours = jsonMember(after, "decision_card");
    for (const char *key : { "selected_option", "selected_by", "selected_at", "card_id" })
        if (jsonMember(card, key) != jsonMember(ours, key))
            return false;
    return parsed.ok();
}

/**
 * Removes the temp files Sync Desk's own writes leave when killed, in one
 * folder. Only names of the exact shape DurableFile gives its temps (never the
 * daemon's fixed `<name>.json.tmp`) and only regular files; called under the
 * writer lock, when no other Sync Desk writes this store.
 */
int removeOwnTempFiles(int dirFd, const QString &display,
    const std::function<bool(const QByteArray &)> &disposable = {}, QStringList *kept = nullptr)
{
    const int copy = ::fcntl(dirFd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0)
        return 0;
    DIR *d = ::fdopendir(copy);
    if (!d) {
        ::close(copy);
        return 0;
    }
    std::vector<QByteArray> names;
    while (const dirent *entry = ::readdir(d)) {
        const QByteArray name(entry->d_name);
        if (DurableFile::isOwnTempName(name))
            names.push_back(name);
    }
    ::closedir(d);
    int removed = 0;
    for (const auto &name : names) {
        struct stat st;
        if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0
            || !S_ISREG(st.st_mode))
            continue;
        if (disposable) {
            const auto bytes = readAt(DirEntryRef { dirFd, display, name }, kMaxRecord);
            if (!bytes || !disposable(*bytes)) {
                if (kept)
                    *kept << display + QLatin1Char('/') + QString::fromUtf8(name);
                continue;
            }
        }
        if (::unlinkat(dirFd, name.constData(), 0) == 0)
            ++removed;
    }
    if (removed > 0)
        DurableFile::syncDirectory(dirFd, display);
    return removed;
}

/**
 * The registries' temp files of an interrupted batch. A conflict's temp may
 * also hold the file an exchange displaced when the writer was killed before
 * its check: that is removed only when it is the version the batch checked
 * (or Sync Desk's own bytes, whole or in part); another writer's version is
 * kept and named.
 */
int removeOwnTempFiles(const StoreDir &dir, const std::vector<Entry> &entries, QStringList &kept)
{
    int removed = 0;
    for (const auto folder : { StoreDir::Evidence, StoreDir::Operations, StoreDir::Tasks })
        if (dir.fd(folder) >= 0)
            removed += removeOwnTempFiles(dir.fd(folder),
                dir.rootPath() + QLatin1Char('/') + QLatin1String(StoreDir::folderName(folder)));
    std::vector<QByteArray> ours;
    QSet<QByteArray> checked;
    for (const Entry &e : entries) {
        ours.push_back(recordBytes(e.after));
        checked.insert(e.beforeSha);
    }
    auto disposable = [&](const QByteArray &bytes) {
        return checked.contains(shaHex(bytes))
            || std::any_of(ours.cbegin(), ours.cend(),
                [&](const QByteArray &own) { return own.startsWith(bytes); });
    };
    if (dir.fd(StoreDir::Conflicts) >= 0)
        removed += removeOwnTempFiles(dir.fd(StoreDir::Conflicts),
            dir.rootPath() + QLatin1Char('/')
                + QLatin1String(StoreDir::folderName(StoreDir::Conflicts)),
            disposable, &kept);
    return removed;
}

/**
 * A kill can stop the batch's journal append between pages and leave the
 * beginning of one of its lines as the journal's torn last line. When that
 * fragment is exactly the beginning of a line this batch writes (numbered as
 * the fragment says, or as the line it stands on), the rest is appended, so
 * the line is whole instead of a corrupt one for good; the decision counts as
 * journaled. Anything else at the tail (another writer's) is left as it is.
 */
std::optional<IoError> completeTornLine(const StoreDir &dir, const std::vector<Entry> &entries,
    qint64 lines, QHash<QString, QString> &journaled, QStringList &notes)
{
    const DirEntryRef journal = dir.inRoot("journal.jsonl");
    struct stat st;
    if (::fstatat(dir.rootFd(), "journal.jsonl", &st, AT_SYMLINK_NOFOLLOW) != 0
        || !S_ISREG(st.st_mode))
        return std::nullopt;
    constexpr qint64 kMaxTail = 1 << 20; // longer than any line Sync Desk writes
    const qint64 from = std::max<qint64>(0, qint64(st.st_size) - kMaxTail);
    const int fd
        = ::openat(dir.rootFd(), "journal.jsonl", O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    QByteArray tail(qsizetype(st.st_size - from), Qt::Uninitialized);
    const auto n = ::pread(fd, tail.data(), size_t(tail.size()), from);
    ::close(fd);
    if (n != tail.size())
        return std::nullopt;
    const qsizetype newline = tail.lastIndexOf('\n');
    if (newline < 0 && from > 0)
        return std::nullopt;
    const QByteArray fragment = tail.mid(newline + 1);
    if (fragment.isEmpty())
        return std::nullopt;
    QString eventId = journalEventId(lines); // the torn line is counted, as the daemon does
    static const QByteArray key = QByteArrayLiteral("\"event_id\":\"evt-");
    if (const qsizetype at = fragment.indexOf(key);
        at >= 0 && fragment.size() >= at + key.size() + 9)
        eventId = QString::fromLatin1(fragment.mid(at + key.size() - 4, 12));
    for (const Entry &e : entries) {
        if (journaled.contains(e.evidenceId))
            continue;
        Json line = e.journalLine;
        line["event_id"] = eventId.toStdString();
        const QByteArray whole = QByteArray::fromStdString(dumpJson(line)) + '\n';
        if (!whole.startsWith(fragment))
            continue;
        bool completed = false;
        if (auto error = DurableFile::completeTornLine(
                journal, from + newline + 1, fragment, whole.mid(fragment.size()), 3000, completed))
            return error;
        if (completed) {
            journaled.insert(e.evidenceId, eventId);
            notes << tr("The journal line of the interrupted decision on %1 was cut short; it "
                        "was completed.")
                         .arg(e.conflictId);
        }
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<IoError> ResolutionRecovery::run(const StoreDir &dir, const QString &now,
    QStringList &notes, const std::function<void(WriteStep)> &beforeStep)
{
    const QByteArray intentName = ResolutionWriter::intentFileName().toUtf8();
    const DirEntryRef intentFile = dir.inRoot(intentName.constData());
    struct stat st;
    const bool statted
        = ::fstatat(dir.rootFd(), intentName.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0;
    if (!statted && errno == ENOENT) {
        // A temp file in the root is all a write killed before its intent existed
        // (or while writing it) can leave; the registries' temps need an intent.
        if (const int removed = removeOwnTempFiles(dir.rootFd(), dir.rootPath()))
            notes << QCoreApplication::translate("SyncDesk::ResolutionDetail",
                "Removed %n temp file(s) an interrupted write of Sync Desk left behind.", nullptr,
                removed);
        return std::nullopt;
    }
    auto refuse = [&](const QString &why) {
        const QString message
            = tr("%1 was not acted on: %2. Nothing in it was carried out and nothing was "
                 "removed; Sync Desk writes nothing to this store until the file has been "
                 "looked at and removed.")
                  .arg(intentFile.path(), why);
        notes << message;
        return IoError { intentFile.path(), message, EPERM };
    };
    if (!statted || !S_ISREG(st.st_mode))
        return refuse(tr("it is not a regular file"));
    const auto bytes = readAt(intentFile, kMaxIntent);
    if (!bytes)
        return refuse(tr("it cannot be read"));
    const auto key = IntentSeal::key();
    const auto opened
        = IntentSeal::open(std::string_view(bytes->constData(), size_t(bytes->size())),
            key.valueOr(QByteArray()), IntentSeal::storeIdentity(dir.rootFd()));
    if (opened.status != IntentSeal::Status::Sealed)
        return refuse(!key ? key.error() : opened.why);
    const Json &intent = opened.body;
    const Json &decisions = jsonMember(intent, "decisions");
    const Json &sizeBefore = jsonMember(intent, "journal_size_before");
    const Json &generationJson = jsonMember(intent, "generation_before");
    if (!decisions.is_array() || !sizeBefore.is_number_integer()
        || !generationJson.is_number_integer())
        return refuse(tr("its sealed body lacks what a batch records"));

    std::vector<Entry> entries;
    QSet<QString> ids;
    for (const auto &raw : decisions) {
        Entry e;
        if (const QString why = checkEntry(raw, e); !why.isEmpty()) {
            notes << tr("An entry of the interrupted write was ignored: %1.").arg(why);
            continue;
        }
        ids.insert(e.evidenceId);
        entries.push_back(std::move(e));
    }
    {
        QStringList kept;
        const int removed = removeOwnTempFiles(dir.rootFd(), dir.rootPath())
            + removeOwnTempFiles(dir, entries, kept);
        if (removed > 0)
            notes << QCoreApplication::translate("SyncDesk::ResolutionDetail",
                "Removed %n temp file(s) an interrupted write of Sync Desk left behind.", nullptr,
                removed);
        for (const QString &path : std::as_const(kept))
            notes << tr("%1 was kept: an interrupted write left another writer's version of a "
                        "conflict there. Compare it with the conflict and remove it when it is "
                        "not needed.")
                         .arg(path);
    }
    QHash<QString, QString> journaled = journaledEvidence(dir, sizeBefore.get<qint64>(), ids);
    const DirEntryRef journal = dir.inRoot("journal.jsonl");
    qint64 lines = 0;
    bool torn = false;
    if (auto e = DurableFile::countLines(journal, lines, torn))
        return e;
    if (torn)
        if (auto e = completeTornLine(dir, entries, lines, journaled, notes))
            return e;
    QString manifestError;
    Json manifest; // as it was before recovery: does it hold this batch's bump?
    const qint64 generation = readGeneration(dir, &manifest, &manifestError);
    if (generation < 0)
        return IoError { dir.rootPath() + QStringLiteral("/manifest.json"), manifestError, EIO };

    struct Journaling
    {
        const Entry *entry;
        QByteArray operationSha; ///< what the operation file holds now, if Sync Desk's
    };
    std::vector<Journaling> toJournal;
    bool keepIntent = false;
    qint64 alreadyJournaled = 0;
    QSet<int> touched;
    for (const Entry &e : entries) {
        const DirEntryRef evidence = dir.in(StoreDir::Evidence, e.evidenceName);
        const DirEntryRef operation = dir.in(StoreDir::Operations, e.operationName);
        const DirEntryRef task = dir.in(StoreDir::Tasks, e.taskName);
        const DirEntryRef conflict = dir.in(StoreDir::Conflicts, e.conflictName);
        if (const auto line = journaled.constFind(e.evidenceId); line != journaled.cend()) {
            ++alreadyJournaled;
            // Killed before the operation named its line as it landed: name it
            // now, over the bytes Sync Desk placed only.
            const QString cited = QStringLiteral("journal:") + *line;
            if (!line->isEmpty() && jsonString(jsonMember(e.operation, "local_log_ref")) != cited
                && fileSha(operation) == e.operationSha) {
                Json operationRecord = e.operation;
                operationRecord["local_log_ref"] = cited.toStdString();
                bool swapped = false;
                if (auto w
                    = swapIn(operation, recordBytes(operationRecord), e.operationSha, swapped))
                    return w;
            }
            continue;
        }
        const auto evidenceSha = fileSha(evidence);
        if (!evidenceSha) {
            // Evidence is written and synced first: without it nothing else was.
            notes << tr("Decision on %1 was interrupted before anything was written; it was not "
                        "applied.")
                         .arg(e.conflictId);
            continue;
        }
        if (*evidenceSha != e.evidenceSha) {
            notes << tr("Decision on %1 was interrupted, and %2 is not the envelope Sync Desk "
                        "wrote; nothing was done.")
                         .arg(e.conflictId, evidence.path());
            continue;
        }
        const auto conflictBytes = readAt(conflict, kMaxRecord);
        const QByteArray current = conflictBytes ? shaHex(*conflictBytes) : QByteArray();
        const bool carries = current == e.afterSha
            || (conflictBytes && current != e.beforeSha
                && carriesDecision(*conflictBytes, e.after));
        if (current != e.beforeSha && !carries) {
            // Someone decided or rewrote the conflict otherwise: take back only
            // the files that still hold exactly what Sync Desk wrote.
            for (const auto &[file, sha] :
                { std::pair { task, e.taskSha }, std::pair { operation, e.operationSha },
                    std::pair { evidence, e.evidenceSha } })
                if (removeIfOurs(file, sha))
                    touched.insert(file.dirFd);
            notes << tr("Decision on %1 was interrupted and the conflict has changed since; the "
                        "decision was withdrawn, nothing of it remains.")
                         .arg(e.conflictId);
            continue;
        }
        // The operation is placed as planned; it names its journal line once the
        // line has landed (below), and only while it is the file Sync Desk wrote.
        QByteArray operationSha;
        if (const auto now = fileSha(operation)) {
            operationSha = *now == e.operationSha ? *now : QByteArray();
        } else {
            auto w = DurableFile::write(
                operation, recordBytes(e.operation), DurableFile::Mode::CreateNew);
            if (w && w->error != EEXIST)
                return w;
            operationSha = w ? QByteArray() : e.operationSha;
        }
        if (auto w = DurableFile::write(task, recordBytes(e.task), DurableFile::Mode::CreateNew);
            w && w->error != EEXIST)
            return w;
        if (current == e.beforeSha) {
            bool swapped = false;
            if (auto w = swapIn(conflict, recordBytes(e.after), e.beforeSha, swapped))
                return w;
            if (!swapped) {
                // Rewritten by another writer this very moment: decided next time.
                notes << tr("Decision on %1 was interrupted, and the conflict is being changed "
                            "by another writer right now; it is left for the next write.")
                             .arg(e.conflictId);
                keepIntent = true;
                continue;
            }
        }
        toJournal.push_back({ &e, operationSha });
    }
    for (const int fd : std::as_const(touched))
        DurableFile::syncDirectory(fd, dir.rootPath());

    // Numbered at the append, under flock(journal.jsonl), as Apply does.
    std::vector<QString> eventIds(toJournal.size());
    if (!toJournal.empty()) {
        if (beforeStep)
            beforeStep(WriteStep::Journal);
        DurableFile::JournalAppend landed;
        auto numberLines = [&](qint64 first) {
            QByteArray lines;
            for (std::size_t i = 0; i < toJournal.size(); ++i) {
                eventIds[i] = journalEventId(first + qint64(i));
                Json line = toJournal[i].entry->journalLine;
                line["event_id"] = eventIds[i].toStdString();
                lines += QByteArray::fromStdString(dumpJson(line)) + '\n';
            }
            return lines;
        };
        if (auto e = DurableFile::appendNumbered(journal, numberLines, 3000, landed))
            return e;
    }
    for (std::size_t i = 0; i < toJournal.size(); ++i) {
        const Entry &e = *toJournal[i].entry;
        const QString cited = QStringLiteral("journal:") + eventIds[i];
        if (!toJournal[i].operationSha.isEmpty()
            && jsonString(jsonMember(e.operation, "local_log_ref")) != cited) {
            Json operationRecord = e.operation;
            operationRecord["local_log_ref"] = cited.toStdString();
            bool swapped = false;
            if (auto w = swapIn(dir.in(StoreDir::Operations, e.operationName),
                    recordBytes(operationRecord), toJournal[i].operationSha, swapped))
                return w;
        }
        notes << tr("Completed the interrupted decision on %1 (%2).")
                     .arg(e.conflictId,
                         jsonString(
                             jsonMember(jsonMember(e.after, "decision_card"), "selected_option")));
    }
    const auto appended = qint64(toJournal.size());
    // Lines this batch journaled before the crash may still lack their bump:
    // the manifest names the batch whose bump it holds (written in the same
    // swap as the bump), so the bump is owed unless it names this batch.
    const QString batchId = jsonString(jsonMember(intent, "batch_id"));
    const bool bumped
        = !batchId.isEmpty() && jsonString(jsonMember(manifest, kManifestBatchKey)) == batchId;
    const qint64 missingBump = bumped ? 0 : alreadyJournaled;
    if (missingBump > 0)
        notes << QCoreApplication::translate("SyncDesk::ResolutionDetail",
            "%n journal line(s) of the interrupted write lacked their generation bump; it was "
            "added.",
            nullptr, int(missingBump));
    if (appended + missingBump > 0)
        if (auto e = bumpGeneration(dir, appended + missingBump, now, batchId))
            return e;
    if (keepIntent)
        return std::nullopt;
    // The seal proves the intent is Sync Desk's own: now it is done with.
    if (::unlinkat(dir.rootFd(), intentName.constData(), 0) != 0 && errno != ENOENT)
        return IoError { intentFile.path(),
            tr("%1: removing the intent failed").arg(intentFile.path()), errno };
    DurableFile::syncDirectory(dir.rootFd(), dir.rootPath());
    IntentSeal::clearPending(jsonString(jsonMember(intent, "batch_id")));
    return std::nullopt;
}

} // namespace SyncDesk::ResolutionDetail
