// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/cli/cliutil.h"

#include <QCoreApplication>

#include <cstdio>

#include <sys/ioctl.h>
#include <unistd.h>

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

namespace {

// East Asian Wide (W) and Fullwidth (F) blocks, after Unicode's EastAsianWidth.txt;
// wcwidth() would do it, but answers -1 for them under the C locale.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

int charWidth(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Control:
    case QChar::Other_Format:
        return 0;
    default:
        return isWide(c) ? 2 : 1;
    }
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += charWidth(c);
    return width;
}

QString elideToWidth(const QString &text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    if (width <= 0)
        return {};
    QString out;
    int used = 0;
    for (const char32_t c : text.toUcs4()) {
        const int w = charWidth(c);
        if (used + w > width - 1) // room for the ellipsis
            break;
        out += QString::fromUcs4(&c, 1);
        used += w;
    }
    return out + QChar(0x2026);
}

int terminalWidth()
{
    winsize size {};
    if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0
        && size.ws_col > 0)
        return size.ws_col;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : -1;
}

void printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths << displayWidth(h);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < headers.size(); ++c) {
            const QString cell = cells.value(c);
            text += cell;
            if (c + 1 < headers.size())
                text += QString(widths[c] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out() << text << "\n";
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
}

} // namespace SyncDesk::Cli
