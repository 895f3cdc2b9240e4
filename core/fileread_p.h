#pragma once

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
};

/**
 * Reads a whole file read-only without following a final symlink and without
 * blocking on FIFOs or devices; files over maxSize are not read.
 */
FileRead readFileNoFollow(const QString &path, qint64 maxSize);
/// The same for a name in a directory opened with openDirectory(): a store
/// load opens 200k files, and a path walk from the root for each one shows.
FileRead readFileNoFollowAt(int dirFd, const char *name, qint64 maxSize);

/// A directory's descriptor (not following a final symlink), or -1 with errno set.
int openDirectory(const QString &path);

/// Names in a directory, sorted, without "." and "..". False if it cannot be listed.
bool listDirectory(const QString &path, QStringList &names, QString *error = nullptr);

} // namespace SyncDesk
