// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/pagebuffer_p.h"

#include <QTest>

#include <cstdint>
#include <cstring>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

using namespace SyncDesk;

/// Large buffers read once, part by part, give those parts back as they go.
class TestPageBuffer final : public QObject
{
    Q_OBJECT

private:
    static std::size_t page() { return std::size_t(::sysconf(_SC_PAGESIZE)); }
    /// Whether each page of the buffer is resident, by mincore().
    static std::vector<bool> resident(const PageBuffer &b)
    {
        const std::size_t pages = (b.size() + page() - 1) / page();
        std::vector<unsigned char> in(pages);
        if (::mincore(const_cast<char *>(b.data()), pages * page(), in.data()) != 0)
            return {};
        std::vector<bool> out(pages);
        for (std::size_t i = 0; i < pages; ++i)
            out[i] = in[i] & 1;
        return out;
    }

private Q_SLOTS:
    void givesBackWholePagesInside_data()
    {
        QTest::addColumn<int>("pages"); // buffer size in pages
        QTest::addColumn<int>("tail"); // bytes past the last whole page
        QTest::addColumn<int>("offset"); // of the range, in bytes
        QTest::addColumn<int>("length");
        QTest::addColumn<QList<int>>("gone"); // pages given back
        const int p = int(::sysconf(_SC_PAGESIZE));
        QTest::newRow("aligned pages") << 8 << 0 << 2 * p << 3 * p << QList<int> { 2, 3, 4 };
        QTest::newRow("partial pages at both ends are kept")
            << 8 << 0 << 2 * p - 1 << 3 * p + 2 << QList<int> { 2, 3, 4 };
        QTest::newRow("less than a page") << 8 << 0 << p + 1 << p - 2 << QList<int> {};
        QTest::newRow("to the end, last page partial")
            << 4 << 100 << 2 * p << 2 * p + 100 << QList<int> { 2, 3, 4 };
        QTest::newRow("past the end is clamped") << 4 << 0 << 3 * p << 100 * p << QList<int> { 3 };
        QTest::newRow("offset past the end") << 4 << 0 << 5 * p << p << QList<int> {};
    }
    void givesBackWholePagesInside()
    {
        QFETCH(int, pages);
        QFETCH(int, tail);
        QFETCH(int, offset);
        QFETCH(int, length);
        QFETCH(QList<int>, gone);
        PageBuffer b(std::size_t(pages) * page() + std::size_t(tail));
        std::memset(b.data(), 'x', b.size());
        const auto before = resident(b);
        QVERIFY(!before.empty());
        for (bool r : before)
            QVERIFY(r);

        const std::size_t returned = b.giveBack(std::size_t(offset), std::size_t(length));
        QCOMPARE(returned, std::size_t(gone.size()) * page());
        const auto after = resident(b);
        for (std::size_t i = 0; i < after.size(); ++i) {
            const bool isGone = gone.contains(int(i));
            QVERIFY2(after[i] == !isGone, qPrintable(QStringLiteral("page %1").arg(i)));
            // Kept pages keep their bytes; given-back ones read as zeros.
            const std::size_t at = i * page();
            QCOMPARE(b.data()[at], isGone ? '\0' : 'x');
        }
    }

    void emptyAndMoved()
    {
        PageBuffer none(0);
        QCOMPARE(none.data(), nullptr);
        QCOMPARE(none.giveBack(0, 10), std::size_t(0));
        PageBuffer a(3 * page());
        a.data()[0] = 'a';
        PageBuffer b(std::move(a));
        QCOMPARE(a.data(), nullptr);
        QCOMPARE(a.size(), std::size_t(0));
        QCOMPARE(b.data()[0], 'a');
        a = std::move(b);
        QCOMPARE(a.data()[0], 'a');
        QCOMPARE(b.data(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestPageBuffer)
#include "tst_pagebuffer.moc"
