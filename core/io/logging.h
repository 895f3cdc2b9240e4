// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

/**
 * The logging categories of core, one per folder that has anything to say:
 * failures core swallows on purpose because there is a fallback (a load cache
 * that could not be written, a folder that could not be watched). Never for
 * what the user must see: that is a translated message, a Problem or a state.
 *
 * Warnings are on by default; info and debug are off and switched on with
 * e.g. QT_LOGGING_RULES="syncdesk.*=true". Declared here, in core/io, because
 * every core folder may include it.
 */
namespace SyncDesk {

/// "syncdesk.core.io": file reads, durable files, the writer lock, folder watches.
Q_DECLARE_LOGGING_CATEGORY(lcIo)
/// "syncdesk.core.store": loading, the load cache, the session's folder watch.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
/// "syncdesk.core.resolution": the gate, its cache, writing decisions, recovery.
Q_DECLARE_LOGGING_CATEGORY(lcResolution)

} // namespace SyncDesk
