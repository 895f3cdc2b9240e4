// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/resolution/batchwriter_p.h"

#include "core/resolution/recordfiles_p.h"
#include "core/resolution/resolutionrecords_p.h"

#include "core/io/fileread_p.h"
#include "core/json/canonicaljson.h"
#include "core/records/intentseal.h"

#include <QScopeGuard>
#include <QSet>

#include <algorithm>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SyncDesk::ResolutionDetail {
namespace {

/// What a batch placed, so that an I/O error can take back exactly that.
struct Undo
{
    struct Placed
    {
        DirEntryRef file;
        QByteArray sha; ///< of the bytes Sync Desk placed there
        QByteArray before; ///< bytes to put back (replaced files); empty for new files
        bool replaced = false;
    };
    QList<Placed> placed;
    bool journalTouched = false;
    QByteArray journalBytes; ///< exactly what the append wrote
    qint64 journalOffset = -1; ///< where the append landed (or was to land)
};

/**
 * Takes back what the batch placed, but only what is provably still Sync Desk's:
 * a file is removed or restored only while it holds the bytes Sync Desk put
 * there, and the journal is cut only while it ends with Sync Desk's append.
 * If anything another writer changed meanwhile (a conflict the daemon rewrote
 * over Sync Desk's decision, a line appended after Sync Desk's), nothing at all
 * is taken back: the batch is rolled forward instead (false: the intent stays and
 * the next writer completes it). Looking first and then undoing matters: taking
 * back the envelope, operation and task of a decision whose conflict someone else
 * rewrote (keeping the decision) would leave it decided without its records.
 *
 * The undo runs in the order that keeps every intermediate state one that
 * recovery completes: the manifest (restored only while it is Sync Desk's), then
 * the journal, then the conflicts, then the new records. Should another writer
 * slip in between the look and an undo, the undo stops there.
 */
bool rollback(const StoreDir &dir, const Undo &undo, qint64 journalSizeBefore)
{
    journalSizeBefore = undo.journalOffset >= 0 ? undo.journalOffset : journalSizeBefore;
    auto stillOurs = [](const Undo::Placed &p) {
        const auto current = readAt(p.file, 64LL * 1024 * 1024);
        // A new file that is gone leaves nothing to take back; a replaced one
        // that is gone cannot be put back.
        return current ? shaHex(*current) == p.sha : !p.replaced;
    };
    for (const auto &p : undo.placed)
        if (!stillOurs(p))
            return false;

    int journalFd = -1;
    const auto closeJournal = qScopeGuard([&] {
        if (journalFd >= 0)
            ::close(journalFd);
    });
    const qint64 journalEnd = journalSizeBefore + undo.journalBytes.size();
    // Whether the journal ends with exactly Sync Desk's append (cut it), or never
    // got it (nothing to cut); anything else is another writer's line after ours.
    auto journalState = [&]() -> int { // 0 nothing to cut, 1 cut, -1 not ours to cut
        struct stat st;
        if (::fstat(journalFd, &st) != 0 || !S_ISREG(st.st_mode))
            return -1;
        if (st.st_size == journalSizeBefore)
            return 0;
        if (st.st_size != journalEnd)
            return -1;
        QByteArray tail(undo.journalBytes.size(), Qt::Uninitialized);
        return ::pread(journalFd, tail.data(), size_t(tail.size()), journalSizeBefore)
                    == tail.size()
                && tail == undo.journalBytes
            ? 1
            : -1;
    };
    if (undo.journalTouched) {
        journalFd
            = ::openat(dir.rootFd(), "journal.jsonl", O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        // Looked at and cut under flock(journal.jsonl), as appends are made: a
        // writer that honours the lock cannot append between the look and the
        // cut. Never a blocking wait; without the lock, roll forward.
        bool locked = false;
        for (int waited = 0; journalFd >= 0 && !locked && waited <= 3000; waited += 2) {
            locked = ::flock(journalFd, LOCK_EX | LOCK_NB) == 0;
            if (!locked && errno != EWOULDBLOCK && errno != EINTR)
                break;
            if (!locked)
                ::usleep(2000);
        }
        if (!locked || journalState() < 0)
            return false;
    }

    QSet<int> dirs;
    auto undoFile = [&](const Undo::Placed &p) {
        if (!stillOurs(p))
            return false;
        dirs.insert(p.file.dirFd);
        if (p.replaced) {
            // Swapped back only while it is still ours: another writer's newer
            // file is never replaced by the old one.
            bool swapped = false;
            return !swapIn(p.file, p.before, p.sha, swapped) && swapped;
        }
        // Moved aside and checked there: a rewrite by another writer landing
        // after the look above is kept, not removed.
        const int removed = DurableFile::removeIfHolds(p.file, p.sha);
        return removed == 0 || removed == ENOENT;
    };
    auto isManifest = [&](const Undo::Placed &p) {
        return p.file.dirFd == dir.rootFd() && p.file.name == "manifest.json";
    };
    auto syncDirs = [&] {
        bool synced = true;
        for (const int fd : std::as_const(dirs))
            synced &= !DurableFile::syncDirectory(fd, dir.rootPath());
        return synced;
    };
    for (auto it = undo.placed.crbegin(); it != undo.placed.crend(); ++it)
        if (isManifest(*it) && !undoFile(*it))
            return false;
    if (undo.journalTouched) {
        const int state = journalState();
        if (state < 0
            || (state == 1
                && (::ftruncate(journalFd, journalSizeBefore) != 0 || ::fdatasync(journalFd) != 0)))
            return false;
    }
    for (auto it = undo.placed.crbegin(); it != undo.placed.crend(); ++it)
        if (it->replaced && !isManifest(*it) && !undoFile(*it)) {
            syncDirs();
            return false;
        }
    bool ok = true;
    for (auto it = undo.placed.crbegin(); it != undo.placed.crend(); ++it)
        if (!it->replaced)
            ok &= undoFile(*it);
    return syncDirs() && ok;
}

} // namespace

Json BatchWriter::intentBody(const std::vector<Planned> &batch, qint64 journalLinesBefore,
    qint64 journalSizeBefore, qint64 generationBefore)
{
    Json entries = Json::array();
    for (const auto &p : batch)
        entries.push_back({ { "conflict_id", toJson(p.conflictId) },
            { "before_sha256", p.beforeSha.toStdString() },
            { "after_sha256", p.afterSha.toStdString() }, { "conflict_after", p.after },
            { "evidence_id", toJson(p.evidenceId) },
            { "evidence_sha256", shaHex(recordBytes(p.evidence)).toStdString() },
            { "evidence", p.evidence }, { "operation_id", toJson(p.operationId) },
            { "operation_sha256", shaHex(recordBytes(p.operation)).toStdString() },
            { "operation", p.operation }, { "task_id", toJson(p.taskId) },
            { "task_sha256", shaHex(recordBytes(p.task)).toStdString() }, { "task", p.task },
            { "journal_line", p.journalLine } });
    return { { "journal_lines_before", journalLinesBefore },
        { "journal_size_before", journalSizeBefore }, { "generation_before", generationBefore },
        { "decisions", std::move(entries) } };
}

std::optional<IoError> BatchWriter::write(const StoreDir &dir, std::vector<Planned> &batch,
    qint64 journalLinesBefore, qint64 generationBefore, const QString &updatedAt,
    const std::function<void(WriteStep)> &beforeStep)
{
    const DirEntryRef journal = dir.inRoot("journal.jsonl");
    const QByteArray intentName = ResolutionWriter::intentFileName().toUtf8();
    const DirEntryRef intent = dir.inRoot(intentName.constData());
    auto step = [&](WriteStep s) -> std::optional<IoError> {
        if (beforeStep)
            beforeStep(s);
        return dir.stillInPlace();
    };
    qint64 journalSizeBefore = 0;
    {
        struct stat st;
        if (::fstatat(dir.rootFd(), "journal.jsonl", &st, AT_SYMLINK_NOFOLLOW) == 0)
            journalSizeBefore = st.st_size;
    }
    {
        QString manifestError;
        if (readGeneration(dir, nullptr, &manifestError) < 0)
            return IoError { dir.rootPath() + QStringLiteral("/manifest.json"), manifestError,
                EIO };
    }

    const auto sealKey = IntentSeal::key();
    if (!sealKey)
        return IoError { IntentSeal::stateDirectory(), sealKey.error(), EACCES };
    const QByteArray &key = *sealKey;
    if (auto e = step(WriteStep::Intent))
        return e;
    const QString batchId = IntentSeal::newBatchId();
    const QString store = IntentSeal::storeIdentity(dir.rootFd());
    if (const auto why = IntentSeal::markPending(batchId, store))
        return IoError { IntentSeal::stateDirectory(), *why, EACCES };
    Json body = intentBody(batch, journalLinesBefore, journalSizeBefore, generationBefore);
    body["batch_id"] = batchId.toStdString();
    body["store"] = store.toStdString();
    // Never over another writer's file: an intent left there is recovered (or
    // refused) before any batch starts, so this name is free unless someone raced.
    if (auto e
        = DurableFile::write(intent, IntentSeal::seal(body, key), DurableFile::Mode::CreateNew)) {
        if (e->error != EEXIST) // the link may have taken effect before the directory sync failed
            ::unlinkat(dir.rootFd(), intentName.constData(), 0);
        IntentSeal::clearPending(batchId);
        return e;
    }

    Undo undo;
    auto fail = [&](IoError error) {
        if (rollback(dir, undo, journalSizeBefore)) {
            ::unlinkat(dir.rootFd(), intentName.constData(), 0);
            DurableFile::syncDirectory(dir.rootFd(), dir.rootPath());
            IntentSeal::clearPending(batchId);
        } else {
            error.message += QLatin1Char(' ')
                + tr("Undoing the partial write was not possible without touching what another "
                     "writer wrote since; the next write to this store completes it (see %1).")
                      .arg(ResolutionWriter::intentFileName());
        }
        return error;
    };
    // Each registry's files go in as one group commit; the order between the
    // groups (evidence, then operations and tasks, then conflicts) is the spec's.
    struct File
    {
        DirEntryRef file;
        QByteArray bytes;
        QByteArray before; ///< replaced files: what to restore
    };
    QList<DirEntryRef> existed; // CreateNew targets that were there already
    auto writeGroup = [&](const QList<File> &files, DurableFile::Mode mode) {
        std::vector<DurableFile::GroupItem> items;
        items.reserve(std::size_t(files.size()));
        for (const auto &f : files)
            items.push_back({ f.file, f.bytes, mode, {} });
        const auto error = DurableFile::writeGroup(items);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].placed == 0)
                undo.placed.append({ items[i].target, shaHex(items[i].bytes),
                    files[qsizetype(i)].before, mode == DurableFile::Mode::Replace });
            else if (items[i].placed == EEXIST)
                existed.append(items[i].target);
        }
        return error;
    };
    auto syncDirs = [&](std::initializer_list<StoreDir::Folder> folders) {
        std::optional<IoError> e;
        for (const auto f : folders)
            if (!e)
                e = DurableFile::syncDirectory(dir.fd(f),
                    dir.rootPath() + QLatin1Char('/') + QLatin1String(StoreDir::folderName(f)));
        return e;
    };

    QList<File> evidence, work, conflicts;
    for (const auto &p : batch) {
        evidence.append(
            { dir.in(StoreDir::Evidence, p.evidenceName), recordBytes(p.evidence), {} });
        work.append(
            { dir.in(StoreDir::Operations, p.operationName), recordBytes(p.operation), {} });
        work.append({ dir.in(StoreDir::Tasks, p.taskName), recordBytes(p.task), {} });
        conflicts.append(
            { dir.in(StoreDir::Conflicts, p.conflictName), recordBytes(p.after), p.beforeBytes });
    }
    if (auto e = step(WriteStep::Evidence))
        return fail(*e);
    if (auto e = writeGroup(evidence, DurableFile::Mode::CreateNew))
        return fail(*e);
    if (auto e = syncDirs({ StoreDir::Evidence }))
        return fail(*e);
    if (auto e = step(WriteStep::Work))
        return fail(*e);
    if (auto e = writeGroup(work, DurableFile::Mode::CreateNew))
        return fail(*e);
    if (auto e = syncDirs({ StoreDir::Operations, StoreDir::Tasks }))
        return fail(*e);
    // The file names are predictable: one that already existed must be Sync
    // Desk's record of this same decision (an earlier attempt), not something
    // another writer put there to stand in for it.
    auto wasThere = [&](const DirEntryRef &file) {
        return std::any_of(existed.cbegin(), existed.cend(),
            [&](const DirEntryRef &e) { return e.dirFd == file.dirFd && e.name == file.name; });
    };
    for (auto &p : batch) {
        for (const auto &[folder, name, record] :
            { std::tuple { StoreDir::Operations, p.operationName, &p.operation },
                std::tuple { StoreDir::Tasks, p.taskName, &p.task } }) {
            const DirEntryRef file = dir.in(folder, name);
            if (!wasThere(file))
                continue; // placed by this batch
            const auto bytes = readAt(file, 16LL << 20);
            if (bytes && *bytes == recordBytes(*record))
                continue;
            const auto parsed = bytes
                ? parseJson(std::string_view(bytes->constData(), size_t(bytes->size())))
                : JsonParseResult {};
            bool same = parsed.ok();
            for (const char *key : { "schema", "operation_id", "task_id", "operation_type",
                     "conflict_ids", "conflict_id", "replay_idempotency_key", "idempotency_key" })
                same = same && jsonMember(parsed.value, key) == jsonMember(*record, key);
            if (!same && p.foreignRecord.isEmpty())
                p.foreignRecord = tr("%1 already exists and is not Sync Desk's record of this "
                                     "decision; nothing of the decision was written.")
                                      .arg(file.path());
            if (!same || !p.foreignRecord.isEmpty())
                continue;
            // Sync Desk's record of this decision from an interrupted attempt (a
            // kill while a dropped decision was being taken back): it cites that
            // attempt's envelope, which may be gone. This attempt's record takes
            // its place, swapped in only over the bytes just read.
            const QByteArray ours = recordBytes(*record);
            bool swapped = false;
            if (auto e = swapIn(file, ours, shaHex(*bytes), swapped))
                return fail(*e);
            if (swapped)
                undo.placed.append({ file, shaHex(ours), *bytes, true });
            else
                p.foreignRecord = tr("%1 changed while the decision was being written; nothing "
                                     "of the decision was written.")
                                      .arg(file.path());
        }
    }
    if (auto e = step(WriteStep::Conflicts))
        return fail(*e);
    {
        // Check-and-swap: a conflict another writer rewrote since the check
        // under the lock is put back as they wrote it and the decision dropped.
        std::vector<DurableFile::GroupItem> items;
        std::vector<std::size_t> of; // items[k] is batch[of[k]]
        for (std::size_t i = 0; i < batch.size(); ++i) {
            if (!batch[i].foreignRecord.isEmpty())
                continue;
            items.push_back({ dir.in(StoreDir::Conflicts, batch[i].conflictName),
                recordBytes(batch[i].after), DurableFile::Mode::SwapChecked, batch[i].beforeSha });
            of.push_back(i);
        }
        const auto error = DurableFile::writeGroup(items);
        for (std::size_t k = 0; k < items.size(); ++k) {
            if (items[k].placed == 0)
                undo.placed.append({ items[k].target, shaHex(items[k].bytes),
                    conflicts[qsizetype(of[k])].before, true });
            if (items[k].placed == ECANCELED)
                batch[of[k]].changedOnDisk = true;
        }
        if (error)
            return fail(*error);
    }
    if (auto e = syncDirs({ StoreDir::Conflicts }))
        return fail(*e);
    // A dropped decision leaves nothing: its task, operation and envelope go (in
    // that order, so that a kill midway never leaves an operation or task citing
    // an envelope that is gone), as long as they are the bytes this batch placed.
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (!batch[i].changedOnDisk && batch[i].foreignRecord.isEmpty()) {
            kept.push_back(i);
            continue;
        }
        for (const auto &[folder, name] : { std::pair { StoreDir::Tasks, batch[i].taskName },
                 std::pair { StoreDir::Operations, batch[i].operationName },
                 std::pair { StoreDir::Evidence, batch[i].evidenceName } }) {
            const DirEntryRef file = dir.in(folder, name);
            for (qsizetype k = 0; k < undo.placed.size(); ++k) {
                const auto &u = undo.placed[k];
                if (u.file.dirFd != file.dirFd || u.file.name != file.name)
                    continue;
                DurableFile::removeIfHolds(file, u.sha); // another writer's stays
                undo.placed.removeAt(k);
                break;
            }
        }
    }
    if (kept.size() != batch.size())
        if (auto e = syncDirs({ StoreDir::Evidence, StoreDir::Operations, StoreDir::Tasks }))
            return fail(*e);

    if (auto e = step(WriteStep::Journal))
        return fail(*e);
    DurableFile::JournalAppend landed;
    // Numbered at the append, under flock(journal.jsonl): the ids the plan
    // predicted under the writer lock are wrong if the daemon appended since.
    auto numberLines = [&](qint64 first) {
        QByteArray lines;
        qint64 n = first;
        for (const std::size_t i : kept) {
            Planned &p = batch[i];
            p.eventId = journalEventId(n++);
            p.journalLine["event_id"] = toJson(p.eventId);
            lines += QByteArray::fromStdString(dumpJson(p.journalLine)) + '\n';
        }
        return lines;
    };
    if (!kept.empty()) {
        const auto e = DurableFile::appendNumbered(journal, numberLines, 3000, landed);
        // No bytes: the journal could not be opened, locked or counted, so
        // nothing was written to it and there is nothing to cut.
        undo.journalTouched = !landed.bytes.isEmpty();
        undo.journalBytes = landed.bytes;
        undo.journalOffset = landed.offset;
        if (e)
            return fail(*e);
    }
    // Operations cite their journal line: name it as numbered at the append,
    // rewriting (only) operation files that still hold what this batch wrote.
    for (const std::size_t i : kept) {
        Planned &p = batch[i];
        const QString cited = QStringLiteral("journal:") + p.eventId;
        if (jsonString(jsonMember(p.operation, "local_log_ref")) == cited)
            continue;
        p.operation["local_log_ref"] = toJson(cited);
        const DirEntryRef file = dir.in(StoreDir::Operations, p.operationName);
        for (auto &u : undo.placed) {
            if (u.file.dirFd != file.dirFd || u.file.name != file.name)
                continue;
            // Check-and-swap: an operation another writer rewrote since it was
            // placed stays as they wrote it.
            const QByteArray bytes = recordBytes(p.operation);
            bool swapped = false;
            if (auto e = swapIn(file, bytes, u.sha, swapped))
                return fail(*e);
            if (swapped)
                u.sha = shaHex(bytes);
            break;
        }
    }

    // The generation is bumped from the manifest as it is just before the swap,
    // and the swap checks that nobody replaced it in between (else: again).
    if (auto e = step(WriteStep::Manifest))
        return fail(*e);
    if (!kept.empty()) {
        QByteArray displaced, written;
        const auto e
            = bumpGeneration(dir, qint64(kept.size()), updatedAt, batchId, &displaced, &written);
        if (!written.isEmpty())
            undo.placed.append({ dir.inRoot("manifest.json"), shaHex(written), displaced, true });
        if (e)
            return fail(*e);
    }

    // The batch is complete once the intent is gone; a crash before this line is
    // completed by ResolutionRecovery::run(), which finds every record already in place.
    if (beforeStep)
        beforeStep(WriteStep::Finish);
    if (::unlinkat(dir.rootFd(), intentName.constData(), 0) != 0)
        return IoError { intent.path(), tr("%1: removing the intent failed").arg(intent.path()),
            errno };
    DurableFile::syncDirectory(dir.rootFd(), dir.rootPath());
    IntentSeal::clearPending(batchId);
    return std::nullopt;
}

} // namespace SyncDesk::ResolutionDetail
