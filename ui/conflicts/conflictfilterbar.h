// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/conflictfilterproxy.h"

#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace SyncDesk::Ui {

/**
 * The filters above the DecisionCards: pending / staged / needs a rationale /
 * ready / gated / decided / all, severity toggles, workspace, and a search
 * field whose typing is debounced so a big list is filtered once per pause,
 * not once per key.
 */
class ConflictFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictFilterBar(ConflictFilterProxy *proxy, QWidget *parent = nullptr);

    /// Workspaces offered in the combo (ids); the current choice is kept when still there.
    void setWorkspaces(const QStringList &workspaces);
    /// Card counts shown on the state buttons. Pending and the triage counts
    /// leave out decided and gated cards.
    struct Counts
    {
        int pending = 0, staged = 0, needsRationale = 0, ready = 0, gated = 0, decided = 0, all = 0;
    };
    void setCounts(const Counts &counts);
    /// The number of cards the filters let through.
    void setShown(int shown);

    void setStateFilter(ConflictFilterProxy::StateFilter state);
    void setSeverityShown(const QString &severity, bool shown);
    void setWorkspace(const QString &workspaceId);
    /// Types into the search field; the filter follows after the debounce.
    void setSearchText(const QString &text);
    /// Applies a pending search now (tests, Return in the field).
    void flushSearch();
    QLineEdit *searchField() const { return m_search; }

    static constexpr int kSearchDebounceMs = 250;

private:
    void updateSeverities();

    ConflictFilterProxy *m_proxy;
    QButtonGroup *m_states;
    QToolButton *m_pending, *m_staged, *m_needsRationale, *m_ready, *m_gated, *m_decided, *m_all;
    QList<QToolButton *> m_severityButtons;
    QComboBox *m_workspace;
    QLineEdit *m_search;
    QLabel *m_shown;
    int m_shownCount = 0;
    QTimer m_debounce;
};

} // namespace SyncDesk::Ui
