// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QStringList>

/// syncdesk-cli's commands. Each takes its own arguments with the command words
/// first ("syncdesk-cli", "validate", ...) and returns the process exit code.
namespace SyncDesk::Cli {

int runValidate(const QStringList &arguments);
int runStore(const QStringList &arguments);
int runConflicts(const QStringList &arguments);
int runEvidence(const QStringList &arguments);
int runDemoStore(const QStringList &arguments);
int runResolve(const QStringList &arguments);
int runDossier(const QStringList &arguments);

} // namespace SyncDesk::Cli
