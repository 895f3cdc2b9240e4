// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/cli/cliutil.h"

#include <QCoreApplication>

#include <cstdio>

namespace SyncDesk::Cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void printJson(const Json &value)
{
    out().flush();
    const std::string text = dumpJson(value, 2) + "\n";
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

int parseArguments(
    QCommandLineParser &parser, const QStringList &arguments, int minPositional, int maxPositional)
{
    const auto help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << "\n"
              << QCoreApplication::translate("SyncDesk::Cli", "Try '%1 --help'.")
                     .arg(arguments.mid(0, 2).join(QLatin1Char(' ')))
              << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText() << Qt::flush;
        return ExitOk;
    }
    const auto n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        err() << QCoreApplication::translate("SyncDesk::Cli", "Wrong number of arguments.") << "\n"
              << parser.helpText() << Qt::flush;
        return ExitUsage;
    }
    return -1;
}

} // namespace SyncDesk::Cli
