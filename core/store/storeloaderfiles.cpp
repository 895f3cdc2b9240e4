// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Listing the registries and reading one record file (StoreLoader).

#include "core/store/storeloader_p.h"

#include "core/store/storeloaderextract_p.h"

#include "core/io/directorynames_p.h"
#include "core/io/fileread_p.h"
#include "core/json/json.h"
#include "core/json/jsonfast_p.h"
#include "core/json/sha256_p.h"
#include "core/records/recordread.h"

#include <QFile>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>

namespace SyncDesk {

namespace {

/**
 * prefix + name decoded as QFile::decodeName() decodes file names. Names are
 * ASCII in practice (ascii: StoreLoader::isAscii(name)), and widening them in place skips
 * the decoder and the QByteArray it would be fed (a third of listing a 100k store).
 */
QString relativePath(const QString &prefix, std::string_view name, bool ascii)
{
    if (!ascii) {
        QByteArray bytes = QFile::encodeName(prefix);
        bytes.append(name.data(), qsizetype(name.size()));
        return QFile::decodeName(bytes);
    }
    QString rel(prefix.size() + qsizetype(name.size()), Qt::Uninitialized);
    QChar *out = std::copy(prefix.cbegin(), prefix.cend(), rel.data());
    for (const char c : name)
        *out++ = QLatin1Char(c);
    return rel;
}

/**
 * The preview's path for prefix + name (ASCII), looked for from files[at] on
 * (both are in the names' byte order, so at only moves forward); null when
 * the preview did not list it. Slots a cancelled load took are skipped.
 */
QString previewPath(
    LoadedSlots &files, std::size_t &at, const QString &prefix, std::string_view name)
{
    // Widened as Latin-1, a byte over 0x7f would equal another name's decoded character.
    Q_ASSERT(StoreLoader::isAscii(name));
    const QLatin1String wanted(name.data(), qsizetype(name.size()));
    for (; at < files.size(); ++at) {
        const LoadedFile *f = files.at(at);
        if (!f || f->file.path.size() <= prefix.size() || !f->file.path.startsWith(prefix))
            continue;
        const int c = QStringView(f->file.path).sliced(prefix.size()).compare(wanted);
        if (c > 0)
            return {};
        if (c == 0) {
            ++at;
            return f->file.path;
        }
    }
    return {};
}

/// Whether rel ends in "/" + safeRecordId(id) + ".json", without building QStrings
/// for the common all-ASCII id.
bool fileNameMatchesId(const QString &rel, std::string_view id)
{
    if (!StoreLoader::isAscii(id)) {
        const QString text = QString::fromUtf8(id.data(), qsizetype(id.size()));
        return safeRecordId(text) + QStringLiteral(".json") == rel.section(QLatin1Char('/'), -1);
    }
    auto keep = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.';
    };
    std::size_t start = 0, end = id.size();
    while (start < end && id[start] == '.')
        ++start;
    while (end > start && id[end - 1] == '.')
        --end;
    std::string name;
    name.reserve(end - start + 6);
    name += '/';
    for (std::size_t i = start; i < end; ++i)
        name += keep(id[i]) ? id[i] : '_';
    name += ".json";
    return rel.endsWith(QLatin1String(name.data(), qsizetype(name.size())));
}

} // namespace

bool StoreLoader::isStrayTemp(std::string_view name)
{
    // QSaveFile leaves "<name>.json.XXXXXX" behind when killed; editors and our
    // own writer use ".tmp"/"~" variants. Readers skip them (spec/store.md).
    // A name ending in .json is a record's: "a.json.b.json" is where the daemon
    // keeps the record of id "a.json.b", and the gate reads it there too.
    return (name.find(".json.") != std::string_view::npos && !name.ends_with(".json"))
        || name.ends_with(".tmp") || name.ends_with('~') || name.starts_with(".#");
}

bool StoreLoader::isStrayTemp(const QString &name)
{
    const QByteArray bytes = QFile::encodeName(name);
    return isStrayTemp(std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

/**
 * A job's file name in its registry's folder, NUL-terminated, for openat()
 * and fstatat(); null when the path has no name after the folder's. Names
 * are ASCII in practice and are narrowed here without an allocation; one
 * listed otherwise is taken as listed.
 */
class StoreLoader::FileName final
{
public:
    FileName(const StoreLoader &loader, const LoadJob &job)
    {
        if (job.rawName >= 0) {
            m_name = loader.m_rawNames[std::size_t(job.rawName)].c_str();
            return;
        }
        const qsizetype dirLength = registryDirName(job.registry).size() + 1;
        if (job.rel.size() <= dirLength)
            return;
        m_name = nameBytes(QStringView(job.rel).sliced(dirLength), m_ascii, m_encoded);
    }
    const char *get() const { return m_name; }

private:
    std::array<char, NAME_MAX + 1> m_ascii;
    QByteArray m_encoded;
    const char *m_name = nullptr;
};

const char *StoreLoader::nameBytes(
    QStringView name, std::array<char, NAME_MAX + 1> &ascii, QByteArray &encoded)
{
    if (name.isEmpty())
        return nullptr;
    if (std::size_t(name.size()) < ascii.size()
        && std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        char *out = ascii.data();
        for (const QChar c : name)
            *out++ = char(c.unicode());
        *out = '\0';
        return ascii.data();
    }
    encoded = QFile::encodeName(name.toString());
    return encoded.constData();
}

bool StoreLoader::statInFolder(const LoadJob &job, struct stat &st) const
{
    const int dirFd = m_dirFds[std::size_t(job.registry)];
    const FileName name(*this, job);
    return dirFd >= 0 && name.get() && ::fstatat(dirFd, name.get(), &st, AT_SYMLINK_NOFOLLOW) == 0;
}

void StoreLoader::collectFiles(std::vector<LoadJob> &jobs, std::optional<Registry> only)
{
    Store &s = m_store;
    // Every folder is listed before any name is decoded, so that the jobs are sized once.
    std::array<DirectoryNames, kRegistryCount> listed;
    // A folder's own problem keeps its place among the names' problems.
    std::array<std::optional<Problem>, kRegistryCount> folderProblem;
    std::size_t total = 0;
    for (int r = 0; r < kRegistryCount; ++r) {
        const auto registry = static_cast<Registry>(r);
        if (only && *only != registry)
            continue;
        const QString dir = registryDirName(registry);
        const QString abs = s.m_root + QLatin1Char('/') + dir;
        QString target;
        const auto type = entryType(abs, &target);
        if (type == EntryType::Missing)
            continue;
        if (type == EntryType::Symlink) {
            folderProblem[std::size_t(r)] = problem(dir, Severity::Error, QStringLiteral("symlink"),
                QString(), tr("%1/ is a symbolic link to %2; it is not followed").arg(dir, target));
            continue;
        }
        if (type != EntryType::Directory) {
            folderProblem[std::size_t(r)]
                = problem(dir, Severity::Error, QStringLiteral("not_a_folder"), QString(),
                    tr("%1 should be a folder of records").arg(dir));
            continue;
        }
        int &dirFd = m_dirFds[std::size_t(r)];
        if (dirFd < 0)
            dirFd = openDirectory(abs);
        auto listing = dirFd >= 0
            ? DirectoryNames::list(dirFd)
            : Result<DirectoryNames>::failure(QString::fromLocal8Bit(std::strerror(errno)));
        if (!listing) {
            folderProblem[std::size_t(r)] = problem(dir, Severity::Error, QStringLiteral("io"),
                QString(), tr("%1/ cannot be listed: %2").arg(dir, listing.error()));
            continue;
        }
        total += listing->size();
        listed[std::size_t(r)] = std::move(*listing);
    }
    // Sized once: growing by registry moved the jobs listed before, into fresh
    // pages each time (~40 ms per registry at 100k, most of it page faults).
    jobs.reserve(jobs.size() + total);
    for (int r = 0; r < kRegistryCount; ++r) {
        const auto registry = static_cast<Registry>(r);
        if (folderProblem[std::size_t(r)])
            s.m_problems.push_back(std::move(*folderProblem[std::size_t(r)]));
        const DirectoryNames &names = listed[std::size_t(r)];
        // Names that are not UTF-8 can decode to one path (every bad byte is
        // U+FFFD): the store knows a file by its path, so only the first is read.
        QSet<QString> decodedNotAscii;
        // Each name is decoded once, as the path the store keeps ("tasks/x.json").
        const QString prefix = registryDirName(registry) + QLatin1Char('/');
        // The preview made the operations' paths already: they are shared with
        // it and with its store, which the window shows until this load ends
        // (100k strings of ~120 bytes fewer at the load's peak at 100k).
        LoadedSlots *preview
            = m_preload && registry == Registry::Operations ? &m_preload->files : nullptr;
        std::size_t previewAt = 0;
        for (std::size_t n = 0; n < names.size(); ++n) {
            const std::string_view name = names.at(n);
            const bool ascii = isAscii(name);
            QString rel
                = preview && ascii ? previewPath(*preview, previewAt, prefix, name) : QString();
            if (rel.isNull())
                rel = relativePath(prefix, name, ascii);
            if (isStrayTemp(name)) {
                s.m_problems.push_back(problem(rel, Severity::Warning, QStringLiteral("temp_file"),
                    QString(), tr("left over from an interrupted write; ignored")));
                continue;
            }
            if (!name.ends_with(".json")) {
                s.m_problems.push_back(
                    problem(rel, Severity::Warning, QStringLiteral("unexpected_file"), QString(),
                        tr("not a .json record; ignored")));
                continue;
            }
            LoadJob job { std::move(rel), registry };
            if (!ascii) {
                if (decodedNotAscii.contains(job.rel)) {
                    s.m_problems.push_back(problem(job.rel, Severity::Warning,
                        QStringLiteral("name_collision"), QString(),
                        tr("another file's name is shown as this one (its bytes are not UTF-8); "
                           "only the first in byte order is read")));
                    continue;
                }
                decodedNotAscii.insert(job.rel);
                job.rawName = qint32(m_rawNames.size());
                m_rawNames.emplace_back(name);
            }
            jobs.push_back(std::move(job));
        }
    }
}

LoadedFile StoreLoader::loadFile(const QString &rel, Registry registry) const
{
    return loadFile(LoadJob { rel, registry });
}

LoadedFile StoreLoader::loadFile(const LoadJob &job) const
{
    const QString &rel = job.rel;
    const Registry registry = job.registry;
    LoadedFile out;
    RecordFile &f = out.file;
    f.path = rel;
    f.registry = registry;
    const RecordKind expected = registryKind(registry);
    // repair-reports hold the daemon's free-form plans: parsed, not validated.
    const int dirFd = m_dirFds[std::size_t(registry)];
    const FileName name(*this, job);
    // Most records are read without a DOM (parseFlat()): the document's
    // allocations and frees were a fifth of a first open's CPU.
    thread_local FlatDocument flat;
    // Its views point into this file's bytes: none outlives them.
    const auto forget = qScopeGuard([] {
        flat.members.clear();
        flat.items.clear();
    });
    RecordRead read = dirFd >= 0 && name.get()
        ? RecordReader::readAt(dirFd, name.get(), m_store.m_mode, m_options.maxFileSize,
            expected != RecordKind::Unknown, &flat)
        : RecordReader::read(m_store.m_root + QLatin1Char('/') + rel, m_store.m_mode,
            m_options.maxFileSize, expected != RecordKind::Unknown);
    f.size = read.size;
    f.mtimeNs = read.mtimeNs;
    f.inode = read.inode;
    out.ctimeNs = read.ctimeNs;
    out.cacheable = read.complete && settled(read.mtimeNs, read.ctimeNs);
    const Validation &v = read.validation;
    f.kind = v.kind;
    f.verdict = v.verdict;
    // v.schema is set only from a string "schema" member: intern its bytes directly.
    f.schema = v.schema.isEmpty() ? kNoSym
        : read.flat               ? m_store.m_strings->intern(flat.find("schema")->value.raw)
                                  : m_store.m_strings->intern(
                                      jsonMember(*read.json, "schema").get_ref<const std::string &>());
    for (const auto &e : v.errors)
        out.problems.push_back(problem(rel, Severity::Error, ruleName(e.rule), e.field, e.message));
    for (const auto &w : v.warnings)
        out.problems.push_back(problem(rel, Severity::Warning, w.code, w.field, w.message));
    f.errors = static_cast<int>(v.errors.size());
    f.warnings = static_cast<int>(v.warnings.size());
    if ((!read.json && !read.flat) || expected == RecordKind::Unknown)
        return out;
    if (read.flat) {
        const std::size_t problems = out.problems.size();
        FlatExtractor x(*m_store.m_strings);
        extractRecord(out, x, flat, read, job);
        if (!x.unusual()) {
            m_filesReadFlat.fetch_add(1, std::memory_order_relaxed);
            return out;
        }
        // Read again from the DOM, which decodes what the flat reading could not.
        out.problems.resize(problems);
        f.errors = static_cast<int>(v.errors.size());
        f.warnings = static_cast<int>(v.warnings.size());
        out.record = std::monostate();
        auto parsed = parseJson(read.bytes);
        if (!parsed.ok()) // parseFlat() promised it parses: never here
            return out;
        read.json = std::move(parsed.value);
    }
    Extractor x(*m_store.m_strings);
    extractRecord(out, x, *read.json, read, job);
    return out;
}

template<typename X, typename R>
void StoreLoader::extractRecord(
    LoadedFile &out, const X &x, const R &r, const RecordRead &read, const LoadJob &job) const
{
    const QString &rel = job.rel;
    const Registry registry = job.registry;
    const RecordKind expected = registryKind(registry);
    RecordFile &f = out.file;
    const Validation &v = read.validation;
    auto warn = [&](const QString &rule, const QString &field, const QString &message) {
        out.problems.push_back(problem(rel, Severity::Warning, rule, field, message));
        ++f.warnings;
    };
    if (v.kind != RecordKind::Unknown && v.kind != expected)
        warn(QStringLiteral("registry"), QStringLiteral("schema"),
            tr("a %1 record in %2/, which holds %3 records")
                .arg(QString::fromUtf8(contractFor(v.kind)->typeName.data()),
                    registryDirName(registry),
                    QString::fromUtf8(contractFor(expected)->typeName.data())));
    x.prefetch(r);
    bool misnamed = false;
    if (const Contract *c = contractFor(v.kind)) {
        f.id = x.sym(r, c->idField);
        misnamed = f.id != kNoSym && !fileNameMatchesId(rel, m_store.m_strings->utf8(f.id));
        const QString idText = misnamed ? m_store.m_strings->text(f.id) : QString();
        if (misnamed && v.kind == RecordKind::Evidence) {
            // Evidence is found by its id alone: an envelope under another
            // envelope's name must never pass for that one (a copy, or one
            // re-sealed so that it verifies as itself).
            const QString name = rel.section(QLatin1Char('/'), -1);
            out.problems.push_back(problem(rel, Severity::Error,
                QStringLiteral("evidence_misnamed"), QStringLiteral("evidence_id"),
                tr("the file name says evidence '%1', but the envelope is '%2' (expected "
                   "%3.json): it serves no reference")
                    .arg(Evidence::idOfFileName(name), idText, safeRecordId(idText))));
            ++f.errors;
        } else if (misnamed) {
            // Actors and policy decisions decide what may be written: say that this
            // copy (a sync tool's "conflicted copy", say) grants and denies nothing.
            const bool gate = (registry == Registry::Actors && v.kind == RecordKind::Actor)
                || (registry == Registry::PolicyDecisions && v.kind == RecordKind::PolicyDecision);
            warn(QStringLiteral("id_mismatch"), QString::fromUtf8(c->idField.data()),
                gate ? tr("the file name does not match the record id '%1' (expected %2.json); "
                          "the decision gate reads only %2.json, never this file")
                           .arg(idText, safeRecordId(idText))
                     : tr("the file name does not match the record id '%1' (expected %2.json)")
                           .arg(idText, safeRecordId(idText)));
        }
    }
    switch (v.kind) {
    case RecordKind::Operation:
        out.record = extractOperation(x, r);
        break;
    case RecordKind::Task:
        out.record = extractTask(x, r);
        break;
    case RecordKind::PolicyDecision: {
        auto p = extractPolicy(x, r);
        if (p.decided == kNoTime && registry == Registry::PolicyDecisions
            && v.verdict == Verdict::Valid)
            warn(QStringLiteral("undated_policy"), QStringLiteral("decided_at"),
                tr("decided_at is not an RFC 3339 date and time; the decision gate never lets "
                   "this policy decision govern a conflict"));
        out.record = std::move(p);
        break;
    }
    case RecordKind::Actor:
        out.record = extractActor(x, r);
        break;
    case RecordKind::Device:
        out.record = extractDevice(x, r);
        break;
    case RecordKind::Profile:
        out.record = extractProfile(x, r);
        break;
    case RecordKind::Conflict:
    case RecordKind::Evidence:
        // Validator::validateFlat() leaves them to the DOM: they read nested members.
        if constexpr (std::is_same_v<R, Json>) {
            if (v.kind == RecordKind::Conflict) {
                auto c = extractConflict(x, r, v.verdict);
                const Sha256Digest digest = sha256(read.bytes);
                c.versionToken = QByteArray(
                    reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
                out.record = std::move(c);
                break;
            }
            auto e = extractEvidence(x, r, v.verdict == Verdict::Valid);
            if (misnamed && e.status == EvidenceStatus::Verified) {
                EvidenceCheck check;
                check.status = e.status;
                Evidence::checkFileName(
                    check, m_store.m_strings->text(e.id), rel.section(QLatin1Char('/'), -1));
                e.status = check.status;
                e.statusMessage = check.message;
            }
            out.record = std::move(e);
        } else {
            x.markUnusual(); // validateFlat() leaves them to the DOM: never here
        }
        break;
    default:
        break;
    }
}

} // namespace SyncDesk
