// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

class QLineEdit;

namespace SyncDesk::Ui {

/**
 * The find bar under a JsonView: Return finds the next match, Shift+Return
 * the previous one, Escape closes. A miss tints the field instead of a dialog.
 */
class JsonFindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit JsonFindBar(QWidget *parent = nullptr);

    QString text() const;
    /// Shows the bar and focuses the field, starting from text when it is given.
    void activate(const QString &text = {});
    /// Tints the field when the last search found nothing.
    void setFound(bool found);

Q_SIGNALS:
    void findRequested(const QString &text, bool backward);
    /// The text changed: search as you type.
    void textChanged(const QString &text);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void close();

    QLineEdit *m_edit = nullptr;
};

} // namespace SyncDesk::Ui
