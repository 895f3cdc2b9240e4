// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;
class QTextDocument;

namespace SyncDesk::Ui {

/**
 * Highlights JSON in a document: with KSyntaxHighlighting's JSON definition and
 * the theme that suits the palette when the build found KF6SyntaxHighlighting,
 * with JsonFallbackHighlighter otherwise. The highlighter is a child of the
 * document; it is returned so it can be detached (setDocument(nullptr)) or re-coloured.
 */
QSyntaxHighlighter *attachJsonHighlighter(QTextDocument *document, const QPalette &palette);

/// Re-colours a highlighter from attachJsonHighlighter for a new palette (light ↔ dark).
void setJsonHighlighterPalette(QSyntaxHighlighter *highlighter, const QPalette &palette);

/// The palette an editor showing highlighted JSON should use: the theme's background
/// and selection with KSyntaxHighlighting (so its tokens stay readable), else unchanged.
QPalette jsonEditorPalette(const QPalette &palette);

/// True when KSyntaxHighlighting does the highlighting.
bool hasKSyntaxHighlighting();

/**
 * The built-in JSON highlighter: object keys, strings, numbers, true/false/null
 * and punctuation, in colours chosen for the palette's base (light or dark).
 * JSON strings cannot span lines, so every line is scanned on its own.
 */
class JsonFallbackHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    JsonFallbackHighlighter(QTextDocument *document, const QPalette &palette);

    void setPalette(const QPalette &palette);

    enum class Token
    {
        Key,
        String,
        Number,
        Literal,
        Punctuation,
    };
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_formats[5];
};

} // namespace SyncDesk::Ui
