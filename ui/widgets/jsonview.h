// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSyntaxHighlighter;
class QToolButton;

namespace SyncDesk {
struct EvidenceCheck;
}

namespace SyncDesk::Ui {

class JsonFindBar;

/**
 * A read-only view of a record file exactly as it is on disk: highlighted
 * JSON in a monospace font, Copy, Export… (writes the bytes, not the text),
 * find (Ctrl+F) and, for evidence envelopes, a header line with the digest
 * verdict and the computed against the declared digest.
 */
class JsonView final : public QWidget
{
    Q_OBJECT

public:
    /// Larger files are shown without highlighting: highlighting runs over the whole document.
    static constexpr qsizetype kHighlightLimit = 2 * 1024 * 1024;

    explicit JsonView(QWidget *parent = nullptr);

    /// Shows bytes; fileName is what Export… suggests.
    void setContent(const QByteArray &bytes, const QString &fileName = {});
    /// Shows a sentence instead of a file (nothing selected, unreadable, ...).
    void setPlaceholder(const QString &text);
    void clear();

    QByteArray bytes() const { return m_bytes; }
    QString fileName() const { return m_fileName; }
    bool isHighlighted() const;

    /// The header line for an envelope: digest OK or TAMPERED, declared vs computed.
    void setEvidenceCheck(const EvidenceCheck &check, const QString &declaredDigest);
    void clearHeader();
    QString headerText() const;

    /// Moves to a 1-based line and marks it; 0 goes to the top.
    void goToLine(int line);

    /// Writes the exact bytes shown; false with a translated reason on failure.
    bool exportTo(const QString &path, QString *error = nullptr) const;

    /// Selects the next (or previous) match; false when there is none.
    bool find(const QString &text, bool backward = false);

    QPlainTextEdit *editor() const { return m_editor; }

public Q_SLOTS:
    void copyAll();
    void exportWithDialog();
    void showFindBar();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyPalette();
    /// The header's text at its width: digests and ids shortened in the middle.
    void renderHeader();
    void updateFindMatches();
    void setStatus(const QString &text, bool error);

    QByteArray m_bytes;
    QString m_fileName;
    QLabel *m_header = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    JsonFindBar *m_findBar = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    int m_headerTone = 0;
    QString m_headerHtml; ///< with a marker where each of m_headerValues goes
    QStringList m_headerValues;
    int m_markedLine = 0;
    bool m_applyingPalette = false;
};

} // namespace SyncDesk::Ui
