// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"

#include <QCoreApplication>
#include <QString>

namespace SyncDesk {

enum class EvidenceStatus : unsigned char
{
    Verified, ///< the artifact hashes to artifact_digest and the id derives from it
    Tampered, ///< the envelope is well-formed but its digest or id does not match
    Invalid, ///< not an envelope (missing keys, artifact not an object, ...)
    /// It verifies as itself, but its file is named for another id: it is not
    /// the evidence that file name stands for, and serves no reference.
    Suspect,
};

QString evidenceStatusName(EvidenceStatus status);

struct EvidenceCheck final
{
    EvidenceStatus status = EvidenceStatus::Invalid;
    QString field; ///< what failed: artifact_digest or evidence_id
    QString message; ///< translated explanation
    QString computedDigest; ///< "sha256:..." of the artifact as it is now
    QString computedId; ///< the id the daemon would derive
};

class Evidence final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::Evidence)

public:
    /**
     * The daemon's derivation: "evidence-" + the first 20 hex digits of SHA-256
     * over the canonical JSON of {artifact_digest, evidence_type, subject, writer}.
     */
    static QString deriveId(const Json &artifactDigest, const Json &evidenceType,
        const Json &subject, const Json &writer);

    /// Recomputes digest and id. Call on an object holding the envelope keys.
    static EvidenceCheck check(const Json &envelope);

    /**
     * check() for the envelope in a file named fileName (no folder): one that
     * verifies as itself but is not at safeRecordId(evidence_id) + ".json"
     * is Suspect, since a reader that goes by the name would take it for
     * another envelope.
     */
    static EvidenceCheck checkFile(const Json &envelope, const QString &fileName);
    /// Makes a Verified check Suspect when fileName is not its id's file name.
    static void checkFileName(
        EvidenceCheck &check, const QString &evidenceId, const QString &fileName);
    /// Whether fileName (no folder) is the file name the daemon gives evidenceId.
    static bool isFileNameOf(const QString &fileName, const QString &evidenceId);
    /// The id a file name stands for: the name without ".json".
    static QString idOfFileName(const QString &fileName);

    /// "evidence:NAME" or a bare id -> the name to look up.
    static QString referenceName(const QString &reference);
};

} // namespace SyncDesk
