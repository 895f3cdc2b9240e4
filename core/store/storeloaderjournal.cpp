// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The journal and the manifest generation it counts (StoreLoader).

#include "core/store/storeloader_p.h"

#include "core/store/storeloaderextract_p.h"

#include "core/io/filepieces_p.h"
#include "core/io/fileread_p.h"
#include "core/json/json.h"
#include "core/json/jsonfast_p.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cstring>
#include <string>

#include <sys/stat.h>

namespace SyncDesk {

namespace {

constexpr qint64 kMaxJournalSize = 1024LL * 1024 * 1024;
/// The shortest line that is an event: `{"event_id":"x"}` and its newline.
constexpr std::size_t kMinEventLine = 17;
// With kMinEventLine, what bounds the events' table by the journal's size (docs/security.md).
static_assert(sizeof(JournalEvent) <= 40);
constexpr std::size_t kJournalWindow = std::size_t(4) << 20;
std::atomic<std::size_t> g_journalWindow { kJournalWindow };

/// The event id the daemon gives line number (evt-00000001, at least eight digits).
std::string daemonEventId(int number)
{
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    const auto n = static_cast<std::size_t>(end - digits);
    std::string out = "evt-";
    if (n < 8)
        out.append(8 - n, '0');
    out.append(digits, n);
    return out;
}

/**
 * Whether id is daemonEventId(number), compared as bytes without building it:
 * this runs once per journal line. Eight digits at least, no more than the
 * number needs: "evt-000000001" is not line 1's id.
 */
bool isDaemonEventId(std::string_view id, int number)
{
    if (id.size() < 12 || id.substr(0, 4) != "evt-")
        return false;
    const auto digits = id.substr(4);
    int value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size() || value != number)
        return false;
    std::size_t width = 1;
    for (int n = number; n >= 10; n /= 10)
        ++width;
    return digits.size() == std::max<std::size_t>(width, 8);
}

/// A line the daemon does not count ("non-empty" as Python's str.strip() sees ASCII).
bool isBlankLine(std::string_view line)
{
    return std::all_of(line.begin(), line.end(),
        [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; });
}

const QString &ruleDuplicateId()
{
    static const QString rule = QString::fromLatin1(kRuleJournalDuplicateId);
    return rule;
}
const QString &ruleNumbering()
{
    static const QString rule = QString::fromLatin1(kRuleJournalNumbering);
    return rule;
}

bool isRaceProblem(const Problem &p)
{
    return isDaemonRaceRule(p.rule);
}

/// An event id for a message: a hostile id may be a megabyte long.
QString shortId(const Interner &strings, Sym id)
{
    constexpr qsizetype kMax = 64;
    const QString &text = strings.text(id);
    return text.size() <= kMax ? text : text.left(kMax - 1) + QChar(0x2026);
}

} // namespace

void StoreLoader::setJournalWindowForTests(std::size_t bytes)
{
    g_journalWindow.store(bytes > 0 ? bytes : kJournalWindow, std::memory_order_relaxed);
}

void StoreLoader::loadJournal(std::vector<Problem> &problems)
{
    Store &s = m_store;
    const QString path = QStringLiteral("journal.jsonl");
    const QString abs = s.m_root + QLatin1Char('/') + path;
    struct stat st
    {
    };
    const bool statted = ::lstat(QFile::encodeName(abs).constData(), &st) == 0;
    if (!statted && errno == ENOENT)
        return;
    m_journalUnread = false;
    const LoadCacheJournalInfo *cached = m_cache ? m_cache->journal() : nullptr;
    if (cached && statted && S_ISREG(st.st_mode) && FileStamp::of(st) == cached->stamp
        && m_cache->restoreJournal(s.m_journal, problems)) {
        m_journalFromCache = true;
        m_journalCache = *cached;
        return;
    }
    // Read and parsed a window at a time: held whole, the 75 MB of a 100k
    // store's journal were most of a first open's peak RSS (docs/performance.md).
    FilePieces file(abs, kMaxJournalSize);
    const FileRead &read = file.info();
    m_journalCache.stamp = FileStamp { read.size, read.mtimeNs, read.ctimeNs, read.inode };
    m_journalCache.cacheable = false;
    s.m_journal.present = true;
    const std::size_t problemsBefore = problems.size();
    // As when it cannot be opened: what was parsed before a read failed (or
    // the file grew past the limit) is dropped.
    auto unreadable = [&] {
        m_journalUnread = true;
        s.m_journal = JournalInfo();
        s.m_journal.present = true;
        problems.erase(problems.begin() + std::ptrdiff_t(problemsBefore), problems.end());
        problems.push_back(problem(path, Severity::Error, QStringLiteral("io"), QString(),
            read.status == FileRead::Status::TooLarge
                ? tr("journal.jsonl is larger than %1 MiB and was not read")
                      .arg(kMaxJournalSize / (1024 * 1024))
                : read.status == FileRead::Status::Symlink
                ? tr("journal.jsonl is a symbolic link; it is not followed")
                : tr("journal.jsonl cannot be read: %1").arg(whyUnreadable(read))));
    };
    if (read.status != FileRead::Status::Ok)
        return unreadable();
    JournalInfo &j = s.m_journal;
    const std::size_t windowBytes = g_journalWindow.load(std::memory_order_relaxed);
    std::string window;
    qint64 pos = 0; // in the file: the lines before are parsed
    // The daemon only appends: when the lines parsed last time are still the
    // file's first bytes, only what follows them is parsed. "Still" is decided
    // by a cryptographic hash: a journal rewritten behind the same length must
    // not pass for the one parsed. hash holds the file's bytes before pos.
    QCryptographicHash hash(LoadCache::kJournalHash);
    const bool hashing = !m_options.cacheDirectory.isEmpty();
    if (cached && read.inode == cached->stamp.inode && cached->parsedEnd > 0
        && qint64(cached->parsedEnd) <= read.size) {
        const qint64 prefix = qint64(cached->parsedEnd);
        window.resize(windowBytes);
        qint64 at = 0;
        for (qint64 n = 0; at < prefix; at += n) {
            n = file.read(
                at, window.data(), std::size_t(std::min<qint64>(qint64(windowBytes), prefix - at)));
            if (n <= 0)
                break;
            hash.addData(QByteArrayView(window.data(), qsizetype(n)));
        }
        if (read.status != FileRead::Status::Ok)
            return unreadable();
        JournalInfo restored;
        std::vector<Problem> earlier;
        if (at == prefix && LoadCache::digest(hash) == cached->prefixHash
            && m_cache->restoreJournal(restored, earlier)) {
            // Given again below: what the daemon's race did is judged on all
            // lines, old and new; the torn line is read again, and the count
            // of unlisted corrupt lines grows with the new ones.
            std::erase_if(earlier, isRaceProblem);
            if (restored.tornTail && !earlier.empty())
                earlier.pop_back();
            if (restored.firstUnlistedCorrupt > 0 && !earlier.empty())
                earlier.pop_back();
            restored.tornTail = false;
            j = std::move(restored);
            problems.insert(problems.end(), std::make_move_iterator(earlier.begin()),
                std::make_move_iterator(earlier.end()));
            pos = prefix;
        } else {
            hash.reset();
        }
        window.clear();
    }
    j.present = true;
    const int linesBefore = j.lines;
    // A pass of its own counts the lines left to parse and finds the file's
    // end and its longest line: the events' table is sized once, for at most
    // one event per line and per kMinEventLine bytes (it never exceeds a fixed
    // multiple of the journal's size and never holds two copies while
    // doubling, docs/security.md), and the window once, for the longest line
    // and a read (a 1 GiB line must not double a string to 2 GiB). The parse
    // stops at that end: what the daemon appends meanwhile is the next load's.
    qint64 end = pos;
    std::size_t longest = 0;
    {
        window.resize(windowBytes);
        std::size_t newlines = 0;
        qint64 lineStart = pos;
        for (qint64 n; (n = file.read(end, window.data(), windowBytes)) > 0; end += n) {
            const char *from = window.data();
            const char *const last = from + n;
            while (const void *nl = std::memchr(from, '\n', std::size_t(last - from))) {
                const qint64 at = end + (static_cast<const char *>(nl) - window.data());
                longest = std::max(longest, std::size_t(at + 1 - lineStart));
                lineStart = at + 1;
                ++newlines;
                from = static_cast<const char *>(nl) + 1;
            }
        }
        if (read.status != FileRead::Status::Ok)
            return unreadable();
        longest = std::max(longest, std::size_t(end - lineStart));
        j.events.reserve(
            j.events.size() + std::min(newlines, std::size_t(end - pos) / kMinEventLine));
        window.clear();
        window.shrink_to_fit();
        window.reserve(longest + windowBytes);
    }
    // window holds the file's bytes from pos on: an incomplete line, then
    // what each read adds. Lines are parsed only when a read brings a
    // newline, so that a line longer than a window is not searched again
    // each time it grows.
    for (;;) {
        const std::size_t kept = window.size();
        const auto wanted
            = std::size_t(std::min<qint64>(qint64(windowBytes), end - pos - qint64(kept)));
        window.resize(kept + wanted);
        const qint64 n
            = wanted > 0 ? file.read(pos + qint64(kept), window.data() + kept, wanted) : 0;
        if (n < 0)
            return unreadable();
        window.resize(kept + std::size_t(n));
        if (n > 0 && !std::memchr(window.data() + kept, '\n', std::size_t(n)))
            continue;
        std::size_t at = 0;
        parseJournalLines(window, pos, at, problems);
        if (hashing)
            hash.addData(QByteArrayView(window.data(), qsizetype(at)));
        window.erase(0, at);
        pos += qint64(at);
        if (n == 0)
            break;
    }
    j.size = pos + qint64(window.size());
    finishJournalLines(qint64(window.size()), problems);
    reportRace(problems);
    s.m_loadStats.journalLinesParsed = j.lines - linesBefore;
    m_journalCache.cacheable
        = end == read.size && j.size == end && settled(read.mtimeNs, read.ctimeNs);
    m_journalCache.parsedEnd = quint64(pos);
    if (hashing)
        m_journalCache.prefixHash = LoadCache::digest(hash);
}

void StoreLoader::parseJournalLines(
    std::string_view all, qint64 base, std::size_t &pos, std::vector<Problem> &problems)
{
    Store &s = m_store;
    JournalInfo &j = s.m_journal;
    const QString path = QStringLiteral("journal.jsonl");
    Extractor x(*s.m_strings);
    // A journal of 10M corrupt lines must not become 10M problems (gigabytes):
    // the first few are listed, the rest counted in one problem after the loop.
    auto corrupt = [&](int number, auto message) {
        ++j.corruptLines;
        j.lastCorrupt = number;
        if (j.corruptLines <= JournalInfo::kListedCorruptLines)
            problems.push_back(problem(
                path, Severity::Error, QStringLiteral("journal"), QString(), message(), number));
        else if (j.firstUnlistedCorrupt == 0)
            j.firstUnlistedCorrupt = number;
    };
    auto addEvent = [&](JournalEvent &ev, int number, std::string_view id) {
        ev.line = number;
        ev.offset = base + static_cast<qint64>(pos);
        // Compared as bytes: a QString per event would cost more than the
        // line's parse. Reported by reportRace(), on all lines at once.
        if (const int daemonNumber = number - j.blankLines; !isDaemonEventId(id, daemonNumber)) {
            if (!j.misnumbered.empty() && j.misnumbered.back().lastLine == number - 1)
                j.misnumbered.back().lastLine = number; // also across an append
            else
                j.misnumbered.push_back({ number, number, daemonNumber });
        }
        j.events.push_back(ev);
    };
    // The common line is read without a DOM: a scan checks it as parseJson()
    // would and hands over the six strings. Anything unusual (an error, an
    // escape in one of them, a duplicate key, a number or a boolean where a
    // string belongs, no event_id) takes the full parse below, which reports.
    static constexpr std::array<std::string_view, 6> kEventKeys
        = { "event_id", "event_type", "lane", "object_id", "producer", "created_at" };
    std::array<ScannedMember, kEventKeys.size()> found;
    const auto scanned = [&](std::string_view line) {
        if (!scanTopLevelMembers(line, kEventKeys, found))
            return false;
        if (found[0].kind != ScannedMember::Kind::String || found[0].text.empty())
            return false;
        return std::none_of(found.begin() + 1, found.end(), [](const ScannedMember &m) {
            return m.kind == ScannedMember::Kind::Number || m.kind == ScannedMember::Kind::Boolean;
        });
    };
    // What Extractor::sym() makes of a member that is missing, null, a string,
    // an object or an array.
    const auto sym = [&](const ScannedMember &m) {
        return m.kind == ScannedMember::Kind::String ? s.m_strings->intern(m.text) : kNoSym;
    };
    while (pos < all.size()) {
        const auto nl = all.find('\n', pos);
        if (nl == std::string_view::npos)
            break;
        const auto line = all.substr(pos, nl - pos);
        const int number = ++j.lines;
        if (scanned(line)) {
            JournalEvent ev;
            ev.eventId = sym(found[0]);
            ev.type = sym(found[1]);
            ev.lane = sym(found[2]);
            ev.objectId = sym(found[3]);
            ev.producer = sym(found[4]);
            ev.created = found[5].kind == ScannedMember::Kind::String
                ? parseUtcTimestamp(found[5].text).value_or(kNoTime)
                : kNoTime;
            addEvent(ev, number, found[0].text);
            pos = nl + 1;
            continue;
        }
        const auto parsed = parseJson(line);
        if (!parsed.ok()) {
            // Only a line that is not JSON can be blank: the common line pays nothing.
            j.blankLines += isBlankLine(line);
            corrupt(number, [&] {
                return tr("line %1 is not valid JSON: %2").arg(number).arg(parsed.error->message);
            });
        } else if (!parsed.value.is_object()) {
            corrupt(number, [&] { return tr("line %1 is not a JSON object").arg(number); });
        } else if (const Json &id = jsonMember(parsed.value, "event_id");
                   !id.is_string() || id.get_ref<const std::string &>().empty()) {
            // An event is what the daemon can number and others can cite. Without
            // the id, `{}` lines (3 bytes) would each take a 40-byte event.
            corrupt(number, [&] {
                return tr("line %1 is not an event: its event_id is missing or not a string")
                    .arg(number);
            });
        } else {
            const Json &e = parsed.value;
            JournalEvent ev;
            ev.eventId = x.sym(id);
            ev.type = x.sym(e, "event_type");
            ev.lane = x.sym(e, "lane");
            ev.objectId = x.sym(e, "object_id");
            ev.producer = x.sym(e, "producer");
            ev.created = Extractor::timeOf(e, "created_at");
            addEvent(ev, number, id.get_ref<const std::string &>());
        }
        pos = nl + 1;
    }
}

void StoreLoader::finishJournalLines(qint64 tornBytes, std::vector<Problem> &problems)
{
    JournalInfo &j = m_store.m_journal;
    const QString path = QStringLiteral("journal.jsonl");
    if (j.firstUnlistedCorrupt > 0) {
        const int unlisted = j.corruptLines - JournalInfo::kListedCorruptLines;
        problems.push_back(problem(path, Severity::Error, QStringLiteral("journal"), QString(),
            tr("and %n more corrupt line(s), not listed one by one: the first at line %1, the "
               "last at line %2 (%3 corrupt lines in all)",
                nullptr, unlisted)
                .arg(j.firstUnlistedCorrupt)
                .arg(j.lastCorrupt)
                .arg(j.corruptLines),
            j.firstUnlistedCorrupt));
    }
    if (tornBytes > 0) {
        j.tornTail = true;
        problems.push_back(
            problem(path, Severity::Warning, QStringLiteral("journal_torn"), QString(),
                tr("the last line (%1 bytes) has no newline: a write was interrupted or is still "
                   "in progress; it is not counted as an event")
                    .arg(tornBytes),
                j.lines + 1));
    }
}

void StoreLoader::reportRace(std::vector<Problem> &problems) const
{
    const JournalInfo &j = m_store.m_journal;
    const auto &runs = j.misnumbered;
    if (runs.empty())
        return;
    const Interner &strings = *m_store.m_strings;
    const auto &events = j.events;
    const QString path = QStringLiteral("journal.jsonl");
    const QString field = QStringLiteral("event_id");
    auto expected = [](int number) { return QString::fromStdString(daemonEventId(number)); };
    constexpr auto kListed = std::size_t(JournalInfo::kListedRaceProblems);
    constexpr auto kLinesPerId = std::size_t(JournalInfo::kListedLinesPerId);
    // Calls fn(event, misnumbered) for every event, walking the runs beside them.
    auto walk = [&](auto &&fn) {
        std::size_t r = 0;
        for (const JournalEvent &ev : events) {
            while (r < runs.size() && runs[r].lastLine < ev.line)
                ++r;
            fn(ev, r < runs.size() && ev.line >= runs[r].firstLine);
        }
    };

    // Two lines never share a number, so every id two lines carry is carried
    // by misnumbered lines, and by at most one line numbered right. Those ids
    // are sorted with repeats; a journal without the race pays nothing here.
    std::vector<Sym> ids;
    walk([&](const JournalEvent &ev, bool misnumbered) {
        if (misnumbered)
            ids.push_back(ev.eventId);
    });
    std::sort(ids.begin(), ids.end());
    const auto misnumberedEvents = ids.size();
    walk([&](const JournalEvent &ev, bool misnumbered) {
        if (!misnumbered
            && std::binary_search(
                ids.begin(), ids.begin() + qsizetype(misnumberedEvents), ev.eventId))
            ids.push_back(ev.eventId);
    });
    std::sort(ids.begin() + qsizetype(misnumberedEvents), ids.end()); // found in line order
    std::inplace_merge(ids.begin(), ids.begin() + qsizetype(misnumberedEvents), ids.end());
    std::size_t kept = 0; // ids carried twice or more, once each
    for (std::size_t i = 0, k; i < ids.size(); i = k) {
        for (k = i + 1; k < ids.size() && ids[k] == ids[i]; ++k) { }
        if (k - i >= 2)
            ids[kept++] = ids[i];
    }
    ids.resize(kept);
    ids.shrink_to_fit();

    // One pass in line order: the first ids met are the ones listed, in the
    // order of their first line.
    struct Carried
    {
        int first = 0, last = 0, count = 0, listed = -1;
    };
    std::vector<Carried> carried(ids.size());
    std::vector<std::array<int, kLinesPerId>> listedLines;
    std::vector<Sym> listedIds;
    if (!ids.empty()) {
        for (const JournalEvent &ev : events) {
            const auto it = std::lower_bound(ids.begin(), ids.end(), ev.eventId);
            if (it == ids.end() || *it != ev.eventId)
                continue;
            Carried &c = carried[std::size_t(it - ids.begin())];
            if (c.count == 0) {
                c.first = ev.line;
                if (listedLines.size() < kListed) {
                    c.listed = int(listedLines.size());
                    listedLines.emplace_back();
                    listedIds.push_back(ev.eventId);
                }
            }
            if (c.listed >= 0 && std::size_t(c.count) < kLinesPerId)
                listedLines[std::size_t(c.listed)][std::size_t(c.count)] = ev.line;
            ++c.count;
            c.last = ev.line;
        }
    }
    std::vector<const Carried *> byListing(listedLines.size());
    int unlisted = 0, firstUnlisted = std::numeric_limits<int>::max(), lastUnlisted = 0;
    qint64 unlistedLines = 0;
    for (const Carried &c : carried) {
        if (c.listed >= 0) {
            byListing[std::size_t(c.listed)] = &c;
        } else {
            ++unlisted;
            firstUnlisted = std::min(firstUnlisted, c.first);
            lastUnlisted = std::max(lastUnlisted, c.last);
            unlistedLines += c.count;
        }
    }
    for (std::size_t d = 0; d < byListing.size(); ++d) {
        const Carried &c = *byListing[d];
        const std::size_t shown = std::min(std::size_t(c.count), kLinesPerId);
        QStringList lines;
        for (std::size_t t = 0; t < shown; ++t)
            lines << QString::number(listedLines[d][t]);
        const QString id = shortId(strings, listedIds[d]);
        QString message;
        // Every text in one arg(): an id must not supply a placeholder.
        if (std::size_t(c.count) == shown) {
            const QString last = lines.takeLast();
            message = tr("event_id %1 is carried by lines %2 and %3: writers that counted the "
                         "same lines gave their lines one number (the daemon's race)")
                          .arg(id, lines.join(QStringLiteral(", ")), last);
        } else {
            message = tr("event_id %1 is carried by %2 lines: %3 and %n more; writers that "
                         "counted the same lines gave their lines one number (the daemon's race)",
                nullptr, c.count - int(shown))
                          .arg(id, QString::number(c.count), lines.join(QStringLiteral(", ")));
        }
        problems.push_back(
            problem(path, Severity::Warning, ruleDuplicateId(), field, message, c.first));
    }
    if (unlisted > 0)
        problems.push_back(problem(path, Severity::Warning, ruleDuplicateId(), field,
            tr("and %n more event id(s) carried by more than one line, not listed one by one: "
               "between lines %1 and %2 (%3 lines)",
                nullptr, unlisted)
                .arg(firstUnlisted)
                .arg(lastUnlisted)
                .arg(unlistedLines),
            firstUnlisted));

    // Each run one problem, not one per line.
    auto idAt = [&](int line) {
        const auto it = std::lower_bound(events.begin(), events.end(), line,
            [](const JournalEvent &ev, int l) { return ev.line < l; });
        return it != events.end() && it->line == line ? shortId(strings, it->eventId) : QString();
    };
    for (std::size_t i = 0; i < std::min(runs.size(), kListed); ++i) {
        const MisnumberedRun &r = runs[i];
        const int lastNumber = r.firstNumber + (r.lastLine - r.firstLine);
        // Numbers first, then every text in one arg().
        const QString message = r.firstLine == r.lastLine
            ? tr("line %1 carries event_id %2 but the daemon numbers it %3")
                  .arg(r.firstLine)
                  .arg(idAt(r.firstLine), expected(r.firstNumber))
            : tr("lines %1-%2 carry ids numbered for other lines: line %1 carries %3 where the "
                 "daemon numbers it %4, line %2 carries %5 where it numbers it %6")
                  .arg(r.firstLine)
                  .arg(r.lastLine)
                  .arg(idAt(r.firstLine), expected(r.firstNumber), idAt(r.lastLine),
                      expected(lastNumber));
        problems.push_back(
            problem(path, Severity::Warning, ruleNumbering(), field, message, r.firstLine));
    }
    if (runs.size() > kListed)
        problems.push_back(problem(path, Severity::Warning, ruleNumbering(), field,
            tr("and %n more run(s) of misnumbered lines, not listed one by one: the first at "
               "line %1, the last ending at line %2 (%3 misnumbered lines in all)",
                nullptr, int(runs.size() - kListed))
                .arg(runs[kListed].firstLine)
                .arg(runs.back().lastLine)
                .arg(misnumberedEvents),
            runs[kListed].firstLine));
}

void StoreLoader::checkGeneration()
{
    Store &s = m_store;
    const qint64 generation = s.m_manifest.activeGeneration;
    // Every append bumps the generation by one: Sync Desk's, the daemon's,
    // and the demo store's counts agree. A negative one is no count.
    if (!s.m_manifest.parsed || generation < 0 || m_journalUnread)
        return;
    const qint64 events = s.m_journal.daemonCount();
    if (generation == events)
        return;
    const int bumps
        = int(std::min<qint64>(generation < events ? events - generation : generation - events,
            std::numeric_limits<int>::max()));
    s.m_problems.push_back(problem(QStringLiteral("manifest.json"), Severity::Warning,
        QString::fromLatin1(kRuleGenerationMismatch), QStringLiteral("active_generation"),
        (generation < events
                ? tr("manifest.json active_generation is %1 but journal.jsonl holds %2 events: "
                     "%n bump(s) were lost (the daemon's manifest race)",
                    nullptr, bumps)
                : tr("manifest.json active_generation is %1 but journal.jsonl holds %2 events: "
                     "%n bump(s) more than events (lines were removed or glued into one, or a "
                     "bump was given twice)",
                    nullptr, bumps))
            .arg(generation)
            .arg(events)));
}

} // namespace SyncDesk
