// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

// A store left exactly as a writer killed at one step of Apply leaves it.

#include "resolutionfixture.h"
#include "treecopy.h"

#include "core/records/intentseal.h"
#include "core/resolution/resolution.h"

#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

namespace {

using SyncDesk::ApplyOptions;
using SyncDesk::Decision;
using SyncDesk::DecisionOption;
using SyncDesk::IntentSeal;
using SyncDesk::Outcome;
using SyncDesk::ResolutionWriter;
using SyncDesk::WriteStep;

inline Decision forkDecision(const QString &conflictId = QStringLiteral("conflict:alpha-001"))
{
    return { conflictId, DecisionOption::Fork, QStringLiteral("actor:local-user"),
        QStringLiteral("Both versions carry reviewed edits.") };
}

/// The batch id inside an intent file, read past its seal.
inline QString batchOf(const QString &store)
{
    QFile f(store + QLatin1Char('/') + ResolutionWriter::intentFileName());
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const auto outer = nlohmann::ordered_json::parse(f.readAll().toStdString());
    const auto body = nlohmann::ordered_json::parse(outer["body"].get<std::string>());
    return QString::fromStdString(body["batch_id"].get<std::string>());
}

/**
 * Leaves the fixture's store as a crash at `step` of one decision would: the
 * tree is copied aside at that moment of a real Apply and put back in place
 * afterwards (into the same root folder: a sealed intent names its store's
 * folder, so a copy elsewhere would be another store). `aside` keeps the copy.
 * `decisions` is what the interrupted Apply writes (one fork by default).
 * Returns the store root, or an empty string if Apply did not get there.
 */
inline QString interruptedCopy(const ResolutionFixture &fx, WriteStep at, const QString &aside,
    const QList<Decision> &decisions = { forkDecision() })
{
    ApplyOptions options;
    options.beforeStep = [&](WriteStep step) {
        if (step == at)
            copyTree(fx.root(), aside);
    };
    const auto report = ResolutionWriter::apply(fx.root(), decisions, options);
    if (report.outcomes.value(0).outcome != Outcome::Applied)
        return QString();
    QDir root(fx.root());
    for (const auto &entry :
        root.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        entry.isDir() ? QDir(entry.filePath()).removeRecursively()
                      : QFile::remove(entry.filePath());
    if (!copyTree(aside, fx.root()))
        return QString();
    // The crashed writer's lock died with it; the copy's lock file names this
    // (live) process, so it goes. Its batch stays pending, as after a crash.
    QFile::remove(fx.root() + QLatin1Char('/') + ResolutionWriter::lockFileName());
    const QString batch = batchOf(fx.root());
    if (!batch.isEmpty() && IntentSeal::markPending(batch, IntentSeal::storeIdentity(fx.root())))
        return QString();
    return fx.root();
}

} // namespace
