// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/store.h"

#include "core/io/fileread_p.h"
#include "core/store/storeloader_p.h"

#include <QDir>
#include <QFileInfo>

namespace SyncDesk {

QString registryDirName(Registry registry)
{
    switch (registry) {
    case Registry::Profiles:
        return QStringLiteral("profiles");
    case Registry::Devices:
        return QStringLiteral("devices");
    case Registry::Actors:
        return QStringLiteral("actors");
    case Registry::Schemas:
        return QStringLiteral("schemas");
    case Registry::Objects:
        return QStringLiteral("objects");
    case Registry::Events:
        return QStringLiteral("events");
    case Registry::RepairReports:
        return QStringLiteral("repair-reports");
    case Registry::Operations:
        return QStringLiteral("operations");
    case Registry::Tasks:
        return QStringLiteral("tasks");
    case Registry::Conflicts:
        return QStringLiteral("conflicts");
    case Registry::PolicyDecisions:
        return QStringLiteral("policy-decisions");
    case Registry::Evidence:
        return QStringLiteral("evidence");
    }
    return {};
}

RecordKind registryKind(Registry registry)
{
    switch (registry) {
    case Registry::Profiles:
        return RecordKind::Profile;
    case Registry::Devices:
        return RecordKind::Device;
    case Registry::Actors:
        return RecordKind::Actor;
    case Registry::Schemas:
        return RecordKind::Schema;
    case Registry::Objects:
        return RecordKind::Object;
    case Registry::Events:
        return RecordKind::IntegrityEvent;
    case Registry::RepairReports:
        return RecordKind::Unknown;
    case Registry::Operations:
        return RecordKind::Operation;
    case Registry::Tasks:
        return RecordKind::Task;
    case Registry::Conflicts:
        return RecordKind::Conflict;
    case Registry::PolicyDecisions:
        return RecordKind::PolicyDecision;
    case Registry::Evidence:
        return RecordKind::Evidence;
    }
    return RecordKind::Unknown;
}

Store::Store()
    : m_strings(std::make_shared<Interner>())
{ }

Store::~Store()
{
    finishCacheWrite();
}

void Store::finishCacheWrite()
{
    m_deferredCacheWrite = nullptr;
    if (m_cacheWriter.joinable())
        m_cacheWriter.join();
}

void Store::startDeferredCacheWrite()
{
    if (!m_deferredCacheWrite || m_cacheWriter.joinable())
        return;
    const std::function<std::thread()> start = std::exchange(m_deferredCacheWrite, nullptr);
    m_cacheWriter = start();
}

std::unique_ptr<Store> Store::open(
    const QString &root, const StoreOpenOptions &options, StorePreload *preload)
{
    std::unique_ptr<Store> store(new Store);
    store->m_root = QDir::cleanPath(root);
    store->m_mode = options.mode;
    // A preload made for another root or other options would give other verdicts.
    if (preload
        && (preload->root != store->m_root || preload->mode != options.mode
            || preload->maxFileSize != options.maxFileSize))
        preload = nullptr;
    if (preload)
        store->m_strings = preload->strings;
    StoreLoader loader(*store, options, preload);
    loader.load();
    return store;
}

Store::Preview Store::openOperationsFirst(const QString &root, const StoreOpenOptions &options)
{
    std::unique_ptr<Store> store(new Store);
    store->m_root = QDir::cleanPath(root);
    store->m_mode = options.mode;
    auto preload = std::make_shared<StorePreload>();
    preload->root = store->m_root;
    preload->mode = options.mode;
    preload->maxFileSize = options.maxFileSize;
    preload->strings = store->m_strings;
    StoreLoader loader(*store, options);
    loader.loadOperationsOnly(*preload);
    return Preview { std::move(store), std::move(preload) };
}

bool Store::hasLoadCache(const QString &root, const StoreOpenOptions &options)
{
    return !options.cacheDirectory.isEmpty()
        && LoadCache::fits(
            options.cacheDirectory, LoadCacheKey::forStore(QDir::cleanPath(root), options));
}

int Store::registryCount(Registry registry) const
{
    int n = 0;
    for (const auto &f : m_files)
        n += f.registry == registry;
    return n;
}

int Store::kindCount(RecordKind kind) const
{
    int n = 0;
    for (const auto &f : m_files)
        n += f.kind == kind;
    return n;
}

qint32 Store::findEvidence(const QString &reference) const
{
    return m_relations.evidenceById.value(Evidence::referenceName(reference), -1);
}

qint32 Store::misnamedEvidenceFor(const QString &reference) const
{
    const QString id = Evidence::referenceName(reference);
    if (m_relations.evidenceById.contains(id))
        return -1;
    if (const auto it = m_relations.misnamedByFileName.constFind(safeRecordId(id));
        it != m_relations.misnamedByFileName.cend())
        return qint32(*it);
    return m_relations.misnamedById.value(id, -1);
}

QString Store::actorName(Sym id) const
{
    const auto it = m_relations.actorById.constFind(id);
    if (it != m_relations.actorById.cend() && !m_actors[*it].displayName.isEmpty())
        return m_actors[*it].displayName;
    return text(id);
}

QString Store::deviceName(Sym id) const
{
    const auto it = m_relations.deviceById.constFind(id);
    if (it != m_relations.deviceById.cend() && !m_devices[*it].displayName.isEmpty())
        return m_devices[*it].displayName;
    return text(id);
}

QString Store::misnamedEvidenceHint(const QString &reference) const
{
    const qint32 row = misnamedEvidenceFor(reference);
    if (row < 0)
        return {};
    const EvidenceRecord &e = m_evidence[quint32(row)];
    const QString &path = m_files[e.file].path;
    const QString id = Evidence::referenceName(reference);
    if (text(e.id) == id)
        return tr("only %1 claims it, and that is not the file of its id (%2)")
            .arg(path, QStringLiteral("evidence/") + safeRecordId(id) + QStringLiteral(".json"));
    if (e.id == kNoSym)
        return tr("%1, named for it, holds no evidence id").arg(path);
    return tr("%1, named for it, holds evidence '%2' instead").arg(path, text(e.id));
}

qint32 Store::fileIndex(const QString &relativePath) const
{
    return m_fileByPath.find(
        relativePath, [this](quint32 file) -> const QString & { return m_files[file].path; });
}

QString Store::absolutePath(quint32 file) const
{
    return m_root + QLatin1Char('/') + m_files.at(file).path;
}

Result<QByteArray> Store::readFile(quint32 file) const
{
    const auto read = readFileNoFollow(absolutePath(file), 256LL * 1024 * 1024);
    if (read.status != FileRead::Status::Ok)
        return Result<QByteArray>::failure(
            read.error.isEmpty() ? tr("not a regular file") : read.error);
    return Result<QByteArray>::success(QByteArray(read.bytes.data(), qsizetype(read.bytes.size())));
}

} // namespace SyncDesk
