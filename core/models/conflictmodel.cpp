// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/conflictmodel.h"

#include "core/models/stagedworkfile.h"
#include "core/resolution/decidedon.h"
#include "core/store/store.h"
#include "core/store/storesession.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMetaEnum>
#include <QTimer>

namespace SyncDesk {

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
    switch (ConflictRows::severityRank(severity)) {
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
    , m_signedInUser(DecidedOn::currentOsUser())
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &ConflictModel::saveStagedWork);
    connect(this, &ConflictModel::stagingChanged, this, &ConflictModel::onStagingChangedForTriage);
}

ConflictModel::~ConflictModel()
{
    flushStagedWork();
}

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
        connect(session, &StoreSession::checkingChanged, this, [this](bool checking) {
            if (!checking && m_stagingWaitsForCheck)
                pruneAndRestoreStaging();
        });
    }
    setStore(session ? session->store() : nullptr);
}

bool ConflictModel::isStoreChecked() const
{
    return !m_session || !m_session->isChecking();
}

void ConflictModel::pruneAndRestoreStaging()
{
    // Judged against a store whose files may still be as the load cache had
    // them, staged choices would be dropped for verdicts that no longer hold,
    // and the file saved without them: that waits for the check.
    if (m_store && !isStoreChecked()) {
        m_stagingWaitsForCheck = true;
        return;
    }
    m_stagingWaitsForCheck = false;
    pruneStaging();
    Q_EMIT stagingChanged();
    restoreStagedWork();
}

void ConflictModel::setStore(const Store *store)
{
    flushStagedWork();
    beginResetModel();
    m_store = store && store->state() == Store::State::Ok ? store : nullptr;
    // Kept apart from the store: a save at destruction must not read a store already gone.
    // A preview holds no conflicts yet: restoring against it would drop everything.
    m_storeRoot = m_store && !m_store->isPartial()
        ? QDir::cleanPath(QFileInfo(m_store->root()).absoluteFilePath())
        : QString();
    m_rows.reset(m_store, m_actorId);
    endResetModel();
    m_stagingWaitsForCheck = false;
    pruneAndRestoreStaging();
}

void ConflictModel::setActor(const QString &actorId)
{
    if (actorId == m_actorId)
        return;
    // Staged choices and their words belong to the actor who staged them: the
    // previous actor's stay with that actor (and in its file), and this one sees
    // only their own.
    flushStagedWork();
    m_actorId = actorId;
    m_rows.setActor(actorId);
    if (m_rows.size() > 0)
        Q_EMIT dataChanged(index(0), index(m_rows.size() - 1));
    Q_EMIT actorChanged();
    pruneAndRestoreStaging();
}

ConflictStaging &ConflictModel::staging()
{
    return m_stagings[m_actorId];
}

const ConflictStaging &ConflictModel::staging() const
{
    static const ConflictStaging none;
    const auto it = m_stagings.constFind(m_actorId);
    return it == m_stagings.cend() ? none : *it;
}

QHash<QString, ConflictModel::StagedAt> &ConflictModel::stagedAt()
{
    return m_stagedAt[m_actorId];
}

const QHash<QString, ConflictModel::StagedAt> &ConflictModel::stagedAt() const
{
    static const QHash<QString, StagedAt> none;
    const auto it = m_stagedAt.constFind(m_actorId);
    return it == m_stagedAt.cend() ? none : *it;
}

QHash<QString, DecisionOption> &ConflictModel::decidedMeanwhile()
{
    return m_decidedMeanwhile[m_actorId];
}

const QHash<QString, DecisionOption> &ConflictModel::decidedMeanwhile() const
{
    static const QHash<QString, DecisionOption> none;
    const auto it = m_decidedMeanwhile.constFind(m_actorId);
    return it == m_decidedMeanwhile.cend() ? none : *it;
}

int ConflictModel::stagedTotalFor(const QString &actorId) const
{
    const auto it = m_stagings.constFind(actorId);
    return it == m_stagings.cend() ? 0 : it->total();
}

QStringList ConflictModel::actorsWithStagedWork() const
{
    QStringList out;
    for (auto it = m_stagings.cbegin(); it != m_stagings.cend(); ++it)
        if (!it->isEmpty())
            out << it.key();
    out.sort();
    return out;
}

QString ConflictModel::actorDisplayName() const
{
    const auto &actor = m_rows.actor();
    return actor && !actor->displayName.isEmpty() ? actor->displayName : m_actorId;
}

QString ConflictModel::actorIdentity() const
{
    if (!m_store || m_actorId.isEmpty())
        return QString();
    const Sym sym = m_store->strings().find(m_actorId);
    const auto it = m_store->relations().actorById.constFind(sym);
    return sym == kNoSym || it == m_store->relations().actorById.cend()
        ? QString()
        : m_store->text(m_store->actors()[*it].identity);
}

void ConflictModel::setSignedInUser(const QString &user)
{
    if (user == m_signedInUser)
        return;
    m_signedInUser = user;
    Q_EMIT actorChanged();
}

bool ConflictModel::identityMismatch() const
{
    return !m_actorId.isEmpty() && !DecidedOn::identityMatches(actorIdentity(), m_signedInUser);
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
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
    const ConflictRow &r = m_rows[row];
    const ConflictRecord &c = m_store->conflicts()[std::size_t(row)];
    const auto text = [this](Sym sym) { return m_store->text(sym); };
    const auto result = [&]() { return staging().result(r.id); };
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
            r.createdText = ConflictRows::formatTime(QLocale(), c.created);
            r.createdFormatted = true;
        }
        return r.createdText;
    case ActorsRole:
        return r.actors;
    case DevicesRole:
        return r.devices;
    case ChangedByTextRole:
        return m_rows.changedBy(row);
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
        return c.state == CardState::Decided ? m_rows.decided(row).recommendationReason
                                             : r.recommendationText;
    case SelectedOptionRole:
        return int(r.selected);
    case SelectedByRole:
        return text(c.card.selectedBy);
    case SelectedAtRole:
        return c.card.selectedAt;
    case DecisionTextRole:
        return m_rows.decisionText(row);
    case DecidedByTextRole:
        return m_rows.decided(row).by;
    case DecidedAtTextRole:
        return m_rows.decided(row).at;
    case DecisionRationaleRole:
        return m_rows.decided(row).words;
    case DecidedOnTextRole:
        return m_rows.decided(row).decidedOn;
    case EvidenceIdRole:
        return r.evidenceId;
    case PolicyIdRole:
        return m_rows.verdicts(row).policyId;
    case PolicyEffectRole:
        return m_rows.verdicts(row).policyEffect;
    case PolicyTextRole:
        return m_rows.policyText(row);
    case AllowedOptionsRole:
        return m_rows.verdicts(row).allowed;
    case OptionRefusalsRole: {
        QVariantList out;
        for (Refusal refusal : m_rows.verdicts(row).refusals)
            out << int(refusal);
        return out;
    }
    case OptionReasonsRole: {
        const auto &reasons = m_rows.verdicts(row).reasons;
        return QStringList(reasons.begin(), reasons.end());
    }
    case RationaleRequiredRole:
        return rationaleRequired(row);
    case RationaleOptionsRole:
        return m_rows.verdicts(row).rationaleOptions;
    case StagedOptionRole:
        return int(stagedOption(row));
    case RationaleRole:
        return staging().rationale(r.id);
    case RationaleMissingRole:
        return rationaleMissing(row);
    case OutcomeRole:
        return result() ? int(result()->outcome) : -1;
    case OutcomeCodeRole:
        return result() ? result()->code : QString();
    case OutcomeMessageRole:
        return result() ? result()->message : QString();
    case VersionRole:
        return r.version;
    case SearchTextRole:
        return m_rows.searchText(row);
    case ReadinessRole:
        return int(readiness(row));
    case ReadinessTextRole:
        return readinessText(readiness(row));
    case StaleReasonRole:
        return staleReason(row);
    case GatedRole:
        return isGated(row);
    case RevisingRole:
        return isRevising(row);
    case CanReviseRole:
        return canRevise(row);
    case FollowThroughTextRole:
        return m_rows.followThrough(row, QDateTime::currentMSecsSinceEpoch()).text;
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
    return m_rows.rowOf(conflictId);
}

QString ConflictModel::conflictId(int row) const
{
    return m_rows.contains(row) ? m_rows[row].id : QString();
}

bool ConflictModel::isPending(int row) const
{
    return m_rows.contains(row)
        && m_store->conflicts()[std::size_t(row)].state == CardState::Pending;
}

bool ConflictModel::isAllowed(int row, DecisionOption option) const
{
    if (isRevising(row))
        return revisionVerdict(row, option).allowed();
    return m_rows.contains(row) && (m_rows.verdicts(row).allowed & decisionOptionBit(option));
}

bool ConflictModel::rationaleRequired(int row) const
{
    // A revision always says why it changes what a reviewer already read.
    return m_rows.contains(row) && (isRevising(row) || m_rows.verdicts(row).rationaleRequired);
}

OptionVerdict ConflictModel::revisionVerdict(int row, DecisionOption option) const
{
    if (!m_rows.contains(row))
        return OptionVerdict { option, Refusal::UnknownConflict, {}, false, {}, {} };
    // Asked on a person's action on one card, not per painted card: the gate
    // over the store's records, as Apply will ask it under the lock.
    GateConflict gc = DecisionGate::conflictFrom(*m_store, quint32(row));
    gc.revising = true;
    const auto actor = DecisionGate::actorFrom(*m_store, m_actorId);
    return DecisionGate::check(
        gc, actor ? &*actor : nullptr, option, DecisionGate::policiesFrom(*m_store));
}

bool ConflictModel::canRevise(int row) const
{
    if (!m_rows.contains(row) || m_actorId.isEmpty()
        || m_store->conflicts()[std::size_t(row)].state != CardState::Decided)
        return false;
    for (DecisionOption option : kDecisionOptions)
        if ((m_rows[row].offered & decisionOptionBit(option))
            && revisionVerdict(row, option).allowed())
            return true;
    return false;
}

bool ConflictModel::beginRevision(int row)
{
    if (m_stagingWaitsForCheck)
        return false; // see stage()
    if (!canRevise(row))
        return false;
    if (staging().setRevising(m_rows[row].id, true)) {
        staging().forgetResult(m_rows[row].id);
        emitRowChanged(row);
        Q_EMIT stagingChanged();
    }
    return true;
}

void ConflictModel::cancelRevision(int row)
{
    if (m_stagingWaitsForCheck)
        return; // see stage()
    if (!isRevising(row))
        return;
    const QString &id = m_rows[row].id;
    // Not "decided meanwhile": the card was decided before it was revised.
    stagedAt().remove(id);
    staging().unstage(id);
    staging().setRevising(id, false);
    emitRowChanged(row);
    Q_EMIT stagingChanged();
}

bool ConflictModel::isRevising(int row) const
{
    return m_rows.contains(row) && staging().isRevising(m_rows[row].id)
        && m_store->conflicts()[std::size_t(row)].state == CardState::Decided;
}

void ConflictModel::onRecordsChanged(RecordKind kind, const QList<int> &rows)
{
    if (!m_session || m_session->store() != m_store || !m_store)
        return setStore(m_session ? m_session->store() : nullptr);
    if (kind == RecordKind::Actor || kind == RecordKind::PolicyDecision
        || kind == RecordKind::Device) {
        if (kind != RecordKind::Device)
            m_rows.reloadGate(m_actorId);
        // Cards name people and devices by their display names: a renamed one
        // must read the same on every card, shown before or not.
        if (kind != RecordKind::PolicyDecision)
            for (int row = 0; row < m_rows.size(); ++row)
                m_rows.rebuild(row);
        if (m_rows.size() > 0)
            Q_EMIT dataChanged(index(0), index(m_rows.size() - 1));
        return;
    }
    if (kind != RecordKind::Conflict)
        return;
    for (int row : rows) {
        if (!m_rows.contains(row))
            continue;
        m_rows.rebuild(row);
        Q_EMIT dataChanged(index(row), index(row));
    }
    pruneStaging();
    Q_EMIT stagingChanged();
}

void ConflictModel::onRecordsAdded(RecordKind kind, int /*first*/, int last)
{
    if (!m_session || m_session->store() != m_store || !m_store)
        return setStore(m_session ? m_session->store() : nullptr);
    if (kind == RecordKind::Actor || kind == RecordKind::PolicyDecision
        || kind == RecordKind::Device)
        return onRecordsChanged(kind, {});
    if (kind == RecordKind::Operation || kind == RecordKind::Evidence)
        return linkEvidence();
    // Rows are appended after the ones this model holds, whatever first says.
    const int from = m_rows.size();
    if (kind != RecordKind::Conflict || last < from)
        return;
    beginInsertRows({}, from, last);
    m_rows.appendUpTo(last);
    endInsertRows();
}

void ConflictModel::linkEvidence()
{
    for (int row : m_rows.linkEvidence())
        Q_EMIT dataChanged(index(row), index(row), { EvidenceIdRole });
}

bool ConflictModel::stage(int row, DecisionOption option)
{
    // Nothing staged or unstaged until the staging kept for this store is
    // restored (after the check): a change made meanwhile would be lost to it.
    if (m_stagingWaitsForCheck)
        return false;
    if (!(isPending(row) || isRevising(row)) || !isAllowed(row, option))
        return false;
    // A new choice makes the last Apply's word on this card stale.
    if (!staging().stage(m_rows[row].id, option))
        return true;
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
    if (m_stagingWaitsForCheck)
        return; // see stage()
    if (!m_rows.contains(row))
        return;
    // A revision taken back is not a choice dropped because someone decided meanwhile.
    if (isRevising(row))
        stagedAt().remove(m_rows[row].id);
    if (!staging().unstage(m_rows[row].id))
        return;
    emitRowChanged(row);
    Q_EMIT stagingChanged();
}

DecisionOption ConflictModel::stagedOption(int row) const
{
    return m_rows.contains(row) ? staging().option(m_rows[row].id) : DecisionOption::None;
}

void ConflictModel::setRationale(int row, const QString &rationale)
{
    if (m_stagingWaitsForCheck)
        return; // see stage()
    if (!m_rows.contains(row))
        return;
    const QString &id = m_rows[row].id;
    if (!staging().setRationale(id, rationale))
        return;
    emitRowChanged(row);
    if (staging().isStaged(id))
        Q_EMIT stagingChanged();
}

QString ConflictModel::rationale(int row) const
{
    return staging().rationale(conflictId(row));
}

bool ConflictModel::rationaleRequired(int row, DecisionOption option) const
{
    return m_rows.contains(row)
        && (isRevising(row) || (m_rows.verdicts(row).rationaleOptions & decisionOptionBit(option)));
}

bool ConflictModel::rationaleMissing(int row) const
{
    const DecisionOption staged = stagedOption(row);
    return staged != DecisionOption::None && rationaleRequired(row, staged)
        && DecisionGate::isBlankRationale(rationale(row));
}

int ConflictModel::stagedCount(DecisionOption option) const
{
    return staging().count(option);
}

int ConflictModel::stagedTotal() const
{
    return staging().total();
}

int ConflictModel::acceptRecommendations(const QList<int> &rows)
{
    if (m_stagingWaitsForCheck)
        return 0; // see stage()
    int staged = 0;
    QList<int> changed;
    for (int row : rows) {
        if (!isPending(row))
            continue;
        const DecisionOption option = m_rows[row].recommended;
        if (!isAllowed(row, option))
            continue;
        const QString &id = m_rows[row].id;
        staging().stage(id, option);
        staging().forgetResult(id);
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
    if (m_stagingWaitsForCheck)
        return; // see stage()
    if (staging().isEmpty())
        return;
    staging().clear();
    if (m_rows.size() > 0)
        Q_EMIT dataChanged(index(0), index(m_rows.size() - 1));
    Q_EMIT stagingChanged();
}

QList<Decision> ConflictModel::stagedDecisions() const
{
    QList<int> rows;
    for (const QString &id : staging().stagedIds()) {
        const int row = rowOf(id);
        if (row >= 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    QList<Decision> out;
    out.reserve(rows.size());
    for (int row : std::as_const(rows)) {
        const QString &id = m_rows[row].id;
        out.append(Decision { id, staging().option(id), m_actorId,
            staging().rationale(id).trimmed(), isRevising(row) });
    }
    return out;
}

QHash<QString, QByteArray> ConflictModel::shownVersions(const QList<Decision> &decisions) const
{
    QHash<QString, QByteArray> out;
    for (const Decision &d : decisions) {
        // The version the decision was staged (or confirmed) on, not the one shown
        // now: a conflict that changed since, even while Apply's confirmation was
        // open, is refused as changed on disk rather than decided unseen.
        const auto staged = stagedAt().constFind(d.conflictId);
        if (staged != stagedAt().cend() && staged->option == d.option) {
            out.insert(d.conflictId, staged->version.toLatin1());
            continue;
        }
        const int row = rowOf(d.conflictId);
        if (row >= 0)
            out.insert(d.conflictId, m_rows[row].version.toLatin1());
    }
    return out;
}

void ConflictModel::setOutcomes(const QList<DecisionOutcome> &outcomes)
{
    QList<int> rows;
    for (const DecisionOutcome &o : outcomes) {
        const QString &id = o.decision.conflictId;
        // The outcome belongs to the actor who decided, also when another one acts now.
        const QString &actor = o.decision.actorId.isEmpty() ? m_actorId : o.decision.actorId;
        m_stagings[actor].setResult(id, { o.outcome, refusalCode(o.refusal), o.message });
        rows << rowOf(id);
    }
    emitRowsChanged(rows);
    Q_EMIT stagingChanged();
}

void ConflictModel::clearOutcomes()
{
    QList<int> rows;
    for (const QString &id : staging().clearResults())
        rows << rowOf(id);
    emitRowsChanged(rows);
}

bool ConflictModel::hasOutcome(int row) const
{
    return staging().result(conflictId(row)) != nullptr;
}

void ConflictModel::pruneStaging()
{
    // A card decided elsewhere (or gone) can no longer take a staged choice. The
    // gate's verdicts are the acting actor's; other actors' choices are checked
    // again when they act.
    for (auto it = m_stagings.begin(); it != m_stagings.end(); ++it) {
        const bool acting = it.key() == m_actorId;
        const ConflictStaging &staging = *it;
        it->prune([this, acting, &staging](const QString &id, DecisionOption option) {
            const int row = rowOf(id);
            if (row < 0)
                return false;
            // A revision stays on its decided card; the other actors' are checked when they act.
            if (staging.isRevising(id))
                return m_store->conflicts()[std::size_t(row)].state == CardState::Decided
                    && (!acting || isAllowed(row, option));
            return isPending(row) && (!acting || isAllowed(row, option));
        });
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
    const ConflictRow &r = m_rows[row];
    const ConflictRecord &c = m_store->conflicts()[std::size_t(row)];
    const ConflictVerdicts &v = m_rows.verdicts(row);
    QStringList parts;
    parts << tr("%1 conflict on %2")
                 .arg(severityLabel(m_store->text(c.severity)), m_store->text(c.object));
    parts
        << tr("workspace %1, profile %2").arg(m_store->text(c.workspace), m_store->text(c.profile));
    if (const QString &changedBy = m_rows.changedBy(row); !changedBy.isEmpty())
        parts << tr("changed by %1").arg(changedBy);
    parts << c.explanation;
    if (c.state == CardState::Decided) {
        parts << m_rows.decisionText(row);
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
    if (const ConflictStaging::Result *o = staging().result(r.id))
        parts << (o->outcome == Outcome::Refused ? tr("refused: %1").arg(o->message)
                                                 : tr("applied"));
    parts.removeAll(QString());
    return parts.join(QStringLiteral("; "));
}

// --- Triage (issue 17, item 4) ------------------------------------------------

ConflictModel::Readiness ConflictModel::readiness(int row) const
{
    const DecisionOption option = stagedOption(row);
    if (option == DecisionOption::None)
        return Readiness::NotStaged;
    if (!(isPending(row) || isRevising(row)) || !isAllowed(row, option))
        return Readiness::NotAllowed;
    if (isStale(row))
        return Readiness::Stale;
    if (rationaleMissing(row))
        return Readiness::NeedsRationale;
    return Readiness::Ready;
}

QString ConflictModel::readinessText(Readiness readiness)
{
    switch (readiness) {
    case Readiness::NeedsRationale:
        return tr("Needs a rationale");
    case Readiness::Stale:
        return tr("Stale: the conflict changed after you staged it");
    case Readiness::NotAllowed:
        return tr("Not allowed for the acting actor any more");
    case Readiness::NotStaged:
    case Readiness::Ready:
        break;
    }
    return QString();
}

bool ConflictModel::isGated(int row) const
{
    return isPending(row) && m_rows.verdicts(row).allowed == 0;
}

bool ConflictModel::isStale(int row) const
{
    if (stagedOption(row) == DecisionOption::None)
        return false;
    const auto it = stagedAt().constFind(m_rows[row].id);
    return it != stagedAt().cend() && it->version != m_rows[row].version;
}

QString ConflictModel::staleReason(int row) const
{
    if (!m_rows.contains(row))
        return QString();
    if (isStale(row))
        return readinessText(Readiness::Stale);
    const auto it = decidedMeanwhile().constFind(m_rows[row].id);
    if (it != decidedMeanwhile().cend())
        return tr("Stale: your staged %1 was dropped, this conflict was decided meanwhile")
            .arg(optionLabel(*it));
    return QString();
}

QList<Decision> ConflictModel::readyDecisions() const
{
    QList<Decision> out;
    for (const Decision &d : stagedDecisions())
        if (readiness(rowOf(d.conflictId)) == Readiness::Ready)
            out << d;
    return out;
}

int ConflictModel::readyCount() const
{
    return int(readyDecisions().size());
}

void ConflictModel::confirmStaged(int row)
{
    if (m_stagingWaitsForCheck)
        return; // see stage()
    const DecisionOption option = stagedOption(row);
    if (option == DecisionOption::None || !isStale(row))
        return;
    stagedAt().insert(m_rows[row].id, StagedAt { option, m_rows[row].version });
    emitRowChanged(row);
    Q_EMIT stagingChanged();
}

int ConflictModel::setStagedOptions(const QList<QPair<QString, DecisionOption>> &options)
{
    if (m_stagingWaitsForCheck)
        return 0; // see stage()
    QList<int> rows;
    {
        // Thousands of cards (a bulk accept undone) are one change, saved once.
        const QSignalBlocker block(this);
        for (const auto &[id, option] : options) {
            const int row = rowOf(id);
            if (row < 0 || stagedOption(row) == option)
                continue;
            if (option == DecisionOption::None)
                unstage(row);
            else if (!stage(row, option))
                continue;
            rows << row;
        }
    }
    if (!rows.isEmpty()) {
        emitRowsChanged(rows);
        Q_EMIT stagingChanged();
    }
    return int(rows.size());
}

void ConflictModel::onStagingChangedForTriage()
{
    if (m_restoring)
        return;
    // What was shown when each choice was made: a later version makes it stale.
    QSet<QString> staged;
    const QList<Decision> decisions = stagedDecisions();
    for (const Decision &d : decisions) {
        staged.insert(d.conflictId);
        const int row = rowOf(d.conflictId);
        const auto it = stagedAt().constFind(d.conflictId);
        if (it == stagedAt().cend() || it->option != d.option)
            stagedAt().insert(d.conflictId, StagedAt { d.option, m_rows[row].version });
        decidedMeanwhile().remove(d.conflictId);
    }
    for (auto it = stagedAt().begin(); it != stagedAt().end();) {
        if (staged.contains(it.key())) {
            ++it;
            continue;
        }
        // Gone from the staging without being written by us: decided elsewhere?
        const int row = rowOf(it.key());
        const ConflictRecord *c
            = row >= 0 && m_store ? &m_store->conflicts()[std::size_t(row)] : nullptr;
        if (c && c->state == CardState::Decided && !hasOutcome(row)
            && m_store->text(c->card.selectedBy) != m_actorId) {
            decidedMeanwhile().insert(it.key(), it->option);
            emitRowChanged(row);
        }
        it = stagedAt().erase(it);
    }
    if (persistKey() != m_persistedKey || m_persistedKey.isEmpty())
        return;
    // A choice is saved at once (a crash loses nothing); typing is saved after a pause.
    if (stagedFingerprint(decisions) != m_savedFingerprint)
        saveStagedWork();
    else
        m_saveTimer->start();
}

// --- Staged work kept between runs (issue 17, item 5) ---------------------------

void ConflictModel::setPersistStagedWork(bool persist)
{
    if (persist == m_persist)
        return;
    flushStagedWork();
    m_persist = persist;
    m_persistedKey.clear();
    if (persist)
        restoreStagedWork();
}

QString ConflictModel::persistKey() const
{
    if (!m_persist || m_storeRoot.isEmpty() || m_actorId.isEmpty())
        return QString();
    // NUL: the one character no path can hold, so the root is read back whole
    // (a root with a newline once matched another store's file).
    return m_storeRoot + QChar(u'\0') + m_actorId;
}

QByteArray ConflictModel::stagedFingerprint(const QList<Decision> &staged) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Decision &d : staged) {
        hash.addData(d.conflictId.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(QByteArray::number(int(d.option)));
        const auto it = stagedAt().constFind(d.conflictId);
        if (it != stagedAt().cend())
            hash.addData(it->version.toLatin1());
        hash.addData(QByteArrayView("\n", 1));
    }
    return hash.result();
}

void ConflictModel::noteSaved()
{
    m_savedFingerprint = stagedFingerprint(stagedDecisions());
}

void ConflictModel::flushStagedWork()
{
    if (m_saveTimer->isActive())
        saveStagedWork();
}

void ConflictModel::saveStagedWork()
{
    m_saveTimer->stop();
    if (m_persistedKey.isEmpty() || persistKey() != m_persistedKey)
        return;
    noteSaved();
    StagedWork work;
    work.storeRoot = m_persistedRoot;
    work.actorId = m_actorId;
    for (const Decision &d : stagedDecisions()) {
        const int row = rowOf(d.conflictId);
        const auto it = stagedAt().constFind(d.conflictId);
        work.entries << StagedEntry { d.conflictId, d.option, rationale(row),
            it != stagedAt().cend() ? it->version : m_rows[row].version };
    }
    const Result<void> saved = StagedWorkFile::save(work);
    if (!saved) {
        m_stagedWorkProblem
            = tr("Staged decisions could not be saved for the next run: %1").arg(saved.error());
        Q_EMIT stagedWorkRestored(0, 0, 0, m_stagedWorkProblem);
    }
}

void ConflictModel::restoreStagedWork()
{
    const QString key = persistKey();
    if (key == m_persistedKey)
        return;
    m_persistedKey.clear();
    if (key.isEmpty())
        return;
    const QString root = key.section(QChar(u'\0'), 0, 0);
    if (root != m_persistedRoot) {
        // Another store: nothing staged for the last one carries over, even where ids match.
        // Every actor's: what was staged for the last store stays in its files.
        m_stagings.clear();
        m_stagedAt.clear();
        m_decidedMeanwhile.clear();
        m_persistedRoot = root;
    } else if (stagedTotal() > 0) {
        // This actor's staging is still in memory, and newer than any file.
        m_persistedKey = key;
        saveStagedWork();
        return;
    }
    decidedMeanwhile().clear();
    const Result<StagedWork> loaded = StagedWorkFile::load(root, m_actorId);
    m_persistedKey = key;
    if (!loaded) {
        m_stagedWorkProblem = loaded.error();
        noteSaved();
        Q_EMIT stagedWorkRestored(0, 0, 0, m_stagedWorkProblem);
        return;
    }
    m_stagedWorkProblem.clear();
    int restored = 0, stale = 0, dropped = 0;
    {
        // One signal for the lot: a restore of thousands is one change.
        const QSignalBlocker block(this);
        m_restoring = true;
        for (const StagedEntry &e : loaded->entries) {
            const int row = rowOf(e.conflictId);
            if (row >= 0 && m_store->conflicts()[std::size_t(row)].state == CardState::Decided) {
                decidedMeanwhile().insert(e.conflictId, e.option);
                ++dropped;
                continue;
            }
            if (row < 0 || !stage(row, e.option)) {
                ++dropped;
                continue;
            }
            setRationale(row, e.rationale);
            stagedAt().insert(e.conflictId, StagedAt { e.option, e.version });
            ++restored;
            stale += e.version != m_rows[row].version ? 1 : 0;
        }
        m_restoring = false;
    }
    if (m_rows.size() > 0)
        Q_EMIT dataChanged(index(0), index(m_rows.size() - 1));
    noteSaved();
    Q_EMIT stagingChanged();
    if (restored > 0 || dropped > 0)
        Q_EMIT stagedWorkRestored(restored, stale, dropped, QString());
}

} // namespace SyncDesk
