// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>
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

/**
 * Columns a terminal takes for text: 2 for East Asian wide and full-width
 * characters, 0 for combining marks and what PlainText drops, 1 otherwise.
 */
int displayWidth(const QString &text);
/// text shortened to at most width columns, ending in "…" when cut.
QString elideToWidth(const QString &text, int width);
/// Columns of the terminal on stdout; COLUMNS when not a terminal; else -1.
int terminalWidth();

/**
 * Prints rows under headers as columns as wide as their widest cell (by
 * displayWidth), two spaces apart, the last one not padded. A cell of store
 * text must have been through PlainText::oneLine already: no control
 * character ever reaches the terminal.
 */
void printTable(const QStringList &headers, const QList<QStringList> &rows);

} // namespace SyncDesk::Cli
