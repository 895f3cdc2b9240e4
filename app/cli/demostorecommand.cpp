// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/cli/cliutil.h"
#include "app/cli/commands.h"

#include "core/demo/demostore.h"

#include <QCoreApplication>

#include <optional>

namespace SyncDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDesk::Cli", text);
}

/// A count option's value, or nullopt after printing why it is not one.
std::optional<int> countOption(
    const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const QString text = parser.value(option);
    const int value = text.toInt(&ok);
    if (!ok || value < 0) {
        err() << tr("--%1 expects a whole number of at least 0, got '%2'.")
                     .arg(option.names().constFirst(), text)
              << Qt::endl;
        return std::nullopt;
    }
    return value;
}

} // namespace

int runDemoStore(const QStringList &arguments)
{
    const DemoStoreOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli demo-store: writes a realistic demo workspace store into DIR (created "
           "if missing; an existing folder must be empty).\nThe same options and seed always give "
           "the same bytes. The store holds every operation type and status, retried tasks, "
           "pending and decided conflicts, allow/deny/review policies, and on purpose one "
           "tampered evidence envelope and a few references to missing evidence."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The folder to write the store into."));
    const QCommandLineOption operations(QStringLiteral("operations"),
        tr("Number of workspace operations (default %1).").arg(defaults.operations),
        QStringLiteral("N"));
    const QCommandLineOption tasks(QStringLiteral("tasks"),
        tr("Number of operation tasks (default: about 1.4 per "
           "operation)."),
        QStringLiteral("N"));
    const QCommandLineOption conflicts(QStringLiteral("conflicts"),
        tr("Number of conflicts (default %1).").arg(defaults.conflicts), QStringLiteral("N"));
    const QCommandLineOption evidence(QStringLiteral("evidence"),
        tr("Number of evidence envelopes (default: one per ten "
           "operations, at least 8)."),
        QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        tr("Seed of the generator (default %1).").arg(defaults.seed), QStringLiteral("S"));
    parser.addOption(operations);
    parser.addOption(tasks);
    parser.addOption(conflicts);
    parser.addOption(evidence);
    parser.addOption(seed);
    if (const int code = parseArguments(parser, arguments, 1, 1); code >= 0)
        return code;

    DemoStoreOptions options;
    const auto nOperations = countOption(parser, operations, defaults.operations);
    const auto nTasks = countOption(parser, tasks, defaults.tasks);
    const auto nConflicts = countOption(parser, conflicts, defaults.conflicts);
    const auto nEvidence = countOption(parser, evidence, defaults.evidence);
    if (!nOperations || !nTasks || !nConflicts || !nEvidence)
        return ExitUsage;
    options.operations = *nOperations;
    options.tasks = *nTasks;
    options.conflicts = *nConflicts;
    options.evidence = *nEvidence;
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            err() << tr("--seed expects a whole number from 0 to 18446744073709551615, got '%1'.")
                         .arg(parser.value(seed))
                  << Qt::endl;
            return ExitUsage;
        }
    }

    const QString dir = parser.positionalArguments().constFirst();
    if (const auto written = DemoStore::write(dir, options); !written) {
        err() << written.error() << Qt::endl;
        return ExitUsage;
    }
    const DemoStoreOptions written = DemoStore::resolved(options);
    out() << tr("Wrote a demo store to %1: %2 operations, %3 tasks, %4 conflicts, %5 evidence "
                "envelopes (seed %6).")
                 .arg(dir)
                 .arg(written.operations)
                 .arg(written.tasks)
                 .arg(written.conflicts)
                 .arg(written.evidence)
                 .arg(written.seed)
          << Qt::endl;
    return ExitOk;
}

} // namespace SyncDesk::Cli
