// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/cachecheck_p.h"

#include "core/io/fileread_p.h"
#include "core/store/store.h"
#include "core/store/storeloader_p.h"

#include <algorithm>
#include <array>
#include <climits>
#include <system_error>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SyncDesk {
namespace {

// Taken a block at a time: one atomic add per file would be a shared line
// moving between the cores 242k times at 100k.
constexpr std::size_t kBlock = 256;

/// Whether the name (after "registry/") still has the stamp, by fstatat in dirFd.
bool unchanged(int dirFd, QStringView name, const FileStamp &stamp)
{
    std::array<char, NAME_MAX + 1> ascii;
    QByteArray encoded;
    const char *c = StoreLoader::nameBytes(name, ascii, encoded);
    struct stat st;
    return dirFd >= 0 && c && ::fstatat(dirFd, c, &st, AT_SYMLINK_NOFOLLOW) == 0
        && S_ISREG(st.st_mode) && FileStamp::of(st) == stamp;
}

} // namespace

CacheCheck::CacheCheck(const Store &store)
    : m_root(store.root())
{
    m_items.reserve(store.m_unchecked.size());
    for (const Store::UncheckedFile &u : store.m_unchecked) {
        const RecordFile &f = store.m_files[u.file];
        m_items.push_back({ f.path, FileStamp::of(f, u.ctimeNs), f.registry });
    }
}

QStringList CacheCheck::run(int threads, const std::atomic<bool> *cancel) const
{
    // Folders are opened afresh: one replaced since the load (or now a link)
    // holds none of the files the cache vouched for.
    std::array<int, kRegistryCount> dirFds;
    for (int r = 0; r < kRegistryCount; ++r)
        dirFds[std::size_t(r)]
            = openDirectory(m_root + QLatin1Char('/') + registryDirName(Registry(r)));
    if (threads <= 0)
        threads = int(std::max(1U, std::thread::hardware_concurrency()));
    threads = int(std::min<std::size_t>(std::size_t(threads), m_items.size() / kBlock + 1));

    std::atomic<std::size_t> next { 0 };
    std::vector<std::vector<quint32>> changed(static_cast<std::size_t>(threads));
    auto work = [&](int worker) {
        std::vector<quint32> &mine = changed[std::size_t(worker)];
        for (std::size_t begin;
             (begin = next.fetch_add(kBlock, std::memory_order_relaxed)) < m_items.size();) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return;
            const std::size_t end = std::min(begin + kBlock, m_items.size());
            for (std::size_t i = begin; i < end; ++i) {
                const Item &item = m_items[i];
                const qsizetype dirLength = registryDirName(item.registry).size() + 1;
                const QStringView name = QStringView(item.path).sliced(
                    std::min<qsizetype>(dirLength, item.path.size()));
                if (!unchanged(dirFds[std::size_t(item.registry)], name, item.stamp))
                    mine.push_back(quint32(i));
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) {
        try {
            pool.emplace_back(work, t);
        } catch (const std::system_error &) {
            break; // the threads there are do it all
        }
    }
    work(0);
    for (std::thread &t : pool)
        t.join();
    for (const int fd : dirFds)
        if (fd >= 0)
            ::close(fd);

    std::vector<quint32> all;
    for (const auto &part : changed)
        all.insert(all.end(), part.begin(), part.end());
    std::sort(all.begin(), all.end());
    QStringList paths;
    paths.reserve(qsizetype(all.size()));
    for (const quint32 i : all)
        paths << m_items[i].path;
    return paths;
}

} // namespace SyncDesk
