// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace SyncDesk {
class Store;
}

namespace SyncDesk::Ui {

/**
 * Everything about one operation: its fields, causal parents and children,
 * provisional -> final artifacts, the governing policy decision, its ledger
 * evidence (missing ones marked) and tasks as links, and the raw JSON. Ids
 * wrap at their separators (breakable()) rather than overflow the pane.
 */
class OperationDetail final : public QWidget
{
    Q_OBJECT

public:
    explicit OperationDetail(QWidget *parent = nullptr);

    /// Shows operations()[row] of store; row < 0 clears.
    void showOperation(const Store *store, int row);
    /// Clears, saying that the filter hides the selected operation.
    void showHidden();
    /// The summary's document (for tests: its text and how it wraps).
    QTextBrowser *summary() const { return m_summary; }
    /// An id with a zero-width break opportunity after each separator
    /// ('-', ':', '.', '_', '/'), so that it wraps there in a narrow pane.
    static QString breakable(const QString &id);
    int operation() const { return m_row; }

Q_SIGNALS:
    void operationActivated(int row);
    void taskActivated(int row);
    void evidenceActivated(const QString &evidenceId);
    void conflictActivated(const QString &conflictId);

private:
    void onLink(const QUrl &url);
    QString html() const;

    const Store *m_store = nullptr;
    int m_row = -1;
    QTabWidget *m_tabs;
    QTextBrowser *m_summary;
    QPlainTextEdit *m_raw;
};

} // namespace SyncDesk::Ui
