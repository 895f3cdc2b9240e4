// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// ConflictModel: staging, outcomes and the accessible description of a card.
#include "core/models/conflictmodel_p.h"

#include "core/store/store.h"

namespace SyncDesk {

using namespace ConflictModelDetail;

bool ConflictModel::stage(int row, DecisionOption option)
{
    if (!isPending(row) || !isAllowed(row, option))
        return false;
    const QString &id = m_rows[std::size_t(row)].id;
    const auto it = m_staged.constFind(id);
    if (it != m_staged.cend() && it->option == option)
        return true;
    m_staged.insert(id, StagedEntry { option });
    // A new choice makes the last Apply's word on this card stale.
    m_outcomes.remove(id);
    emitRowChanged(row);
    Q_EMIT stagingChanged();
    return true;
}

bool ConflictModel::stage(int row, DecisionOption option, const QString &rationale)
{
    if (!stage(row, option))
        return false;
    setRationale(row, rationale);
    return true;
}

void ConflictModel::unstage(int row)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    if (m_staged.remove(m_rows[std::size_t(row)].id) == 0)
        return;
    emitRowChanged(row);
    Q_EMIT stagingChanged();
}

DecisionOption ConflictModel::stagedOption(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return DecisionOption::None;
    const auto it = m_staged.constFind(m_rows[std::size_t(row)].id);
    return it == m_staged.cend() ? DecisionOption::None : it->option;
}

void ConflictModel::setRationale(int row, const QString &rationale)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    const QString &id = m_rows[std::size_t(row)].id;
    if (m_rationales.value(id) == rationale)
        return;
    // Drafts are kept even when nothing is staged: undo and stage again keeps the words.
    if (rationale.isEmpty())
        m_rationales.remove(id);
    else
        m_rationales.insert(id, rationale);
    emitRowChanged(row);
    if (m_staged.contains(id))
        Q_EMIT stagingChanged();
}

QString ConflictModel::rationale(int row) const
{
    return m_rationales.value(conflictId(row));
}

bool ConflictModel::rationaleMissing(int row) const
{
    return stagedOption(row) != DecisionOption::None && rationaleRequired(row)
        && rationale(row).trimmed().isEmpty();
}

int ConflictModel::stagedCount(DecisionOption option) const
{
    int n = 0;
    for (const auto &s : m_staged)
        n += s.option == option ? 1 : 0;
    return n;
}

int ConflictModel::stagedTotal() const
{
    return int(m_staged.size());
}

int ConflictModel::acceptRecommendations(const QList<int> &rows)
{
    int staged = 0;
    QList<int> changed;
    for (int row : rows) {
        if (!isPending(row))
            continue;
        const DecisionOption option = m_rows[std::size_t(row)].recommended;
        if (!isAllowed(row, option))
            continue;
        const QString &id = m_rows[std::size_t(row)].id;
        m_staged.insert(id, StagedEntry { option });
        m_outcomes.remove(id);
        ++staged;
        changed << row;
    }
    if (staged > 0) {
        emitRowsChanged(changed);
        Q_EMIT stagingChanged();
    }
    return staged;
}

void ConflictModel::clearStaged()
{
    if (m_staged.isEmpty())
        return;
    m_staged.clear();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    Q_EMIT stagingChanged();
}

QList<Decision> ConflictModel::stagedDecisions() const
{
    QList<int> rows;
    for (auto it = m_staged.cbegin(); it != m_staged.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row >= 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    QList<Decision> out;
    out.reserve(rows.size());
    for (int row : std::as_const(rows)) {
        const QString &id = m_rows[std::size_t(row)].id;
        out.append(Decision {
            id, m_staged.value(id).option, m_actorId, m_rationales.value(id).trimmed() });
    }
    return out;
}

QHash<QString, QByteArray> ConflictModel::shownVersions(const QList<Decision> &decisions) const
{
    QHash<QString, QByteArray> out;
    for (const Decision &d : decisions) {
        const int row = rowOf(d.conflictId);
        if (row >= 0)
            out.insert(d.conflictId, m_rows[std::size_t(row)].version.toLatin1());
    }
    return out;
}

void ConflictModel::setOutcomes(const QList<DecisionOutcome> &outcomes)
{
    QList<int> rows;
    for (const DecisionOutcome &o : outcomes) {
        const QString &id = o.decision.conflictId;
        m_outcomes.insert(id, OutcomeEntry { o.outcome, refusalCode(o.refusal), o.message });
        if (o.outcome != Outcome::Refused)
            m_staged.remove(id);
        rows << rowOf(id);
    }
    emitRowsChanged(rows);
    Q_EMIT stagingChanged();
}

void ConflictModel::clearOutcomes()
{
    QList<int> rows;
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
        rows << rowOf(it.key());
    m_outcomes.clear();
    emitRowsChanged(rows);
}

bool ConflictModel::hasOutcome(int row) const
{
    return m_outcomes.contains(conflictId(row));
}

void ConflictModel::pruneStaging()
{
    // A card decided elsewhere (or gone) can no longer take a staged choice.
    for (auto it = m_staged.begin(); it != m_staged.end();) {
        const int row = rowOf(it.key());
        if (row < 0 || !isPending(row) || !isAllowed(row, it->option))
            it = m_staged.erase(it);
        else
            ++it;
    }
}

void ConflictModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row), index(row));
}

void ConflictModel::emitRowsChanged(const QList<int> &rows)
{
    // One signal for the span: a batch of thousands must not mean thousands of signals.
    int first = -1, last = -1;
    for (int row : rows) {
        if (row < 0)
            continue;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last));
}

QString ConflictModel::accessibleText(int row) const
{
    // Built on request: only assistive technology asks, one card at a time.
    const Row &r = m_rows[std::size_t(row)];
    const ConflictRecord &c = m_store->conflicts()[std::size_t(row)];
    const Verdicts &v = verdicts(row);
    QStringList parts;
    parts << tr("%1 conflict on %2")
                 .arg(severityLabel(m_store->text(c.severity)), m_store->text(c.object));
    parts
        << tr("workspace %1, profile %2").arg(m_store->text(c.workspace), m_store->text(c.profile));
    if (!r.changedBy.isEmpty())
        parts << tr("changed by %1").arg(r.changedBy);
    parts << c.explanation;
    if (c.state == CardState::Decided) {
        parts << r.decisionText;
    } else if (c.state == CardState::Pending) {
        parts << tr("recommended: %1").arg(optionLabel(r.recommended));
        for (int i = 0; i < kDecisionOptionCount; ++i) {
            const auto option = DecisionOption(i);
            if (!(r.offered & decisionOptionBit(option)))
                continue;
            parts << ((v.allowed & decisionOptionBit(option))
                    ? tr("%1 allowed").arg(optionLabel(option))
                    : tr("%1 not allowed: %2").arg(optionLabel(option), v.reasons[std::size_t(i)]));
        }
        const DecisionOption staged = stagedOption(row);
        if (staged != DecisionOption::None)
            parts << tr("staged: %1").arg(optionLabel(staged));
        if (v.rationaleRequired)
            parts << tr("a rationale is required");
    } else {
        parts << tr("the decision card is invalid");
    }
    const auto o = m_outcomes.constFind(r.id);
    if (o != m_outcomes.cend())
        parts << (o->outcome == Outcome::Refused ? tr("refused: %1").arg(o->message)
                                                 : tr("applied"));
    parts.removeAll(QString());
    return parts.join(QStringLiteral("; "));
}

} // namespace SyncDesk
