// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/review/dossiermanifest.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace SyncDesk {
class Store;
} // namespace SyncDesk

namespace SyncDesk::Ui {

/**
 * The window's "Export Dossier…": asks for a new or empty folder, exports
 * the selection there (DossierExport, in core), says where it went and how
 * many conflicts and files, and offers to print report.html to PDF beside it.
 */
class DossierExporter final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::Ui::DossierExporter)

public:
    /// what names the selection for the dialogs ("conflict X", "the decided conflicts").
    static void run(QWidget *parent, const Store &store, const DossierSelection &selection,
        const QString &what);
};

} // namespace SyncDesk::Ui
