#pragma once

#include "core/json.h"

#include <QCoreApplication>
#include <QString>

namespace SyncDesk {

enum class EvidenceStatus : unsigned char
{
    Verified, ///< the artifact hashes to artifact_digest and the id derives from it
    Tampered, ///< the envelope is well-formed but its digest or id does not match
    Invalid, ///< not an envelope (missing keys, artifact not an object, ...)
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

    /// "evidence:NAME" or a bare id -> the name to look up.
    static QString referenceName(const QString &reference);
};

} // namespace SyncDesk
