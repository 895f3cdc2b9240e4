// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/widgets/uilogging.h"

namespace SyncDesk::Ui {

Q_LOGGING_CATEGORY(lcUi, "syncdesk.ui", QtWarningMsg)

} // namespace SyncDesk::Ui
