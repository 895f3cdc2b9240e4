// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The JSON fast path against nlohmann's own parser: whatever parseJsonFast()
// accepts, nlohmann must accept too and build the same tree, number types and
// key order included (the dump shows both). The fast path may give up on
// anything; it must never accept what the full path refuses, or differ.
// The full path (parseJsonChecked, what parseJson() falls back to) must agree
// with the fast path too; beyond that it keeps integers past 64 bits exactly,
// where nlohmann has a double, so it is compared with nlohmann only without them.

#include "core/json/jsonfast_p.h"
#include "fuzzsupport.h"

#include <cstdlib>

using namespace SyncDesk;

namespace {

bool holdsBigInteger(const Json &v)
{
    if (isBigInteger(v))
        return true;
    if (v.is_structured())
        for (const auto &e : v)
            if (holdsBigInteger(e))
                return true;
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = SyncDeskFuzz::bytes(data, size);
    const auto checked = parseJsonChecked(input);
    Json fast;
    if (!parseJsonFast(input, fast)) {
        // A document only the full path reads, without duplicate keys (where
        // nlohmann keeps the first value and Python the last) or big integers:
        // nlohmann reads the same tree.
        if (checked.ok() && checked.duplicateKeys.isEmpty() && !holdsBigInteger(checked.value)) {
            const Json full = Json::parse(input.begin(), input.end(), nullptr, false);
            if (!full.is_discarded()
                && (full != checked.value || full.dump() != checked.value.dump()))
                std::abort();
        }
        return 0;
    }
    // A raw NUL is never valid JSON (control characters must be escaped), and
    // nlohmann would stop at one as if the input ended: check it here.
    if (input.find('\0') != std::string_view::npos)
        std::abort();
    Json full = Json::parse(input.begin(), input.end(), nullptr, false);
    if (full.is_discarded() || full != fast || full.dump() != fast.dump())
        std::abort();
    if (!checked.ok() || !checked.duplicateKeys.isEmpty() || checked.value != fast
        || dumpJson(checked.value) != dumpJson(fast))
        std::abort();
    return 0;
}
