// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace SyncDesk::Ui {

/// A friendly full-page message: loading, not a store, broken, nothing open.
class StorePage final : public QWidget
{
    Q_OBJECT

public:
    explicit StorePage(QWidget *parent = nullptr);

    void showLoading(const QString &path);
    void showMessage(const QString &title, const QString &text, bool canRetry);
    QString title() const;
    QString text() const;

Q_SIGNALS:
    void openRequested();
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_retry;
};

} // namespace SyncDesk::Ui
