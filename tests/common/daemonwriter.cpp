// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "daemonwriter.h"

#include "core/store/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace {

QByteArray readWhole(const QString &path, bool *ok = nullptr)
{
    QFile f(path);
    const bool opened = f.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? f.readAll() : QByteArray();
}

/// The daemon's records: two-space indent, key order kept, a newline.
QByteArray pretty(const DaemonWriter::Json &record)
{
    return QByteArray::fromStdString(record.dump(2) + "\n");
}

QByteArray sha(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// Writes tmp (a fixed name, truncated if it is there) and renames it over target.
bool writeAndRename(const QString &tmp, const QString &target, const QByteArray &bytes)
{
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(target).constData()) == 0;
}

DaemonWriter::Json parse(const QByteArray &bytes)
{
    return DaemonWriter::Json::parse(
        bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

} // namespace

DaemonWriter::DaemonWriter(const QString &root, const QString &tag)
    : m_root(root)
    , m_tag(tag)
{ }

bool DaemonWriter::setLogFile(const QString &path)
{
    m_logPath = path;
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

std::vector<nlohmann::json> DaemonWriter::log() const
{
    const std::lock_guard lock(m_mutex);
    return m_log;
}

int DaemonWriter::writes() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_log.size());
}

QString DaemonWriter::eventId(qint64 number)
{
    return QStringLiteral("evt-%1").arg(number, 8, 10, QLatin1Char('0'));
}

QString DaemonWriter::nextMarker()
{
    return QStringLiteral("coexist-%1-%2").arg(m_tag).arg(++m_sequence);
}

QString DaemonWriter::now() const
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void DaemonWriter::record(nlohmann::json entry)
{
    const std::lock_guard lock(m_mutex);
    if (!m_logPath.isEmpty()) {
        QFile f(m_logPath);
        if (f.open(QIODevice::WriteOnly | QIODevice::Append)) {
            f.write(QByteArray::fromStdString(entry.dump() + "\n"));
            f.flush();
        }
    }
    m_log.push_back(std::move(entry));
}

DaemonWriter::PendingAppend DaemonWriter::countForAppend()
{
    // append_event: read and parse the whole journal, count its non-empty lines.
    const QByteArray journal = readWhole(m_root + QStringLiteral("/journal.jsonl"));
    qint64 count = 0;
    for (const QByteArray &line : journal.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        ++count;
        (void)parse(line); // the daemon parses every line; a corrupt one still counts
    }
    PendingAppend p;
    p.counted = count;
    p.eventId = eventId(count + 1);
    p.marker = nextMarker();
    Json line = Json::object();
    line["schema"] = "sourceos.journal-event/v1alpha1";
    line["event_id"] = p.eventId.toStdString();
    line["event_type"] = "update";
    line["lane"] = "normal";
    line["object_id"] = ("object:" + p.marker).toStdString();
    line["producer"] = "sourceos-syncd";
    line["created_at"] = now().toStdString();
    line["payload"] = { { "marker", p.marker.toStdString() } };
    line["applied"] = true;
    p.line = QByteArray::fromStdString(line.dump());
    return p;
}

bool DaemonWriter::finishAppend(const PendingAppend &pending)
{
    const QByteArray path = QFile::encodeName(m_root + QStringLiteral("/journal.jsonl"));
    const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    // Not a lock the daemon takes: a probe that tells whether Sync Desk held its
    // flock(journal.jsonl) at this moment, i.e. whether this line can land inside
    // Sync Desk's count-to-write window (the one window no lock of Sync Desk's
    // closes). Held across the write when taken, so the answer stays true.
    const bool probed = ::flock(fd, LOCK_SH | LOCK_NB) == 0;
    const QByteArray bytes = pending.line + '\n';
    const bool ok = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
    ::close(fd);
    if (ok)
        record({ { "kind", "line" }, { "marker", pending.marker.toStdString() },
            { "event_id", pending.eventId.toStdString() }, { "counted", pending.counted },
            { "line", pending.line.toStdString() }, { "in_syncdesk_window", !probed } });
    return ok;
}

bool DaemonWriter::appendLine()
{
    const PendingAppend p = countForAppend();
    if (betweenCountAndWrite)
        betweenCountAndWrite();
    return finishAppend(p);
}

bool DaemonWriter::appendEvent()
{
    return appendLine() && bumpGeneration();
}

std::optional<DaemonWriter::PendingBump> DaemonWriter::readManifest()
{
    bool ok = false;
    const QByteArray bytes = readWhole(m_root + QStringLiteral("/manifest.json"), &ok);
    Json manifest = parse(bytes);
    if (!ok || !manifest.is_object() || !manifest["active_generation"].is_number_integer())
        return std::nullopt;
    PendingBump p;
    p.readGeneration = manifest["active_generation"].get<qint64>();
    p.readSeq = manifest.value("coexist_daemon_bumps", qint64(0));
    p.manifest = std::move(manifest);
    return p;
}

bool DaemonWriter::finishBump(const PendingBump &pending)
{
    Json manifest = pending.manifest;
    manifest["active_generation"] = pending.readGeneration + 1;
    manifest["updated_at"] = now().toStdString();
    const qint64 seq = ++m_bumps;
    manifest["coexist_daemon_bumps"] = seq;
    const QString tmp = m_root + QStringLiteral("/manifest.json.tmp");
    const QString target = m_root + QStringLiteral("/manifest.json");
    QFile f(tmp);
    const QByteArray bytes = pretty(manifest);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    const QByteArray from = QFile::encodeName(tmp), to = QFile::encodeName(target);
    qint64 displacedGeneration = -1, displacedSeq = -1;
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) == 0) {
        const Json displaced = parse(readWhole(tmp));
        if (displaced.is_object() && displaced.contains("active_generation")
            && displaced["active_generation"].is_number_integer()) {
            displacedGeneration = displaced["active_generation"].get<qint64>();
            displacedSeq = displaced.value("coexist_daemon_bumps", qint64(0));
        }
        ::unlink(from.constData());
    } else if (::rename(from.constData(), to.constData()) != 0) {
        --m_bumps;
        return false;
    }
    record({ { "kind", "bump" }, { "seq", seq }, { "read_generation", pending.readGeneration },
        { "read_seq", pending.readSeq }, { "displaced_generation", displacedGeneration },
        { "displaced_seq", displacedSeq } });
    return true;
}

bool DaemonWriter::bumpGeneration()
{
    const auto p = readManifest();
    return p && finishBump(*p);
}

bool DaemonWriter::putRecord(const QString &registry, const QString &id, Json record)
{
    const QString safe = SyncDesk::safeRecordId(id);
    if (safe.isEmpty())
        return false;
    record["record_id"] = id.toStdString();
    record["updated_at"] = now().toStdString();
    const QString base = m_root + QLatin1Char('/') + registry + QLatin1Char('/') + safe;
    return writeAndRename(
        base + QStringLiteral(".json.tmp"), base + QStringLiteral(".json"), pretty(record));
}

QString DaemonWriter::putNewRecord()
{
    static const char *const kinds[] = { "objects", "conflicts", "operations", "tasks" };
    const QString marker = nextMarker();
    const QString registry = QString::fromLatin1(kinds[m_sequence % 4]);
    Json record = Json::object();
    QString id;
    if (registry == QLatin1String("objects")) {
        id = QStringLiteral("object:") + marker;
        record["schema"] = "sourceos.object/v1alpha1";
        record["object_id"] = id.toStdString();
    } else if (registry == QLatin1String("conflicts")) {
        id = QStringLiteral("conflict:") + marker;
        record["schema"] = "sourceos.conflict-record/v1alpha1";
        record["conflict_id"] = id.toStdString();
    } else if (registry == QLatin1String("operations")) {
        id = QStringLiteral("workspace-operation:") + marker;
        record["schema"] = "sourceos.workspace-operation/v1alpha1";
        record["operation_id"] = id.toStdString();
    } else {
        id = QStringLiteral("operation-task:") + marker;
        record["schema"] = "sourceos.operation-task/v1alpha1";
        record["task_id"] = id.toStdString();
    }
    record["marker"] = marker.toStdString();
    record["version"] = 1;
    if (!putRecord(registry, id, record))
        return QString();
    const QString base = m_root + QLatin1Char('/') + registry + QLatin1Char('/')
        + SyncDesk::safeRecordId(id) + QStringLiteral(".json");
    const QByteArray bytes = readWhole(base);
    m_own.push_back({ registry, id, record });
    this->record({ { "kind", "record" }, { "registry", registry.toStdString() },
        { "id", id.toStdString() }, { "version", 1 }, { "sha", sha(bytes).toStdString() } });
    return id;
}

bool DaemonWriter::updateOwnRecord(int pick)
{
    if (m_own.empty())
        return false;
    Own &own = m_own[std::size_t(pick) % m_own.size()];
    const int version = own.record["version"].get<int>() + 1;
    own.record["version"] = version;
    if (!putRecord(own.registry, own.id, own.record))
        return false;
    const QByteArray bytes = readWhole(m_root + QLatin1Char('/') + own.registry + QLatin1Char('/')
        + SyncDesk::safeRecordId(own.id) + QStringLiteral(".json"));
    record({ { "kind", "record" }, { "registry", own.registry.toStdString() },
        { "id", own.id.toStdString() }, { "version", version },
        { "sha", sha(bytes).toStdString() } });
    return true;
}

std::optional<DaemonWriter::PendingRewrite> DaemonWriter::readConflict(const QString &conflictId)
{
    bool ok = false;
    const QByteArray bytes = readWhole(m_root + QStringLiteral("/conflicts/")
            + SyncDesk::safeRecordId(conflictId) + QStringLiteral(".json"),
        &ok);
    Json record = parse(bytes);
    if (!ok || !record.is_object())
        return std::nullopt;
    return PendingRewrite { conflictId, std::move(record) };
}

bool DaemonWriter::finishRewrite(PendingRewrite pending)
{
    // A change of a non-decision field, made on the record as read, without
    // looking at what changed since: the daemon's conflict read-modify-write.
    const QString marker = nextMarker();
    Json &note = pending.record["user_explanation"];
    note = (note.is_string() ? note.get<std::string>() : std::string()) + " ["
        + marker.toStdString() + "]";
    if (!putRecord(QStringLiteral("conflicts"), pending.conflictId, pending.record))
        return false;
    record({ { "kind", "conflict" }, { "id", pending.conflictId.toStdString() },
        { "marker", marker.toStdString() } });
    return true;
}

bool DaemonWriter::rewriteConflict(const QString &conflictId)
{
    auto p = readConflict(conflictId);
    return p && finishRewrite(std::move(*p));
}
