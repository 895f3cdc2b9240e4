// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

/**
 * A small, valid workspace store built in a temporary folder from the daemon's
 * reference fixtures (tests/data/reference), for tests to break in one way each.
 */
class StoreFixture final
{
public:
    StoreFixture()
    {
        const QString ref = QStringLiteral(SYNCDESK_TEST_DATA "/reference/contracts/");
        copy(ref + "actor.agent-one.json", "actors/actor_agent-one.json");
        copy(ref + "device.local.json", "devices/device_local.json");
        copy(ref + "profile.local-dev.json", "profiles/profile_local-dev.json");
        copy(ref + "object.alpha.json", "objects/object_alpha.json");
        copy(ref + "schema.source-object-v1.json", "schemas/schema_source-object_v1.json");
        copy(ref + "event.object-alpha-created.json", "events/event_object-alpha-created.json");
        copy(ref + "conflict.alpha.json", "conflicts/conflict_alpha-001.json");
        copy(ref + "workspace-operation.alpha.json",
            "operations/workspace-operation_alpha-001.json");
        copy(ref + "operation-task.alpha.json", "tasks/operation-task_alpha-0001.json");
        copy(ref + "policy.decision-review.json",
            "policy-decisions/policy-decision_review-alpha.json");
        copy(QStringLiteral(
                 SYNCDESK_TEST_DATA "/reference/evidence/secure-agent-access.evidence.json"),
            "evidence/evidence-d48d99c2094a6ca4dc54.json");
        write("manifest.json", manifest());
        write("journal.jsonl",
            "{\"schema\": \"sourceos.journal-event/v1alpha1\", \"event_id\": \"evt-00000001\", "
            "\"event_type\": \"add\", \"lane\": \"normal\", \"object_id\": \"object:alpha\", "
            "\"producer\": \"pytest\", \"created_at\": \"2026-05-05T00:01:00Z\", "
            "\"payload\": {\"path\": \"README.md\"}, \"applied\": true}\n"
            "{\"schema\": \"sourceos.journal-event/v1alpha1\", \"event_id\": \"evt-00000002\", "
            "\"event_type\": \"add\", \"lane\": \"normal\", \"object_id\": \"conflict:alpha-001\", "
            "\"producer\": \"pytest\", \"created_at\": \"2026-05-05T00:07:00Z\", "
            "\"payload\": {}, \"applied\": true}\n");
    }

    static QByteArray manifest()
    {
        return "{\n  \"schema\": \"sourceos.local-state-store/v1alpha1\",\n"
               "  \"created_at\": \"2026-05-05T00:00:00Z\",\n"
               "  \"updated_at\": \"2026-05-05T00:07:00Z\",\n"
               "  \"active_generation\": 2,\n  \"last_known_good_generation\": 2,\n"
               "  \"lanes\": [\"normal\", \"priority\", \"secure\", \"memory\", \"policy\", "
               "\"audit\", \"tombstone\", \"migration\", \"repair\", \"archive\"],\n"
               "  \"backend\": \"filesystem-jsonl\",\n  \"initialized\": true\n}\n";
    }

    QString root() const { return m_dir.path(); }
    QString path(const QString &rel) const { return m_dir.path() + QLatin1Char('/') + rel; }

    void write(const QString &rel, const QByteArray &bytes) const
    {
        QDir().mkpath(QFileInfo(path(rel)).path());
        QFile f(path(rel));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write fixture file %s", qPrintable(path(rel)));
    }
    QByteArray read(const QString &rel) const
    {
        QFile f(path(rel));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void copy(const QString &from, const QString &rel) const
    {
        QFile f(from);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(from));
        write(rel, f.readAll());
    }
    void remove(const QString &rel) const { QFile::remove(path(rel)); }

private:
    QTemporaryDir m_dir;
};
