// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/daemon/daemonclient.h"

#include "core/daemon/daemonrequest_p.h"
#include "core/daemon/daemonresponseparser.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <memory>

namespace SyncDesk {

namespace {

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    return mime == "application/json";
}

} // namespace

DaemonClient::DaemonClient(QObject *parent)
    : QObject(parent)
    , m_baseUrl(defaultBaseUrl())
{
    qRegisterMetaType<SyncDesk::DaemonEventList>();
    qRegisterMetaType<SyncDesk::DaemonRepairPlan>();
    // The store path travels in the query: no proxy sees it, even for an allowed remote host.
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam.setStrictTransportSecurityEnabled(false);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DaemonClient::pollNow);
    connect(&m_eventsParse, &QFutureWatcherBase::finished, this, &DaemonClient::onEventsParsed);
}

DaemonClient::~DaemonClient()
{
    abortStatus();
    abortEvents();
    abortRepairPlan();
}

QUrl DaemonClient::defaultBaseUrl()
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(kDefaultPort);
    return url;
}

void DaemonClient::setBaseUrl(const QUrl &url)
{
    QUrl clean = url;
    clean.setUserInfo(QString());
    if (clean == m_baseUrl)
        return;
    m_baseUrl = clean;
    abortEvents();
    abortRepairPlan();
    if (m_running)
        pollNow();
}

void DaemonClient::setAllowRemoteHosts(bool allow)
{
    if (allow == m_allowRemote)
        return;
    m_allowRemote = allow;
    if (m_running)
        pollNow();
}

void DaemonClient::setStoreRoot(const QString &root)
{
    if (root == m_storeRoot)
        return;
    m_storeRoot = root;
    if (m_running)
        pollNow();
}

void DaemonClient::setPollInterval(int ms)
{
    m_pollIntervalMs = std::max(1, ms);
}

void DaemonClient::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = std::max(1, initialMs);
    m_maxBackoffMs = std::max(m_initialBackoffMs, maxMs);
}

void DaemonClient::setTimeouts(int transferMs, int deadlineMs)
{
    m_transferTimeoutMs = std::max(1, transferMs);
    m_deadlineMs = std::max(1, deadlineMs);
}

void DaemonClient::setResponseLimits(qint64 statusBytes, qint64 eventsBytes)
{
    m_statusLimit = std::max<qint64>(0, statusBytes);
    m_eventsLimit = std::max<qint64>(0, eventsBytes);
}

void DaemonClient::start()
{
    m_running = true;
    pollNow();
}

void DaemonClient::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_nextDelayMs = 0;
    abortStatus();
    abortEvents();
    abortRepairPlan();
}

std::optional<QString> DaemonClient::refusalFor(const QUrl &url, bool allowRemoteHosts)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https"))
        return tr("%1 is not an http or https address").arg(url.toDisplayString());
    const QString host = url.host();
    if (host.isEmpty())
        return tr("%1 names no host").arg(url.toDisplayString());
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return std::nullopt;
    const QHostAddress address(host);
    if (!address.isNull() && address.isLoopback())
        return std::nullopt;
    if (allowRemoteHosts)
        return std::nullopt;
    return tr("%1 is not this computer; Sync Desk only contacts other hosts when allowed")
        .arg(host);
}

QUrl DaemonClient::endpointUrl(const QUrl &base, const QString &path, const QString &storeRoot)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setFragment(QString());
    if (storeRoot.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(QString::fromLatin1("store_root=" + QUrl::toPercentEncoding(storeRoot)),
            QUrl::StrictMode);
    return url;
}

DaemonRequest *DaemonClient::send(const QString &path, qint64 limit)
{
    ++m_requestCount;
    return new DaemonRequest(m_nam, endpointUrl(m_baseUrl, path, m_storeRoot),
        { m_transferTimeoutMs, m_deadlineMs, limit }, this);
}

void DaemonClient::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

void DaemonClient::pollNow()
{
    m_pollTimer.stop();
    abortStatus();
    if (const auto refusal = refusalFor(m_baseUrl, m_allowRemote)) {
        // No retry: nothing will change until the user changes the URL or the setting.
        m_nextDelayMs = 0;
        setState(State::Refused, *refusal);
        Q_EMIT pollFinished(0);
        return;
    }
    m_statusRequest = send(QStringLiteral("/healthz"), m_statusLimit);
    connect(m_statusRequest, &DaemonRequest::finished, this, &DaemonClient::onHealth);
}

QString DaemonClient::checkResponse(
    const DaemonResponse &response, const QString &endpoint, std::initializer_list<int> ok) const
{
    if (!response.error.isEmpty())
        return response.error;
    if (std::find(ok.begin(), ok.end(), response.httpStatus) == ok.end())
        return tr("%1 answered HTTP %2").arg(endpoint).arg(response.httpStatus);
    if (!isJsonContentType(response.contentType))
        return tr("%1 answered with %2, not JSON")
            .arg(endpoint,
                response.contentType.isEmpty()
                    ? tr("no content type")
                    : QString::fromLatin1(response.contentType.left(80)));
    return {};
}

void DaemonClient::onHealth(const DaemonResponse &response)
{
    m_statusRequest->deleteLater();
    m_statusRequest = nullptr;
    const QString endpoint = QStringLiteral("/healthz");
    if (const QString error = checkResponse(response, endpoint, { 200 }); !error.isEmpty())
        return pollFailed(error);
    auto health = DaemonResponseParser::parseHealth(response.body);
    if (!health)
        return pollFailed(health.error());
    if (!health->live)
        return pollFailed(tr("the daemon reports it is not live"));
    m_health = health.value();
    // Only a daemon coming back is "live"; a ready one stays ready while re-polled.
    if (m_state != State::Ready && m_state != State::NotReady
        && m_state != State::LiveReadinessUnknown)
        setState(State::Live, QString());
    m_statusRequest = send(QStringLiteral("/readyz"), m_statusLimit);
    connect(m_statusRequest, &DaemonRequest::finished, this, &DaemonClient::onReady);
}

void DaemonClient::onReady(const DaemonResponse &response)
{
    m_statusRequest->deleteLater();
    m_statusRequest = nullptr;
    const QString endpoint = QStringLiteral("/readyz");
    // /healthz has answered: whatever goes wrong now leaves a live daemon whose
    // readiness is not known, never an unreachable one.
    if (const QString error = checkResponse(response, endpoint, { 200, 503 }); !error.isEmpty()) {
        const QString detail = response.error.isEmpty()
            ? DaemonResponseParser::errorSummary(response.body)
            : QString();
        return readinessUnknown(
            detail.isEmpty() ? error : tr("%1 (%2)", "reason (daemon's error)").arg(error, detail));
    }
    auto readiness = DaemonResponseParser::parseReady(response.httpStatus, response.body);
    if (!readiness)
        return readinessUnknown(readiness.error());
    m_readiness = readiness.value();
    QString message = m_readiness.summary;
    if (message.isEmpty())
        message = m_readiness.status;
    setState(m_readiness.ready ? State::Ready : State::NotReady, message);
    pollSucceeded();
}

void DaemonClient::readinessUnknown(const QString &reason)
{
    m_readiness = DaemonReadiness {};
    setState(State::LiveReadinessUnknown, reason);
    // The report behind /readyz may take a minute to build: ask again with the
    // same backoff as for an outage, so a struggling daemon is not asked more often.
    schedule(nextBackoff());
}

void DaemonClient::pollSucceeded()
{
    m_failures = 0;
    schedule(m_pollIntervalMs);
}

void DaemonClient::pollFailed(const QString &reason)
{
    setState(State::Unreachable, reason);
    schedule(nextBackoff());
}

int DaemonClient::nextBackoff()
{
    ++m_failures;
    return m_failures == 1 ? m_initialBackoffMs
                           : int(std::min<qint64>(qint64(m_nextDelayMs) * 2, m_maxBackoffMs));
}

void DaemonClient::schedule(int delayMs)
{
    m_nextDelayMs = m_running ? delayMs : 0;
    if (m_running)
        m_pollTimer.start(delayMs);
    Q_EMIT pollFinished(m_nextDelayMs);
}

void DaemonClient::abortStatus()
{
    if (DaemonRequest *request = m_statusRequest.data()) {
        m_statusRequest = nullptr;
        request->abort();
        request->deleteLater();
    }
}

void DaemonClient::abortEvents()
{
    if (DaemonRequest *request = m_eventsRequest.data()) {
        m_eventsRequest = nullptr;
        request->abort();
        request->deleteLater();
    }
    // A parse still running finishes on its own; its result is no longer watched.
    m_eventsParse.setFuture(QFuture<DaemonResult<DaemonEventList>>());
}

void DaemonClient::abortRepairPlan()
{
    if (DaemonRequest *request = m_repairRequest.data()) {
        m_repairRequest = nullptr;
        request->abort();
        request->deleteLater();
    }
}

void DaemonClient::fetchRepairPlan()
{
    abortRepairPlan();
    if (const auto refusal = refusalFor(m_baseUrl, m_allowRemote)) {
        QMetaObject::invokeMethod(
            this, [this, reason = *refusal] { Q_EMIT repairPlanFailed(reason); },
            Qt::QueuedConnection);
        return;
    }
    m_repairRequest = send(QStringLiteral("/repairz"), m_statusLimit);
    connect(m_repairRequest, &DaemonRequest::finished, this, &DaemonClient::onRepairPlan);
}

void DaemonClient::onRepairPlan(const DaemonResponse &response)
{
    m_repairRequest->deleteLater();
    m_repairRequest = nullptr;
    const QString endpoint = QStringLiteral("/repairz");
    if (const QString error = checkResponse(response, endpoint, { 200 }); !error.isEmpty()) {
        const QString detail = response.error.isEmpty()
            ? DaemonResponseParser::errorSummary(response.body)
            : QString();
        Q_EMIT repairPlanFailed(
            detail.isEmpty() ? error : tr("%1 (%2)", "reason (daemon's error)").arg(error, detail));
        return;
    }
    const auto plan = DaemonResponseParser::parseRepairPlan(response.body);
    if (plan)
        Q_EMIT repairPlanReceived(plan.value());
    else
        Q_EMIT repairPlanFailed(plan.error());
}

void DaemonClient::fetchEvents()
{
    abortEvents();
    if (const auto refusal = refusalFor(m_baseUrl, m_allowRemote)) {
        // Queued, so that a caller never sees its own slot re-entered.
        QMetaObject::invokeMethod(
            this, [this, reason = *refusal] { Q_EMIT eventsFailed(reason); }, Qt::QueuedConnection);
        return;
    }
    m_eventsRequest = send(QStringLiteral("/events"), m_eventsLimit);
    connect(m_eventsRequest, &DaemonRequest::finished, this, &DaemonClient::onEvents);
}

void DaemonClient::onEvents(const DaemonResponse &response)
{
    m_eventsRequest->deleteLater();
    m_eventsRequest = nullptr;
    if (const QString error = checkResponse(response, QStringLiteral("/events"), { 200 });
        !error.isEmpty()) {
        Q_EMIT eventsFailed(error);
        return;
    }
    // Up to the events cap of JSON: parsed on the pool so the window keeps painting.
    auto promise = std::make_shared<QPromise<DaemonResult<DaemonEventList>>>();
    m_eventsParse.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, body = response.body] {
        promise->addResult(DaemonResponseParser::parseEvents(body));
        promise->finish();
    });
}

void DaemonClient::onEventsParsed()
{
    const auto future = m_eventsParse.future();
    if (future.resultCount() == 0)
        return;
    const auto result = future.result();
    if (result)
        Q_EMIT eventsReceived(result.value());
    else
        Q_EMIT eventsFailed(result.error());
}

} // namespace SyncDesk
