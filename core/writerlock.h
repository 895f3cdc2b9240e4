#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace SyncDesk {

/**
 * The store's writer lock: a QLockFile in the store root (same format as the
 * daemon's Qt tools: PID, app and host inside), never treated as stale while
 * its holder lives. On top of QLockFile it clears the two leftovers a SIGKILL
 * can leave that QLockFile itself never breaks: a lock file killed between its
 * creation and its first write (empty, so no PID to check), and the
 * ".rmlock" helper of a process killed while breaking a stale lock.
 */
class WriterLock final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::WriterLock)

public:
    explicit WriterLock(const QString &path);

    /// Waits up to timeoutMs; false when a live writer holds it (see holder()).
    bool tryLock(int timeoutMs);
    void unlock() { m_lock.unlock(); }

    /// A translated sentence naming who holds the lock, for refusals.
    QString holder() const;

private:
    /// Removes path if it holds no live PID and is older than a writer needs to fill it.
    static void clearDeadLeftover(const QString &path);

    QString m_path;
    QLockFile m_lock;
};

} // namespace SyncDesk
