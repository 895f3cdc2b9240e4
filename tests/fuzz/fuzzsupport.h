// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

// Shared by the fuzz targets: a private scratch folder (targets that open a
// store need real files, since the loader reads without following symlinks).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace SyncDeskFuzz {

inline std::string_view bytes(const uint8_t *data, size_t size)
{
    return { reinterpret_cast<const char *>(data), size };
}

/// One folder per process, removed at exit; cleared by the caller per input.
inline const QString &scratchDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/syncdesk-fuzz-XXXXXX"));
    static const QString path = dir.path();
    return path;
}

/// Writes bytes to root/relative, creating the parent folder. Returns false on
/// I/O errors (the fuzzer then skips the input rather than reporting a finding).
inline bool writeFile(const QString &root, const QString &relative, std::string_view content)
{
    const QString path = root + QLatin1Char('/') + relative;
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content.data(), qint64(content.size())) == qint64(content.size());
}

/// An initialized store's manifest, so that the loader goes on to read the rest.
inline constexpr std::string_view kManifest = R"({
  "schema": "sourceos.local-state-store/v1alpha1",
  "created_at": "2026-05-05T00:00:00Z",
  "updated_at": "2026-05-05T01:31:50Z",
  "active_generation": 3,
  "last_known_good_generation": 3,
  "lanes": ["normal", "policy"],
  "backend": "filesystem-jsonl",
  "initialized": true
}
)";

} // namespace SyncDeskFuzz
