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
 * (strings, interner, indexes, the models).
 *
 * Call it first in main(), before any thread or QCoreApplication exists. It
 * returns at once, changing nothing, when: the program already runs so;
 * SYNCDESK_NO_HUGE_PAGES is set (for debuggers and for comparing); the user's
 * own GLIBC_TUNABLES sets the tunable; the kernel's THP mode is "never"; or
 * /proc/self/exe cannot be run again. In the second start the environment is
 * put back as it was, so that nothing the program starts inherits the tunable.
 */
void restartWithHugePageMalloc(char **argv);

/// Whether a large block from malloc lies in memory advised for huge pages
/// (its mapping's VmFlags in /proc/self/smaps carry "hg").
bool mallocAdvisesHugePages();

} // namespace SyncDesk
