// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/records/validator.h"

#include <QString>

#include <optional>
#include <string>

namespace SyncDesk {

/// Default cap on one record file; larger files are refused, not read.
inline constexpr qint64 kMaxRecordFileSize = 16 * 1024 * 1024;

/// One record file read from disk, parsed and validated.
struct RecordRead final
{
    std::string bytes;
    std::optional<Json> json; ///< set when the bytes parsed, unless flat
    /// Parsed and validated by parseFlat() and Validator::validateFlat() into
    /// the caller's FlatDocument, whose views point into bytes; json is unset.
    bool flat = false;
    Validation validation; ///< Rule::File or Rule::Json errors when unreadable
    qint64 size = 0;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    quint64 inode = 0;
    /// Read whole: a regular file whose bytes were all read, as many as fstat said.
    bool complete = false;
};

class RecordReader final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::RecordReader)

public:
    /**
     * Reads without following a symlink and without blocking on special files,
     * refuses files over maxSize, parses, and (when validate) applies the
     * contract rules. Duplicate keys become warnings. Never modifies anything.
     */
    static RecordRead read(const QString &path, ValidationMode mode,
        qint64 maxSize = kMaxRecordFileSize, bool validate = true);
    /**
     * The same for a (native) name in a directory descriptor, or a path with
     * AT_FDCWD. With flat, a record that parseFlat() lists and
     * Validator::validateFlat() judges is left there, without a DOM (flat is set).
     */
    static RecordRead readAt(int dirFd, const char *name, ValidationMode mode,
        qint64 maxSize = kMaxRecordFileSize, bool validate = true, FlatDocument *flat = nullptr);
};

/// The daemon's file-name rule: non [A-Za-z0-9._-] becomes '_', outer dots go. Empty = refused.
QString safeRecordId(const QString &id);

} // namespace SyncDesk
