// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// The daemon's answers: /healthz, /readyz (whose HTTP status matters),
// /events and /repairz bodies and 500 error bodies as a malicious or
// compromised daemon might send them.

#include "core/daemon/daemonresponseparser.h"
#include "core/records/plaintext.h"
#include "fuzzsupport.h"

#include <cstdlib>

using namespace SyncDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the status /readyz answered with, the rest is the body.
    static constexpr int kStatuses[] = { 200, 503, 500, 404, 204, 302, 0, -1 };
    const int status = kStatuses[data[0] % (sizeof kStatuses / sizeof *kStatuses)];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // A refusal always says why: the status bar shows that sentence.
    if (const auto r = DaemonResponseParser::parseHealth(body); !r && r.error().isEmpty())
        std::abort();
    if (const auto r = DaemonResponseParser::parseReady(status, body); !r && r.error().isEmpty())
        std::abort();
    if (const auto r = DaemonResponseParser::parseEvents(body); !r && r.error().isEmpty())
        std::abort();
    if (const auto r = DaemonResponseParser::parseRepairPlan(body); !r && r.error().isEmpty())
        std::abort();
    // What is shown of a plan or an error never carries a control character.
    if (const auto r = DaemonResponseParser::parseRepairPlan(body); r) {
        for (const auto &step : r->steps)
            if (PlainText::hasHiddenCharacters(step.description))
                std::abort();
    }
    if (PlainText::hasHiddenCharacters(DaemonResponseParser::errorSummary(body)))
        std::abort();
    return 0;
}
