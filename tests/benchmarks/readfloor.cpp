// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The raw read floor of a store (issue 19): the least any program must spend
// to see every byte of it. Lists every folder, then opens, reads and closes
// every regular file on T threads (default 2, the machine's cores); a second
// pass only stats them. Nothing is parsed. Prints one JSON line per pass, the
// median of R runs each, so scripts/bench.sh can state load figures as ratios.
//
//   syncdesk-readfloor STORE [--threads T] [--repetitions R]
//
// Plain POSIX and the standard library on purpose: no Qt, no project code, so
// the floor cannot inherit a cost of the thing it measures.

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

struct Entry
{
    int dirFd; // -1: the root
    std::string name;
};

struct Listing
{
    std::vector<int> dirFds;
    std::vector<Entry> files;
};

double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// The store's layout is one level of folders under the root, files in each.
Listing list(int rootFd)
{
    Listing out;
    const int dup = ::dup(rootFd);
    DIR *root = fdopendir(dup);
    if (!root) {
        std::perror("readfloor: root");
        std::exit(2);
    }
    while (dirent *e = readdir(root)) {
        if (e->d_name[0] == '.')
            continue;
        if (e->d_type == DT_REG) {
            out.files.push_back({ rootFd, e->d_name });
        } else if (e->d_type == DT_DIR) {
            const int fd
                = openat(rootFd, e->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
            if (fd < 0)
                continue;
            out.dirFds.push_back(fd);
            DIR *sub = fdopendir(::dup(fd));
            while (dirent *f = sub ? readdir(sub) : nullptr) {
                if (f->d_name[0] != '.' && f->d_type == DT_REG)
                    out.files.push_back({ fd, f->d_name });
            }
            if (sub)
                closedir(sub);
        }
    }
    closedir(root);
    return out;
}

template<typename Work> void onThreads(int threads, size_t count, Work work)
{
    std::atomic<size_t> next { 0 };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            // Small chunks: files differ in size, one thread must not be left with the big ones.
            for (;;) {
                const size_t begin = next.fetch_add(64);
                if (begin >= count)
                    return;
                for (size_t i = begin; i < std::min(count, begin + 64); ++i)
                    work(i);
            }
        });
    }
    for (auto &t : pool)
        t.join();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    const char *store = nullptr;
    int threads = 2;
    int reps = 5;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--repetitions") && i + 1 < argc)
            reps = std::max(1, std::atoi(argv[++i]));
        else if (argv[i][0] != '-' && !store)
            store = argv[i];
        else {
            std::fprintf(stderr, "usage: %s STORE [--threads T] [--repetitions R]\n", argv[0]);
            return 2;
        }
    }
    if (!store) {
        std::fprintf(stderr, "usage: %s STORE [--threads T] [--repetitions R]\n", argv[0]);
        return 2;
    }

    std::vector<double> readMs, statMs;
    size_t files = 0;
    unsigned long long bytes = 0;
    for (int r = 0; r < reps; ++r) {
        // Read pass: list, then open + read to the end + close every file.
        double t0 = nowMs();
        const int rootFd = open(store, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (rootFd < 0) {
            std::fprintf(stderr, "readfloor: %s: %s\n", store, std::strerror(errno));
            return 2;
        }
        Listing l = list(rootFd);
        std::atomic<unsigned long long> total { 0 };
        onThreads(threads, l.files.size(), [&](size_t i) {
            thread_local std::vector<char> buf(1 << 20);
            const int fd = openat(l.files[i].dirFd, l.files[i].name.c_str(),
                O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
            if (fd < 0)
                return;
            unsigned long long n = 0;
            for (;;) {
                const ssize_t got = read(fd, buf.data(), buf.size());
                if (got <= 0)
                    break;
                n += static_cast<unsigned long long>(got);
            }
            close(fd);
            total += n;
        });
        readMs.push_back(nowMs() - t0);
        files = l.files.size();
        bytes = total;

        // Stat pass: list, then fstatat every file (what a cached reopen must at least do).
        for (int fd : l.dirFds)
            close(fd);
        close(rootFd);
        t0 = nowMs();
        const int rootFd2 = open(store, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        Listing l2 = list(rootFd2);
        onThreads(threads, l2.files.size(), [&](size_t i) {
            struct stat st;
            fstatat(l2.files[i].dirFd, l2.files[i].name.c_str(), &st, AT_SYMLINK_NOFOLLOW);
        });
        statMs.push_back(nowMs() - t0);
        for (int fd : l2.dirFds)
            close(fd);
        close(rootFd2);
    }
    std::printf("{\"pass\":\"read\",\"threads\":%d,\"files\":%zu,\"bytes\":%llu,\"median_ms\":%.1f,"
                "\"runs\":%d}\n",
        threads, files, bytes, median(readMs), reps);
    std::printf("{\"pass\":\"stat\",\"threads\":%d,\"files\":%zu,\"median_ms\":%.1f,\"runs\":%d}\n",
        threads, files, median(statMs), reps);
    return 0;
}
