// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/records/timestamp.h"

#include <QDateTime>
#include <QString>

namespace SyncDesk {
namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

int daysInMonth(int y, int m)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

/// Local milliseconds of "YYYY-MM-DDTHH:MM:SS[.fraction]" at the start of s (the
/// 'T' in either case when lowerT), and where the zone begins; nullopt for
/// anything else, including impossible dates and a leap second.
std::optional<qint64> parseLocalDateTime(std::string_view s, bool lowerT, std::size_t &pos)
{
    int y, mo, d, h, mi, sec;
    if (s.size() < 20 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d) || !(s[10] == 'T' || (lowerT && s[10] == 't'))
        || !digits(s, 11, 2, h) || s[13] != ':' || !digits(s, 14, 2, mi) || s[16] != ':'
        || !digits(s, 17, 2, sec))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59)
        return std::nullopt;
    pos = 19;
    int millis = 0;
    if (s[pos] == '.') {
        ++pos;
        const std::size_t start = pos;
        int scale = 100;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            millis += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return std::nullopt;
    }
    const qint64 days = daysFromCivil(y, mo, d);
    return ((days * 24 + h) * 60 + mi) * 60000LL + sec * 1000LL + millis;
}

} // namespace

std::optional<qint64> parseUtcTimestamp(std::string_view s)
{
    std::size_t pos = 0;
    const auto local = parseLocalDateTime(s, false, pos);
    if (!local)
        return std::nullopt;
    const auto zone = s.substr(pos);
    if (zone != "Z" && zone != "+00:00")
        return std::nullopt;
    return local;
}

std::optional<qint64> parseTimestampInstant(std::string_view s)
{
    std::size_t pos = 0;
    const auto local = parseLocalDateTime(s, true, pos);
    if (!local)
        return std::nullopt;
    const auto zone = s.substr(pos);
    if (zone == "Z" || zone == "z")
        return local;
    int h, m;
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || !digits(zone, 1, 2, h)
        || zone[3] != ':' || !digits(zone, 4, 2, m) || h > 23 || m > 59)
        return std::nullopt;
    // 10:00+02:00 is 08:00Z: the offset is what local time is ahead of UTC.
    const qint64 offset = (h * 60LL + m) * 60000LL;
    return zone[0] == '+' ? *local - offset : *local + offset;
}

QString formatUtcTimestamp(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace SyncDesk
