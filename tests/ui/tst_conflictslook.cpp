// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// How the DecisionCards look and how fast they are at scale. Both tests are
// skipped unless asked for: they write PNGs or need a 10k-conflict store.
#include "conflictsfixture.h"

#include "core/models/conflictfilterproxy.h"
#include "core/models/conflictmodel.h"
#include "core/store/store.h"
#include "ui/conflicts/conflictfilterbar.h"
#include "ui/conflicts/conflictsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QtTest>

using namespace SyncDesk;
using namespace SyncDesk::Ui;

namespace {
const QString kLocalUser = QStringLiteral("actor:local-user");
} // namespace

class TestConflictsLook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bigStorePaintTimes();
    void screenshots();
};

void TestConflictsLook::bigStorePaintTimes()
{
    const QByteArray big = qgetenv("SYNCDESK_BIG_STORE");
    if (big.isEmpty())
        QSKIP("set SYNCDESK_BIG_STORE=1 (or to a store folder) to measure 10k cards");
    QTemporaryDir dir;
    QString root = QString::fromLocal8Bit(big);
    if (!QFileInfo(root + QStringLiteral("/manifest.json")).exists()) {
        root = dir.path() + QStringLiteral("/big");
        QProcess cli;
        cli.start(QStringLiteral(SYNCDESK_CLI),
            { QStringLiteral("demo-store"), root, QStringLiteral("--operations"),
                QStringLiteral("30000"), QStringLiteral("--tasks"), QStringLiteral("30000"),
                QStringLiteral("--conflicts"), QStringLiteral("10000"),
                QStringLiteral("--evidence"), QStringLiteral("4000") });
        QVERIFY(cli.waitForFinished(600000));
        QCOMPARE(cli.exitCode(), 0);
    }
    QElapsedTimer t;
    t.start();
    StoreSession session;
    session.open(root);
    QVERIFY(session.store() && session.store()->conflicts().size() >= 10000);
    qInfo("open store: %lld ms", t.restart());

    {
        ConflictModel alone;
        alone.setActor(kLocalUser);
        t.restart();
        alone.setStore(session.store());
        qInfo("model rows built alone: %lld ms", t.restart());
    }

    ConflictsView view;
    view.resize(1300, 860);
    view.show(); // shown first, filled after: the first frame does not wait for data
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    t.restart();
    view.setSession(&session);
    view.setActor(kLocalUser);
    qInfo("model and proxy over %d conflicts: %lld ms", view.model()->rowCount(), t.restart());
    view.listView()->viewport()->repaint();
    qInfo("first paint of the card list: %lld ms", t.restart());

    view.filterBar()->setStateFilter(ConflictFilterProxy::StateFilter::All);
    qInfo("filter pending -> all: %lld ms", t.restart());
    QScrollBar *bar = view.listView()->verticalScrollBar();
    const int steps = 100;
    QElapsedTimer paint;
    qint64 total = 0, worst = 0;
    for (int i = 1; i <= steps; ++i) {
        bar->setValue(bar->maximum() / steps * i);
        paint.start();
        view.listView()->viewport()->repaint();
        const qint64 ns = paint.nsecsElapsed();
        total += ns;
        worst = std::max(worst, ns);
    }
    qInfo("scroll paint: %.2f ms average, %.2f ms worst over %d jumps", total / 1e6 / steps,
        worst / 1e6, steps);
    view.filterBar()->setSearchText(QStringLiteral("recipe"));
    t.restart();
    view.filterBar()->flushSearch();
    qInfo("text filter over %d cards: %lld ms (%d shown)", view.model()->rowCount(), t.restart(),
        view.proxy()->rowCount());
    view.filterBar()->setSearchText(QString());
    view.filterBar()->flushSearch();
    t.restart();
    const int staged = view.acceptRecommendations();
    qInfo("accept recommendations over the filter: %d staged in %lld ms", staged, t.restart());
}

namespace {

/// Breeze's colours, so screenshots look as they will on a Plasma desktop.
QPalette breezePalette(bool dark)
{
    QPalette p;
    auto set = [&](QPalette::ColorRole role, const char *color) {
        p.setColor(role, QColor(QLatin1String(color)));
    };
    set(QPalette::Window, dark ? "#202326" : "#eff0f1");
    set(QPalette::WindowText, dark ? "#fcfcfc" : "#232629");
    set(QPalette::Base, dark ? "#141618" : "#ffffff");
    set(QPalette::AlternateBase, dark ? "#1d1f22" : "#f7f7f7");
    set(QPalette::Text, dark ? "#fcfcfc" : "#232629");
    set(QPalette::Button, dark ? "#292c30" : "#fcfcfc");
    set(QPalette::ButtonText, dark ? "#fcfcfc" : "#232629");
    set(QPalette::Highlight, "#3daee9");
    set(QPalette::HighlightedText, dark ? "#fcfcfc" : "#ffffff");
    set(QPalette::Link, dark ? "#1d99f3" : "#2980b9");
    set(QPalette::ToolTipBase, dark ? "#292c30" : "#f7f7f7");
    set(QPalette::ToolTipText, dark ? "#fcfcfc" : "#232629");
    set(QPalette::PlaceholderText, dark ? "#a1a9b1" : "#707d8a");
    p.setColor(QPalette::Disabled, QPalette::Text, dark ? QColor("#6e7073") : QColor("#a0a2a3"));
    p.setColor(
        QPalette::Disabled, QPalette::ButtonText, dark ? QColor("#6e7073") : QColor("#a0a2a3"));
    p.setColor(
        QPalette::Disabled, QPalette::WindowText, dark ? QColor("#6e7073") : QColor("#a0a2a3"));
    return p;
}

} // namespace

void TestConflictsLook::screenshots()
{
    const QString out = qEnvironmentVariable("SYNCDESK_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set SYNCDESK_SCREENSHOTS to a folder to save PNGs of the page");
    QApplication::setStyle(QStringLiteral("Fusion"));
    for (const bool dark : { false, true }) {
        QApplication::setPalette(breezePalette(dark));
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        ConflictsFixture fx;
        ConflictsView view;
        view.setConfirmApply(false);
        view.setSession(&fx.session());
        view.setActor(kLocalUser);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // A staged card, one refused after a change on disk, one waiting for words.
        QVERIFY(view.selectConflict(QStringLiteral("conflict:household-009")));
        QVERIFY(view.stageCurrent(DecisionOption::Merge));
        QByteArray bytes = fx.read(QStringLiteral("conflicts/conflict_household-009.json"));
        fx.write(QStringLiteral("conflicts/conflict_household-009.json"),
            bytes.replace("can probably be combined", "were edited again"));
        view.apply();
        QVERIFY(view.selectConflict(QStringLiteral("conflict:household-004")));
        QVERIFY(view.stageCurrent(DecisionOption::Skip));
        QVERIFY(view.selectConflict(QStringLiteral("conflict:default-001")));
        QVERIFY(view.stageCurrent(DecisionOption::Fork));
        view.listView()->scrollToTop();
        QTest::qWait(50);
        view.grab().save(out + QStringLiteral("/conflicts-pending-") + suffix + ".png");

        view.filterBar()->setStateFilter(ConflictFilterProxy::StateFilter::All);
        QVERIFY(view.selectConflict(QStringLiteral("conflict:research-002")));
        view.listView()->scrollTo(
            view.listView()->currentIndex(), QAbstractItemView::PositionAtTop);
        QTest::qWait(50);
        view.grab().save(out + QStringLiteral("/conflicts-all-") + suffix + ".png");

        view.setActor(QStringLiteral("actor:katherine-johnson"));
        view.filterBar()->setWorkspace(QStringLiteral("workspace:household"));
        view.listView()->scrollToTop();
        QTest::qWait(50);
        view.grab().save(out + QStringLiteral("/conflicts-katherine-") + suffix + ".png");
    }
}

QTEST_MAIN(TestConflictsLook)
#include "tst_conflictslook.moc"
