// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/cli/cliutil.h"
#include "app/cli/commands.h"

#include "core/records/recordread.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>

namespace SyncDesk::Cli {
namespace {

struct Item
{
    QString rule; ///< a contract rule, a warning code, or a store rule (manifest, journal, ...)
    QString field;
    QString message;
    int line = 0; ///< the journal's line a store problem is tied to, 0 when none
};

struct Result
{
    QString path;
    QString schema;
    Verdict verdict = Verdict::Valid;
    QList<Item> errors;
    QList<Item> warnings;
};

Result fromValidation(const QString &path, const Validation &v)
{
    Result r { path, v.schema, v.verdict, {}, {} };
    for (const auto &e : v.errors)
        r.errors.append(Item { ruleName(e.rule), e.field, e.message });
    for (const auto &w : v.warnings)
        r.warnings.append(Item { w.code, w.field, w.message });
    return r;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDesk::Cli", text);
}

/// A store's records, with the store-level problems (dangling references,
/// journal lines, manifest) folded into the result of the file they concern.
void collectStore(const Store &store, QList<Result> &results)
{
    QMap<QString, qsizetype> byPath;
    const QString prefix = store.root() + QLatin1Char('/');
    auto resultFor = [&](const QString &rel) -> Result & {
        auto it = byPath.constFind(rel);
        if (it == byPath.cend()) {
            it = byPath.insert(rel, results.size());
            results.append(Result { prefix + rel, QString(), Verdict::Valid, {}, {} });
        }
        return results[*it];
    };
    for (const auto &f : store.files()) {
        Result &r = resultFor(f.path);
        r.schema = store.text(f.schema);
        r.verdict = f.verdict;
    }
    for (const auto &p : store.problems()) {
        Result &r = resultFor(p.path);
        if (p.severity == Severity::Warning) {
            r.warnings.append(Item { p.rule, p.field, p.message, p.line });
        } else {
            r.errors.append(Item { p.rule, p.field, p.message, p.line });
            r.verdict = Verdict::Invalid;
        }
    }
}

void collectFile(const QString &path, ValidationMode mode, QList<Result> &results)
{
    results.append(fromValidation(path, RecordReader::read(path, mode).validation));
}

Json findingJson(const Item &item)
{
    Json j = Json::object();
    j["rule"] = toJson(item.rule);
    j["field"] = toJson(item.field);
    j["message"] = toJson(item.message);
    if (item.line > 0) // a journal line: what a reader goes to
        j["line"] = item.line;
    return j;
}

} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli validate: checks records against the sourceos v1alpha1 contracts with "
           "the daemon's rules and order.\nPATH may be a record file, a folder (every *.json "
           "below it) or a workspace store (a folder with manifest.json)."));
    parser.addPositionalArgument(
        QStringLiteral("PATH"), tr("Files, folders or stores."), QStringLiteral("PATH..."));
    const QCommandLineOption strict(QStringLiteral("strict"),
        tr("Read records exactly as the daemon does: a pending DecisionCard is invalid."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for machines."));
    parser.addOption(strict);
    parser.addOption(json);
    if (const int code = parseArguments(parser, arguments, 1, -1); code >= 0)
        return code;

    const auto mode = parser.isSet(strict) ? ValidationMode::Strict : ValidationMode::SyncDesk;
    QList<Result> results;
    bool ioError = false;
    for (const QString &path : parser.positionalArguments()) {
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink()) {
            err() << tr("%1: no such file or folder").arg(path) << Qt::endl;
            ioError = true;
            continue;
        }
        if (!info.isDir() || info.isSymLink()) {
            collectFile(path, mode, results);
            continue;
        }
        if (QFileInfo::exists(path + QStringLiteral("/manifest.json"))) {
            StoreOpenOptions options;
            options.mode = mode;
            const auto store = Store::open(path, options);
            if (store->state() != Store::State::Ok) {
                err() << store->stateMessage() << Qt::endl;
                ioError = true;
                continue;
            }
            collectStore(*store, results);
            continue;
        }
        QStringList files;
        QDirIterator it(path, { QStringLiteral("*.json") },
            QDir::Files | QDir::System | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            // A directory named x.json is a finding about that name, not a folder to descend.
            if (file.endsWith(QLatin1String(".json")))
                files << file;
        }
        files.sort();
        for (const QString &file : std::as_const(files))
            collectFile(file, mode, results);
    }

    int valid = 0, invalid = 0, pending = 0, warnings = 0;
    for (const auto &r : std::as_const(results)) {
        valid += r.verdict == Verdict::Valid;
        invalid += r.verdict == Verdict::Invalid;
        pending += r.verdict == Verdict::Pending;
        warnings += int(r.warnings.size());
    }

    if (parser.isSet(json)) {
        Json list = Json::array();
        for (const auto &r : std::as_const(results)) {
            Json j = Json::object();
            j["path"] = toJson(r.path);
            j["schema"] = r.schema.isEmpty() ? Json() : toJson(r.schema);
            j["verdict"] = toJson(verdictName(r.verdict));
            j["errors"] = Json::array();
            for (const auto &e : r.errors)
                j["errors"].push_back(findingJson(e));
            j["warnings"] = Json::array();
            for (const auto &w : r.warnings)
                j["warnings"].push_back(findingJson(w));
            list.push_back(std::move(j));
        }
        Json summary = Json::object();
        summary["files"] = results.size();
        summary["valid"] = valid;
        summary["invalid"] = invalid;
        summary["pending"] = pending;
        summary["warnings"] = warnings;
        summary["strict"] = parser.isSet(strict);
        Json doc = Json::object();
        doc["results"] = std::move(list);
        doc["summary"] = std::move(summary);
        printJson(doc);
    } else {
        for (const auto &r : std::as_const(results)) {
            out() << r.path << ": " << verdictName(r.verdict);
            if (!r.schema.isEmpty())
                out() << " (" << r.schema << ")";
            out() << "\n";
            for (const auto &e : r.errors)
                out() << "  error [" << e.rule
                      << (e.field.isEmpty() ? QString() : QLatin1Char(' ') + e.field) << "] "
                      << e.message << "\n";
            for (const auto &w : r.warnings)
                out() << "  warning [" << w.rule
                      << (w.field.isEmpty() ? QString() : QLatin1Char(' ') + w.field) << "] "
                      << w.message << "\n";
        }
        out() << tr("%1 checked: %2 valid, %3 pending, %4 invalid; %5 warnings")
                     .arg(results.size())
                     .arg(valid)
                     .arg(pending)
                     .arg(invalid)
                     .arg(warnings)
              << Qt::endl;
    }
    if (ioError)
        return ExitUsage;
    return invalid > 0 ? ExitFindings : ExitOk;
}

} // namespace SyncDesk::Cli
