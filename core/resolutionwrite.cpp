#include "core/resolution_p.h"

#include "core/canonicaljson.h"
#include "core/fileread_p.h"
#include "core/intentseal.h"

#include <QSet>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SyncDesk::ResolutionDetail {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDesk::ResolutionWriter", text);
}
Json j(const QString &s)
{
    return s.toStdString();
}

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
};

/**
 * Takes back what the batch placed, but only what is provably still Sync Desk's:
 * a file is removed or restored only while it holds the bytes Sync Desk put
 * there, and the journal is cut only while it ends with Sync Desk's append.
 * Anything another writer changed meanwhile stays; then the batch is rolled
 * forward instead (false: the intent stays and the next writer completes it).
 */
bool rollback(const StoreDir &dir, const Undo &undo, qint64 journalSizeBefore)
{
    bool ok = true;
    if (undo.journalTouched) {
        const int fd
            = ::openat(dir.rootFd(), "journal.jsonl", O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        struct stat st;
        bool cut = false;
        if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
            const qint64 end = journalSizeBefore + undo.journalBytes.size();
            if (st.st_size == journalSizeBefore) {
                cut = true; // the append never landed
            } else if (st.st_size == end) {
                QByteArray tail(undo.journalBytes.size(), Qt::Uninitialized);
                if (::pread(fd, tail.data(), size_t(tail.size()), journalSizeBefore) == tail.size()
                    && tail == undo.journalBytes)
                    cut = ::ftruncate(fd, journalSizeBefore) == 0 && ::fdatasync(fd) == 0;
            }
        }
        if (fd >= 0)
            ::close(fd);
        if (!cut)
            return false; // another writer appended after our lines: keep them, roll forward
    }
    QSet<int> dirs;
    for (auto it = undo.placed.crbegin(); it != undo.placed.crend(); ++it) {
        const auto current = readAt(it->file, 64LL * 1024 * 1024);
        if (!current || shaHex(*current) != it->sha) {
            // Gone or changed by someone else since: not ours to touch any more.
            ok &= !current.has_value() && !it->replaced;
            continue;
        }
        if (it->replaced)
            ok &= !DurableFile::write(it->file, it->before, DurableFile::Mode::Replace, false);
        else
            ok &= ::unlinkat(it->file.dirFd, it->file.name.constData(), 0) == 0 || errno == ENOENT;
        dirs.insert(it->file.dirFd);
    }
    for (const int fd : std::as_const(dirs))
        ok &= !DurableFile::syncDirectory(fd, dir.rootPath());
    return ok;
}

} // namespace

QByteArray recordBytes(const Json &record)
{
    std::string text = record.dump(2, ' ', false, Json::error_handler_t::replace);
    text += '\n';
    return QByteArray::fromStdString(text);
}

QByteArray shaHex(const QByteArray &bytes)
{
    return sha256Hex(std::string_view(bytes.constData(), size_t(bytes.size())));
}

std::optional<QByteArray> readAt(const DirEntryRef &file, qint64 maxSize)
{
    if (file.dirFd < 0)
        return std::nullopt;
    const auto read = readFileNoFollowAt(file.dirFd, file.name.constData(), maxSize);
    if (read.status != FileRead::Status::Ok)
        return std::nullopt;
    return QByteArray(read.bytes.data(), qsizetype(read.bytes.size()));
}

qint64 readGeneration(const StoreDir &dir, Json *manifest, QString *error, QByteArray *bytes)
{
    const auto read = readAt(dir.inRoot("manifest.json"), 16 * 1024 * 1024);
    if (!read) {
        if (error)
            *error = tr("manifest.json in %1 cannot be read.").arg(dir.rootPath());
        return -1;
    }
    auto parsed = parseJson(std::string_view(read->constData(), size_t(read->size())));
    if (!parsed.ok() || !parsed.value.is_object() || !parsed.value.contains("active_generation")
        || !parsed.value["active_generation"].is_number_integer()) {
        if (error)
            *error
                = tr("manifest.json in %1 has no integer active_generation.").arg(dir.rootPath());
        return -1;
    }
    const qint64 generation = parsed.value["active_generation"].get<qint64>();
    if (manifest)
        *manifest = std::move(parsed.value);
    if (bytes)
        *bytes = *read;
    return generation;
}

Json intentBody(const std::vector<Planned> &batch, qint64 journalLinesBefore,
    qint64 journalSizeBefore, qint64 generationBefore)
{
    Json entries = Json::array();
    for (const auto &p : batch)
        entries.push_back(
            { { "conflict_id", j(p.conflictId) }, { "before_sha256", p.beforeSha.toStdString() },
                { "after_sha256", p.afterSha.toStdString() }, { "conflict_after", p.after },
                { "evidence_id", j(p.evidenceId) },
                { "evidence_sha256", shaHex(recordBytes(p.evidence)).toStdString() },
                { "evidence", p.evidence }, { "operation_id", j(p.operationId) },
                { "operation_sha256", shaHex(recordBytes(p.operation)).toStdString() },
                { "operation", p.operation }, { "task_id", j(p.taskId) },
                { "task_sha256", shaHex(recordBytes(p.task)).toStdString() }, { "task", p.task },
                { "journal_line", p.journalLine } });
    return { { "journal_lines_before", journalLinesBefore },
        { "journal_size_before", journalSizeBefore }, { "generation_before", generationBefore },
        { "decisions", std::move(entries) } };
}

std::optional<IoError> writeBatch(const StoreDir &dir, std::vector<Planned> &batch,
    qint64 journalLinesBefore, bool journalTorn, qint64 generationBefore, const QString &updatedAt,
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
    Json manifest;
    QString manifestError;
    QByteArray manifestBefore;
    if (readGeneration(dir, &manifest, &manifestError, &manifestBefore) < 0)
        return IoError { dir.rootPath() + QStringLiteral("/manifest.json"), manifestError, EIO };

    QString keyError;
    const QByteArray key = IntentSeal::key(&keyError);
    if (key.isEmpty())
        return IoError { IntentSeal::stateDirectory(), keyError, EACCES };
    if (auto e = step(WriteStep::Intent))
        return e;
    const QString batchId = IntentSeal::newBatchId();
    if (const auto why = IntentSeal::markPending(batchId))
        return IoError { IntentSeal::stateDirectory(), *why, EACCES };
    Json body = intentBody(batch, journalLinesBefore, journalSizeBefore, generationBefore);
    body["batch_id"] = batchId.toStdString();
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
    auto writeGroup = [&](const QList<File> &files, DurableFile::Mode mode) {
        std::vector<DurableFile::GroupItem> items;
        items.reserve(std::size_t(files.size()));
        for (const auto &f : files)
            items.push_back({ f.file, f.bytes, mode });
        const auto error = DurableFile::writeGroup(items);
        for (std::size_t i = 0; i < items.size(); ++i)
            // EEXIST: the same deterministic name, written by an earlier attempt of this decision.
            if (items[i].placed == 0)
                undo.placed.append({ items[i].target, shaHex(items[i].bytes),
                    files[qsizetype(i)].before, mode == DurableFile::Mode::Replace });
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
    if (auto e = step(WriteStep::Conflicts))
        return fail(*e);
    if (auto e = writeGroup(conflicts, DurableFile::Mode::Replace))
        return fail(*e);
    if (auto e = syncDirs({ StoreDir::Conflicts }))
        return fail(*e);

    QByteArray lines;
    for (const auto &p : batch)
        lines += QByteArray::fromStdString(
                     p.journalLine.dump(-1, ' ', false, Json::error_handler_t::replace))
            + '\n';
    if (auto e = step(WriteStep::Journal))
        return fail(*e);
    undo.journalTouched = true;
    undo.journalBytes = journalTorn ? '\n' + lines : lines;
    if (auto e = DurableFile::appendLines(journal, lines, journalTorn))
        return fail(*e);

    manifest["active_generation"] = generationBefore + qint64(batch.size());
    manifest["updated_at"] = j(updatedAt);
    if (auto e = step(WriteStep::Manifest))
        return fail(*e);
    const QByteArray manifestAfter = recordBytes(manifest);
    const auto manifestWrite = DurableFile::write(
        dir.inRoot("manifest.json"), manifestAfter, DurableFile::Mode::Replace);
    // The rename may have taken effect before the directory sync failed.
    if (const auto now = readAt(dir.inRoot("manifest.json"), 16 * 1024 * 1024);
        now && *now == manifestAfter)
        undo.placed.append(
            { dir.inRoot("manifest.json"), shaHex(manifestAfter), manifestBefore, true });
    if (manifestWrite)
        return fail(*manifestWrite);

    // The batch is complete once the intent is gone; a crash before this line is
    // completed by recover(), which finds every record already in place.
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
