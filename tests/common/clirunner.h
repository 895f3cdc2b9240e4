// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/hugepagemalloc.h"
#include "glibcmalloc.h"

#include <QProcess>
#include <QStringList>

/// The real syncdesk-cli, run to completion in a child process.
struct CliRun
{
    int exitCode = -1; ///< -1 when it crashed or timed out
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(SYNCDESK_CLI), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Whether restartWithHugePageMalloc() can take here: glibc's own malloc (not
/// a sanitizer's), and what the program itself asks.
inline bool hugePagesPossible()
{
    return kGlibcMalloc && SyncDesk::hugePageMallocPossible();
}
