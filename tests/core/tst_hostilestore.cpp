// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Hostile stores that tst_store, tst_json and tst_resolution do not already
// cover (docs/security.md maps every item of issue 7 to its test): ids that
// look like paths, a conflict file that is a symlink, a store on a read-only
// filesystem, the manifest deleted while a session has the store open.

#include "resolutionfixture.h"
#include "treecopy.h"
#include "treesnapshot.h"

#include "core/resolution/resolution.h"
#include "core/store/store.h"
#include "core/store/storesession.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace SyncDesk;

namespace {

const QString kConflictFile = QStringLiteral("conflicts/conflict_alpha-001.json");

Decision fork(const QString &conflictId)
{
    return { conflictId, DecisionOption::Fork, QStringLiteral("actor:local-user"),
        QStringLiteral("Both versions carry reviewed edits.") };
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestHostileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsThatLookLikePaths_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::newRow("parent folders") << QByteArray("../../outside");
        QTest::newRow("absolute") << QByteArray("/tmp/outside");
        QTest::newRow("slashes") << QByteArray("conflict:a/b/c");
        QTest::newRow("NUL") << QByteArray("conflict:a\0b", 12);
        QTest::newRow("longer than a file name") << QByteArray("conflict:" + QByteArray(400, 'x'));
    }
    void idsThatLookLikePaths()
    {
        // Ids are data: reading shows them as they are, and writing derives
        // every file name from safeRecordId() or a hash, so no id can steer a
        // write out of the store. An id whose file name would be too long
        // cannot name a conflict file: Apply refuses it.
        QFETCH(QByteArray, id);
        QTemporaryDir parent;
        const QString root = parent.path() + QStringLiteral("/store");
        const QString conflictId = QString::fromUtf8(id);
        const QString name = safeRecordId(conflictId) + QStringLiteral(".json");
        const bool nameable = name.toUtf8().size() <= 255;
        ResolutionFixture fx;
        auto conflict = fx.json(kConflictFile);
        conflict["conflict_id"] = id.toStdString();
        fx.store().remove(kConflictFile);
        fx.put(nameable ? QStringLiteral("conflicts/") + name : kConflictFile, conflict);
        QVERIFY(copyTree(fx.root(), root));

        const auto store = Store::open(root);
        QCOMPARE(store->state(), Store::State::Ok);
        QCOMPARE(store->conflicts().size(), 1u);
        QCOMPARE(store->text(store->conflicts()[0].id).toUtf8(), id);

        const auto report = ResolutionWriter::apply(root, { fork(conflictId) });
        QCOMPARE(report.outcomes.size(), 1);
        const auto &outcome = report.outcomes[0];
        if (!nameable) {
            QCOMPARE(outcome.refusal, Refusal::UnknownConflict);
        } else {
            QVERIFY2(outcome.outcome == Outcome::Applied, qPrintable(outcome.message));
            const auto after = Store::open(root);
            QCOMPARE(after->text(after->conflicts()[0].id).toUtf8(), id);
            QCOMPARE(after->conflicts()[0].state, CardState::Decided);
        }
        for (const QString &path : outcome.paths) {
            QVERIFY2(!path.startsWith(QLatin1Char('/')) && !path.split('/').contains(".."),
                qPrintable(path));
            QVERIFY2(QFileInfo(root + QLatin1Char('/') + path).isFile(), qPrintable(path));
            QVERIFY2(path.section('/', -1).toUtf8().size() <= 255, qPrintable(path));
        }
        // Nothing appeared beside the store.
        QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("store") });
    }

    void conflictThatIsASymlinkIsNeverWrittenThrough()
    {
        ResolutionFixture fx;
        QTemporaryDir outside;
        const QString target = outside.path() + QStringLiteral("/conflict.json");
        QVERIFY(QFile::copy(fx.store().path(kConflictFile), target));
        const auto before = treeSnapshot(outside.path());
        fx.store().remove(kConflictFile);
        QVERIFY(QFile::link(target, fx.store().path(kConflictFile)));

        // Reading says what it is.
        const auto store = Store::open(fx.root());
        bool reported = false;
        for (const auto &p : store->problems())
            reported |= p.path == kConflictFile && p.message.contains(QStringLiteral("symbolic"));
        QVERIFY(reported);
        QCOMPARE(store->conflicts().size(), 0u);

        const auto report = ResolutionWriter::apply(fx.root(), { fork("conflict:alpha-001") });
        QCOMPARE(report.outcomes[0].outcome, Outcome::Refused);
        QCOMPARE(treeSnapshot(outside.path()), before);
        QVERIFY(QFileInfo(fx.store().path(kConflictFile)).isSymLink());
    }

    void readOnlyFilesystem()
    {
        // A bind or tmpfs mount needs root (CI runs as root).
        if (::geteuid() != 0)
            QSKIP("needs root to mount a read-only filesystem (CI runs as root)");
        ResolutionFixture fx;
        QTemporaryDir mountPoint;
        const QString root = mountPoint.path();
        if (!run("mount", { "-t", "tmpfs", "-o", "size=4m", "tmpfs", root }))
            QSKIP("mount -t tmpfs is not permitted here (no CAP_SYS_ADMIN)");
        const auto unmount = qScopeGuard([&] { run("umount", { root }); });
        QVERIFY(copyTree(fx.root(), root));
        QVERIFY(run("mount", { "-o", "remount,ro", root }));
        const auto before = treeSnapshot(root);

        // Browsing works exactly as on a writable store.
        const auto writable = Store::open(fx.root());
        const auto store = Store::open(root);
        QCOMPARE(store->state(), Store::State::Ok);
        QCOMPARE(store->conflicts().size(), writable->conflicts().size());
        QCOMPARE(store->problems().size(), writable->problems().size());

        // Apply refuses and says why.
        const auto report = ResolutionWriter::apply(root, { fork("conflict:alpha-001") });
        QCOMPARE(report.outcomes[0].outcome, Outcome::Refused);
        QVERIFY2(report.outcomes[0].message.contains(QStringLiteral("Read-only file system")),
            qPrintable(report.outcomes[0].message));
        QCOMPARE(treeSnapshot(root), before);
    }

    void manifestDeletedWhileOpen()
    {
        ResolutionFixture fx;
        StoreSession session;
        session.open(fx.root());
        QCOMPARE(session.store()->state(), Store::State::Ok);
        fx.store().remove("manifest.json");
        session.refresh({ QStringLiteral("manifest.json") });
        QVERIFY(session.store());
        QVERIFY(!session.store()->manifest().present);

        const auto report = ResolutionWriter::apply(fx.root(), { fork("conflict:alpha-001") });
        QCOMPARE(report.outcomes[0].refusal, Refusal::StoreNotInitialized);
        QVERIFY(!QFileInfo::exists(fx.store().path("manifest.json")));
    }
};

QTEST_GUILESS_MAIN(TestHostileStore)
#include "tst_hostilestore.moc"
