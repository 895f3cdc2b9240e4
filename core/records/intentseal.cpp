// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/records/intentseal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace SyncDesk {
namespace {

constexpr char kSchema[] = "sourceos.syncdesk-intent/v2";
constexpr int kKeySize = 32;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Reads the key file: a regular file of exactly kKeySize bytes, ours, private.
/// A failure leaves errno as the open left it: ENOENT means there is no key yet.
Result<QByteArray> readKey(int dirFd, const char *name)
{
    const int fd = ::openat(dirFd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        auto failed = Result<QByteArray>::failure(errnoText(error));
        errno = error;
        return failed;
    }
    struct stat st;
    QByteArray key(kKeySize, Qt::Uninitialized);
    const bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::getuid()
        && (st.st_mode & 077) == 0 && st.st_size == kKeySize
        && ::pread(fd, key.data(), kKeySize, 0) == kKeySize;
    ::close(fd);
    if (!ok)
        return Result<QByteArray>::failure(
            IntentSeal::tr("the key file is not a private %1-byte file of this user")
                .arg(kKeySize));
    return Result<QByteArray>::success(std::move(key));
}

QByteArray mac(const QByteArray &body, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
}

} // namespace

QString IntentSeal::stateDirectory()
{
    const QString overridden = qEnvironmentVariable("SYNCDESK_STATE_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/syncdesk");
}

Result<QByteArray> IntentSeal::key(bool create)
{
    const QString dir = stateDirectory();
    const QString path = dir + QStringLiteral("/intent.key");
    if (!create && !QFileInfo::exists(path))
        return Result<QByteArray>::failure(tr("%1 does not exist").arg(path));
    if (!QDir().mkpath(dir))
        return Result<QByteArray>::failure(
            tr("%1: cannot create the folder for Sync Desk's key").arg(dir));
    const int dirFd
        = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return Result<QByteArray>::failure(tr("%1: %2").arg(dir, errnoText(errno)));
    Result<QByteArray> key = readKey(dirFd, "intent.key");
    if (!key && errno == ENOENT) {
        // Made whole in a temp file and linked into place, so that two processes
        // starting at once agree on one key and none reads a half-written one.
        QByteArray fresh(kKeySize, Qt::Uninitialized);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(fresh.data()),
            reinterpret_cast<quint32 *>(fresh.data() + kKeySize));
        const QByteArray temp = ".intent.key."
            + QByteArray::number(QRandomGenerator::global()->generate64(), 16) + ".tmp";
        const int fd = ::openat(
            dirFd, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd >= 0) {
            const bool written
                = ::write(fd, fresh.constData(), kKeySize) == kKeySize && ::fsync(fd) == 0;
            ::close(fd);
            if (written)
                ::linkat(dirFd, temp.constData(), dirFd, "intent.key", 0);
            ::unlinkat(dirFd, temp.constData(), 0);
            ::fsync(dirFd);
        }
        key = readKey(dirFd, "intent.key");
    }
    ::close(dirFd);
    if (!key)
        return Result<QByteArray>::failure(
            tr("%1: Sync Desk's key cannot be read or made: %2").arg(path, key.error()));
    return key;
}

QString IntentSeal::newBatchId()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QString::number(words[0], 16).rightJustified(16, QLatin1Char('0'))
        + QString::number(words[1], 16).rightJustified(16, QLatin1Char('0'));
}

namespace {

/// A batch id is 32 lowercase hex digits; anything else never names a file.
bool isBatchId(const QString &id)
{
    return id.size() == 32 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QString pendingDirectory()
{
    return IntentSeal::stateDirectory() + QStringLiteral("/pending");
}

} // namespace

std::optional<QString> IntentSeal::markPending(const QString &batchId, const QString &store)
{
    const QString dir = pendingDirectory();
    if (!isBatchId(batchId) || store.isEmpty() || !QDir().mkpath(dir))
        return tr("%1: cannot create the folder for Sync Desk's pending batches").arg(dir);
    const int dirFd
        = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return tr("%1: %2").arg(dir, errnoText(errno));
    const int fd = ::openat(dirFd, batchId.toLatin1().constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    int error = fd < 0 ? errno : 0;
    const QByteArray content = store.toUtf8();
    if (fd >= 0) {
        if (::write(fd, content.constData(), size_t(content.size())) != content.size()
            || ::fsync(fd) != 0)
            error = errno ? errno : EIO;
        ::close(fd);
    }
    // Durable before the intent exists: a crash must not leave an intent whose
    // batch this account has forgotten.
    const bool synced = !error && ::fsync(dirFd) == 0;
    if (!synced && !error)
        error = errno;
    ::close(dirFd);
    if (!synced)
        return tr("%1: %2").arg(dir, errnoText(error));
    return std::nullopt;
}

bool IntentSeal::isPending(const QString &batchId, const QString &store)
{
    if (!isBatchId(batchId) || store.isEmpty())
        return false;
    const int fd
        = ::open(QFile::encodeName(pendingDirectory() + QLatin1Char('/') + batchId).constData(),
            O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    char buf[256];
    const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    const auto n = regular ? ::pread(fd, buf, sizeof buf, 0) : -1;
    ::close(fd);
    return n > 0 && QByteArray(buf, qsizetype(n)) == store.toUtf8();
}

QString IntentSeal::storeIdentity(int rootFd)
{
    struct stat st;
    if (::fstat(rootFd, &st) != 0)
        return QString();
    return QStringLiteral("%1:%2").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
}

QString IntentSeal::storeIdentity(const QString &root)
{
    const int fd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return QString();
    const QString id = storeIdentity(fd);
    ::close(fd);
    return id;
}

void IntentSeal::clearPending(const QString &batchId)
{
    if (isBatchId(batchId))
        ::unlink(QFile::encodeName(pendingDirectory() + QLatin1Char('/') + batchId).constData());
}

QByteArray IntentSeal::seal(const Json &body, const QByteArray &key)
{
    const std::string text = dumpJson(body);
    const QByteArray bytes = QByteArray::fromStdString(text);
    Json file = Json::object();
    file["schema"] = kSchema;
    file["body"] = text;
    file["hmac_sha256"] = mac(bytes, key).toStdString();
    return QByteArray::fromStdString(file.dump(2, ' ', false, Json::error_handler_t::replace))
        + '\n';
}

namespace {

/**
 * Accepts exactly the intent file's shell: one object whose members are all
 * strings. Anything else stops the parse at once, before any document is
 * built, so a forged file full of arrays costs its own bytes and no more.
 */
class ShellReader final : public nlohmann::json_sax<Json>
{
public:
    std::map<std::string, std::string> members;

    bool null() override { return false; }
    bool boolean(bool) override { return false; }
    bool number_integer(number_integer_t) override { return false; }
    bool number_unsigned(number_unsigned_t) override { return false; }
    bool number_float(number_float_t, const string_t &) override { return false; }
    bool binary(binary_t &) override { return false; }
    bool string(string_t &value) override
    {
        if (m_depth != 1 || m_key.empty() || members.count(m_key))
            return false;
        members[m_key] = std::move(value);
        m_key.clear();
        return true;
    }
    bool start_object(std::size_t) override { return ++m_depth == 1; }
    bool key(string_t &value) override
    {
        m_key = std::move(value);
        return members.size() < 8;
    }
    bool end_object() override { return --m_depth == 0; }
    bool start_array(std::size_t) override { return false; }
    bool end_array() override { return false; }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        return false;
    }

private:
    int m_depth = 0;
    std::string m_key;
};

bool sameMac(const QByteArray &a, const QByteArray &b)
{
    // Constant time: how much of a guess matched must not show in the timing.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

IntentSeal::Opened IntentSeal::open(
    std::string_view fileBytes, const QByteArray &key, const QString &store)
{
    Opened out;
    ShellReader shell;
    const bool parsed = Json::sax_parse(
        fileBytes.begin(), fileBytes.end(), &shell, nlohmann::detail::input_format_t::json, false);
    const auto body = shell.members.find("body");
    if (!parsed || body == shell.members.end()) {
        out.why = tr("it is not an intent file Sync Desk can read");
        return out;
    }
    out.status = Status::Foreign;
    const QByteArray bodyBytes = QByteArray::fromStdString(body->second);
    const auto schema = shell.members.find("schema");
    const auto seal = shell.members.find("hmac_sha256");
    if (schema == shell.members.end() || schema->second != kSchema || seal == shell.members.end()
        || key.isEmpty()
        || !sameMac(mac(bodyBytes, key), QByteArray::fromStdString(seal->second))) {
        out.why = tr("its seal does not verify: it was not written by Sync Desk under this user "
                     "account, or it was changed since");
        return out;
    }
    auto inner = parseJson(std::string_view(bodyBytes.constData(), size_t(bodyBytes.size())));
    if (!inner.ok() || !inner.value.is_object()) {
        out.status = Status::Unreadable;
        out.why = tr("its sealed body is not a JSON object");
        return out;
    }
    const Json &sealedStore = jsonMember(inner.value, "store");
    if (!sealedStore.is_string()
        || QString::fromStdString(sealedStore.get<std::string>()) != store) {
        out.why = tr("it was sealed by Sync Desk for another store (copied here from elsewhere); "
                     "it is not replayed");
        return out;
    }
    const Json &batch = jsonMember(inner.value, "batch_id");
    if (!batch.is_string() || !isPending(QString::fromStdString(batch.get<std::string>()), store)) {
        out.why = tr("it was sealed by Sync Desk for a batch that is not pending on this account "
                     "(finished long ago, or copied here from elsewhere); it is not replayed");
        return out;
    }
    out.status = Status::Sealed;
    out.body = std::move(inner.value);
    return out;
}

} // namespace SyncDesk
