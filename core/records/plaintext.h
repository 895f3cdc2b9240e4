// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace SyncDesk {

/**
 * Text from a record or a daemon answer made fit to show: whoever wrote the
 * store or the answer may have put control characters, direction overrides
 * (which make "evil.exe" read as "exe.live") or a megabyte into a field. What
 * the reader sees is the text without them, one line, and capped; escaping for
 * rich text stays the caller's (toHtmlEscaped()).
 */
class PlainText final
{
public:
    PlainText() = delete;

    /// A field: control, format (bidi) and unassigned characters dropped, runs of
    /// white space (line breaks too) one space, trimmed, and at most maxChars
    /// characters, ending in "…" when cut.
    static QString oneLine(const QString &text, qsizetype maxChars = 200);
    /// Whether text holds a character oneLine() drops.
    static bool hasHiddenCharacters(const QString &text);
};

} // namespace SyncDesk
