// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "conflictsfixture.h"
#include "storefixture.h"

#include "core/models/conflictfilterproxy.h"
#include "core/models/conflictmodel.h"
#include "core/review/conflicttrail.h"
#include "core/store/store.h"
#include "ui/conflicts/conflictfilterbar.h"
#include "ui/conflicts/conflictsview.h"
#include "ui/conflicts/decisionpanel.h"
#include "ui/evidence/evidencebrowser.h"
#include "ui/queue/queueview.h"
#include "ui/review/traildialog.h"
#include "ui/review/trailview.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace SyncDesk;
using namespace SyncDesk::Ui;

namespace {

/// Decided in the demo store by Sync Desk: an envelope, a queued operation, a pending task.
const QString kDecided = QStringLiteral("conflict:default-003");

int entryOf(const ConflictTrail &trail, TrailEntry::Kind kind)
{
    for (int i = 0; i < trail.entries().size(); ++i)
        if (trail.entries()[i].kind == kind)
            return i;
    return -1;
}

} // namespace

class TestTrailView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_state;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        qputenv("SYNCDESK_STATE_DIR", QFile::encodeName(m_state.path()));
    }

    void rowsFollowTheTrail()
    {
        ConflictsFixture fx;
        const Store *store = fx.session().store();
        const ConflictTrail trail = ConflictTrail::build(*store, kDecided);
        QVERIFY(trail.entries().size() >= 6);
        TrailView view;
        view.setTrail(store, trail);
        QCOMPARE(view.list()->topLevelItemCount(), int(trail.entries().size()));
        for (int i = 0; i < trail.entries().size(); ++i) {
            const TrailEntry &e = trail.entries()[i];
            QTreeWidgetItem *item = view.list()->topLevelItem(i);
            QVERIFY(item->text(TrailView::WhatColumn).endsWith(e.title));
            QCOMPARE(item->text(TrailView::KindColumn), TrailView::kindLabel(e.kind));
            QCOMPARE(item->text(TrailView::StatusColumn), TrailView::statusText(e.status));
        }
        // The first entry is selected and shown in full.
        QCOMPARE(view.currentEntry(), 0);
        QVERIFY(view.detail()->toPlainText().contains(trail.entries()[0].title));
    }

    void linksLeadToTheirPages()
    {
        ConflictsFixture fx;
        const Store *store = fx.session().store();
        const ConflictTrail trail = ConflictTrail::build(*store, kDecided);
        TrailView view;
        view.setTrail(store, trail);
        QSignalSpy spy(&view, &TrailView::linkActivated);

        struct Case
        {
            TrailEntry::Kind kind;
            TrailView::Target target;
        };
        const Case cases[] = {
            { TrailEntry::Kind::Detection, TrailView::Target::Queue },
            { TrailEntry::Kind::ResolveOperation, TrailView::Target::Queue },
            { TrailEntry::Kind::ResolveTask, TrailView::Target::Queue },
            { TrailEntry::Kind::Decision, TrailView::Target::Evidence },
            { TrailEntry::Kind::Conflict, TrailView::Target::Conflicts },
            { TrailEntry::Kind::Actor, TrailView::Target::Here },
        };
        for (const Case &c : cases) {
            const int entry = entryOf(trail, c.kind);
            QVERIFY2(entry >= 0, qPrintable(TrailView::kindLabel(c.kind)));
            spy.clear();
            // As a double-click or Enter on the row does.
            Q_EMIT view.list()->itemActivated(view.list()->topLevelItem(entry), 0);
            QCOMPARE(spy.size(), 1);
            QCOMPARE(spy[0][0].value<TrailView::Target>(), c.target);
            QCOMPARE(spy[0][1].toString(), trail.entries()[entry].recordId);
            QCOMPARE(spy[0][2].toString(), trail.entries()[entry].file);
        }
        // An actor opens here: its record in the detail pane.
        QVERIFY(view.detail()->toPlainText().contains(QStringLiteral("\"actor_id\"")));

        // The link in the detail pane does the same as the row.
        const int op = entryOf(trail, TrailEntry::Kind::ResolveOperation);
        view.setCurrentEntry(op);
        spy.clear();
        Q_EMIT view.detail()->anchorClicked(QUrl(QStringLiteral("trail:%1").arg(op)));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][1].toString(), trail.entries()[op].recordId);
    }

    void missingRecordsHaveNoLink()
    {
        // The reference conflict's card names actor:local-user, who has no record there.
        StoreFixture fx;
        const auto store = Store::open(fx.root());
        const ConflictTrail trail
            = ConflictTrail::build(*store, QStringLiteral("conflict:alpha-001"));
        TrailView view;
        view.setTrail(store.get(), trail);
        int missing = -1;
        for (int i = 0; i < trail.entries().size(); ++i)
            if (trail.entries()[i].missing)
                missing = i;
        QVERIFY(missing >= 0);
        QCOMPARE(TrailView::targetOf(trail.entries()[missing]), TrailView::Target::None);
        QSignalSpy spy(&view, &TrailView::linkActivated);
        view.activate(missing);
        QCOMPARE(spy.size(), 0);
        QCOMPARE(TrailView::toneOf(trail.entries()[missing].status), StatusTone::Negative);
    }

    void followThroughOnDecidedCards()
    {
        ConflictsFixture fx;
        ConflictModel model;
        model.setSession(&fx.session());
        const QModelIndex decided = model.index(model.rowOf(kDecided));
        QVERIFY(decided.isValid());
        const QString text = decided.data(ConflictModel::FollowThroughTextRole).toString();
        // Queued on 5 May 2026, pending since: waiting for days, as the daemon
        // does not carry resolve operations out yet.
        QVERIFY2(text.contains(QStringLiteral("Queued")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("task: Pending")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("waiting")) && text.contains(QStringLiteral("day")),
            qPrintable(text));
        // Pending cards have none.
        const QModelIndex pending
            = model.index(model.rowOf(QStringLiteral("conflict:default-001")));
        QVERIFY(decided.isValid());
        QVERIFY(pending.data(ConflictModel::FollowThroughTextRole).toString().isEmpty());

        // A failed task ends the wait, and says how long it took.
        const QString task = QStringLiteral("tasks/operation-task_default-0017-1.json");
        QByteArray bytes = fx.read(task);
        QVERIFY(bytes.contains("\"pending\""));
        bytes.replace("\"pending\"", "\"failed\"");
        fx.write(task, bytes);
        fx.session().open(fx.root());
        const QString failed = model.index(model.rowOf(kDecided))
                                   .data(ConflictModel::FollowThroughTextRole)
                                   .toString();
        QVERIFY2(failed.contains(QStringLiteral("task: Failed"))
                && failed.contains(QStringLiteral("after")),
            qPrintable(failed));
    }

    void decidedOutsideSyncDesk()
    {
        StoreFixture fx;
        StoreSession session;
        session.open(fx.root());
        ConflictModel model;
        model.setSession(&session);
        const QString text = model.index(model.rowOf(QStringLiteral("conflict:alpha-001")))
                                 .data(ConflictModel::FollowThroughTextRole)
                                 .toString();
        QCOMPARE(text, QStringLiteral("No resolve operation: decided outside Sync Desk"));
    }

    void panelShowsFollowThroughAndAsksForTheTrail()
    {
        ConflictsFixture fx;
        ConflictsView view;
        view.setSession(&fx.session());
        view.setActor(QStringLiteral("actor:local-user"));
        view.filterBar()->setStateFilter(ConflictFilterProxy::StateFilter::All);
        QVERIFY(view.selectConflict(kDecided));
        auto *panel = view.findChild<DecisionPanel *>();
        QVERIFY(panel);
        QVERIFY2(panel->recordLabel()->text().contains(
                     QStringLiteral("Follow-through: Resolve operation: Queued")),
            qPrintable(panel->recordLabel()->text()));
        QSignalSpy spy(&view, &ConflictsView::trailRequested);
        auto *button = panel->findChild<QPushButton *>(QStringLiteral("showTrail"));
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].toString(), kDecided);
    }

    void windowFollowsTheLinks()
    {
        ConflictsFixture fx;
        MainWindowOptions options;
        options.actor = QStringLiteral("actor:local-user");
        MainWindow window(options);
        QSignalSpy loaded(&window, &MainWindow::storeLoaded);
        window.show();
        window.openStore(fx.root());
        QVERIFY(loaded.wait(20000));
        // The card's "Show trail…" opens the dialog on that conflict.
        window.showPage(MainWindow::ConflictsPage);
        window.conflictsView()->filterBar()->setStateFilter(ConflictFilterProxy::StateFilter::All);
        QVERIFY(window.conflictsView()->selectConflict(kDecided));
        window.conflictsView()
            ->findChild<DecisionPanel *>()
            ->findChild<QPushButton *>(QStringLiteral("showTrail"))
            ->click();
        TrailDialog *dialog = window.trailDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->conflictId(), kDecided);
        const ConflictTrail &trail = dialog->view()->trail();

        // A task opens its operation in the queue.
        const int task = entryOf(trail, TrailEntry::Kind::ResolveTask);
        QVERIFY(task >= 0);
        dialog->view()->activate(task);
        QCOMPARE(window.currentPage(), MainWindow::QueuePage);
        const Store *s = window.session()->store();
        const int op = window.queueView()->selectedOperation();
        QVERIFY(op >= 0);
        QCOMPARE(s->text(s->operations()[std::size_t(op)].id),
            QStringLiteral("workspace-operation:default-0017"));
        // The decision's envelope opens on the evidence page, the conflict on its page.
        dialog->view()->activate(entryOf(trail, TrailEntry::Kind::Decision));
        QCOMPARE(window.currentPage(), MainWindow::EvidencePage);
        dialog->view()->activate(entryOf(trail, TrailEntry::Kind::Conflict));
        QCOMPARE(window.currentPage(), MainWindow::ConflictsPage);
        QCOMPARE(window.conflictsView()->model()->conflictId(window.conflictsView()->currentRow()),
            kDecided);

        // The queue's and the evidence page's menus ask for the trail of the
        // conflict an operation or a decision's envelope names.
        QSignalSpy fromQueue(window.queueView(), &QueueView::trailRequested);
        window.queueView()->selectOperation(op);
        QAction *queueAction = window.queueView()->table()->actions().value(0);
        QVERIFY(queueAction && queueAction->isEnabled());
        queueAction->trigger();
        QCOMPARE(fromQueue.size(), 1);
        QCOMPARE(fromQueue[0][0].toString(), kDecided);
        auto *evidence = window.findChild<EvidenceBrowser *>();
        QVERIFY(evidence);
        QSignalSpy fromEvidence(evidence, &EvidenceBrowser::trailRequested);
        QVERIFY(evidence->showEvidence(
            trail.entries()[entryOf(trail, TrailEntry::Kind::Decision)].recordId));
        QAction *evidenceAction = evidence->table()->actions().value(0);
        QVERIFY(evidenceAction && evidenceAction->isEnabled());
        evidenceAction->trigger();
        QCOMPARE(fromEvidence.size(), 1);
        QCOMPARE(fromEvidence[0][0].toString(), kDecided);
    }

    void dialogShowsAConflict()
    {
        ConflictsFixture fx;
        TrailDialog dialog;
        dialog.showConflict(fx.session().store(), kDecided);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isModal());
        QCOMPARE(dialog.conflictId(), kDecided);
        QVERIFY(dialog.view()->list()->topLevelItemCount() > 0);
        dialog.showConflict(fx.session().store(), QStringLiteral("conflict:nope"));
        QCOMPARE(dialog.view()->list()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestTrailView)
#include "tst_trailview.moc"
