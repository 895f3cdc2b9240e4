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

/// "YYYY-MM-DDTHH:MM:SSZ" for msecs since the epoch (the form Sync Desk writes).
QString formatUtcTimestamp(qint64 msecsSinceEpoch);

} // namespace SyncDesk
