// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace SyncDesk {

/**
 * Filters DecisionCards by state, severity, workspace and text, and sorts them
 * most severe first, then oldest first (a stable order for keyboard flow).
 *
 * Cards that the last Apply touched stay visible under the Pending filter so
 * their outcome can be read; they go with the next filter change.
 */
class ConflictFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter : unsigned char
    {
        Pending,
        Decided,
        All
    };
    Q_ENUM(StateFilter)

    explicit ConflictFilterProxy(QObject *parent = nullptr);

    void setStateFilter(StateFilter state);
    StateFilter stateFilter() const { return m_state; }
    /// Raw severities to show ("blocking", …); empty shows every severity.
    void setSeverities(const QSet<QString> &severities);
    QSet<QString> severities() const { return m_severities; }
    /// A workspace id, or empty for all.
    void setWorkspace(const QString &workspaceId);
    QString workspace() const { return m_workspace; }
    /// Words that must all occur (case-insensitive) in a card's text.
    void setText(const QString &text);
    QString text() const { return m_text; }

    /// Source rows of every card the filter shows, in view order.
    QList<int> sourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    StateFilter m_state = StateFilter::Pending;
    QSet<QString> m_severities;
    QString m_workspace;
    QString m_text;
    QStringList m_words;
};

} // namespace SyncDesk
