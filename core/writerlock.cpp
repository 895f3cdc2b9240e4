#include "core/writerlock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/statvfs.h>
#include <unistd.h>

namespace SyncDesk {
namespace {

// QLockFile writes its content right after the O_EXCL create; a file still
// without a PID after this long was left by a writer that died in between.
constexpr qint64 kFillGraceMs = 2000;

/// Why a lock file cannot be created in dir: QLockFile keeps the errno to itself,
/// and "cannot be created" alone leaves a user with a read-only store guessing.
QString whyNotWritable(const QString &dir)
{
    const QByteArray native = QFile::encodeName(dir);
    struct statvfs fs;
    if (::statvfs(native.constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY))
        return QString::fromLocal8Bit(std::strerror(EROFS));
    if (::access(native.constData(), W_OK) != 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    return QString();
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

WriterLock::WriterLock(const QString &path)
    : m_path(path)
    , m_lock(path)
{
    // Age alone never makes a lock stale: a live writer is never robbed.
    m_lock.setStaleLockTime(0);
}

void WriterLock::clearDeadLeftover(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray content = file.read(4096);
    const QFileInfo info(path);
    const qint64 age = info.lastModified().msecsTo(QDateTime::currentDateTime());
    bool ok = false;
    const qint64 pid = content.split('\n').value(0).toLongLong(&ok);
    if (ok && processAlive(pid))
        return;
    // A parsable dead PID is QLockFile's own business (it checks host and app
    // too); only the unparsable and the helper files are ours to clear.
    if ((!ok && age > kFillGraceMs) || (path.endsWith(QLatin1String(".rmlock")) && ok))
        QFile::remove(path);
}

bool WriterLock::tryLock(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    int pause = 5;
    while (true) {
        if (m_lock.tryLock(0))
            return true;
        if (m_lock.error() != QLockFile::LockFailedError)
            return false;
        clearDeadLeftover(m_path);
        clearDeadLeftover(m_path + QStringLiteral(".rmlock"));
        if (timer.elapsed() >= timeoutMs)
            return false;
        QThread::msleep(
            ulong(std::min<qint64>(pause, std::max<qint64>(1, timeoutMs - timer.elapsed()))));
        pause = std::min(pause * 2, 100);
    }
}

QString WriterLock::holder() const
{
    if (m_lock.error() != QLockFile::LockFailedError) {
        const QString why = whyNotWritable(QFileInfo(m_path).absolutePath());
        return why.isEmpty()
            ? tr("The lock file %1 cannot be created.").arg(m_path)
            : tr("The lock file %1 cannot be created: %2. Nothing was written.").arg(m_path, why);
    }
    qint64 pid = 0;
    QString host, app;
    if (!m_lock.getLockInfo(&pid, &host, &app))
        return tr("The store is being written by another program; the decisions stay staged.");
    return tr("The store is being written by %1 (process %2 on %3); the decisions stay staged.")
        .arg(app.isEmpty() ? tr("another program") : app)
        .arg(pid)
        .arg(host);
}

} // namespace SyncDesk
