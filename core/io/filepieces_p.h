// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/fileread_p.h"

#include <QString>

#include <cstddef>

namespace SyncDesk {

/**
 * A file read a piece at a time, opened and checked as readFileNoFollow()
 * opens and checks (no final symlink followed, never blocking on a FIFO,
 * nothing but a regular file, at most maxSize bytes): the journal, 75 MB at
 * 100k, was most of a first open's peak RSS when read whole.
 */
class FilePieces final
{
public:
    FilePieces(const QString &path, qint64 maxSize);
    ~FilePieces();
    FilePieces(const FilePieces &) = delete;
    FilePieces &operator=(const FilePieces &) = delete;

    /// Ok with the file's stat when it opened; else why not (bytes stays
    /// empty). A later read() that fails or passes maxSize changes it.
    const FileRead &info() const { return m_info; }
    /**
     * Reads up to size bytes at offset into out: how many, 0 at the end of
     * the file, -1 when reading failed or the file has grown past maxSize
     * (info() then says Error or TooLarge). Retries interrupted reads.
     */
    qint64 read(qint64 offset, char *out, std::size_t size);

private:
    int m_fd = -1;
    qint64 m_maxSize = 0;
    FileRead m_info;
};

} // namespace SyncDesk
