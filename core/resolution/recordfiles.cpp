// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/resolution/recordfiles_p.h"

#include "core/io/durablefile.h"
#include "core/io/fileread_p.h"
#include "core/json/canonicaljson.h"

#include <QCoreApplication>

#include <cerrno>

namespace SyncDesk::ResolutionDetail {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDesk::ResolutionDetail", text);
}

} // namespace

QByteArray recordBytes(const Json &record)
{
    // dumpJson: a big integer read from the store is written back digit for digit.
    std::string text = dumpJson(record, 2);
    text += '\n';
    return QByteArray::fromStdString(text);
}

QByteArray shaHex(const QByteArray &bytes)
{
    return sha256Hex(std::string_view(bytes.constData(), size_t(bytes.size())));
}

std::optional<IoError> swapIn(
    const DirEntryRef &file, const QByteArray &bytes, const QByteArray &expectedSha, bool &swapped)
{
    std::vector<DurableFile::GroupItem> item { { file, bytes, DurableFile::Mode::SwapChecked,
        expectedSha } };
    swapped = false;
    if (auto e = DurableFile::writeGroup(item))
        return e;
    swapped = item[0].placed == 0;
    return swapped ? DurableFile::syncDirectory(file.dirFd, file.dirPath) : std::nullopt;
}

std::optional<IoError> bumpGeneration(const StoreDir &dir, qint64 by, const QString &updatedAt,
    const QString &batchId, QByteArray *displaced, QByteArray *written)
{
    const QString path = dir.rootPath() + QStringLiteral("/manifest.json");
    for (int attempt = 0; attempt <= 20; ++attempt) {
        Json manifest;
        QByteArray now;
        QString why;
        const qint64 generation = readGeneration(dir, &manifest, &why, &now);
        if (generation < 0)
            return IoError { path, why, EIO };
        manifest["active_generation"] = generation + by;
        manifest["updated_at"] = toJson(updatedAt);
        if (!batchId.isEmpty())
            manifest[kManifestBatchKey] = toJson(batchId);
        const QByteArray bytes = recordBytes(manifest);
        bool swapped = false;
        const auto error = swapIn(dir.inRoot("manifest.json"), bytes, shaHex(now), swapped);
        if (swapped) {
            if (displaced)
                *displaced = now;
            if (written)
                *written = bytes;
        }
        if (error || swapped)
            return error;
    }
    return IoError { path,
        tr("%1: another writer kept replacing the manifest; the generation was not bumped")
            .arg(path),
        EAGAIN };
}

std::optional<QByteArray> readAt(const DirEntryRef &file, qint64 maxSize)
{
    if (file.dirFd < 0)
        return std::nullopt;
    const auto read = readFileNoFollowAt(file.dirFd, file.name.constData(), maxSize);
    if (read.status != FileRead::Status::Ok)
        return std::nullopt;
    return QByteArray(read.bytes.data(), qsizetype(read.bytes.size()));
}

qint64 readGeneration(const StoreDir &dir, Json *manifest, QString *error, QByteArray *bytes)
{
    const auto read = readAt(dir.inRoot("manifest.json"), 16 * 1024 * 1024);
    if (!read) {
        if (error)
            *error = tr("manifest.json in %1 cannot be read.").arg(dir.rootPath());
        return -1;
    }
    auto parsed = parseJson(std::string_view(read->constData(), size_t(read->size())));
    if (!parsed.ok() || !parsed.value.is_object() || !parsed.value.contains("active_generation")
        || !parsed.value["active_generation"].is_number_integer()) {
        if (error)
            *error
                = tr("manifest.json in %1 has no integer active_generation.").arg(dir.rootPath());
        return -1;
    }
    const qint64 generation = parsed.value["active_generation"].get<qint64>();
    if (manifest)
        *manifest = std::move(parsed.value);
    if (bytes)
        *bytes = *read;
    return generation;
}

} // namespace SyncDesk::ResolutionDetail
