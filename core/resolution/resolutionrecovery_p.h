// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/resolution/resolution_p.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace SyncDesk::ResolutionDetail {

/**
 * Finishes what an interrupted writer left: the batch in the intent file
 * (syncdesk-intent.json) is completed where every record is still as Sync Desk
 * planned it, withdrawn where another writer changed the conflict meanwhile,
 * and the journal line or generation bump it still owes is written.
 */
class ResolutionRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::ResolutionDetail::ResolutionRecovery)

public:
    /**
     * Completes (or, where the conflict changed meanwhile, undoes) a batch an
     * interrupted writer left in the intent file. Call under the writer lock.
     */
    static std::optional<IoError> run(const StoreDir &dir, const QString &now, QStringList &notes,
        const std::function<void(WriteStep)> &beforeStep = {});
};

} // namespace SyncDesk::ResolutionDetail
