// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "conflictsfixture.h"

#include "core/models/conflictrows.h"
#include "core/models/conflictsides.h"
#include "core/records/timestamp.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace SyncDesk;

namespace {

int rowOf(const Store &s, const QString &conflictId)
{
    for (int row = 0; row < int(s.conflicts().size()); ++row)
        if (s.text(s.conflicts()[std::size_t(row)].id) == conflictId)
            return row;
    return -1;
}

ConflictSides sidesOf(ConflictsFixture &fx, const QString &conflictId)
{
    const Store &s = *fx.session().store();
    return ConflictSides::build(s, rowOf(s, conflictId));
}

const SideOption *option(const ConflictSides &sides, DecisionOption o)
{
    for (const SideOption &opt : sides.options())
        if (opt.option == o)
            return &opt;
    return nullptr;
}

QString shortTime(const char *utc)
{
    return ConflictRows::formatTime(QLocale(), *parseUtcTimestamp(utc));
}

} // namespace

class TestConflictSides final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Times are formatted as the locale says: one fixed locale here.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // The demo's research-008: Agent One on Build Server and Katherine Johnson
    // on Travel Laptop; the object record says Katherine changed it last.
    void skipNamesTheVersionTheStoreHolds()
    {
        ConflictsFixture fx;
        const ConflictSides sides = sidesOf(fx, QStringLiteral("conflict:research-008"));
        QCOMPARE(sides.objectId(), QStringLiteral("object:research-lab-journal-0014"));
        QCOMPARE(sides.sides().size(), 2);
        QCOMPARE(sides.sides()[0].title, QStringLiteral("Build Server · Agent One"));
        QCOMPARE(sides.sides()[1].title, QStringLiteral("Travel Laptop · Katherine Johnson"));
        QVERIFY(!sides.sides()[0].storeVersion);
        QVERIFY(sides.sides()[1].storeVersion);

        QVERIFY(sides.object().found);
        QCOMPARE(sides.object().state, QStringLiteral("active"));
        QCOMPARE(sides.object().lastModifiedById, QStringLiteral("actor:katherine-johnson"));
        QVERIFY(sides.object().contentHash.startsWith(QLatin1String("sha256:")));
        QVERIFY2(sides.object().text.contains(QLatin1String("last changed by Katherine Johnson")),
            qPrintable(sides.object().text));

        const SideOption *skip = option(sides, DecisionOption::Skip);
        QVERIFY(skip);
        QVERIFY(skip->certain);
        QVERIFY(skip->chosen); // the demo decided it with skip
        QCOMPARE(skip->text,
            QStringLiteral("Skip keeps the version from Travel Laptop (Katherine Johnson, %1) and "
                           "drops Build Server's change.")
                .arg(shortTime("2026-05-05T01:24:41Z")));
        const SideOption *fork = option(sides, DecisionOption::Fork);
        QVERIFY(fork);
        QVERIFY(!fork->chosen);
        QVERIFY2(fork->text.contains(QLatin1String(
                     "Build Server (Agent One) and Travel Laptop (Katherine Johnson)")),
            qPrintable(fork->text));
        const SideOption *merge = option(sides, DecisionOption::Merge);
        QVERIFY(merge);
        QVERIFY2(merge->text.contains(QLatin1String("combine the versions from Build Server (Agent "
                                                    "One) and Travel Laptop (Katherine Johnson)")),
            qPrintable(merge->text));

        // Katherine's decision is an operation on the object; the daemon's
        // detection is an operation of no side.
        QCOMPARE(sides.sides()[1].operations.size(), 1);
        QCOMPARE(
            sides.sides()[1].operations[0].id, QStringLiteral("workspace-operation:research-0033"));
        QCOMPARE(sides.sides()[1].operations[0].type, QStringLiteral("sync.conflict.resolve"));
        QVERIFY(sides.sides()[1].operations[0].text.startsWith(
            QStringLiteral("Resolve conflict · Completed · ")));
        QCOMPARE(sides.otherOperations().size(), 1);
        QCOMPARE(
            sides.otherOperations()[0].id, QStringLiteral("workspace-operation:research-0030"));
        QVERIFY(sides.otherOperations()[0].text.contains(
            QLatin1String("by SourceOS Sync Daemon on Local SourceOS Device")));
    }

    // Neither side's own change is an operation of the demo store: the side says so.
    void aSideWithoutOperationsSaysSo()
    {
        ConflictsFixture fx;
        const ConflictSides sides = sidesOf(fx, QStringLiteral("conflict:research-008"));
        QVERIFY2(
            sides.sides()[0].note.contains(QLatin1String(
                "No operation in this store records the change Agent One made to this object.")),
            qPrintable(sides.sides()[0].note));
    }

    // Reconcile operations staged artifacts for default-003's object: each
    // shows what its provisional artifact became.
    void operationsShowProvisionalAndFinalArtifacts()
    {
        ConflictsFixture fx;
        const ConflictSides sides = sidesOf(fx, QStringLiteral("conflict:default-003"));
        QStringList artifacts, ids;
        for (const SideOperation &o : sides.otherOperations()) {
            ids << o.id;
            artifacts << o.artifacts;
        }
        QVERIFY2(ids.contains(QStringLiteral("workspace-operation:default-0025")),
            qPrintable(ids.join(',')));
        QVERIFY(
            artifacts.contains(QStringLiteral("artifact:tmp-default-0025-1 → artifact:final-2")));
        QVERIFY(
            artifacts.contains(QStringLiteral("artifact:tmp-default-0019-1 → not reconciled yet")));
        // Another object's artifact of the same operation is not this object's.
        QVERIFY(!artifacts.join(' ').contains(QLatin1String("tmp-default-0025-2")));
        // Grace's queued decision, with its pending task.
        const ConflictSide &grace = sides.sides()[1];
        QCOMPARE(grace.actorId, QStringLiteral("actor:grace-hopper"));
        QCOMPARE(grace.operations.size(), 1);
        QCOMPARE(grace.operations[0].taskText, QStringLiteral("Task attempt 1: Pending"));
    }

    // No object record: which version Skip keeps, the records cannot say.
    void withoutAnObjectRecordSkipCannotSay()
    {
        ConflictsFixture fx;
        fx.session().store(); // opened
        QVERIFY(QFile::remove(
            fx.path(QStringLiteral("objects/object_research-lab-journal-0014.json"))));
        fx.session().reload();
        const ConflictSides sides = sidesOf(fx, QStringLiteral("conflict:research-008"));
        QVERIFY(!sides.object().found);
        QVERIFY2(sides.object().text.contains(
                     QLatin1String("objects/object_research-lab-journal-0014.json")),
            qPrintable(sides.object().text));
        QVERIFY(!sides.sides()[1].storeVersion);
        const SideOption *skip = option(sides, DecisionOption::Skip);
        QVERIFY(!skip->certain);
        QVERIFY2(
            skip->text.contains(QLatin1String("the records cannot say")), qPrintable(skip->text));
        QVERIFY(!skip->text.contains(QLatin1String("Travel Laptop")));
        // Fork and merge need no object record to name the sides.
        QVERIFY(option(sides, DecisionOption::Fork)->certain);
    }

    // The last modifier is no side (the daemon): Skip names who, and says it cannot tell whose.
    void aModifierWhoIsNoSideIsNamedNotGuessed()
    {
        ConflictsFixture fx;
        const QString rel = QStringLiteral("objects/object_research-lab-journal-0014.json");
        QByteArray bytes = fx.read(rel);
        QVERIFY(bytes.contains("\"last_modified_by_actor\": \"actor:katherine-johnson\""));
        bytes.replace("\"last_modified_by_actor\": \"actor:katherine-johnson\"",
            "\"last_modified_by_actor\": \"actor:sourceos-syncd\"");
        fx.write(rel, bytes);
        fx.session().refresh({ rel });
        const ConflictSides sides = sidesOf(fx, QStringLiteral("conflict:research-008"));
        QVERIFY(sides.object().found);
        const SideOption *skip = option(sides, DecisionOption::Skip);
        QVERIFY(!skip->certain);
        QVERIFY2(skip->text.contains(QLatin1String("last changed by SourceOS Sync Daemon")),
            qPrintable(skip->text));
        QVERIFY2(skip->text.contains(QLatin1String("is not a side of this conflict")),
            qPrintable(skip->text));
        QVERIFY(!sides.sides()[0].storeVersion && !sides.sides()[1].storeVersion);
    }

    // A conflict that lists no devices: the sides' devices are not recorded, and Skip says so.
    void unknownDevicesAreSaid()
    {
        ConflictsFixture fx;
        const QString rel = QStringLiteral("conflicts/conflict_research-008.json");
        QJsonObject c = fx.json(rel);
        c.insert(QStringLiteral("devices"), QJsonArray());
        fx.write(rel, QJsonDocument(c).toJson());
        fx.session().refresh({ rel });
        const ConflictSides sides = sidesOf(fx, QStringLiteral("conflict:research-008"));
        QCOMPARE(sides.sides().size(), 2);
        QCOMPARE(sides.sides()[1].title, QStringLiteral("device not recorded · Katherine Johnson"));
        QVERIFY(sides.sides()[1].note.contains(
            QLatin1String("Which device this side's change came from, the records cannot say.")));
        const SideOption *skip = option(sides, DecisionOption::Skip);
        QVERIFY(!skip->certain);
        QVERIFY2(skip->text.startsWith(
                     QStringLiteral("Skip keeps the version from Katherine Johnson (%1)")
                         .arg(shortTime("2026-05-05T01:24:41Z"))),
            qPrintable(skip->text));
        QVERIFY(skip->text.contains(
            QLatin1String("Which device that version came from, the records cannot say.")));
    }

    void noConflictNoSides()
    {
        ConflictsFixture fx;
        QVERIFY(ConflictSides::build(*fx.session().store(), -1).isEmpty());
        QVERIFY(ConflictSides::build(*fx.session().store(), 10000).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConflictSides)
#include "tst_conflictsides.moc"
