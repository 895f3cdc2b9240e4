// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/json/sha256_p.h"

#include <QByteArrayView>
#include <QCryptographicHash>

#include <atomic>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define SYNCDESK_SHA_NI 1
#endif

namespace SyncDesk {
namespace {

std::atomic<bool> g_cpuEnabled { true };

Sha256Digest sha256Qt(std::string_view bytes)
{
    const QByteArray d = QCryptographicHash::hash(
        QByteArrayView(bytes.data(), qsizetype(bytes.size())), QCryptographicHash::Sha256);
    Sha256Digest out;
    std::memcpy(out.data(), d.constData(), out.size());
    return out;
}

#ifdef SYNCDESK_SHA_NI

bool cpuHasShaNi()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSSE3) || !(c & bit_SSE4_1))
        return false;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
#ifdef bit_SHA
    return (b & bit_SHA) != 0;
#else
    return (b & (1u << 29)) != 0; // CPUID.(EAX=7,ECX=0):EBX.SHA[bit 29]
#endif
}

const bool kHasShaNi = cpuHasShaNi();

alignas(16) constexpr std::uint32_t kRound[64] = { 0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5,
    0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
    0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
    0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2 };

/// Runs the compression function over whole 64-byte blocks. The instructions
/// keep the state as ABEF and CDGH: it is rearranged on the way in and out.
__attribute__((target("sha,sse4.1,ssse3"))) void compress(
    std::uint32_t state[8], const std::uint8_t *data, std::size_t blocks)
{
    // The message words are big-endian.
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = abef, cdghBefore = cdgh;
        __m128i w[4]; // the schedule's last 16 words, four to a register
        for (int i = 0; i < 16; ++i) {
            __m128i &group = w[i % 4];
            if (i < 4) {
                group = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
            } else {
                // W[t..t+3] from W[t-16..t-13] (group), W[t-15..t-12] (msg1),
                // W[t-7..t-4] (alignr of the two previous) and W[t-2..t-1] (msg2).
                const __m128i &previous = w[(i + 3) % 4];
                const __m128i &before = w[(i + 2) % 4];
                group = _mm_sha256msg1_epu32(group, w[(i + 1) % 4]);
                group = _mm_add_epi32(group, _mm_alignr_epi8(previous, before, 4));
                group = _mm_sha256msg2_epu32(group, previous);
            }
            __m128i message = _mm_add_epi32(
                group, _mm_load_si128(reinterpret_cast<const __m128i *>(kRound + 4 * i)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), hgfe);
}

Sha256Digest sha256Cpu(std::string_view bytes)
{
    std::uint32_t state[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f,
        0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    const auto *data = reinterpret_cast<const std::uint8_t *>(bytes.data());
    const std::size_t whole = bytes.size() / 64;
    compress(state, data, whole);
    // The tail, 0x80, zeros, and the length in bits (big-endian) fill one or two blocks.
    std::uint8_t last[128] = {};
    const std::size_t tail = bytes.size() - whole * 64;
    if (tail > 0)
        std::memcpy(last, data + whole * 64, tail);
    last[tail] = 0x80;
    const std::size_t lastSize = tail < 56 ? 64 : 128;
    const std::uint64_t bits = std::uint64_t(bytes.size()) * 8;
    for (int i = 0; i < 8; ++i)
        last[lastSize - 1 - std::size_t(i)] = std::uint8_t(bits >> (8 * i));
    compress(state, last, lastSize / 64);
    Sha256Digest out;
    for (std::size_t i = 0; i < 8; ++i)
        for (std::size_t b = 0; b < 4; ++b)
            out[4 * i + b] = std::uint8_t(state[i] >> (24 - 8 * b));
    return out;
}

#endif

} // namespace

Sha256Digest sha256(std::string_view bytes)
{
#ifdef SYNCDESK_SHA_NI
    if (kHasShaNi && g_cpuEnabled.load(std::memory_order_relaxed))
        return sha256Cpu(bytes);
#endif
    return sha256Qt(bytes);
}

bool sha256UsesCpuExtensions()
{
#ifdef SYNCDESK_SHA_NI
    return kHasShaNi && g_cpuEnabled.load(std::memory_order_relaxed);
#else
    return false;
#endif
}

void setSha256CpuExtensionsEnabled(bool enabled)
{
    g_cpuEnabled.store(enabled, std::memory_order_relaxed);
}

} // namespace SyncDesk
