// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/filepieces_p.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace SyncDesk {

FilePieces::FilePieces(const QString &path, qint64 maxSize)
    : m_maxSize(maxSize)
{
    m_fd = openFileNoFollowAt(AT_FDCWD, QFile::encodeName(path).constData(), maxSize, m_info);
}

FilePieces::~FilePieces()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

qint64 FilePieces::read(qint64 offset, char *out, std::size_t size)
{
    if (m_fd < 0 || m_info.status != FileRead::Status::Ok || offset < 0)
        return -1;
    // What is read stops at maxSize + 1: a file that grew past the limit
    // while read is TooLarge, as readFileNoFollow() says.
    if (offset > m_maxSize) {
        m_info.status = FileRead::Status::TooLarge;
        return -1;
    }
    size = std::size_t(std::min<qint64>(qint64(size), m_maxSize + 1 - offset));
    for (;;) {
        const auto n = ::pread(m_fd, out, size, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            m_info.status = FileRead::Status::Error;
            m_info.error = QString::fromLocal8Bit(std::strerror(errno));
            return -1;
        }
        if (offset + n > m_maxSize) {
            m_info.status = FileRead::Status::TooLarge;
            return -1;
        }
        return n;
    }
}

} // namespace SyncDesk
