// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/review/dossiermanifest.h"

#include "core/json/canonicaljson.h"

#include <QRegularExpression>

namespace SyncDesk {
namespace {

Json optionalText(const QString &text)
{
    return text.isEmpty() ? Json() : toJson(text);
}

bool isHexDigest(const QByteArray &hex)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(QString::fromLatin1(hex)).hasMatch();
}

} // namespace

Json DossierSelection::toJson() const
{
    if (!conflictId.isEmpty())
        return { { "conflict_id", SyncDesk::toJson(conflictId) } };
    return { { "decided", decided }, { "actor", optionalText(actor) },
        { "since", optionalText(since) }, { "until", optionalText(until) } };
}

DossierSelection DossierSelection::fromJson(const Json &json)
{
    DossierSelection s;
    s.conflictId = jsonString(jsonMember(json, "conflict_id"));
    const Json &decided = jsonMember(json, "decided");
    s.decided = decided.is_boolean() && decided.get<bool>();
    s.actor = jsonString(jsonMember(json, "actor"));
    s.since = jsonString(jsonMember(json, "since"));
    s.until = jsonString(jsonMember(json, "until"));
    return s;
}

QByteArray DossierManifest::toBytes() const
{
    Json conflictList = Json::array();
    for (const Conflict &c : conflicts) {
        Json chain = Json::array();
        for (const QString &id : c.decisionChain)
            chain.push_back(toJson(id));
        Json list = Json::array();
        for (const QString &f : c.files)
            list.push_back(toJson(f));
        conflictList.push_back(
            { { "conflict_id", toJson(c.conflictId) }, { "record", toJson(c.recordFile) },
                { "decision_chain", std::move(chain) }, { "files", std::move(list) } });
    }
    Json lines = Json::array();
    for (const JournalLine &l : journalLines)
        lines.push_back({ { "store_line", l.storeLine }, { "sha256", l.sha256.toStdString() } });
    Json fileList = Json::array();
    for (const File &f : files)
        fileList.push_back({ { "path", toJson(f.path) }, { "sha256", f.sha256.toStdString() },
            { "size", f.size } });
    Json m = Json::object();
    m["format"] = toJson(format);
    m["exported_at"] = toJson(exportedAt);
    m["store"] = toJson(storePath);
    m["tool"] = { { "name", "syncdesk" }, { "version", toJson(toolVersion) } };
    m["selection"] = selection.toJson();
    m["conflicts"] = std::move(conflictList);
    m["journal"] = { { "file", kJournalFile }, { "lines", std::move(lines) } };
    m["files"] = std::move(fileList);
    return QByteArray::fromStdString(dumpJson(m, 2) + "\n");
}

Result<DossierManifest> DossierManifest::fromBytes(const QByteArray &bytes)
{
    using R = Result<DossierManifest>;
    const auto parsed = parseJson(std::string_view(bytes.constData(), size_t(bytes.size())));
    if (!parsed.ok())
        return R::failure(tr("not valid JSON: %1").arg(parsed.error->message));
    const Json &m = parsed.value;
    if (!m.is_object())
        return R::failure(tr("not a JSON object"));
    DossierManifest out;
    out.format = jsonString(jsonMember(m, "format"));
    if (out.format != QLatin1String(kFormat))
        return R::failure(tr("format is \"%1\", this build reads \"%2\"")
                              .arg(out.format, QString::fromLatin1(kFormat)));
    out.exportedAt = jsonString(jsonMember(m, "exported_at"));
    out.storePath = jsonString(jsonMember(m, "store"));
    out.toolVersion = jsonString(jsonMember(jsonMember(m, "tool"), "version"));
    out.selection = DossierSelection::fromJson(jsonMember(m, "selection"));

    const Json &conflicts = jsonMember(m, "conflicts");
    if (!conflicts.is_array())
        return R::failure(tr("conflicts must be a list"));
    for (const Json &c : conflicts) {
        Conflict conflict;
        conflict.conflictId = jsonString(jsonMember(c, "conflict_id"));
        conflict.recordFile = jsonString(jsonMember(c, "record"));
        if (conflict.conflictId.isEmpty() || conflict.recordFile.isEmpty())
            return R::failure(tr("a conflict lacks its conflict_id or record"));
        if (!jsonMember(c, "decision_chain").is_array() || !jsonMember(c, "files").is_array())
            return R::failure(
                tr("conflict %1: decision_chain and files must be lists").arg(conflict.conflictId));
        conflict.decisionChain = jsonStrings(jsonMember(c, "decision_chain"));
        conflict.files = jsonStrings(jsonMember(c, "files"));
        out.conflicts.append(conflict);
    }

    const Json &journal = jsonMember(m, "journal");
    if (jsonString(jsonMember(journal, "file")) != QLatin1String(kJournalFile)
        || !jsonMember(journal, "lines").is_array())
        return R::failure(
            tr("journal must name %1 and list its lines").arg(QString::fromLatin1(kJournalFile)));
    for (const Json &l : jsonMember(journal, "lines")) {
        JournalLine line;
        const Json &n = jsonMember(l, "store_line");
        line.sha256 = jsonString(jsonMember(l, "sha256")).toLatin1();
        if (!n.is_number_integer() || n.get<qint64>() < 1 || !isHexDigest(line.sha256))
            return R::failure(tr("journal line %1 lacks its store_line or sha256")
                                  .arg(out.journalLines.size() + 1));
        line.storeLine = n.get<qint64>();
        out.journalLines.append(line);
    }

    const Json &files = jsonMember(m, "files");
    if (!files.is_array())
        return R::failure(tr("files must be a list"));
    for (const Json &f : files) {
        File file;
        file.path = jsonString(jsonMember(f, "path"));
        file.sha256 = jsonString(jsonMember(f, "sha256")).toLatin1();
        const Json &size = jsonMember(f, "size");
        if (file.path.isEmpty() || !isHexDigest(file.sha256) || !size.is_number_integer())
            return R::failure(
                tr("file entry %1 lacks its path, sha256 or size").arg(out.files.size() + 1));
        file.size = size.get<qint64>();
        out.files.append(file);
    }
    return R::success(std::move(out));
}

QByteArray DossierManifest::digestLine(const QByteArray &manifestBytes)
{
    return sha256Hex(std::string_view(manifestBytes.constData(), size_t(manifestBytes.size())))
        + "  " + kManifestFile + "\n";
}

Result<QByteArray> DossierManifest::parseDigestLine(const QByteArray &line)
{
    const QByteArray suffix = QByteArray("  ") + kManifestFile + "\n";
    if (line.size() != 64 + suffix.size() || !line.endsWith(suffix) || !isHexDigest(line.left(64)))
        return Result<QByteArray>::failure(
            tr("not one line \"<SHA-256>  %1\"").arg(QString::fromLatin1(kManifestFile)));
    return Result<QByteArray>::success(line.left(64));
}

} // namespace SyncDesk
