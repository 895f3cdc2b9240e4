// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/daemon/daemonrequest_p.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace SyncDesk {

namespace {

// Small so that Qt stops reading the socket soon after the cap: an oversized
// answer costs at most the cap plus one chunk of memory.
constexpr qint64 kReadChunk = 64 * 1024;

QString seconds(int ms)
{
    return QLocale().toString(ms / 1000.0, 'g', 3);
}

// Errors Qt derives from an HTTP status still come with the server's body; these
// mean no complete HTTP answer arrived at all.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolUnknownError || error == QNetworkReply::ProtocolFailure;
}

} // namespace

DaemonRequest::DaemonRequest(
    QNetworkAccessManager &nam, const QUrl &url, const DaemonRequestLimits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(0);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", "application/json");
    // Naming an encoding ourselves turns Qt's transparent decompression off, so
    // the cap counts the bytes we parse and a compression bomb cannot pass it.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setTransferTimeout(limits.transferTimeoutMs);

    m_reply = nam.get(request);
    m_reply->setReadBufferSize(kReadChunk);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DaemonRequest::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &DaemonRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &DaemonRequest::onProgress);
    connect(m_reply, &QNetworkReply::finished, this, &DaemonRequest::onFinished);

    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
        [this] { fail(tr("no complete answer within %1 s").arg(seconds(m_limits.deadlineMs))); });
    m_deadline.start(limits.deadlineMs);
}

DaemonRequest::~DaemonRequest()
{
    abort();
}

void DaemonRequest::abort()
{
    m_done = true;
    m_deadline.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QString DaemonRequest::tooLarge() const
{
    return tr("answer larger than %1").arg(QLocale().formattedDataSize(m_limits.maxBytes));
}

void DaemonRequest::onMetaData()
{
    if (!m_reply)
        return;
    // Refuse before the body arrives when the server announces its size.
    bool ok = false;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && announced > m_limits.maxBytes)
        fail(tooLarge());
}

void DaemonRequest::onReadyRead()
{
    if (!m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_limits.maxBytes)
        fail(tooLarge());
}

void DaemonRequest::onProgress(qint64 received, qint64 total)
{
    if (received > m_limits.maxBytes || total > m_limits.maxBytes)
        fail(tooLarge());
}

void DaemonRequest::fail(const QString &reason)
{
    if (m_done || !m_reply)
        return;
    m_failure = reason;
    // abort() finishes the reply synchronously; onFinished() reports m_failure.
    m_reply->abort();
    if (!m_done)
        onFinished();
}

QString DaemonRequest::networkError(const QNetworkReply &reply) const
{
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the connection closed before a complete answer");
    case QNetworkReply::HostNotFoundError:
        return tr("host not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Only Qt's transfer timeout cancels a reply we did not abort ourselves.
        return tr("no data for %1 s").arg(seconds(m_limits.transferTimeoutMs));
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
        return tr("not an HTTP answer (%1)").arg(reply.errorString());
    default:
        return reply.errorString();
    }
}

void DaemonRequest::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_done = true;
    m_deadline.stop();
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;

    DaemonResponse response;
    response.error = m_failure;
    if (response.error.isEmpty()) {
        if (reply->isOpen())
            m_body += reply->readAll();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (m_body.size() > m_limits.maxBytes)
            response.error = tooLarge();
        else if (isTransportError(reply->error()) || !status.isValid())
            response.error = networkError(*reply);
        response.httpStatus = status.toInt();
        if (response.error.isEmpty() && response.httpStatus >= 300 && response.httpStatus < 400)
            response.error = tr("redirect refused (HTTP %1)").arg(response.httpStatus);
    }
    if (response.error.isEmpty()) {
        response.contentType = reply->rawHeader("Content-Type");
        response.body = std::move(m_body);
    }
    m_body.clear();
    reply->disconnect(this);
    reply->deleteLater();
    Q_EMIT finished(response);
}

} // namespace SyncDesk
