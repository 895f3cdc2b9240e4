// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

/**
 * The logging category of the widgets (core's are in core/io/logging.h): for
 * developers' output such as the screenshot mode, never for what the user
 * must see. Declared in ui/widgets because every ui folder may include it.
 */
namespace SyncDesk::Ui {

/// "syncdesk.ui"; warnings on by default.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace SyncDesk::Ui
