// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The store root's own files: manifest.json and syncdesk-intent.json (StoreLoader).

#include "core/store/storeloader_p.h"

#include "core/store/storeloaderextract_p.h"

#include "core/io/fileread_p.h"
#include "core/json/json.h"
#include "core/records/intentseal.h"

#include <QFileInfo>

namespace SyncDesk {

void StoreLoader::loadManifest()
{
    Store &s = m_store;
    const QString root = s.m_root;
    QString target;
    switch (entryType(root, &target)) {
    case EntryType::Missing:
        s.m_state = Store::State::Missing;
        s.m_stateMessage = tr("%1 does not exist.").arg(root);
        return;
    case EntryType::Directory:
        break;
    case EntryType::Symlink:
        // The store root itself may be reached through a symlink the user chose.
        if (QFileInfo(root).isDir())
            break;
        [[fallthrough]];
    default:
        s.m_state = Store::State::NotADirectory;
        s.m_stateMessage = tr("%1 is not a folder.").arg(root);
        return;
    }
    // Listed only to know that it can be: an unreadable root is a state, not a problem.
    if (const auto listed = listDirectory(QFileInfo(root).canonicalFilePath()); !listed) {
        s.m_state = Store::State::Unreadable;
        s.m_stateMessage = tr("%1 cannot be read: %2").arg(root, listed.error());
        return;
    }

    const QString path = QStringLiteral("manifest.json");
    const auto type = entryType(root + QLatin1Char('/') + path);
    if (type == EntryType::Missing) {
        s.m_state = Store::State::NotInitialized;
        s.m_stateMessage
            = tr("%1 has no manifest.json: it is not an initialized workspace store.").arg(root);
        return;
    }
    s.m_manifest.present = true;
    auto manifestProblem = [&](const QString &field, const QString &message) {
        s.m_problems.push_back(
            problem(path, Severity::Error, QStringLiteral("manifest"), field, message));
    };
    const auto read = readFileNoFollow(root + QLatin1Char('/') + path, m_options.maxFileSize);
    if (read.status != FileRead::Status::Ok) {
        manifestProblem(QString(),
            read.status == FileRead::Status::Symlink
                ? tr("manifest.json is a symbolic link; it is not followed")
                : tr("manifest.json cannot be read: %1").arg(whyUnreadable(read)));
        return;
    }
    const auto parsed = parseJson(read.bytes);
    if (!parsed.ok() || !parsed.value.is_object()) {
        manifestProblem(QString(),
            parsed.ok() ? tr("manifest.json is not a JSON object")
                        : tr("manifest.json is not valid JSON: %1").arg(parsed.error->message));
        return;
    }
    const Json &m = parsed.value;
    s.m_manifest.parsed = true;
    static const char *const required[] = { "schema", "created_at", "updated_at",
        "active_generation", "last_known_good_generation", "lanes", "backend", "initialized" };
    for (const char *key : required)
        if (!m.contains(key))
            manifestProblem(QString::fromLatin1(key),
                tr("manifest.json lacks %1").arg(QString::fromLatin1(key)));
    auto generation = [&](const char *key) -> qint64 {
        const Json &v = jsonMember(m, key);
        if (v.is_number_integer())
            return v.get<qint64>();
        if (m.contains(key))
            manifestProblem(QString::fromLatin1(key),
                tr("%1 should be an integer").arg(QString::fromLatin1(key)));
        return -1;
    };
    s.m_manifest.activeGeneration = generation("active_generation");
    s.m_manifest.lastKnownGoodGeneration = generation("last_known_good_generation");
    s.m_manifest.initialized = jsonMember(m, "initialized") == true;
    if (m.contains("initialized") && !s.m_manifest.initialized)
        manifestProblem(
            QStringLiteral("initialized"), tr("the manifest says the store is not initialized"));
    s.m_manifest.backend = Extractor::textOf(m, "backend");
    s.m_manifest.createdAt = Extractor::textOf(m, "created_at");
    s.m_manifest.updatedAt = Extractor::textOf(m, "updated_at");
    const Json &lanes = jsonMember(m, "lanes");
    if (lanes.is_array()) {
        for (const auto &l : lanes)
            s.m_manifest.lanes << QString::fromStdString(pythonStr(l));
    } else if (lanes.is_object()) {
        for (const auto &[k, v] : lanes.items())
            s.m_manifest.lanes << QString::fromStdString(k);
    }
    for (const auto &key : parsed.duplicateKeys)
        s.m_problems.push_back(problem(path, Severity::Warning, QStringLiteral("duplicate_key"),
            key, tr("key %1 appears more than once").arg(key)));
}

void StoreLoader::loadIntent()
{
    // Left by a writer that was interrupted; the next write completes it. Until
    // then every decision in it is reported, so none is silently half-applied.
    const QString path = QStringLiteral("syncdesk-intent.json");
    const QString abs = m_store.m_root + QLatin1Char('/') + path;
    if (entryType(abs) == EntryType::Missing)
        return;
    const auto read = readFileNoFollow(abs, 256LL * 1024 * 1024);
    // Only a sealed intent is ever acted on (see IntentSeal); anything else is
    // shown for what it is and never read as a list of decisions.
    const auto opened = read.status == FileRead::Status::Ok
        ? IntentSeal::open(read.bytes, IntentSeal::key(false).valueOr(QByteArray()),
            IntentSeal::storeIdentity(m_store.m_root))
        : IntentSeal::Opened {};
    if (opened.status != IntentSeal::Status::Sealed) {
        m_store.m_problems.push_back(
            problem(path, Severity::Error, QStringLiteral("foreign_intent"), QString(),
                read.status == FileRead::Status::Ok
                    ? tr("this intent file is not acted on: %1. Sync Desk writes nothing to "
                         "this store until it has been looked at and removed")
                          .arg(opened.why)
                    : tr("this intent file cannot be read as a regular file; Sync Desk writes "
                         "nothing to this store until it has been looked at and removed")));
        return;
    }
    const Json &decisions = jsonMember(opened.body, "decisions");
    if (!decisions.is_array() || decisions.empty()) {
        m_store.m_problems.push_back(
            problem(path, Severity::Error, QStringLiteral("half_applied"), QString(),
                tr("an interrupted write left this file; it cannot "
                   "be read, so what it held is unknown")));
        return;
    }
    for (const auto &d : decisions)
        m_store.m_problems.push_back(problem(path, Severity::Error, QStringLiteral("half_applied"),
            Extractor::textOf(d, "conflict_id"),
            tr("the decision on %1 (%2) was interrupted while being written; the next write to "
               "this store completes it or withdraws it")
                .arg(Extractor::textOf(d, "conflict_id"),
                    Extractor::textOf(jsonMember(jsonMember(d, "conflict_after"), "decision_card"),
                        "selected_option"))));
}

} // namespace SyncDesk
