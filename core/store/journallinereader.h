// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

#include <string>

namespace SyncDesk {

/// Reads single lines of a store's journal.jsonl at offsets the loader saw an
/// event start. The journal is hostile input: it is opened once, never through
/// a symlink and never blocking on a FIFO, and a line is read bounded.
class JournalLineReader final
{
public:
    /// A journal line is a few hundred bytes; a longer one is not read.
    static constexpr qint64 kMaxLine = 64 * 1024;

    explicit JournalLineReader(const QString &root);
    ~JournalLineReader();
    JournalLineReader(const JournalLineReader &) = delete;
    JournalLineReader &operator=(const JournalLineReader &) = delete;

    /// The line starting at offset, without its newline; empty when it cannot
    /// be read, is longer than kMaxLine or has no newline yet.
    std::string line(qint64 offset) const;

private:
    int m_fd = -1;
};

} // namespace SyncDesk
