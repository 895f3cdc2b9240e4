// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "dossierfixture.h"
#include "resolutionfixture.h"
#include "storefixture.h"
#include "treesnapshot.h"

#include <nlohmann/json.hpp>

#include "clirunner.h"
#include <QFile>
#include <QProcess>
#include <QScopeGuard>

#include <QTest>

namespace {

using Run = CliRun;

Run cli(const QStringList &args)
{
    return runCli(args);
}

nlohmann::json parse(const QByteArray &bytes)
{
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

QString str(const nlohmann::json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

QString ref(const char *name)
{
    return QStringLiteral(SYNCDESK_TEST_DATA "/reference/contracts/") + QLatin1String(name);
}

// Terminal columns, as a reader sees them: CJK ideographs take two.
int columns(const QString &text)
{
    int n = 0;
    for (const char32_t c : text.toUcs4())
        n += (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3041 && c <= 0x30FF) ? 2 : 1;
    return n;
}

// Where each header word starts, in terminal columns, and where each row's cells do.
QList<int> cellStarts(const QString &line)
{
    QList<int> starts;
    const QStringList cells = line.split(QStringLiteral("  "), Qt::SkipEmptyParts);
    qsizetype from = 0;
    for (const QString &cell : cells) {
        const qsizetype at = line.indexOf(cell.trimmed(), from);
        starts << columns(line.left(at));
        from = at + cell.trimmed().size();
    }
    return starts;
}

// The reference conflict again, under another id, object and rationale.
void addConflict(const StoreFixture &fx, const QString &id, const QString &object,
    const QString &rationale, bool decided)
{
    QFile f(ref("conflict.alpha.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing conflict.alpha.json");
    auto j = nlohmann::ordered_json::parse(f.readAll().toStdString());
    j["conflict_id"] = id.toStdString();
    j["object_id"] = object.toStdString();
    auto &card = j["decision_card"];
    card["rationale"] = rationale.toStdString();
    if (!decided) {
        card["selected_option"] = nullptr;
        card["selected_by"] = nullptr;
        card["selected_at"] = nullptr;
        card["rationale"] = nullptr;
    }
    const QString name = QString(id).replace(QLatin1Char(':'), QLatin1Char('_'));
    fx.write(QStringLiteral("conflicts/%1.json").arg(name), QByteArray::fromStdString(j.dump(2)));
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("top") << QStringList { "--help" } << "validate";
        QTest::newRow("validate") << QStringList { "validate", "--help" } << "--strict";
        QTest::newRow("store summary") << QStringList { "store", "summary", "--help" } << "--json";
        QTest::newRow("conflicts list")
            << QStringList { "conflicts", "list", "--help" } << "--pending";
        QTest::newRow("evidence verify")
            << QStringList { "evidence", "verify", "--help" } << "digest";
        QTest::newRow("demo-store") << QStringList { "demo-store", "--help" } << "--seed";
        QTest::newRow("dossier export")
            << QStringList { "dossier", "export", "--help" } << "--decided";
        QTest::newRow("dossier verify")
            << QStringList { "dossier", "verify", "--help" } << "supersedes";
    }
    void helpOnEveryCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(mentions.toUtf8()), r.out.constData());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { "frobnicate" };
        QTest::newRow("unknown option") << QStringList { "validate", "--nope", "x" };
        QTest::newRow("validate without path") << QStringList { "validate" };
        QTest::newRow("missing path") << QStringList { "validate", "/nonexistent/x.json" };
        QTest::newRow("summary of a missing folder")
            << QStringList { "store", "summary", "/nonexistent" };
        QTest::newRow("summary with two stores") << QStringList { "store", "summary", "a", "b" };
        QTest::newRow("pending and decided")
            << QStringList { "conflicts", "list", "--pending", "--decided", "." };
        QTest::newRow("evidence of nothing")
            << QStringList { "evidence", "verify", "/nonexistent.json" };
        QTest::newRow("dossier export without a selection")
            << QStringList { "dossier", "export", "a", "b" };
        QTest::newRow("dossier export with both selections")
            << QStringList { "dossier", "export", "a", "b", "--conflict", "x", "--decided" };
        QTest::newRow("dossier export --actor without --decided")
            << QStringList { "dossier", "export", "a", "b", "--conflict", "x", "--actor", "y" };
        QTest::newRow("dossier verify without a folder") << QStringList { "dossier", "verify" };
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void validateJsonShape()
    {
        const Run r = cli(
            { "validate", "--json", ref("actor.agent-one.json"), ref("conflict.alpha.json") });
        QCOMPARE(r.exitCode, 0);
        const auto doc = parse(r.out);
        QCOMPARE(doc["results"].size(), 2u);
        const auto &first = doc["results"][0];
        QCOMPARE(str(first["schema"]), QStringLiteral("sourceos.actor-record/v1alpha1"));
        QCOMPARE(str(first["verdict"]), QStringLiteral("valid"));
        QVERIFY(first["errors"].is_array() && first["errors"].empty());
        QVERIFY(first["warnings"].is_array());
        QCOMPARE(doc["summary"]["valid"].get<int>(), 2);
        QCOMPARE(doc["summary"]["invalid"].get<int>(), 0);
    }

    void validateReportsFirstFailingRule_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("field");
        QTest::newRow("required") << "actor.agent-one.json" << QByteArray("\"identity_id\"")
                                  << QByteArray("\"identity\"") << "required"
                                  << "identity_id";
        QTest::newRow("controlled") << "device.local.json" << QByteArray("\"trusted\"")
                                    << QByteArray("\"trusty\"") << "controlled"
                                    << "device_state";
        QTest::newRow("list") << "profile.local-dev.json"
                              << QByteArray("[\"local-first\", \"development\"]")
                              << QByteArray("\"local-first\"") << "list"
                              << "policy_tags";
        QTest::newRow("capability") << "actor.agent-one.json" << QByteArray("\"write\"]")
                                    << QByteArray("\"fly\"]") << "capability"
                                    << "capabilities";
        QTest::newRow("card recommended")
            << "conflict.alpha.json" << QByteArray("\"recommended_option\": \"merge\"")
            << QByteArray("\"recommended_option\": \"rebase\"") << "decision_card"
            << "decision_card.recommended_option";
        QTest::newRow("not json") << "device.local.json" << QByteArray("{") << QByteArray("[")
                                  << "json"
                                  << "";
    }
    void validateReportsFirstFailingRule()
    {
        QFETCH(QString, fixture);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, rule);
        QFETCH(QString, field);
        QTemporaryDir dir;
        QFile in(ref(fixture.toUtf8().constData()));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        QVERIFY(bytes.contains(from));
        bytes.replace(bytes.indexOf(from), from.size(), to);
        QFile out(dir.path() + "/record.json");
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        for (const char *mode : { "--json", "--strict" }) {
            QStringList args { "validate", "--json", out.fileName() };
            if (QByteArray(mode) == "--strict")
                args.insert(1, mode);
            const Run r = cli(args);
            QCOMPARE(r.exitCode, 1);
            const auto doc = parse(r.out);
            const auto &result = doc["results"][0];
            QCOMPARE(str(result["verdict"]), QStringLiteral("invalid"));
            QCOMPARE(result["errors"].size(), 1u);
            QCOMPARE(QString::fromStdString(result["errors"][0]["rule"]), rule);
            QCOMPARE(QString::fromStdString(result["errors"][0]["field"]), field);
            QVERIFY(!result["errors"][0]["message"].get<std::string>().empty());
        }
    }

    void pendingCardDependsOnStrict()
    {
        QTemporaryDir dir;
        QFile in(ref("conflict.alpha.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes.replace("\"fork\",\n    \"rationale\"", "null,\n    \"rationale\"");
        bytes.replace("\"actor:local-user\",\n    \"selected_at\": \"2026-05-05T00:07:30Z\"",
            "null,\n    \"selected_at\": null");
        QFile out(dir.path() + "/pending.json");
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        const Run lenient = cli({ "validate", "--json", out.fileName() });
        QCOMPARE(lenient.exitCode, 0);
        QCOMPARE(str(parse(lenient.out)["results"][0]["verdict"]), QStringLiteral("pending"));
        QCOMPARE(parse(lenient.out)["summary"]["pending"].get<int>(), 1);

        const Run strict = cli({ "validate", "--strict", "--json", out.fileName() });
        QCOMPARE(strict.exitCode, 1);
        const auto result = parse(strict.out)["results"][0];
        QCOMPARE(str(result["verdict"]), QStringLiteral("invalid"));
        QCOMPARE(
            str(result["errors"][0]["field"]), QStringLiteral("decision_card.selected_option"));
    }

    void validateFolderRecursesAndFindsDirectoryNamedJson()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.path() + "/a/b");
        QDir().mkpath(dir.path() + "/weird.json");
        QFile::copy(ref("device.local.json"), dir.path() + "/a/b/device.json");
        QFile::copy(ref("actor.agent-one.json"), dir.path() + "/a/actor.json");
        const Run r = cli({ "validate", "--json", dir.path() });
        QCOMPARE(r.exitCode, 1);
        const auto doc = parse(r.out);
        QCOMPARE(doc["summary"]["files"].get<int>(), 3);
        QCOMPARE(doc["summary"]["valid"].get<int>(), 2);
        bool sawDirectory = false;
        for (const auto &res : doc["results"])
            if (res["path"].get<std::string>().ends_with("weird.json"))
                sawDirectory = res["errors"][0]["rule"] == "file";
        QVERIFY(sawDirectory);
    }

    void storeCommands()
    {
        StoreFixture fx;
        const Run summary = cli({ "store", "summary", "--json", fx.root() });
        QCOMPARE(summary.exitCode, 0);
        const auto s = parse(summary.out);
        QCOMPARE(s["generation"].get<int>(), 2);
        QCOMPARE(s["journal"]["events"].get<int>(), 2);
        QCOMPARE(s["registries"]["conflicts"].get<int>(), 1);
        QCOMPARE(s["conflicts"]["decided"].get<int>(), 1);
        QCOMPARE(s["operations"]["by_status"]["reconciled"].get<int>(), 1);
        QCOMPARE(s["tasks"]["by_status"]["succeeded"].get<int>(), 1);
        QCOMPARE(s["evidence"]["verified"].get<int>(), 1);
        QCOMPARE(s["problems"]["errors"].get<int>(), 0);

        const Run list = cli({ "conflicts", "list", "--json", "--decided", fx.root() });
        QCOMPARE(list.exitCode, 0);
        const auto l = parse(list.out);
        QCOMPARE(l["conflicts"].size(), 1u);
        QCOMPARE(str(l["conflicts"][0]["conflict_id"]), QStringLiteral("conflict:alpha-001"));
        QCOMPARE(str(l["conflicts"][0]["selected_option"]), QStringLiteral("fork"));
        QCOMPARE(str(l["conflicts"][0]["selected_at"]), QStringLiteral("2026-05-05T00:07:30Z"));
        const Run none = cli({ "conflicts", "list", "--json", "--pending", fx.root() });
        QCOMPARE(parse(none.out)["conflicts"].size(), 0u);

        // The reference operation and task cite evidence that is not in the store.
        const Run evidence = cli({ "evidence", "verify", "--json", fx.root() });
        QCOMPARE(evidence.exitCode, 1);
        const auto e = parse(evidence.out);
        QCOMPARE(e["summary"]["ok"].get<int>(), 1);
        QCOMPARE(e["summary"]["dangling"].get<int>(), 2);

        fx.remove("manifest.json");
        const Run uninitialized = cli({ "store", "summary", fx.root() });
        QCOMPARE(uninitialized.exitCode, 1);
        QVERIFY(uninitialized.err.contains("manifest.json"));
    }

    // A store of thousands of records is read with glibc's malloc advising huge
    // pages: the CLI starts itself again once, with the same arguments. A small
    // store is not worth the ~20 ms, and SYNCDESK_NO_HUGE_PAGES turns it off.
    void largeStoresRestartForHugePages()
    {
        QTemporaryDir dir;
        const QString large = dir.path() + "/large";
        QCOMPARE(cli({ "demo-store", "--operations", "4000", large }).exitCode, 0);
        StoreFixture small;
        // The runner's own values come back afterwards, whatever happens here.
        const char *const names[]
            = { "SYNCDESK_LOAD_PHASES", "SYNCDESK_NO_HUGE_PAGES", "GLIBC_TUNABLES" };
        QList<QByteArray> saved;
        for (const char *name : names)
            saved << (qEnvironmentVariableIsSet(name) ? qgetenv(name) : QByteArray());
        const auto restore = qScopeGuard([&] {
            for (int i = 0; i < 3; ++i)
                if (saved[i].isNull())
                    qunsetenv(names[i]);
                else
                    qputenv(names[i], saved[i]);
        });
        qputenv("SYNCDESK_LOAD_PHASES", "1");
        qunsetenv("SYNCDESK_NO_HUGE_PAGES");
        qunsetenv("GLIBC_TUNABLES");
        const Run tuned = cli({ "store", "summary", "--json", large });
        const Run smallRun = cli({ "store", "summary", "--json", small.root() });
        qputenv("SYNCDESK_NO_HUGE_PAGES", "1");
        const Run plain = cli({ "store", "summary", "--json", large });

        const QByteArray yes
            = hugePagesPossible() ? "malloc huge pages: yes" : "malloc huge pages: no";
        QVERIFY2(tuned.err.contains(yes), tuned.err.constData());
        QVERIFY2(smallRun.err.contains("malloc huge pages: no"), smallRun.err.constData());
        QVERIFY2(plain.err.contains("malloc huge pages: no"), plain.err.constData());
        // The second start is the same command.
        QCOMPARE(tuned.exitCode, plain.exitCode);
        QVERIFY(parse(tuned.out)["registries"] == parse(plain.out)["registries"]);
        QCOMPARE(parse(tuned.out)["registries"]["operations"].get<int>(), 4000);
    }

    void conflictsListColumnsFitTheirContent()
    {
        StoreFixture fx;
        const QString longId
            = QStringLiteral("conflict:research-thesis-draft-chapter-three-figures-0042-replayed");
        addConflict(fx, longId, QStringLiteral("object:x"), {}, false);
        addConflict(
            fx, QStringLiteral("conflict:b"), QStringLiteral("object:日本語のノート"), {}, false);
        const Run list = cli({ "conflicts", "list", fx.root() });
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = QString::fromUtf8(list.out).split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 5, list.out.constData());
        // Whole ids, never cut at a fixed width.
        QVERIFY2(list.out.contains(longId.toUtf8()), list.out.constData());
        const QList<int> header = cellStarts(lines.at(0));
        QCOMPARE(header.size(), 6);
        for (int l = 1; l <= 3; ++l) {
            const QList<int> row = cellStarts(lines.at(l));
            // The columns up to the decision start where their headers do.
            QVERIFY2(row.mid(0, 5) == header.mid(0, 5), qPrintable(lines.at(l)));
        }
        // Sized to the content: the longest id plus the gap, no wasted padding.
        QCOMPARE(header.at(1), int(longId.size()) + 2);
        // States are words a person reads (translated), one per row.
        QVERIFY(lines.at(1).contains(QLatin1String("decided"))
            || lines.at(1).contains(QLatin1String("pending")));
    }

    void conflictsListDecidedSaysWhoWhenWhy()
    {
        StoreFixture fx;
        const QString why = QStringLiteral(
            "Both sides edited the same paragraph of the chapter; kept both so the authors can "
            "compare the wording and the figures side by side before the deadline next week.");
        addConflict(
            fx, QStringLiteral("conflict:beta-002"), QStringLiteral("object:beta"), why, true);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COLUMNS"), QStringLiteral("140"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SYNCDESK_CLI), { "conflicts", "list", "--decided", fx.root() });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QStringList lines = out.split(QLatin1Char('\n'));
        QVERIFY2(
            lines.at(0).contains(QLatin1String("BY")) && lines.at(0).contains(QLatin1String("WHY")),
            qPrintable(out));
        QString beta;
        for (const QString &l : lines)
            if (l.startsWith(QLatin1String("conflict:beta-002")))
                beta = l;
        QVERIFY2(!beta.isEmpty(), qPrintable(out));
        QVERIFY(beta.contains(QLatin1String("actor:local-user"))); // who
        QVERIFY(beta.contains(QLatin1String("2026-05-05T00:07:30Z"))); // when
        QVERIFY(beta.contains(QLatin1String("Both sides edited"))); // why, shortened to fit
        QVERIFY2(beta.endsWith(QChar(0x2026)), qPrintable(beta));
        QVERIFY2(columns(beta) <= 140, qPrintable(beta));
        QVERIFY(!beta.contains(QLatin1String("next week")));
        // Whole in --json.
        const Run json = cli({ "conflicts", "list", "--json", "--decided", fx.root() });
        const auto doc = parse(json.out);
        bool whole = false;
        for (const auto &c : doc["conflicts"])
            whole = whole || str(c["rationale"]) == why;
        QVERIFY(whole);
    }

    void desktopHelpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << "--help"
                                << "STORE";
        QTest::newRow("-h") << "-h"
                            << "--exit-after-load";
        QTest::newRow("--version") << "--version"
                                   << "syncdesk ";
    }

    void desktopHelpAndVersionNeedNoDisplay()
    {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
            env.remove(QLatin1String(name));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SYNCDESK_APP), { option });
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(out.contains(expected.toUtf8()), out.constData());
    }

    void resolveDryRunSaysWouldApply()
    {
        ResolutionFixture fx;
        const auto before = treeSnapshot(fx.root());
        const QStringList decide { "resolve", fx.root(), "--conflict", "conflict:alpha-001",
            "--option", "fork", "--actor", "actor:local-user", "--rationale", "Keep both.",
            "--dry-run" };
        const Run text = cli(decide);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith("would_apply  conflict:alpha-001  fork"), text.out);
        QVERIFY2(text.out.contains("Dry run: 1 would be applied"), text.out);
        QVERIFY2(!text.out.contains("applied  conflict"), text.out);
        const Run json = cli(decide + QStringList { "--json" });
        QCOMPARE(json.exitCode, 0);
        const auto j = parse(json.out);
        QCOMPARE(str(j["results"][0]["outcome"]), QStringLiteral("would_apply"));
        QCOMPARE(j["summary"]["would_apply"].get<int>(), 1);
        QVERIFY(!j["summary"].contains("applied"));
        QCOMPARE(treeSnapshot(fx.root()), before);

        // Without --dry-run the same decision is applied, and says so.
        const QStringList apply = decide.mid(0, decide.size() - 1) + QStringList { "--json" };
        const auto applied = parse(cli(apply).out);
        QCOMPARE(str(applied["results"][0]["outcome"]), QStringLiteral("applied"));
        QCOMPARE(applied["summary"]["applied"].get<int>(), 1);
    }

    void resolveNeverWritesAnEmptyRationale()
    {
        ResolutionFixture fx;
        QVERIFY(
            QFile::remove(fx.store().path("policy-decisions/policy-decision_review-alpha.json")));
        auto conflict = fx.json("conflicts/conflict_alpha-001.json");
        conflict["severity"] = "warning"; // recommends merge; no rationale needed for it
        fx.put("conflicts/conflict_alpha-001.json", conflict);
        const QStringList base { "resolve", fx.root(), "--conflict", "conflict:alpha-001",
            "--actor", "actor:local-user", "--json" };

        // Another option than the recommendation, without words: refused, nothing written.
        // (The writer's lock file may stay behind: a refusal writes no record.)
        const QByteArray conflictBefore = fx.store().read("conflicts/conflict_alpha-001.json");
        const QByteArray journalBefore = fx.store().read("journal.jsonl");
        const Run fork = cli(base + QStringList { "--option", "fork" });
        QCOMPARE(fork.exitCode, 1);
        QCOMPARE(
            str(parse(fork.out)["results"][0]["reason"]), QStringLiteral("rationale_required"));
        QCOMPARE(fx.store().read("conflicts/conflict_alpha-001.json"), conflictBefore);
        QCOMPARE(fx.store().read("journal.jsonl"), journalBefore);

        // The recommendation, without words: its reason is recorded explicitly.
        const Run merge = cli(base + QStringList { "--option", "merge" });
        QCOMPARE(merge.exitCode, 0);
        const auto card = fx.json("conflicts/conflict_alpha-001.json")["decision_card"];
        QCOMPARE(str(card["rationale"]),
            QStringLiteral("Accepted the recommendation: Both versions carry reviewed edits."));
        // And who was at the keyboard.
        const QString evidence = str(parse(merge.out)["results"][0]["records"]["evidence_id"]);
        const auto envelope = fx.json("evidence/" + evidence + ".json");
        QVERIFY(envelope["artifact"]["decision"]["decided_on"]["os_user"].is_string());
        QVERIFY(!str(envelope["artifact"]["decision"]["decided_on"]["app_version"]).isEmpty());
    }

    void storeCommandsNameTheRacedLines()
    {
        // Two writers counted 2 lines and both wrote evt-00000003; both read
        // generation 2 and wrote 3: one bump lost.
        StoreFixture fx;
        const QByteArray journal = fx.read("journal.jsonl");
        const QByteArray second = journal.mid(journal.indexOf('\n') + 1);
        const QByteArray third = QByteArray(second).replace("evt-00000002", "evt-00000003");
        fx.write("journal.jsonl", journal + third + third);
        fx.write("manifest.json",
            StoreFixture::manifest().replace(
                "\"active_generation\": 2", "\"active_generation\": 3"));

        const Run text = cli({ "validate", fx.root() });
        QCOMPARE(text.exitCode, 0); // warnings: no verdict changes
        for (const char *expected :
            { "warning [journal_duplicate_id event_id] event_id evt-00000003 is carried by lines "
              "3 and 4",
                "warning [journal_numbering event_id] line 4 carries event_id evt-00000003 but "
                "the daemon numbers it evt-00000004",
                "warning [generation_mismatch active_generation] manifest.json "
                "active_generation is 3 but journal.jsonl holds 4 events" })
            QVERIFY2(text.out.contains(expected), text.out.constData());

        const auto doc = parse(cli({ "validate", "--json", fx.root() }).out);
        QStringList found;
        for (const auto &r : doc["results"])
            for (const auto &w : r["warnings"])
                if (w["rule"] != "dangling")
                    found << QStringLiteral("%1 %2 %3")
                                 .arg(str(r["path"]).section('/', -1), str(w["rule"]))
                                 .arg(w.contains("line") ? w["line"].get<int>() : 0);
        QCOMPARE(found,
            (QStringList { "journal.jsonl journal_duplicate_id 3",
                "journal.jsonl journal_numbering 4", "manifest.json generation_mismatch 0" }));

        const Run summary = cli({ "store", "summary", fx.root() });
        QCOMPARE(summary.exitCode, 0);
        for (const char *expected :
            { "  journal.jsonl:3 [journal_duplicate_id] event_id evt-00000003 is carried by lines "
              "3 and 4",
                "  journal.jsonl:4 [journal_numbering] line 4 carries event_id evt-00000003",
                "  manifest.json [generation_mismatch] manifest.json active_generation is 3 but "
                "journal.jsonl holds 4 events: 1 bump was lost" })
            QVERIFY2(summary.out.contains(expected), summary.out.constData());
        const auto s = parse(cli({ "store", "summary", "--json", fx.root() }).out);
        QCOMPARE(s["journal"]["daemon_count"].get<int>(), 4);
        QCOMPARE(s["race"].size(), 3u);
        QCOMPARE(str(s["race"][0]["rule"]), QStringLiteral("journal_duplicate_id"));
        QCOMPARE(s["race"][0]["line"].get<int>(), 3);
        QVERIFY(str(s["race"][0]["message"]).contains("lines 3 and 4"));
        QCOMPARE(str(s["race"][1]["rule"]), QStringLiteral("journal_numbering"));
        QCOMPARE(s["race"][1]["line"].get<int>(), 4);
        QCOMPARE(str(s["race"][2]["rule"]), QStringLiteral("generation_mismatch"));
        QCOMPARE(str(s["race"][2]["path"]), QStringLiteral("manifest.json"));
        QVERIFY(!s["race"][2].contains("line"));

        // A clean store lists nothing of the kind.
        StoreFixture clean;
        QVERIFY(!cli({ "store", "summary", clean.root() }).out.contains("Unlocked writes"));
        QCOMPARE(parse(cli({ "store", "summary", "--json", clean.root() }).out)["race"].size(), 0u);
    }

    void evidenceVerifyFile()
    {
        const QString envelope = QStringLiteral(
            SYNCDESK_TEST_DATA "/reference/evidence/secure-agent-access.evidence.json");
        const Run ok = cli({ "evidence", "verify", "--json", envelope });
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(str(parse(ok.out)["results"][0]["status"]), QStringLiteral("ok"));

        QTemporaryDir dir;
        QFile in(envelope);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(dir.path() + "/tampered.json");
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().replace("\"internal\"", "\"public\""));
        out.close();
        const Run bad = cli({ "evidence", "verify", "--json", out.fileName() });
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(str(parse(bad.out)["results"][0]["status"]), QStringLiteral("tampered"));
        const Run text = cli({ "evidence", "verify", out.fileName() });
        QVERIFY(text.out.startsWith("tampered"));
    }

    void resolveReviseDecidesAgain()
    {
        ResolutionFixture fx;
        const QStringList base { "resolve", fx.root(), "--conflict", "conflict:alpha-001",
            "--actor", "actor:local-user" };
        const Run first
            = cli(base + QStringList { "--option", "fork", "--rationale", "Keep both.", "--json" });
        QCOMPARE(first.exitCode, 0);
        const QString firstEvidence = str(parse(first.out)["results"][0]["records"]["evidence_id"]);

        // --revise without --rationale: a usage error naming the conflict, nothing read.
        const auto decided = treeSnapshot(fx.root());
        const Run bare = cli(base + QStringList { "--option", "merge", "--revise" });
        QCOMPARE(bare.exitCode, 2);
        QVERIFY2(
            bare.err.contains("conflict:alpha-001") && bare.err.contains("--rationale"), bare.err);
        // A decided conflict without --revise: refused, and the message says how.
        const Run plain = cli(base + QStringList { "--option", "merge", "--rationale", "Why." });
        QCOMPARE(plain.exitCode, 1);
        QVERIFY2(plain.out.contains("not_pending") && plain.out.contains("--revise"), plain.out);
        QCOMPARE(treeSnapshot(fx.root()).value("conflicts/conflict_alpha-001.json"),
            decided.value("conflicts/conflict_alpha-001.json"));

        // With --revise and words: a second envelope naming the first.
        const Run revised = cli(base
            + QStringList {
                "--option", "merge", "--rationale", "One text after all.", "--revise", "--json" });
        QCOMPARE(revised.exitCode, 0);
        const auto r = parse(revised.out)["results"][0];
        QCOMPARE(str(r["outcome"]), QStringLiteral("applied"));
        QVERIFY(r["revise"] == true);
        const auto envelope = fx.json("evidence/" + str(r["records"]["evidence_id"]) + ".json");
        QCOMPARE(str(envelope["artifact"]["supersedes"]), firstEvidence);
        QVERIFY(envelope["artifact"]["gate"]["actor"]["digest"].is_string());
        // Strictly valid, all of it.
        const Run strict = cli({ "validate", fx.root(), "--strict" });
        QVERIFY2(strict.exitCode == 0, strict.out + strict.err);

        // --revise on a pending conflict: refused, naming it.
        ResolutionFixture pending;
        const Run early = cli(
            QStringList { "resolve", pending.root(), "--conflict", "conflict:alpha-001", "--actor",
                "actor:local-user", "--option", "fork", "--rationale", "Why.", "--revise" });
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.out.contains("not_decided") && early.out.contains("conflict:alpha-001"),
            early.out);
    }

    void dossierExportAndVerify()
    {
        DossierFixture fx;
        const QMap<QString, QString> before = treeSnapshot(fx.root());
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("dossier"));
        const Run exported = cli({ "dossier", "export", fx.root(), folder, "--decided", "--actor",
            "actor:second", "--json" });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const auto result = parse(exported.out);
        QCOMPARE(result["conflicts"].size(), 1u);
        QCOMPARE(str(result["conflicts"][0]), QString::fromLatin1(DossierFixture::kBeta));
        QCOMPARE(treeSnapshot(fx.root()), before);

        const Run ok = cli({ "dossier", "verify", folder });
        QVERIFY2(ok.exitCode == 0, ok.out.constData());
        QVERIFY(ok.out.contains("verified"));

        // A non-empty folder and one inside the store are refused, exit 1.
        const Run again
            = cli({ "dossier", "export", fx.root(), folder, "--conflict", DossierFixture::kAlpha });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("not empty"));
        const Run inside = cli({ "dossier", "export", fx.root(), fx.root() + "/out", "--conflict",
            DossierFixture::kAlpha });
        QCOMPARE(inside.exitCode, 1);
        QVERIFY(inside.err.contains("inside the store"));
        const Run none = cli({ "dossier", "export", fx.root(), out.filePath("none"), "--conflict",
            "conflict:nope" });
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(treeSnapshot(fx.root()), before);

        // One changed byte: exit 1, and the message names the file.
        DossierEditor d(folder);
        d.flipByte(QStringLiteral("report.html"));
        const Run broken = cli({ "dossier", "verify", folder });
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.contains("report.html"), broken.out.constData());
        const Run json = cli({ "dossier", "verify", "--json", folder });
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(str(parse(json.out)["file"]), QStringLiteral("report.html"));
        QVERIFY(parse(json.out)["ok"] == false);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
