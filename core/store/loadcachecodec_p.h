// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/storetypes.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <bit>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace SyncDesk::LoadCacheCodec {

// The cache is read back by the same executable (its identity is in the key),
// so values are stored in the machine's own byte order.

/// Appends values to a byte string. Symbols are written as they are; the
/// cache's string table says what each one was.
class Encoder final
{
public:
    explicit Encoder(std::string &out)
        : m_out(out)
    { }

    template<class T>
    requires std::is_trivially_copyable_v<T>
    void raw(const T &value) { m_out.append(reinterpret_cast<const char *>(&value), sizeof value); }
    void bytes(const char *data, std::size_t size)
    {
        raw(quint32(size));
        m_out.append(data, size);
    }
    /// UTF-16 at an even offset, so that a QStringView can point straight at it.
    void text(QStringView s)
    {
        raw(quint32(s.size()));
        if (size() % 2)
            m_out.push_back('\0');
        m_out.append(reinterpret_cast<const char *>(s.utf16()), std::size_t(s.size()) * 2);
    }
    /// Bytes written so far, those already flushed included: an offset in the file.
    std::size_t size() const { return m_flushed + m_out.size(); }
    /// The byte at a file offset not yet flushed, for a length written after its value.
    char *at(std::size_t offset) { return m_out.data() + (offset - m_flushed); }
    /// Hands the bytes not yet flushed to sink and lets them go; offsets go on counting.
    template<class Sink> bool flush(Sink &&sink)
    {
        const bool ok = sink(std::string_view(m_out));
        m_flushed += m_out.size();
        m_out.clear();
        return ok;
    }

    void operator()(const Sym &s) { raw(s); }
    void operator()(const qint64 &v) { raw(v); }
    void operator()(const bool &v) { raw(quint8(v)); }
    void operator()(const quint8 &v) { raw(v); }
    template<class E>
    requires std::is_enum_v<E>
    void operator()(const E &e) { raw(quint8(e)); }
    void operator()(const QString &s) { text(s); }
    void operator()(const QByteArray &b) { bytes(b.constData(), std::size_t(b.size())); }
    void operator()(const SymList &list)
    {
        raw(quint32(list.size()));
        m_out.append(reinterpret_cast<const char *>(list.data()), list.size() * sizeof(Sym));
    }
    void operator()(const SymPairs &pairs)
    {
        raw(quint32(pairs.size()));
        for (const auto &[a, b] : pairs) {
            raw(a);
            raw(b);
        }
    }
    template<class... T>
    requires(sizeof...(T) > 1) void operator()(const T &...values) { ((*this)(values), ...); }

private:
    std::string &m_out;
    std::size_t m_flushed = 0;
};

/// The checksum a cache file's payload carries, fed in pieces: the encoder
/// streams the file and never holds it whole. Four independent lanes: one
/// chain of multiplies would be the bottleneck.
class Checksum final
{
public:
    void add(const char *p, std::size_t n)
    {
        m_total += n;
        if (m_tailSize > 0) {
            const std::size_t take = std::min(n, sizeof m_tail - m_tailSize);
            std::memcpy(m_tail + m_tailSize, p, take);
            m_tailSize += take;
            p += take;
            n -= take;
            if (m_tailSize < sizeof m_tail)
                return;
            block(m_tail);
            m_tailSize = 0;
        }
        for (; n >= sizeof m_tail; p += sizeof m_tail, n -= sizeof m_tail)
            block(p);
        std::memcpy(m_tail, p, n);
        m_tailSize = n;
    }
    quint64 result() const
    {
        quint64 h = m_lane[0] ^ std::rotl(m_lane[1], 17) ^ std::rotl(m_lane[2], 34)
            ^ std::rotl(m_lane[3], 51);
        for (std::size_t i = 0; i < m_tailSize; ++i)
            h = (h ^ quint8(m_tail[i])) * kK1;
        h ^= m_total * kK2;
        h ^= h >> 29;
        h *= kK2;
        return h ^ (h >> 32);
    }

private:
    static constexpr quint64 kK1 = 0x9E3779B97F4A7C15ULL, kK2 = 0xBF58476D1CE4E5B9ULL;
    void block(const char *p)
    {
        for (int l = 0; l < 4; ++l) {
            quint64 w;
            std::memcpy(&w, p + std::size_t(l) * 8, 8);
            m_lane[l] = std::rotl((m_lane[l] ^ w) * kK1, 31) * kK2;
        }
    }

    quint64 m_lane[4] = { kK1, kK2, kK1 * 3, kK2 * 5 };
    char m_tail[32] {};
    std::size_t m_tailSize = 0;
    quint64 m_total = 0;
};

/// The values an enum field of a record or problem may hold. Views index
/// tables by them, and a damaged cache may say anything; an enum without an
/// overload here does not build.
constexpr bool inRange(Flag f)
{
    return f == Flag::Unknown || f == Flag::False || f == Flag::True;
}
constexpr bool inRange(CardState s)
{
    return quint8(s) <= quint8(CardState::Invalid);
}
constexpr bool inRange(DecisionOption o)
{
    return o == DecisionOption::None || (int(o) >= 0 && int(o) < kDecisionOptionCount);
}
constexpr bool inRange(Severity s)
{
    return quint8(s) <= quint8(Severity::Warning);
}
constexpr bool inRange(EvidenceStatus s)
{
    return quint8(s) <= quint8(EvidenceStatus::Suspect);
}

/// Reads what Encoder wrote, checking every length against the bytes left and
/// every symbol against the string table and every enum against its values; the
/// first failure sets ok() false.
class Decoder final
{
public:
    Decoder(const char *begin, const char *end, const std::vector<Sym> &remap)
        : m_p(begin)
        , m_begin(begin)
        , m_end(end)
        , m_remap(remap)
    { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }
    std::size_t offset() const { return std::size_t(m_p - m_begin); }
    std::size_t left() const { return std::size_t(m_end - m_p); }
    bool fail()
    {
        m_ok = false;
        m_p = m_end;
        return false;
    }
    bool take(std::size_t n)
    {
        if (!m_ok || std::size_t(m_end - m_p) < n)
            return fail();
        return true;
    }
    bool skip(std::size_t n)
    {
        if (!take(n))
            return false;
        m_p += n;
        return true;
    }
    template<class T>
    requires std::is_trivially_copyable_v<T> T raw()
    {
        T value {};
        if (take(sizeof value)) {
            std::memcpy(&value, m_p, sizeof value);
            m_p += sizeof value;
        }
        return value;
    }
    /// Bytes written by Encoder::bytes(), without copying.
    std::string_view bytes()
    {
        const auto n = raw<quint32>();
        if (!take(n))
            return {};
        const std::string_view out(m_p, n);
        m_p += n;
        return out;
    }
    /// Text written by Encoder::text(), without copying.
    QStringView text()
    {
        const auto n = raw<quint32>();
        // Encoder aligned it in the file, whose buffer is allocated aligned.
        if (m_ok && reinterpret_cast<quintptr>(m_p) % 2 && take(1))
            ++m_p;
        if (!take(std::size_t(n) * 2))
            return {};
        const QStringView out(reinterpret_cast<const char16_t *>(m_p), qsizetype(n));
        m_p += std::size_t(n) * 2;
        return out;
    }
    Sym sym(Sym saved)
    {
        if (saved >= m_remap.size() || (saved != kNoSym && m_remap[saved] == kNoSym)) {
            fail();
            return kNoSym;
        }
        return m_remap[saved];
    }

    void operator()(Sym &s) { s = sym(raw<Sym>()); }
    void operator()(qint64 &v) { v = raw<qint64>(); }
    void operator()(bool &v) { v = raw<quint8>() != 0; }
    void operator()(quint8 &v) { v = raw<quint8>(); }
    template<class E>
    requires std::is_enum_v<E>
    void operator()(E &e)
    {
        e = static_cast<E>(raw<quint8>());
        if (!inRange(e))
            fail();
    }
    void operator()(QString &s) { s = text().toString(); }
    void operator()(QByteArray &b)
    {
        const auto v = bytes();
        b = QByteArray(v.data(), qsizetype(v.size()));
    }
    void operator()(SymList &list)
    {
        const auto n = raw<quint32>();
        if (!take(std::size_t(n) * sizeof(Sym)))
            return;
        list.resize(n);
        for (Sym &s : list)
            s = sym(raw<Sym>());
    }
    void operator()(SymPairs &pairs)
    {
        const auto n = raw<quint32>();
        if (!take(std::size_t(n) * 2 * sizeof(Sym)))
            return;
        pairs.resize(n);
        for (auto &[a, b] : pairs) {
            a = sym(raw<Sym>());
            b = sym(raw<Sym>());
        }
    }
    template<class... T>
    requires(sizeof...(T) > 1) void operator()(T &...values) { ((*this)(values), ...); }

private:
    const char *m_p;
    const char *m_begin;
    const char *m_end;
    const std::vector<Sym> &m_remap;
    bool m_ok = true;
};

// One list of fields per record type serves both directions. A field added to
// a record must be added here: the sizes below stop the build until it is
// (and tst_loadcache compares every field of a cached load with a fresh one).
static_assert(sizeof(void *) != 8 || sizeof(OperationRecord) == 208, "update fields()");
static_assert(sizeof(void *) != 8 || sizeof(TaskRecord) == 112, "update fields()");
static_assert(sizeof(void *) != 8 || sizeof(ConflictRecord) == 232, "update fields()");
static_assert(sizeof(void *) != 8 || sizeof(PolicyDecisionRecord) == 72, "update fields()");
static_assert(sizeof(void *) != 8 || sizeof(ActorRecord) == 144, "update fields()");
static_assert(sizeof(void *) != 8 || sizeof(DeviceRecord) == 48, "update fields()");
static_assert(sizeof(void *) != 8 || sizeof(ProfileRecord) == 40, "update fields()");
static_assert(sizeof(void *) != 8 || sizeof(EvidenceRecord) == 88, "update fields()");

template<class IO> void fields(IO &io, OperationRecord &r)
{
    io(r.id, r.localId, r.remoteId, r.type, r.status, r.workspace, r.profile, r.actor, r.device,
        r.encryptionProfile, r.localLogRef, r.checkpointRef, r.policyRef, r.admissionRef,
        r.idempotencyKey, r.causalParents, r.conflicts, r.evidenceRefs, r.provisional,
        r.reconciliation, r.created, r.updated, r.replaySafe, r.staleTask, r.leaseExpired);
}

template<class IO> void fields(IO &io, TaskRecord &r)
{
    io(r.id, r.operation, r.type, r.status, r.idempotencyKey, r.policyRef, r.remoteId, r.conflict,
        r.checkpointRef, r.attempt, r.evidenceRefs, r.created, r.updated, r.started, r.completed,
        r.replaySafe);
}

template<class IO> void fields(IO &io, ConflictRecord &r)
{
    io(r.id, r.object, r.objectType, r.workspace, r.profile, r.schemaVersion, r.severity,
        r.mergePolicy, r.actors, r.devices, r.explanation, r.created, r.state, r.versionToken);
    io(r.card.cardId, r.card.options, r.card.recommended, r.card.selected, r.card.selectedBy,
        r.card.rationale, r.card.selectedAt, r.card.offered, r.card.recommendedOption,
        r.card.selectedOption);
}

template<class IO> void fields(IO &io, PolicyDecisionRecord &r)
{
    io(r.id, r.effect, r.policyId, r.policyVersion, r.actor, r.object, r.workspace, r.profile,
        r.rationale, r.decided);
}

template<class IO> void fields(IO &io, ActorRecord &r)
{
    io(r.id, r.type, r.identity, r.trust, r.displayName, r.workspaceScope, r.profileScope,
        r.capabilities, r.revoked, r.created, r.revokedAt);
}

template<class IO> void fields(IO &io, DeviceRecord &r)
{
    io(r.id, r.trust, r.state, r.displayName, r.revoked);
}

template<class IO> void fields(IO &io, ProfileRecord &r)
{
    io(r.id, r.profileClass, r.displayName);
}

template<class IO> void fields(IO &io, EvidenceRecord &r)
{
    io(r.id, r.type, r.subject, r.writer, r.generated, r.declaredDigest, r.status, r.isSigned,
        r.statusMessage);
}

} // namespace SyncDesk::LoadCacheCodec
