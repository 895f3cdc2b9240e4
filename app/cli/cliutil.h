// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace SyncDesk::Cli {

/// Exit codes shared by every command.
enum Exit : int
{
    ExitOk = 0, ///< everything checked out
    ExitFindings = 1, ///< invalid records, tampered evidence, refused decisions
    ExitUsage = 2, ///< bad arguments or an I/O error
};

QTextStream &out();
QTextStream &err();

/// Prints machine output: one JSON document, two-space indented, UTF-8.
void printJson(const Json &value);

/**
 * Parses a command's arguments. Returns -1 to go on, or the exit code to return
 * now (0 after --help, ExitUsage after an error, which has been printed).
 */
int parseArguments(
    QCommandLineParser &parser, const QStringList &arguments, int minPositional, int maxPositional);

} // namespace SyncDesk::Cli
