// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/daemon/daemonclient.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

/**
 * A loopback HTTP/1.1 server in the test process whose raw answers the test
 * controls byte for byte: well-formed, silent, dripping, paced, garbage.
 */
class DaemonTestServer final : public QObject
{
public:
    struct Route
    {
        enum class Mode
        {
            Whole, ///< write everything, then close
            Silent, ///< accept and never answer
            Drip, ///< the head at once, then the rest one byte per interval
            Paced, ///< the head at once, then one chunk per interval
        };
        QByteArray raw;
        Mode mode = Mode::Whole;
        int intervalMs = 0;
        int chunkBytes = 0;
        bool headToo = false; ///< Drip and Paced: stream the head as well
    };

    static QByteArray response(int status, const QByteArray &body,
        const QByteArray &contentType = "application/json; charset=utf-8",
        const QByteArray &extraHeaders = {})
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        if (!contentType.isEmpty())
            out += "Content-Type: " + contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "Cache-Control: no-store\r\nConnection: close\r\n" + extraHeaders + "\r\n";
        return out + body;
    }

    /// One of the daemon's example answers (tests/data/reference/service).
    static QByteArray reference(const char *name)
    {
        QFile f(QStringLiteral(SYNCDESK_TEST_DATA "/reference/service/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", name);
        return f.readAll();
    }

    /// Answers /healthz, /readyz (healthy or uninitialized) and /events as the daemon's examples
    /// do.
    void serveReference(bool ready = true)
    {
        route("/healthz", 200, reference("healthz.json"));
        if (ready)
            route("/readyz", 200, reference("readyz.healthy.json"));
        else
            route("/readyz", 503, reference("readyz.uninitialized.json"));
        route("/events", 200, reference("events.json"));
    }

    explicit DaemonTestServer(
        const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &DaemonTestServer::accept);
        if (!m_server.listen(address, port))
            qFatal("test server cannot listen: %s", qPrintable(m_server.errorString()));
    }

    ~DaemonTestServer() override
    {
        // The sockets die with m_server, after the members their handlers use.
        for (const auto &socket : std::as_const(m_sockets))
            if (socket)
                socket->disconnect(this);
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url() const
    {
        return QStringLiteral("http://%1:%2")
            .arg(m_server.serverAddress().toString())
            .arg(m_server.serverPort());
    }
    void close()
    {
        m_server.close();
        for (const auto &socket : std::as_const(m_sockets))
            if (socket)
                socket->abort();
    }

    void route(const QByteArray &path, const Route &r) { m_routes.insert(path, r); }
    void route(const QByteArray &path, int status, const QByteArray &body)
    {
        m_routes.insert(path, Route { response(status, body) });
    }

    int connections = 0;
    QList<QByteArray> requestHeads; ///< everything up to the blank line, per request
    qint64 bytesWritten = 0; ///< handed to the kernel by Paced and Drip routes
    bool peerClosed = false; ///< a Paced or Drip client went away before the end

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++connections;
            m_sockets.append(socket);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_pending.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_pending[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.clear();
        requestHeads.append(head);
        QByteArray target = head.split('\n').constFirst().split(' ').value(1);
        target = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        const Route r
            = m_routes.value(target, Route { response(404, "{\"error\": \"not_found\"}") });
        switch (r.mode) {
        case Route::Mode::Whole:
            socket->write(r.raw);
            socket->disconnectFromHost();
            break;
        case Route::Mode::Silent:
            break;
        case Route::Mode::Drip:
        case Route::Mode::Paced: {
            const qsizetype headEnd = r.raw.indexOf("\r\n\r\n");
            const qsizetype head = headEnd < 0 || r.headToo ? 0 : headEnd + 4;
            socket->write(r.raw.left(head));
            stream(socket, r.raw.mid(head), r.mode == Route::Mode::Drip ? 1 : r.chunkBytes,
                r.intervalMs);
            break;
        }
        }
    }

    // Written by the clock, not by socket readiness: how much went out when the
    // client hung up measures how early the client gave up.
    void stream(QTcpSocket *socket, const QByteArray &raw, int chunk, int intervalMs)
    {
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, raw, chunk, offset] {
            if (socket->state() != QAbstractSocket::ConnectedState) {
                peerClosed = peerClosed || *offset < raw.size();
                timer->stop();
                return;
            }
            if (*offset >= raw.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            const QByteArray piece = raw.mid(*offset, chunk);
            if (socket->write(piece) < 0) {
                peerClosed = true;
                timer->stop();
                return;
            }
            socket->flush();
            *offset += piece.size();
            bytesWritten += piece.size();
        });
        connect(socket, &QTcpSocket::disconnected, this,
            [this, raw, offset] { peerClosed = peerClosed || *offset < raw.size(); });
        timer->start(intervalMs);
    }

    QTcpServer m_server;
    QHash<QByteArray, Route> m_routes;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QList<QPointer<QTcpSocket>> m_sockets;
};

/// Short limits so that every case against the test server settles in well under a second.
inline void makeFast(SyncDesk::DaemonClient &client, const QString &url)
{
    client.setBaseUrl(QUrl(url));
    client.setPollInterval(10000);
    client.setBackoff(10000, 10000);
    client.setTimeouts(300, 1500);
}
