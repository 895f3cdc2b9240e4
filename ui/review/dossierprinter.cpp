// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/review/dossierprinter.h"

#include "core/review/dossiermanifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace SyncDesk::Ui {
namespace {

/// A report larger than this is no report Sync Desk wrote.
constexpr qint64 kMaxReportSize = 64LL * 1024 * 1024;

} // namespace

Result<void> DossierPrinter::printHtml(
    const QString &html, const QString &title, const QString &pdfPath)
{
    QPdfWriter writer(pdfPath);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Sync Desk"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(150);

    QTextDocument document;
    // The report names no image and no stylesheet (DossierReport escapes every
    // record's text), so laying it out fetches nothing.
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    document.setHtml(html);
    document.print(&writer);
    // QPdfWriter reports no error; the file on disk says whether it worked.
    const QFileInfo written(pdfPath);
    if (!written.exists() || written.size() == 0)
        return Result<void>::failure(tr("%1 could not be written.").arg(pdfPath));
    return Result<void>::success();
}

Result<void> DossierPrinter::printReport(const QString &dossierFolder, const QString &pdfPath)
{
    QFile report(QDir(dossierFolder).filePath(QString::fromLatin1(DossierManifest::kReportFile)));
    if (!report.open(QIODevice::ReadOnly))
        return Result<void>::failure(
            tr("%1 cannot be read: %2").arg(report.fileName(), report.errorString()));
    if (report.size() > kMaxReportSize)
        return Result<void>::failure(tr("%1 is too large to print.").arg(report.fileName()));
    const QString html = QString::fromUtf8(report.readAll());
    return printHtml(html, tr("Sync Desk dossier"), pdfPath);
}

QString DossierPrinter::defaultPdfPath(const QString &dossierFolder)
{
    const QFileInfo folder(QDir::cleanPath(QFileInfo(dossierFolder).absoluteFilePath()));
    return folder.absolutePath() + QLatin1Char('/') + folder.fileName() + QStringLiteral(".pdf");
}

} // namespace SyncDesk::Ui
