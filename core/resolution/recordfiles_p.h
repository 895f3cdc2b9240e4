// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

// The file primitives the writer and its recovery share: a record's bytes and
// hash, reads through a directory descriptor, a checked swap, the generation bump.

#include "core/io/durablefile.h"
#include "core/io/storedir.h"
#include "core/json/json.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace SyncDesk::ResolutionDetail {

/// Pretty JSON as the daemon writes records: two-space indent and a newline.
QByteArray recordBytes(const Json &record);
QByteArray shaHex(const QByteArray &bytes);

/// Reads the manifest's active_generation (-1 and an error message if unreadable).
qint64 readGeneration(
    const StoreDir &dir, Json *manifest, QString *error, QByteArray *bytes = nullptr);

/**
 * Replaces file with bytes only while it is the file whose SHA-256 is
 * expectedSha (DurableFile::Mode::SwapChecked), then syncs its folder.
 * swapped false: another writer had replaced it; theirs stays.
 */
std::optional<IoError> swapIn(
    const DirEntryRef &file, const QByteArray &bytes, const QByteArray &expectedSha, bool &swapped);

/// The manifest key naming the batch whose bump the manifest holds last.
inline constexpr char kManifestBatchKey[] = "syncdesk_batch";

/**
 * Adds `by` to the manifest's active_generation as it is just before the swap,
 * and swaps the new manifest in only over that one (re-read and tried again
 * while another writer keeps replacing it). The same write names the batch
 * (kManifestBatchKey): recovery then knows whether the manifest holds that
 * batch's bump (the daemon's read-modify-write keeps unknown keys, and a
 * daemon write that erased the bump erased the name with it). displaced and
 * written, when the swap happened: the manifest taken out and the one put in.
 */
std::optional<IoError> bumpGeneration(const StoreDir &dir, qint64 by, const QString &updatedAt,
    const QString &batchId, QByteArray *displaced = nullptr, QByteArray *written = nullptr);

/// A file's bytes through a directory descriptor (no link followed, no blocking);
/// nullopt when it is missing, not a regular file or unreadable.
std::optional<QByteArray> readAt(const DirEntryRef &file, qint64 maxSize);

} // namespace SyncDesk::ResolutionDetail
