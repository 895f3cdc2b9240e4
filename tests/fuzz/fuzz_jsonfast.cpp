// The JSON fast path against nlohmann's own parser: whatever parseJsonFast()
// accepts, nlohmann must accept too and build the same tree, number types and
// key order included (the dump shows both). The fast path may give up on
// anything; it must never accept what the full path refuses, or differ.

#include "core/jsonfast_p.h"
#include "fuzzsupport.h"

#include <cstdlib>

using namespace SyncDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = SyncDeskFuzz::bytes(data, size);
    Json fast;
    if (!parseJsonFast(input, fast))
        return 0;
    // A raw NUL is never valid JSON (control characters must be escaped), and
    // nlohmann would stop at one as if the input ended: check it here.
    if (input.find('\0') != std::string_view::npos)
        std::abort();
    Json full = Json::parse(input.begin(), input.end(), nullptr, false);
    if (full.is_discarded() || full != fast || full.dump() != fast.dump())
        std::abort();
    return 0;
}
