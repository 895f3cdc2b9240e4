// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/result.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

namespace SyncDesk {

/// What GET /healthz says (liveness only).
struct DaemonHealth final
{
    bool live = false;
    QString component;
    QString version;
    QString generatedAt;
};

/// What GET /readyz says. ready is only true for HTTP 200 with "ready": true.
struct DaemonReadiness final
{
    bool ready = false;
    int httpStatus = 0;
    QString status; ///< healthy, degraded, unsafe, uninitialized, ...
    QString severity;
    QString summary;
    QString generatedAt;
};

/// One step of a repair plan preview (GET /repairz), as the daemon describes it.
struct DaemonRepairStep final
{
    int order = 0;
    QString id;
    QString kind;
    bool destructive = false;
    QString description;
    QString expectedResult;
};

/// A step the plan holds back, and why.
struct DaemonBlockedStep final
{
    QString id;
    QString reason;
};

/**
 * What GET /repairz says: the daemon's repair plan, a preview only. Sync Desk
 * shows it to explain a degraded or unsafe daemon and never applies it.
 */
struct DaemonRepairPlan final
{
    QString planId;
    QString status; ///< "preview"
    QString severity;
    QString summary;
    QString generatedAt;
    bool previewOnly = false; ///< service.preview_only as the daemon said it
    QList<DaemonRepairStep> steps;
    QList<DaemonBlockedStep> blockedSteps;
};

/// One journal event from GET /events, as the events view shows it.
struct DaemonEvent final
{
    QString eventId;
    QString eventType;
    QString lane;
    QString objectId;
    QString producer;
    QString createdAt; ///< as the daemon wrote it
    /// Milliseconds since the epoch; nullopt when created_at is not RFC 3339 UTC.
    std::optional<qint64> createdAtMsecs;
    QString payloadJson; ///< compact JSON text; empty when the event has no payload
};

/// A parsed value or the reason there is none: a translated sentence fit for
/// a tooltip or an inline message.
template<typename T> using DaemonResult = Result<T>;

using DaemonEventList = QList<DaemonEvent>;

} // namespace SyncDesk

Q_DECLARE_METATYPE(SyncDesk::DaemonEvent)
Q_DECLARE_METATYPE(SyncDesk::DaemonRepairPlan)
