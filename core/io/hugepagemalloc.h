// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

namespace SyncDesk {

/**
 * Starts the program again, once, with glibc's malloc asking the kernel for
 * transparent huge pages for the memory it maps (the tunable
 * `glibc.malloc.hugetlb=1`, read only when a process starts). Loading a 100k
 * store writes a few hundred MB of fresh memory: with 4 KiB pages every first
 * write is a page fault, and on a VM each costs several microseconds.
 * adviseHugePages() covers the loader's largest buffers; this covers the rest
 * (strings, interner, indexes, the models, the threads' arenas).
 *
 * Call it in main() right after finishHugePageRestart(), before any thread
 * or QCoreApplication exists. It returns at once, changing nothing, unless
 * hugePageMallocPossible(); when SYNCDESK_NO_HUGE_PAGES is set (for gdb,
 * valgrind and comparisons); when the user's own GLIBC_TUNABLES sets the
 * tunable; or when /proc/self/exe cannot be run again.
 */
void restartWithHugePageMalloc(char **argv);

/**
 * Call first in main(), always: in the start that restartWithHugePageMalloc()
 * made, puts GLIBC_TUNABLES back as the user had it, so that nothing the
 * program starts inherits the tunable. A marker that this very process did not
 * set (another pid) is not trusted and changes nothing.
 */
void finishHugePageRestart();

/// Milliseconds from the first start's restartWithHugePageMalloc() to this
/// start's finishHugePageRestart(); 0 when the program was not restarted.
double hugePageRestartMs();

/// Whether a restart can make malloc advise huge pages here: glibc 2.35 or
/// later, the kernel's THP mode "madvise" ("always" gives them without, "never"
/// not at all), not a secure (setuid) start, and not run through ld.so by hand.
bool hugePageMallocPossible();

/**
 * Has glibc's malloc map every block of 1 MiB and more on its own, for good.
 * By default glibc raises that threshold to the size of each mapped block
 * freed, up to 32 MiB: once the loader had freed a 20 MB buffer, the tables
 * and indexes that followed came from the arenas, whose freed space mostly
 * stays resident. At 100k this was ~10 MB of a first open's peak
 * (docs/performance.md, item 40). Call in main() before any thread exists.
 * Changes nothing when the user tuned malloc's thresholds (MALLOC_MMAP_THRESHOLD_,
 * MALLOC_TRIM_THRESHOLD_, MALLOC_TOP_PAD_, MALLOC_MMAP_MAX_ or their
 * GLIBC_TUNABLES), or under another malloc.
 */
void mapLargeAllocations();

/// Whether a large block from malloc lies in memory advised for huge pages
/// (its mapping's VmFlags in /proc/self/smaps carry "hg").
bool mallocAdvisesHugePages();

} // namespace SyncDesk
