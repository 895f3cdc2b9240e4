// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QString>

#include <sys/stat.h>

/// Every entry below a folder with its type, mode, size, mtime (ns) and content hash.
inline QMap<QString, QString> treeSnapshot(const QString &root)
{
    QMap<QString, QString> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        QByteArray hash;
        if (S_ISREG(st.st_mode)) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                hash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
        }
        out.insert(path.mid(root.size() + 1),
            QStringLiteral("mode=%1 size=%2 mtime=%3.%4 sha=%5")
                .arg(st.st_mode, 0, 8)
                .arg(st.st_size)
                .arg(st.st_mtim.tv_sec)
                .arg(st.st_mtim.tv_nsec)
                .arg(QString::fromLatin1(hash)));
    }
    // The root's own mtime changes when an entry is created or removed in it.
    struct stat st;
    if (::lstat(QFile::encodeName(root).constData(), &st) == 0)
        out.insert(QStringLiteral("."),
            QStringLiteral("mtime=%1.%2").arg(st.st_mtim.tv_sec).arg(st.st_mtim.tv_nsec));
    return out;
}
