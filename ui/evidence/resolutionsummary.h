// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"

#include <QCoreApplication>
#include <QString>

namespace SyncDesk::Ui {

/**
 * A conflict-resolution envelope (the evidence a decision leaves) told as a
 * reviewer reads it: who decided (actor and the person at the keyboard,
 * `decided_on`), what (option) and why (the words), the decision card before
 * and after, the envelope a revision supersedes (a link "evidence:<id>") and
 * the gate's inputs (actor and policy decision with their digests).
 *
 * Everything in an envelope was written by whoever could write the store: each
 * value is stripped of control and direction characters, capped and escaped.
 * Nothing here is verified: the envelope's digest check is the banner's, and
 * a signature is never checked by Sync Desk at all.
 */
class ResolutionSummary final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::Ui::ResolutionSummary)

public:
    ResolutionSummary() = delete;

    /// The anchor scheme of the link to a superseded envelope ("evidence:<id>").
    static QString linkPrefix() { return QStringLiteral("evidence:"); }

    /// Whether envelope is of the type Sync Desk writes for a decision.
    static bool isResolution(const Json &envelope);
    /// Rich text for a QTextBrowser or QLabel; empty when not isResolution().
    static QString html(const Json &envelope);
};

} // namespace SyncDesk::Ui
