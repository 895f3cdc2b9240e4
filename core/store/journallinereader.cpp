// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/journallinereader.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SyncDesk {

JournalLineReader::JournalLineReader(const QString &root)
{
    const QByteArray path = QFile::encodeName(root + QStringLiteral("/journal.jsonl"));
    m_fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    struct stat st
    {
    };
    if (m_fd >= 0 && (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode))) {
        ::close(m_fd);
        m_fd = -1;
    }
}

JournalLineReader::~JournalLineReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::string JournalLineReader::line(qint64 offset) const
{
    if (m_fd < 0 || offset < 0)
        return {};
    std::string bytes(std::size_t(kMaxLine), '\0');
    const ssize_t n = ::pread(m_fd, bytes.data(), bytes.size(), off_t(offset));
    if (n <= 0)
        return {};
    bytes.resize(std::size_t(n));
    const auto end = bytes.find('\n');
    if (end == std::string::npos)
        return {};
    bytes.resize(end);
    return bytes;
}

} // namespace SyncDesk
