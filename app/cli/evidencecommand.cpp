// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/cli/cliutil.h"
#include "app/cli/commands.h"
#include "app/cli/storeopen.h"

#include "core/records/recordread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace SyncDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDesk::Cli", text);
}

struct Verified
{
    QString path;
    QString evidenceId;
    EvidenceStatus status = EvidenceStatus::Invalid;
    QString message;
};

struct Missing
{
    QString path;
    QString field;
    QString reference;
    QString hint; ///< a misnamed envelope that explains it, or empty
};

Verified verifyFile(const QString &path)
{
    Verified v;
    v.path = path;
    const RecordRead read = RecordReader::read(path, ValidationMode::SyncDesk);
    if (!read.json) {
        v.message = read.validation.errors.value(0).message;
        return v;
    }
    const Json &envelope = *read.json;
    if (envelope.is_object() && envelope.contains("evidence_id"))
        v.evidenceId = QString::fromStdString(pythonStr(envelope["evidence_id"]));
    if (read.validation.kind != RecordKind::Evidence) {
        v.message = read.validation.kind == RecordKind::Unknown && !read.validation.errors.isEmpty()
            ? read.validation.errors.constFirst().message
            : tr("not an evidence envelope (schema %1)").arg(read.validation.schema);
        return v;
    }
    if (read.validation.verdict != Verdict::Valid) {
        const Finding &f = read.validation.errors.constFirst();
        v.status = f.rule == Rule::Digest ? EvidenceStatus::Tampered : EvidenceStatus::Invalid;
        v.message = f.message;
        return v;
    }
    // In a store's evidence/ folder the file name stands for an id: an
    // envelope that verifies as another one there is suspect. Elsewhere (a
    // copy someone sent) the name is just a name.
    EvidenceCheck check;
    check.status = EvidenceStatus::Verified;
    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    if (folder.dirName() == QLatin1String("evidence") && folder.cdUp()
        && QFileInfo::exists(folder.filePath(QStringLiteral("manifest.json"))))
        Evidence::checkFileName(check, v.evidenceId, info.fileName());
    v.status = check.status;
    v.message = check.message;
    return v;
}

} // namespace

int runEvidence(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli evidence verify: recomputes the canonical SHA-256 digest and the derived "
           "id of evidence envelopes. PATH is one envelope file or a workspace store; for a "
           "store every envelope is checked and references to missing evidence are listed.\n"
           "Exit 1 when anything is tampered, invalid, suspect (an envelope at another id's file "
           "name) or missing."));
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("An envelope file or a store."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for machines."));
    parser.addOption(json);
    if (const int code = parseArguments(parser, arguments, 1, 1); code >= 0)
        return code;
    const QString path = parser.positionalArguments().constFirst();
    const QFileInfo info(path);

    QList<Verified> results;
    QList<Missing> missing;
    if (info.isDir()) {
        int exitCode = ExitOk;
        const auto store = openStoreForCommand(path, exitCode);
        if (!store)
            return exitCode;
        for (const auto &e : store->evidence()) {
            Verified v;
            v.path = store->absolutePath(e.file);
            v.evidenceId = store->text(e.id);
            v.status = e.status;
            v.message = e.statusMessage;
            results.append(v);
        }
        // Files in evidence/ that did not even parse as envelopes are invalid evidence too.
        for (const auto &f : store->files())
            if (f.registry == Registry::Evidence && f.row < 0)
                results.append(
                    Verified { store->root() + QLatin1Char('/') + f.path, store->text(f.id),
                        EvidenceStatus::Invalid, tr("not readable as an evidence envelope") });
        for (const auto &d : store->relations().dangling)
            if (d.expected == RecordKind::Evidence)
                missing.append(Missing { store->files()[d.file].path, d.field,
                    store->text(d.target), store->misnamedEvidenceHint(store->text(d.target)) });
    } else if (info.exists() || info.isSymLink()) {
        results.append(verifyFile(path));
    } else {
        err() << tr("%1: no such file or folder").arg(path) << Qt::endl;
        return ExitUsage;
    }

    int ok = 0, tampered = 0, invalid = 0, suspect = 0;
    for (const auto &r : std::as_const(results)) {
        ok += r.status == EvidenceStatus::Verified;
        tampered += r.status == EvidenceStatus::Tampered;
        invalid += r.status == EvidenceStatus::Invalid;
        suspect += r.status == EvidenceStatus::Suspect;
    }
    if (parser.isSet(json)) {
        Json list = Json::array();
        for (const auto &r : std::as_const(results))
            list.push_back({ { "path", toJson(r.path) },
                { "evidence_id", r.evidenceId.isEmpty() ? Json() : toJson(r.evidenceId) },
                { "status", toJson(evidenceStatusName(r.status)) },
                { "message", toJson(r.message) } });
        Json dangling = Json::array();
        for (const auto &m : std::as_const(missing))
            dangling.push_back({ { "path", toJson(m.path) }, { "field", toJson(m.field) },
                { "reference", toJson(m.reference) },
                { "misnamed", m.hint.isEmpty() ? Json() : toJson(m.hint) } });
        printJson({ { "results", std::move(list) }, { "dangling", std::move(dangling) },
            { "summary",
                { { "ok", ok }, { "tampered", tampered }, { "invalid", invalid },
                    { "suspect", suspect }, { "dangling", missing.size() } } } });
    } else {
        for (const auto &r : std::as_const(results)) {
            out() << evidenceStatusName(r.status) << "  " << r.path;
            if (!r.evidenceId.isEmpty())
                out() << " (" << r.evidenceId << ")";
            out() << "\n";
            if (!r.message.isEmpty() && r.status != EvidenceStatus::Verified)
                out() << "    " << r.message << "\n";
        }
        for (const auto &m : std::as_const(missing)) {
            out() << "missing  " << m.path << ": " << m.field << " -> " << m.reference << "\n";
            if (!m.hint.isEmpty())
                out() << "    " << m.hint << "\n";
        }
        out() << tr("%1 envelopes: %2 ok, %3 tampered, %4 invalid; %5 missing references")
                     .arg(results.size())
                     .arg(ok)
                     .arg(tampered)
                     .arg(invalid)
                     .arg(missing.size());
        if (suspect > 0)
            out() << tr("; %1 suspect (at another id's file name)").arg(suspect);
        out() << Qt::endl;
    }
    return (tampered + invalid + suspect + missing.size()) > 0 ? ExitFindings : ExitOk;
}

} // namespace SyncDesk::Cli
