// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/cli/cliutil.h"
#include "app/cli/commands.h"
#include "app/cli/storeopen.h"

#include <QCoreApplication>
#include <QMap>

namespace SyncDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDesk::Cli", text);
}

Json countsJson(const QMap<QString, int> &counts)
{
    Json j = Json::object();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        j[it.key().isEmpty() ? std::string("(none)") : it.key().toStdString()] = it.value();
    return j;
}

QString countsText(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2")
                     .arg(it.key().isEmpty() ? tr("(none)") : it.key())
                     .arg(it.value());
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

} // namespace

std::unique_ptr<Store> openStoreForCommand(const QString &path, int &exitCode, ValidationMode mode)
{
    StoreOpenOptions options;
    options.mode = mode;
    auto store = Store::open(path, options);
    switch (store->state()) {
    case Store::State::Ok:
        exitCode = ExitOk;
        return store;
    case Store::State::NotInitialized:
        exitCode = ExitFindings;
        break;
    default:
        exitCode = ExitUsage;
        break;
    }
    err() << store->stateMessage() << Qt::endl;
    return nullptr;
}

int runStore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli store summary: counts per registry, conflicts pending and decided, "
           "operations and tasks by status, problems, generation and journal events.\n"
           "Reads the store without changing it. Exit 1 when the store has errors."));
    parser.addPositionalArgument(QStringLiteral("STORE"), tr("The workspace store folder."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for machines."));
    parser.addOption(json);
    if (const int code = parseArguments(parser, arguments, 1, 1); code >= 0)
        return code;
    int exitCode = ExitOk;
    const auto store = openStoreForCommand(parser.positionalArguments().constFirst(), exitCode);
    if (!store)
        return exitCode;

    QMap<QString, int> registries;
    for (int r = 0; r < kRegistryCount; ++r)
        registries[registryDirName(Registry(r))] = store->registryCount(Registry(r));
    int pending = 0, decided = 0, invalidCards = 0;
    for (const auto &c : store->conflicts()) {
        pending += c.state == CardState::Pending;
        decided += c.state == CardState::Decided;
        invalidCards += c.state == CardState::Invalid;
    }
    int verified = 0, tampered = 0, invalidEvidence = 0, suspect = 0;
    for (const auto &e : store->evidence()) {
        verified += e.status == EvidenceStatus::Verified;
        tampered += e.status == EvidenceStatus::Tampered;
        invalidEvidence += e.status == EvidenceStatus::Invalid;
        suspect += e.status == EvidenceStatus::Suspect;
    }
    int missingEvidence = 0;
    for (const auto &d : store->relations().dangling)
        missingEvidence += d.expected == RecordKind::Evidence;
    int errors = 0, warnings = 0;
    QMap<QString, int> byRule;
    // What the daemon's unlocked writes did, listed one by one: a reviewer
    // needs the lines, not a count (the loader bounds how many there are).
    std::vector<const Problem *> race;
    for (const auto &p : store->problems()) {
        (p.severity == Severity::Error ? errors : warnings)++;
        ++byRule[p.rule];
        if (isDaemonRaceRule(p.rule))
            race.push_back(&p);
    }
    const auto opStatus = countBy(*store, store->operations(), &OperationRecord::status);
    const auto opType = countBy(*store, store->operations(), &OperationRecord::type);
    const auto taskStatus = countBy(*store, store->tasks(), &TaskRecord::status);
    const auto &m = store->manifest();
    const auto &journal = store->journal();

    if (parser.isSet(json)) {
        Json doc = Json::object();
        doc["store"] = toJson(store->root());
        doc["initialized"] = m.initialized;
        doc["generation"] = m.activeGeneration;
        doc["last_known_good_generation"] = m.lastKnownGoodGeneration;
        doc["backend"] = toJson(m.backend);
        doc["journal"] = { { "present", journal.present }, { "events", journal.events.size() },
            { "lines", journal.lines }, { "corrupt_lines", journal.corruptLines },
            { "torn_tail", journal.tornTail } };
        doc["registries"] = countsJson(registries);
        doc["conflicts"] = { { "total", store->conflicts().size() }, { "pending", pending },
            { "decided", decided }, { "invalid", invalidCards } };
        doc["operations"] = { { "total", store->operations().size() },
            { "by_status", countsJson(opStatus) }, { "by_type", countsJson(opType) } };
        doc["tasks"]
            = { { "total", store->tasks().size() }, { "by_status", countsJson(taskStatus) } };
        doc["evidence"] = { { "total", store->evidence().size() }, { "verified", verified },
            { "tampered", tampered }, { "invalid", invalidEvidence }, { "suspect", suspect },
            { "missing_references", missingEvidence } };
        doc["problems"]
            = { { "errors", errors }, { "warnings", warnings }, { "by_rule", countsJson(byRule) } };
        doc["journal"]["daemon_count"] = journal.daemonCount();
        Json raceJson = Json::array();
        for (const Problem *p : race) {
            Json item = { { "rule", toJson(p->rule) }, { "path", toJson(p->path) },
                { "message", toJson(p->message) } };
            if (p->line > 0)
                item["line"] = p->line;
            raceJson.push_back(std::move(item));
        }
        doc["race"] = std::move(raceJson);
        printJson(doc);
    } else {
        auto &o = out();
        o << tr("Store:        %1").arg(store->root()) << "\n"
          << tr("Generation:   %1 (last known good %2), backend %3")
                 .arg(m.activeGeneration)
                 .arg(m.lastKnownGoodGeneration)
                 .arg(m.backend.isEmpty() ? tr("unknown") : m.backend)
          << "\n"
          << tr("Journal:      %1 events, %2 corrupt lines%3")
                 .arg(journal.events.size())
                 .arg(journal.corruptLines)
                 .arg(journal.tornTail ? tr(", torn last line") : QString())
          << "\n"
          << tr("Records:") << "\n";
        for (auto it = registries.cbegin(); it != registries.cend(); ++it)
            o << QStringLiteral("  %1 %2").arg(it.key(), -18).arg(it.value(), 7) << "\n";
        o << tr("Conflicts:    %1 (%2 pending, %3 decided, %4 invalid)")
                 .arg(store->conflicts().size())
                 .arg(pending)
                 .arg(decided)
                 .arg(invalidCards)
          << "\n"
          << tr("Operations:   %1").arg(countsText(opStatus)) << "\n"
          << tr("Tasks:        %1").arg(countsText(taskStatus)) << "\n"
          << tr("Evidence:     %1 verified, %2 tampered, %3 invalid, %4 missing references")
                 .arg(verified)
                 .arg(tampered)
                 .arg(invalidEvidence)
                 .arg(missingEvidence)
          << (suspect > 0 ? tr(", %1 suspect (at another id's file name)").arg(suspect) : QString())
          << "\n"
          << tr("Problems:     %1 errors, %2 warnings%3")
                 .arg(errors)
                 .arg(warnings)
                 .arg(
                     byRule.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(countsText(byRule)))
          << "\n";
        if (!race.empty()) {
            o << tr("Unlocked writes (duplicate event ids, misnumbered lines, lost generation "
                    "bumps):")
              << "\n";
            for (const Problem *p : race)
                o << "  " << p->path
                  << (p->line > 0 ? QStringLiteral(":%1").arg(p->line) : QString()) << " ["
                  << p->rule << "] " << p->message << "\n";
        }
        o.flush();
    }
    return errors > 0 ? ExitFindings : ExitOk;
}

} // namespace SyncDesk::Cli
