// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// journal.jsonl parsing: the input is the journal of an otherwise empty,
// initialized store, read by the same loader the window and CLI use.

#include "core/store/store.h"
#include "fuzzsupport.h"

#include <cstdlib>

using namespace SyncDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString &root = SyncDeskFuzz::scratchDir();
    if (!SyncDeskFuzz::writeFile(root, QStringLiteral("manifest.json"), SyncDeskFuzz::kManifest)
        || !SyncDeskFuzz::writeFile(
            root, QStringLiteral("journal.jsonl"), SyncDeskFuzz::bytes(data, size)))
        return -1;
    StoreOpenOptions options;
    options.threads = 1;
    const auto store = Store::open(root, options);
    const JournalInfo &j = store->journal();
    // Every complete line is an event or a corrupt line, nothing else.
    if (!j.present || j.corruptLines > j.lines
        || qsizetype(j.events.size()) + j.corruptLines != j.lines)
        std::abort();
    return 0;
}
