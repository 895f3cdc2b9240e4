// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The loader reads, validates and extracts most records without a DOM
// (parseFlat(), Validator::validateFlat(), FlatExtractor) and every other one
// from parseJson()'s value. The store it loads must be the one the DOM alone
// gives: every field, verdict, warning and error, whichever path a file took.

#include "core/json/jsonfast_p.h"
#include "core/records/recordread.h"
#include "core/store/store.h"
#include "storedump.h"
#include "storefixture.h"

#include <QFile>
#include <QScopeGuard>
#include <QTest>

#include <fcntl.h>

using namespace SyncDesk;

Q_DECLARE_METATYPE(SyncDesk::ValidationMode)

namespace {

/// Which way the loader reads a file.
enum Path
{
    Dom, ///< Validator::validateFlat() gives up: validated and extracted on the DOM
    Back, ///< validated without a DOM, but FlatExtractor hands it back to the DOM
    Flat, ///< validated and extracted without a DOM
};

struct Variant final
{
    const char *name;
    const char *from; ///< replaced in the reference record; empty: as it is
    const char *to;
    Path path;
    const char *folder = nullptr; ///< another registry than the record's own
    bool misnamed = false; ///< a file name that is not the record's id
};

/// A copy of a reference record under a new id (and the file name that matches it), one change
/// made.
QByteArray variantOf(
    QByteArray record, const QByteArray &id, const QByteArray &newId, const Variant &v)
{
    Q_ASSERT(record.contains(id));
    record.replace(id, newId);
    if (*v.from) {
        Q_ASSERT(record.contains(v.from));
        record.replace(v.from, v.to);
    }
    return record;
}

} // namespace

class TestFlatRecords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flatLoadsWhatTheDomLoads_data()
    {
        QTest::addColumn<ValidationMode>("mode");
        QTest::newRow("syncdesk") << ValidationMode::SyncDesk;
        QTest::newRow("strict") << ValidationMode::Strict;
    }
    void flatLoadsWhatTheDomLoads()
    {
        QFETCH(ValidationMode, mode);
        StoreFixture fx;
        // The fixture's own records are plain and read without a DOM, but for
        // the conflict and the envelope (validateFlat() leaves them to the DOM).
        int expectedFlat = 9;
        QList<QPair<QString, Path>> written;
        const auto add = [&](const char *folder, const char *prefix, const char *idPrefix,
                             const QString &reference, const QByteArray &id,
                             std::initializer_list<Variant> variants) {
            const QByteArray record = fx.read(reference);
            QVERIFY(!record.isEmpty());
            int n = 0;
            for (const Variant &v : variants) {
                const QByteArray suffix = "flat-" + QByteArray::number(++n);
                const QString rel
                    = QStringLiteral("%1/%2_%3%4.json")
                          .arg(QLatin1String(v.folder ? v.folder : folder), QLatin1String(prefix),
                              QLatin1String(v.misnamed ? "other-" : ""),
                              QString::fromLatin1(suffix));
                fx.write(rel, variantOf(record, id, QByteArray(idPrefix) + ':' + suffix, v));
                written.append({ rel, v.path });
                expectedFlat += v.path == Flat ? 1 : 0;
            }
        };
        add("tasks", "operation-task", "operation-task", "tasks/operation-task_alpha-0001.json",
            "operation-task:alpha-0001",
            {
                { "plain", "", "", Flat },
                { "attempt 0", R"("attempt": 1)", R"("attempt": 0)", Dom },
                { "attempt -1", R"("attempt": 1)", R"("attempt": -1)", Dom },
                { "attempt over int64", R"("attempt": 1)", R"("attempt": 9223372036854775808)",
                    Flat },
                { "attempt 2.0", R"("attempt": 1)", R"("attempt": 2.0)", Dom },
                { "attempt big", R"("attempt": 1)", R"("attempt": 18446744073709551616)", Dom },
                { "escaped timestamp", R"("2026-05-05T00:10:02Z")",
                    R"("2026-05-05T00:10:02\u005a")", Dom },
                { "escaped optional id", R"("remote-op:9931")", R"("remote-op:99\u00331")", Back },
                { "escaped list item", R"(["evidence:operation-task-0001"])",
                    "[\"evidence:a\\\"b\", \"c\"]" /* moc misreads \" in a raw string */, Back },
                { "empty list", R"(["evidence:operation-task-0001"])", "[]", Flat },
                { "number as id", R"("conflict:alpha-001")", "12", Dom },
                { "null optional", R"("remote-op:9931")", "null", Flat },
                { "unknown field", R"("replay_safe": true)", R"("replay_safe": true, "x": 1)",
                    Dom },
                { "record_id as number", R"("replay_safe": true)",
                    R"("replay_safe": true, "record_id": 7)", Flat },
                { "bad status", R"("succeeded")", R"("bogus")", Dom },
                { "list not a list", R"(["evidence:operation-task-0001"])", R"("x")", Dom },
                { "raw UTF-8", R"("idem-replay-alpha-0001")", "\"idem-caf\xc3\xa9\"", Flat },
                { "duplicate key", R"("replay_safe": true)",
                    R"("replay_safe": true, "replay_safe": false)", Dom },
                { "boolean as text", R"("replay_safe": true)", R"("replay_safe": "yes")", Dom },
                { "nested list item", R"(["evidence:operation-task-0001"])", R"([["x"]])", Dom },
                // What the loader adds itself, on either path.
                { "in another kind's folder", "", "", Flat, "operations" },
                { "misnamed", "", "", Flat, nullptr, true },
            });
        add("operations", "workspace-operation", "workspace-operation",
            "operations/workspace-operation_alpha-001.json", "workspace-operation:alpha-001",
            {
                { "plain", "", "", Flat },
                { "escaped pair value", R"("artifact:temp-1": "object:alpha")",
                    R"("artifact:temp-1": "object:\u0061lpha")", Back },
                { "number as pair value", R"("artifact:temp-1": "object:alpha")",
                    R"("artifact:temp-1": 1)", Dom },
                { "empty map", "{\n    \"artifact:temp-1\": \"artifact:final-44\"\n  }", "{}",
                    Flat },
                { "escaped updated_at", R"("2026-05-05T00:10:05Z")",
                    R"("2026-05-05T00:10:05\u005a")", Dom },
                { "null required flag", R"("stale_task": false)", R"("stale_task": null)", Dom },
                { "flags the other way", R"("stale_task": false)", R"("stale_task": true)", Flat },
            });
        add("policy-decisions", "policy-decision", "policy-decision",
            "policy-decisions/policy-decision_review-alpha.json", "policy-decision:review-alpha",
            {
                { "plain", "", "", Flat },
                { "escaped rationale", R"("rationale": ")", R"("rationale": "a\nb )", Back },
                { "number rationale",
                    R"("The actor and object are in scope, but human review is required for the MVP fixture.")",
                    "5", Dom },
            });
        add("actors", "actor", "actor", "actors/actor_agent-one.json", "actor:agent-one",
            {
                { "plain", "", "", Flat },
                { "revoked", R"("revoked_at": null)", R"("revoked_at": "2026-05-06T00:00:00Z")",
                    Flat },
                { "revoked empty", R"("revoked_at": null)", R"("revoked_at": "")", Dom },
                { "bad capability", R"(["read", "write"])", R"(["read", "fly"])", Dom },
                { "escaped display name", R"("Agent One")", R"("Agent\tOne")", Back },
            });
        add("devices", "device", "device", "devices/device_local.json", "device:local",
            {
                { "plain", "", "", Flat },
                { "revoked state", R"("trusted")", R"("revoked")", Flat },
                { "revoked at", R"("revoked_at": null)", R"("revoked_at": "2026-05-06T00:00:00Z")",
                    Flat },
            });

        // Which way each file goes, by the reader the loader calls.
        for (const auto &[rel, path] : std::as_const(written)) {
            FlatDocument doc;
            const RecordRead read = RecordReader::readAt(AT_FDCWD,
                QFile::encodeName(fx.path(rel)).constData(), mode, kMaxRecordFileSize, true, &doc);
            QVERIFY2(read.flat == (path != Dom), qPrintable(rel));
        }

        StoreOpenOptions options;
        options.mode = mode;
        const auto flat = Store::open(fx.root(), options);
        setFlatParseEnabled(false);
        const auto guard = qScopeGuard([] { setFlatParseEnabled(true); });
        const auto dom = Store::open(fx.root(), options);
        QCOMPARE(flat->state(), Store::State::Ok);
        const QStringList a = storeDump(*flat), b = storeDump(*dom);
        QVERIFY2(a == b,
            qPrintable(firstDumpDifference(a, b, QStringLiteral("flat"), QStringLiteral("DOM"))));
        QCOMPARE(flat->loadStats().filesReadFlat, expectedFlat);
        QCOMPARE(dom->loadStats().filesReadFlat, 0);
        // The variants are not all alike: the comparison above covers warnings and errors.
        int errors = 0, warnings = 0;
        for (const Problem &p : dom->problems())
            (p.severity == Severity::Error ? errors : warnings) += 1;
        QVERIFY(errors >= 3 && warnings >= 10);
    }
};

QTEST_GUILESS_MAIN(TestFlatRecords)
#include "tst_flatrecords.moc"
