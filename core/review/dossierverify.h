// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QString>

namespace SyncDesk {

/// What verify found: all well, or the first break.
struct DossierVerifyReport final
{
    bool ok = false;
    QString file; ///< the dossier file where it broke, relative to the folder; empty when ok
    QString message; ///< translated: what is wrong there
    int files = 0; ///< files checked against the manifest
    int conflicts = 0;
    int envelopes = 0; ///< envelopes whose digest and id were recomputed
    int decisions = 0; ///< conflict-resolution envelopes in the chains
    int journalLines = 0;
};

/**
 * Checks a dossier folder offline, without the store (README, "Dossiers"):
 * manifest.json against manifest.sha256; every file against its SHA-256 in the
 * manifest, with no file missing and none unlisted (links and special files
 * are refused); the journal excerpt line by line; every envelope's
 * artifact_digest and evidence_id; each conflict's supersedes chain (each link
 * names an envelope of the same conflict in the dossier, no fork, no cycle,
 * one head, in the manifest's order, each revision's before-state the
 * previous after-state, the head's after-state the conflict record's card);
 * and that resolve operations, tasks and Sync Desk's journal lines name the
 * envelopes that name them. It stops at the first break.
 *
 * It proves the folder is unchanged since export and consistent in itself; it
 * cannot prove who exported it (nothing is signed) nor that the store held
 * these records.
 */
class DossierVerify final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::DossierVerify)

public:
    static DossierVerifyReport run(const QString &folder);
};

} // namespace SyncDesk
