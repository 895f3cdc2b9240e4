// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/widgets/jsonhighlighter.h"

#include "ui/widgets/colormix.h"

#include <QPalette>
#include <QTextDocument>

#ifdef SYNCDESK_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace SyncDesk::Ui {
namespace {

#ifdef SYNCDESK_HAVE_KSYNTAXHIGHLIGHTING
// One repository for the whole application: loading definitions is not free, and
// the library complains when it goes before a highlighter still using it. It is
// never deleted, so no exit-time destruction order can bite.
KSyntaxHighlighting::Repository &repository()
{
    static auto *instance = new KSyntaxHighlighting::Repository;
    return *instance;
}

void setIfSet(QPalette &palette, QPalette::ColorRole role, QRgb rgb)
{
    if (qAlpha(rgb) != 0) // a theme that leaves a colour unset gives 0
        palette.setColor(role, QColor::fromRgba(rgb));
}
#endif

} // namespace

bool hasKSyntaxHighlighting()
{
#ifdef SYNCDESK_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QSyntaxHighlighter *attachJsonHighlighter(QTextDocument *document, const QPalette &palette)
{
#ifdef SYNCDESK_HAVE_KSYNTAXHIGHLIGHTING
    const auto definition = repository().definitionForName(QStringLiteral("JSON"));
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setDefinition(definition);
        setJsonHighlighterPalette(highlighter, palette);
        return highlighter;
    }
#endif
    return new JsonFallbackHighlighter(document, palette);
}

void setJsonHighlighterPalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
    if (auto *fallback = qobject_cast<JsonFallbackHighlighter *>(highlighter)) {
        fallback->setPalette(palette);
        return;
    }
#ifdef SYNCDESK_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *ksh = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter)) {
        ksh->setTheme(repository().themeForPalette(palette));
        ksh->rehighlight(); // setTheme() alone keeps the old colours on screen
    }
#endif
}

QPalette jsonEditorPalette(const QPalette &palette)
{
    QPalette result = palette;
#ifdef SYNCDESK_HAVE_KSYNTAXHIGHLIGHTING
    const auto theme = repository().themeForPalette(palette);
    if (theme.isValid()) {
        using Theme = KSyntaxHighlighting::Theme;
        setIfSet(result, QPalette::Base, theme.editorColor(Theme::BackgroundColor));
        setIfSet(result, QPalette::Highlight, theme.editorColor(Theme::TextSelection));
        setIfSet(result, QPalette::Text, theme.textColor(Theme::Normal));
    }
#endif
    return result;
}

JsonFallbackHighlighter::JsonFallbackHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

void JsonFallbackHighlighter::setPalette(const QPalette &palette)
{
    // Close to Breeze's light and dark editor themes; every colour keeps at
    // least 4.5:1 contrast against the base it is meant for.
    const bool dark = isDark(palette);
    const QColor text = palette.color(QPalette::Text);
    auto make = [](const QColor &color, bool bold = false) {
        QTextCharFormat f;
        f.setForeground(color);
        if (bold)
            f.setFontWeight(QFont::Bold);
        return f;
    };
    m_formats[int(Token::Key)] = make(dark ? QColor(0x5c, 0xb8, 0xf0) : QColor(0x00, 0x57, 0xae));
    m_formats[int(Token::String)]
        = make(dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xa3, 0x15, 0x15));
    m_formats[int(Token::Number)]
        = make(dark ? QColor(0xe5, 0xc0, 0x7b) : QColor(0x8a, 0x5a, 0x00));
    m_formats[int(Token::Literal)]
        = make(dark ? QColor(0xc3, 0x9a, 0xf0) : QColor(0x6a, 0x3d, 0x9a), true);
    QColor punctuation = text;
    punctuation.setAlphaF(0.65f);
    m_formats[int(Token::Punctuation)] = make(punctuation);
    rehighlight();
}

QTextCharFormat JsonFallbackHighlighter::format(Token token) const
{
    return m_formats[int(token)];
}

void JsonFallbackHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = qMin(end + 1, n);
            qsizetype next = end;
            while (next < n && text.at(next).isSpace())
                ++next;
            const bool key = next < n && text.at(next) == QLatin1Char(':');
            setFormat(int(i), int(end - i), m_formats[int(key ? Token::Key : Token::String)]);
            i = end;
        } else if (isDigit(c) || (c == QLatin1Char('-') && i + 1 < n && isDigit(text.at(i + 1)))) {
            qsizetype end = i + 1;
            while (end < n
                && (isDigit(text.at(end)) || text.at(end) == QLatin1Char('.')
                    || text.at(end) == QLatin1Char('e') || text.at(end) == QLatin1Char('E')
                    || text.at(end) == QLatin1Char('+') || text.at(end) == QLatin1Char('-')))
                ++end;
            setFormat(int(i), int(end - i), m_formats[int(Token::Number)]);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_formats[int(Token::Literal)]);
            i = end;
        } else {
            if (c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('[')
                || c == QLatin1Char(']') || c == QLatin1Char(',') || c == QLatin1Char(':'))
                setFormat(int(i), 1, m_formats[int(Token::Punctuation)]);
            ++i;
        }
    }
}

} // namespace SyncDesk::Ui
