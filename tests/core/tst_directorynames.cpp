// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "storefixture.h"

#include "core/io/directorynames_p.h"
#include "core/io/fileread_p.h"
#include "core/store/store.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

using namespace SyncDesk;

/// A folder's names, listed once into one buffer, in the order of their bytes.
class TestDirectoryNames final : public QObject
{
    Q_OBJECT

private:
    /// Creates dir/name by its bytes, for removeCreated().
    void create(const QString &dir, const QByteArray &name)
    {
        const QByteArray path = QFile::encodeName(dir) + '/' + name;
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        QVERIFY2(fd >= 0, path.constData());
        ::close(fd);
        m_created << path;
    }
    /// Before its QTemporaryDir goes: that cannot remove a name that is not UTF-8.
    void removeCreated()
    {
        for (const QByteArray &path : std::as_const(m_created))
            ::unlink(path.constData());
        m_created.clear();
    }
    QByteArrayList m_created;

private Q_SLOTS:

    void listsInByteOrder_data()
    {
        QTest::addColumn<QByteArrayList>("created");
        QTest::addColumn<QByteArrayList>("listed");
        QTest::newRow("empty") << QByteArrayList {} << QByteArrayList {};
        QTest::newRow("one") << QByteArrayList { "a.json" } << QByteArrayList { "a.json" };
        QTest::newRow("shared prefixes, shorter first")
            << QByteArrayList { "task-10.json", "task-1.json", "task-1", "task-2.json" }
            << QByteArrayList { "task-1", "task-1.json", "task-10.json", "task-2.json" };
        // Bytes, not text: upper case first, and a byte over 0x7f after every ASCII one.
        QTest::newRow("bytes, not text")
            << QByteArrayList { "b.json", "\xc3\xa9.json", "B.json", "z.json", "\xff.json" }
            << QByteArrayList { "B.json", "b.json", "z.json", "\xc3\xa9.json", "\xff.json" };
        QTest::newRow("hidden names are names")
            << QByteArrayList { ".#x", "a", ".tmp" } << QByteArrayList { ".#x", ".tmp", "a" };
    }
    void listsInByteOrder()
    {
        QFETCH(QByteArrayList, created);
        QFETCH(QByteArrayList, listed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto removed = qScopeGuard([this] { removeCreated(); });
        for (const QByteArray &name : std::as_const(created))
            create(dir.path(), name);
        const int fd = openDirectory(dir.path());
        QVERIFY(fd >= 0);
        const auto names = DirectoryNames::list(fd);
        ::close(fd);
        QVERIFY2(names.ok(), qPrintable(names.error()));
        QByteArrayList got;
        for (std::size_t i = 0; i < names->size(); ++i) {
            const std::string_view name = names->at(i);
            got << QByteArray(name.data(), qsizetype(name.size()));
            // The NUL-terminated form is the same name, for openat().
            QCOMPARE(std::string_view(names->cString(i)), name);
        }
        QCOMPARE(got, listed);
        QCOMPARE(names->empty(), listed.isEmpty());
    }

    /// Many names with long shared prefixes, ends inside and past the part
    /// compared as a number, and bytes over 0x7f there: listed as std::string sorts them.
    void manyNamesInByteOrder_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<int>("stemLength"); // at least; up to 4 more
        QTest::newRow("no shared prefix") << QByteArray() << 10;
        QTest::newRow("a store's prefix") << QByteArray("workspace-operation_default-0000") << 10;
        // Ties for many 8-byte steps: names of up to 250 bytes.
        QTest::newRow("long stems") << QByteArray() << 240;
    }
    void manyNamesInByteOrder()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(int, stemLength);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto removed = qScopeGuard([this] { removeCreated(); });
        // Few letters, so that many names share their first dozen bytes too.
        const QByteArray letters("ab\x7f\x80\xff.");
        QRandomGenerator random(19);
        auto someLetters = [&](int from, int to) {
            QByteArray out;
            for (int i = random.bounded(from, to); i > 0; --i)
                out += letters.at(random.bounded(int(letters.size())));
            return out;
        };
        // Half the names go on from a few stems longer than the part compared
        // as a number: they tie there and differ only after it.
        QByteArrayList stems;
        for (int i = 0; i < 8; ++i)
            stems << someLetters(stemLength, stemLength + 4);
        std::vector<std::string> expected;
        QSet<QByteArray> made;
        while (made.size() < 1500) {
            QByteArray name = prefix;
            if (random.bounded(2))
                name += stems.at(random.bounded(int(stems.size()))) + someLetters(0, 6);
            else
                name += someLetters(1, 20);
            if (name == "." || name == ".." || made.contains(name))
                continue;
            made.insert(name);
            create(dir.path(), name);
            expected.emplace_back(name.constData(), std::size_t(name.size()));
        }
        std::sort(expected.begin(), expected.end());
        const int fd = openDirectory(dir.path());
        QVERIFY(fd >= 0);
        const auto names = DirectoryNames::list(fd);
        ::close(fd);
        QVERIFY2(names.ok(), qPrintable(names.error()));
        QCOMPARE(names->size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(names->at(i), std::string_view(expected[i]));
    }

    void foldersAreNamesToo()
    {
        QTemporaryDir dir;
        const auto removed = qScopeGuard([this] { removeCreated(); });
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        create(dir.path(), "file");
        const int fd = openDirectory(dir.path());
        const auto names = DirectoryNames::list(fd);
        ::close(fd);
        QVERIFY(names.ok());
        QCOMPARE(names->size(), std::size_t(2));
        QCOMPARE(names->at(0), std::string_view("file"));
        QCOMPARE(names->at(1), std::string_view("sub"));
    }

    void failureSaysWhy()
    {
        const auto names = DirectoryNames::list(-1);
        QVERIFY(!names.ok());
        QVERIFY(!names.error().isEmpty());
        // A file is no folder: fdopendir refuses it, and says why.
        QTemporaryDir dir;
        const auto removed = qScopeGuard([this] { removeCreated(); });
        create(dir.path(), "file");
        const int fd = ::open(QFile::encodeName(dir.filePath(QStringLiteral("file"))).constData(),
            O_RDONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        const auto notFolder = DirectoryNames::list(fd);
        ::close(fd);
        QVERIFY(!notFolder.ok());
        QVERIFY(!notFolder.error().isEmpty());
        // A folder opened only as a path: fdopendir takes it, reading it fails
        // (EBADF), and that is a failure, not an empty listing.
        const int pathFd
            = ::open(QFile::encodeName(dir.path()).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(pathFd >= 0);
        const auto unreadable = DirectoryNames::list(pathFd);
        ::close(pathFd);
        QVERIFY(!unreadable.ok());
        QVERIFY(!unreadable.error().isEmpty());
    }

    /// Names that decode to one path: the first in byte order is read, the
    /// others are named in a warning, never loaded as the same file twice.
    void namesDecodedAlikeAreReadOnce()
    {
        StoreFixture fx;
        QFile task(fx.path(QStringLiteral("tasks/operation-task_alpha-0001.json")));
        QVERIFY(task.open(QIODevice::ReadOnly));
        const QByteArray bytes = task.readAll();
        const QByteArray folder = QFile::encodeName(fx.path(QStringLiteral("tasks"))) + '/';
        for (const QByteArray &name : { QByteArray("x\xfe.json"), QByteArray("x\xff.json") }) {
            const QByteArray path = folder + name;
            const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            QVERIFY(fd >= 0);
            // The second is shorter: which one was read shows in the size.
            const qsizetype size = name.endsWith("\xff.json") ? bytes.size() - 2 : bytes.size();
            QCOMPARE(::write(fd, bytes.constData(), std::size_t(size)), ssize_t(size));
            ::close(fd);
            m_created << path;
        }
        const auto removed = qScopeGuard([this] { removeCreated(); });
        const auto store = Store::open(fx.root());
        const QString rel = QFile::decodeName("tasks/x\xfe.json");
        QCOMPARE(rel, QFile::decodeName("tasks/x\xff.json"));
        int files = 0;
        for (const RecordFile &f : store->files())
            files += f.path == rel;
        QCOMPARE(files, 1);
        QCOMPARE(store->files()[std::size_t(store->fileIndex(rel))].size, qint64(bytes.size()));
        int collisions = 0;
        for (const Problem &p : store->problems())
            collisions += p.path == rel && p.rule == QLatin1String("name_collision");
        QCOMPARE(collisions, 1);
    }

    /// The loader keeps each record's path as QFile::decodeName() gives it,
    /// ASCII or not, and finds the file again by it.
    void loaderDecodesNamesAsBefore_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("ascii") << QByteArray("operation-task_x-1.json");
        QTest::newRow("utf-8") << QByteArray("operation-task_t\xc3\xa2"
                                             "che.json");
        QTest::newRow("not utf-8") << QByteArray("operation-task_\xff\xfe.json");
    }
    void loaderDecodesNamesAsBefore()
    {
        QFETCH(QByteArray, name);
        StoreFixture fx;
        QFile task(fx.path(QStringLiteral("tasks/operation-task_alpha-0001.json")));
        QVERIFY(task.open(QIODevice::ReadOnly));
        const QByteArray bytes = task.readAll();
        // Created by its bytes: a name that is not UTF-8 does not survive a QString.
        const QByteArray path = QFile::encodeName(fx.path(QStringLiteral("tasks"))) + '/' + name;
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, bytes.constData(), std::size_t(bytes.size())), ssize_t(bytes.size()));
        ::close(fd);
        const auto removeCopy = qScopeGuard([&] { ::unlink(path.constData()); });

        const auto store = Store::open(fx.root());
        const QString rel = QFile::decodeName("tasks/" + name);
        const qint32 index = store->fileIndex(rel);
        QVERIFY2(index >= 0, qPrintable(rel));
        const RecordFile &file = store->files()[std::size_t(index)];
        QCOMPARE(file.path, rel);
        // Read through the name as listed: its size is the copy's.
        QCOMPARE(file.size, qint64(bytes.size()));
        QCOMPARE(file.registry, Registry::Tasks);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryNames)
#include "tst_directorynames.moc"
