// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The daemon's writer in a process of its own, for tst_coexist's SIGKILL runs:
// writes the store as sourceos-syncd does (DaemonWriter) in a random mix until
// its standard input closes, logging each write to a JSON-lines file.
//
// coexist_daemon STORE LOG SEED TAG CONFLICT-ID[,CONFLICT-ID...]

#include "daemonwriter.h"

#include <QRandomGenerator>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s STORE LOG SEED TAG CONFLICT-IDS\n", argv[0]);
        return 2;
    }
    DaemonWriter daemon(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[4]));
    if (!daemon.setLogFile(QString::fromLocal8Bit(argv[2]))) {
        std::fprintf(stderr, "cannot write %s\n", argv[2]);
        return 2;
    }
    QRandomGenerator rng(quint32(QByteArray(argv[3]).toUInt()));
    const QStringList conflicts = QString::fromLocal8Bit(argv[5]).split(QLatin1Char(','));
    // The daemon's count-then-append window is 1-15 ms on a journal of a few
    // thousand lines; here it is up to 3 ms so that Sync Desk's appends fall into it.
    daemon.betweenCountAndWrite
        = [&] { std::this_thread::sleep_for(std::chrono::microseconds(rng.bounded(3000))); };

    std::atomic<bool> stop { false };
    std::thread watcher([&] {
        char c;
        while (::read(0, &c, 1) > 0) { }
        stop = true;
    });
    std::printf("ready\n");
    std::fflush(stdout);
    while (!stop) {
        const quint32 what = rng.bounded(100);
        if (what < 35)
            daemon.appendEvent();
        else if (what < 55)
            daemon.putNewRecord();
        else if (what < 65)
            daemon.updateOwnRecord(int(rng.bounded(1000)));
        else
            daemon.rewriteConflict(conflicts.at(int(rng.bounded(quint32(conflicts.size())))));
        std::this_thread::sleep_for(std::chrono::microseconds(rng.bounded(1500)));
    }
    watcher.join();
    std::printf("%d writes\n", daemon.writes());
    return 0;
}
