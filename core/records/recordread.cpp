// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/records/recordread.h"

#include "core/io/fileread_p.h"
#include "core/json/jsonfast_p.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace SyncDesk {
namespace {

/// A conflict or an envelope is validated on the DOM (validateFlat() says
/// so): listing it first would parse it twice. Their schema comes first.
bool worthListing(const FlatMember &member)
{
    if (member.key != "schema" || member.value.kind != ScannedMember::Kind::String)
        return true;
    const Contract *c = findContract(member.value.raw);
    return !c || (c->kind != RecordKind::Conflict && c->kind != RecordKind::Evidence);
}

} // namespace

RecordRead RecordReader::read(
    const QString &path, ValidationMode mode, qint64 maxSize, bool validate)
{
    return readAt(AT_FDCWD, QFile::encodeName(path).constData(), mode, maxSize, validate);
}

RecordRead RecordReader::readAt(int dirFd, const char *name, ValidationMode mode, qint64 maxSize,
    bool validate, FlatDocument *flat)
{
    RecordRead out;
    auto read = readFileNoFollowAt(dirFd, name, maxSize);
    out.size = read.size;
    out.mtimeNs = read.mtimeNs;
    out.ctimeNs = read.ctimeNs;
    out.inode = read.inode;
    auto fail = [&](const QString &message) {
        out.validation.verdict = Verdict::Invalid;
        out.validation.errors.append(Finding { Rule::File, QString(), message });
        return std::move(out);
    };
    switch (read.status) {
    case FileRead::Status::Ok:
        break;
    case FileRead::Status::Symlink: {
        char buf[4096];
        const auto n = ::readlinkat(dirFd, name, buf, sizeof buf - 1);
        const QString target = n > 0 ? QFile::decodeName(QByteArray(buf, n)) : QString();
        return fail(tr("a symbolic link to %1; records are never read through links").arg(target));
    }
    case FileRead::Status::NotRegular:
        return fail(tr("named like a record but is not a regular file"));
    case FileRead::Status::TooLarge:
        return fail(tr("%1 bytes, over the %2 MiB limit for one record; not read")
                        .arg(read.size)
                        .arg(maxSize / (1024 * 1024)));
    case FileRead::Status::Error:
        return fail(tr("cannot be read: %1").arg(read.error));
    }
    out.bytes = std::move(read.bytes);
    out.complete = qint64(out.bytes.size()) == read.size;
    if (flat)
        flat->keep = worthListing;
    // The views must outlive moves of out: a string this long keeps its bytes on the heap.
    if (flat && validate && out.bytes.size() > sizeof(std::string) && parseFlat(out.bytes, *flat)) {
        if (auto v = Validator::validateFlat(*flat)) {
            out.validation = std::move(*v);
            out.flat = true;
            return out;
        }
    }
    auto parsed = parseJson(out.bytes);
    if (!parsed.ok()) {
        out.validation.verdict = Verdict::Invalid;
        out.validation.errors.append(
            Finding { Rule::Json, QString(), tr("not valid JSON: %1").arg(parsed.error->message) });
        return out;
    }
    if (validate)
        out.validation = Validator::validate(parsed.value, mode);
    else
        out.validation.verdict = Verdict::Valid;
    Validator::addDuplicateKeyWarnings(parsed.duplicateKeys, out.validation.warnings);
    out.json = std::move(parsed.value);
    return out;
}

QString safeRecordId(const QString &id)
{
    QString out;
    out.reserve(id.size());
    for (const QChar c : id) {
        const ushort u = c.unicode();
        const bool keep = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
            || u == '-' || u == '_' || u == '.';
        out += keep ? c : QLatin1Char('_');
    }
    qsizetype start = 0, end = out.size();
    while (start < end && out[start] == QLatin1Char('.'))
        ++start;
    while (end > start && out[end - 1] == QLatin1Char('.'))
        --end;
    return out.mid(start, end - start);
}

} // namespace SyncDesk
