// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "conflictsfixture.h"

#include "core/models/conflictfilterproxy.h"
#include "core/models/conflictmodel.h"
#include "core/records/timestamp.h"
#include "core/store/loadcache_p.h"
#include "core/store/store.h"
#include "core/store/storeloader_p.h"
#include "ui/conflicts/conflictcarddelegate.h"
#include "ui/conflicts/conflictfilterbar.h"
#include "ui/conflicts/conflictsview.h"
#include "ui/conflicts/decisionpanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

using namespace SyncDesk;
using namespace SyncDesk::Ui;

namespace {

const QString kLocalUser = QStringLiteral("actor:local-user");

/// A fixed decision time, so the files written can be compared exactly.
qint64 fixedClock()
{
    return *parseUtcTimestamp("2026-11-25T09:05:05Z");
}

QString currentId(const ConflictsView &view)
{
    return view.model()->conflictId(view.currentRow());
}

/// The delegate's geometry for a card as the list shows it.
ConflictCardDelegate::Layout cardLayout(const ConflictsView &view, const QModelIndex &proxyIndex)
{
    QStyleOptionViewItem option;
    option.initFrom(view.listView());
    option.rect = view.listView()->visualRect(proxyIndex);
    auto *delegate = qobject_cast<ConflictCardDelegate *>(view.listView()->itemDelegate());
    return delegate->layout(option, proxyIndex);
}

} // namespace

class TestConflictsView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_state;

private Q_SLOTS:
    void initTestCase()
    {
        // Staged work is saved as it changes: never in the user's state folder.
        QVERIFY(m_state.isValid());
        qputenv("SYNCDESK_STATE_DIR", QFile::encodeName(m_state.path()));
    }
    void modelAndProxyPassTheTester();
    void aHiddenPageFiltersOnceShown();
    void gateDisablesOptions_data();
    void gateDisablesOptions();
    void keyboardEndToEnd();
    void stagingAdvancesAndUndoReturns();
    void clickingAPaintedOptionStagesIt();
    void acceptRecommendationsOverTheFilter();
    void applyReadyWritesTheReadyAndKeepsTheRest();
    void bulkAcceptIsOneUndoStep();
    void pressingTheStagedOptionAgainUnstages();
    void oneRationaleForASelection();
    void nothingMovesUnderThePointer();
    void changedOnDiskIsRefusedOnTheCard();
    void backgroundApplyReportsEveryCard();
    void applyWaitsForTheCacheCheck();
    void stagedWorkIsRestoredOnceChecked();
    void actorSwitchKeepsStagingPerActor();
    void decidedCardShowsItsRecord();
    void reviseADecidedCardThroughThePanel();
    void confirmationNamesTheActor();
    void identityWarningFollowsTheSignedInUser();
    void noActorStagesNothing();
    void filters_data();
    void filters();
    void searchIsDebounced();
    void renamedActorAndDeviceReadTheSameEverywhere();
};

void TestConflictsView::modelAndProxyPassTheTester()
{
    ConflictsFixture fx;
    ConflictModel model;
    QAbstractItemModelTester sourceTester(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConflictFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setSession(&fx.session());
    model.setActor(kLocalUser);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(proxy.rowCount(), 5); // pending and not gated for her, by default

    // Most severe first, then oldest: the first card is blocking.
    QCOMPARE(
        proxy.index(0, 0).data(ConflictModel::SeverityRole).toString(), QStringLiteral("blocking"));
    for (int i = 1; i < proxy.rowCount(); ++i)
        QVERIFY(proxy.index(i - 1, 0).data(ConflictModel::SeverityRankRole).toInt()
            <= proxy.index(i, 0).data(ConflictModel::SeverityRankRole).toInt());

    const int row = model.rowOf(QStringLiteral("conflict:household-009"));
    QVERIFY(row >= 0);
    QVERIFY(model.stage(row, DecisionOption::Merge));
    QCOMPARE(model.stagedCount(DecisionOption::Merge), 1);
    proxy.setStateFilter(ConflictFilterProxy::StateFilter::All);
    QCOMPARE(proxy.rowCount(), 10);
    proxy.setText(QStringLiteral("receipts"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QString());
    model.setActor(QStringLiteral("actor:katherine-johnson"));
    QCOMPARE(model.stagedTotal(), 0); // one actor's choices are not another's
    model.setActor(kLocalUser);
    QCOMPARE(model.acceptRecommendations(proxy.sourceRows()), 5);

    // A reload keeps the staging, keyed by conflict id.
    fx.session().reload();
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.stagedTotal(), 5);
    QCOMPARE(model.stagedOption(model.rowOf(QStringLiteral("conflict:household-009"))),
        DecisionOption::Merge);
    // Roles the card paints answer for every row.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r);
        QVERIFY(!i.data(ConflictModel::ConflictIdRole).toString().isEmpty());
        QVERIFY(!i.data(Qt::AccessibleTextRole).toString().isEmpty());
        QCOMPARE(i.data(ConflictModel::OptionReasonsRole).toStringList().size(), 3);
    }
}

/// The page a shown window does not show puts off what only it shows: the
/// filter and the filter bar's counts ask every card for its gate verdicts
/// (~30 ms of adopting a 100k store). The pending count, the tray's and the
/// navigation's, is kept; once shown, the page is what it would have been.
void TestConflictsView::aHiddenPageFiltersOnceShown()
{
    ConflictsFixture fx;
    QWidget window;
    auto *pages = new QStackedWidget(&window);
    pages->addWidget(new QLabel(QStringLiteral("another page"), pages));
    auto *view = new ConflictsView(pages);
    pages->addWidget(view);
    (new QVBoxLayout(&window))->addWidget(pages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy pendingCount(view, &ConflictsView::pendingCountChanged);
    view->setSession(&fx.session());
    view->setActor(kLocalUser);
    QVERIFY(!view->isVisible());

    const ConflictModel *model = view->model();
    int pending = 0, gated = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        pending += model->isPending(row) ? 1 : 0;
        gated += model->isGated(row) ? 1 : 0;
    }
    QCOMPARE(model->rowCount(), 10);
    QVERIFY(gated > 0);
    QTRY_VERIFY(!pendingCount.isEmpty());
    QCOMPARE(pendingCount.last().at(0).toInt(), pending);
    // Not filtered yet: every card, none current, no counts on the buttons.
    QVERIFY(view->proxy()->isBehind());
    QCOMPARE(view->proxy()->rowCount(), 10);
    QCOMPARE(view->currentRow(), -1);
    auto button = [view](const char *startingWith) -> QString {
        for (const QToolButton *b : view->filterBar()->findChildren<QToolButton *>())
            if (b->text().startsWith(QLatin1String(startingWith)))
                return b->text();
        return QString();
    };
    QCOMPARE(button("Gated"), QStringLiteral("Gated (0)"));
    // A card asked for from elsewhere (the tray, a trail) is found as on a
    // page always shown: a gated one widens the Pending filter.
    QString gatedId;
    for (int row = 0; row < model->rowCount() && gatedId.isEmpty(); ++row)
        if (model->isGated(row))
            gatedId = model->conflictId(row);
    QVERIFY(view->selectConflict(gatedId));
    QCOMPARE(view->proxy()->stateFilter(), ConflictFilterProxy::StateFilter::All);
    QCOMPARE(currentId(*view), gatedId);
    view->filterBar()->setStateFilter(ConflictFilterProxy::StateFilter::Pending);
    view->listView()->setCurrentIndex({});

    pages->setCurrentWidget(view);
    QVERIFY(view->isVisible());
    QVERIFY(!view->proxy()->isBehind());
    QCOMPARE(view->proxy()->rowCount(), 5); // pending and not gated for her
    QCOMPARE(view->proxy()->rowCount(), pending - gated);
    // Most severe first, and the first card current, as on a page always shown.
    QCOMPARE(view->currentRow(), view->proxy()->mapToSource(view->proxy()->index(0, 0)).row());
    QCOMPARE(view->model()->index(view->currentRow()).data(ConflictModel::SeverityRole).toString(),
        QStringLiteral("blocking"));
    QCOMPARE(button("Gated"), QStringLiteral("Gated (%1)").arg(gated));
    QCOMPARE(button("All"), QStringLiteral("All (10)"));
    QCOMPARE(pendingCount.last().at(0).toInt(), pending);

    // Hidden again, a change is filtered as it comes once the page has caught up.
    pages->setCurrentIndex(0);
    view->filterBar()->setStateFilter(ConflictFilterProxy::StateFilter::All);
    QVERIFY(view->proxy()->isBehind());
    pages->setCurrentWidget(view);
    QCOMPARE(view->proxy()->rowCount(), 10);
    QVERIFY(!view->proxy()->isBehind());
}

void TestConflictsView::gateDisablesOptions_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("conflict");
    QTest::addColumn<int>("allowed"); // bit mask: merge 1, fork 2, skip 4
    QTest::addColumn<QString>("reason"); // in the gate's message for the first refused option
    QTest::addColumn<int>("refusal");

    QTest::newRow("may do everything")
        << kLocalUser << "conflict:household-009" << 7 << "" << int(Refusal::None);
    QTest::newRow("no merge capability")
        << "actor:katherine-johnson"
        << "conflict:household-009" << 6 << "lacks the 'merge' capability"
        << int(Refusal::CapabilityMissing);
    QTest::newRow("policy denies every option") << kLocalUser << "conflict:research-005" << 0
                                                << "denies changes" << int(Refusal::PolicyDenied);
    QTest::newRow("revoked actor")
        << "actor:radia-perlman"
        << "conflict:household-009" << 0 << "has been revoked" << int(Refusal::ActorRevoked);
    QTest::newRow("out of scope") << "actor:sofia-alvarez"
                                  << "conflict:household-009" << 0 << "may not act in workspace"
                                  << int(Refusal::ActorOutOfScope);
    QTest::newRow("decided card") << kLocalUser << "conflict:default-003" << 0
                                  << "no longer waiting" << int(Refusal::NotPending);
}

void TestConflictsView::gateDisablesOptions()
{
    QFETCH(QString, actor);
    QFETCH(QString, conflict);
    QFETCH(int, allowed);
    QFETCH(QString, reason);
    QFETCH(int, refusal);

    ConflictsFixture fx;
    ConflictsView view;
    view.setSession(&fx.session());
    view.setActor(actor);
    QVERIFY(view.selectConflict(conflict));
    const int row = view.currentRow();
    const QModelIndex card = view.model()->index(row);
    QCOMPARE(card.data(ConflictModel::AllowedOptionsRole).toInt(), allowed);
    const QStringList reasons = card.data(ConflictModel::OptionReasonsRole).toStringList();
    const QVariantList refusals = card.data(ConflictModel::OptionRefusalsRole).toList();
    for (int option = 0; option < 3; ++option) {
        const bool on = allowed & (1 << option);
        QCOMPARE(reasons.value(option).isEmpty(), on);
        if (on)
            continue;
        QCOMPARE(refusals.value(option).toInt(), refusal);
        QVERIFY2(reasons.value(option).contains(reason), qPrintable(reasons.value(option)));
        // A disabled option cannot be staged, by key or by API, and says why inline.
        QVERIFY(!view.stageCurrent(DecisionOption(option)));
        QCOMPARE(view.model()->stagedOption(row), DecisionOption::None);
        QVERIFY2(view.statusText().contains(reason), qPrintable(view.statusText()));
        QVERIFY(
            !ConflictCardDelegate::shortReason(Refusal(refusal), DecisionOption(option)).isEmpty());
    }
    if (refusal == int(Refusal::PolicyDenied))
        QCOMPARE(card.data(ConflictModel::PolicyEffectRole).toString(), QStringLiteral("deny"));
}

void TestConflictsView::keyboardEndToEnd()
{
    ConflictsFixture fx;
    const int journalBefore = int(fx.journalLines().size());
    const QStringList operationsBefore = fx.files(QStringLiteral("operations"));
    const QStringList tasksBefore = fx.files(QStringLiteral("tasks"));
    const QStringList evidenceBefore = fx.files(QStringLiteral("evidence"));

    ConflictsView view;
    view.setConfirmApply(false);
    view.setClock(fixedClock);
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    view.resize(1300, 860);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QListView *list = view.listView();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());

    // J down to the review_required card; it needs a rationale, so staging stays on it.
    const QString target = QStringLiteral("conflict:default-001");
    for (int i = 0; i < 10 && currentId(view) != target; ++i)
        QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(currentId(view), target);
    const int row = view.currentRow();
    QVERIFY(view.model()->rationaleRequired(row));

    QTest::keyClick(list, Qt::Key_F);
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Fork);
    QCOMPARE(currentId(view), target);
    QVERIFY(view.model()->rationaleMissing(row));
    QTest::keyClick(list, Qt::Key_U);
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::None);
    QCOMPARE(view.model()->stagedTotal(), 0);
    QTest::keyClick(list, Qt::Key_M);
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Merge);
    QCOMPARE(view.model()->stagedCount(DecisionOption::Merge), 1);

    // Ctrl+Return before the rationale: nothing is written, the reason is inline.
    QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(int(fx.journalLines().size()), journalBefore);
    QVERIFY(view.statusText().contains(QStringLiteral("rationale")));

    QTest::keyClick(list, Qt::Key_R);
    QTRY_VERIFY(view.rationaleEdit()->hasFocus());
    const QString why = QStringLiteral("Both edits are needed; merging keeps them.");
    QTest::keyClicks(view.rationaleEdit(), why);
    QCOMPARE(view.model()->rationale(row), why);
    QTest::keyClick(view.rationaleEdit(), Qt::Key_Return, Qt::ControlModifier);

    // The store: the conflict decided, an operation, task and evidence, one journal line.
    const QJsonObject card = fx.json(QStringLiteral("conflicts/conflict_default-001.json"))
                                 .value(QStringLiteral("decision_card"))
                                 .toObject();
    QCOMPARE(card.value(QStringLiteral("selected_option")).toString(), QStringLiteral("merge"));
    QCOMPARE(card.value(QStringLiteral("selected_by")).toString(), kLocalUser);
    QCOMPARE(card.value(QStringLiteral("selected_at")).toString(),
        QStringLiteral("2026-11-25T09:05:05Z"));
    QCOMPARE(card.value(QStringLiteral("rationale")).toString(), why);
    const QList<QByteArray> journal = fx.journalLines();
    QCOMPARE(int(journal.size()), journalBefore + 1);
    const QJsonObject line = QJsonDocument::fromJson(journal.last()).object();
    QCOMPARE(line.value(QStringLiteral("object_id")).toString(), target);
    const QJsonObject payload = line.value(QStringLiteral("payload")).toObject();
    QCOMPARE(payload.value(QStringLiteral("option")).toString(), QStringLiteral("merge"));

    QStringList newOps = fx.files(QStringLiteral("operations"));
    for (const QString &f : operationsBefore)
        newOps.removeAll(f);
    QCOMPARE(newOps.size(), 1);
    const QJsonObject op = fx.json(QStringLiteral("operations/") + newOps.first());
    QCOMPARE(op.value(QStringLiteral("operation_type")).toString(),
        QStringLiteral("sync.conflict.resolve"));
    QCOMPARE(op.value(QStringLiteral("conflict_ids")).toArray().first().toString(), target);
    QCOMPARE(op.value(QStringLiteral("actor_id")).toString(), kLocalUser);
    QCOMPARE(fx.files(QStringLiteral("tasks")).size(), tasksBefore.size() + 1);
    QStringList newEvidence = fx.files(QStringLiteral("evidence"));
    for (const QString &f : evidenceBefore)
        newEvidence.removeAll(f);
    QCOMPARE(newEvidence.size(), 1);
    const QString evidenceId = payload.value(QStringLiteral("evidence_id")).toString();
    QCOMPARE(newEvidence.first(), evidenceId + QStringLiteral(".json"));

    // The card: applied, decided by the acting actor, linked to the evidence just written,
    // and still in the pending list so the outcome can be read.
    const int after = view.model()->rowOf(target);
    const QModelIndex shown = view.model()->index(after);
    QCOMPARE(shown.data(ConflictModel::OutcomeRole).toInt(), int(Outcome::Applied));
    QCOMPARE(CardState(shown.data(ConflictModel::StateRole).toInt()), CardState::Decided);
    QCOMPARE(shown.data(ConflictModel::SelectedByRole).toString(), kLocalUser);
    QCOMPARE(shown.data(ConflictModel::EvidenceIdRole).toString(), evidenceId);
    QVERIFY(shown.data(ConflictModel::DecisionTextRole).toString().contains(why));
    QVERIFY(view.proxy()->mapFromSource(shown).isValid());
    QCOMPARE(view.model()->stagedTotal(), 0);
    QVERIFY(view.statusText().contains(QStringLiteral("Applied: 1")));

    QSignalSpy evidence(&view, &ConflictsView::evidenceActivated);
    QVERIFY(view.selectConflict(target));
    const QRect link = cardLayout(view, view.listView()->currentIndex()).evidence;
    QVERIFY(!link.isEmpty());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, link.center());
    QCOMPARE(evidence.size(), 1);
    QCOMPARE(evidence.first().first().toString(), evidenceId);
}

void TestConflictsView::stagingAdvancesAndUndoReturns()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QVERIFY(view.selectConflict(QStringLiteral("conflict:household-009")));
    view.listView()->setFocus();
    const int row = view.currentRow();
    // Skip is not the recommendation (merge): it needs words, so the card stays current.
    QTest::keyClick(view.listView(), Qt::Key_S);
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Skip);
    QVERIFY(view.model()->rationaleMissing(row));
    QCOMPARE(view.currentRow(), row);
    // The recommended merge needs none: on to the next pending card that has no choice yet.
    QTest::keyClick(view.listView(), Qt::Key_M);
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Merge);
    const int next = view.currentRow();
    QVERIFY(next != row);
    QVERIFY(view.model()->isPending(next));
    QCOMPARE(view.model()->stagedOption(next), DecisionOption::None);
    // U where nothing is staged undoes the last change and goes back to it: merge
    // becomes skip again, and a second U takes skip back too.
    QTest::keyClick(view.listView(), Qt::Key_U);
    QCOMPARE(view.currentRow(), row);
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Skip);
    QTest::keyClick(view.listView(), Qt::Key_U);
    QCOMPARE(view.currentRow(), row);
    QCOMPARE(view.model()->stagedTotal(), 0);
    // K and arrows move too.
    QTest::keyClick(view.listView(), Qt::Key_K);
    QVERIFY(view.currentRow() != row);
    QTest::keyClick(view.listView(), Qt::Key_Down);
    QCOMPARE(view.currentRow(), row);
}

void TestConflictsView::clickingAPaintedOptionStagesIt()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setSession(&fx.session());
    view.setActor(QStringLiteral("actor:katherine-johnson"));
    view.resize(1300, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.selectConflict(QStringLiteral("conflict:household-009")));
    const int row = view.currentRow();
    const QModelIndex index = view.listView()->currentIndex();
    view.listView()->scrollTo(index, QAbstractItemView::PositionAtTop);
    const auto layout = cardLayout(view, index);
    QWidget *viewport = view.listView()->viewport();

    // Merge is drawn disabled for her: a click stages nothing and says why, as M does.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, layout.buttons[0].center());
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::None);
    QVERIFY2(view.statusText().contains(QStringLiteral("lacks the 'merge' capability")),
        qPrintable(view.statusText()));
    QTest::mouseClick(viewport, Qt::LeftButton, {}, layout.buttons[1].center());
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Fork);
    // Clicking the staged option again takes it back.
    QVERIFY(view.selectConflict(QStringLiteral("conflict:household-009")));
    view.listView()->scrollTo(view.listView()->currentIndex(), QAbstractItemView::PositionAtTop);
    const auto again = cardLayout(view, view.listView()->currentIndex());
    QTest::mouseClick(viewport, Qt::LeftButton, {}, again.buttons[1].center());
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::None);
}

void TestConflictsView::acceptRecommendationsOverTheFilter()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setConfirmApply(false);
    view.setSession(&fx.session());
    view.setActor(QStringLiteral("actor:katherine-johnson"));
    view.filterBar()->setWorkspace(QStringLiteral("workspace:household"));
    QCOMPARE(view.proxy()->rowCount(), 2); // household-004 (skip), household-009 (merge)
    // Her gate forbids merge: only the skip recommendation is staged.
    QCOMPARE(view.acceptRecommendations(), 1);
    QCOMPARE(view.model()->stagedCount(DecisionOption::Skip), 1);
    QVERIFY(view.statusText().contains(QStringLiteral("gate")));

    view.setActor(kLocalUser);
    QCOMPARE(view.acceptRecommendations(), 2);
    QCOMPARE(view.model()->stagedCount(DecisionOption::Merge), 1);
    QCOMPARE(view.model()->stagedCount(DecisionOption::Skip), 1);

    // On a selection of two or more cards, only those.
    view.clearStaged();
    view.filterBar()->setWorkspace(QString());
    view.listView()->selectionModel()->select(
        view.proxy()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    view.listView()->selectionModel()->select(
        view.proxy()->index(2, 0), QItemSelectionModel::Select);
    const int onSelection = view.acceptRecommendations();
    QVERIFY(onSelection >= 1 && onSelection <= 2);
    QCOMPARE(view.model()->stagedTotal(), onSelection);

    view.clearStaged();
    view.filterBar()->setWorkspace(QStringLiteral("workspace:household"));
    QCOMPARE(view.acceptRecommendations(), 2);
    const int journalBefore = int(fx.journalLines().size());
    view.apply();
    QCOMPARE(int(fx.journalLines().size()), journalBefore + 2);
    QCOMPARE(fx.json(QStringLiteral("conflicts/conflict_household-004.json"))
                 .value(QStringLiteral("decision_card"))
                 .toObject()
                 .value(QStringLiteral("selected_option"))
                 .toString(),
        QStringLiteral("skip"));
}

void TestConflictsView::applyReadyWritesTheReadyAndKeepsTheRest()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setConfirmApply(false);
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    const QString c001 = QStringLiteral("conflict:default-001"); // review_required
    const QString c010 = QStringLiteral("conflict:default-010"); // blocking
    const QString c004 = QStringLiteral("conflict:household-004"); // info
    const QString c009 = QStringLiteral("conflict:household-009"); // warning
    const QString c007 = QStringLiteral("conflict:research-007"); // review_required
    ConflictModel *model = view.model();
    // Everything pending she may decide: five recommendations staged at once.
    QCOMPARE(view.acceptRecommendations(), 5);
    model->setRationale(model->rowOf(c010), QStringLiteral("Blocking; the fork keeps both."));
    // The daemon rewrites household-009 after it was staged.
    const QString rel = QStringLiteral("conflicts/conflict_household-009.json");
    QByteArray bytes = fx.read(rel);
    bytes.replace("can probably be combined", "were edited again");
    fx.write(rel, bytes);
    fx.session().reload();
    QCOMPARE(model->stagedTotal(), 5);
    QCOMPARE(model->readyCount(), 2);

    const int journalBefore = int(fx.journalLines().size());
    view.apply();
    // The ready two are written; the rest stay staged, each saying why.
    QCOMPARE(int(fx.journalLines().size()), journalBefore + 2);
    for (const QString &id : { c010, c004 }) {
        const QModelIndex card = model->index(model->rowOf(id));
        QCOMPARE(card.data(ConflictModel::OutcomeRole).toInt(), int(Outcome::Applied));
        QCOMPARE(CardState(card.data(ConflictModel::StateRole).toInt()), CardState::Decided);
    }
    QCOMPARE(model->stagedTotal(), 3);
    for (const QString &id : { c001, c007 }) {
        const QModelIndex card = model->index(model->rowOf(id));
        QCOMPARE(card.data(ConflictModel::ReadinessRole).toInt(),
            int(ConflictModel::Readiness::NeedsRationale));
        QCOMPARE(card.data(ConflictModel::ReadinessTextRole).toString(),
            QStringLiteral("Needs a rationale"));
    }
    const QModelIndex stale = model->index(model->rowOf(c009));
    QCOMPARE(stale.data(ConflictModel::StagedOptionRole).toInt(), int(DecisionOption::Merge));
    QCOMPARE(stale.data(ConflictModel::ReadinessTextRole).toString(),
        QStringLiteral("Stale: the conflict changed after you staged it"));
    QCOMPARE(stale.data(ConflictModel::StaleReasonRole).toString(),
        QStringLiteral("Stale: the conflict changed after you staged it"));
    QVERIFY2(
        view.statusText().contains(QStringLiteral("Applied: 2")), qPrintable(view.statusText()));
    QVERIFY2(view.statusText().contains(QStringLiteral("needing a rationale: 2, stale: 1")),
        qPrintable(view.statusText()));

    // Nothing ready: nothing written, the first card kept back is selected.
    const QByteArray journal = fx.read(QStringLiteral("journal.jsonl"));
    view.apply();
    QCOMPARE(fx.read(QStringLiteral("journal.jsonl")), journal);
    QVERIFY(view.statusText().contains(QStringLiteral("no staged decision is ready")));
    QVERIFY(model->readiness(view.currentRow()) != ConflictModel::Readiness::Ready);

    // Words and a second look finish the triage.
    model->setRationale(model->rowOf(c001), QStringLiteral("Reviewed."));
    model->setRationale(model->rowOf(c007), QStringLiteral("Reviewed."));
    QVERIFY(view.selectConflict(c009));
    QVERIFY(view.stageCurrent(DecisionOption::Merge)); // confirms the stale one
    QCOMPARE(model->stagedOption(model->rowOf(c009)), DecisionOption::Merge);
    QCOMPARE(model->readyCount(), 3);
    view.apply();
    QCOMPARE(int(fx.journalLines().size()), journalBefore + 5);
    QCOMPARE(model->stagedTotal(), 0);
}

void TestConflictsView::bulkAcceptIsOneUndoStep()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    ConflictModel *model = view.model();
    const int row = model->rowOf(QStringLiteral("conflict:household-009"));
    QVERIFY(view.selectConflict(QStringLiteral("conflict:household-009")));
    QVERIFY(view.stageCurrent(DecisionOption::Skip));
    view.listView()->clearSelection();
    QCOMPARE(view.acceptRecommendations(), 5);
    QCOMPARE(model->stagedTotal(), 5);
    QCOMPARE(model->stagedOption(row), DecisionOption::Merge);
    auto *undo = view.findChild<QPushButton *>(QStringLiteral("undo"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    // One undo takes the whole bulk accept back, to what was staged before it,
    // as one change (one signal, one save of the staged work, whatever the count).
    QSignalSpy changes(model, &ConflictModel::stagingChanged);
    view.undo();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model->stagedTotal(), 1);
    QCOMPARE(model->stagedOption(row), DecisionOption::Skip);
    view.undo();
    QCOMPARE(model->stagedTotal(), 0);
}

void TestConflictsView::pressingTheStagedOptionAgainUnstages()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    const QString id = QStringLiteral("conflict:household-009");
    QVERIFY(view.selectConflict(id));
    const int row = view.currentRow();
    view.listView()->setFocus();
    QTest::keyClick(view.listView(), Qt::Key_M);
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Merge);
    QVERIFY(view.selectConflict(id));
    QTest::keyClick(view.listView(), Qt::Key_M);
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::None);
    QCOMPARE(view.model()->stagedTotal(), 0);
    // Unstaging is a step like any other: undo brings the choice back.
    QTest::keyClick(view.listView(), Qt::Key_U);
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Merge);
    // Another option replaces the staged one.
    QVERIFY(view.selectConflict(id));
    QTest::keyClick(view.listView(), Qt::Key_S);
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Skip);
}

void TestConflictsView::oneRationaleForASelection()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    ConflictModel *model = view.model();
    QCOMPARE(view.acceptRecommendations(), 5);
    QCOMPARE(model->readyCount(), 2);
    view.filterBar()->setStateFilter(ConflictFilterProxy::StateFilter::NeedsRationale);
    QCOMPARE(view.proxy()->rowCount(), 3);
    view.listView()->selectAll();
    const QString why = QStringLiteral("Reviewed with the team on Monday.");
    QCOMPARE(view.setRationaleForSelection(why), 3);
    QCOMPARE(model->readyCount(), 5);
    for (const Decision &d : model->stagedDecisions())
        if (model->rationaleRequired(model->rowOf(d.conflictId)))
            QCOMPARE(d.rationale, why);
    // The filter keeps the cards worked on; chosen again, it is empty.
    QCOMPARE(view.proxy()->rowCount(), 3);
    view.filterBar()->setStateFilter(ConflictFilterProxy::StateFilter::NeedsRationale);
    QCOMPARE(view.proxy()->rowCount(), 0);
}

void TestConflictsView::nothingMovesUnderThePointer()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    view.resize(1300, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(100); // counts and the layout they reserve, as a store is first shown
    const auto places = [&] {
        QList<QRect> rects;
        for (const char *name : { "accept", "undo", "clear", "apply" }) {
            auto *b = view.findChild<QPushButton *>(QLatin1String(name));
            rects << (b ? QRect(b->mapTo(&view, QPoint(0, 0)), b->size()) : QRect());
        }
        for (QToolButton *b : view.filterBar()->findChildren<QToolButton *>())
            rects << QRect(b->mapTo(&view, QPoint(0, 0)), b->size());
        rects << QRect(view.listView()->mapTo(&view, QPoint(0, 0)), view.listView()->size());
        return rects;
    };
    const QList<QRect> before = places();
    QVERIFY(!before.contains(QRect()));
    // A card that needs words (the panel's warning appears), a message, new counts.
    QVERIFY(view.selectConflict(QStringLiteral("conflict:default-001")));
    QVERIFY(view.stageCurrent(DecisionOption::Fork));
    QVERIFY(view.model()->rationaleMissing(view.currentRow()));
    view.apply();
    QVERIFY(!view.statusText().isEmpty());
    QTest::qWait(100);
    QCOMPARE(places(), before);
    view.clearStaged();
    QTest::qWait(100);
    QCOMPARE(places(), before);

    // Counts that grow a digit (9 staged, then 10) keep every filter button in place.
    ConflictFilterBar::Counts counts;
    counts.all = counts.pending = 5000;
    counts.staged = 9;
    view.filterBar()->setCounts(counts);
    QTest::qWait(50);
    const QList<QRect> nine = places();
    counts.staged = 10;
    counts.ready = 10;
    view.filterBar()->setCounts(counts);
    QTest::qWait(50);
    QCOMPARE(places(), nine);
}

void TestConflictsView::changedOnDiskIsRefusedOnTheCard()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setConfirmApply(false);
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    QVERIFY(view.selectConflict(QStringLiteral("conflict:household-009")));
    QVERIFY(view.stageCurrent(DecisionOption::Merge));

    // The daemon rewrites the conflict after it was shown (the session is not watching).
    const QString rel = QStringLiteral("conflicts/conflict_household-009.json");
    QByteArray bytes = fx.read(rel);
    bytes.replace("can probably be combined", "were edited again");
    QVERIFY(bytes != fx.read(rel));
    fx.write(rel, bytes);

    view.apply();
    const int row = view.model()->rowOf(QStringLiteral("conflict:household-009"));
    const QModelIndex card = view.model()->index(row);
    QCOMPARE(card.data(ConflictModel::OutcomeRole).toInt(), int(Outcome::Refused));
    QCOMPARE(
        card.data(ConflictModel::OutcomeCodeRole).toString(), QStringLiteral("changed_on_disk"));
    QVERIFY(!card.data(ConflictModel::OutcomeMessageRole).toString().isEmpty());
    QVERIFY(view.statusText().contains(QStringLiteral("Refused: 1")));
    // Nothing written, the choice still staged, the card now shows what is on disk.
    QCOMPARE(fx.read(rel), bytes);
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Merge);
    QVERIFY(card.data(ConflictModel::ExplanationRole).toString().contains("edited again"));
    // The choice was made on another version: stale, and not applied until looked at again.
    QCOMPARE(view.model()->readiness(row), ConflictModel::Readiness::Stale);
    view.apply();
    QCOMPARE(fx.read(rel), bytes);
    QVERIFY(view.statusText().contains(QStringLiteral("stale: 1")));
    QVERIFY(view.selectConflict(QStringLiteral("conflict:household-009")));
    QVERIFY(view.stageCurrent(DecisionOption::Merge)); // M again: keep it for this version
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Merge);
    view.apply();
    QCOMPARE(card.data(ConflictModel::OutcomeRole).toInt(), int(Outcome::Applied));
}

/// A store shown from the load cache before its files were looked at
/// (StoreSession::isChecking()) takes no decision: a card may show a file as
/// it was while Sync Desk was closed.
void TestConflictsView::applyWaitsForTheCacheCheck()
{
    ConflictsFixture fx;
    QTemporaryDir cache;
    StoreOpenOptions options;
    options.cacheDirectory = cache.path();
    StoreLoader::setRacyWindowNs(50'000'000);
    const auto restore = qScopeGuard([] { StoreLoader::setRacyWindowNs(2'000'000'000); });
    QThread::msleep(80);
    Store::open(fx.root(), options);
    LoadCache::waitForSaves();
    QThread::msleep(80);

    ConflictsView view;
    view.setConfirmApply(false);
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    // The window picks the actor once checked: no prompt to choose one before.
    ConflictsView noActor;
    noActor.setSession(&fx.session());
    const QPushButton *choose = noActor.findChild<DecisionPanel *>()->chooseActorButton();
    // Staged on the store as read before, and kept when it is opened again.
    view.filterBar()->setWorkspace(QStringLiteral("workspace:household"));
    QCOMPARE(view.acceptRecommendations(), 2);
    options.deferCacheCheck = true;
    fx.session().open(fx.root(), options);
    QVERIFY(fx.session().isChecking());
    QVERIFY(view.isChecking());
    QVERIFY(choose->isHidden());
    QCOMPARE(view.model()->stagedTotal(), 2);
    // Nothing more is staged: the staging kept for the store waits for the check,
    // and says so; words typed now would not be kept, so none can be.
    const QString waits = QStringLiteral("staging waits");
    QVERIFY(!view.statusText().contains(waits));
    QVERIFY(view.currentRow() >= 0);
    QVERIFY(!view.stageCurrent(DecisionOption::Fork));
    QVERIFY2(view.statusText().contains(waits), qPrintable(view.statusText()));
    QCOMPARE(view.acceptRecommendations(), 0);
    view.undo();
    QCOMPARE(view.model()->stagedTotal(), 2);
    QVERIFY(!view.rationaleEdit()->isEnabled());
    auto *apply = view.findChild<QPushButton *>(QStringLiteral("apply"));
    QVERIFY(apply);
    QVERIFY(!apply->isEnabled());
    QCOMPARE(apply->toolTip(), DecisionPanel::checkingText());
    const qsizetype journalBefore = fx.journalLines().size();
    view.apply(); // as Ctrl+Return would
    QCOMPARE(fx.journalLines().size(), journalBefore);
    QVERIFY(!view.isApplying());

    QTRY_VERIFY(!fx.session().isChecking());
    QVERIFY(!choose->isHidden());
    QCOMPARE(view.model()->stagedTotal(), 2);
    QVERIFY(view.rationaleEdit()->isEnabled());
    QVERIFY(apply->isEnabled());
    QVERIFY(apply->toolTip() != DecisionPanel::checkingText());
    view.apply();
    QCOMPARE(fx.journalLines().size(), journalBefore + 2);
}

/// Staged work kept between runs is restored against checked records only:
/// judged against the cache's, a choice the store now allows would be dropped
/// and the file saved without it.
void TestConflictsView::stagedWorkIsRestoredOnceChecked()
{
    ConflictsFixture fx;
    const QString rel = QStringLiteral("conflicts/conflict_household-004.json");
    const QByteArray offered = fx.read(rel);
    QVERIFY(offered.contains("\"fork\""));
    QByteArray notOffered = offered;
    QVERIFY(notOffered.replace("\"fork\",", "").size() < offered.size());
    QTemporaryDir cache;
    StoreOpenOptions options;
    options.cacheDirectory = cache.path();
    StoreLoader::setRacyWindowNs(50'000'000);
    const auto restore = qScopeGuard([] { StoreLoader::setRacyWindowNs(2'000'000'000); });
    // The cache was saved when fork was not offered; it is now.
    fx.write(rel, notOffered);
    QThread::msleep(80);
    Store::open(fx.root(), options);
    LoadCache::waitForSaves();
    fx.write(rel, offered);
    QThread::msleep(80);
    {
        ConflictsView view;
        view.setSession(&fx.session());
        view.setActor(kLocalUser);
        fx.session().open(fx.root());
        const int row = view.model()->rowOf(QStringLiteral("conflict:household-004"));
        QVERIFY(row >= 0);
        QVERIFY(view.model()->stage(row, DecisionOption::Fork, QStringLiteral("both matter")));
        view.model()->flushStagedWork();
    }

    // Sync Desk again, the store shown from the cache.
    StoreSession session;
    ConflictsView view;
    view.setSession(&session);
    view.setActor(kLocalUser);
    options.deferCacheCheck = true;
    session.open(fx.root(), options);
    QVERIFY(session.isChecking());
    const int row = view.model()->rowOf(QStringLiteral("conflict:household-004"));
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::None);
    QTRY_VERIFY(!session.isChecking());
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Fork);
    QCOMPARE(view.model()->index(row).data(ConflictModel::RationaleRole).toString(),
        QStringLiteral("both matter"));
}

void TestConflictsView::backgroundApplyReportsEveryCard()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setConfirmApply(false);
    view.setBackgroundThreshold(0); // even two decisions go to the worker
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    view.filterBar()->setWorkspace(QStringLiteral("workspace:household"));
    QCOMPARE(view.acceptRecommendations(), 2);
    QSignalSpy finished(&view, &ConflictsView::applyFinished);
    view.apply();
    QVERIFY(view.isApplying());
    QVERIFY(!view.stageCurrent(DecisionOption::Fork)); // staging waits for the batch
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QVERIFY(!view.isApplying());
    for (const char *id : { "conflict:household-004", "conflict:household-009" }) {
        const QModelIndex card = view.model()->index(view.model()->rowOf(QString::fromLatin1(id)));
        QCOMPARE(card.data(ConflictModel::OutcomeRole).toInt(), int(Outcome::Applied));
        QCOMPARE(CardState(card.data(ConflictModel::StateRole).toInt()), CardState::Decided);
    }
}

void TestConflictsView::filters_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("hiddenSeverities");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");

    using S = ConflictFilterProxy::StateFilter;
    // Pending leaves out research-002 and research-005: the gate refuses her every option.
    QTest::newRow("pending") << int(S::Pending) << QStringList() << ""
                             << "" << 5;
    QTest::newRow("gated") << int(S::Gated) << QStringList() << ""
                           << "" << 2;
    QTest::newRow("decided") << int(S::Decided) << QStringList() << ""
                             << "" << 3;
    QTest::newRow("all") << int(S::All) << QStringList() << ""
                         << "" << 10;
    QTest::newRow("pending, no info") << int(S::Pending) << QStringList { "info" } << ""
                                      << "" << 4;
    QTest::newRow("only blocking")
        << int(S::All) << QStringList { "review_required", "warning", "info" } << ""
        << "" << 3;
    QTest::newRow("research") << int(S::All) << QStringList() << "workspace:research"
                              << "" << 4;
    QTest::newRow("text, two words") << int(S::All) << QStringList() << ""
                                     << "recipe KATHERINE" << 1;
    QTest::newRow("text by device name") << int(S::All) << QStringList() << ""
                                         << "build server" << 4;
    QTest::newRow("nothing") << int(S::All) << QStringList() << ""
                             << "no-such-thing" << 0;
}

void TestConflictsView::filters()
{
    QFETCH(int, state);
    QFETCH(QStringList, hiddenSeverities);
    QFETCH(QString, workspace);
    QFETCH(QString, text);
    QFETCH(int, count);

    ConflictsFixture fx;
    ConflictsView view;
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    ConflictFilterBar *bar = view.filterBar();
    bar->setStateFilter(ConflictFilterProxy::StateFilter(state));
    for (const QString &s : hiddenSeverities)
        bar->setSeverityShown(s, false);
    bar->setWorkspace(workspace);
    bar->setSearchText(text);
    bar->flushSearch();
    QCOMPARE(view.proxy()->rowCount(), count);
    for (int i = 0; i < view.proxy()->rowCount(); ++i) {
        const QModelIndex card = view.proxy()->index(i, 0);
        QVERIFY(!hiddenSeverities.contains(card.data(ConflictModel::SeverityRole).toString()));
        if (!workspace.isEmpty())
            QCOMPARE(card.data(ConflictModel::WorkspaceRole).toString(), workspace);
    }
}

void TestConflictsView::searchIsDebounced()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setSession(&fx.session());
    view.filterBar()->setStateFilter(ConflictFilterProxy::StateFilter::All);
    QTest::keyClicks(view.filterBar()->searchField(), QStringLiteral("receipts"));
    QCOMPARE(view.proxy()->rowCount(), 10); // not yet: typing goes on
    QTRY_COMPARE(view.proxy()->rowCount(), 1);
}

void TestConflictsView::renamedActorAndDeviceReadTheSameEverywhere()
{
    ConflictsFixture fx;
    ConflictModel model;
    model.setSession(&fx.session());
    const auto rowOf = [&](const QString &id) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row).data(ConflictModel::ConflictIdRole).toString() == id)
                return row;
        return -1;
    };
    // Katherine Johnson decided research-008; default-001 was changed on the build server.
    const int decided = rowOf(QStringLiteral("conflict:research-008"));
    const int changed = rowOf(QStringLiteral("conflict:default-001"));
    QVERIFY(decided >= 0 && changed >= 0);
    const auto text = [&](int row, int role) { return model.index(row).data(role).toString(); };
    // Shown (and so built) before the renames, as a card on screen would be.
    QVERIFY(text(decided, ConflictModel::DecisionTextRole).contains(u"Katherine Johnson"));
    QVERIFY(text(changed, ConflictModel::ChangedByTextRole).contains(u"Build Server"));
    QVERIFY(text(changed, ConflictModel::SearchTextRole).contains(u"build server"));

    const auto rename = [&](const QString &rel, const QByteArray &from, const QByteArray &to) {
        QByteArray bytes = fx.read(rel);
        QVERIFY(bytes.contains(from));
        bytes.replace(from, to);
        fx.write(rel, bytes);
        fx.session().refresh({ rel });
    };
    rename(QStringLiteral("actors/actor_katherine-johnson.json"),
        "\"display_name\": \"Katherine Johnson\"", "\"display_name\": \"Katherine G. Johnson\"");
    QVERIFY(text(decided, ConflictModel::DecisionTextRole).contains(u"Katherine G. Johnson"));
    rename(QStringLiteral("devices/device_build-server.json"), "\"display_name\": \"Build Server\"",
        "\"display_name\": \"Rack Seven\"");
    QVERIFY(text(changed, ConflictModel::ChangedByTextRole).contains(u"Rack Seven"));
    QVERIFY(text(changed, ConflictModel::SearchTextRole).contains(u"rack seven"));
    QVERIFY(!text(changed, ConflictModel::SearchTextRole).contains(u"build server"));
}

QTEST_MAIN(TestConflictsView)
void TestConflictsView::actorSwitchKeepsStagingPerActor()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setConfirmApply(false);
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    ConflictModel *model = view.model();
    // Local User stages merge on household-009 with her words, typed in the editor.
    QVERIFY(view.selectConflict(QStringLiteral("conflict:household-009")));
    const int row = view.currentRow();
    QVERIFY(model->stage(row, DecisionOption::Merge));
    view.rationaleEdit()->setFocus();
    QTRY_VERIFY(view.rationaleEdit()->hasFocus());
    const QString hers = QStringLiteral("Local User's own reason.");
    QTest::keyClicks(view.rationaleEdit(), hers);
    QCOMPARE(model->rationale(row), hers);
    QCOMPARE(model->stagedTotal(), 1);

    // Katherine acts: nothing of Local User's is hers, not the choice, not the words,
    // not even in the focused editor.
    const QString katherine = QStringLiteral("actor:katherine-johnson");
    view.setActor(katherine);
    QCOMPARE(model->stagedTotal(), 0);
    QCOMPARE(model->stagedOption(row), DecisionOption::None);
    QCOMPARE(model->rationale(row), QString());
    QCOMPARE(view.rationaleEdit()->toPlainText(), QString());
    QCOMPARE(model->stagedTotalFor(kLocalUser), 1);
    QCOMPARE(model->actorsWithStagedWork(), QStringList { kLocalUser });
    // Her own choice (merge is not hers to make) carries no one else's words.
    QVERIFY(view.selectConflict(QStringLiteral("conflict:household-009")));
    QVERIFY(model->stage(row, DecisionOption::Fork));
    QVERIFY(model->rationaleMissing(row)); // fork is not the recommendation
    const QList<Decision> decisions = model->stagedDecisions();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions[0].actorId, katherine);
    QCOMPARE(decisions[0].rationale, QString());
    QCOMPARE(model->actorsWithStagedWork(), (QStringList { katherine, kLocalUser }));

    // Back to Local User: her choice and her words, as she left them.
    view.setActor(kLocalUser);
    QCOMPARE(model->stagedOption(row), DecisionOption::Merge);
    QCOMPARE(model->rationale(row), hers);
    QCOMPARE(view.rationaleEdit()->toPlainText(), hers);
    QCOMPARE(model->stagedTotalFor(katherine), 1);
    // Clearing is the acting actor's own.
    view.clearStaged();
    QCOMPARE(model->stagedTotal(), 0);
    QCOMPARE(model->stagedTotalFor(katherine), 1);
}

void TestConflictsView::decidedCardShowsItsRecord()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setConfirmApply(false);
    view.setClock(fixedClock);
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ConflictModel *model = view.model();
    // household-004 (info) recommends skip: accepted without words.
    const QString id = QStringLiteral("conflict:household-004");
    QVERIFY(view.selectConflict(id));
    QVERIFY(model->stage(view.currentRow(), DecisionOption::Skip));
    QCOMPARE(model->stagedDecisions().value(0).rationale, QString());
    view.apply();
    QVERIFY(view.statusText().contains(QStringLiteral("Applied: 1")));

    const QString reason = QStringLiteral(
        "The incoming change only touches details; keeping the object as it is loses no content.");
    const QString words = QStringLiteral("Accepted the recommendation: ") + reason;
    QCOMPARE(fx.json(QStringLiteral("conflicts/conflict_household-004.json"))
                 .value(QStringLiteral("decision_card"))
                 .toObject()
                 .value(QStringLiteral("rationale"))
                 .toString(),
        words);
    const QModelIndex card = model->index(model->rowOf(id));
    QCOMPARE(CardState(card.data(ConflictModel::StateRole).toInt()), CardState::Decided);
    QVERIFY(card.data(ConflictModel::DecidedByTextRole).toString().contains(kLocalUser));
    QVERIFY(!card.data(ConflictModel::DecidedAtTextRole).toString().isEmpty());
    QCOMPARE(
        DecisionOption(card.data(ConflictModel::SelectedOptionRole).toInt()), DecisionOption::Skip);
    QCOMPARE(card.data(ConflictModel::DecisionRationaleRole).toString(), words);
    QCOMPARE(DecisionOption(card.data(ConflictModel::RecommendedOptionRole).toInt()),
        DecisionOption::Skip);
    // The daemon's original reason, from the evidence's conflict_before.
    QCOMPARE(card.data(ConflictModel::RecommendationTextRole).toString(), reason);
    QVERIFY(card.data(ConflictModel::DecidedOnTextRole)
                .toString()
                .contains(view.model()->signedInUser()));

    // The side panel shows that record read-only, not an empty editor.
    QVERIFY(view.selectConflict(id));
    auto *panel = view.findChild<DecisionPanel *>();
    QVERIFY(panel);
    QVERIFY(!view.rationaleEdit()->isVisible());
    QVERIFY(panel->recordLabel()->isVisible());
    const QString record = panel->recordLabel()->text();
    QVERIFY2(record.contains(words), qPrintable(record));
    QVERIFY(record.contains(kLocalUser));
    QVERIFY(record.contains(QStringLiteral("Its reason: ") + reason));
    // A pending card shows the editor again.
    QVERIFY(view.selectConflict(QStringLiteral("conflict:household-009")));
    QVERIFY(view.rationaleEdit()->isVisible());
    QVERIFY(!panel->recordLabel()->isVisible());
}

void TestConflictsView::reviseADecidedCardThroughThePanel()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setConfirmApply(false);
    view.setClock(fixedClock);
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ConflictModel *model = view.model();
    auto *panel = view.findChild<DecisionPanel *>();
    QVERIFY(panel);
    // household-004 recommends skip: decided first, without words.
    const QString id = QStringLiteral("conflict:household-004");
    QVERIFY(view.selectConflict(id));
    QVERIFY(!panel->reviseButton()->isVisible()); // pending: nothing to revise
    QVERIFY(model->stage(view.currentRow(), DecisionOption::Skip));
    view.apply();
    QVERIFY(view.statusText().contains(QStringLiteral("Applied: 1")));
    int row = model->rowOf(id);
    const QString first = model->index(row).data(ConflictModel::EvidenceIdRole).toString();
    QVERIFY(!first.isEmpty());
    const QString firstFile = QStringLiteral("evidence/") + first + QStringLiteral(".json");
    const QByteArray firstBytes = fx.read(firstFile);
    const int journalBefore = int(fx.journalLines().size());

    // Decided: no choice without revise mode.
    QVERIFY(view.selectConflict(id));
    row = view.currentRow();
    QVERIFY(!model->stage(row, DecisionOption::Fork));
    QVERIFY(panel->reviseButton()->isVisible());
    QVERIFY(!view.rationaleEdit()->isVisible());
    QTest::mouseClick(panel->reviseButton(), Qt::LeftButton);
    QVERIFY(model->isRevising(row));
    QVERIFY(model->index(row).data(ConflictModel::RevisingRole).toBool());
    QVERIFY(view.rationaleEdit()->isVisible());
    QCOMPARE(view.rationaleEdit()->toPlainText(), QString()); // never the earlier words
    QCOMPARE(panel->reviseButton()->text(), QStringLiteral("Cancel revision"));

    // Even the recommended option needs words in a revision.
    QVERIFY(model->stage(row, DecisionOption::Skip));
    QCOMPARE(ConflictModel::Readiness(model->index(row).data(ConflictModel::ReadinessRole).toInt()),
        ConflictModel::Readiness::NeedsRationale);
    QVERIFY(model->stage(row, DecisionOption::Fork));
    QVERIFY(model->rationaleMissing(row));
    view.apply();
    QCOMPARE(int(fx.journalLines().size()), journalBefore); // nothing written without words
    const QString why = QStringLiteral("The details mattered after all: keep both.");
    QTest::keyClicks(view.rationaleEdit(), why);
    QCOMPARE(model->rationale(row), why);
    QCOMPARE(model->stagedDecisions().value(0).revise, true);
    view.apply();
    QVERIFY2(
        view.statusText().contains(QStringLiteral("Applied: 1")), qPrintable(view.statusText()));

    // The store: two envelopes, chained; the first one untouched.
    QCOMPARE(int(fx.journalLines().size()), journalBefore + 1);
    QCOMPARE(fx.read(firstFile), firstBytes);
    const QJsonObject card = fx.json(QStringLiteral("conflicts/conflict_household-004.json"))
                                 .value(QStringLiteral("decision_card"))
                                 .toObject();
    QCOMPARE(card.value(QStringLiteral("selected_option")).toString(), QStringLiteral("fork"));
    QCOMPARE(card.value(QStringLiteral("rationale")).toString(), why);
    const QJsonObject payload = QJsonDocument::fromJson(fx.journalLines().last())
                                    .object()
                                    .value(QStringLiteral("payload"))
                                    .toObject();
    const QString second = payload.value(QStringLiteral("evidence_id")).toString();
    QVERIFY(second != first);
    const QJsonObject artifact
        = fx.json(QStringLiteral("evidence/") + second + QStringLiteral(".json"))
              .value(QStringLiteral("artifact"))
              .toObject();
    QCOMPARE(artifact.value(QStringLiteral("supersedes")).toString(), first);
    // The card leaves revise mode once written, and shows the revision: its
    // envelope, and the daemon's reason from the first decision's envelope.
    row = model->rowOf(id);
    QVERIFY(!model->isRevising(row));
    QCOMPARE(model->stagedTotal(), 0);
    const QModelIndex revised = model->index(row);
    QCOMPARE(revised.data(ConflictModel::EvidenceIdRole).toString(), second);
    QCOMPARE(revised.data(ConflictModel::DecisionRationaleRole).toString(), why);
    QCOMPARE(revised.data(ConflictModel::RecommendationTextRole).toString(),
        QStringLiteral("The incoming change only touches details; keeping the object as it is "
                       "loses no content."));
}

void TestConflictsView::confirmationNamesTheActor()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    view.model()->setSignedInUser(QStringLiteral("someone-else"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.selectConflict(QStringLiteral("conflict:household-004")));
    QVERIFY(view.model()->stage(view.currentRow(), DecisionOption::Skip));
    const QByteArray journal = fx.read(QStringLiteral("journal.jsonl"));
    QString text, informative;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &view, [&] {
        auto *box = view.findChild<QMessageBox *>();
        if (!box || !box->isVisible())
            return;
        text = box->text();
        informative = box->informativeText();
        box->reject();
    });
    poll.start();
    view.apply();
    QCOMPARE(text, QStringLiteral("Write 1 decision as Ada Lovelace (actor:local-user)?"));
    // The identity warning is in the confirmation too.
    QVERIFY2(informative.contains(QStringLiteral("someone-else")), qPrintable(informative));
    QCOMPARE(fx.read(QStringLiteral("journal.jsonl")), journal); // cancelled
}

void TestConflictsView::identityWarningFollowsTheSignedInUser()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setSession(&fx.session());
    view.setActor(kLocalUser); // identity:local-user
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *panel = view.findChild<DecisionPanel *>();
    QVERIFY(panel);
    view.model()->setSignedInUser(QStringLiteral("local-user"));
    QVERIFY(!panel->identityWarning()->isVisible());
    view.model()->setSignedInUser(QStringLiteral("grace"));
    QVERIFY(panel->identityWarning()->isVisible());
    QVERIFY(panel->identityWarning()->text().contains(QStringLiteral("identity:local-user")));
    QVERIFY(panel->identityWarning()->text().contains(QStringLiteral("grace")));
    QVERIFY(panel->identityWarning()->toolTip().contains(QStringLiteral("at the keyboard")));
    view.setActor(QStringLiteral("actor:grace-hopper")); // identity:grace-hopper
    QVERIFY(panel->identityWarning()->isVisible());
    view.model()->setSignedInUser(QStringLiteral("Grace-Hopper"));
    QVERIFY(!panel->identityWarning()->isVisible());
}

void TestConflictsView::noActorStagesNothing()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setSession(&fx.session());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *panel = view.findChild<DecisionPanel *>();
    QVERIFY(panel->chooseActorButton()->isVisible());
    QSignalSpy asked(&view, &ConflictsView::chooseActorRequested);
    QTest::mouseClick(panel->chooseActorButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY(view.selectConflict(QStringLiteral("conflict:household-004")));
    QVERIFY(!view.stageCurrent(DecisionOption::Skip));
    QCOMPARE(view.acceptRecommendations(), 0);
    QCOMPARE(view.model()->stagedTotal(), 0);
    view.setActor(kLocalUser);
    QVERIFY(!panel->chooseActorButton()->isVisible());
}

#include "tst_conflictsview.moc"
