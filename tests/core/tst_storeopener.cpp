// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/demo/demostore.h"
#include "core/store/storeloader_p.h"
#include "core/store/storeopener.h"
#include "storedump.h"
#include "storefixture.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace SyncDesk;

namespace {

/// Generous: a loaded CI machine reads a few hundred records in well under this.
constexpr int kTimeoutMs = 30000;

// Waiting with QTRY_VERIFY_WITH_TIMEOUT(!opener.hasWorkers(), ...) waits for every
// worker, the cancelled and superseded ones included: what they would have
// emitted has then been emitted, or dropped.

/// What an opener emitted, in order, and the roots of the stores it handed over.
struct Record final
{
    explicit Record(StoreOpener &opener)
    {
        QObject::connect(&opener, &StoreOpener::previewReady, &opener, [this, &opener] {
            const std::unique_ptr<Store> preview = opener.takePreview();
            QVERIFY(preview && preview->isPartial());
            QVERIFY(!preview->operations().empty());
            QVERIFY(preview->tasks().empty());
            events << QStringLiteral("preview ") + preview->root();
        });
        QObject::connect(&opener, &StoreOpener::waitingForAdoption, &opener,
            [this] { events << QStringLiteral("waiting"); });
        QObject::connect(&opener, &StoreOpener::loaded, &opener, [this, &opener] {
            store = opener.takeStore();
            QVERIFY(store && !store->isPartial());
            QCOMPARE(store->state(), Store::State::Ok);
            events << QStringLiteral("loaded ") + store->root();
        });
        QObject::connect(&opener, &StoreOpener::failed, &opener,
            [this](Store::State state, const QString &message) {
                failedState = state;
                events << QStringLiteral("failed ") + message;
            });
    }

    QStringList events;
    std::unique_ptr<Store> store; ///< the last one loaded
    Store::State failedState = Store::State::Ok;
};

} // namespace

class TestStoreOpener final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.path() + QStringLiteral("/demo");
        DemoStoreOptions options;
        options.operations = 300;
        options.conflicts = 30;
        const auto written = DemoStore::write(m_demo, options);
        QVERIFY2(written, qPrintable(written.error()));
        // Files written this long before a load count as settled (as in
        // tst_storepreview): the whole store may then take what the preview read.
        StoreLoader::setRacyWindowNs(50'000'000);
        QThread::msleep(80);
    }

    void previewThenWholeStore()
    {
        // No load cache (none is configured): the queue first, then the whole store.
        StoreOpener opener;
        Record record(opener);
        opener.open(m_demo);
        QVERIFY(opener.isOpening());
        QTRY_COMPARE_WITH_TIMEOUT(record.events.size(), 2, kTimeoutMs);
        QCOMPARE(record.events,
            QStringList(
                { QStringLiteral("preview ") + m_demo, QStringLiteral("loaded ") + m_demo }));
        QVERIFY(!opener.isOpening());
        // The whole store took the operations the preview read, and is what a plain open reads.
        QVERIFY(record.store->loadStats().filesFromPreview > 0);
        QCOMPARE(storeDump(*record.store), storeDump(*Store::open(m_demo)));
        QTRY_VERIFY_WITH_TIMEOUT(!opener.hasWorkers(), kTimeoutMs);
        QCOMPARE(record.events.size(), 2);
    }

    void noPreviewWhenNotWanted()
    {
        StoreOpener opener;
        Record record(opener);
        opener.open(m_demo, {}, StoreOpener::Preview::Never);
        QTRY_COMPARE_WITH_TIMEOUT(record.events.size(), 1, kTimeoutMs);
        QCOMPARE(record.events, QStringList({ QStringLiteral("loaded ") + m_demo }));
        QCOMPARE(record.store->loadStats().filesFromPreview, 0);
    }

    void cancelDeliversNothing()
    {
        StoreOpener opener;
        Record record(opener);
        opener.open(m_demo);
        opener.cancel();
        QVERIFY(!opener.isOpening());
        QTRY_VERIFY_WITH_TIMEOUT(!opener.hasWorkers(), kTimeoutMs);
        QCOMPARE(record.events, QStringList());

        // Cancelled once the queue is shown: the rest never arrives.
        connect(&opener, &StoreOpener::previewReady, &opener, &StoreOpener::cancel);
        opener.open(m_demo);
        QTRY_COMPARE_WITH_TIMEOUT(record.events.size(), 1, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!opener.hasWorkers(), kTimeoutMs);
        QCOMPARE(record.events, QStringList({ QStringLiteral("preview ") + m_demo }));
        QVERIFY(!opener.isOpening());
    }

    void aSecondOpenSupersedesTheFirst()
    {
        StoreFixture other;
        const QString otherRoot = QDir::cleanPath(other.root());
        StoreOpener opener;
        Record record(opener);
        opener.open(m_demo);
        opener.open(otherRoot);
        QTRY_VERIFY_WITH_TIMEOUT(
            !record.events.isEmpty() && record.events.last().startsWith("loaded"), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!opener.hasWorkers(), kTimeoutMs);
        // Neither the first store's preview nor the first store itself arrive.
        QCOMPARE(record.events.filter(m_demo), QStringList());
        QCOMPARE(record.events.last(), QStringLiteral("loaded ") + otherRoot);
        QCOMPARE(record.events.filter(QStringLiteral("loaded")).size(), 1);
        QCOMPARE(record.events.filter(QStringLiteral("failed")).size(), 0);
    }

    void waitsWhileBusy()
    {
        // As while a background Apply reads the store on screen.
        bool busy = true;
        StoreOpener opener;
        Record record(opener);
        opener.setAdoptionGate([&busy] { return busy; });
        opener.open(m_demo);
        QTRY_COMPARE_WITH_TIMEOUT(
            record.events, QStringList({ QStringLiteral("waiting") }), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!opener.hasWorkers(), kTimeoutMs);
        // The preview was dropped (the whole store is ready anyway); the store waits.
        QCOMPARE(record.events, QStringList({ QStringLiteral("waiting") }));
        QVERIFY(opener.isOpening());
        opener.retryAdoption(); // still busy
        QCOMPARE(record.events.filter(QStringLiteral("loaded")).size(), 0);
        busy = false;
        opener.retryAdoption();
        QCOMPARE(record.events.last(), QStringLiteral("loaded ") + m_demo);
        QVERIFY(!opener.isOpening());
        QVERIFY(!record.store->isPartial());
        opener.retryAdoption(); // nothing is handed over twice
        QCOMPARE(record.events.filter(QStringLiteral("loaded")).size(), 1);

        // A store waiting for the gate is superseded like one still being read.
        StoreFixture other;
        const QString otherRoot = QDir::cleanPath(other.root());
        busy = true;
        record.events.clear();
        opener.open(m_demo);
        QTRY_COMPARE_WITH_TIMEOUT(
            record.events, QStringList({ QStringLiteral("waiting") }), kTimeoutMs);
        opener.open(otherRoot, {}, StoreOpener::Preview::Never);
        QTRY_COMPARE_WITH_TIMEOUT(record.events.size(), 2, kTimeoutMs);
        busy = false;
        opener.retryAdoption();
        QTRY_VERIFY_WITH_TIMEOUT(!opener.hasWorkers(), kTimeoutMs);
        QCOMPARE(record.events,
            QStringList({ QStringLiteral("waiting"), QStringLiteral("waiting"),
                QStringLiteral("loaded ") + otherRoot }));
    }

    void aFailedOpenNamesThePath_data()
    {
        QTest::addColumn<bool>("initialized");
        QTest::addColumn<int>("preview");
        QTest::newRow("missing, queue first") << false << int(StoreOpener::Preview::IfUncached);
        QTest::newRow("missing, whole store") << false << int(StoreOpener::Preview::Never);
        QTest::newRow("no manifest, queue first") << true << int(StoreOpener::Preview::IfUncached);
        QTest::newRow("no manifest, whole store") << true << int(StoreOpener::Preview::Never);
    }

    void aFailedOpenNamesThePath()
    {
        QFETCH(bool, initialized);
        QFETCH(int, preview);
        QTemporaryDir dir;
        // An empty folder: no manifest.json, so not an initialized store.
        const QString root
            = initialized ? dir.path() : dir.path() + QStringLiteral("/nothing-here");
        StoreOpener opener;
        Record record(opener);
        QSignalSpy failed(&opener, &StoreOpener::failed);
        opener.open(root, {}, StoreOpener::Preview(preview));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!opener.hasWorkers(), kTimeoutMs);
        QCOMPARE(record.events.size(), 1);
        QCOMPARE(
            record.failedState, initialized ? Store::State::NotInitialized : Store::State::Missing);
        const QString message = failed[0][1].toString();
        QVERIFY2(message.contains(root), qPrintable(message));
        if (initialized)
            QVERIFY2(message.contains(QStringLiteral("manifest.json")), qPrintable(message));
        QVERIFY(!opener.isOpening());
    }
};

QTEST_GUILESS_MAIN(TestStoreOpener)
#include "tst_storeopener.moc"
