// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

namespace SyncDesk {

/**
 * How a status cell should read. Core has no Gui, so models say what a value
 * means and the UI picks colours and icons that suit the palette.
 */
enum class StatusTone : unsigned char
{
    Normal,
    Positive, ///< verified, done
    Warning, ///< accepted but worth a look
    Negative, ///< an error, tampered evidence: never to be read as fine
};

} // namespace SyncDesk
