// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The canonical digest: canonicalJson must be total over anything parseJson
// accepts, and a fixpoint (canonical text re-read gives the same text), or two
// readers of one artifact would disagree on its digest. dumpJson, which writes
// records back, must round-trip.

#include "core/json/canonicaljson.h"
#include "core/records/evidence.h"
#include "fuzzsupport.h"

#include <cstdio>
#include <cstdlib>

using namespace SyncDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = parseJson(SyncDeskFuzz::bytes(data, size));
    if (!parsed.ok())
        return 0;
    const std::string canonical = canonicalJson(parsed.value);
    const auto again = parseJson(canonical);
    if (!again.ok()) {
        std::fprintf(stderr, "canonical form does not parse: %s\n", canonical.c_str());
        std::abort();
    }
    if (!again.duplicateKeys.isEmpty() || canonicalJson(again.value) != canonical) {
        std::fprintf(stderr, "canonical form is not a fixpoint: %s\n", canonical.c_str());
        std::abort();
    }
    if (artifactDigest(parsed.value) != artifactDigest(again.value))
        std::abort();
    // What Sync Desk writes back (dumpJson) reads as the same value, big
    // integers digit for digit, and hashes alike.
    for (const int indent : { -1, 2 }) {
        const auto written = parseJson(dumpJson(parsed.value, indent));
        if (!written.ok() || written.value != parsed.value
            || canonicalJson(written.value) != canonical) {
            std::fprintf(stderr, "dumpJson does not read back: %s\n",
                dumpJson(parsed.value, indent).c_str());
            std::abort();
        }
    }
    if (parsed.value.is_object())
        (void)Evidence::check(parsed.value);
    return 0;
}
