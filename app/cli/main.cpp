// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/cli/cliutil.h"
#include "app/cli/commands.h"
#include "core/i18n/translations.h"
#include "core/io/hugepagemalloc.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

#include <sys/stat.h>

using namespace SyncDesk::Cli;

namespace {

int usage(const QStringList &args)
{
    const QString app = QStringLiteral("syncdesk-cli");
    const QString first = args.value(1);
    const bool help = first == QLatin1String("--help") || first == QLatin1String("-h");
    (help ? out() : err()) << QCoreApplication::translate("SyncDesk::Cli",
        "Usage: %1 COMMAND [options]\n"
        "\n"
        "Reads and checks a SourceOS workspace store.\n"
        "\n"
        "Commands:\n"
        "  validate [--strict] [--json] PATH...   check records, folders or a store\n"
        "  store summary STORE [--json]           counts, generation, problems\n"
        "  conflicts list STORE [--pending|--decided] [--json]\n"
        "  evidence verify PATH [--json]          check envelope digests\n"
        "  resolve STORE --conflict ID --option merge|fork|skip --actor ACTOR\n"
        "          [--rationale TEXT] [--dry-run] [--json]\n"
        "  resolve STORE --batch FILE [--dry-run] [--json]\n"
        "  dossier export STORE OUT (--conflict ID | --decided [--actor A] [--since T]\n"
        "          [--until T]) [--json]         a folder an auditor can check alone\n"
        "  dossier verify DOSSIER [--json]        digests, decision chains, references\n"
        "  demo-store DIR [--operations N] [--tasks N] [--conflicts N] [--evidence N]\n"
        "          [--seed S]\n"
        "\n"
        "'%1 COMMAND --help' explains a command. Exit status: 0 ok, 1 findings or "
        "refusals, 2 usage or I/O error.\n")
                                  .arg(app)
                           << Qt::flush;
    return help ? ExitOk : ExitUsage;
}

/// "syncdesk-cli store summary --json X" -> {"syncdesk-cli store summary", "--json", "X"}
QStringList commandArguments(const QStringList &args, int words)
{
    QStringList out { args.mid(0, words + 1).join(QLatin1Char(' ')) };
    out += args.mid(words + 1);
    return out;
}

// Restarting for huge pages costs ~20 ms (the program is loaded twice) and
// pays only on stores of thousands of records: one named on the command line
// whose operations/ folder is large (64 KiB is ~1,300 names on ext4, ~3,200 on
// tmpfs). Only stat(): a FIFO or anything else there is left to the command.
bool namesALargeStore(int argc, char *argv[])
{
    for (int i = 2; i < argc; ++i) {
        if (argv[i][0] == '-')
            continue;
        struct stat st = {};
        const std::string operations = std::string(argv[i]) + "/operations";
        if (::stat(operations.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_size >= 64 * 1024)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    SyncDesk::finishHugePageRestart();
    if (namesALargeStore(argc, argv))
        SyncDesk::restartWithHugePageMalloc(argv);
    SyncDesk::mapLargeAllocations();
    // With the load's phases (docs/performance.md): whether the restart took.
    if (qEnvironmentVariableIntValue("SYNCDESK_LOAD_PHASES") > 0)
        std::fprintf(
            stderr, "malloc huge pages: %s\n", SyncDesk::mallocAdvisesHugePages() ? "yes" : "no");
    QCoreApplication app(argc, argv);
    SyncDesk::installTranslations(app);
    QCoreApplication::setApplicationName(QStringLiteral("syncdesk-cli"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sourceos.dev"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCDESK_VERSION));

    const QStringList args = app.arguments();
    const QString command = args.value(1);
    const QString sub = args.value(2);
    if (command == QLatin1String("validate"))
        return runValidate(commandArguments(args, 1));
    if (command == QLatin1String("store") && sub == QLatin1String("summary"))
        return runStore(commandArguments(args, 2));
    if (command == QLatin1String("conflicts") && sub == QLatin1String("list"))
        return runConflicts(commandArguments(args, 2));
    if (command == QLatin1String("evidence") && sub == QLatin1String("verify"))
        return runEvidence(commandArguments(args, 2));
    if (command == QLatin1String("resolve"))
        return runResolve(commandArguments(args, 1));
    if (command == QLatin1String("dossier")
        && (sub == QLatin1String("export") || sub == QLatin1String("verify")))
        return runDossier(commandArguments(args, 2));
    if (command == QLatin1String("demo-store"))
        return runDemoStore(commandArguments(args, 1));
    if (command == QLatin1String("--version")) {
        out() << "syncdesk-cli " << SYNCDESK_VERSION << Qt::endl;
        return ExitOk;
    }
    return usage(args);
}
