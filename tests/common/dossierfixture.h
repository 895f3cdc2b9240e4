// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "resolutionfixture.h"

#include "core/json/canonicaljson.h"
#include "core/records/evidence.h"
#include "core/records/recordread.h"
#include "core/resolution/resolution.h"
#include "core/review/dossiermanifest.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <functional>

/**
 * A store for dossiers: conflict:alpha-001 decided (merge, actor:local-user,
 * 2026-05-06 09:00) through ResolutionWriter and then revised (fork, 10:00:
 * a second envelope whose artifact supersedes the first, its resolve
 * operation, task, journal line and the conflict record with the new card,
 * written as a revision is specified in spec/store.md), and conflict:beta-002
 * decided by actor:second on 2026-05-08.
 */
class DossierFixture final
{
public:
    static constexpr char kAlpha[] = "conflict:alpha-001";
    static constexpr char kBeta[] = "conflict:beta-002";

    DossierFixture()
    {
        using SyncDesk::ResolutionWriter;
        auto second = m_fx.json("actors/actor_local-user.json");
        second["actor_id"] = "actor:second";
        second["display_name"] = "Second Reviewer";
        m_fx.put("actors/actor_second.json", second);
        auto beta = m_fx.json("conflicts/conflict_alpha-001.json");
        beta["conflict_id"] = kBeta;
        beta["decision_card"]["card_id"] = "card:beta-002";
        m_fx.put("conflicts/conflict_beta-002.json", beta);

        firstEvidence = decide(QString::fromLatin1(kAlpha), QStringLiteral("merge"),
            QStringLiteral("actor:local-user"), QStringLiteral("2026-05-06T09:00:00Z"));
        decide(QString::fromLatin1(kBeta), QStringLiteral("skip"), QStringLiteral("actor:second"),
            QStringLiteral("2026-05-08T12:00:00Z"));
        revise();
    }

    QString root() const { return m_fx.root(); }
    const ResolutionFixture &resolution() const { return m_fx; }

    QString firstEvidence, revisionEvidence; ///< envelope ids on conflict:alpha-001
    QString firstOperation, revisionOperation; ///< their resolve operations
    QString firstTask, revisionTask;

private:
    QString decide(
        const QString &conflict, const QString &option, const QString &actor, const QString &at)
    {
        using namespace SyncDesk;
        ApplyOptions options;
        const qint64 ms = QDateTime::fromString(at, Qt::ISODate).toMSecsSinceEpoch();
        options.clock = [ms] { return ms; };
        const auto report = ResolutionWriter::apply(m_fx.root(),
            { Decision { conflict, parseDecisionOption(option), actor,
                QStringLiteral("Decided for the dossier test.") } },
            options);
        if (report.outcomes.size() != 1 || report.outcomes[0].outcome != Outcome::Applied)
            qFatal("fixture decision on %s not applied: %s", qPrintable(conflict),
                qPrintable(report.outcomes.value(0).message));
        if (conflict == QLatin1String(kAlpha)) {
            firstOperation = report.outcomes[0].operationId;
            firstTask = report.outcomes[0].taskId;
        }
        return report.outcomes[0].evidenceId;
    }

    static QString file(const QString &folder, const QString &id)
    {
        return folder + QLatin1Char('/') + SyncDesk::safeRecordId(id) + QStringLiteral(".json");
    }

    /// A revision by hand, record for record as spec/store.md describes one.
    void revise()
    {
        using namespace SyncDesk;
        using nlohmann::ordered_json;
        const QString at = QStringLiteral("2026-05-06T10:00:00Z");
        const auto first = m_fx.json(file(QStringLiteral("evidence"), firstEvidence));
        const auto before = m_fx.json(QStringLiteral("conflicts/conflict_alpha-001.json"));
        auto after = before;
        after["decision_card"]["selected_option"] = "fork";
        after["decision_card"]["selected_at"] = at.toStdString();
        after["decision_card"]["rationale"] = "Revised: keep both after all.";
        revisionOperation = QStringLiteral("workspace-operation:revision-alpha-2");
        revisionTask = QStringLiteral("operation-task:revision-alpha-2-1");

        Json artifact = Json::parse(first["artifact"].dump());
        artifact["decision"]["option"] = "fork";
        artifact["decision"]["rationale"] = "Revised: keep both after all.";
        artifact["decision"]["decided_at"] = at.toStdString();
        artifact["decision"]["operation_id"] = revisionOperation.toStdString();
        artifact["decision"]["task_id"] = revisionTask.toStdString();
        artifact["supersedes"] = firstEvidence.toStdString();
        artifact["conflict_before"] = Json::parse(before.dump());
        artifact["conflict_after"] = Json::parse(after.dump());
        Json envelope = Json::parse(first.dump());
        envelope["generated_at"] = at.toStdString();
        envelope["artifact"] = artifact;
        reseal(envelope);
        revisionEvidence = jsonString(envelope["evidence_id"]);
        m_fx.put(file(QStringLiteral("evidence"), revisionEvidence),
            ordered_json::parse(envelope.dump()));

        auto op = m_fx.json(file(QStringLiteral("operations"), firstOperation));
        op["operation_id"] = revisionOperation.toStdString();
        op["local_operation_id"] = "local-op:revision-alpha-2";
        op["causal_parent_ids"] = { firstOperation.toStdString() };
        op["ledger_evidence_refs"] = { ("evidence:" + revisionEvidence).toStdString() };
        op["replay_idempotency_key"] = "revision-alpha-2";
        op["created_at"] = op["updated_at"] = at.toStdString();
        m_fx.put(file(QStringLiteral("operations"), revisionOperation), op);
        auto task = m_fx.json(file(QStringLiteral("tasks"), firstTask));
        task["task_id"] = revisionTask.toStdString();
        task["operation_id"] = revisionOperation.toStdString();
        task["idempotency_key"] = "revision-alpha-2";
        task["evidence_refs"] = { ("evidence:" + revisionEvidence).toStdString() };
        task["created_at"] = task["updated_at"] = at.toStdString();
        m_fx.put(file(QStringLiteral("tasks"), revisionTask), task);
        m_fx.put(QStringLiteral("conflicts/conflict_alpha-001.json"), after);

        QByteArray journal = m_fx.store().read(QStringLiteral("journal.jsonl"));
        const int number = journal.count('\n') + 1;
        ordered_json line = { { "schema", "sourceos.journal-event/v1alpha1" },
            { "event_id",
                QStringLiteral("evt-%1").arg(number, 8, 10, QLatin1Char('0')).toStdString() },
            { "event_type", "update" }, { "lane", "policy" }, { "object_id", kAlpha },
            { "producer", "sourceos-syncdesk" }, { "created_at", at.toStdString() },
            { "payload",
                { { "option", "fork" }, { "actor_id", "actor:local-user" },
                    { "operation_id", revisionOperation.toStdString() },
                    { "task_id", revisionTask.toStdString() },
                    { "evidence_id", revisionEvidence.toStdString() } } },
            { "applied", true } };
        journal += QByteArray::fromStdString(line.dump()) + '\n';
        m_fx.store().write(QStringLiteral("journal.jsonl"), journal);
    }

public:
    /// Recomputes an envelope's artifact_digest and evidence_id from its artifact.
    static void reseal(SyncDesk::Json &envelope)
    {
        using namespace SyncDesk;
        const QString digest = artifactDigest(envelope["artifact"]);
        envelope["artifact_digest"] = toJson(digest);
        envelope["evidence_id"] = toJson(Evidence::deriveId(envelope["artifact_digest"],
            envelope["evidence_type"], envelope["subject"], envelope["writer"]));
    }

private:
    ResolutionFixture m_fx;
};

/// Reads and writes files of a dossier folder, and re-derives every digest
/// after a change, as a forger who knows the format would: then only the
/// consistency checks can catch what was changed.
class DossierEditor final
{
public:
    explicit DossierEditor(QString folder)
        : m_folder(std::move(folder))
    { }

    QString path(const QString &rel) const { return m_folder + QLatin1Char('/') + rel; }
    QByteArray read(const QString &rel) const
    {
        QFile f(path(rel));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void write(const QString &rel, const QByteArray &bytes) const
    {
        QFile f(path(rel));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path(rel)));
    }
    SyncDesk::Json json(const QString &rel) const
    {
        return SyncDesk::parseJson(read(rel).toStdString()).value;
    }
    void putJson(const QString &rel, const SyncDesk::Json &value) const
    {
        write(rel, QByteArray::fromStdString(SyncDesk::dumpJson(value, 2) + "\n"));
    }
    /// Flips one byte (the last before the final newline).
    void flipByte(const QString &rel) const
    {
        QByteArray b = read(rel);
        const qsizetype i = b.size() >= 2 ? b.size() - 2 : 0;
        b[i] = b[i] == 'x' ? 'y' : 'x';
        write(rel, b);
    }

    /**
     * Changes an envelope's artifact, re-derives its digest and id, moves it to
     * its new id's file name and renames the id everywhere else in the folder.
     * Returns the new id.
     */
    QString rewriteEnvelope(
        const QString &oldId, const std::function<void(SyncDesk::Json &artifact)> &change) const
    {
        using namespace SyncDesk;
        const QString oldRel
            = QStringLiteral("records/evidence/") + oldId + QStringLiteral(".json");
        Json envelope = json(oldRel);
        change(envelope["artifact"]);
        DossierFixture::reseal(envelope);
        const QString newId = jsonString(envelope["evidence_id"]);
        QFile::remove(path(oldRel));
        QDirIterator it(m_folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            const QString rel = p.mid(m_folder.size() + 1);
            QByteArray b = read(rel);
            if (b.contains(oldId.toUtf8()))
                write(rel, b.replace(oldId.toUtf8(), newId.toUtf8()));
        }
        putJson(QStringLiteral("records/evidence/") + newId + QStringLiteral(".json"), envelope);
        return newId;
    }

    /// Re-derives every digest of the manifest and manifest.sha256 from the files.
    void resealManifest() const
    {
        using namespace SyncDesk;
        auto manifest = DossierManifest::fromBytes(read(QStringLiteral("manifest.json")));
        if (!manifest)
            qFatal("manifest unreadable: %s", qPrintable(manifest.error()));
        for (auto &f : manifest->files) {
            const QByteArray b = read(f.path);
            f.sha256 = sha256Hex(b.toStdString());
            f.size = b.size();
        }
        QList<QByteArray> lines = read(QStringLiteral("records/journal.jsonl")).split('\n');
        for (qsizetype i = 0; i < manifest->journalLines.size() && i < lines.size(); ++i)
            manifest->journalLines[i].sha256 = sha256Hex(lines[i].toStdString());
        const QByteArray bytes = manifest->toBytes();
        write(QStringLiteral("manifest.json"), bytes);
        write(QStringLiteral("manifest.sha256"), DossierManifest::digestLine(bytes));
    }

private:
    QString m_folder;
};
