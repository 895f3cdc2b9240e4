// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/records/decisionoption.h"
#include "core/resolution/resolution.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace SyncDesk {

/**
 * What the user made of the conflict cards, by conflict id: the option staged,
 * the rationale typed, and the outcome of the last Apply. Kept by id, not by
 * row, so that it survives filtering, refreshes and reloads; ConflictModel
 * maps rows to ids and says which cards changed.
 */
class ConflictStaging final
{
public:
    /// What the last Apply said about one card.
    struct Result
    {
        Outcome outcome = Outcome::Refused;
        QString code; ///< refusal code ("changed_on_disk")
        QString message; ///< translated
    };

    /// DecisionOption::None when nothing is staged for the conflict.
    DecisionOption option(const QString &conflictId) const;
    /// Stages option (not None); a new choice makes the last Apply's word on the
    /// card stale. False when that option was staged already.
    bool stage(const QString &conflictId, DecisionOption option);
    /// False when nothing was staged.
    bool unstage(const QString &conflictId);
    bool isStaged(const QString &conflictId) const { return m_staged.contains(conflictId); }
    int count(DecisionOption option) const;
    int total() const { return int(m_staged.size()); }
    bool isEmpty() const { return m_staged.isEmpty(); }
    QList<QString> stagedIds() const { return m_staged.keys(); }
    void clear()
    {
        m_staged.clear();
        m_revising.clear();
    }
    /// Unstages every conflict for which keep() is false.
    void prune(const std::function<bool(const QString &conflictId, DecisionOption)> &keep);

    /**
     * Revise mode of a decided card (spec/store.md, "Revising a decision"): its
     * staged option decides it again. Left when the revision is applied or
     * cancelled. False when it was so already.
     */
    bool setRevising(const QString &conflictId, bool revising);
    bool isRevising(const QString &conflictId) const { return m_revising.contains(conflictId); }

    /// Drafts are kept even when nothing is staged: undo and stage again keeps
    /// the words. False when the text was that already.
    bool setRationale(const QString &conflictId, const QString &rationale);
    QString rationale(const QString &conflictId) const { return m_rationales.value(conflictId); }

    /// Records what Apply did to a decision; a decision not refused leaves the staging.
    void setResult(const QString &conflictId, const Result &result);
    /// nullptr when the last Apply said nothing about the conflict.
    const Result *result(const QString &conflictId) const;
    void forgetResult(const QString &conflictId) { m_results.remove(conflictId); }
    /// Forgets every result; returns the conflicts that had one.
    QList<QString> clearResults();

private:
    QHash<QString, DecisionOption> m_staged;
    QHash<QString, QString> m_rationales;
    QHash<QString, Result> m_results;
    QSet<QString> m_revising;
};

} // namespace SyncDesk
