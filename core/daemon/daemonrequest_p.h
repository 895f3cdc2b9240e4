// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QUrl;

namespace SyncDesk {

struct DaemonRequestLimits final
{
    int transferTimeoutMs = 0;
    int deadlineMs = 0;
    qint64 maxBytes = 0;
};

struct DaemonResponse final
{
    /// Transport failure, timeout, oversize or redirect; empty when an HTTP answer arrived whole.
    QString error;
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
};

/**
 * One guarded GET: no redirects, cookies, credentials, proxy or compression;
 * aborted on silence, on a total deadline and as soon as the body outgrows its
 * cap. Emits finished() exactly once unless abort() or destruction comes first.
 */
class DaemonRequest final : public QObject
{
    Q_OBJECT

public:
    DaemonRequest(QNetworkAccessManager &nam, const QUrl &url, const DaemonRequestLimits &limits,
        QObject *parent = nullptr);
    ~DaemonRequest() override;

    /// Drops the request silently.
    void abort();

Q_SIGNALS:
    void finished(const SyncDesk::DaemonResponse &response);

private:
    void onMetaData();
    void onReadyRead();
    void onProgress(qint64 received, qint64 total);
    void onFinished();
    void fail(const QString &reason);
    QString tooLarge() const;
    QString networkError(const QNetworkReply &reply) const;

    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    DaemonRequestLimits m_limits;
    QByteArray m_body;
    QString m_failure;
    bool m_done = false;
};

} // namespace SyncDesk
