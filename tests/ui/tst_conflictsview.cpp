// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "conflictsfixture.h"

#include "core/models/conflictfilterproxy.h"
#include "core/models/conflictmodel.h"
#include "core/records/timestamp.h"
#include "core/store/store.h"
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
#include <QTimer>
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

private Q_SLOTS:
    void modelAndProxyPassTheTester();
    void gateDisablesOptions_data();
    void gateDisablesOptions();
    void keyboardEndToEnd();
    void stagingAdvancesAndUndoReturns();
    void clickingAPaintedOptionStagesIt();
    void acceptRecommendationsOverTheFilter();
    void applyWaitsForRequiredRationale();
    void changedOnDiskIsRefusedOnTheCard();
    void backgroundApplyReportsEveryCard();
    void actorSwitchKeepsStagingPerActor();
    void decidedCardShowsItsRecord();
    void confirmationNamesTheActor();
    void identityWarningFollowsTheSignedInUser();
    void noActorStagesNothing();
    void filters_data();
    void filters();
    void searchIsDebounced();
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
    QCOMPARE(proxy.rowCount(), 7); // pending by default

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
    // U where nothing is staged undoes the last choice and goes back to it.
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

    // Merge is drawn disabled for her: a click does nothing.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, layout.buttons[0].center());
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::None);
    QTest::mouseClick(viewport, Qt::LeftButton, {}, layout.buttons[1].center());
    QCOMPARE(view.model()->stagedOption(row), DecisionOption::Fork);
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

void TestConflictsView::applyWaitsForRequiredRationale()
{
    ConflictsFixture fx;
    ConflictsView view;
    view.setConfirmApply(false);
    view.setSession(&fx.session());
    view.setActor(kLocalUser);
    const QByteArray journal = fx.read(QStringLiteral("journal.jsonl"));
    // Everything pending: the blocking and review_required ones need words first.
    QVERIFY(view.acceptRecommendations() > 0);
    view.apply();
    QCOMPARE(fx.read(QStringLiteral("journal.jsonl")), journal);
    QVERIFY(view.statusText().contains(QStringLiteral("needing a rationale")));
    QVERIFY(view.model()->rationaleMissing(view.currentRow()));
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
    // Applying again goes against the version now shown.
    view.apply();
    QCOMPARE(card.data(ConflictModel::OutcomeRole).toInt(), int(Outcome::Applied));
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
    QTest::newRow("pending") << int(S::Pending) << QStringList() << ""
                             << "" << 7;
    QTest::newRow("decided") << int(S::Decided) << QStringList() << ""
                             << "" << 3;
    QTest::newRow("all") << int(S::All) << QStringList() << ""
                         << "" << 10;
    QTest::newRow("pending, no info") << int(S::Pending) << QStringList { "info" } << ""
                                      << "" << 6;
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
