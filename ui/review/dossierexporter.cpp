// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/review/dossierexporter.h"

#include "core/review/dossierexport.h"
#include "core/store/store.h"
#include "ui/review/dossierprinter.h"

#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

namespace SyncDesk::Ui {

void DossierExporter::run(
    QWidget *parent, const Store &store, const DossierSelection &selection, const QString &what)
{
    const QString folder = QFileDialog::getExistingDirectory(parent,
        tr("Export Dossier of %1: Choose a New or Empty Folder").arg(what), QDir::homePath());
    if (folder.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = DossierExport::run(store, selection, folder);
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        QMessageBox::warning(parent, tr("Dossier Not Exported"), result.error());
        return;
    }

    QMessageBox box(QMessageBox::Information, tr("Dossier Exported"),
        tr("The dossier of %1 is in %2: %n conflict(s), ", nullptr, int(result->conflictIds.size()))
                .arg(what, result->folder)
            + tr("%n file(s).", nullptr, result->files),
        QMessageBox::Close, parent);
    box.setInformativeText(tr("An auditor checks it with 'syncdesk-cli dossier verify %1'. "
                              "Printing adds a PDF beside the folder, not in it.")
                               .arg(result->folder));
    QPushButton *print = box.addButton(tr("Print to PDF…"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() != print)
        return;
    const QString pdf = QFileDialog::getSaveFileName(parent, tr("Print Dossier Report to PDF"),
        DossierPrinter::defaultPdfPath(result->folder), tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return;
    if (DossierExport::isInside(pdf, result->folder)) {
        QMessageBox::warning(parent, tr("PDF Not Written"),
            tr("A file inside the dossier folder would make it fail verification. Choose a "
               "place outside %1.")
                .arg(result->folder));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto printed = DossierPrinter::printReport(result->folder, pdf);
    QGuiApplication::restoreOverrideCursor();
    if (!printed)
        QMessageBox::warning(parent, tr("PDF Not Written"), printed.error());
    else
        QMessageBox::information(
            parent, tr("PDF Written"), tr("The dossier's report is printed to %1.").arg(pdf));
}

} // namespace SyncDesk::Ui
