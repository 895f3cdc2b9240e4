// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/review/dossierexport.h"

#include "core/io/durablefile.h"
#include "core/io/fileread_p.h"
#include "core/json/canonicaljson.h"
#include "core/records/timestamp.h"
#include "core/resolution/decidedon.h"
#include "core/review/conflicttrail.h"
#include "core/review/dossierreport.h"
#include "core/store/store.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <map>
#include <set>

#include <unistd.h>

namespace SyncDesk {
namespace {

/// Copies of store files are at most this large (Store::readFile's bound).
constexpr qint64 kMaxCopySize = 256LL * 1024 * 1024;
constexpr char kJournal[] = "journal.jsonl";

/// A time bound of --since/--until: RFC 3339, or a date (the day's start or end).
std::optional<qint64> parseBound(const QString &text, bool endOfDay)
{
    const QByteArray bytes = text.trimmed().toUtf8();
    if (const auto t = parseTimestampInstant(std::string_view(bytes.constData(), bytes.size())))
        return t;
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid() || text.trimmed().size() != 10)
        return std::nullopt;
    const qint64 start = daysFromCivil(date.year(), date.month(), date.day()) * 86'400'000LL;
    return endOfDay ? start + 86'400'000LL - 1 : start;
}

/// A store-relative path of a trail file that is safe to copy: components, no
/// "..", no leading '/'.
bool isPlainRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.begin(), parts.end(), [](const QString &p) {
        return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String("..");
    });
}

/// Writes files into the new dossier folder, each durably and never over an
/// existing one, and remembers the folders to sync at the end.
class DossierWriter final
{
public:
    explicit DossierWriter(QString root)
        : m_root(std::move(root))
    { }

    Result<void> write(const QString &relative, const QByteArray &bytes)
    {
        const QFileInfo info(m_root + QLatin1Char('/') + relative);
        const QString dir = info.absolutePath();
        if (!QDir().mkpath(dir))
            return Result<void>::failure(
                DossierExport::tr("%1: the folder cannot be made").arg(dir));
        const int fd = openDirectory(dir);
        if (fd < 0)
            return Result<void>::failure(DossierExport::tr("%1: the folder cannot be opened: %2")
                                             .arg(dir, QString::fromLocal8Bit(strerror(errno))));
        const DirEntryRef target { fd, dir, QFile::encodeName(info.fileName()) };
        const auto error = DurableFile::write(target, bytes, DurableFile::Mode::CreateNew, false);
        ::close(fd);
        if (error)
            return Result<void>::failure(error->message);
        // Every folder from the file's up to the root gained an entry.
        for (QString d = dir; d.size() >= m_root.size(); d = QFileInfo(d).absolutePath()) {
            m_folders.insert(d);
            if (d == m_root)
                break;
        }
        m_folders.insert(QFileInfo(m_root).absolutePath());
        return Result<void>::success();
    }

    Result<void> syncFolders() const
    {
        for (const QString &d : m_folders) {
            const int fd = openDirectory(d);
            if (fd < 0)
                continue; // the parent of the dossier may not be ours to open
            const auto error = DurableFile::syncDirectory(fd, d);
            ::close(fd);
            if (error)
                return Result<void>::failure(error->message);
        }
        return Result<void>::success();
    }

private:
    QString m_root;
    std::set<QString> m_folders;
};

} // namespace

bool DossierExport::isInside(const QString &path, const QString &root)
{
    const QString realRoot = QFileInfo(root).canonicalFilePath();
    if (realRoot.isEmpty())
        return false;
    // The nearest ancestor that exists, resolved, with the rest appended.
    QString existing = QFileInfo(path).absoluteFilePath();
    QString rest;
    while (!QFileInfo::exists(existing) && !QFileInfo(existing).isSymLink()) {
        const QFileInfo info(existing);
        rest = info.fileName() + (rest.isEmpty() ? QString() : QLatin1Char('/') + rest);
        const QString parent = info.absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    QString real = QFileInfo(existing).canonicalFilePath();
    if (real.isEmpty())
        real = existing;
    if (!rest.isEmpty())
        real = QDir::cleanPath(real + QLatin1Char('/') + rest);
    return real == realRoot || real.startsWith(realRoot + QLatin1Char('/'));
}

Result<QStringList> DossierExport::select(const Store &store, const DossierSelection &selection)
{
    using R = Result<QStringList>;
    if (!selection.conflictId.isEmpty()) {
        for (const auto &c : store.conflicts())
            if (store.text(c.id) == selection.conflictId)
                return R::success({ selection.conflictId });
        return R::failure(tr("The store has no conflict %1.").arg(selection.conflictId));
    }
    if (!selection.decided)
        return R::failure(tr("Name a conflict or choose the decided conflicts."));
    std::optional<qint64> since, until;
    if (!selection.since.isEmpty() && !(since = parseBound(selection.since, false)))
        return R::failure(
            tr("--since: \"%1\" is not a date or an RFC 3339 time.").arg(selection.since));
    if (!selection.until.isEmpty() && !(until = parseBound(selection.until, true)))
        return R::failure(
            tr("--until: \"%1\" is not a date or an RFC 3339 time.").arg(selection.until));
    QStringList ids;
    for (const auto &c : store.conflicts()) {
        if (c.state != CardState::Decided)
            continue;
        if (!selection.actor.isEmpty() && store.text(c.card.selectedBy) != selection.actor)
            continue;
        if ((since || until) && c.card.selectedAt == kNoTime)
            continue;
        if ((since && c.card.selectedAt < *since) || (until && c.card.selectedAt > *until))
            continue;
        ids.append(store.text(c.id));
    }
    ids.sort();
    ids.removeDuplicates();
    if (ids.isEmpty())
        return R::failure(tr("No decided conflict matches the selection."));
    return R::success(ids);
}

Result<DossierExportResult> DossierExport::run(
    const Store &store, const DossierSelection &selection, const QString &out, qint64 nowMs)
{
    using R = Result<DossierExportResult>;
    if (store.state() != Store::State::Ok || store.isPartial())
        return R::failure(tr("The store is not fully loaded."));
    const auto ids = select(store, selection);
    if (!ids)
        return R::failure(ids.error());

    const QString folder = QFileInfo(out).absoluteFilePath();
    if (isInside(folder, store.root()))
        return R::failure(
            tr("%1 is inside the store: a dossier is written outside the store it reads.")
                .arg(folder));
    const QFileInfo outInfo(folder);
    if (outInfo.exists() || outInfo.isSymLink()) {
        if (!outInfo.isDir() || outInfo.isSymLink())
            return R::failure(tr("%1 exists and is not a folder.").arg(folder));
        if (!QDir(folder).isEmpty(
                QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
            return R::failure(
                tr("%1 is not empty: a dossier needs a new or empty folder.").arg(folder));
    }

    DossierManifest manifest;
    manifest.exportedAt
        = formatUtcTimestamp(nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch());
    manifest.storePath = QFileInfo(store.root()).absoluteFilePath();
    manifest.toolVersion = DecidedOn::current().appVersion;
    manifest.selection = selection;

    // Every file of every trail once, and the journal lines by their number in the store.
    std::map<QString, bool> storeFiles; // ordered: the manifest lists files sorted
    std::set<int> journalLines;
    QList<DossierReport::Conflict> reportConflicts;
    for (const QString &id : *ids) {
        const ConflictTrail trail = ConflictTrail::build(store, id);
        DossierManifest::Conflict c;
        c.conflictId = id;
        c.recordFile = DossierReport::dossierPath(
            QStringLiteral("conflicts/") + safeRecordId(id) + QStringLiteral(".json"));
        c.decisionChain = trail.decisionChain();
        bool hasJournal = false;
        for (const TrailEntry &e : trail.entries()) {
            if (e.kind == TrailEntry::Kind::Journal && e.line > 0) {
                journalLines.insert(e.line);
                hasJournal = true;
            } else if (e.kind == TrailEntry::Kind::Conflict && !e.file.isEmpty())
                c.recordFile = DossierReport::dossierPath(e.file);
        }
        for (const QString &file : trail.recordFiles()) {
            if (file == QLatin1String(kJournal))
                continue;
            if (!isPlainRelativePath(file))
                return R::failure(tr("%1: not a path inside the store").arg(file));
            storeFiles.emplace(file, true);
            c.files.append(DossierReport::dossierPath(file));
        }
        if (hasJournal)
            c.files.append(QString::fromLatin1(DossierManifest::kJournalFile));
        manifest.conflicts.append(c);
        reportConflicts.append({ id, trail.entries(), trail.decisionChain() });
    }

    // Read everything first: nothing is written when a file cannot be read.
    QList<QPair<QString, QByteArray>> copies; // dossier path, bytes
    for (const auto &[file, unused] : storeFiles) {
        Q_UNUSED(unused)
        const auto read = readFileNoFollow(store.root() + QLatin1Char('/') + file, kMaxCopySize);
        if (read.status != FileRead::Status::Ok)
            return R::failure(tr("%1 cannot be read: %2").arg(file, whyUnreadable(read)));
        copies.append({ DossierReport::dossierPath(file),
            QByteArray(read.bytes.data(), qsizetype(read.bytes.size())) });
    }
    if (!journalLines.empty()) {
        const auto read = readFileNoFollow(
            store.root() + QLatin1Char('/') + QLatin1String(kJournal), kMaxCopySize);
        if (read.status != FileRead::Status::Ok)
            return R::failure(
                tr("%1 cannot be read: %2").arg(QLatin1String(kJournal), whyUnreadable(read)));
        // The journal is only ever appended to: the lines the store read are where
        // they were. Split it again rather than trust offsets of an older read.
        const std::string_view all(read.bytes);
        QByteArray excerpt;
        size_t pos = 0;
        int number = 0;
        while (pos < all.size()) {
            const size_t nl = all.find('\n', pos);
            if (nl == std::string_view::npos)
                break; // a torn last line is no event
            ++number;
            if (journalLines.count(number)) {
                const std::string_view line = all.substr(pos, nl - pos);
                excerpt.append(line.data(), qsizetype(line.size())).append('\n');
                manifest.journalLines.append({ number, sha256Hex(line) });
            }
            pos = nl + 1;
        }
        if (manifest.journalLines.size() != qsizetype(journalLines.size()))
            return R::failure(
                tr("%1 is shorter than when the store was read.").arg(QLatin1String(kJournal)));
        copies.append({ QString::fromLatin1(DossierManifest::kJournalFile), excerpt });
    }

    const int recordCount = int(copies.size());
    copies.append({ QString::fromLatin1(DossierManifest::kReportFile),
        DossierReport::render(manifest, reportConflicts, recordCount).toUtf8() });
    for (const auto &[path, bytes] : copies)
        manifest.files.append({ path,
            sha256Hex(std::string_view(bytes.constData(), size_t(bytes.size()))), bytes.size() });
    const QByteArray manifestBytes = manifest.toBytes();
    const QByteArray digestLine = DossierManifest::digestLine(manifestBytes);
    copies.append({ QString::fromLatin1(DossierManifest::kManifestFile), manifestBytes });
    copies.append({ QString::fromLatin1(DossierManifest::kManifestDigestFile), digestLine });

    if (!QDir().mkpath(folder))
        return R::failure(tr("%1: the folder cannot be made").arg(folder));
    DossierWriter writer(QFileInfo(folder).canonicalFilePath());
    for (const auto &[path, bytes] : std::as_const(copies)) {
        // manifest.sha256 goes last and only after everything before it is durable.
        if (path == QLatin1String(DossierManifest::kManifestDigestFile))
            if (auto synced = writer.syncFolders(); !synced)
                return R::failure(synced.error());
        if (auto written = writer.write(path, bytes); !written)
            return R::failure(written.error());
    }
    if (auto synced = writer.syncFolders(); !synced)
        return R::failure(synced.error());

    DossierExportResult result;
    result.folder = folder;
    result.conflictIds = *ids;
    result.files = int(copies.size());
    result.recordFiles = recordCount;
    result.journalLines = int(manifest.journalLines.size());
    result.manifestSha256 = digestLine.left(64);
    return R::success(result);
}

} // namespace SyncDesk
