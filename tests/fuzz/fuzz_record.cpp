// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Record parsing and validation: any bytes a peer or agent may leave in a
// registry folder go through parseJson and the daemon's rules in both modes.

#include "core/records/evidence.h"
#include "core/records/validator.h"
#include "fuzzsupport.h"

#include <cstdlib>

using namespace SyncDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = SyncDeskFuzz::bytes(data, size);
    for (const auto mode : { ValidationMode::SyncDesk, ValidationMode::Strict }) {
        const Validation v = Validator::validateBytes(input, mode);
        // The daemon stops at the first failing rule: never more than one error.
        if (v.errors.size() > 1 || (v.verdict == Verdict::Valid && !v.errors.isEmpty()))
            std::abort();
        for (const auto &w : v.warnings)
            (void)w.message.size();
    }
    const auto parsed = parseJson(input);
    if (parsed.ok()) {
        (void)pythonStr(parsed.value);
        (void)jsonTypeName(parsed.value);
        if (parsed.value.is_object())
            (void)Evidence::check(parsed.value);
    }
    return 0;
}
