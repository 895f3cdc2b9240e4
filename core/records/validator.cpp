// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/records/validator.h"

#include "core/json/jsonfast_p.h"
#include "core/records/evidence.h"
#include "core/records/timestamp.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace SyncDesk {
namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString pyList(const std::vector<std::string> &items)
{
    QStringList parts;
    for (const auto &i : items)
        parts << QStringLiteral("'%1'").arg(QString::fromStdString(i));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString allowedList(std::span<const std::string_view> allowed)
{
    std::vector<std::string> items(allowed.begin(), allowed.end());
    return pyList(items);
}

bool contains(std::span<const std::string_view> set, std::string_view v)
{
    return std::find(set.begin(), set.end(), v) != set.end();
}

/// The first (sorted) missing key and the message listing all of them, or empty.
std::vector<std::string> missingKeys(const Json &object, std::span<const std::string_view> keys)
{
    std::vector<std::string> missing;
    for (const auto key : keys)
        if (!object.contains(key))
            missing.emplace_back(key);
    std::sort(missing.begin(), missing.end());
    return missing;
}

QString joinKeys(const std::vector<std::string> &keys)
{
    QStringList parts;
    for (const auto &k : keys)
        parts << QString::fromStdString(k);
    return parts.join(QStringLiteral(", "));
}

enum class FieldKind
{
    String,
    Timestamp,
    Bool,
    Int,
    StringList,
    StringMap,
    AnyObject
};

FieldKind kindOf(const Contract &c, std::string_view field)
{
    if (contains(c.lists, field))
        return FieldKind::StringList;
    if (contains(c.objects, field))
        return field == "provisional_artifact_ids" || field == "artifact_reconciliation"
                || field == "field_owners"
            ? FieldKind::StringMap
            : FieldKind::AnyObject;
    if (field == "replay_safe" || field == "stale_task" || field == "lease_expired")
        return FieldKind::Bool;
    if (field == "attempt")
        return FieldKind::Int;
    if (field.size() > 3 && field.substr(field.size() - 3) == "_at")
        return FieldKind::Timestamp;
    return FieldKind::String;
}

/**
 * A contract's keys, classified once: every key of every record is looked up
 * here, where searching the contract's lists for it (required, optional,
 * lists, objects) took ~30 string comparisons a key. A contract passed by
 * value rather than from contracts() is classified on each use.
 */
class ContractKeys final
{
public:
    struct Info
    {
        int required = -1; ///< its index in Contract::required, -1 when not required
        bool optional = false;
        FieldKind kind = FieldKind::String;
    };

    explicit ContractKeys(const Contract &c)
    {
        auto add = [&](std::string_view key) {
            if (key.empty()) { // never a contract's key: empty marks a free slot
                m_exact = false;
                return;
            }
            std::size_t i = slotOf(key);
            while (!m_slots[i].key.empty() && m_slots[i].key != key)
                i = (i + 1) & kMask;
            if (!m_slots[i].key.empty())
                return;
            const auto req = std::find(c.required.begin(), c.required.end(), key);
            m_slots[i] = { key,
                { req == c.required.end() ? -1 : int(req - c.required.begin()),
                    contains(c.optional, key), kindOf(c, key) } };
        };
        // Contracts are this program's constants, with a few dozen keys each.
        if (c.required.size() + c.optional.size() >= kSlots / 2)
            qFatal("ContractKeys: %s has too many keys", std::string(c.typeName).c_str());
        for (const auto key : c.required)
            add(key);
        for (const auto key : c.optional)
            add(key);
        for (std::size_t i = 0; i < c.required.size(); ++i) {
            const Info *info = find(c.required[i]);
            if (!info || info->required != int(i) || i >= 64)
                m_exact = false; // listed twice, or too many for a mask
        }
    }

    /// Whether a record's required keys can be told by their bits: each is
    /// listed once, there are at most 64, and none is empty.
    bool exact() const { return m_exact; }

    /// The classification of key, or null when key is no field of the contract.
    const Info *find(std::string_view key) const
    {
        if (key.empty())
            return nullptr;
        for (std::size_t i = slotOf(key);; i = (i + 1) & kMask) {
            const Slot &slot = m_slots[i];
            if (slot.key.empty())
                return nullptr;
            if (slot.key == key)
                return &slot.info;
        }
    }

    /// The table of a contract of contracts(), or null for any other.
    static const ContractKeys *of(const Contract &c)
    {
        static const std::vector<ContractKeys> all = [] {
            std::vector<ContractKeys> out;
            for (const auto &each : contracts())
                out.emplace_back(each);
            return out;
        }();
        const auto known = contracts();
        const std::less<const Contract *> before;
        if (before(&c, known.data()) || !before(&c, known.data() + known.size()))
            return nullptr;
        return &all[std::size_t(&c - known.data())];
    }

private:
    // Contracts have at most a few dozen keys: the table stays under half full.
    static constexpr std::size_t kSlots = 128, kMask = kSlots - 1;
    static std::size_t slotOf(std::string_view key)
    {
        return (key.size() * 31 + std::size_t(quint8(key.front())) * 7
                   + std::size_t(quint8(key[key.size() / 2])) * 3 + quint8(key.back()))
            & kMask;
    }
    struct Slot
    {
        std::string_view key;
        Info info;
    };
    std::array<Slot, kSlots> m_slots {};
    bool m_exact = true;
};

void addWarning(
    QList<Warning> &out, const QString &code, const QString &field, const QString &message)
{
    out.append(Warning { code, field, message });
}

void checkField(
    std::string_view name, FieldKind kind, const Json &v, bool optional, QList<Warning> &out)
{
    // Built only for a warning: most fields of most records have none, and a
    // QString per field was a third of the validator's allocations.
    const auto field = [name] { return q(name); };
    if (v.is_null()) {
        // Optional keys are null when unset (revoked_at, last_error, object_id).
        if (!optional)
            addWarning(out, QStringLiteral("type"), field(),
                Validator::tr("%1 is null; the daemon accepts it but a value is expected")
                    .arg(field()));
        return;
    }
    auto wrongType = [&](const QString &expected) {
        addWarning(out, QStringLiteral("type"), field(),
            Validator::tr("%1 should be %2 but is %3 (%4)")
                .arg(field(), expected, jsonTypeName(v), q(pythonStr(v)).left(80)));
    };
    switch (kind) {
    case FieldKind::String:
        if (!v.is_string())
            wrongType(Validator::tr("a string"));
        break;
    case FieldKind::Timestamp:
        if (!v.is_string())
            wrongType(Validator::tr("an RFC 3339 UTC timestamp"));
        else if (!parseUtcTimestamp(v.get_ref<const std::string &>()))
            addWarning(out, QStringLiteral("timestamp"), field(),
                Validator::tr("%1 is not an RFC 3339 UTC timestamp: '%2'")
                    .arg(field(), q(v.get_ref<const std::string &>()).left(80)));
        break;
    case FieldKind::Bool:
        if (!v.is_boolean())
            wrongType(Validator::tr("true or false"));
        break;
    case FieldKind::Int:
        // A big integer is an int to Python as to us (isJsonInteger()).
        if (!isJsonInteger(v))
            wrongType(Validator::tr("an integer"));
        // Non-negative integers are stored unsigned: compare them as such, not
        // wrapped; a big integer is below 1 exactly when it is negative.
        else if (name == "attempt"
            && (isBigInteger(v)              ? bigIntegerText(v).front() == '-'
                    : v.is_number_unsigned() ? v.get<std::uint64_t>() < 1
                                             : v.get<std::int64_t>() < 1))
            addWarning(out, QStringLiteral("attempt"), field(),
                Validator::tr("attempt is %1; attempts count from 1").arg(q(pythonStr(v))));
        break;
    case FieldKind::StringList:
        if (v.is_array()) {
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (!v[i].is_string()) {
                    addWarning(out, QStringLiteral("type"), field(),
                        Validator::tr("%1[%2] should be a string but is %3")
                            .arg(field())
                            .arg(i)
                            .arg(jsonTypeName(v[i])));
                    break;
                }
            }
        }
        break;
    case FieldKind::StringMap:
        if (v.is_object()) {
            for (const auto &[k, e] : v.items()) {
                if (!e.is_string()) {
                    addWarning(out, QStringLiteral("type"), field(),
                        Validator::tr("%1.%2 should be a string but is %3")
                            .arg(field(), QString::fromStdString(k), jsonTypeName(e)));
                    break;
                }
            }
        }
        break;
    case FieldKind::AnyObject:
        break;
    }
}

/// Whether checkField() would add no warning for a member parseFlat() listed;
/// false also when it cannot tell without the decoded text.
bool fieldIsPlain(std::string_view name, FieldKind kind, const FlatDocument &doc,
    const FlatValue &v, bool optional)
{
    using K = ScannedMember::Kind;
    if (v.kind == K::Null)
        return optional;
    const auto allStrings = [&] {
        for (const FlatMember &e : doc.children(v))
            if (e.value.kind != K::String)
                return false;
        return true;
    };
    switch (kind) {
    case FieldKind::String:
        return v.kind == K::String;
    case FieldKind::Timestamp:
        return v.kind == K::String && !v.escaped && parseUtcTimestamp(v.raw).has_value();
    case FieldKind::Bool:
        return v.kind == K::Boolean;
    case FieldKind::Int:
        // JSON has no leading zeros: "0" is the only way to write a zero without a sign.
        return v.kind == K::Number && v.integer
            && (name != "attempt" || (v.raw.front() != '-' && v.raw != "0"));
    case FieldKind::StringList:
        return v.kind != K::Array || allStrings();
    case FieldKind::StringMap:
        return v.kind != K::Object || allStrings();
    case FieldKind::AnyObject:
        return true;
    }
    return false;
}

// Sync Desk's reading of a DecisionCard: pending when nobody has chosen yet.
bool isNull(const Json &card, const char *key)
{
    const auto it = card.find(key);
    return it != card.end() && it->is_null();
}

void checkCardWarnings(const Json &card, QList<Warning> &out)
{
    if (!card.is_object())
        return;
    const Json &at = jsonMember(card, "selected_at");
    if (at.is_string() && !parseUtcTimestamp(at.get_ref<const std::string &>()))
        addWarning(out, QStringLiteral("timestamp"), QStringLiteral("decision_card.selected_at"),
            Validator::tr("decision_card.selected_at is not an RFC 3339 UTC timestamp"));
    for (const char *key : { "card_id", "selected_by", "rationale" }) {
        const Json &v = jsonMember(card, key);
        if (!v.is_null() && !v.is_string() && card.contains(key))
            addWarning(out, QStringLiteral("type"), QStringLiteral("decision_card.") + q(key),
                Validator::tr("decision_card.%1 should be a string but is %2")
                    .arg(q(key), jsonTypeName(v)));
    }
}

Finding finding(Rule rule, const QString &field, const QString &message)
{
    return Finding { rule, field, message };
}

/// The contract-specific rules (actor capabilities, DecisionCard) in the daemon's order.
std::optional<Finding> extraRules(const Contract &c, const Json &record, ValidationMode mode,
    bool &pending, QList<Warning> &warnings)
{
    const auto type = [&c] { return q(c.typeName); };
    if (c.kind == RecordKind::Actor) {
        std::vector<std::string> bad;
        for (const auto &cap : jsonMember(record, "capabilities"))
            if (const auto text = pythonStr(cap); !contains(actorCapabilities(), text))
                bad.push_back(text);
        if (!bad.empty())
            return finding(Rule::Capability, QStringLiteral("capabilities"),
                Validator::tr("%1.capabilities has invalid values: %2 (allowed: %3)")
                    .arg(type(), pyList(bad), allowedList(actorCapabilities())));
        return std::nullopt;
    }
    if (c.kind != RecordKind::Conflict)
        return std::nullopt;

    const Json &card = jsonMember(record, "decision_card");
    if (const auto missing = missingKeys(card, decisionCardKeys()); !missing.empty())
        return finding(Rule::DecisionCard, QStringLiteral("decision_card"),
            Validator::tr("%1.decision_card missing required fields: %2")
                .arg(type(), joinKeys(missing)));
    const Json &options = jsonMember(card, "options");
    if (!options.is_array())
        return finding(Rule::DecisionCard, QStringLiteral("decision_card.options"),
            Validator::tr("%1.decision_card.options must be a list").arg(type()));
    std::vector<std::string> offered, bad;
    for (const auto &o : options) {
        const auto text = pythonStr(o);
        offered.push_back(text);
        if (!contains(decisionOptions(), text))
            bad.push_back(text);
    }
    if (!bad.empty())
        return finding(Rule::DecisionCard, QStringLiteral("decision_card.options"),
            Validator::tr("%1.decision_card.options has invalid values: %2")
                .arg(type(), pyList(bad)));
    auto offeredHas = [&](const Json &v) {
        return std::find(offered.begin(), offered.end(), pythonStr(v)) != offered.end();
    };
    if (!offeredHas(jsonMember(card, "recommended_option")))
        return finding(Rule::DecisionCard, QStringLiteral("decision_card.recommended_option"),
            Validator::tr("%1.decision_card.recommended_option must be present in "
                          "options, got '%2'")
                .arg(type(), q(pythonStr(jsonMember(card, "recommended_option")))));

    const bool optionNull = isNull(card, "selected_option");
    const bool byNull = isNull(card, "selected_by");
    const bool atNull = isNull(card, "selected_at");
    if (mode == ValidationMode::SyncDesk && optionNull && byNull && atNull) {
        pending = true;
        return std::nullopt;
    }
    // The daemon's own last rule comes first, so that wherever it fails a card
    // Sync Desk names the same field; only then the half-decided reading.
    if (!offeredHas(jsonMember(card, "selected_option")))
        return finding(Rule::DecisionCard, QStringLiteral("decision_card.selected_option"),
            optionNull && mode == ValidationMode::SyncDesk
                ? Validator::tr("%1.decision_card is half decided: selected_option, "
                                "selected_by and selected_at must be all set or all "
                                "null, but selected_option is null")
                      .arg(type())
                : Validator::tr("%1.decision_card.selected_option must be present in "
                                "options, got '%2'")
                      .arg(type(), q(pythonStr(jsonMember(card, "selected_option")))));
    if (byNull || atNull) {
        const char *first = byNull ? "selected_by" : "selected_at";
        if (mode == ValidationMode::SyncDesk)
            return finding(Rule::DecisionCard, QStringLiteral("decision_card.") + q(first),
                Validator::tr("%1.decision_card is half decided: selected_option, "
                              "selected_by and selected_at must be all set or all "
                              "null, but %2 is null")
                    .arg(type(), q(first)));
        addWarning(warnings, QStringLiteral("half_decided"), QStringLiteral("decision_card"),
            Validator::tr("the daemon accepts this card, but it names an option without "
                          "saying who chose it or when"));
    }
    return std::nullopt;
}

} // namespace

QString ruleName(Rule rule)
{
    switch (rule) {
    case Rule::File:
        return QStringLiteral("file");
    case Rule::Json:
        return QStringLiteral("json");
    case Rule::Schema:
        return QStringLiteral("schema");
    case Rule::Required:
        return QStringLiteral("required");
    case Rule::Controlled:
        return QStringLiteral("controlled");
    case Rule::List:
        return QStringLiteral("list");
    case Rule::Object:
        return QStringLiteral("object");
    case Rule::Capability:
        return QStringLiteral("capability");
    case Rule::DecisionCard:
        return QStringLiteral("decision_card");
    case Rule::Digest:
        return QStringLiteral("digest");
    }
    return {};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

void Validator::addFieldWarnings(const Contract &c, const Json &record, QList<Warning> &warnings)
{
    addFieldWarningsFound(c, record, warnings);
}

std::optional<std::uint64_t> Validator::addFieldWarningsFound(
    const Contract &c, const Json &record, QList<Warning> &warnings)
{
    const ContractKeys *table = ContractKeys::of(c);
    const std::optional<ContractKeys> own
        = table ? std::nullopt : std::optional<ContractKeys>(std::in_place, c);
    if (!table)
        table = &*own;
    std::uint64_t found = 0;
    if (!record.is_object()) // no fields to warn about: validate() refuses it first
        return found;
    for (const auto &[key, value] : record.get_ref<const Json::object_t &>()) {
        const std::string_view k = key;
        const ContractKeys::Info *info = table->find(k);
        if (info && info->required >= 0 && info->required < 64)
            found |= std::uint64_t(1) << info->required;
        if (k == "schema")
            continue;
        if (!info) {
            // The daemon's registry writer adds record_id and updated_at to what it stores.
            if (k != "record_id" && k != "updated_at")
                addWarning(warnings, QStringLiteral("unknown_field"), QString::fromStdString(key),
                    tr("%1 is not a field of %2; the daemon keeps it but nothing reads it")
                        .arg(QString::fromStdString(key), q(c.typeName)));
            continue;
        }
        if (c.kind == RecordKind::Conflict && k == "decision_card") {
            checkCardWarnings(value, warnings);
            continue;
        }
        checkField(k, info->kind, value, info->optional, warnings);
    }
    if (!table->exact())
        return std::nullopt;
    return found;
}

Validation Validator::validate(const Json &record, ValidationMode mode)
{
    Validation v;
    auto fail = [&](Finding f) {
        v.verdict = Verdict::Invalid;
        v.errors.append(std::move(f));
        return v;
    };
    if (!record.is_object())
        return fail(finding(Rule::Schema, QStringLiteral("schema"),
            tr("record.schema is required: the record is a JSON %1, not an object")
                .arg(jsonTypeName(record))));
    const Json &schema = jsonMember(record, "schema");
    if (!schema.is_string())
        return fail(
            finding(Rule::Schema, QStringLiteral("schema"), tr("record.schema is required")));
    const std::string &schemaText = schema.get_ref<const std::string &>();
    v.schema = QString::fromStdString(schemaText);
    const Contract *c = findContract(schemaText);
    if (!c) {
        if (const Contract *family = findContractFamily(schemaText))
            addWarning(v.warnings, QStringLiteral("schema_version"), QStringLiteral("schema"),
                tr("%1 is a version of %2 that Sync Desk does not know (it knows %3)")
                    .arg(v.schema, q(family->typeName), q(family->schema)));
        return fail(finding(Rule::Schema, QStringLiteral("schema"),
            tr("unsupported contract schema: %1").arg(v.schema)));
    }
    v.kind = c->kind;
    // Only a failure names the type: a valid record allocates no message text.
    const auto type = [c] { return q(c->typeName); };
    const auto foundRequired = addFieldWarningsFound(*c, record, v.warnings);
    // The keys are unique (parseJson() keeps the last of duplicates), so a
    // required key that the pass above did not meet is missing.
    const auto missing = [&] {
        if (!foundRequired)
            return missingKeys(record, c->required);
        std::vector<std::string> out;
        for (std::size_t i = 0; i < c->required.size(); ++i)
            if (!(*foundRequired & (std::uint64_t(1) << i)))
                out.emplace_back(c->required[i]);
        std::sort(out.begin(), out.end());
        return out;
    }();
    if (!missing.empty())
        return fail(finding(Rule::Required, QString::fromStdString(missing.front()),
            tr("%1 missing required fields: %2").arg(type(), joinKeys(missing))));
    for (const auto &cf : c->controlled) {
        // Python's str() of a string is the string itself: compared in place.
        const Json &value = jsonMember(record, cf.field);
        const bool allowed = value.is_string()
            ? contains(cf.allowed, value.get_ref<const std::string &>())
            : contains(cf.allowed, pythonStr(value));
        if (!allowed)
            return fail(finding(Rule::Controlled, q(cf.field),
                tr("%1.%2 must be one of %3, got '%4'")
                    .arg(type(), q(cf.field), allowedList(cf.allowed),
                        QString::fromStdString(pythonStr(value)).left(200))));
    }
    for (const auto field : c->lists)
        if (!jsonMember(record, field).is_array())
            return fail(
                finding(Rule::List, q(field), tr("%1.%2 must be a list").arg(type(), q(field))));
    for (const auto field : c->objects)
        if (!jsonMember(record, field).is_object())
            return fail(finding(
                Rule::Object, q(field), tr("%1.%2 must be an object").arg(type(), q(field))));

    if (c->kind == RecordKind::Evidence) {
        const auto check = Evidence::check(record);
        if (check.status != EvidenceStatus::Verified)
            return fail(finding(Rule::Digest, check.field, check.message));
        const Json &etype = jsonMember(record, "evidence_type");
        if (!etype.is_string() || !contains(knownEvidenceTypes(), etype.get<std::string>()))
            addWarning(v.warnings, QStringLiteral("evidence_type"), QStringLiteral("evidence_type"),
                tr("evidence_type '%1' is not one of the published types %2")
                    .arg(q(pythonStr(etype)), allowedList(knownEvidenceTypes())));
        const Json &att = jsonMember(record, "attestation");
        if (const auto missing
            = missingKeys(att, std::array<std::string_view, 3> { "reason", "signature", "signed" });
            !missing.empty())
            addWarning(v.warnings, QStringLiteral("attestation"), QStringLiteral("attestation"),
                tr("attestation lacks %1").arg(joinKeys(missing)));
        else if (!jsonMember(att, "signed").is_boolean())
            addWarning(v.warnings, QStringLiteral("type"), QStringLiteral("attestation.signed"),
                tr("attestation.signed should be true or false"));
        v.verdict = Verdict::Valid;
        return v;
    }

    bool pending = false;
    if (auto f = extraRules(*c, record, mode, pending, v.warnings))
        return fail(std::move(*f));
    v.verdict = pending ? Verdict::Pending : Verdict::Valid;
    return v;
}

std::optional<Validation> Validator::validateFlat(const FlatDocument &record)
{
    // Every rule of validate() below, in any order: whatever would fail one or
    // warn gives up, so only the verdict of a plain valid record is ever given.
    using K = ScannedMember::Kind;
    const FlatMember *schema = record.find("schema");
    if (!schema || schema->value.kind != K::String || schema->value.escaped)
        return std::nullopt;
    const Contract *c = findContract(schema->value.raw);
    // Conflicts (the card, the mode) and evidence (the digest) take validate().
    if (!c || c->kind == RecordKind::Conflict || c->kind == RecordKind::Evidence)
        return std::nullopt;
    const ContractKeys *table = ContractKeys::of(*c);
    if (!table || !table->exact())
        return std::nullopt;
    std::uint64_t found = 0;
    for (const FlatMember &m : record.members) {
        const ContractKeys::Info *info = table->find(m.key);
        if (info && info->required >= 0 && info->required < 64)
            found |= std::uint64_t(1) << info->required;
        if (m.key == "schema")
            continue;
        if (!info) {
            if (m.key != "record_id" && m.key != "updated_at")
                return std::nullopt; // unknown_field
            continue;
        }
        if (!fieldIsPlain(m.key, info->kind, record, m.value, info->optional))
            return std::nullopt;
    }
    // exact() says there are at most 64 required keys, each listed once.
    const std::size_t required = c->required.size();
    const std::uint64_t all
        = required >= 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << required) - 1;
    if ((found & all) != all)
        return std::nullopt;
    for (const auto &cf : c->controlled) {
        const FlatMember *m = record.find(cf.field);
        if (!m || m->value.kind != K::String || m->value.escaped
            || !contains(cf.allowed, m->value.raw))
            return std::nullopt;
    }
    for (const auto field : c->lists)
        if (const FlatMember *m = record.find(field); !m || m->value.kind != K::Array)
            return std::nullopt;
    for (const auto field : c->objects)
        if (const FlatMember *m = record.find(field); !m || m->value.kind != K::Object)
            return std::nullopt;
    if (c->kind == RecordKind::Actor) {
        const FlatMember *caps = record.find("capabilities"); // a list: checked above
        if (!caps)
            return std::nullopt;
        for (const FlatMember &cap : record.children(caps->value))
            if (cap.value.kind != K::String || cap.value.escaped
                || !contains(actorCapabilities(), cap.value.raw))
                return std::nullopt;
    }
    Validation v;
    v.schema = q(schema->value.raw);
    v.kind = c->kind;
    v.verdict = Verdict::Valid;
    return v;
}

Validation Validator::validateBytes(std::string_view bytes, ValidationMode mode)
{
    auto parsed = parseJson(bytes);
    if (!parsed.ok()) {
        Validation v;
        v.errors.append(
            finding(Rule::Json, QString(), tr("not valid JSON: %1").arg(parsed.error->message)));
        return v;
    }
    Validation v = validate(parsed.value, mode);
    addDuplicateKeyWarnings(parsed.duplicateKeys, v.warnings);
    return v;
}

void Validator::addDuplicateKeyWarnings(const QStringList &keys, QList<Warning> &warnings)
{
    for (const auto &key : keys)
        addWarning(warnings, QStringLiteral("duplicate_key"), key,
            tr("key %1 appears more than once; like the daemon, the last value is used").arg(key));
}

} // namespace SyncDesk
