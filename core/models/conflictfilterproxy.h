// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <functional>

namespace SyncDesk {

/**
 * Filters DecisionCards by state, severity, workspace and text, and sorts them
 * most severe first, then oldest first (a stable order for keyboard flow).
 *
 * Cards that the last Apply touched stay visible under the Pending and the
 * triage filters so their outcome can be read; they go with the next filter
 * change. Under the triage filters (staged, needs a rationale, ready) a card
 * that matched stays until the filter is chosen again: typing the rationale a
 * card needed, or unstaging it, does not pull it from under the pointer.
 */
class ConflictFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter : unsigned char
    {
        Pending, ///< waiting for a decision the acting actor may make (not gated)
        Decided,
        All,
        Staged, ///< a decision is staged
        NeedsRationale, ///< staged, and the rationale it needs is missing
        Ready, ///< staged and ready to write (ConflictModel::Readiness::Ready)
        Gated, ///< pending, and the gate refuses every option for the acting actor
    };
    Q_ENUM(StateFilter)

    explicit ConflictFilterProxy(QObject *parent = nullptr);

    /// Chooses a filter; choosing the current one again refreshes what it shows.
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

    /**
     * While deferred() returns true, every card passes and cards keep the
     * model's order: nobody sees them (the conflicts page is not shown), and
     * the filter asks every card for its gate verdicts, the sort for three
     * roles per comparison (~30 ms of adopting a 100k store). catchUp() does
     * what was put off, once deferred() has turned false.
     */
    void setDeferredWhile(std::function<bool()> deferred);
    /// Filters and sorts again if a pass was put off and deferred() is false,
    /// or whatever it says when now is set; false if nothing was done.
    bool catchUp(bool now = false);
    /// Whether a pass was put off and catchUp() has not run since.
    bool isBehind() const { return m_behind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    bool acceptsState(const QModelIndex &sourceIndex) const;
    /// Whether this pass is put off (setDeferredWhile()); remembers that it was.
    bool deferring() const;

    StateFilter m_state = StateFilter::Pending;
    QSet<QString> m_severities;
    QString m_workspace;
    QString m_text;
    QStringList m_words;
    /// Cards a triage filter showed since it was chosen (conflict ids).
    mutable QSet<QString> m_sticky;
    std::function<bool()> m_deferred;
    mutable bool m_behind = false;
    bool m_catchingUp = false; ///< catchUp(true): this pass is not put off
};

} // namespace SyncDesk
