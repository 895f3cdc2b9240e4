// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/daemon/daemontypes.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <initializer_list>
#include <optional>

namespace SyncDesk {

class DaemonRequest;
struct DaemonResponse;

/**
 * Talks to the daemon's local HTTP service (spec/service.md): polls /healthz
 * and /readyz and fetches /events and the repair preview /repairz,
 * asynchronously, on the thread it lives on. Nothing else is ever requested:
 * the daemon's placeholder endpoints (/noisez, /narrativez, /coherencez,
 * /authorityz) answer fixed values and must never pass for health.
 *
 * Only loopback hosts are contacted unless setAllowRemoteHosts(true): any
 * other host is refused before a request exists. Every request is bounded by
 * an inactivity timeout, a total deadline and a size cap; redirects, cookies
 * and credentials are never followed or sent; whatever is malformed, oversized
 * or late makes the daemon "unreachable" with a reason.
 */
class DaemonClient final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown, ///< not polled yet
        Live, ///< /healthz answered, /readyz not yet
        Ready, ///< /readyz 200 with "ready": true
        NotReady, ///< /readyz 503 or "ready": false; message() is the daemon's summary
        /// /healthz answered but /readyz did not usefully (500, timeout,
        /// malformed): the daemon runs, whether it is ready is not known;
        /// message() says why. /readyz builds a full report each time, so one
        /// unparsable object or a slow policy service is enough.
        LiveReadinessUnknown,
        Unreachable, ///< no usable answer; message() says why
        Refused, ///< the host is not loopback and remote hosts are not allowed
    };
    Q_ENUM(State)

    static constexpr int kDefaultPort = 8765;
    static constexpr int kDefaultPollIntervalMs = 5000;
    static constexpr int kDefaultInitialBackoffMs = 2000;
    static constexpr int kDefaultMaxBackoffMs = 60000;
    static constexpr int kDefaultTransferTimeoutMs = 5000;
    static constexpr int kDefaultDeadlineMs = 10000;
    static constexpr qint64 kDefaultStatusLimit = 1024 * 1024;
    static constexpr qint64 kDefaultEventsLimit = 8 * 1024 * 1024;

    explicit DaemonClient(QObject *parent = nullptr);
    ~DaemonClient() override;

    static QUrl defaultBaseUrl();

    /// User info in the URL is dropped: credentials are never sent.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setAllowRemoteHosts(bool allow);
    bool allowRemoteHosts() const { return m_allowRemote; }
    /// Sent as ?store_root= with every request; empty sends none.
    void setStoreRoot(const QString &root);
    QString storeRoot() const { return m_storeRoot; }

    void setPollInterval(int ms);
    /// The first retry after a failure waits initialMs, each further one twice as long, up to
    /// maxMs.
    void setBackoff(int initialMs, int maxMs);
    /// transferMs: longest silence; deadlineMs: longest whole request (a server dripping bytes).
    void setTimeouts(int transferMs, int deadlineMs);
    void setResponseLimits(qint64 statusBytes, qint64 eventsBytes);

    /// Polls now, then every poll interval (or with backoff while unreachable).
    void start();
    /// Stops polling and aborts what is in flight; the state stays as it was.
    void stop();
    bool isRunning() const { return m_running; }
    /// Polls now (a "check again" button) without waiting for the timer.
    void pollNow();
    /// One GET /events; answers with eventsReceived() or eventsFailed(). A newer call replaces an
    /// older one.
    void fetchEvents();
    /// One GET /repairz, the daemon's repair plan preview (read-only: Sync Desk
    /// never applies it); answers with repairPlanReceived() or repairPlanFailed().
    /// A newer call replaces an older one.
    void fetchRepairPlan();

    State state() const { return m_state; }
    QString message() const { return m_message; }
    DaemonHealth health() const { return m_health; }
    DaemonReadiness readiness() const { return m_readiness; }
    /// Milliseconds until the next scheduled poll as scheduled after the last one; 0 when none.
    int nextPollDelay() const { return m_nextDelayMs; }
    /// Requests handed to the network so far (diagnostics; tests prove refusals send none).
    quint64 requestCount() const { return m_requestCount; }

    /// nullopt when the client may contact url; otherwise why not (translated).
    static std::optional<QString> refusalFor(const QUrl &url, bool allowRemoteHosts);
    /// base + path, with store_root percent-encoded so '+', '&' and '%' survive.
    static QUrl endpointUrl(const QUrl &base, const QString &path, const QString &storeRoot);

Q_SIGNALS:
    void stateChanged(SyncDesk::DaemonClient::State state, const QString &message);
    /// After each poll, with the delay until the next one.
    void pollFinished(int nextDelayMs);
    void eventsReceived(const SyncDesk::DaemonEventList &events);
    void eventsFailed(const QString &message);
    void repairPlanReceived(const SyncDesk::DaemonRepairPlan &plan);
    void repairPlanFailed(const QString &message);

private:
    DaemonRequest *send(const QString &path, qint64 limit);
    void setState(State state, const QString &message);
    void onHealth(const DaemonResponse &response);
    void onReady(const DaemonResponse &response);
    void onEvents(const DaemonResponse &response);
    void onEventsParsed();
    void onRepairPlan(const DaemonResponse &response);
    void readinessUnknown(const QString &reason);
    void pollSucceeded();
    void pollFailed(const QString &reason);
    /// Counts a failed poll and gives the delay before the next one.
    int nextBackoff();
    void schedule(int delayMs);
    void abortStatus();
    void abortEvents();
    void abortRepairPlan();
    QString checkResponse(const DaemonResponse &response, const QString &endpoint,
        std::initializer_list<int> ok) const;

    QNetworkAccessManager m_nam;
    QTimer m_pollTimer;
    QUrl m_baseUrl;
    QString m_storeRoot;
    bool m_allowRemote = false;
    bool m_running = false;

    int m_pollIntervalMs = kDefaultPollIntervalMs;
    int m_initialBackoffMs = kDefaultInitialBackoffMs;
    int m_maxBackoffMs = kDefaultMaxBackoffMs;
    int m_transferTimeoutMs = kDefaultTransferTimeoutMs;
    int m_deadlineMs = kDefaultDeadlineMs;
    qint64 m_statusLimit = kDefaultStatusLimit;
    qint64 m_eventsLimit = kDefaultEventsLimit;

    QPointer<DaemonRequest> m_statusRequest;
    QPointer<DaemonRequest> m_eventsRequest;
    QPointer<DaemonRequest> m_repairRequest;
    QFutureWatcher<DaemonResult<DaemonEventList>> m_eventsParse;
    int m_failures = 0;
    int m_nextDelayMs = 0;
    quint64 m_requestCount = 0;

    State m_state = State::Unknown;
    QString m_message;
    DaemonHealth m_health;
    DaemonReadiness m_readiness;
};

} // namespace SyncDesk
