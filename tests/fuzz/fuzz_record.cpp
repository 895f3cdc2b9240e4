// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Record parsing and validation: any bytes a peer or agent may leave in a
// registry folder go through parseJson and the daemon's rules in both modes.
// The loader's path without a DOM (parseFlat, Validator::validateFlat) may give
// up on anything, but what it judges must be what validate() judges.

#include "core/json/jsonfast_p.h"
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
    FlatDocument doc;
    if (parseFlat(input, doc)) {
        if (const auto flat = Validator::validateFlat(doc)) {
            if (!parsed.ok() || !parsed.duplicateKeys.isEmpty() || !flat->errors.isEmpty()
                || !flat->warnings.isEmpty())
                std::abort();
            for (const auto mode : { ValidationMode::SyncDesk, ValidationMode::Strict }) {
                const Validation full = Validator::validate(parsed.value, mode);
                if (full.verdict != flat->verdict || full.kind != flat->kind
                    || full.schema != flat->schema || !full.errors.isEmpty()
                    || !full.warnings.isEmpty())
                    std::abort();
            }
        }
    }
    if (parsed.ok()) {
        (void)pythonStr(parsed.value);
        (void)jsonTypeName(parsed.value);
        if (parsed.value.is_object())
            (void)Evidence::check(parsed.value);
    }
    return 0;
}
