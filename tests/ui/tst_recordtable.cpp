// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/widgets/recordtable.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace SyncDesk::Ui;

namespace {

const QString kLong
    = QStringLiteral("workspace-operation:syncdesk-resolve-8dc3430b00861783c6541cab");

void fill(QStandardItemModel &model)
{
    model.setColumnCount(2);
    for (const QString &text : { QStringLiteral("op-1"), kLong, QStringLiteral("op-3") })
        model.appendRow({ new QStandardItem(text), new QStandardItem(QStringLiteral("done")) });
}

int pendingResizes(QTableView *table)
{
    return int(table
                   ->findChildren<QObject *>(
                       QStringLiteral("SyncDeskResizeOnShow"), Qt::FindDirectChildrenOnly)
                   .size());
}

} // namespace

class TestRecordTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHiddenTableIsMeasuredWhenShown()
    {
        QWidget window;
        auto *table = new QTableView(&window);
        (new QVBoxLayout(&window))->addWidget(table);
        window.resize(1200, 400);
        QStandardItemModel model;
        fill(model);
        table->setModel(&model);
        configureRecordTable(table);
        const int before = table->columnWidth(0);
        const int needed = table->fontMetrics().horizontalAdvance(kLong);
        QVERIFY(before < needed);

        // A page not on screen: nothing is measured yet, and asking twice queues one resize.
        resizeColumnsWhenShown(table);
        resizeColumnsWhenShown(table);
        QCOMPARE(table->columnWidth(0), before);
        QCOMPARE(pendingResizes(table), 1);

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(table->columnWidth(0) >= needed,
            qPrintable(QStringLiteral("%1 < %2").arg(table->columnWidth(0)).arg(needed)));
        QTRY_COMPARE(pendingResizes(table), 0);

        // Once done, a width the user chose is theirs: showing again keeps it.
        table->setColumnWidth(0, 40);
        window.hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(table->columnWidth(0), 40);
    }

    void aShownTableIsMeasuredAtOnce()
    {
        QTableView table;
        table.resize(1200, 400);
        QStandardItemModel model;
        fill(model);
        table.setModel(&model);
        configureRecordTable(&table);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        const int needed = table.fontMetrics().horizontalAdvance(kLong);
        QVERIFY(table.columnWidth(0) < needed);
        resizeColumnsWhenShown(&table);
        QVERIFY(table.columnWidth(0) >= needed);
        QCOMPARE(pendingResizes(&table), 0);
    }
};

QTEST_MAIN(TestRecordTable)
#include "tst_recordtable.moc"
