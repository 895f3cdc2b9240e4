// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

// Helpers shared by the benchmark executables: where the generated store is,
// a private copy of it for benchmarks that write, and decisions the gate allows.

#include "core/resolution/gate.h"
#include "core/resolution/resolution.h"
#include "core/store/store.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QString>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include <unistd.h>

namespace SyncDeskBench {

/// The generated store (read-only for every benchmark): --store=DIR or SYNCDESK_BENCH_STORE.
inline QString &storeRoot()
{
    static QString root;
    return root;
}

/// Takes --store=DIR out of argv before Google Benchmark sees the flags.
inline void takeStoreArgument(int &argc, char **argv)
{
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--store="))
            storeRoot() = QString::fromLocal8Bit(arg.mid(8));
        else
            argv[out++] = argv[i];
    }
    argc = out;
    if (storeRoot().isEmpty())
        storeRoot() = QString::fromLocal8Bit(qgetenv("SYNCDESK_BENCH_STORE"));
    if (storeRoot().isEmpty()
        || !QFileInfo::exists(storeRoot() + QStringLiteral("/manifest.json"))) {
        std::fprintf(stderr,
            "usage: %s --store=DIR [benchmark flags]  (DIR from syncdesk-cli demo-store)\n",
            argv[0]);
        std::exit(2);
    }
}

/**
 * A private copy of the generated store that benchmarks may write to. Record
 * files are hard links (a 100k store has 240k files; copying them would dominate
 * the run): the writer and the benchmarks replace record files by rename, never
 * in place, so the shared store's bytes are never touched. Root files
 * (manifest, journal: appended in place) are real copies.
 */
class StoreCopy final
{
public:
    StoreCopy()
        : m_dir(QFileInfo(storeRoot()).absolutePath() + QStringLiteral("/copy-XXXXXX"))
    {
        if (!m_dir.isValid())
            qFatal("cannot create a copy next to %s", qPrintable(storeRoot()));
        const QString from = QDir(storeRoot()).absolutePath();
        QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString src = it.next();
            const QString rel = src.mid(from.size() + 1);
            const QString dst = m_dir.path() + QLatin1Char('/') + rel;
            const QFileInfo info = it.fileInfo();
            if (info.isSymLink())
                continue;
            if (info.isDir()) {
                QDir().mkpath(dst);
                continue;
            }
            QDir().mkpath(QFileInfo(dst).path());
            const bool inRegistry = rel.contains(QLatin1Char('/'));
            if (inRegistry
                && ::link(QFile::encodeName(src).constData(), QFile::encodeName(dst).constData())
                    == 0)
                continue;
            if (!QFile::copy(src, dst))
                qFatal("cannot copy %s", qPrintable(src));
        }
        // Otherwise the first fsync of a timed write commits the copy's 240k links too.
        ::sync();
    }

    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

/// Replaces a record file the way the daemon does (temp file, rename): a new inode,
/// so the hard-linked original stays as it was.
inline void replaceFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        qFatal("cannot replace %s", qPrintable(path));
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

/**
 * Up to `count` decisions on pending conflicts that the gate allows, each by a
 * human actor of the store, with a rationale (some conflicts require one).
 */
inline QList<SyncDesk::Decision> allowedDecisions(const SyncDesk::Store &store, int count)
{
    using namespace SyncDesk;
    std::vector<GateActor> actors;
    for (const auto &a : store.actors()) {
        if (a.revoked || store.text(a.type) != QLatin1String("human"))
            continue;
        if (auto g = DecisionGate::actorFrom(store, store.text(a.id)))
            actors.push_back(*g);
    }
    const QList<GatePolicy> policies = DecisionGate::policiesFrom(store);
    const QString rationale = QStringLiteral("Benchmark decision.");
    QList<Decision> out;
    for (quint32 row = 0; row < store.conflicts().size() && out.size() < count; ++row) {
        if (store.conflicts()[row].state != CardState::Pending)
            continue;
        const GateConflict gc = DecisionGate::conflictFrom(store, row);
        bool found = false;
        for (const GateActor &actor : actors) {
            for (DecisionOption option : gc.options) {
                if (DecisionGate::check(gc, &actor, option, policies, rationale).allowed()) {
                    out.append(Decision { gc.id, option, actor.id, rationale });
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
    }
    return out;
}

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace SyncDeskBench
