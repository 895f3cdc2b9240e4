// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// InotifyWatch, the one inotify wrapper under FolderWatch and the gate cache:
// what a folder's changes read back as, and the lifetime of the instance.

#include "core/io/inotifywatch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace SyncDesk;

namespace {

struct Seen final
{
    QList<InotifyWatch::Event> events;
    bool read = false;

    bool has(InotifyWatch::Event::Kind kind, int watch, const QByteArray &name = {}) const
    {
        for (const auto &e : events)
            if (e.kind == kind && e.watch == watch && (name.isEmpty() || e.name == name))
                return true;
        return false;
    }
};

Seen drain(InotifyWatch &w)
{
    Seen seen;
    seen.read = w.readEvents([&](const InotifyWatch::Event &e) { seen.events.append(e); });
    return seen;
}

} // namespace

class TestInotifyWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_LINUX
        QSKIP("inotify is Linux only");
#endif
    }

    void namesTheChangedEntry()
    {
        QTemporaryDir dir;
        InotifyWatch w;
        QVERIFY(w.open());
        QVERIFY(w.fd() >= 0);
        const int wd = w.addFolder(QFile::encodeName(dir.path()));
        QVERIFY(wd >= 0);
        QVERIFY(drain(w).events.isEmpty()); // nothing queued, and not blocking

        QFile f(dir.filePath(QStringLiteral("a.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{}");
        f.close();
        const Seen seen = drain(w);
        QVERIFY(seen.read);
        QVERIFY(seen.has(InotifyWatch::Event::Changed, wd, "a.json"));
        for (const auto &e : seen.events)
            QCOMPARE(e.name, QByteArray("a.json")); // no NUL padding in the name
    }

    void folderGoneEndsTheWatch()
    {
        QTemporaryDir parent;
        const QString path = parent.filePath(QStringLiteral("sub"));
        QVERIFY(QDir().mkdir(path));
        InotifyWatch w;
        QVERIFY(w.open());
        const int wd = w.addFolder(QFile::encodeName(path));
        QVERIFY(wd >= 0);
        QVERIFY(QDir().rmdir(path));
        const Seen seen = drain(w);
        QVERIFY(seen.has(InotifyWatch::Event::FolderGone, wd));
        QVERIFY(seen.has(InotifyWatch::Event::WatchEnded, wd));
    }

    void symlinksOnlyWhenAsked()
    {
        QTemporaryDir parent;
        const QString target = parent.filePath(QStringLiteral("real"));
        const QString link = parent.filePath(QStringLiteral("link"));
        QVERIFY(QDir().mkdir(target));
        QVERIFY(QFile::link(target, link));
        InotifyWatch w;
        QVERIFY(w.open());
        QCOMPARE(w.addFolder(QFile::encodeName(link)), -1);
        QVERIFY(w.addFolder(QFile::encodeName(link), InotifyWatch::FollowSymlink) >= 0);
        // A file is not a folder.
        QFile f(parent.filePath(QStringLiteral("file")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(w.addFolder(QFile::encodeName(f.fileName()), InotifyWatch::FollowSymlink), -1);
    }

    void removedWatchIsQuiet()
    {
        QTemporaryDir dir;
        InotifyWatch w;
        QVERIFY(w.open());
        const int wd = w.addFolder(QFile::encodeName(dir.path()));
        QVERIFY(wd >= 0);
        w.removeWatch(wd);
        QFile f(dir.filePath(QStringLiteral("b.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Seen seen = drain(w);
        QVERIFY(!seen.has(InotifyWatch::Event::Changed, wd, "b.json"));
    }

    void closeAndReopen()
    {
        QTemporaryDir dir;
        InotifyWatch w;
        QVERIFY(!w.isValid());
        QCOMPARE(w.fd(), -1);
        QCOMPARE(w.addFolder(QFile::encodeName(dir.path())), -1); // not open yet
        QVERIFY(w.open());
        const int first = w.fd();
        QVERIFY(w.open()); // idempotent: the same instance
        QCOMPARE(w.fd(), first);
        w.close();
        QVERIFY(!w.isValid());
        QCOMPARE(w.fd(), -1);
        QVERIFY(drain(w).read); // closed: nothing to read, nothing lost
        QVERIFY(w.open());
        QVERIFY(w.addFolder(QFile::encodeName(dir.path())) >= 0);
    }
};

QTEST_GUILESS_MAIN(TestInotifyWatch)
#include "tst_inotifywatch.moc"
