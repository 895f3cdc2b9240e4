// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/result.h"

#include <QCoreApplication>
#include <QString>

namespace SyncDesk {

struct DemoStoreOptions final
{
    int operations = 36;
    int tasks = -1; ///< -1: about 1.4 x operations
    int conflicts = 10;
    int evidence = -1; ///< -1: max(8, operations / 10)
    quint64 seed = 1;
};

/**
 * Writes a realistic, deterministic workspace store for demos, screenshots,
 * benchmarks and tests: every operation type and status, retried tasks,
 * pending and decided DecisionCards, allow/deny/review policies, verified
 * evidence, plus exactly one tampered envelope and a few references to
 * evidence that does not exist. The same options give the same bytes.
 */
class DemoStore final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::DemoStore)

public:
    /// The options with the -1 defaults replaced by the counts that will be written.
    static DemoStoreOptions resolved(const DemoStoreOptions &options);

    /**
     * Writes a new store into dir (created if missing). Refuses a dir that exists
     * and is not empty, and counts that cannot hold the demo's cases. A failure
     * says why in a translated message naming the path and the problem.
     */
    static Result<void> write(const QString &dir, const DemoStoreOptions &options);
};

} // namespace SyncDesk
