// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Long on purpose: the gate's rules written again from the spec for the
// differential test, next to the rows that exercise them.

// The gate reads what the daemon reads (issue 14, item 6). A differential test:
// the gate's rules written again here, from spec/store.md alone, run over a few
// hundred generated stores (actors and policy decisions with conflicted copies,
// misnamed and wrong-registry files, offsets and unparsable times), and compared
// with Apply's gate (ResolutionWriter: dry runs, and a real write on every
// fifth store) and the window's (DecisionGate over a loaded Store, and
// ConflictModel over a StoreSession that refreshes what changed).
#include "storefixture.h"

#include "core/demo/demostore.h"
#include "core/models/conflictmodel.h"
#include "core/models/conflictrows.h"
#include "core/records/timestamp.h"
#include "core/resolution/gate.h"
#include "core/resolution/resolution.h"
#include "core/resolution/resolution_p.h"
#include "core/store/store.h"
#include "core/store/storesession.h"

#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>

using namespace SyncDesk;
using ojson = nlohmann::ordered_json;

namespace {

constexpr int kStores = 300;
constexpr quint32 kSeed = 20261125;

const QStringList kWorkspaces { QStringLiteral("workspace:default"),
    QStringLiteral("workspace:other") };
const QStringList kProfiles { QStringLiteral("profile:local-dev"), QStringLiteral("profile:work") };
const QStringList kObjects { QStringLiteral("object:alpha"), QStringLiteral("object:beta") };
const QStringList kOptions { QStringLiteral("merge"), QStringLiteral("fork"),
    QStringLiteral("skip") };
/// Who decides. "actor_a0" shares actor:a0's file name; "actor:x.json.y" lives in
/// "actor_x.json.y.json", which looks like a temp file to a careless reader;
/// "..." has no file name at all.
const QStringList kActorIds { QStringLiteral("actor:a0"), QStringLiteral("actor:a1"),
    QStringLiteral("actor:a2"), QStringLiteral("actor_a0"), QStringLiteral("actor:x.json.y"),
    QStringLiteral("actor:Zo\u00eb"), QStringLiteral("actor:ghost"), QStringLiteral("...") };
const QStringList kRationales { QString(), QStringLiteral("  "),
    QStringLiteral("Reviewed both versions.") };

// ---------------------------------------------------------------------------
// The reference: spec/store.md, "Records on disk", "Check the gate" and
// "Reading (get_record)", with the choices gate.h documents.

/// The safe id, written again from the spec: per character, anything but an
/// ASCII letter, digit, '-', '_' or '.' becomes '_'; leading and trailing dots go.
QString specSafeId(const QString &id)
{
    QString out;
    for (const char32_t c : id.toUcs4()) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.';
        out += keep ? QChar(char16_t(c)) : QChar(u'_');
    }
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

enum class Kind
{
    Actor,
    Policy,
    Garbage
};

/// One file the generator wrote, and what it is by construction.
struct ModelFile
{
    Kind kind = Kind::Garbage;
    ojson content; ///< the record (Garbage: not written as JSON)
    bool valid = false; ///< a record the daemon accepts
    std::optional<qint64> instant; ///< a policy's decided_at, when it names one
};

struct ModelConflict
{
    QString id, object, workspace, profile, severity;
    QStringList options;
};

struct Model
{
    QList<ModelConflict> conflicts;
    std::map<QString, ModelFile> files; ///< "actors/name.json" -> file
};

QString str(const ojson &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

bool listHas(const ojson &list, const QString &value)
{
    if (!list.is_array())
        return false;
    for (const auto &e : list)
        if (e.is_string() && str(e) == value)
            return true;
    return false;
}

/// The file an id's record is in, if it holds that record ("get_record").
const ModelFile *specRecord(const Model &m, const QString &folder, Kind kind, const QString &id)
{
    const QString safe = specSafeId(id);
    if (safe.isEmpty())
        return nullptr;
    const auto it = m.files.find(folder + QLatin1Char('/') + safe + QStringLiteral(".json"));
    if (it == m.files.end() || it->second.kind != kind || !it->second.valid)
        return nullptr;
    const char *idField = kind == Kind::Actor ? "actor_id" : "decision_id";
    const ojson &claimed = it->second.content[idField];
    return claimed.is_string() && str(claimed) == id ? &it->second : nullptr;
}

struct SpecPolicy
{
    QString id, effect;
};

/// The governing policy decision: policy-decisions/ listed, each file the record
/// of the id it holds; same workspace and profile; the conflict's object (ranked
/// first) or none; the latest instant; on a tie the greater id (gate.h).
std::optional<SpecPolicy> specGoverning(const Model &m, const ModelConflict &c)
{
    std::optional<SpecPolicy> best;
    int bestRank = -1;
    qint64 bestAt = 0;
    for (const auto &[path, f] : m.files) {
        if (!path.startsWith(QLatin1String("policy-decisions/")) || f.kind != Kind::Policy
            || !f.valid || !f.instant)
            continue;
        const QString id = str(f.content["decision_id"]);
        if (specRecord(m, QStringLiteral("policy-decisions"), Kind::Policy, id) != &f)
            continue;
        if (str(f.content["workspace_id"]) != c.workspace
            || str(f.content["profile_id"]) != c.profile)
            continue;
        const ojson &o = f.content.contains("object_id") ? f.content["object_id"] : ojson();
        const bool none = o.is_null() || (o.is_string() && o.get<std::string>().empty());
        const bool same = !none && o.is_string() && str(o) == c.object;
        if (!none && !same)
            continue;
        const int rank = same ? 1 : 0;
        if (!best || rank > bestRank
            || (rank == bestRank
                && (*f.instant > bestAt || (*f.instant == bestAt && id > best->id)))) {
            best = SpecPolicy { id, str(f.content["effect"]) };
            bestRank = rank;
            bestAt = *f.instant;
        }
    }
    return best;
}

Refusal specVerdict(const Model &m, const ModelConflict &c, const QString &actorId,
    const QString &option, const QString &rationale)
{
    if (!c.options.contains(option))
        return Refusal::OptionNotOffered;
    const ModelFile *a = specRecord(m, QStringLiteral("actors"), Kind::Actor, actorId);
    if (!a)
        return Refusal::ActorUnknown;
    // Any revoked_at but null or "" revokes: a gate fails closed.
    const ojson &revoked = a->content.contains("revoked_at") ? a->content["revoked_at"] : ojson();
    if (!revoked.is_null() && !(revoked.is_string() && revoked.get<std::string>().empty()))
        return Refusal::ActorRevoked;
    if (!listHas(a->content["workspace_scope"], c.workspace)
        || !listHas(a->content["profile_scope"], c.profile))
        return Refusal::ActorOutOfScope;
    if (!listHas(a->content["capabilities"],
            option == QLatin1String("merge") ? QStringLiteral("merge") : QStringLiteral("write")))
        return Refusal::CapabilityMissing;
    const auto policy = specGoverning(m, c);
    if (policy && policy->effect == QLatin1String("deny"))
        return Refusal::PolicyDenied;
    // The card recommends its first option (Generator::conflictRecord): any other
    // needs the decider's own words (issue 17: every decision says why).
    const bool needsRationale = c.severity == QLatin1String("review_required")
        || c.severity == QLatin1String("blocking")
        || (policy && policy->effect == QLatin1String("review_required"))
        || option != c.options.first();
    if (needsRationale && rationale.trimmed().isEmpty())
        return Refusal::RationaleRequired;
    return Refusal::None;
}

// ---------------------------------------------------------------------------
// The generator.

/// A time 2026-11-25T08:00Z ± 90 minutes, in half hours, written with a random
/// offset, so that the text's order and the instant's often disagree.
struct Stamp
{
    ojson text;
    std::optional<qint64> instant;
};

class Generator final
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {
        QFile actor(QStringLiteral(SYNCDESK_TEST_DATA "/reference/contracts/actor.agent-one.json"));
        QFile policy(
            QStringLiteral(SYNCDESK_TEST_DATA "/reference/contracts/policy.decision-review.json"));
        QFile conflict(
            QStringLiteral(SYNCDESK_TEST_DATA "/reference/contracts/conflict.alpha.json"));
        if (!actor.open(QIODevice::ReadOnly) || !policy.open(QIODevice::ReadOnly)
            || !conflict.open(QIODevice::ReadOnly))
            qFatal("missing reference contracts");
        m_actor = ojson::parse(actor.readAll().toStdString());
        m_policy = ojson::parse(policy.readAll().toStdString());
        m_conflict = ojson::parse(conflict.readAll().toStdString());
    }

    int below(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list[below(int(list.size()))];
    }

    Model model()
    {
        Model m;
        const int conflicts = 4;
        for (int i = 0; i < conflicts; ++i) {
            ModelConflict c;
            c.id = QStringLiteral("conflict:c%1").arg(i);
            c.object = chance(5) ? QString() : pick(kObjects);
            c.workspace = pick(kWorkspaces);
            c.profile = pick(kProfiles);
            c.severity = pick(QStringList { QStringLiteral("info"), QStringLiteral("warning"),
                QStringLiteral("review_required"), QStringLiteral("blocking") });
            for (const QString &o : kOptions)
                if (chance(75))
                    c.options << o;
            if (c.options.isEmpty())
                c.options << pick(kOptions);
            m.conflicts << c;
        }
        for (const QString &id : kActorIds)
            addActorFiles(m, id);
        const int policies = below(8);
        for (int i = 0; i < policies; ++i)
            addPolicyFile(m, QStringLiteral("policy-decision:p%1").arg(below(6)));
        return m;
    }

    ojson conflictRecord(const ModelConflict &c) const
    {
        ojson r = m_conflict;
        r["conflict_id"] = c.id.toStdString();
        r["object_id"] = c.object.toStdString();
        r["workspace_id"] = c.workspace.toStdString();
        r["profile_id"] = c.profile.toStdString();
        r["severity"] = c.severity.toStdString();
        ojson &card = r["decision_card"];
        card["card_id"] = ("decision-card:" + c.id).toStdString();
        card["options"] = ojson::array();
        for (const QString &o : c.options)
            card["options"].push_back(o.toStdString());
        card["recommended_option"] = c.options.first().toStdString();
        for (const char *k : { "selected_option", "selected_by", "selected_at" })
            card[k] = nullptr;
        return r;
    }

    /// A valid actor record claiming id, with random grants.
    ModelFile actor(const QString &id, bool strong = false)
    {
        ModelFile f;
        f.kind = Kind::Actor;
        f.valid = true;
        f.content = m_actor;
        f.content["actor_id"] = id.toStdString();
        // Scopes may hold anything; capabilities only the contract's words.
        auto subset = [&](const QStringList &words, int percent, bool noise) {
            ojson out = ojson::array();
            for (const QString &w : words)
                if (strong || chance(percent))
                    out.push_back(w.toStdString());
            if (noise && !strong && chance(10))
                out.push_back(chance(50) ? ojson(5) : ojson(nullptr));
            if (noise && !strong && chance(5))
                out.push_back("WORKSPACE:DEFAULT");
            return out;
        };
        f.content["workspace_scope"] = subset(kWorkspaces, 75, true);
        f.content["profile_scope"] = subset(kProfiles, 75, true);
        f.content["capabilities"]
            = subset({ QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("merge") },
                70, false);
        if (strong) {
            f.content["revoked_at"] = nullptr;
            return f;
        }
        switch (below(8)) {
        case 0:
            f.content.erase("revoked_at");
            break;
        case 1:
            f.content["revoked_at"] = "";
            break;
        case 2:
            f.content["revoked_at"] = "2026-05-06T00:00:00Z";
            break;
        case 3:
            f.content["revoked_at"] = false;
            break;
        default:
            f.content["revoked_at"] = nullptr;
        }
        if (chance(8)) {
            f.valid = false;
            switch (below(3)) {
            case 0:
                f.content["trust_level"] = "bogus";
                break;
            case 1:
                f.content.erase("display_name");
                break;
            default:
                f.content["capabilities"] = "write";
            }
        }
        return f;
    }

    Stamp stamp()
    {
        static const qint64 base
            = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        if (chance(12)) {
            static const QList<ojson> bad { "2026-11-25 08:00:00Z", "2026-11-25T08:00:00",
                "2026-02-30T08:00:00Z", "2026-11-25T08:00:00+2:00", "2026-11-25T24:00:00Z",
                "2026-11-25T08:00:60Z", "2026-11-25T08:00:00+24:00", "yesterday", "", 20261125,
                nullptr };
            return { pick(bad), std::nullopt };
        }
        const qint64 at = base + (below(7) - 3) * 30 * 60000LL + (chance(20) ? below(1000) : 0);
        static const QList<int> offsets { 0, 0, 0, 120, -330, 60, 840, -720 };
        const int offset = pick(offsets);
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(at + offset * 60000LL, Qt::UTC);
        QString text = local.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
        if (at % 1000 != 0 || chance(10))
            text += QStringLiteral(".%1").arg(at % 1000, 3, 10, QLatin1Char('0'))
                + (chance(30) ? QStringLiteral("000") : QString());
        if (offset == 0) {
            text += pick(QStringList { QStringLiteral("Z"), QStringLiteral("Z"),
                QStringLiteral("+00:00"), QStringLiteral("-00:00"), QStringLiteral("z") });
        } else {
            text += QStringLiteral("%1%2:%3")
                        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                        .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
                        .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
        }
        if (chance(5))
            text[10] = QLatin1Char('t');
        return { text.toStdString(), at };
    }

    ModelFile policy(const QString &id)
    {
        ModelFile f;
        f.kind = Kind::Policy;
        f.valid = true;
        f.content = m_policy;
        f.content["decision_id"] = id.toStdString();
        f.content["effect"] = pick(QStringList { QStringLiteral("allow"), QStringLiteral("deny"),
                                       QStringLiteral("review_required") })
                                  .toStdString();
        f.content["workspace_id"] = pick(kWorkspaces).toStdString();
        f.content["profile_id"] = pick(kProfiles).toStdString();
        switch (below(6)) {
        case 0:
            f.content.erase("object_id");
            break;
        case 1:
            f.content["object_id"] = nullptr;
            break;
        case 2:
            f.content["object_id"] = chance(50) ? ojson("") : ojson(7);
            break;
        default:
            f.content["object_id"] = pick(kObjects).toStdString();
        }
        const Stamp s = stamp();
        f.content["decided_at"] = s.text;
        f.instant = s.instant;
        if (chance(6)) {
            f.valid = false;
            f.content["effect"] = "maybe";
        }
        return f;
    }

    /// Names a sync tool, an editor or a person gives a copy of name.json.
    QString copyName(const QString &safe)
    {
        switch (below(6)) {
        case 0:
            return safe + QStringLiteral(" (conflicted copy).json");
        case 1:
            return safe + QStringLiteral(".sync-conflict-20261125-100000-ABCDEFG.json");
        case 2:
            return QStringLiteral("Copy of ") + safe + QStringLiteral(".json");
        case 3:
            return QStringLiteral("zz-") + safe + QStringLiteral(".json");
        case 4:
            return safe + QStringLiteral(".json.json");
        default:
            return safe + QStringLiteral("_2.json");
        }
    }

    void addActorFiles(Model &m, const QString &id)
    {
        const QString safe = specSafeId(id).isEmpty() ? QStringLiteral("dots") : specSafeId(id);
        if (chance(70) && id != QLatin1String("actor:ghost")) {
            ModelFile f = actor(id);
            if (chance(8)) // the right name, another id's record
                f.content["actor_id"] = chance(50) ? "actor:mallory" : "actor_a1";
            if (chance(3)) {
                f = ModelFile {};
                f.content = "{\"actor_id\": ";
            }
            m.files[QStringLiteral("actors/") + safe + QStringLiteral(".json")] = f;
        }
        const int copies = below(3);
        for (int i = 0; i < copies; ++i)
            m.files[QStringLiteral("actors/") + copyName(safe)] = actor(id, chance(70));
        if (chance(5)) // an actor where policy decisions live
            m.files[QStringLiteral("policy-decisions/") + safe + QStringLiteral(".json")]
                = actor(id, true);
    }

    void addPolicyFile(Model &m, const QString &id)
    {
        const QString safe = specSafeId(id);
        QString name = safe + QStringLiteral(".json");
        if (chance(25))
            name = chance(30) ? QStringLiteral("policy-decision_p%1.json").arg(below(6))
                              : copyName(safe);
        const QString folder
            = chance(3) ? QStringLiteral("actors") : QStringLiteral("policy-decisions");
        m.files[folder + QLatin1Char('/') + name] = policy(id);
    }

    /// Changes a store as a sync tool or the daemon would, between two looks.
    /// Returns the paths it touched.
    QStringList mutate(Model &m)
    {
        QStringList touched;
        const int changes = 1 + below(4);
        for (int i = 0; i < changes; ++i) {
            QStringList paths;
            for (const auto &[path, f] : m.files)
                paths << path;
            const QString path = paths.isEmpty() ? QString() : pick(paths);
            const QString folder = path.section(QLatin1Char('/'), 0, 0);
            const QString name = path.section(QLatin1Char('/'), 1);
            switch (paths.isEmpty() ? 0 : below(6)) {
            case 0: { // a conflicted copy arrives, granting or denying
                if (chance(50)) {
                    const QString id = pick(kActorIds);
                    const QString safe
                        = specSafeId(id).isEmpty() ? QStringLiteral("dots") : specSafeId(id);
                    const QString to = QStringLiteral("actors/") + copyName(safe);
                    m.files[to] = actor(id, true);
                    touched << to;
                } else {
                    const QString id = QStringLiteral("policy-decision:p%1").arg(below(6));
                    const QString to
                        = QStringLiteral("policy-decisions/") + copyName(specSafeId(id));
                    m.files[to] = policy(id);
                    touched << to;
                }
                break;
            }
            case 1: { // the real file is renamed to a copy's name
                const QString to = folder + QLatin1Char('/') + copyName(name.chopped(5));
                m.files[to] = m.files[path];
                m.files.erase(path);
                touched << path << to;
                break;
            }
            case 2: // deleted
                m.files.erase(path);
                touched << path;
                break;
            case 3: { // a policy decided again, its time written another way
                ModelFile &f = m.files[path];
                if (f.kind == Kind::Policy) {
                    const Stamp s = stamp();
                    f.content["decided_at"] = s.text;
                    f.instant = s.instant;
                    touched << path;
                }
                break;
            }
            case 4: { // replaced by a fresh record of its id
                ModelFile &f = m.files[path];
                if (f.kind == Kind::Actor)
                    f = actor(str(f.content["actor_id"]), chance(50));
                else if (f.kind == Kind::Policy)
                    f = policy(str(f.content["decision_id"]));
                touched << path;
                break;
            }
            default: // a copy is renamed to the real name
                if (const ModelFile &f = m.files[path]; f.kind != Kind::Garbage) {
                    const QString id
                        = str(f.content[f.kind == Kind::Actor ? "actor_id" : "decision_id"]);
                    const QString safe = specSafeId(id);
                    if (!safe.isEmpty() && safe + QStringLiteral(".json") != name) {
                        const QString to
                            = folder + QLatin1Char('/') + safe + QStringLiteral(".json");
                        m.files[to] = f;
                        m.files.erase(path);
                        touched << path << to;
                    }
                }
            }
        }
        touched.removeDuplicates();
        return touched;
    }

private:
    QRandomGenerator m_rng;
    ojson m_actor, m_policy, m_conflict;
};

QByteArray bytesOf(const ModelFile &f)
{
    if (f.kind == Kind::Garbage)
        return QByteArray::fromStdString(
            f.content.is_string() ? f.content.get<std::string>() : "{");
    return QByteArray::fromStdString(f.content.dump(2) + "\n");
}

/// Replaces or removes path as the daemon does: a temp file renamed over it.
void writeAtomically(const StoreFixture &fx, const QString &rel, const QByteArray &bytes)
{
    const QString tmp = rel + QStringLiteral(".tmp");
    fx.write(tmp, bytes);
    if (::rename(QFile::encodeName(fx.path(tmp)).constData(),
            QFile::encodeName(fx.path(rel)).constData())
        != 0)
        qFatal("cannot rename %s", qPrintable(rel));
}

QString describe(const Model &m)
{
    QString out;
    for (const auto &c : m.conflicts)
        out += QStringLiteral("  %1: %2 %3 %4 %5 [%6]\n")
                   .arg(c.id, c.object, c.workspace, c.profile, c.severity,
                       c.options.join(QLatin1Char(',')));
    for (const auto &[path, f] : m.files)
        out += QStringLiteral("  %1%2: %3\n")
                   .arg(path, f.valid ? QString() : QStringLiteral(" (invalid)"),
                       QString::fromUtf8(bytesOf(f)).simplified());
    return out;
}

/// The window's verdict: what the gate says ahead of a rationale, then the rationale.
Refusal windowVerdict(Refusal ahead, bool rationaleRequired, const QString &rationale)
{
    if (ahead == Refusal::None && rationaleRequired && rationale.trimmed().isEmpty())
        return Refusal::RationaleRequired;
    return ahead;
}

} // namespace

class TestGate final : public QObject
{
    Q_OBJECT

    int m_compared = 0;

    /// Every verdict of every gate, against the reference. False (with a failure
    /// recorded) on the first disagreement.
    bool compareAll(
        const Model &m, const StoreFixture &fx, ConflictModel &sessionModel, const QString &label)
    {
        const auto store = Store::open(fx.root());
        if (store->state() != Store::State::Ok) {
            QTest::qFail(
                qPrintable(label + QStringLiteral(": store did not open")), __FILE__, __LINE__);
            return false;
        }
        ConflictModel fresh;
        fresh.setStore(store.get());
        const QList<GatePolicy> policies = DecisionGate::policiesFrom(*store);
        ApplyOptions dryRun;
        dryRun.dryRun = true;

        auto fail = [&](const QString &what) {
            QTest::qFail(
                qPrintable(QStringLiteral("%1: %2\nstore:\n%3").arg(label, what, describe(m))),
                __FILE__, __LINE__);
            return false;
        };
        for (const QString &actorId : kActorIds) {
            fresh.setActor(actorId);
            sessionModel.setActor(actorId);
            const auto actor = DecisionGate::actorFrom(*store, actorId);
            for (const QString &option : kOptions) {
                for (const QString &rationale : kRationales) {
                    // A blank rationale is the window's own concern (check() trims it
                    // for both): Apply is asked with none and with one, and the rest
                    // compared as often, ~100 verdicts a millisecond.
                    const bool askApply = rationale != kRationales[1];
                    QList<Decision> batch;
                    for (const auto &c : m.conflicts)
                        batch.append(
                            Decision { c.id, parseDecisionOption(option), actorId, rationale });
                    const ApplyReport report = askApply
                        ? ResolutionWriter::apply(fx.root(), batch, dryRun)
                        : ApplyReport {};
                    for (qsizetype i = 0; i < m.conflicts.size(); ++i) {
                        const ModelConflict &c = m.conflicts[i];
                        const Refusal expected = specVerdict(m, c, actorId, option, rationale);
                        const auto governing = specGoverning(m, c);
                        const QString where = QStringLiteral("%1 by %2, %3, rationale '%4'")
                                                  .arg(c.id, actorId, option, rationale);
                        // Apply, as the lead writer checks it under the lock.
                        const DecisionOutcome o
                            = askApply ? report.outcomes[i] : DecisionOutcome {};
                        const Refusal applied
                            = o.outcome == Outcome::Applied ? Refusal::None : o.refusal;
                        if (askApply && applied != expected)
                            return fail(QStringLiteral("%1: Apply says %2 (%3), the spec %4")
                                            .arg(where, refusalCode(applied), o.message,
                                                refusalCode(expected)));
                        if (askApply && expected == Refusal::PolicyDenied
                            && !o.message.contains(
                                QLatin1Char(' ') + governing->id + QLatin1Char(' ')))
                            return fail(QStringLiteral("%1: Apply's denial names another policy: "
                                                       "%2, the spec %3")
                                            .arg(where, o.message, governing->id));
                        // The window, straight from the loaded store.
                        const qint32 row = store->relations().conflictById.value(
                            store->strings().find(c.id), quint32(-1));
                        const GateConflict gc = DecisionGate::conflictFrom(*store, quint32(row));
                        const OptionVerdict direct
                            = DecisionGate::check(gc, actor ? &*actor : nullptr,
                                parseDecisionOption(option), policies, rationale);
                        if (direct.refusal != expected)
                            return fail(QStringLiteral("%1: the loaded store's gate says %2, the "
                                                       "spec %3")
                                            .arg(where, refusalCode(direct.refusal),
                                                refusalCode(expected)));
                        if (direct.policyId != (governing ? governing->id : QString()))
                            return fail(QStringLiteral("%1: the loaded store's gate is governed "
                                                       "by '%2', the spec's by '%3'")
                                            .arg(where, direct.policyId,
                                                governing ? governing->id : QString()));
                        // The cards, from a fresh load and from the session's refreshes.
                        const int optionIndex = int(kOptions.indexOf(option));
                        for (const ConflictModel *cards : { &fresh, &sessionModel }) {
                            const QString which = cards == &fresh ? QStringLiteral("fresh")
                                                                  : QStringLiteral("session");
                            const int cardRow = cards->rowOf(c.id);
                            const QModelIndex index = cards->index(cardRow);
                            const QVariantList refusals
                                = cards->data(index, ConflictModel::OptionRefusalsRole).toList();
                            if (cardRow < 0 || refusals.size() != kOptions.size())
                                return fail(which + QStringLiteral(" card of ") + c.id
                                    + QStringLiteral(" is missing"));
                            const Refusal card
                                = windowVerdict(Refusal(refusals[optionIndex].toInt()),
                                    cards->data(index, ConflictModel::RationaleOptionsRole).toInt()
                                        & (1 << optionIndex),
                                    rationale);
                            if (card != expected)
                                return fail(QStringLiteral("%1: the %2 card says %3, the spec %4")
                                                .arg(where, which, refusalCode(card),
                                                    refusalCode(expected)));
                            const QString cardPolicy
                                = cards->data(index, ConflictModel::PolicyIdRole).toString();
                            if (cardPolicy != (governing ? governing->id : QString()))
                                return fail(QStringLiteral("%1: the %2 card is governed by '%3', "
                                                           "the spec's by '%4'")
                                                .arg(where, which, cardPolicy,
                                                    governing ? governing->id : QString()));
                        }
                        ++m_compared;
                    }
                }
            }
        }
        return checkProblems(m, *store, label);
    }

    /// Every copy and misnamed file is a problem, and so is an undated policy.
    bool checkProblems(const Model &m, const Store &store, const QString &label)
    {
        QSet<QString> problems;
        for (const Problem &p : store.problems())
            problems.insert(p.path + QLatin1Char(' ') + p.rule);
        for (const auto &[path, f] : m.files) {
            const bool actors = path.startsWith(QLatin1String("actors/"));
            if (!f.valid || f.kind != (actors ? Kind::Actor : Kind::Policy))
                continue;
            const QString id = str(f.content[actors ? "actor_id" : "decision_id"]);
            const QString name = path.section(QLatin1Char('/'), 1);
            const bool own = specSafeId(id) + QStringLiteral(".json") == name;
            if (!own && !problems.contains(path + QStringLiteral(" id_mismatch"))) {
                QTest::qFail(qPrintable(label + QStringLiteral(": no id_mismatch for ") + path),
                    __FILE__, __LINE__);
                return false;
            }
            if (own && problems.contains(path + QStringLiteral(" duplicate_id"))) {
                QTest::qFail(qPrintable(label + QStringLiteral(": ") + path
                                 + QStringLiteral(" is the record, yet reported as the duplicate\n")
                                 + describe(m)),
                    __FILE__, __LINE__);
                return false;
            }
            if (!actors && own && !f.instant
                && !problems.contains(path + QStringLiteral(" undated_policy"))) {
                QTest::qFail(qPrintable(label + QStringLiteral(": no undated_policy for ") + path),
                    __FILE__, __LINE__);
                return false;
            }
        }
        return true;
    }

    /// One real Apply: the operation it queues cites the policy the spec says governs.
    bool applyOne(const Model &m, const StoreFixture &fx, const QString &label)
    {
        for (const auto &c : m.conflicts) {
            for (const QString &actorId : kActorIds) {
                for (const QString &option : kOptions) {
                    const QString rationale = kRationales.last();
                    if (specVerdict(m, c, actorId, option, rationale) != Refusal::None)
                        continue;
                    const auto o = ResolutionWriter::apply(fx.root(),
                        { Decision { c.id, parseDecisionOption(option), actorId, rationale } })
                                       .outcomes.value(0);
                    if (o.outcome != Outcome::Applied) {
                        QTest::qFail(qPrintable(label + QStringLiteral(": Apply refused ") + c.id
                                         + QStringLiteral(": ") + o.message),
                            __FILE__, __LINE__);
                        return false;
                    }
                    const QByteArray bytes = fx.read(QStringLiteral("operations/")
                        + safeRecordId(o.operationId) + QStringLiteral(".json"));
                    const auto op = ojson::parse(bytes.toStdString());
                    const auto governing = specGoverning(m, c);
                    const QString cited = str(op["policy_decision_ref"]);
                    if (cited != (governing ? governing->id : QString())) {
                        QTest::qFail(
                            qPrintable(QStringLiteral("%1: %2 decided under '%3', the spec's "
                                                      "governing policy is '%4'\nstore:\n%5")
                                           .arg(label, c.id, cited,
                                               governing ? governing->id : QString(), describe(m))),
                            __FILE__, __LINE__);
                        return false;
                    }
                    return true;
                }
            }
        }
        return true;
    }

private Q_SLOTS:
    void instantsWithOffsets_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("expected"); // -1: none
        const qint64 eight
            = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("Z") << QByteArray("2026-11-25T08:00:00Z") << eight;
        QTest::newRow("+00:00") << QByteArray("2026-11-25T08:00:00+00:00") << eight;
        QTest::newRow("-00:00") << QByteArray("2026-11-25T08:00:00-00:00") << eight;
        QTest::newRow("+02:00 is two hours earlier")
            << QByteArray("2026-11-25T10:00:00+02:00") << eight;
        QTest::newRow("-05:30") << QByteArray("2026-11-25T02:30:00-05:30") << eight;
        QTest::newRow("+14:00 across the date") << QByteArray("2026-11-25T22:00:00+14:00") << eight;
        QTest::newRow("lower case t and z") << QByteArray("2026-11-25t08:00:00z") << eight;
        QTest::newRow("fraction") << QByteArray("2026-11-25T10:00:00.250+02:00") << eight + 250;
        QTest::newRow("microseconds, truncated")
            << QByteArray("2026-11-25T08:00:00.123999Z") << eight + 123;
        QTest::newRow("across a leap day")
            << QByteArray("2024-03-01T01:00:00+02:00")
            << QDateTime(QDate(2024, 2, 29), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59.5Z") << qint64(-500);
        for (const char *bad : { "2026-11-25T08:00:00", "2026-11-25 08:00:00Z",
                 "2026-11-25T08:00:00+2:00", "2026-11-25T08:00:00+0200",
                 "2026-11-25T08:00:00+24:00", "2026-11-25T08:00:00+02:60", "2026-11-25T08:00:60Z",
                 "2026-02-29T08:00:00Z", "2026-11-25T08:00:00.Z", "2026-11-25T08:00:00Z ",
                 "2026-11-25T08:00:00ZZ", "2026-11-25T08:00Z", "yesterday", "" })
            QTest::addRow("refused: '%s'", bad) << QByteArray(bad) << qint64(-1);
    }
    void instantsWithOffsets()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, expected);
        const auto got = parseTimestampInstant(std::string_view(text.constData(), text.size()));
        if (expected == -1)
            QVERIFY2(!got, qPrintable(QString::number(got.value_or(0))));
        else
            QCOMPARE(got.value_or(-1), expected);
        // The UTC form the validator asks for is unchanged: offsets stay a warning.
        const auto utc = parseUtcTimestamp(std::string_view(text.constData(), text.size()));
        if (utc)
            QCOMPARE(*utc, expected);
    }

    /// The case the issue names: a sync tool's conflicted copy of the actor
    /// grants everything and sorts before the real file, which is revoked.
    void conflictedCopyNeverDecides()
    {
        ResolutionDetail::resetGateCache(true, 2000);
        Generator g(1);
        StoreFixture fx;
        fx.remove(QStringLiteral("actors/actor_agent-one.json"));
        fx.remove(QStringLiteral("policy-decisions/policy-decision_review-alpha.json"));
        auto conflict = ojson::parse(
            fx.read(QStringLiteral("conflicts/conflict_alpha-001.json")).toStdString());
        for (const char *k : { "selected_option", "selected_by", "selected_at" })
            conflict["decision_card"][k] = nullptr;
        fx.write(QStringLiteral("conflicts/conflict_alpha-001.json"),
            QByteArray::fromStdString(conflict.dump(2)));
        ModelFile real = g.actor(QStringLiteral("actor:local-user"), true);
        real.content["revoked_at"] = "2026-05-06T00:00:00Z";
        const ModelFile copy = g.actor(QStringLiteral("actor:local-user"), true);
        fx.write(QStringLiteral("actors/actor_local-user.json"), bytesOf(real));
        fx.write(QStringLiteral("actors/actor_local-user (conflicted copy).json"), bytesOf(copy));
        fx.write(QStringLiteral("actors/actor_local-user.json~"), bytesOf(copy));

        const Decision d { QStringLiteral("conflict:alpha-001"), DecisionOption::Fork,
            QStringLiteral("actor:local-user"), QStringLiteral("Both kept.") };
        ApplyOptions dryRun;
        dryRun.dryRun = true;
        QCOMPARE(refusalCode(ResolutionWriter::apply(fx.root(), { d }, dryRun).outcomes[0].refusal),
            refusalCode(Refusal::ActorRevoked));

        const auto store = Store::open(fx.root());
        const auto actor = DecisionGate::actorFrom(*store, d.actorId);
        QVERIFY(actor);
        QVERIFY(actor->revoked);
        bool reported = false;
        for (const Problem &p : store->problems())
            reported = reported
                || (p.path == QLatin1String("actors/actor_local-user (conflicted copy).json")
                    && p.rule == QLatin1String("id_mismatch"));
        QVERIFY(reported);

        // Without the real file the copy still grants nothing.
        fx.remove(QStringLiteral("actors/actor_local-user.json"));
        QCOMPARE(refusalCode(ResolutionWriter::apply(fx.root(), { d }, dryRun).outcomes[0].refusal),
            refusalCode(Refusal::ActorUnknown));
        QVERIFY(!DecisionGate::actorFrom(*Store::open(fx.root()), d.actorId));
    }

    /// A deny decided at 10:00+02:00 (08:00Z) is older than an allow at 09:00Z,
    /// though its text sorts later; an undated deny never governs.
    void latestIsAnInstant_data()
    {
        QTest::addColumn<QString>("denyAt");
        QTest::addColumn<QString>("allowAt"); // empty: no allow
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("governing");
        const QString deny = QStringLiteral("policy-decision:deny");
        const QString allow = QStringLiteral("policy-decision:allow");
        QTest::newRow("offset deny is older") << "2026-11-25T10:00:00+02:00"
                                              << "2026-11-25T09:00:00Z"
                                              << "" << allow;
        QTest::newRow("offset deny is newer") << "2026-11-25T08:00:00-02:00"
                                              << "2026-11-25T09:00:00Z"
                                              << "policy_denied" << deny;
        QTest::newRow("offset allow is older") << "2026-11-25T09:00:00Z"
                                               << "2026-11-25T10:30:00+02:00"
                                               << "policy_denied" << deny;
        QTest::newRow("a millisecond decides") << "2026-11-25T09:00:00.001Z"
                                               << "2026-11-25T11:00:00+02:00"
                                               << "policy_denied" << deny;
        QTest::newRow("unparsable deny loses") << "2026-11-25 23:00:00Z"
                                               << "2026-11-25T09:00:00Z"
                                               << "" << allow;
        QTest::newRow("unparsable deny alone never governs") << "2026-11-25 23:00:00Z"
                                                             << ""
                                                             << ""
                                                             << "";
    }
    void latestIsAnInstant()
    {
        QFETCH(QString, denyAt);
        QFETCH(QString, allowAt);
        QFETCH(QString, expected);
        QFETCH(QString, governing);
        ResolutionDetail::resetGateCache(true, 2000);
        Generator g(2);
        StoreFixture fx;
        auto conflict = ojson::parse(
            fx.read(QStringLiteral("conflicts/conflict_alpha-001.json")).toStdString());
        for (const char *k : { "selected_option", "selected_by", "selected_at" })
            conflict["decision_card"][k] = nullptr;
        fx.write(QStringLiteral("conflicts/conflict_alpha-001.json"),
            QByteArray::fromStdString(conflict.dump(2)));
        fx.write(QStringLiteral("actors/actor_local-user.json"),
            bytesOf(g.actor(QStringLiteral("actor:local-user"), true)));
        auto policy = ojson::parse(
            fx.read(QStringLiteral("policy-decisions/policy-decision_review-alpha.json"))
                .toStdString());
        fx.remove(QStringLiteral("policy-decisions/policy-decision_review-alpha.json"));
        policy["decision_id"] = "policy-decision:deny";
        policy["effect"] = "deny";
        policy["decided_at"] = denyAt.toStdString();
        fx.write(QStringLiteral("policy-decisions/policy-decision_deny.json"),
            QByteArray::fromStdString(policy.dump(2)));
        if (!allowAt.isEmpty()) {
            policy["decision_id"] = "policy-decision:allow";
            policy["effect"] = "allow";
            policy["decided_at"] = allowAt.toStdString();
            fx.write(QStringLiteral("policy-decisions/policy-decision_allow.json"),
                QByteArray::fromStdString(policy.dump(2)));
        }

        const Decision d { QStringLiteral("conflict:alpha-001"), DecisionOption::Fork,
            QStringLiteral("actor:local-user"), QStringLiteral("Both kept.") };
        ApplyOptions dryRun;
        dryRun.dryRun = true;
        QCOMPARE(refusalCode(ResolutionWriter::apply(fx.root(), { d }, dryRun).outcomes[0].refusal),
            expected);
        const auto store = Store::open(fx.root());
        ConflictModel cards;
        cards.setStore(store.get());
        cards.setActor(d.actorId);
        const QModelIndex card = cards.index(cards.rowOf(d.conflictId));
        QCOMPARE(cards.data(card, ConflictModel::PolicyIdRole).toString(), governing);
        // Its words are built when asked for, from the verdict of the moment.
        const QString policyText = cards.data(card, ConflictModel::PolicyTextRole).toString();
        QCOMPARE(policyText.isEmpty(), governing.isEmpty());
        QVERIFY2(governing.isEmpty() || policyText.contains(governing), qPrintable(policyText));
        QCOMPARE(
            refusalCode(windowVerdict(
                Refusal(cards.data(card, ConflictModel::OptionRefusalsRole).toList()[1].toInt()),
                cards.data(card, ConflictModel::RationaleRequiredRole).toBool(), d.rationale)),
            expected);
        bool undated = false;
        for (const Problem &p : store->problems())
            undated = undated
                || (p.path == QLatin1String("policy-decisions/policy-decision_deny.json")
                    && p.rule == QLatin1String("undated_policy"));
        QCOMPARE(undated, denyAt.contains(QLatin1Char(' ')));
    }

    /// A big store's cards are built on two threads (ConflictRows::reset()):
    /// each is the card one thread builds, and found by its id.
    void cardsBuiltOnTwoThreadsAreTheCardsOfOne()
    {
        QTemporaryDir dir;
        DemoStoreOptions options;
        options.conflicts = 3 * ConflictRows::kRowsPerThread;
        options.operations = 2 * options.conflicts; // a detection each, and the decisions
        options.evidence = options.conflicts; // an envelope per decision
        const QString root = dir.filePath(QStringLiteral("store"));
        const auto written = DemoStore::write(root, options);
        QVERIFY2(written, qPrintable(written.error()));
        const auto store = Store::open(root);
        QCOMPARE(int(store->conflicts().size()), options.conflicts);
        ConflictRows rows;
        rows.reset(store.get(), QStringLiteral("actor:local-user"));
        QCOMPARE(rows.size(), options.conflicts);
        const auto fields = [](const ConflictRow &r) {
            return QStringList { r.id, r.recommendationText, r.evidenceId, r.version,
                r.actors.join(QLatin1Char('|')), r.devices.join(QLatin1Char('|')),
                QString::number(r.severityRank), QString::number(r.offered),
                QString::number(int(r.recommended)), QString::number(int(r.selected)) };
        };
        int decided = 0;
        for (int i = 0; i < rows.size(); ++i) {
            // Who changed each side is phrased for a card when it is shown, not for all at once.
            QVERIFY(!rows[i].changedByBuilt);
            if (!rows[i].actors.isEmpty()) {
                QVERIFY(!rows.changedBy(i).isEmpty());
                QVERIFY(rows[i].changedByBuilt);
            }
            const QStringList twoThreads = fields(rows[i]);
            QVERIFY(!rows[i].id.isEmpty());
            QCOMPARE(rows.rowOf(rows[i].id), i);
            rows.rebuild(i); // on this thread alone
            QCOMPARE(fields(rows[i]), twoThreads);
            decided += !rows[i].evidenceId.isEmpty();
        }
        QVERIFY(decided > 0);
    }

    /// The differential test proper: kStores generated stores, each looked at,
    /// changed, and looked at again, and decided once for real.
    void matchesTheSpecOnGeneratedStores()
    {
        Generator g(kSeed);
        m_compared = 0;
        for (int n = 0; n < kStores; ++n) {
            // Each way the gate cache learns of a change: inotify events, stat
            // alone, and the default (inotify, files re-read while racy). Files
            // change here by rename, so no racy window is needed to see them.
            ResolutionDetail::resetGateCache(n % 3 != 1, n % 3 == 2 ? 2000 : 0);
            Model m = g.model();
            StoreFixture fx;
            for (const char *rel : { "actors/actor_agent-one.json",
                     "policy-decisions/policy-decision_review-alpha.json",
                     "conflicts/conflict_alpha-001.json" })
                fx.remove(QString::fromLatin1(rel));
            QDir(fx.root()).mkpath(QStringLiteral("actors"));
            QDir(fx.root()).mkpath(QStringLiteral("policy-decisions"));
            for (const auto &c : m.conflicts)
                fx.write(QStringLiteral("conflicts/") + specSafeId(c.id) + QStringLiteral(".json"),
                    QByteArray::fromStdString(g.conflictRecord(c).dump(2) + "\n"));
            for (const auto &[path, f] : m.files)
                fx.write(path, bytesOf(f));

            StoreSession session;
            session.open(fx.root());
            ConflictModel cards;
            cards.setSession(&session);
            if (!compareAll(m, fx, cards, QStringLiteral("store %1, first look").arg(n)))
                return;

            const QStringList touched = g.mutate(m);
            for (const QString &rel : touched) {
                const auto it = m.files.find(rel);
                if (it == m.files.end())
                    fx.remove(rel);
                else
                    writeAtomically(fx, rel, bytesOf(it->second));
            }
            session.refresh(touched);
            if (!compareAll(m, fx, cards,
                    QStringLiteral("store %1, after changing %2").arg(n).arg(touched.join(u", "))))
                return;
            // Every fifth store is decided once for real (fsyncs: ~50 ms).
            if (n % 5 == 0 && !applyOne(m, fx, QStringLiteral("store %1").arg(n)))
                return;
        }
        qInfo("%d verdicts compared over %d stores", m_compared, kStores);
        QVERIFY(m_compared > kStores * 100);
    }
};

QTEST_GUILESS_MAIN(TestGate)
#include "tst_gate.moc"
