// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/timelinelayout.h"
#include "ui/widgets/statuscolors.h"

namespace SyncDesk::Ui {

/// How one task state is painted on a given palette.
using TimelineColors = StatusColors;

/**
 * Task colours that read on light and dark palettes alike: the states'
 * colours of every page (statusColors(), ui/widgets/statuscolors.h). Colour
 * is never the only cue: the view hatches failed bars, leaves running bars
 * open-ended, draws pending bars hollow and strikes cancelled ones through.
 */
class TimelinePalette final
{
public:
    static TimelineColors colors(TaskState state, const QPalette &palette)
    {
        return statusColors(state, palette);
    }
};

} // namespace SyncDesk::Ui
