// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"
#include "core/records/contracts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace SyncDesk {

struct FlatDocument;

/// The daemon's rule families, plus Digest for evidence envelopes (Sync Desk's own).
enum class Rule : unsigned char
{
    File, ///< not readable as a record: a symlink, not a regular file, too large, I/O error
    Json,
    Schema,
    Required,
    Controlled,
    List,
    Object,
    Capability,
    DecisionCard,
    Digest,
};

/// Machine name of a rule as printed by `validate --json` ("decision_card", ...).
QString ruleName(Rule rule);

enum class Verdict : unsigned char
{
    Valid,
    Invalid,
    Pending, ///< a conflict whose DecisionCard awaits a decision (Sync Desk's reading)
};

QString verdictName(Verdict verdict);

enum class ValidationMode : unsigned char
{
    SyncDesk, ///< pending DecisionCards are accepted as pending
    Strict, ///< exactly the daemon's verdicts: a pending card is invalid
};

/// What made a record invalid: the first rule that failed, as the daemon reports it.
struct Finding final
{
    Rule rule;
    QString field;
    QString message;
};

/// Something the daemon accepts but a careful reader should know about.
struct Warning final
{
    QString code; ///< type, timestamp, unknown_field, schema_version, duplicate_key, ...
    QString field;
    QString message;
};

struct Validation final
{
    QString schema;
    RecordKind kind = RecordKind::Unknown;
    Verdict verdict = Verdict::Invalid;
    QList<Finding> errors; ///< empty or one: the daemon stops at the first failing rule
    QList<Warning> warnings;
};

/**
 * Validates parsed records with the daemon's rules, in its order, and adds
 * warnings for what the daemon does not check. Stateless and thread-safe.
 */
class Validator final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::Validator)

public:
    static Validation validate(const Json &record, ValidationMode mode);

    /**
     * validate() for the common case, on a record parseFlat() listed: a record
     * of a known contract, not a conflict or an evidence envelope, that breaks
     * no rule and has no warning. For that it returns what validate() returns
     * for parseJson()'s value of the same bytes; for anything else nullopt,
     * which means "take validate()" and says nothing of the record.
     */
    static std::optional<Validation> validateFlat(const FlatDocument &record);

    /// Parses then validates; a parse failure is rule Json, duplicate keys are warnings.
    static Validation validateBytes(std::string_view bytes, ValidationMode mode);

    /// Adds one duplicate_key warning per repeated key.
    static void addDuplicateKeyWarnings(const QStringList &keys, QList<Warning> &warnings);

    /// Adds the warnings for a known contract's field types and vocabulary;
    /// none for a record that is not an object (validate() refuses it first).
    static void addFieldWarnings(
        const Contract &contract, const Json &record, QList<Warning> &warnings);

private:
    /// addFieldWarnings(), also saying which required keys the record has: bit
    /// i for Contract::required[i]; nullopt when bits cannot tell (more than
    /// 64 required keys, or one listed twice).
    static std::optional<std::uint64_t> addFieldWarningsFound(
        const Contract &contract, const Json &record, QList<Warning> &warnings);
};

} // namespace SyncDesk
