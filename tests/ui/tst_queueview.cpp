// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Issue 18, item 7: a readable queue. Status chips in the timeline's colours,
// ids elided in the middle, whole dates, details that wrap ids and follow the
// filter.

#include "core/models/operationfilterproxy.h"
#include "core/models/operationmodel.h"
#include "core/models/statustone.h"
#include "core/store/storesession.h"
#include "treecopy.h"
#include "ui/queue/operationdetail.h"
#include "ui/queue/queueview.h"
#include "ui/widgets/statuschipdelegate.h"
#include "ui/widgets/statuscolors.h"

#include <QAbstractItemModelTester>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimeZone>

using namespace SyncDesk;
using namespace SyncDesk::Ui;

namespace {

const char kDemoStore[] = SYNCDESK_EXAMPLES "/workspace-demo";

int operationRow(const Store &store, const QString &id)
{
    const auto it = store.relations().operationById.constFind(store.strings().find(id));
    return it == store.relations().operationById.cend() ? -1 : int(*it);
}

/// Draws one cell with the chip delegate into an image of the cell's size.
QImage renderChip(const QString &text, TaskState state, QSize size, const QPalette &palette)
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), text);
    model.setData(model.index(0, 0), int(state), OperationModel::StateRole);
    StatusChipDelegate delegate(OperationModel::StateRole);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.color(QPalette::Base));
    QPainter p(&image);
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), size);
    option.palette = palette;
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled;
    delegate.paint(&p, option, model.index(0, 0));
    p.end();
    return image;
}

/// How many pixels of an image have exactly this colour.
int count(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y).rgb() == colour.rgb();
    return n;
}

} // namespace

class TestQueueView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void statusWordsHaveTheTimelinesStates()
    {
        QCOMPARE(taskStateOfWord(u"failed"), TaskState::Failed);
        QCOMPARE(taskStateOfWord(u"completed"), TaskState::Succeeded);
        QCOMPARE(taskStateOfWord(u"reconciled"), TaskState::Succeeded);
        QCOMPARE(taskStateOfWord(u"queued"), TaskState::Pending);
        QCOMPARE(taskStateOfWord(u"running"), TaskState::Running);
        QCOMPARE(taskStateOfWord(u"cancelled"), TaskState::Cancelled);
        QCOMPARE(taskStateOfWord(u"blocked"), TaskState::Other);

        StoreSession session;
        session.open(QString::fromLatin1(kDemoStore));
        OperationModel model(&session);
        QAbstractItemModelTester tester(&model);
        const Store &store = *session.store();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex status = model.index(row, OperationModel::StatusColumn);
            QCOMPARE(status.data(OperationModel::StateRole).toInt(),
                int(taskStateOfWord(store.text(store.operations()[quint32(row)].status))));
        }
    }

    void chipsAreDrawnInTheStatusColour_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("dark");
        for (const bool dark : { false, true })
            for (const TaskState s : { TaskState::Succeeded, TaskState::Failed, TaskState::Running,
                     TaskState::Pending, TaskState::Cancelled, TaskState::Other })
                QTest::addRow("%d %s", int(s), dark ? "dark" : "light") << int(s) << dark;
    }

    void chipsAreDrawnInTheStatusColour()
    {
        QFETCH(int, state);
        QFETCH(bool, dark);
        QPalette palette = QApplication::palette();
        if (dark) {
            palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
            palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        }
        const StatusColors colours = statusColors(TaskState(state), palette);
        const QImage image
            = renderChip(QStringLiteral("Failed"), TaskState(state), { 160, 26 }, palette);
        // The chip's body is in the state's colour (many pixels), with its word on it
        // (pixels of the text colour), and it does not fill the whole cell.
        QVERIFY2(count(image, colours.fill) > 300,
            qPrintable(QString::number(count(image, colours.fill))));
        int text = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                text += std::abs(c.lightness() - colours.text.lightness()) < 40
                    && std::abs(c.lightness() - colours.fill.lightness()) > 60;
            }
        QVERIFY2(text > 10, "the status word is drawn inside the chip");
        QCOMPARE(image.pixelColor(155, 13).rgb(), palette.color(QPalette::Base).rgb());
        // The states differ from each other.
        for (int other = 0; other < kTaskStateCount; ++other)
            if (other != state)
                QVERIFY(statusColors(TaskState(other), palette).fill != colours.fill);
    }

    void theQueueShowsChipsWholeDatesAndTails()
    {
        StoreSession session;
        session.open(QString::fromLatin1(kDemoStore));
        QueueView view(&session);
        view.resize(1100, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.table();
        QVERIFY(qobject_cast<StatusChipDelegate *>(
            table->itemDelegateForColumn(OperationModel::StatusColumn)));

        // Ids: elided in the middle, so that the distinguishing end stays; whole in the tooltip.
        QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
        const Store &store = *session.store();
        const int row = operationRow(store, QStringLiteral("workspace-operation:default-0027"));
        QVERIFY(row >= 0);
        const QModelIndex id
            = view.proxy()->mapFromSource(view.model()->index(row, OperationModel::IdColumn));
        QCOMPARE(id.data(Qt::ToolTipRole).toString(),
            QStringLiteral("workspace-operation:default-0027"));
        const QString shown = table->fontMetrics().elidedText(id.data().toString(),
            table->textElideMode(), table->columnWidth(OperationModel::IdColumn) - 12);
        QVERIFY2(shown.endsWith(QStringLiteral("0027")), qPrintable(shown));

        // Dates: the whole date with the year and the time to the second, never cut.
        const QModelIndex created = id.siblingAtColumn(OperationModel::CreatedColumn);
        const QString date = created.data().toString();
        QVERIFY2(date.contains(QStringLiteral("2026")), qPrintable(date));
        QVERIFY2(date.count(QLatin1Char(':')) == 2, qPrintable(date));
        QVERIFY(table->columnWidth(OperationModel::CreatedColumn)
            >= table->fontMetrics().horizontalAdvance(date) + 8);
        QVERIFY(!created.data(Qt::ToolTipRole).toString().isEmpty());
        // Every status chip fits its column whole.
        auto *chips = table->itemDelegateForColumn(OperationModel::StatusColumn);
        QStyleOptionViewItem option;
        option.initFrom(table);
        for (int r = 0; r < view.proxy()->rowCount(); ++r) {
            const QModelIndex status = view.proxy()->index(r, OperationModel::StatusColumn);
            QVERIFY2(chips->sizeHint(option, status).width()
                    <= table->columnWidth(OperationModel::StatusColumn),
                qPrintable(status.data().toString()));
        }
        // Right after the id: on screen at a laptop's width.
        QCOMPARE(table->horizontalHeader()->visualIndex(OperationModel::CreatedColumn),
            table->horizontalHeader()->visualIndex(OperationModel::IdColumn) + 1);
    }

    void germanDatesAreWhole()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const qint64 ms = QDateTime(QDate(2026, 5, 5), QTime(1, 3, 27)).toMSecsSinceEpoch();
        const QString text = OperationModel::timeText(ms);
        QLocale::setDefault(before);
        QCOMPARE(text, QStringLiteral("05.05.2026 01:03:27"));
    }

    void detailWrapsIdsAtSeparators()
    {
        const QString id = QStringLiteral("workspace-operation:default_0001.a/b");
        const QString breakable = OperationDetail::breakable(id);
        QCOMPARE(QString(breakable).remove(QChar(0x200B)), id);
        QCOMPARE(breakable.count(QChar(0x200B)), 5);
        QVERIFY(breakable.contains(QStringLiteral(":\u200Bdefault")));
        QVERIFY(!breakable.endsWith(QChar(0x200B)));

        // It really wraps there: every line but the last ends at a separator,
        // where without the breaks a line ends inside a word.
        const QString longId = QStringLiteral("workspace-operation:default:0001:alpha");
        const QFontMetricsF fm(QApplication::font());
        const qreal width = fm.horizontalAdvance(QStringLiteral("operation:defaul"));
        const auto lineEnds = [&](const QString &html) {
            QTextDocument doc;
            doc.setDefaultFont(QApplication::font());
            doc.setTextWidth(width);
            doc.setHtml(html);
            doc.documentLayout()->documentSize(); // lays it out
            QStringList ends;
            const QTextBlock block = doc.begin();
            const QTextLayout *layout = block.layout();
            for (int i = 0; i + 1 < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                ends << block.text().mid(line.textStart(), line.textLength());
            }
            return ends;
        };
        const QStringList wrapped = lineEnds(OperationDetail::breakable(longId).toHtmlEscaped());
        QVERIFY(wrapped.size() >= 2);
        for (const QString &line : wrapped)
            QVERIFY2(line.endsWith(QChar(0x200B)), qPrintable(wrapped.join(QLatin1Char('|'))));
        const QStringList plain = lineEnds(longId.toHtmlEscaped());
        QVERIFY(std::any_of(plain.begin(), plain.end(), [](const QString &line) {
            return !line.endsWith(QLatin1Char('-')) && !line.endsWith(QLatin1Char(':'));
        }));

        // And the details use it.
        StoreSession session;
        session.open(QString::fromLatin1(kDemoStore));
        OperationDetail detail;
        detail.showOperation(session.store(), 0);
        QVERIFY(detail.summary()->toPlainText().contains(
            QStringLiteral("workspace-\u200Boperation:\u200Bdefault-\u200B")));
    }

    void detailFollowsTheFilter()
    {
        StoreSession session;
        session.open(QString::fromLatin1(kDemoStore));
        QueueView view(&session);
        QAbstractItemModelTester tester(view.proxy());
        view.resize(1100, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const Store &store = *session.store();
        const int row = operationRow(store, QStringLiteral("workspace-operation:default-0017"));
        view.selectOperation(row);
        QCOMPARE(view.selectedOperation(), row);
        QCOMPARE(view.detail()->operation(), row);

        // A search that keeps it: still shown.
        auto *search = view.findChild<QLineEdit *>();
        QVERIFY(search);
        const auto shown = [&] {
            return view.proxy()
                ->mapFromSource(view.model()->index(row, OperationModel::IdColumn))
                .isValid();
        };
        const int all = view.proxy()->rowCount();
        search->setText(QStringLiteral("default-001"));
        QTRY_VERIFY(view.proxy()->rowCount() < all);
        QVERIFY(shown());
        QCOMPARE(view.detail()->operation(), row);

        // A search that hides it: the details clear and say why.
        search->setText(QStringLiteral("default-002"));
        QTRY_VERIFY(!shown());
        QTRY_COMPARE(view.detail()->operation(), -1);
        QVERIFY2(view.detail()->summary()->toPlainText().contains(
                     QStringLiteral("hidden by the filter")),
            qPrintable(view.detail()->summary()->toPlainText()));
        QCOMPARE(view.selectedOperation(), -1);
        // Nothing refills them behind the filter's back.
        session.refresh({});
        QCOMPARE(view.detail()->operation(), -1);

        // A status filter hides another selected row the same way.
        search->clear();
        QTRY_COMPARE(view.proxy()->rowCount(), int(store.operations().size()));
        view.selectOperation(row);
        QCOMPARE(view.detail()->operation(), row);
        QComboBox *status = nullptr;
        for (auto *box : view.findChildren<QComboBox *>())
            if (box->accessibleName() == QStringLiteral("Filter by status"))
                status = box;
        QVERIFY(status);
        status->setCurrentIndex(status->findData(QStringLiteral("failed")));
        QVERIFY(store.text(store.operations()[quint32(row)].status) != QStringLiteral("failed"));
        QCOMPARE(view.detail()->operation(), -1);
        QVERIFY(view.detail()->summary()->toPlainText().contains(
            QStringLiteral("hidden by the filter")));
    }

    // The queue sorts on keys read once per column (OperationModel::numericSortKey()):
    // a record the daemon rewrites moves to where its new time sorts.
    void sortingFollowsAChangedRecord()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(QString::fromLatin1(kDemoStore), dir.path()));
        StoreSession session;
        session.open(dir.path());
        QueueView view(&session);
        QAbstractItemModelTester tester(view.proxy());
        const Store &store = *session.store();
        const int row = operationRow(store, QStringLiteral("workspace-operation:default-0001"));
        QVERIFY(row >= 0);
        const auto topRow
            = [&] { return view.proxy()->mapToSource(view.proxy()->index(0, 0)).row(); };
        QVERIFY(topRow() != row); // newest first, and it is the oldest
        const QString rel = QStringLiteral("operations/workspace-operation_default-0001.json");
        QFile file(dir.filePath(rel));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        bytes.replace(
            "\"created_at\": \"2026-05-05T01:00:28Z\"", "\"created_at\": \"2031-01-01T00:00:00Z\"");
        bytes.replace(
            "\"updated_at\": \"2026-05-05T01:00:55Z\"", "\"updated_at\": \"2031-01-01T00:00:01Z\"");
        QVERIFY(bytes.contains("2031-01-01T00:00:00Z") && bytes.contains("2031-01-01T00:00:01Z"));
        QSaveFile out(dir.filePath(rel));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        QVERIFY(out.commit());
        QSignalSpy changed(&session, &StoreSession::recordsChanged);
        session.refresh({ rel });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.operations()[quint32(row)].created,
            QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(topRow(), row);
        // And back by the updated time: the keys of the other column are read anew.
        view.proxy()->sort(OperationModel::UpdatedColumn, Qt::AscendingOrder);
        QCOMPARE(
            view.proxy()->mapToSource(view.proxy()->index(view.proxy()->rowCount() - 1, 0)).row(),
            row);
    }
};

QTEST_MAIN(TestQueueView)
#include "tst_queueview.moc"
