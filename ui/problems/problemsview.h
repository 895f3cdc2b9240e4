// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace SyncDesk {
class ProblemFilterModel;
class ProblemModel;
class StoreSession;
} // namespace SyncDesk

namespace SyncDesk::Ui {

class JsonView;

/**
 * Every validation error and warning of the store, filterable by severity and
 * text. The current problem's file is shown beside the list; activating one
 * (double-click, Enter) asks the window to open the record.
 */
class ProblemsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsView(QWidget *parent = nullptr);
    ~ProblemsView() override;

    void setSession(StoreSession *session);

    /// The side pane with the current problem's file (on by default).
    void setPreviewVisible(bool visible);
    bool isPreviewVisible() const;

    ProblemModel *model() const { return m_model; }
    ProblemFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    JsonView *preview() const { return m_preview; }
    QToolButton *errorsToggle() const { return m_errors; }
    QToolButton *warningsToggle() const { return m_warnings; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QString countText() const;

Q_SIGNALS:
    /// A problem was activated: open this file (relative to the store root) at this line (0: none).
    void fileActivated(const QString &relativePath, int line);

private:
    void updateCounts();
    void showPreview(const QModelIndex &index);
    void activate(const QModelIndex &index);

    QPointer<StoreSession> m_session;
    ProblemModel *m_model = nullptr;
    ProblemFilterModel *m_filter = nullptr;
    QToolButton *m_errors = nullptr;
    QToolButton *m_warnings = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    JsonView *m_preview = nullptr;
    QString m_previewPath;
};

} // namespace SyncDesk::Ui
