// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/storesession.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

/**
 * A copy of examples/workspace-demo in a temporary folder (the committed demo
 * is never written to), opened in a StoreSession.
 */
class ConflictsFixture final
{
public:
    ConflictsFixture()
    {
        const QString from = QStringLiteral(SYNCDESK_EXAMPLES "/workspace-demo");
        m_root = m_dir.path() + QStringLiteral("/store");
        QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString to = m_root + file.mid(from.size());
            QDir().mkpath(QFileInfo(to).path());
            // Plain read and write: QFile::copy() goes through a temporary file per copy,
            // which is most of a test's time on a busy ext4.
            QFile in(file), out(to);
            if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)
                || out.write(in.readAll()) != in.size())
                qFatal("cannot copy %s", qPrintable(file));
        }
        m_session.open(m_root);
        if (!m_session.store() || m_session.store()->state() != SyncDesk::Store::State::Ok)
            qFatal("the demo store copy did not open");
    }

    QString root() const { return m_root; }
    SyncDesk::StoreSession &session() { return m_session; }

    QString path(const QString &rel) const { return m_root + QLatin1Char('/') + rel; }
    QByteArray read(const QString &rel) const
    {
        QFile f(path(rel));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QJsonObject json(const QString &rel) const
    {
        return QJsonDocument::fromJson(read(rel)).object();
    }
    void write(const QString &rel, const QByteArray &bytes) const
    {
        QFile f(path(rel));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(rel));
    }
    /// File names in a registry folder.
    QStringList files(const QString &dir) const
    {
        return QDir(path(dir)).entryList(QDir::Files, QDir::Name);
    }
    QList<QByteArray> journalLines() const
    {
        QList<QByteArray> lines = read(QStringLiteral("journal.jsonl")).split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }

private:
    QTemporaryDir m_dir;
    QString m_root;
    SyncDesk::StoreSession m_session;
};
