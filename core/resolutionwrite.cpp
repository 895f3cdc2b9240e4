#include "core/resolution_p.h"

#include "core/canonicaljson.h"
#include "core/fileread_p.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cerrno>
#include <unistd.h>

namespace SyncDesk::ResolutionDetail {
namespace {

constexpr char kIntentSchema[] = "sourceos.syncdesk-intent/v1alpha1";

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDesk::ResolutionWriter", text);
}
Json j(const QString &s)
{
    return s.toStdString();
}

struct Undo
{
    QStringList created; ///< relative paths of files this batch created
    QList<QPair<QString, QByteArray>> replaced; ///< relative path, bytes before
    bool journalTouched = false;
};

bool rollback(const QString &root, const Undo &undo, qint64 journalSizeBefore)
{
    bool ok = true;
    QSet<QString> dirs;
    for (const auto &rel : undo.created) {
        ok &= ::unlink(QFile::encodeName(root + QLatin1Char('/') + rel).constData()) == 0
            || errno == ENOENT;
        dirs.insert(rel.section(QLatin1Char('/'), 0, 0));
    }
    for (const auto &[rel, bytes] : undo.replaced)
        ok &= !DurableFile::write(root + QLatin1Char('/') + rel, bytes, DurableFile::Mode::Replace);
    if (undo.journalTouched) {
        QFile journal(root + QStringLiteral("/journal.jsonl"));
        ok &= journal.resize(journalSizeBefore);
    }
    for (const auto &dir : std::as_const(dirs))
        ok &= !DurableFile::syncDirectory(root + QLatin1Char('/') + dir);
    return ok;
}

} // namespace

QByteArray recordBytes(const Json &record)
{
    // dumpJson: a big integer read from the store is written back digit for digit.
    std::string text = dumpJson(record, 2);
    text += '\n';
    return QByteArray::fromStdString(text);
}

QByteArray shaHex(const QByteArray &bytes)
{
    return sha256Hex(std::string_view(bytes.constData(), size_t(bytes.size())));
}

qint64 readGeneration(const QString &root, Json *manifest, QString *error)
{
    const auto read = readFileNoFollow(root + QStringLiteral("/manifest.json"), 16 * 1024 * 1024);
    if (read.status != FileRead::Status::Ok) {
        if (error)
            *error = tr("manifest.json in %1 cannot be read.").arg(root);
        return -1;
    }
    auto parsed = parseJson(read.bytes);
    if (!parsed.ok() || !parsed.value.is_object() || !parsed.value.contains("active_generation")
        || !parsed.value["active_generation"].is_number_integer()) {
        if (error)
            *error = tr("manifest.json in %1 has no integer active_generation.").arg(root);
        return -1;
    }
    const qint64 generation = parsed.value["active_generation"].get<qint64>();
    if (manifest)
        *manifest = std::move(parsed.value);
    return generation;
}

Json intentJson(const std::vector<Planned> &batch, qint64 journalLinesBefore,
    qint64 journalSizeBefore, qint64 generationBefore)
{
    Json entries = Json::array();
    for (const auto &p : batch)
        entries.push_back({ { "conflict_id", j(p.conflictId) },
            { "conflict_path", j(p.conflictPath) }, { "before_sha256", p.beforeSha.toStdString() },
            { "after_sha256", p.afterSha.toStdString() }, { "conflict_after", p.after },
            { "evidence_path", j(p.evidencePath) }, { "evidence", p.evidence },
            { "operation_path", j(p.operationPath) }, { "operation", p.operation },
            { "task_path", j(p.taskPath) }, { "task", p.task },
            { "journal_line", p.journalLine } });
    return { { "schema", kIntentSchema }, { "journal_lines_before", journalLinesBefore },
        { "journal_size_before", journalSizeBefore }, { "generation_before", generationBefore },
        { "decisions", std::move(entries) } };
}

std::optional<IoError> writeBatch(const QString &root, std::vector<Planned> &batch,
    qint64 journalLinesBefore, bool journalTorn, qint64 generationBefore, const QString &updatedAt)
{
    const QString journalPath = root + QStringLiteral("/journal.jsonl");
    const QString intentPath = root + QLatin1Char('/') + ResolutionWriter::intentFileName();
    const qint64 journalSizeBefore = QFileInfo(journalPath).size();
    Json manifest;
    QString manifestError;
    if (readGeneration(root, &manifest, &manifestError) < 0)
        return IoError { root + QStringLiteral("/manifest.json"), manifestError, EIO };
    const auto manifestRead = readFileNoFollow(root + QStringLiteral("/manifest.json"), 16 << 20);
    const QByteArray manifestBefore(
        manifestRead.bytes.data(), qsizetype(manifestRead.bytes.size()));

    if (auto e = DurableFile::write(intentPath,
            recordBytes(intentJson(batch, journalLinesBefore, journalSizeBefore, generationBefore)),
            DurableFile::Mode::Replace)) {
        // The rename may have taken effect before the directory sync failed.
        ::unlink(QFile::encodeName(intentPath).constData());
        return e;
    }

    Undo undo;
    auto fail = [&](IoError error) {
        if (rollback(root, undo, journalSizeBefore)) {
            ::unlink(QFile::encodeName(intentPath).constData());
            DurableFile::syncDirectory(root);
        } else {
            error.message += QLatin1Char(' ')
                + tr("Undoing the partial write failed too; the next write to this store "
                     "completes it (see %1).")
                      .arg(ResolutionWriter::intentFileName());
        }
        return error;
    };
    // Each registry's files go in as one group commit; the order between the
    // groups (evidence, then operations and tasks, then conflicts) is the spec's.
    auto writeGroup = [&](const QList<QPair<QString, QByteArray>> &files,
                          DurableFile::Mode mode) -> std::optional<IoError> {
        std::vector<DurableFile::GroupItem> items;
        items.reserve(std::size_t(files.size()));
        for (const auto &[rel, bytes] : files)
            items.push_back({ root + QLatin1Char('/') + rel, bytes, mode });
        const auto error = DurableFile::writeGroup(items);
        for (std::size_t i = 0; i < items.size(); ++i)
            // EEXIST: the same deterministic name, written by an earlier attempt of this decision.
            if (mode == DurableFile::Mode::CreateNew && items[i].placed == 0)
                undo.created << files[qsizetype(i)].first;
        return error;
    };
    auto syncDirs = [&](std::initializer_list<const char *> dirs) -> std::optional<IoError> {
        for (const char *d : dirs)
            if (auto e = DurableFile::syncDirectory(root + QLatin1Char('/') + QLatin1String(d)))
                return e;
        return std::nullopt;
    };

    QList<QPair<QString, QByteArray>> evidence, work, conflicts;
    for (const auto &p : batch) {
        evidence.append({ p.evidencePath, recordBytes(p.evidence) });
        work.append({ p.operationPath, recordBytes(p.operation) });
        work.append({ p.taskPath, recordBytes(p.task) });
        conflicts.append({ p.conflictPath, recordBytes(p.after) });
    }
    if (auto e = writeGroup(evidence, DurableFile::Mode::CreateNew))
        return fail(*e);
    if (auto e = syncDirs({ "evidence" }))
        return fail(*e);
    if (auto e = writeGroup(work, DurableFile::Mode::CreateNew))
        return fail(*e);
    if (auto e = syncDirs({ "operations", "tasks" }))
        return fail(*e);
    // Recorded first: a failure may come after a rename took effect.
    for (const auto &p : batch)
        undo.replaced.append({ p.conflictPath, p.beforeBytes });
    if (auto e = writeGroup(conflicts, DurableFile::Mode::Replace))
        return fail(*e);
    if (auto e = syncDirs({ "conflicts" }))
        return fail(*e);

    QByteArray lines;
    for (const auto &p : batch)
        lines += QByteArray::fromStdString(
                     p.journalLine.dump(-1, ' ', false, Json::error_handler_t::replace))
            + '\n';
    undo.journalTouched = true;
    if (auto e = DurableFile::appendLines(journalPath, lines, journalTorn))
        return fail(*e);

    manifest["active_generation"] = generationBefore + qint64(batch.size());
    manifest["updated_at"] = j(updatedAt);
    undo.replaced.append({ QStringLiteral("manifest.json"), manifestBefore });
    if (auto e = DurableFile::write(root + QStringLiteral("/manifest.json"), recordBytes(manifest),
            DurableFile::Mode::Replace))
        return fail(*e);

    // The batch is complete once the intent is gone; a crash before this line is
    // completed by recover(), which finds every record already in place.
    if (::unlink(QFile::encodeName(intentPath).constData()) != 0)
        return IoError { intentPath, tr("%1: removing the intent failed").arg(intentPath), errno };
    DurableFile::syncDirectory(root);
    return std::nullopt;
}

} // namespace SyncDesk::ResolutionDetail
