// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <mutex>
#include <optional>
#include <vector>

/**
 * Writes a store exactly as sourceos-syncd does (spec/store.md, "How the daemon
 * writes"), taking no lock of any kind: a journal append counts the lines of the
 * whole journal and then appends one line numbered from that count; the manifest
 * is read, bumped by one and renamed over from the fixed name manifest.json.tmp;
 * records go in through <registry>/<safe id>.json.tmp and a rename; a conflict is
 * read, changed and put back without looking at what changed meanwhile.
 *
 * Every write is tagged so that the coexistence checker (coexistcheck.h) can find
 * it again in the final store: journal lines and records carry a marker, conflict
 * rewrites add theirs to user_explanation, and each manifest bump sets
 * "coexist_daemon_bumps" to its own sequence number. Each write is logged (log(),
 * and a JSON-lines file when given) once it is on disk.
 *
 * Each kind of write can be split into its read and its write (count/read ...
 * finish...), so that a test can put a step of Sync Desk's Apply between them:
 * the daemon's own read-modify-write races, forced deterministically.
 *
 * One DaemonWriter is one daemon: it is used from one thread at a time (it
 * cannot race itself). Plain Qt Core and POSIX: it runs in a test thread and in
 * the coexist_daemon helper process alike.
 */
class DaemonWriter final
{
public:
    using Json = nlohmann::ordered_json;

    /// tag makes markers unique across daemons and runs.
    DaemonWriter(const QString &root, const QString &tag);

    /// Also appends each log entry to this file (flushed per entry), for a daemon
    /// in another process.
    bool setLogFile(const QString &path);
    std::vector<nlohmann::json> log() const;
    int writes() const;

    /// Called between the count and the write of appendEvent(): the daemon's window.
    std::function<void()> betweenCountAndWrite;

    struct PendingAppend
    {
        QString eventId, marker;
        QByteArray line; ///< without the newline
        qint64 counted = 0;
    };
    /// Reads and parses the whole journal and counts its non-empty lines.
    PendingAppend countForAppend();
    /// Opens the journal in append mode and writes the one line.
    bool finishAppend(const PendingAppend &pending);
    /// countForAppend, betweenCountAndWrite, finishAppend.
    bool appendLine();
    /// appendLine and then bumpGeneration, as the daemon's append_event does.
    bool appendEvent();

    struct PendingBump
    {
        Json manifest;
        qint64 readGeneration = 0, readSeq = 0;
    };
    std::optional<PendingBump> readManifest();
    /// Writes manifest.json.tmp with the generation read + 1 and renames it over
    /// manifest.json. The rename is a RENAME_EXCHANGE so that the file displaced
    /// can be looked at (the end state is a plain rename's): what another writer
    /// had put there since the read is logged as erased by the daemon's race.
    bool finishBump(const PendingBump &pending);
    bool bumpGeneration();

    /// put_record: adds record_id and updated_at, writes <safe id>.json.tmp, renames.
    bool putRecord(const QString &registry, const QString &id, Json record);
    /// A new record of the daemon's own, in one of objects, conflicts, operations,
    /// tasks in turn; returns its id.
    QString putNewRecord();
    /// put_record of one of its own records again, changed (a newer version).
    bool updateOwnRecord(int pick);

    struct PendingRewrite
    {
        QString conflictId;
        Json record;
    };
    std::optional<PendingRewrite> readConflict(const QString &conflictId);
    /// Adds a marker to user_explanation and put_records the conflict as read.
    bool finishRewrite(PendingRewrite pending);
    bool rewriteConflict(const QString &conflictId);

    /// "evt-" + 8 digits.
    static QString eventId(qint64 number);

private:
    QString nextMarker();
    void record(nlohmann::json entry);
    QString now() const;

    QString m_root, m_tag;
    qint64 m_sequence = 0;
    qint64 m_bumps = 0;
    QString m_logPath;
    mutable std::mutex m_mutex;
    std::vector<nlohmann::json> m_log;
    struct Own
    {
        QString registry, id;
        Json record;
    };
    std::vector<Own> m_own;
};
