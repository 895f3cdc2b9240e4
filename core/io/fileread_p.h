// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string>

namespace SyncDesk {

/// What lstat says a directory entry is. Symlinks are never followed by readers.
enum class EntryType : unsigned char
{
    File,
    Directory,
    Symlink,
    Other,
    Missing
};

EntryType entryType(const QString &path, QString *symlinkTarget = nullptr);

struct FileRead final
{
    enum class Status : unsigned char
    {
        Ok,
        NotRegular,
        Symlink,
        TooLarge,
        Error
    };
    Status status = Status::Error;
    std::string bytes;
    QString error; ///< strerror text when Status::Error
    qint64 size = 0;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    quint64 inode = 0;
    unsigned type = 0; ///< NotRegular: st_mode & S_IFMT of what is there
};

/// "a FIFO (named pipe)", "a socket", "a device", "a folder"… for st_mode's type bits (translated).
QString fileTypeName(unsigned mode);
/// Why read is not Ok, as a clause for "x cannot be read: %1" (translated).
QString whyUnreadable(const FileRead &read);

/**
 * Reads a whole file read-only without following a final symlink and without
 * blocking on FIFOs or devices; files over maxSize are not read. Never blocks
 * and never reads without bound: opened with O_NONBLOCK | O_NOFOLLOW |
 * O_NOCTTY, fstat-ed before any read (anything but a regular file is
 * NotRegular, with its type), and a file that grows while it is read (or whose
 * size fstat understates, as /proc files do) stops at maxSize as TooLarge.
 * Only the final component is not followed: a caller reading below the store
 * root opens the folder with openDirectory() and uses readFileNoFollowAt().
 */
FileRead readFileNoFollow(const QString &path, qint64 maxSize);
/// The same for a name in a directory opened with openDirectory(): a store
/// load opens 200k files, and a path walk from the root for each one shows.
FileRead readFileNoFollowAt(int dirFd, const char *name, qint64 maxSize);
/**
 * Opens and checks a file as readFileNoFollowAt() does, without reading it:
 * the descriptor (the caller closes it) with info Ok and its stat, or -1 with
 * info saying why (bytes stays empty). For FilePieces.
 */
int openFileNoFollowAt(int dirFd, const char *name, qint64 maxSize, FileRead &info);

/// A directory's descriptor (not following a final symlink), or -1 with errno set.
int openDirectory(const QString &path);

/// Names in a directory, sorted, without "." and ".."; a failure says why
/// (the system's words, strerror) when it cannot be listed.
Result<QStringList> listDirectory(const QString &path);

} // namespace SyncDesk
