// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/resolution/resolution_p.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace SyncDesk::ResolutionDetail {

/**
 * Writes the planned decisions of one batch to the store (spec/store.md,
 * "Writing a resolution back"): the sealed intent first, then evidence,
 * operations and tasks, the conflicts, one journal append and the generation
 * bump, each step durable before the next; ResolutionRecovery completes what a
 * crash interrupts.
 */
class BatchWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::ResolutionDetail::BatchWriter)

public:
    /// The body of a batch's intent (sealed by IntentSeal): ids, records and the
    /// SHA-256 of every file as Sync Desk writes it, never a path.
    static Json intentBody(const std::vector<Planned> &batch, qint64 journalLinesBefore,
        qint64 journalSizeBefore, qint64 generationBefore);

    /**
     * Writes one batch durably in the spec's order. On an I/O error the batch is
     * rolled back (new files removed, replaced files restored, journal truncated)
     * and the intent removed; if even that fails the intent stays for recovery.
     */
    static std::optional<IoError> write(const StoreDir &dir, std::vector<Planned> &batch,
        qint64 journalLinesBefore, qint64 generationBefore, const QString &updatedAt,
        const std::function<void(WriteStep)> &beforeStep);
};

} // namespace SyncDesk::ResolutionDetail
