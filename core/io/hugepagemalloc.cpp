// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/hugepagemalloc.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include <fcntl.h>
#include <unistd.h>

namespace SyncDesk {
namespace {

constexpr char kTunables[] = "GLIBC_TUNABLES";
constexpr char kTunable[] = "glibc.malloc.hugetlb";
/// Set for the second start: "-" when GLIBC_TUNABLES was unset, else "=" and its value.
constexpr char kRestarted[] = "SYNCDESK_HUGE_PAGE_MALLOC";

bool kernelMayGiveHugePages()
{
    // A sysfs file: never a FIFO, and a short read is all it has.
    const int fd = ::open("/sys/kernel/mm/transparent_hugepage/enabled", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char buf[128] = {};
    const ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    return n > 0 && std::strstr(buf, "[never]") == nullptr;
}

} // namespace

void restartWithHugePageMalloc(char **argv)
{
    if (const char *restarted = std::getenv(kRestarted)) {
        // The tunable was read as this process started; nothing started from
        // here should inherit it, nor the marker.
        if (restarted[0] == '=')
            ::setenv(kTunables, restarted + 1, 1);
        else
            ::unsetenv(kTunables);
        ::unsetenv(kRestarted);
        return;
    }
    if (std::getenv("SYNCDESK_NO_HUGE_PAGES") || !argv || !argv[0] || !kernelMayGiveHugePages())
        return;
    const char *old = std::getenv(kTunables);
    if (old && std::strstr(old, kTunable))
        return; // the user's own choice, either way
    const std::string marker = old ? std::string("=") + old : std::string("-");
    const std::string tunables
        = (old && *old ? std::string(old) + ":" : std::string()) + kTunable + "=1";
    ::setenv(kRestarted, marker.c_str(), 1);
    ::setenv(kTunables, tunables.c_str(), 1);
    ::execv("/proc/self/exe", argv);
    // Still here: run as started, with the environment as it was.
    if (old)
        ::setenv(kTunables, old, 1);
    else
        ::unsetenv(kTunables);
    ::unsetenv(kRestarted);
}

bool mallocAdvisesHugePages()
{
    // Above glibc's largest mmap threshold (32 MiB): always a mapping of its
    // own. Never written, so it costs no memory.
    constexpr std::size_t kSize = std::size_t(40) << 20;
    const std::unique_ptr<char, decltype(&std::free)> block(
        static_cast<char *>(std::malloc(kSize)), &std::free);
    if (!block)
        return false;
    const auto at = reinterpret_cast<std::uintptr_t>(block.get());
    std::FILE *smaps = std::fopen("/proc/self/smaps", "re");
    if (!smaps)
        return false;
    bool inside = false;
    bool advised = false;
    char line[512];
    while (std::fgets(line, sizeof line, smaps)) {
        unsigned long long begin = 0, end = 0;
        // A mapping's first line: "begin-end perms ..."; its fields follow.
        if (std::sscanf(line, "%llx-%llx ", &begin, &end) == 2) {
            inside = begin <= at && at < end;
            continue;
        }
        if (inside && std::string_view(line).starts_with("VmFlags:")) {
            advised = std::strstr(line, " hg") != nullptr;
            break;
        }
    }
    std::fclose(smaps);
    return advised;
}

} // namespace SyncDesk
