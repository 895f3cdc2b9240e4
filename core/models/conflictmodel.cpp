// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/conflictmodel_p.h"

#include "core/store/store.h"
#include "core/store/storesession.h"

#include <QLocale>
#include <QMetaEnum>

namespace SyncDesk {

using namespace ConflictModelDetail;

QString ConflictModel::optionLabel(DecisionOption option)
{
    switch (option) {
    case DecisionOption::Merge:
        return tr("Merge");
    case DecisionOption::Fork:
        return tr("Fork (keep both)");
    case DecisionOption::Skip:
        return tr("Skip");
    case DecisionOption::None:
        break;
    }
    return QString();
}

QString ConflictModel::severityLabel(const QString &severity)
{
    switch (severityRank(severity)) {
    case 0:
        return tr("Blocking");
    case 1:
        return tr("Review required");
    case 2:
        return tr("Warning");
    case 3:
        return tr("Info");
    }
    return severity.isEmpty() ? tr("Unknown") : severity;
}

ConflictModel::ConflictModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

ConflictModel::~ConflictModel() = default;

void ConflictModel::setSession(StoreSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &StoreSession::storeReset, this,
            [this] { setStore(m_session ? m_session->store() : nullptr); });
        connect(session, &StoreSession::recordsChanged, this, &ConflictModel::onRecordsChanged);
        connect(session, &StoreSession::recordsAdded, this, &ConflictModel::onRecordsAdded);
    }
    setStore(session ? session->store() : nullptr);
}

void ConflictModel::setStore(const Store *store)
{
    beginResetModel();
    m_store = store && store->state() == Store::State::Ok ? store : nullptr;
    rebuild();
    endResetModel();
    pruneStaging();
    Q_EMIT stagingChanged();
}

void ConflictModel::setActor(const QString &actorId)
{
    if (actorId == m_actorId)
        return;
    m_actorId = actorId;
    m_actor = m_store ? DecisionGate::actorFrom(*m_store, actorId) : std::nullopt;
    invalidateVerdicts();
    // A choice staged for one actor is not another's: the gate may say otherwise.
    const bool hadStaged = !m_staged.isEmpty();
    m_staged.clear();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    Q_EMIT actorChanged();
    if (hadStaged)
        Q_EMIT stagingChanged();
}

QString ConflictModel::actorDisplayName() const
{
    return m_actor && !m_actor->displayName.isEmpty() ? m_actor->displayName : m_actorId;
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags ConflictModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Row &r = m_rows[std::size_t(row)];
    const ConflictRecord &c = m_store->conflicts()[std::size_t(row)];
    const auto text = [this](Sym sym) { return m_store->text(sym); };
    const auto outcome = [&]() { return m_outcomes.constFind(r.id); };
    switch (role) {
    case Qt::DisplayRole:
    case ObjectIdRole:
        return text(c.object);
    case Qt::ToolTipRole:
        return c.explanation;
    case Qt::AccessibleTextRole:
        return accessibleText(row);
    case ConflictIdRole:
        return r.id;
    case ObjectTypeRole:
        return text(c.objectType);
    case WorkspaceRole:
        return text(c.workspace);
    case ProfileRole:
        return text(c.profile);
    case SeverityRole:
        return text(c.severity);
    case SeverityLabelRole:
        return severityLabel(text(c.severity));
    case SeverityRankRole:
        return r.severityRank;
    case CreatedRole:
        return c.created;
    case CreatedTextRole:
        if (!r.createdFormatted) {
            r.createdText = formatTime(QLocale(), c.created);
            r.createdFormatted = true;
        }
        return r.createdText;
    case ActorsRole:
        return r.actors;
    case DevicesRole:
        return r.devices;
    case ChangedByTextRole:
        return r.changedBy;
    case ExplanationRole:
        return c.explanation;
    case MergePolicyRole:
        return text(c.mergePolicy);
    case StateRole:
        return int(c.state);
    case OfferedOptionsRole:
        return r.offered;
    case RecommendedOptionRole:
        return int(r.recommended);
    case RecommendationTextRole:
        return r.recommendationText;
    case SelectedOptionRole:
        return int(r.selected);
    case SelectedByRole:
        return text(c.card.selectedBy);
    case SelectedAtRole:
        return c.card.selectedAt;
    case DecisionTextRole:
        return r.decisionText;
    case EvidenceIdRole:
        return r.evidenceId;
    case PolicyIdRole:
        return verdicts(row).policyId;
    case PolicyEffectRole:
        return verdicts(row).policyEffect;
    case PolicyTextRole:
        return verdicts(row).policyText;
    case AllowedOptionsRole:
        return verdicts(row).allowed;
    case OptionRefusalsRole: {
        QVariantList out;
        for (Refusal refusal : verdicts(row).refusals)
            out << int(refusal);
        return out;
    }
    case OptionReasonsRole: {
        const auto &reasons = verdicts(row).reasons;
        return QStringList(reasons.begin(), reasons.end());
    }
    case RationaleRequiredRole:
        return verdicts(row).rationaleRequired;
    case StagedOptionRole:
        return int(stagedOption(row));
    case RationaleRole:
        return m_rationales.value(r.id);
    case RationaleMissingRole:
        return rationaleMissing(row);
    case OutcomeRole:
        return outcome() == m_outcomes.cend() ? -1 : int(outcome()->outcome);
    case OutcomeCodeRole:
        return outcome() == m_outcomes.cend() ? QString() : outcome()->code;
    case OutcomeMessageRole:
        return outcome() == m_outcomes.cend() ? QString() : outcome()->message;
    case VersionRole:
        return r.version;
    case SearchTextRole:
        return r.searchText;
    default:
        break;
    }
    return {};
}

bool ConflictModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == StagedOptionRole) {
        const auto option = DecisionOption(value.toInt());
        if (option == DecisionOption::None) {
            unstage(index.row());
            return true;
        }
        return stage(index.row(), option);
    }
    if (role == RationaleRole) {
        setRationale(index.row(), value.toString());
        return true;
    }
    return false;
}

QHash<int, QByteArray> ConflictModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const QMetaEnum roles = QMetaEnum::fromType<Role>();
    for (int i = 0; i < roles.keyCount(); ++i) {
        QByteArray key = roles.key(i);
        key.chop(4); // "Role"
        key[0] = char(QChar::toLower(uint(key[0])));
        names.insert(roles.value(i), key);
    }
    return names;
}

int ConflictModel::rowOf(const QString &conflictId) const
{
    return m_rowById.value(conflictId, -1);
}

QString ConflictModel::conflictId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].id : QString();
}

bool ConflictModel::isPending(int row) const
{
    return row >= 0 && row < int(m_rows.size())
        && m_store->conflicts()[std::size_t(row)].state == CardState::Pending;
}

bool ConflictModel::isAllowed(int row, DecisionOption option) const
{
    return row >= 0 && row < int(m_rows.size())
        && (verdicts(row).allowed & decisionOptionBit(option));
}

bool ConflictModel::rationaleRequired(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && verdicts(row).rationaleRequired;
}

void ConflictModel::onRecordsChanged(RecordKind kind, const QList<int> &rows)
{
    if (!m_session || m_session->store() != m_store || !m_store)
        return setStore(m_session ? m_session->store() : nullptr);
    if (kind == RecordKind::Actor || kind == RecordKind::PolicyDecision) {
        m_actor = DecisionGate::actorFrom(*m_store, m_actorId);
        buildIndexes();
        invalidateVerdicts();
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    if (kind != RecordKind::Conflict)
        return;
    for (int row : rows) {
        if (row < 0 || row >= int(m_rows.size()))
            continue;
        m_rowById.remove(m_rows[std::size_t(row)].id);
        buildRow(row);
        m_verdicts[std::size_t(row)].computed = false;
        Q_EMIT dataChanged(index(row), index(row));
    }
    pruneStaging();
    Q_EMIT stagingChanged();
}

void ConflictModel::onRecordsAdded(RecordKind kind, int /*first*/, int last)
{
    if (!m_session || m_session->store() != m_store || !m_store)
        return setStore(m_session ? m_session->store() : nullptr);
    if (kind == RecordKind::Actor || kind == RecordKind::PolicyDecision)
        return onRecordsChanged(kind, {});
    if (kind == RecordKind::Operation || kind == RecordKind::Evidence)
        return linkEvidence();
    // Rows are appended after the ones this model holds, whatever first says.
    const int from = int(m_rows.size());
    if (kind != RecordKind::Conflict || last < from)
        return;
    beginInsertRows({}, from, last);
    m_rows.resize(std::size_t(last) + 1);
    m_verdicts.resize(std::size_t(last) + 1);
    for (int row = from; row <= last; ++row)
        buildRow(row);
    endInsertRows();
}

} // namespace SyncDesk
