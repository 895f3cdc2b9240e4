// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "conflictsfixture.h"

#include "core/models/attentionwatch.h"
#include "core/store/store.h"

#include <QSignalSpy>
#include <QTest>

using namespace SyncDesk;

namespace {

/// Writes a copy of the demo's conflict:default-010 (pending, blocking) under
/// another id and severity; returns its path.
QString addConflict(ConflictsFixture &fx, const QString &slug, const QString &severity)
{
    QJsonObject c = fx.json(QStringLiteral("conflicts/conflict_default-010.json"));
    c.insert(QStringLiteral("conflict_id"), QStringLiteral("conflict:") + slug);
    c.insert(QStringLiteral("severity"), severity);
    const QString rel = QStringLiteral("conflicts/conflict_%1.json").arg(slug);
    fx.write(rel, QJsonDocument(c).toJson());
    return rel;
}

QString setTaskStatus(ConflictsFixture &fx, const QString &file, const QString &status)
{
    const QString rel = QStringLiteral("tasks/") + file;
    QJsonObject t = fx.json(rel);
    t.insert(QStringLiteral("status"), status);
    fx.write(rel, QJsonDocument(t).toJson());
    return rel;
}

} // namespace

class TestAttentionWatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The demo already holds blocking and review_required conflicts and failed
    // tasks: none of them is news.
    void theFirstLoadIsNoNews()
    {
        ConflictsFixture fx;
        AttentionWatch watch;
        QSignalSpy conflicts(&watch, &AttentionWatch::conflictNeedsAttention);
        QSignalSpy tasks(&watch, &AttentionWatch::resolveTaskFailed);
        watch.setSession(&fx.session());
        int attention = 0;
        const Store &s = *fx.session().store();
        for (int row = 0; row < int(s.conflicts().size()); ++row)
            attention += AttentionWatch::needsAttention(s, row);
        QVERIFY(attention >= 2); // there was something to announce, had this been news
        QCOMPARE(conflicts.count(), 0);
        QCOMPARE(tasks.count(), 0);
        // Read again whole: still nothing new.
        fx.session().reload();
        QCOMPARE(conflicts.count(), 0);
        QCOMPARE(tasks.count(), 0);
    }

    void aBlockingConflictThatAppearsIsAnnouncedOnce()
    {
        ConflictsFixture fx;
        AttentionWatch watch;
        watch.setSession(&fx.session());
        QSignalSpy conflicts(&watch, &AttentionWatch::conflictNeedsAttention);

        const QString rel
            = addConflict(fx, QStringLiteral("default-099"), QStringLiteral("blocking"));
        fx.session().refresh({ rel });
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(conflicts[0][0].toString(), QStringLiteral("conflict:default-099"));

        // Rewritten by the daemon, still pending: no repeat.
        QJsonObject c = fx.json(rel);
        c.insert(QStringLiteral("user_explanation"), QStringLiteral("Rewritten."));
        fx.write(rel, QJsonDocument(c).toJson());
        fx.session().refresh({ rel });
        // Nor when the whole store is read again.
        fx.session().reload();
        QCOMPARE(conflicts.count(), 1);

        // review_required counts too; info and warning do not.
        fx.session().refresh({ addConflict(
                                   fx, QStringLiteral("default-097"), QStringLiteral("info")),
            addConflict(fx, QStringLiteral("default-096"), QStringLiteral("warning")),
            addConflict(fx, QStringLiteral("default-095"), QStringLiteral("review_required")) });
        QCOMPARE(conflicts.count(), 2);
        QCOMPARE(conflicts[1][0].toString(), QStringLiteral("conflict:default-095"));
    }

    // What came while the store was not watched reaches the window by a reload.
    void aReloadAnnouncesWhatIsNew()
    {
        ConflictsFixture fx;
        AttentionWatch watch;
        watch.setSession(&fx.session());
        QSignalSpy conflicts(&watch, &AttentionWatch::conflictNeedsAttention);
        addConflict(fx, QStringLiteral("default-098"), QStringLiteral("review_required"));
        fx.session().reload();
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(conflicts[0][0].toString(), QStringLiteral("conflict:default-098"));
    }

    // A conflict escalated from info to blocking newly needs someone.
    void anEscalationIsAnnounced()
    {
        ConflictsFixture fx;
        AttentionWatch watch;
        watch.setSession(&fx.session());
        QSignalSpy conflicts(&watch, &AttentionWatch::conflictNeedsAttention);
        const QString rel = QStringLiteral("conflicts/conflict_household-004.json");
        QJsonObject c = fx.json(rel);
        QCOMPARE(c.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
        c.insert(QStringLiteral("severity"), QStringLiteral("blocking"));
        fx.write(rel, QJsonDocument(c).toJson());
        fx.session().refresh({ rel });
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(conflicts[0][0].toString(), QStringLiteral("conflict:household-004"));
    }

    void aFailedResolveTaskIsAnnouncedOnce()
    {
        ConflictsFixture fx;
        AttentionWatch watch;
        watch.setSession(&fx.session());
        QSignalSpy tasks(&watch, &AttentionWatch::resolveTaskFailed);
        // default-0017 is Grace's queued resolve of conflict:default-003.
        const QString rel = setTaskStatus(
            fx, QStringLiteral("operation-task_default-0017-1.json"), QStringLiteral("running"));
        fx.session().refresh({ rel });
        QCOMPARE(tasks.count(), 0);
        setTaskStatus(
            fx, QStringLiteral("operation-task_default-0017-1.json"), QStringLiteral("failed"));
        fx.session().refresh({ rel });
        QCOMPARE(tasks.count(), 1);
        QCOMPARE(tasks[0][0].toString(), QStringLiteral("operation-task:default-0017-1"));
        QCOMPARE(tasks[0][1].toString(), QStringLiteral("conflict:default-003"));
        fx.session().refresh({ rel });
        fx.session().reload();
        QCOMPARE(tasks.count(), 1);
    }

    // A failed task of another kind of operation is the queue's business, not a notification.
    void otherFailedTasksAreNotAnnounced()
    {
        ConflictsFixture fx;
        AttentionWatch watch;
        watch.setSession(&fx.session());
        QSignalSpy tasks(&watch, &AttentionWatch::resolveTaskFailed);
        const QString rel = setTaskStatus(
            fx, QStringLiteral("operation-task_default-0010-1.json"), QStringLiteral("failed"));
        fx.session().refresh({ rel });
        QCOMPARE(tasks.count(), 0);
    }

    // Another store opened in the same session is a first load again.
    void anotherStoreIsAFirstLoad()
    {
        ConflictsFixture fx, other;
        AttentionWatch watch;
        watch.setSession(&fx.session());
        QSignalSpy conflicts(&watch, &AttentionWatch::conflictNeedsAttention);
        addConflict(other, QStringLiteral("default-094"), QStringLiteral("blocking"));
        fx.session().open(other.root());
        QCOMPARE(conflicts.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttentionWatch)
#include "tst_attentionwatch.moc"
