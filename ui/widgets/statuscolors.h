// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/statustone.h"

#include <QColor>
#include <QPalette>

namespace SyncDesk::Ui {

/// How one state is painted on a given palette: a timeline bar, a queue chip, a legend swatch.
struct StatusColors final
{
    QColor fill; ///< the body
    QColor edge; ///< the outline and, for failed bars, the hatch
    QColor text; ///< text on the body
};

/**
 * The colours of the task and operation states, the same on every page.
 *
 * The hues are Okabe and Ito's colour-blind safe set (bluish green, vermillion,
 * blue, orange, grey, reddish purple), darker on light bases so that white
 * text reads on them and lighter on dark ones. They stay apart for the three
 * common colour vision deficiencies, and colour is still never the only cue:
 * chips always carry the status word, the timeline hatches failed bars,
 * draws pending ones hollow and dashed, running ones open-ended and strikes
 * cancelled ones through (its legend shows each).
 */
StatusColors statusColors(TaskState state, const QPalette &palette);

/// Black or white, whichever reads better on `background`.
QColor textOnColor(const QColor &background);

} // namespace SyncDesk::Ui
