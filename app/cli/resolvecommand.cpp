// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/cli/cliutil.h"
#include "app/cli/commands.h"

#include "core/io/durablefile.h"
#include "core/records/decisionoption.h"
#include "core/records/recordread.h"
#include "core/resolution/decisionapply.h"
#include "core/resolution/gate.h"
#include "core/resolution/resolution.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace SyncDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDesk::Cli", text);
}

/// A decision as given, with the option's text for the message naming an unknown one.
struct GivenDecision
{
    Decision decision;
    QString optionText;
};

/// The option parsed once, where the command reads it.
GivenDecision given(const QString &conflict, const QString &option, const QString &actor,
    const QString &rationale, bool revise)
{
    return { Decision { conflict, parseDecisionOption(option), actor, rationale, revise }, option };
}

/// Reads a --batch file: a JSON array of {"conflict", "option", "actor", "rationale"},
/// each with an optional "revise": true.
bool readBatch(const QString &path, QList<GivenDecision> &out, QString &error)
{
    const RecordRead read
        = RecordReader::read(path, ValidationMode::SyncDesk, kMaxRecordFileSize, false);
    if (!read.json) {
        error = tr("%1: %2").arg(path, read.validation.errors.value(0).message);
        return false;
    }
    if (!read.json->is_array()) {
        error = tr("%1: the batch must be a JSON array of decisions").arg(path);
        return false;
    }
    int index = 0;
    for (const auto &item : *read.json) {
        ++index;
        auto text = [&](const char *key, bool required) -> std::optional<QString> {
            if (!item.is_object() || !item.contains(key) || item[key].is_null()) {
                if (required)
                    error = tr("%1: decision %2 lacks \"%3\"")
                                .arg(path)
                                .arg(index)
                                .arg(QLatin1String(key));
                return required ? std::nullopt : std::optional<QString>(QString());
            }
            if (!item[key].is_string()) {
                error = tr("%1: decision %2: \"%3\" must be a string")
                            .arg(path)
                            .arg(index)
                            .arg(QLatin1String(key));
                return std::nullopt;
            }
            return QString::fromStdString(item[key].get<std::string>());
        };
        const auto conflict = text("conflict", true);
        const auto option = text("option", true);
        const auto actor = text("actor", true);
        const auto rationale = text("rationale", false);
        if (!conflict || !option || !actor || !rationale)
            return false;
        const Json &revise = item.is_object() ? jsonMember(item, "revise") : Json();
        if (!revise.is_null() && !revise.is_boolean()) {
            error = tr("%1: decision %2: \"revise\" must be true or false").arg(path).arg(index);
            return false;
        }
        out.append(given(*conflict, *option, *actor, *rationale, revise == Json(true)));
    }
    return true;
}

Json outcomeJson(const DecisionOutcome &o)
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? Json() : toJson(s); };
    Json paths = Json::array();
    for (const auto &p : o.paths)
        paths.push_back(toJson(p));
    return { { "conflict", toJson(o.decision.conflictId) },
        { "option", toJson(decisionOptionName(o.decision.option)) },
        { "actor", toJson(o.decision.actorId) }, { "revise", o.decision.revise },
        { "outcome", toJson(outcomeName(o.outcome)) }, { "reason", orNull(refusalCode(o.refusal)) },
        { "message", toJson(o.message) },
        { "records",
            { { "evidence_id", orNull(o.evidenceId) }, { "operation_id", orNull(o.operationId) },
                { "task_id", orNull(o.taskId) }, { "event_id", orNull(o.eventId) } } },
        { "paths", std::move(paths) } };
}

/// Whether the store as this command read it holds the conflict decided.
bool decidedInSnapshot(const Store &store, const QString &conflictId)
{
    const Sym sym = store.strings().find(conflictId);
    const auto it = store.relations().conflictById.constFind(sym);
    return sym != kNoSym && it != store.relations().conflictById.cend()
        && store.conflicts()[std::size_t(*it)].state == CardState::Decided;
}

} // namespace

int runResolve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli resolve: applies decisions on pending conflicts under the store's writer "
           "lock: an evidence envelope, the decided conflict, a queued sync.conflict.resolve "
           "operation and its task, one journal line each, and the generation bump, all atomic "
           "and durable. The same decision twice is a no-op.\n"
           "Either --conflict, --option and --actor, or --batch FILE (a JSON array of "
           "{\"conflict\", \"option\", \"actor\", \"rationale\"}, each with an optional "
           "\"revise\": true).\n"
           "--revise decides already decided conflicts again: the first decision's records stay, "
           "the new evidence envelope names the one it supersedes; a revision always needs "
           "--rationale.\n"
           "Exit 0 when every decision is applied or already applied, 1 when any is refused, 2 "
           "on usage or I/O errors."));
    parser.addPositionalArgument(QStringLiteral("STORE"), tr("The workspace store folder."));
    const QCommandLineOption conflict(QStringLiteral("conflict"), tr("The conflict id."), tr("ID"));
    const QCommandLineOption option(
        QStringLiteral("option"), tr("merge, fork or skip."), tr("OPTION"));
    const QCommandLineOption actor(
        QStringLiteral("actor"), tr("The deciding actor's id."), tr("ACTOR"));
    const QCommandLineOption rationale(QStringLiteral("rationale"),
        tr("Why, in your own words; required for review_required and blocking conflicts and "
           "for any option but the recommended one. Without it, accepting the recommendation "
           "records \"Accepted the recommendation: <the card's reason>\"."),
        tr("TEXT"));
    const QCommandLineOption batch(
        QStringLiteral("batch"), tr("A JSON file of decisions."), tr("FILE"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), tr("Check every decision, write nothing."));
    const QCommandLineOption wait(QStringLiteral("wait"),
        tr("How long to wait for another writer's lock (default 3000)."), tr("MS"),
        QStringLiteral("3000"));
    const QCommandLineOption chunk(QStringLiteral("chunk"),
        tr("Decisions made durable per step (default 64); each step ends with one journal "
           "append."),
        tr("N"), QStringLiteral("64"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for machines."));
    const QCommandLineOption revise(QStringLiteral("revise"),
        tr("Revise decided conflicts: decide them again, keeping what the earlier decision "
           "wrote. Needs --rationale (or a \"rationale\" for each decision of a --batch)."));
    parser.addOptions(
        { conflict, option, actor, rationale, batch, dryRun, wait, chunk, json, revise });
    if (const int code = parseArguments(parser, arguments, 1, 1); code >= 0)
        return code;
    FaultInjection::armFromEnvironment();

    QList<GivenDecision> givenDecisions;
    const bool single = parser.isSet(conflict) || parser.isSet(option) || parser.isSet(actor);
    if (parser.isSet(batch) == single) {
        err() << tr("Give either --batch FILE or --conflict, --option and --actor.") << Qt::endl;
        return ExitUsage;
    }
    if (single) {
        if (!parser.isSet(conflict) || !parser.isSet(option) || !parser.isSet(actor)) {
            err() << tr("--conflict, --option and --actor go together.") << Qt::endl;
            return ExitUsage;
        }
        givenDecisions.append(given(parser.value(conflict), parser.value(option),
            parser.value(actor), parser.value(rationale), parser.isSet(revise)));
    } else {
        QString error;
        if (!readBatch(parser.value(batch), givenDecisions, error)) {
            err() << error << Qt::endl;
            return ExitUsage;
        }
    }
    QList<Decision> decisions;
    for (auto &g : givenDecisions) {
        g.decision.revise = g.decision.revise || parser.isSet(revise);
        // A revision changes what a reviewer already read: it always says why.
        if (g.decision.revise && DecisionGate::isBlankRationale(g.decision.rationale)) {
            err() << tr("Revising the decision on %1 needs --rationale: say why it changes.")
                         .arg(g.decision.conflictId)
                  << Qt::endl;
            return ExitUsage;
        }
        if (g.decision.option == DecisionOption::None) {
            err() << tr("Unknown option '%1' for %2: use merge, fork or skip.")
                         .arg(g.optionText, g.decision.conflictId)
                  << Qt::endl;
            return ExitUsage;
        }
        decisions.append(g.decision);
    }
    bool chunkOk = false;
    const int chunkSize = parser.value(chunk).toInt(&chunkOk);
    if (!chunkOk || chunkSize < 1) {
        err() << tr("--chunk takes a positive number.") << Qt::endl;
        return ExitUsage;
    }
    bool waitOk = false;
    const int waitMs = parser.value(wait).toInt(&waitOk);
    if (!waitOk || waitMs < 0) {
        err() << tr("--wait takes milliseconds.") << Qt::endl;
        return ExitUsage;
    }

    const QString root = parser.positionalArguments().constFirst();
    if (!QFileInfo(root).isDir()) {
        err() << tr("%1: no such folder").arg(root) << Qt::endl;
        return ExitUsage;
    }
    // What this command "saw": the conflicts as read now. The writer re-reads them
    // under the lock and refuses any that changed in between.
    const auto snapshot = Store::open(root);
    ApplyOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.lockTimeoutMs = waitMs;
    options.chunkSize = chunkSize;
    for (const auto &c : snapshot->conflicts())
        options.expectedVersions.insert(snapshot->text(c.id), c.versionToken.toHex());
    const bool asJson = parser.isSet(json);
    if (!asJson)
        options.progress = [&](const DecisionOutcome &o) {
            out() << outcomeName(o.outcome) << "  " << o.decision.conflictId << "  "
                  << decisionOptionName(o.decision.option) << "  " << o.decision.actorId;
            if (o.outcome == Outcome::Refused)
                out() << "  " << refusalCode(o.refusal) << ": " << o.message;
            // A decided conflict is decided again only on purpose: say how.
            if (o.outcome == Outcome::Refused && o.refusal == Refusal::NotPending
                && !o.decision.revise && decidedInSnapshot(*snapshot, o.decision.conflictId))
                out() << "  "
                      << tr("(%1 is decided; to decide it again, use --revise with --rationale.)")
                             .arg(o.decision.conflictId);
            else if (!o.operationId.isEmpty())
                out() << "  -> " << o.operationId
                      << (o.evidenceId.isEmpty() ? QString() : QStringLiteral(", ") + o.evidenceId);
            out() << Qt::endl;
        };

    DecisionApply applier;
    const ApplyReport report = applier.run(snapshot.get(), decisions, options);
    int applied = 0, already = 0, refusedCount = 0;
    for (const auto &o : report.outcomes) {
        applied += o.outcome == Outcome::Applied || o.outcome == Outcome::WouldApply;
        already += o.outcome == Outcome::AlreadyApplied;
        refusedCount += o.outcome == Outcome::Refused;
    }
    if (asJson) {
        Json results = Json::array();
        for (const auto &o : report.outcomes)
            results.push_back(outcomeJson(o));
        Json recovered = Json::array();
        for (const auto &n : report.recovered)
            recovered.push_back(toJson(n));
        printJson({ { "store", toJson(root) }, { "dry_run", options.dryRun },
            { "recovered", std::move(recovered) }, { "results", std::move(results) },
            { "error", report.ioError ? toJson(report.ioError->message) : Json() },
            { "summary",
                { { options.dryRun ? "would_apply" : "applied", applied },
                    { "already_applied", already }, { "refused", refusedCount } } } });
    } else {
        for (const auto &n : report.recovered)
            err() << n << "\n";
        if (report.ioError)
            err() << report.ioError->message << "\n";
        out() << (options.dryRun
                ? tr("Dry run: %1 would be applied, %2 already applied, %3 refused")
                : tr("%1 applied, %2 already applied, %3 refused"))
                     .arg(applied)
                     .arg(already)
                     .arg(refusedCount)
              << Qt::endl;
    }
    if (report.ioError)
        return ExitUsage;
    return refusedCount > 0 ? ExitFindings : ExitOk;
}

} // namespace SyncDesk::Cli
