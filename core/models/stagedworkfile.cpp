// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/stagedworkfile.h"

#include "core/io/durablefile.h"
#include "core/io/fileread_p.h"
#include "core/json/json.h"
#include "core/records/intentseal.h"
#include "core/records/timestamp.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SyncDesk {
namespace {

constexpr char kSchema[] = "sourceos.syncdesk-staged/v1";

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray fileName(const QString &storeRoot, const QString &actorId)
{
    // Hashed: a store path or an actor id is never a file name component.
    const QByteArray key = storeRoot.toUtf8() + '\0' + actorId.toUtf8();
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex() + ".json";
}

/// The state folder's `staged` folder, made private when missing; -1 with a message.
int openStagedDirectory(bool create, QString &error)
{
    const QString dir = StagedWorkFile::directory();
    if (create) {
        const QString parent = QFileInfo(dir).path();
        if (!QDir().mkpath(parent)) {
            error = StagedWorkFile::tr("%1: the folder cannot be made").arg(parent);
            return -1;
        }
        if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST) {
            error = StagedWorkFile::tr("%1: %2").arg(dir, errnoText(errno));
            return -1;
        }
    }
    const int fd = openDirectory(dir);
    if (fd < 0)
        error = StagedWorkFile::tr("%1: %2").arg(dir, errnoText(errno));
    return fd;
}

bool isVersion(const QString &v)
{
    return v.size() == 64 && std::all_of(v.cbegin(), v.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

bool isCleanText(const QString &s)
{
    return !s.contains(QChar(0));
}

/// Checks a parsed file against what save() writes; an empty string when it is that.
QString check(const Json &doc, const QString &storeRoot, const QString &actorId, StagedWork &out)
{
    using T = StagedWorkFile;
    if (!doc.is_object())
        return StagedWorkFile::tr("it is not a JSON object");
    static const QSet<QString> known { QStringLiteral("schema"), QStringLiteral("store"),
        QStringLiteral("actor"), QStringLiteral("saved_at"), QStringLiteral("decisions") };
    for (auto it = doc.begin(); it != doc.end(); ++it)
        if (!known.contains(QString::fromStdString(it.key())))
            return StagedWorkFile::tr("it has an unknown field \"%1\"").arg(QString::fromStdString(it.key()));
    if (jsonString(jsonMember(doc, "schema")) != QLatin1String(kSchema))
        return StagedWorkFile::tr("its schema is not %1").arg(QLatin1String(kSchema));
    if (!jsonMember(doc, "store").is_string() || jsonString(jsonMember(doc, "store")) != storeRoot)
        return StagedWorkFile::tr("it belongs to another store");
    if (!jsonMember(doc, "actor").is_string() || jsonString(jsonMember(doc, "actor")) != actorId)
        return StagedWorkFile::tr("it belongs to another actor");
    const Json &saved = jsonMember(doc, "saved_at");
    if (!saved.is_string() || !parseUtcTimestamp(saved.get_ref<const std::string &>()))
        return StagedWorkFile::tr("its saved_at is not a UTC time");
    const Json &list = jsonMember(doc, "decisions");
    if (!list.is_array())
        return StagedWorkFile::tr("its decisions are not a list");
    if (list.size() > std::size_t(T::kMaxEntries))
        return StagedWorkFile::tr("it holds more than %L1 decisions").arg(T::kMaxEntries);
    QSet<QString> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json &d = list[i];
        const QString where = StagedWorkFile::tr("decision %L1").arg(i + 1);
        if (!d.is_object() || d.size() != 4)
            return StagedWorkFile::tr("%1 is not an object of four fields").arg(where);
        for (const char *key : { "conflict_id", "option", "rationale", "version" })
            if (!jsonMember(d, key).is_string())
                return StagedWorkFile::tr("%1: %2 is missing or not text").arg(where, QLatin1String(key));
        StagedEntry e;
        e.conflictId = jsonString(jsonMember(d, "conflict_id"));
        e.option = parseDecisionOption(QStringView(jsonString(jsonMember(d, "option"))));
        e.rationale = jsonString(jsonMember(d, "rationale"));
        e.version = jsonString(jsonMember(d, "version"));
        if (e.conflictId.isEmpty() || e.conflictId.size() > T::kMaxIdLength
            || !isCleanText(e.conflictId))
            return StagedWorkFile::tr("%1 has no valid conflict id").arg(where);
        if (seen.contains(e.conflictId))
            return StagedWorkFile::tr("%1 names %2 a second time").arg(where, e.conflictId);
        seen.insert(e.conflictId);
        if (e.option == DecisionOption::None)
            return StagedWorkFile::tr("%1 has no valid option").arg(where);
        if (e.rationale.size() > T::kMaxRationaleLength || !isCleanText(e.rationale))
            return StagedWorkFile::tr("%1 has a rationale that is too long or holds a NUL").arg(where);
        if (!isVersion(e.version))
            return StagedWorkFile::tr("%1 has no valid version").arg(where);
        out.entries << e;
    }
    return QString();
}

} // namespace

QString StagedWorkFile::directory()
{
    return IntentSeal::stateDirectory() + QStringLiteral("/staged");
}

QString StagedWorkFile::path(const QString &storeRoot, const QString &actorId)
{
    return directory() + QLatin1Char('/') + QString::fromLatin1(fileName(storeRoot, actorId));
}

QByteArray StagedWorkFile::serialize(const StagedWork &work, qint64 savedAtMs)
{
    Json doc = Json::object();
    doc["schema"] = kSchema;
    doc["store"] = toJson(work.storeRoot);
    doc["actor"] = toJson(work.actorId);
    doc["saved_at"] = toJson(formatUtcTimestamp(savedAtMs));
    Json list = Json::array();
    for (const StagedEntry &e : work.entries) {
        Json d = Json::object();
        d["conflict_id"] = toJson(e.conflictId);
        d["option"] = std::string(decisionOptionKey(e.option));
        d["rationale"] = toJson(e.rationale);
        d["version"] = toJson(e.version);
        list.push_back(std::move(d));
    }
    doc["decisions"] = std::move(list);
    const std::string text = dumpJson(doc, 1) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

Result<void> StagedWorkFile::save(const StagedWork &work)
{
    QString error;
    const int dirFd = openStagedDirectory(true, error);
    if (dirFd < 0)
        return Result<void>::failure(error);
    const DirEntryRef target { dirFd, directory(), fileName(work.storeRoot, work.actorId) };
    std::optional<IoError> failed;
    if (work.entries.isEmpty()) {
        // Nothing staged: no file, so an empty staging restores as empty.
        if (::unlinkat(dirFd, target.name.constData(), 0) == 0)
            failed = DurableFile::syncDirectory(dirFd, target.dirPath);
        else if (errno != ENOENT)
            failed = IoError { target.path(), tr("%1: %2").arg(target.path(), errnoText(errno)),
                errno };
    } else {
        failed = DurableFile::write(target, serialize(work, QDateTime::currentMSecsSinceEpoch()),
            DurableFile::Mode::Replace);
    }
    ::close(dirFd);
    if (failed)
        return Result<void>::failure(failed->message);
    return Result<void>::success();
}

Result<StagedWork> StagedWorkFile::load(const QString &storeRoot, const QString &actorId)
{
    StagedWork work { storeRoot, actorId, {} };
    QString error;
    const int dirFd = openStagedDirectory(false, error);
    if (dirFd < 0) {
        if (errno == ENOENT)
            return Result<StagedWork>::success(work);
        return Result<StagedWork>::failure(
            tr("The staged work saved in %1 cannot be read: %2").arg(directory(), error));
    }
    const QByteArray name = fileName(storeRoot, actorId);
    const QString shown = directory() + QLatin1Char('/') + QString::fromLatin1(name);
    struct stat st;
    if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        const int e = errno;
        ::close(dirFd);
        if (e == ENOENT)
            return Result<StagedWork>::success(work);
        return Result<StagedWork>::failure(
            tr("The staged work saved in %1 cannot be read: %2").arg(shown, errnoText(e)));
    }
    QString why;
    if (st.st_uid != ::getuid())
        why = tr("it belongs to another user");
    else if (st.st_mode & 022)
        why = tr("others may write to it");
    FileRead read;
    if (why.isEmpty()) {
        read = readFileNoFollowAt(dirFd, name.constData(), kMaxFileSize);
        if (read.status != FileRead::Status::Ok)
            why = whyUnreadable(read);
    }
    if (why.isEmpty()) {
        const JsonParseResult parsed = parseJson(read.bytes);
        if (!parsed.ok())
            why = parsed.error->message;
        else if (!parsed.duplicateKeys.isEmpty())
            why = tr("it names a field twice (%1)").arg(parsed.duplicateKeys.first());
        else
            why = check(parsed.value, storeRoot, actorId, work);
    }
    if (why.isEmpty()) {
        ::close(dirFd);
        return Result<StagedWork>::success(work);
    }
    // Never trusted, never silently replaced: set aside for whoever wants to look.
    const QByteArray aside = name + ".broken";
    const bool setAside = ::renameat(dirFd, name.constData(), dirFd, aside.constData()) == 0;
    ::close(dirFd);
    return Result<StagedWork>::failure(setAside
            ? tr("The staged work saved in %1 was not restored: %2. It was kept as %1.broken.")
                  .arg(shown, why)
            : tr("The staged work saved in %1 was not restored: %2.").arg(shown, why));
}

} // namespace SyncDesk
