// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/timelinelayout.h"

#include <QColor>
#include <QPalette>

namespace SyncDesk::Ui {

/// How one task state is painted on a given palette.
struct TimelineColors final
{
    QColor fill; ///< the bar's body
    QColor edge; ///< its outline and, for failed bars, the hatch
    QColor text; ///< the attempt number inside the bar
};

/**
 * Task colours that read on light and dark palettes alike (Breeze's semantic
 * colours, lighter on dark bases). Colour is never the only cue: the view
 * hatches failed bars, leaves running bars open-ended, draws pending bars
 * hollow and strikes cancelled ones through.
 */
class TimelinePalette final
{
public:
    static TimelineColors colors(TaskState state, const QPalette &palette);
};

} // namespace SyncDesk::Ui
