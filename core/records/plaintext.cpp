// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/records/plaintext.h"

namespace SyncDesk {
namespace {

bool isHidden(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format: // the bidi embeddings, overrides and isolates among them
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

} // namespace

QString PlainText::oneLine(const QString &text, qsizetype maxChars)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars + 1));
    bool space = false;
    for (const QChar c : text) {
        // White space first: a line break is a control character, but it separates words.
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (isHidden(c))
            continue;
        if (space) {
            out += QLatin1Char(' ');
            space = false;
        }
        out += c;
        if (out.size() > maxChars)
            break;
    }
    if (out.size() > maxChars) {
        out.truncate(std::max<qsizetype>(0, maxChars - 1));
        // Never leave half a surrogate pair before the ellipsis.
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
        out += QChar(0x2026);
    }
    return out;
}

bool PlainText::hasHiddenCharacters(const QString &text)
{
    for (const QChar c : text)
        if (!c.isSpace() && isHidden(c))
            return true;
    return false;
}

} // namespace SyncDesk
