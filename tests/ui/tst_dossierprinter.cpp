// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "dossierfixture.h"

#include "core/review/dossierexport.h"
#include "core/review/dossierverify.h"
#include "core/store/store.h"
#include "ui/review/dossierprinter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace SyncDesk;
using SyncDesk::Ui::DossierPrinter;

class TestDossierPrinter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsTheReportToPdf()
    {
        DossierFixture fx;
        const auto store = Store::open(fx.root());
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("dossier"));
        DossierSelection selection;
        selection.decided = true;
        const auto exported = DossierExport::run(*store, selection, folder);
        QVERIFY2(exported, qPrintable(exported.error()));

        const QString pdf = DossierPrinter::defaultPdfPath(folder);
        QCOMPARE(pdf, out.filePath(QStringLiteral("dossier.pdf")));
        const auto printed = DossierPrinter::printReport(folder, pdf);
        QVERIFY2(printed, qPrintable(printed.error()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        // More than an empty page: the report's pages are laid out.
        QVERIFY2(bytes.size() > 4000, QByteArray::number(bytes.size()).constData());
        // Beside the dossier, not in it: the dossier still verifies.
        QVERIFY(DossierVerify::run(folder).ok);
    }

    void missingReportIsAnError()
    {
        QTemporaryDir out;
        const auto printed
            = DossierPrinter::printReport(out.path(), out.filePath(QStringLiteral("x.pdf")));
        QVERIFY(!printed);
        QVERIFY(printed.error().contains(QLatin1String("report.html")));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_MAIN(TestDossierPrinter)
#include "tst_dossierprinter.moc"
