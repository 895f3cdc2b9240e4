// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/records/evidence.h"

#include "core/json/canonicaljson.h"
#include "core/records/recordread.h"

namespace SyncDesk {

QString evidenceStatusName(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::Verified:
        return QStringLiteral("ok");
    case EvidenceStatus::Tampered:
        return QStringLiteral("tampered");
    case EvidenceStatus::Invalid:
        return QStringLiteral("invalid");
    case EvidenceStatus::Suspect:
        return QStringLiteral("suspect");
    }
    return {};
}

QString Evidence::deriveId(
    const Json &artifactDigest, const Json &evidenceType, const Json &subject, const Json &writer)
{
    Json basis = Json::object();
    basis["artifact_digest"] = artifactDigest;
    basis["evidence_type"] = evidenceType;
    basis["subject"] = subject;
    basis["writer"] = writer;
    return QStringLiteral("evidence-")
        + QString::fromLatin1(sha256Hex(canonicalJson(basis)).left(20));
}

EvidenceCheck Evidence::check(const Json &envelope)
{
    EvidenceCheck result;
    if (!envelope.is_object() || !envelope.contains("artifact")
        || !envelope["artifact"].is_object()) {
        result.field = QStringLiteral("artifact");
        result.message = tr("the envelope has no artifact object to verify");
        return result;
    }
    const auto empty = Json();
    auto get = [&](const char *key) -> const Json & {
        const auto it = envelope.find(key);
        return it == envelope.end() ? empty : *it;
    };
    result.computedDigest = artifactDigest(envelope["artifact"]);
    result.computedId
        = deriveId(get("artifact_digest"), get("evidence_type"), get("subject"), get("writer"));
    const Json &declared = get("artifact_digest");
    if (!declared.is_string()
        || QString::fromStdString(declared.get<std::string>()) != result.computedDigest) {
        result.status = EvidenceStatus::Tampered;
        result.field = QStringLiteral("artifact_digest");
        result.message
            = tr("the artifact does not match its digest (declared %1, computed %2): "
                 "it was changed after the envelope was written")
                  .arg(QString::fromStdString(pythonStr(declared)), result.computedDigest);
        return result;
    }
    const Json &id = get("evidence_id");
    if (!id.is_string() || QString::fromStdString(id.get<std::string>()) != result.computedId) {
        result.status = EvidenceStatus::Tampered;
        result.field = QStringLiteral("evidence_id");
        result.message = tr("evidence_id %1 does not derive from the envelope (expected %2): its "
                            "type, subject, writer or digest was changed")
                             .arg(QString::fromStdString(pythonStr(id)), result.computedId);
        return result;
    }
    result.status = EvidenceStatus::Verified;
    return result;
}

EvidenceCheck Evidence::checkFile(const Json &envelope, const QString &fileName)
{
    EvidenceCheck result = check(envelope);
    const Json &id = jsonMember(envelope, "evidence_id");
    checkFileName(result,
        id.is_string() ? QString::fromStdString(id.get<std::string>()) : QString(), fileName);
    return result;
}

void Evidence::checkFileName(
    EvidenceCheck &check, const QString &evidenceId, const QString &fileName)
{
    if (check.status != EvidenceStatus::Verified || isFileNameOf(fileName, evidenceId))
        return;
    check.status = EvidenceStatus::Suspect;
    check.field = QStringLiteral("evidence_id");
    check.message = tr("the file name %1 says %2, but the envelope is %3 (its own id "
                       "verifies): it is not the evidence its file name stands for")
                        .arg(fileName, idOfFileName(fileName), evidenceId);
}

bool Evidence::isFileNameOf(const QString &fileName, const QString &evidenceId)
{
    const QString safe = safeRecordId(evidenceId);
    return !safe.isEmpty() && fileName.size() == safe.size() + 5 && fileName.startsWith(safe)
        && fileName.endsWith(QLatin1String(".json"));
}

QString Evidence::idOfFileName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".json")) ? fileName.chopped(5) : fileName;
}

QString Evidence::referenceName(const QString &reference)
{
    static const QString prefix = QStringLiteral("evidence:");
    return reference.startsWith(prefix) ? reference.mid(prefix.size()) : reference;
}

} // namespace SyncDesk
