// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The loader reads, validates and extracts most records without a DOM
// (parseFlat(), Validator::validateFlat(), FlatExtractor) and every other one
// from parseJson()'s value. The store it loads must be the one the DOM alone
// gives: every field, verdict, warning and error, whichever path a file took.

#include "core/json/jsonfast_p.h"
#include "core/store/store.h"
#include "storedump.h"
#include "storefixture.h"

#include <QScopeGuard>
#include <QTest>

using namespace SyncDesk;

namespace {

struct Variant final
{
    const char *name;
    const char *from; ///< replaced in the reference record; empty: as it is
    const char *to;
    bool flat; ///< read without a DOM
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

QString firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i])
            return QStringLiteral("flat: %1\nDOM:  %2").arg(a[i], b[i]);
    return a.size() == b.size() ? QString()
                                : QStringLiteral("%1 lines against %2").arg(a.size()).arg(b.size());
}

} // namespace

class TestFlatRecords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flatLoadsWhatTheDomLoads()
    {
        StoreFixture fx;
        // The fixture's own records are plain and read without a DOM, but for
        // the conflict and the envelope (validateFlat() leaves them to the DOM).
        int expectedFlat = 9;
        const auto add = [&](const char *folder, const char *prefix, const char *idPrefix,
                             const QString &reference, const QByteArray &id,
                             std::initializer_list<Variant> variants) {
            const QByteArray record = fx.read(reference);
            QVERIFY(!record.isEmpty());
            int n = 0;
            for (const Variant &v : variants) {
                const QByteArray suffix = "flat-" + QByteArray::number(++n);
                fx.write(QStringLiteral("%1/%2_%3.json")
                             .arg(QLatin1String(folder), QLatin1String(prefix),
                                 QString::fromLatin1(suffix)),
                    variantOf(record, id, QByteArray(idPrefix) + ':' + suffix, v));
                expectedFlat += v.flat ? 1 : 0;
            }
        };
        add("tasks", "operation-task", "operation-task", "tasks/operation-task_alpha-0001.json",
            "operation-task:alpha-0001",
            {
                { "plain", "", "", true },
                { "attempt 0", R"("attempt": 1)", R"("attempt": 0)", false },
                { "attempt -1", R"("attempt": 1)", R"("attempt": -1)", false },
                { "attempt over int64", R"("attempt": 1)", R"("attempt": 9223372036854775808)",
                    true },
                { "attempt 2.0", R"("attempt": 1)", R"("attempt": 2.0)", false },
                { "attempt big", R"("attempt": 1)", R"("attempt": 18446744073709551616)", false },
                { "escaped timestamp", R"("2026-05-05T00:10:02Z")",
                    R"("2026-05-05T00:10:02\u005a")", false },
                { "escaped optional id", R"("remote-op:9931")", R"("remote-op:99\u00331")", false },
                { "escaped list item", R"(["evidence:operation-task-0001"])",
                    "[\"evidence:a\\\"b\", \"c\"]" /* moc misreads \" in a raw string */, false },
                { "empty list", R"(["evidence:operation-task-0001"])", "[]", true },
                { "number as id", R"("conflict:alpha-001")", "12", false },
                { "null optional", R"("remote-op:9931")", "null", true },
                { "unknown field", R"("replay_safe": true)", R"("replay_safe": true, "x": 1)",
                    false },
                { "record_id as number", R"("replay_safe": true)",
                    R"("replay_safe": true, "record_id": 7)", true },
                { "bad status", R"("succeeded")", R"("bogus")", false },
                { "list not a list", R"(["evidence:operation-task-0001"])", R"("x")", false },
                { "raw UTF-8", R"("idem-replay-alpha-0001")", "\"idem-caf\xc3\xa9\"", true },
                { "duplicate key", R"("replay_safe": true)",
                    R"("replay_safe": true, "replay_safe": false)", false },
                { "boolean as text", R"("replay_safe": true)", R"("replay_safe": "yes")", false },
                { "nested list item", R"(["evidence:operation-task-0001"])", R"([["x"]])", false },
            });
        add("operations", "workspace-operation", "workspace-operation",
            "operations/workspace-operation_alpha-001.json", "workspace-operation:alpha-001",
            {
                { "plain", "", "", true },
                { "escaped pair value", R"("artifact:temp-1": "object:alpha")",
                    R"("artifact:temp-1": "object:\u0061lpha")", false },
                { "number as pair value", R"("artifact:temp-1": "object:alpha")",
                    R"("artifact:temp-1": 1)", false },
                { "empty map", "{\n    \"artifact:temp-1\": \"artifact:final-44\"\n  }", "{}",
                    true },
                { "escaped updated_at", R"("2026-05-05T00:10:05Z")",
                    R"("2026-05-05T00:10:05\u005a")", false },
                { "null required flag", R"("stale_task": false)", R"("stale_task": null)", false },
                { "flags the other way", R"("stale_task": false)", R"("stale_task": true)", true },
            });
        add("policy-decisions", "policy-decision", "policy-decision",
            "policy-decisions/policy-decision_review-alpha.json", "policy-decision:review-alpha",
            {
                { "plain", "", "", true },
                { "escaped rationale", R"("rationale": ")", R"("rationale": "a\nb )", false },
                { "number rationale", R"("rationale": ")", R"("rationale": 5, "r": ")", false },
            });
        add("actors", "actor", "actor", "actors/actor_agent-one.json", "actor:agent-one",
            {
                { "plain", "", "", true },
                { "revoked", R"("revoked_at": null)", R"("revoked_at": "2026-05-06T00:00:00Z")",
                    true },
                { "revoked empty", R"("revoked_at": null)", R"("revoked_at": "")", false },
                { "bad capability", R"(["read", "write"])", R"(["read", "fly"])", false },
                { "escaped display name", R"("Agent One")", R"("Agent\tOne")", false },
            });
        add("devices", "device", "device", "devices/device_local.json", "device:local",
            {
                { "plain", "", "", true },
                { "revoked state", R"("trusted")", R"("revoked")", true },
                { "revoked at", R"("revoked_at": null)", R"("revoked_at": "2026-05-06T00:00:00Z")",
                    true },
            });

        const auto flat = Store::open(fx.root());
        setFlatParseEnabled(false);
        const auto guard = qScopeGuard([] { setFlatParseEnabled(true); });
        const auto dom = Store::open(fx.root());
        QCOMPARE(flat->state(), Store::State::Ok);
        const QStringList a = storeDump(*flat), b = storeDump(*dom);
        QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
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
