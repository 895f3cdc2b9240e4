// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/loadedslots_p.h"

#include <QTest>

#include <cstdint>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

using namespace SyncDesk;

/// The loader's results: constructed by any thread, retired in order while
/// the tables take them, their memory given back as they go.
class TestLoadedSlots final : public QObject
{
    Q_OBJECT

private:
    /// Resident pages of [data, data + bytes), by mincore().
    static std::size_t residentPages(const void *data, std::size_t bytes)
    {
        const auto page = std::size_t(::sysconf(_SC_PAGESIZE));
        const auto begin = reinterpret_cast<std::uintptr_t>(data) / page * page;
        const auto end = reinterpret_cast<std::uintptr_t>(data) + bytes;
        std::vector<unsigned char> in((end - begin + page - 1) / page);
        if (::mincore(reinterpret_cast<void *>(begin), end - begin, in.data()) != 0)
            return std::size_t(-1);
        std::size_t n = 0;
        for (unsigned char c : in)
            n += c & 1;
        return n;
    }

    static void fill(LoadedFile &f, std::size_t i)
    {
        f.file.path = QStringLiteral("operations/op-%1.json").arg(i);
        f.problems.resize(2);
        f.record = OperationRecord {};
    }

private Q_SLOTS:
    void retiredSlotsGiveTheirPagesBack()
    {
        // ~11 MB of results: several return steps.
        const std::size_t n = 32 * 1024;
        LoadedSlots results;
        results.allocate(n);
        for (std::size_t i = 0; i < n; ++i)
            fill(results.construct(i), i);
        const LoadedFile *first = results.at(0);
        const std::size_t bytes = n * sizeof(LoadedFile);
        const std::size_t before = residentPages(first, bytes);
        QVERIFY(before >= bytes / std::size_t(::sysconf(_SC_PAGESIZE)));

        // Half retired: about half the pages are given back, and the rest is intact.
        for (std::size_t i = 0; i < n / 2; ++i)
            results.retire(i);
        QCOMPARE(results.at(0), nullptr);
        QCOMPARE(results.at(n / 2 - 1), nullptr);
        QVERIFY(results.returnedBytes() > bytes / 2 - (std::size_t(2) << 20));
        QVERIFY(results.returnedBytes() <= bytes / 2);
        const std::size_t half = residentPages(first, bytes);
        QVERIFY2(half < before * 2 / 3,
            qPrintable(QStringLiteral("%1 of %2 pages still resident").arg(half).arg(before)));
        for (std::size_t i = n / 2; i < n; ++i) {
            QVERIFY(results.at(i));
            QCOMPARE(results.at(i)->file.path, QStringLiteral("operations/op-%1.json").arg(i));
            QCOMPARE(results.at(i)->problems.size(), std::size_t(2));
        }

        // All retired: every whole page is given back.
        for (std::size_t i = n / 2; i < n; ++i)
            results.retire(i);
        const auto page = std::size_t(::sysconf(_SC_PAGESIZE));
        QCOMPARE(results.returnedBytes(), bytes / page * page);
        QVERIFY(residentPages(first, bytes) <= 1);
    }

    void onlyTheNextSlotIsRetired()
    {
        LoadedSlots results;
        results.allocate(8);
        for (std::size_t i = 0; i < 8; ++i)
            if (i != 3) // a slot a cancelled load never reached
                fill(results.construct(i), i);
        results.retire(2); // out of order: ignored
        QVERIFY(results.at(2));
        results.retire(0);
        results.retire(1);
        results.retire(2);
        results.retire(3);
        QCOMPARE(results.at(1), nullptr);
        QVERIFY(results.at(4));
        QCOMPARE(results.at(4)->file.path, QStringLiteral("operations/op-4.json"));
        // release() destroys only what is left (the sanitizer build sees a double destroy).
        results.release();
        QCOMPARE(results.size(), std::size_t(0));
    }

    void movedSlotsKeepTheirProgress()
    {
        LoadedSlots a;
        a.allocate(4);
        for (std::size_t i = 0; i < 4; ++i)
            fill(a.construct(i), i);
        a.retire(0);
        LoadedSlots b(std::move(a));
        QCOMPARE(a.size(), std::size_t(0));
        QCOMPARE(b.at(0), nullptr);
        b.retire(1);
        QCOMPARE(b.at(1), nullptr);
        QCOMPARE(b.at(2)->file.path, QStringLiteral("operations/op-2.json"));
    }
};

QTEST_GUILESS_MAIN(TestLoadedSlots)
#include "tst_loadedslots.moc"
