// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/result.h"

#include <QCoreApplication>
#include <QString>

namespace SyncDesk::Ui {

/**
 * Prints a dossier's report.html to PDF with Qt's own QPdfWriter (QtGui: no
 * print dialog, no printer, no Qt PrintSupport): what an auditor who wants
 * paper or one attachment asks for. The PDF is a rendering of the report, not
 * part of the dossier: it is written outside the dossier folder, since verify
 * refuses files the manifest does not list.
 */
class DossierPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::Ui::DossierPrinter)

public:
    /// Lays out html (a report, self-contained) on A4 pages and writes them to pdfPath.
    static Result<void> printHtml(
        const QString &html, const QString &title, const QString &pdfPath);
    /// printHtml() of a dossier folder's report.html.
    static Result<void> printReport(const QString &dossierFolder, const QString &pdfPath);
    /// Where the PDF goes by default: beside the folder, "<folder>.pdf".
    static QString defaultPdfPath(const QString &dossierFolder);
};

} // namespace SyncDesk::Ui
