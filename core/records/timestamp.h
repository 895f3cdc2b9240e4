// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace SyncDesk {

/**
 * Milliseconds since the epoch for an RFC 3339 UTC timestamp
 * (YYYY-MM-DDTHH:MM:SS[.fraction](Z|+00:00)), or nullopt for anything else,
 * including impossible dates. Hand-written: it runs for every timestamp of
 * every record at load.
 */
std::optional<qint64> parseUtcTimestamp(std::string_view text);

/**
 * Milliseconds since the epoch of the instant an RFC 3339 date-time names:
 * YYYY-MM-DDTHH:MM:SS[.fraction](Z|+hh:mm|-hh:mm), with 'T' and 'Z' in either
 * case (RFC 3339, 5.6), so that "2026-11-25T10:00:00+02:00" is 08:00Z. The
 * fraction is truncated to milliseconds; impossible dates, a leap second (:60)
 * and offsets beyond 23:59 give nullopt. For comparing times ("the latest
 * policy decision"); parseUtcTimestamp() stays the test for the UTC form the
 * validator asks for.
 */
std::optional<qint64> parseTimestampInstant(std::string_view text);

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
constexpr qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/// "YYYY-MM-DDTHH:MM:SSZ" for msecs since the epoch (the form Sync Desk writes).
QString formatUtcTimestamp(qint64 msecsSinceEpoch);

} // namespace SyncDesk
