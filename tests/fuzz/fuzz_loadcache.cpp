// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Opening a store with a crafted load cache. The cache starts as the real one
// of a small demo store (made once per process) and is edited where the input
// says, then resealed: mutations get past the checksum and the key to the
// decoder, which must bounds-check every length, index, symbol and enum,
// whatever the file claims. The store's files are never changed, so their stat
// matches the cache's entries and those entries are decoded. The models then
// read every cell, as the window would.
//
// Input: 5-byte edits, each a little-endian uint32 offset (modulo the bytes
// after the 32-byte header) and the byte to put there.

#include "core/demo/demostore.h"
#include "core/store/cachecheck_p.h"
#include "core/store/loadcache_p.h"
#include "core/store/store.h"
#include "core/store/storeloader_p.h"
#include "fuzzmodels.h"
#include "fuzzsupport.h"
#include "tests/common/storedump.h"

#include <QDir>
#include <QThread>

#include <cstdlib>
#include <cstring>

using namespace SyncDesk;

namespace {

constexpr std::size_t kHeaderSize = 32;

struct Fixture
{
    QString root;
    QString cacheFile;
    std::string cache;
    StoreOpenOptions options;
};

const Fixture &fixture()
{
    static const Fixture f = [] {
        SyncDeskFuzz::ensureApplication();
        Fixture f;
        f.root = SyncDeskFuzz::scratchDir() + QStringLiteral("/store");
        DemoStoreOptions demo;
        demo.operations = 16;
        demo.tasks = 20;
        demo.conflicts = 4;
        demo.evidence = 4;
        const auto written = DemoStore::write(f.root, demo);
        if (!written)
            qFatal("fuzz_loadcache: %s", qPrintable(written.error()));
        // Every file settled, so that every entry is cached.
        QThread::msleep(20);
        StoreLoader::setRacyWindowNs(0);
        f.options.threads = 1;
        f.options.cacheDirectory = SyncDeskFuzz::scratchDir() + QStringLiteral("/cache");
        Store::open(f.root, f.options);
        LoadCache::waitForSaves();
        const auto caches = QDir(f.options.cacheDirectory)
                                .entryInfoList({ QStringLiteral("*.cache") }, QDir::Files);
        if (caches.size() != 1)
            qFatal("fuzz_loadcache: no load cache was written");
        f.cacheFile = caches.constFirst().absoluteFilePath();
        QFile file(f.cacheFile);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("fuzz_loadcache: cannot read the load cache");
        f.cache = file.readAll().toStdString();
        if (f.cache.size() <= kHeaderSize)
            qFatal("fuzz_loadcache: the load cache is too small");
        // Unedited, the cache must serve every file, or edits would reach nothing.
        const auto cached = Store::open(f.root, f.options);
        if (!cached->loadStats().cacheFound
            || cached->loadStats().filesFromCache != int(cached->files().size()))
            qFatal("fuzz_loadcache: the demo store's files do not come from its cache");
        return f;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fixture &f = fixture();
    std::string bytes = f.cache;
    const std::size_t span = bytes.size() - kHeaderSize;
    for (std::size_t i = 0; i + 5 <= size; i += 5) {
        quint32 offset;
        std::memcpy(&offset, data + i, sizeof offset);
        bytes[kHeaderSize + offset % span] = char(data[i + 4]);
    }
    LoadCache::reseal(bytes);
    // As a window opens (every listed file's entry taken unchecked, then
    // checked: stamps, even forged, are only compared), then as a reload.
    for (const bool defer : { true, false }) {
        if (!SyncDeskFuzz::writeFile(
                QFileInfo(f.cacheFile).path(), QFileInfo(f.cacheFile).fileName(), bytes))
            return -1;
        StoreOpenOptions options = f.options;
        options.deferCacheCheck = defer;
        auto store = Store::open(f.root, options);
        if (defer)
            (void)CacheCheck(*store).run(1);
        // Every symbol and field the window could show, as the tests compare them.
        (void)storeDump(*store);
        SyncDeskFuzz::exerciseModels(std::move(store));
        // The load may save a cache of its own; the next input replaces it.
        LoadCache::waitForSaves();
    }
    return 0;
}
