// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/hugepagemalloc.h"

#include <charconv>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <string_view>

#include <fcntl.h>
#include <malloc.h>
#include <sys/auxv.h>
#include <unistd.h>

#ifdef __GLIBC__
#include <gnu/libc-version.h>
#endif

namespace SyncDesk {
namespace {

constexpr char kTunables[] = "GLIBC_TUNABLES";
constexpr char kTunable[] = "glibc.malloc.hugetlb";
/// Set for the second start: "<pid> <CLOCK_MONOTONIC ns> -" when GLIBC_TUNABLES
/// was unset, "<pid> <ns> =<its value>" when it was set. exec keeps the pid.
constexpr char kMarker[] = "SYNCDESK_RESTARTED_FOR_HUGE_PAGES";

bool s_restarted = false;
double s_restartMs = 0;

std::int64_t monotonicNs()
{
    timespec ts = {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

bool thpModeIsMadvise()
{
    // A sysfs file: never a FIFO, and one short read is all it has.
    const int fd = ::open("/sys/kernel/mm/transparent_hugepage/enabled", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char buf[128] = {};
    const ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    return n > 0 && std::strstr(buf, "[madvise]") != nullptr;
}

bool glibcReadsTheTunable()
{
#ifdef __GLIBC__
    int major = 0, minor = 0;
    return std::sscanf(gnu_get_libc_version(), "%d.%d", &major, &minor) == 2
        && (major > 2 || (major == 2 && minor >= 35));
#else
    return false;
#endif
}

} // namespace

bool hugePageMallocPossible()
{
    // AT_SECURE: glibc drops GLIBC_TUNABLES there on purpose. AT_BASE 0: no
    // interpreter, i.e. run as "ld-linux.so ./syncdesk", where /proc/self/exe
    // is ld.so and running it again would shift the arguments.
    return glibcReadsTheTunable() && ::getauxval(AT_SECURE) == 0 && ::getauxval(AT_BASE) != 0
        && ::access("/proc/self/exe", X_OK) == 0 && thpModeIsMadvise();
}

void finishHugePageRestart()
{
    const char *marker = std::getenv(kMarker);
    if (!marker)
        return;
    // "<pid> <ns> -" or "<pid> <ns> =<value>", exactly.
    const char *const end = marker + std::strlen(marker);
    long long pid = 0, ns = 0;
    const auto [afterPid, pidError] = std::from_chars(marker, end, pid);
    if (pidError != std::errc() || pid != ::getpid() || afterPid == end || *afterPid != ' ')
        return; // not ours
    const auto [afterNs, nsError] = std::from_chars(afterPid + 1, end, ns);
    if (nsError != std::errc() || afterNs == end || *afterNs != ' ' || afterNs + 1 == end
        || (afterNs[1] != '-' && afterNs[1] != '='))
        return;
    if (afterNs[1] == '=')
        ::setenv(kTunables, afterNs + 2, 1);
    else
        ::unsetenv(kTunables);
    ::unsetenv(kMarker);
    s_restarted = true;
    // Only a time this start could have taken is counted: a marker made by
    // hand must not move the report's figures.
    const long long now = monotonicNs();
    s_restartMs = ns >= 0 && ns <= now && now - ns <= 60LL * 1000 * 1000 * 1000
        ? double(now - ns) / 1e6
        : 0;
}

double hugePageRestartMs()
{
    return s_restartMs;
}

void restartWithHugePageMalloc(char **argv)
{
    if (s_restarted || std::getenv("SYNCDESK_NO_HUGE_PAGES") || !argv || !argv[0]
        || !hugePageMallocPossible())
        return;
    const char *old = std::getenv(kTunables);
    if (old && std::strstr(old, kTunable))
        return; // the user's own choice, either way
    const std::string marker = std::to_string(::getpid()) + ' ' + std::to_string(monotonicNs())
        + ' ' + (old ? std::string("=") + old : std::string("-"));
    const std::string tunables
        = (old && *old ? std::string(old) + ":" : std::string()) + kTunable + "=1";
    ::setenv(kMarker, marker.c_str(), 1);
    ::setenv(kTunables, tunables.c_str(), 1);
    ::execv("/proc/self/exe", argv);
    // Still here: run as started, with the environment as it was.
    if (old)
        ::setenv(kTunables, old, 1);
    else
        ::unsetenv(kTunables);
    ::unsetenv(kMarker);
}

void mapLargeAllocations()
{
#ifdef __GLIBC__
    constexpr int kThreshold = 1 << 20;
    // Any of these turns glibc's moving threshold off too: the user's own tuning.
    for (const char *variable : { "MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_",
             "MALLOC_TOP_PAD_", "MALLOC_MMAP_MAX_" })
        if (std::getenv(variable))
            return;
    const char *tunables = std::getenv(kTunables);
    for (const char *tunable : { "glibc.malloc.mmap_threshold", "glibc.malloc.trim_threshold",
             "glibc.malloc.top_pad", "glibc.malloc.mmap_max" })
        if (tunables && std::strstr(tunables, tunable))
            return;
    ::mallopt(M_MMAP_THRESHOLD, kThreshold);
#endif
}

bool mallocAdvisesHugePages()
{
    // Above glibc's largest mmap threshold (32 MiB): always a mapping of its
    // own. Never written, so it costs no memory.
    constexpr std::size_t kSize = std::size_t(40) << 20;
    const auto release = [](void *p) { std::free(p); };
    const std::unique_ptr<void, decltype(release)> block(std::malloc(kSize), release);
    std::FILE *smaps = block ? std::fopen("/proc/self/smaps", "re") : nullptr;
    if (!smaps)
        return false;
    const auto at = reinterpret_cast<std::uintptr_t>(block.get());
    bool inside = false;
    bool advised = false;
    char *line = nullptr;
    std::size_t capacity = 0;
    // getline: a mapping's line holds a path of any length.
    while (::getline(&line, &capacity, smaps) > 0) {
        std::uintmax_t begin = 0, end = 0;
        // A mapping's first line is "begin-end perms ..."; its fields follow.
        if (std::sscanf(line, "%" SCNxMAX "-%" SCNxMAX " ", &begin, &end) == 2) {
            inside = begin <= at && at < end;
            continue;
        }
        if (inside && std::string_view(line).starts_with("VmFlags:")) {
            advised = std::strstr(line, " hg") != nullptr;
            break;
        }
    }
    std::free(line);
    std::fclose(smaps);
    return advised;
}

} // namespace SyncDesk
