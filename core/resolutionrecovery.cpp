#include "core/resolution_p.h"

#include "core/fileread_p.h"

#include <QFile>
#include <QSet>

#include <cerrno>
#include <unistd.h>

namespace SyncDesk::ResolutionDetail {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDesk::ResolutionWriter", text);
}
QString q(const Json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

QByteArray fileSha(const QString &path, bool *exists)
{
    const auto read = readFileNoFollow(path, 16 * 1024 * 1024);
    *exists = read.status == FileRead::Status::Ok;
    return *exists ? shaHex(QByteArray(read.bytes.data(), qsizetype(read.bytes.size())))
                   : QByteArray();
}

/// Evidence ids named by journal lines at or after byteOffset; truncates a torn
/// tail that lies in that region (our own interrupted append, made under the lock).
std::optional<IoError> journaledEvidence(
    const QString &path, qint64 byteOffset, QSet<QString> &evidenceIds)
{
    const auto read = readFileNoFollow(path, 1024LL * 1024 * 1024);
    if (read.status != FileRead::Status::Ok)
        return std::nullopt; // no journal yet: nothing journaled
    const std::string_view all = read.bytes;
    std::size_t pos = std::size_t(std::clamp<qint64>(byteOffset, 0, qint64(all.size())));
    while (pos < all.size()) {
        const auto nl = all.find('\n', pos);
        if (nl == std::string_view::npos) {
            QFile f(path);
            if (!f.resize(qint64(pos)))
                return IoError { path,
                    tr("%1: cutting an interrupted journal line failed").arg(path), EIO };
            break;
        }
        const auto parsed = parseJson(all.substr(pos, nl - pos));
        if (parsed.ok() && parsed.value.is_object() && parsed.value.contains("payload")
            && parsed.value["payload"].is_object())
            evidenceIds.insert(q(parsed.value["payload"].value("evidence_id", Json())));
        pos = nl + 1;
    }
    return std::nullopt;
}

} // namespace

std::optional<IoError> recover(const QString &root, const QString &now, QStringList &notes)
{
    const QString intentPath = root + QLatin1Char('/') + ResolutionWriter::intentFileName();
    if (entryType(intentPath) == EntryType::Missing)
        return std::nullopt;
    const auto read = readFileNoFollow(intentPath, 256LL * 1024 * 1024);
    const auto parsed
        = read.status == FileRead::Status::Ok ? parseJson(read.bytes) : JsonParseResult {};
    if (read.status != FileRead::Status::Ok || !parsed.ok() || !parsed.value.is_object()
        || !parsed.value.contains("decisions"))
        return IoError { intentPath,
            tr("%1 is unreadable; an interrupted write cannot be completed. Inspect "
               "the store before writing to it.")
                .arg(intentPath),
            EIO };
    const Json &intent = parsed.value;
    const QString journalPath = root + QStringLiteral("/journal.jsonl");

    QSet<QString> journaled;
    if (auto e
        = journaledEvidence(journalPath, intent.value("journal_size_before", qint64(0)), journaled))
        return e;

    qint64 lines = 0;
    bool torn = false;
    if (auto e = DurableFile::countLines(journalPath, lines, torn))
        return e;
    Json manifest;
    QString manifestError;
    qint64 generation = readGeneration(root, &manifest, &manifestError);
    if (generation < 0)
        return IoError { root + QStringLiteral("/manifest.json"), manifestError, EIO };
    const qint64 generationBefore = intent.value("generation_before", qint64(-1));

    QByteArray append;
    qint64 appended = 0;
    qint64 alreadyJournaled = 0;
    for (const auto &entry : intent["decisions"]) {
        const QString conflictId = q(entry.value("conflict_id", Json()));
        const QString evidenceId = q(entry["evidence"].value("evidence_id", Json()));
        auto path = [&](const char *key) {
            return root + QLatin1Char('/') + q(entry.value(key, Json()));
        };
        if (journaled.contains(evidenceId)) {
            ++alreadyJournaled;
            continue;
        }
        bool evidenceExists = false, conflictExists = false;
        fileSha(path("evidence_path"), &evidenceExists);
        if (!evidenceExists) {
            // Evidence is written and synced first: without it nothing else was.
            notes << tr("Decision on %1 was interrupted before anything was written; it was not "
                        "applied.")
                         .arg(conflictId);
            continue;
        }
        const QByteArray current = fileSha(path("conflict_path"), &conflictExists);
        const QByteArray before
            = QByteArray::fromStdString(entry.value("before_sha256", std::string()));
        const QByteArray after
            = QByteArray::fromStdString(entry.value("after_sha256", std::string()));
        if (!conflictExists || (current != before && current != after)) {
            for (const char *key : { "task_path", "operation_path", "evidence_path" })
                ::unlink(QFile::encodeName(path(key)).constData());
            notes << tr("Decision on %1 was interrupted and the conflict has changed since; the "
                        "decision was withdrawn, nothing of it remains.")
                         .arg(conflictId);
            continue;
        }
        Json journalLine = entry["journal_line"];
        Json operation = entry["operation"];
        const QString eventId = QStringLiteral("evt-%1").arg(
            lines + (torn ? 1 : 0) + appended + 1, 8, 10, QLatin1Char('0'));
        const bool renumbered = q(journalLine.value("event_id", Json())) != eventId;
        journalLine["event_id"] = eventId.toStdString();
        operation["local_log_ref"] = (QStringLiteral("journal:") + eventId).toStdString();
        // A renumbered event means the operation must name the new journal line.
        auto e = DurableFile::write(path("operation_path"), recordBytes(operation),
            renumbered ? DurableFile::Mode::Replace : DurableFile::Mode::CreateNew);
        if (e && e->error != EEXIST)
            return e;
        e = DurableFile::write(
            path("task_path"), recordBytes(entry["task"]), DurableFile::Mode::CreateNew);
        if (e && e->error != EEXIST)
            return e;
        if (current == before)
            if (auto e = DurableFile::write(path("conflict_path"),
                    recordBytes(entry["conflict_after"]), DurableFile::Mode::Replace))
                return e;
        append += QByteArray::fromStdString(
                      journalLine.dump(-1, ' ', false, Json::error_handler_t::replace))
            + '\n';
        ++appended;
        notes << tr("Completed the interrupted decision on %1 (%2).")
                     .arg(conflictId,
                         q(entry["conflict_after"]["decision_card"].value(
                             "selected_option", Json())));
    }
    if (appended > 0)
        if (auto e = DurableFile::appendLines(journalPath, append, torn))
            return e;
    // Lines our batch journaled before the crash may still lack their generation bump.
    const qint64 missingBump = generation == generationBefore ? alreadyJournaled : 0;
    if (appended + missingBump > 0) {
        manifest["active_generation"] = generation + appended + missingBump;
        manifest["updated_at"] = now.toStdString();
        if (auto e = DurableFile::write(root + QStringLiteral("/manifest.json"),
                recordBytes(manifest), DurableFile::Mode::Replace))
            return e;
    }
    if (::unlink(QFile::encodeName(intentPath).constData()) != 0 && errno != ENOENT)
        return IoError { intentPath, tr("%1: removing the intent failed").arg(intentPath), errno };
    DurableFile::syncDirectory(root);
    return std::nullopt;
}

} // namespace SyncDesk::ResolutionDetail
