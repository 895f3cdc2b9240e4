// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/result.h"
#include "core/json/json.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace SyncDesk {

/**
 * Which conflicts a dossier holds: one conflict by id, or the decided ones,
 * optionally only those decided by one actor and within a time range (the
 * card's selected_at; both ends included).
 */
struct DossierSelection final
{
    QString conflictId; ///< set: exactly this conflict
    bool decided = false; ///< set (and no conflictId): every decided conflict that matches
    QString actor; ///< decided only: the card's selected_by
    QString since, until; ///< decided only: RFC 3339 or YYYY-MM-DD, as given

    Json toJson() const;
    static DossierSelection fromJson(const Json &json);
};

/**
 * manifest.json of a dossier folder: what was exported, from where, by which
 * build, and the SHA-256 of every other file of the folder. Its own SHA-256 is
 * in manifest.sha256 (sha256sum's format), so that a changed byte of any field
 * is caught too. Nothing is signed: the manifest proves that the files are
 * those written at export and agree with each other, not who wrote them.
 */
class DossierManifest final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::DossierManifest)

public:
    /// The format this build writes and verifies ("format" of manifest.json).
    static constexpr char kFormat[] = "sourceos.syncdesk.dossier/v1";
    static constexpr char kManifestFile[] = "manifest.json";
    static constexpr char kManifestDigestFile[] = "manifest.sha256";
    static constexpr char kReportFile[] = "report.html";
    /// Copies keep their path in the store below this folder.
    static constexpr char kRecordsFolder[] = "records";
    /// The trail's journal lines, each exactly as in the store's journal.jsonl.
    static constexpr char kJournalFile[] = "records/journal.jsonl";

    struct File final
    {
        QString path; ///< relative to the dossier folder, with '/'
        QByteArray sha256; ///< lower-case hex
        qint64 size = 0;
    };
    struct Conflict final
    {
        QString conflictId;
        QString recordFile; ///< the conflict record's copy, "records/conflicts/….json"
        QStringList decisionChain; ///< envelope ids, first decision first
        QStringList files; ///< every copy of its trail, dossier-relative
    };
    /// One line of records/journal.jsonl: where it was in the store, and the
    /// SHA-256 of its bytes without the newline.
    struct JournalLine final
    {
        qint64 storeLine = 0; ///< 1-based line number in the store's journal.jsonl
        QByteArray sha256;
    };

    QString format = QString::fromLatin1(kFormat);
    QString exportedAt; ///< UTC, "YYYY-MM-DDTHH:MM:SSZ"
    QString storePath; ///< the store's absolute path at export
    QString toolVersion; ///< Sync Desk's version that exported it
    DossierSelection selection;
    QList<Conflict> conflicts;
    QList<JournalLine> journalLines;
    QList<File> files; ///< every file but manifest.json and manifest.sha256

    /// The bytes of manifest.json: pretty-printed, two-space indent, newline at the end.
    QByteArray toBytes() const;
    /// Reads manifest.json; a failure names the field that is wrong (translated).
    static Result<DossierManifest> fromBytes(const QByteArray &bytes);

    /// The line of manifest.sha256 for manifest.json's bytes.
    static QByteArray digestLine(const QByteArray &manifestBytes);
    /// The hex digest a manifest.sha256 line gives, or a failure saying why (translated).
    static Result<QByteArray> parseDigestLine(const QByteArray &line);
};

} // namespace SyncDesk
