// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"

#include <QByteArray>
#include <QFile>
#include <QString>

/// Test data is part of the repository: failing to read it is a broken checkout.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline SyncDesk::Json parseOrDie(const QByteArray &bytes)
{
    auto r = SyncDesk::parseJson(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!r.ok())
        qFatal("bad JSON: %s", qPrintable(r.error->message));
    return std::move(r.value);
}
