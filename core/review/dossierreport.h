// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/review/conflicttrail.h"
#include "core/review/dossiermanifest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace SyncDesk {

/**
 * report.html of a dossier: for people, what manifest.json is for verify. One
 * self-contained page (inline style, no script, no external resource, links
 * only to the dossier's own copies) with, per conflict, its trail in time
 * order. Every text that comes from a record is escaped: records are hostile.
 */
class DossierReport final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::DossierReport)

public:
    struct Conflict final
    {
        QString conflictId;
        QList<TrailEntry> entries; ///< the trail, in time order
        QStringList decisionChain; ///< envelope ids, first decision first
    };

    /**
     * The page for manifest's export facts (exportedAt, storePath, toolVersion,
     * selection; files and journal lines are not needed) and conflicts.
     * recordCount is the number of copied files the report says it covers.
     */
    static QString render(
        const DossierManifest &manifest, const QList<Conflict> &conflicts, int recordCount);

    /// A trail entry's kind in the reader's words ("Decision", "Revision", …).
    static QString kindName(TrailEntry::Kind kind);
    /// Where the copy of a store file is in the dossier ("records/" + file).
    static QString dossierPath(const QString &storeFile);
};

} // namespace SyncDesk
