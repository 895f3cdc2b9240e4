// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"

#include <string_view>

namespace SyncDesk {

/**
 * Parses the common case, a well-formed document without duplicate keys, into
 * value directly, several times faster than nlohmann's lexer. It accepts only
 * what parseJson() accepts and builds the same value; on anything else
 * (errors, duplicate keys, deep nesting, numbers at the edges of their range)
 * it returns false and parseJson() takes its full path, which reports exactly.
 */
bool parseJsonFast(std::string_view bytes, Json &value);

/// parseJson() without the fast path: what it falls back to. For the
/// differential fuzzer and tests, which check that both paths agree.
JsonParseResult parseJsonChecked(std::string_view bytes);

} // namespace SyncDesk
