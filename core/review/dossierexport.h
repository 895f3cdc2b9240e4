// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/result.h"
#include "core/review/dossiermanifest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace SyncDesk {

class Store;

/// What an export wrote.
struct DossierExportResult final
{
    QString folder; ///< the dossier folder, absolute
    QStringList conflictIds; ///< in the order of the manifest
    int files = 0; ///< files written, manifest.json and manifest.sha256 included
    int recordFiles = 0; ///< copies of store records (records/…, journal excerpt included)
    int journalLines = 0;
    QByteArray manifestSha256; ///< hex, as in manifest.sha256
};

/**
 * Writes a dossier (README, "Dossiers"): the trail of each selected conflict
 * (ConflictTrail) copied byte for byte below records/ keeping each file's path
 * in the store, the trail's journal lines as records/journal.jsonl (each line
 * exactly as in the store, in store order, with its line number and digest in
 * the manifest), report.html, manifest.json and manifest.sha256, each file
 * written durably and manifest.sha256 last: a folder without it is an export
 * that did not finish. The store is only read.
 */
class DossierExport final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::DossierExport)

public:
    /**
     * The conflict ids selection names in store, sorted; a failure (translated)
     * for a conflict that is not in the store, a time that cannot be read, or
     * a selection that matches nothing.
     */
    static Result<QStringList> select(const Store &store, const DossierSelection &selection);

    /**
     * Exports selection from store to folder out, which must not exist or be
     * empty and must not lie inside the store. nowMs (milliseconds since the
     * epoch) is the export time; -1 for now. A failure (translated) names the
     * file or the reason; a failed export may leave a partial folder behind,
     * without manifest.sha256.
     */
    static Result<DossierExportResult> run(const Store &store, const DossierSelection &selection,
        const QString &out, qint64 nowMs = -1);

    /// Whether path is root or below it, comparing the real paths (links resolved)
    /// of path's nearest existing ancestor.
    static bool isInside(const QString &path, const QString &root);
};

} // namespace SyncDesk
