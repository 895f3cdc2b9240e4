// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/logging.h"

namespace SyncDesk {

// Warnings and above by default: info is for whoever is looking into something.
Q_LOGGING_CATEGORY(lcIo, "syncdesk.core.io", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "syncdesk.core.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcResolution, "syncdesk.core.resolution", QtWarningMsg)

} // namespace SyncDesk
