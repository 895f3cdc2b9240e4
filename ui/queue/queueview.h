// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace SyncDesk {
class OperationFilterProxy;
class OperationModel;
class StoreSession;
} // namespace SyncDesk

namespace SyncDesk::Ui {

class OperationDetail;

/**
 * The operation queue: filters, a sortable table and the selected operation's
 * details. Statuses are chips in the timeline's colours, ids are elided in
 * the middle (their distinguishing end stays; the whole id is the tooltip),
 * times are whole. The details follow the filter: when it hides the selected
 * operation they clear and say so.
 */
class QueueView final : public QWidget
{
    Q_OBJECT

public:
    explicit QueueView(StoreSession *session, QWidget *parent = nullptr);

    /// Selects operations()[row] (clearing filters that hide it) and scrolls to it.
    void selectOperation(int row);
    int selectedOperation() const;
    OperationDetail *detail() const { return m_detail; }
    QTableView *table() const { return m_table; }
    OperationModel *model() const { return m_model; }
    OperationFilterProxy *proxy() const { return m_proxy; }

Q_SIGNALS:
    void operationSelected(int row);
    /// A link in the details to another operation is about to be followed.
    void linkFollowed();
    void taskActivated(int row);
    void evidenceActivated(const QString &evidenceId);
    void conflictActivated(const QString &conflictId);
    /// "Show trail…" on an operation that names a conflict (its first conflict_ids entry).
    void trailRequested(const QString &conflictId);

private:
    void rebuildFilterChoices();
    void applyFilters();
    /// Clears the details when the filter hides their operation.
    void followFilter();
    /// A row of Store::operations() that the filter hides.
    bool hiddenByFilter(int row) const;
    /// Sizes the time columns to a whole date and time of the locale.
    void fitDateColumns();
    void onCurrentChanged();

    StoreSession *m_session;
    OperationModel *m_model;
    OperationFilterProxy *m_proxy;
    QComboBox *m_type, *m_status, *m_actor, *m_device;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_count;
    QTableView *m_table;
    OperationDetail *m_detail;
};

} // namespace SyncDesk::Ui
