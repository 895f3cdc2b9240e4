// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/cli/cliutil.h"
#include "app/cli/commands.h"
#include "app/cli/storeopen.h"

#include "core/review/dossierexport.h"
#include "core/review/dossierverify.h"

#include <QCoreApplication>

namespace SyncDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDesk::Cli", text);
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli dossier export: writes the trail of one conflict, or of the decided "
           "conflicts, to a new folder OUT: every record copied byte for byte under records/, "
           "the trail's journal lines, report.html, manifest.json with the SHA-256 of every "
           "file and manifest.sha256. The store is only read. OUT must be new or empty and "
           "outside the store.\n"
           "Exit 1 when the selection matches nothing or the export is refused or fails."));
    parser.addPositionalArgument(QStringLiteral("STORE"), tr("The workspace store folder."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The dossier folder to write."));
    const QCommandLineOption conflict(
        QStringLiteral("conflict"), tr("Export this conflict's trail."), QStringLiteral("ID"));
    const QCommandLineOption decided(
        QStringLiteral("decided"), tr("Export the trails of the decided conflicts."));
    const QCommandLineOption actor(QStringLiteral("actor"),
        tr("With --decided: only conflicts this actor decided."), QStringLiteral("ACTOR"));
    const QCommandLineOption since(QStringLiteral("since"),
        tr("With --decided: only decisions at or after T (RFC 3339 or YYYY-MM-DD)."),
        QStringLiteral("T"));
    const QCommandLineOption until(QStringLiteral("until"),
        tr("With --decided: only decisions at or before T (RFC 3339 or YYYY-MM-DD)."),
        QStringLiteral("T"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for machines."));
    parser.addOptions({ conflict, decided, actor, since, until, json });
    if (const int code = parseArguments(parser, arguments, 2, 2); code >= 0)
        return code;
    const bool filters = parser.isSet(actor) || parser.isSet(since) || parser.isSet(until);
    if (parser.isSet(conflict) == parser.isSet(decided) || (parser.isSet(conflict) && filters)) {
        err() << tr("Give either --conflict ID or --decided (with --actor, --since, --until).")
              << Qt::endl;
        return ExitUsage;
    }
    DossierSelection selection;
    selection.conflictId = parser.value(conflict);
    selection.decided = parser.isSet(decided);
    selection.actor = parser.value(actor);
    selection.since = parser.value(since);
    selection.until = parser.value(until);

    const QStringList positional = parser.positionalArguments();
    int exitCode = ExitOk;
    const auto store = openStoreForCommand(positional.at(0), exitCode);
    if (!store)
        return exitCode;
    const auto result = DossierExport::run(*store, selection, positional.at(1));
    if (!result) {
        err() << result.error() << Qt::endl;
        return ExitFindings;
    }
    if (parser.isSet(json)) {
        Json ids = Json::array();
        for (const QString &id : result->conflictIds)
            ids.push_back(toJson(id));
        printJson({ { "folder", toJson(result->folder) }, { "conflicts", std::move(ids) },
            { "files", result->files }, { "record_files", result->recordFiles },
            { "journal_lines", result->journalLines },
            { "manifest_sha256", result->manifestSha256.toStdString() } });
    } else {
        out() << tr("Wrote the dossier %1: %2 conflict(s), %3 files (%4 record copies, %5 "
                    "journal lines).")
                     .arg(result->folder)
                     .arg(result->conflictIds.size())
                     .arg(result->files)
                     .arg(result->recordFiles)
                     .arg(result->journalLines)
              << "\n"
              << tr("manifest.json SHA-256: %1").arg(QString::fromLatin1(result->manifestSha256))
              << Qt::endl;
    }
    return ExitOk;
}

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli dossier verify: checks a dossier folder offline: manifest.json against "
           "manifest.sha256, every file against the manifest (none missing, none added), every "
           "envelope's digest and id, each conflict's supersedes chain, and that the records "
           "name each other consistently. It proves the folder is unchanged since the export "
           "and consistent, not who made it: nothing is signed.\n"
           "Exit 1 naming the first break."));
    parser.addPositionalArgument(QStringLiteral("DOSSIER"), tr("The dossier folder."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for machines."));
    parser.addOption(json);
    if (const int code = parseArguments(parser, arguments, 1, 1); code >= 0)
        return code;
    const DossierVerifyReport report
        = DossierVerify::run(parser.positionalArguments().constFirst());
    if (parser.isSet(json)) {
        printJson({ { "ok", report.ok }, { "file", report.ok ? Json() : toJson(report.file) },
            { "message", report.ok ? Json() : toJson(report.message) }, { "files", report.files },
            { "conflicts", report.conflicts }, { "envelopes", report.envelopes },
            { "decisions", report.decisions }, { "journal_lines", report.journalLines } });
    } else if (report.ok) {
        out() << tr("Dossier verified: %1 files, %2 conflict(s), %3 envelopes (%4 decisions), %5 "
                    "journal lines; unchanged since export and consistent (not signed).")
                     .arg(report.files)
                     .arg(report.conflicts)
                     .arg(report.envelopes)
                     .arg(report.decisions)
                     .arg(report.journalLines)
              << Qt::endl;
    } else {
        out() << tr("Dossier broken: %1: %2")
                     .arg(report.file.isEmpty() ? tr("(folder)") : report.file, report.message)
              << Qt::endl;
    }
    return report.ok ? ExitOk : ExitFindings;
}

} // namespace

int runDossier(const QStringList &arguments)
{
    // arguments[0] is "syncdesk-cli dossier export" or "syncdesk-cli dossier verify".
    if (arguments.value(0).endsWith(QLatin1String(" export")))
        return runExport(arguments);
    return runVerify(arguments);
}

} // namespace SyncDesk::Cli
