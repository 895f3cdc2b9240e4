// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/storeupdater_p.h"

#include "core/io/fileread_p.h"
#include "core/store/relationsbuilder_p.h"
#include "core/store/store.h"
#include "core/store/storeloader_p.h"

namespace SyncDesk {

StoreUpdater::StoreUpdater(Store &store, const StoreOpenOptions &options)
    : m_store(store)
    , m_options(options)
{
    // The load cache's encoder may still be reading the tables this changes.
    m_store.finishCacheWrite();
}

StoreUpdater::FileUpdate StoreUpdater::reloadFile(const QString &rel)
{
    Store &s = m_store;
    FileUpdate update;
    const QString dir = rel.section(QLatin1Char('/'), 0, 0);
    const QString name = rel.section(QLatin1Char('/'), 1);
    int registry = -1;
    for (int r = 0; r < kRegistryCount; ++r)
        if (registryDirName(Registry(r)) == dir)
            registry = r;
    if (registry < 0 || name.isEmpty() || name.contains(QLatin1Char('/'))
        || StoreLoader::isStrayTemp(name) || !name.endsWith(QLatin1String(".json")))
        return update;

    const qint32 index = s.fileIndex(rel);
    if (entryType(s.m_root + QLatin1Char('/') + rel) == EntryType::Missing) {
        // Rows are never removed in place (indices would shift under the views).
        if (index >= 0)
            update.what = FileUpdate::NeedsReload;
        return update;
    }
    StoreLoader loader(s, m_options);
    LoadedFile loaded = loader.loadFile(rel, Registry(registry));
    if (index < 0) {
        loader.append(std::move(loaded));
        update.what = FileUpdate::Added;
        update.kind = s.m_files.back().kind;
        update.row = s.m_files.back().row;
        return update;
    }

    RecordFile &old = s.m_files[quint32(index)];
    const bool hadRow = old.row >= 0;
    const bool hasRow = !std::holds_alternative<std::monostate>(loaded.record);
    if (hadRow != hasRow || (hadRow && old.kind != loaded.file.kind))
        update.what = FileUpdate::NeedsReload; // a row appears, vanishes or changes table
    if (update.what == FileUpdate::NeedsReload)
        return update;

    const qint32 row = old.row;
    // A file without a row contributes nothing to the relations either way.
    bool sameRelations = true;
    auto replace = [&](auto &table, auto &&record) {
        record.file = quint32(index);
        sameRelations = RelationsBuilder::sameRelationFields(table[quint32(row)], record);
        table[quint32(row)] = std::move(record);
    };
    std::visit(
        [&](auto &&rec) {
            using T = std::decay_t<decltype(rec)>;
            if constexpr (std::is_same_v<T, OperationRecord>)
                replace(s.m_operations, std::move(rec));
            else if constexpr (std::is_same_v<T, TaskRecord>)
                replace(s.m_tasks, std::move(rec));
            else if constexpr (std::is_same_v<T, ConflictRecord>)
                replace(s.m_conflicts, std::move(rec));
            else if constexpr (std::is_same_v<T, PolicyDecisionRecord>)
                replace(s.m_policies, std::move(rec));
            else if constexpr (std::is_same_v<T, ActorRecord>)
                replace(s.m_actors, std::move(rec));
            else if constexpr (std::is_same_v<T, DeviceRecord>)
                replace(s.m_devices, std::move(rec));
            else if constexpr (std::is_same_v<T, ProfileRecord>)
                replace(s.m_profiles, std::move(rec));
            else if constexpr (std::is_same_v<T, EvidenceRecord>)
                replace(s.m_evidence, std::move(rec));
        },
        std::move(loaded.record));
    loaded.file.row = row;
    if (sameRelations) {
        // No rebuild will follow, so the file keeps the relation problems and
        // the warnings the last one gave it; its own problems are replaced.
        for (const auto &d : s.m_relations.dangling)
            loaded.file.warnings += d.file == quint32(index);
        std::erase_if(s.m_problems, [&](const Problem &p) {
            return p.path == rel && p.rule != QLatin1String("dangling")
                && p.rule != QLatin1String("duplicate_id");
        });
    } else {
        std::erase_if(s.m_problems, [&](const Problem &p) { return p.path == rel; });
    }
    old = std::move(loaded.file);
    for (auto &p : loaded.problems)
        s.m_problems.push_back(std::move(p));
    update.what = FileUpdate::Changed;
    update.relationsChanged = !sameRelations;
    update.kind = old.kind;
    update.row = row;
    return update;
}

void StoreUpdater::reloadRootFiles()
{
    Store &s = m_store;
    static const QStringList rootFiles { QStringLiteral("manifest.json"),
        QStringLiteral("journal.jsonl"), QStringLiteral("syncdesk-intent.json") };
    std::erase_if(s.m_problems, [&](const Problem &p) { return rootFiles.contains(p.path); });
    s.m_manifest = ManifestInfo();
    s.m_journal = JournalInfo();
    s.m_state = Store::State::Ok;
    s.m_stateMessage.clear();
    StoreLoader loader(s, m_options);
    loader.loadManifest();
    if (s.m_state == Store::State::Ok) {
        loader.loadJournal();
        loader.checkGeneration();
        loader.loadIntent();
    }
}

} // namespace SyncDesk
