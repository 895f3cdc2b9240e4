// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/daemon/daemontypes.h"

#include <QByteArray>

namespace SyncDesk {

/**
 * The daemon's answers read into values: pure, total functions over any bytes
 * (they are fuzzed), giving a value or a translated reason, never a crash.
 * DaemonClient calls them on what its requests received; tests and the fuzzer
 * call them directly, without a network.
 */
class DaemonResponseParser final
{
public:
    DaemonResponseParser() = delete;

    /// GET /healthz: a JSON object with a boolean "live".
    static DaemonResult<DaemonHealth> parseHealth(const QByteArray &body);
    /// GET /readyz: 200 or 503 with a JSON object with a boolean "ready"; a 503
    /// is never ready, whatever the body claims.
    static DaemonResult<DaemonReadiness> parseReady(int httpStatus, const QByteArray &body);
    /// GET /events: a JSON object with an "events" list of journal events.
    static DaemonResult<DaemonEventList> parseEvents(const QByteArray &body);
    /// GET /repairz: a JSON object with at least a "steps" list; texts are capped
    /// and stripped of control and direction characters.
    static DaemonResult<DaemonRepairPlan> parseRepairPlan(const QByteArray &body);
    /// A 500's {"error", "message"} body as one short line; empty when it is not one.
    static QString errorSummary(const QByteArray &body);
};

} // namespace SyncDesk
