// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Recovery from a fuzzed intent file (issue 14). The first byte chooses how the
// rest reaches the store's syncdesk-intent.json:
//   even: the rest is an intent *body* (an object), given a pending batch id and
//         sealed with this process's own key, so that recovery really acts on
//         it (the hard case: a sealed intent must still never be a source of
//         paths);
//   odd:  the rest is the whole file as it is (forged, torn, anything).
// Then one Apply runs recovery. Whatever the input, nothing outside the scratch
// store may change and none of the files the store started with may vanish;
// either is reported by abort(), which libFuzzer records as a crash.

#include "core/records/intentseal.h"
#include "core/resolution/resolution.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cstdlib>

using namespace SyncDesk;

namespace {

constexpr std::string_view kConflict = R"({
  "schema": "sourceos.conflict-record/v1alpha1",
  "conflict_id": "conflict:alpha-001",
  "object_id": "object:alpha",
  "object_type": "file",
  "workspace_id": "workspace:default",
  "profile_id": "profile:local-dev",
  "actors": ["actor:agent-one", "actor:local-user"],
  "devices": ["device:local"],
  "schema_version": "v1",
  "severity": "review_required",
  "merge_policy": "human_review_required",
  "decision_card": {
    "card_id": "decision-card:conflict-alpha-001",
    "options": ["merge", "fork", "skip"],
    "recommended_option": "merge",
    "selected_option": null,
    "rationale": "Payload lineage diverged.",
    "selected_by": null,
    "selected_at": null
  },
  "user_explanation": "Two scoped actors produced competing updates.",
  "created_at": "2026-05-05T00:07:00Z"
}
)";

const QStringList kInitial { QStringLiteral("manifest.json"), QStringLiteral("journal.jsonl"),
    QStringLiteral("conflicts/conflict_alpha-001.json"),
    QStringLiteral("evidence/evidence-0123456789abcdef0123.json"),
    QStringLiteral("operations/workspace-operation_alpha.json"),
    QStringLiteral("tasks/operation-task_alpha-1.json") };

/// Every name below dir, so that a new or vanished file outside the store shows.
QStringList listing(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool stateSet = [] {
        qputenv("SYNCDESK_STATE_DIR",
            QFile::encodeName(SyncDeskFuzz::scratchDir() + QStringLiteral("/state")));
        return true;
    }();
    (void)stateSet;
    if (size < 1)
        return -1;
    const QString base = SyncDeskFuzz::scratchDir() + QStringLiteral("/case");
    const QString root = base + QStringLiteral("/store");
    const QString outside = base + QStringLiteral("/outside");
    QDir(base).removeRecursively();
    QDir().mkpath(outside);
    if (!SyncDeskFuzz::writeFile(outside, QStringLiteral("bashrc"), "# the user's own\n"))
        return -1;
    for (const auto &[rel, content] : { std::pair { kInitial[0], SyncDeskFuzz::kManifest },
             std::pair { kInitial[1], std::string_view() }, std::pair { kInitial[2], kConflict },
             std::pair { kInitial[3], std::string_view("{}\n") },
             std::pair { kInitial[4], std::string_view("{}\n") },
             std::pair { kInitial[5], std::string_view("{}\n") } })
        if (!SyncDeskFuzz::writeFile(root, rel, content))
            return -1;
    const QStringList outsideBefore = listing(outside);

    const std::string_view rest = SyncDeskFuzz::bytes(data + 1, size - 1);
    std::string file;
    if ((data[0] & 1) == 0) {
        auto body = parseJson(rest);
        if (!body.ok() || !body.value.is_object())
            return -1;
        // A batch this account has pending, as after a crash, so that recovery acts.
        const QString batch = IntentSeal::newBatchId();
        const QString store = IntentSeal::storeIdentity(root);
        if (IntentSeal::markPending(batch, store))
            return -1;
        body.value["batch_id"] = batch.toStdString();
        body.value["store"] = store.toStdString();
        const QByteArray sealed = IntentSeal::seal(body.value, IntentSeal::key().value());
        file.assign(sealed.constData(), std::size_t(sealed.size()));
    } else {
        file.assign(rest);
    }
    if (!SyncDeskFuzz::writeFile(root, ResolutionWriter::intentFileName(), file))
        return -1;

    ApplyOptions options;
    options.lockTimeoutMs = 0;
    (void)ResolutionWriter::apply(root, {}, options);

    QFile bashrc(outside + QStringLiteral("/bashrc"));
    if (listing(outside) != outsideBefore || !bashrc.open(QIODevice::ReadOnly)
        || bashrc.readAll() != "# the user's own\n")
        std::abort(); // a write reached outside the store
    for (const auto &p : listing(base)) // nothing appears beside the store either
        if (p != root && p != outside && !p.startsWith(root + QLatin1Char('/'))
            && !p.startsWith(outside + QLatin1Char('/')))
            std::abort();
    for (const auto &rel : kInitial)
        if (!QFile::exists(root + QLatin1Char('/') + rel))
            std::abort(); // recovery removed a file Sync Desk did not write
    return 0;
}
