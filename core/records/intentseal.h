// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/io/result.h"
#include "core/json/json.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string_view>

namespace SyncDesk {

/**
 * The intent file (syncdesk-intent.json) lies in the store, where sync peers,
 * agents and other local users can write too, yet recovery acts on it. So it is
 * sealed: its body is kept as one exact string beside an HMAC-SHA256 of it
 * under a key that only this user account has (a random 32-byte file in the
 * user's data folder, mode 0600). An intent whose seal does not verify was not
 * written by Sync Desk for this user, or was changed since: recovery never acts
 * on it. Even a sealed body gives no paths: recovery derives every path from
 * ids (see resolutionrecovery.cpp).
 */
class IntentSeal final
{
    Q_DECLARE_TR_FUNCTIONS(SyncDesk::IntentSeal)

public:
    /// The folder holding the key: $SYNCDESK_STATE_DIR, else <data>/syncdesk.
    static QString stateDirectory();

    /// The key, created on first use when create is true (a writer); readers never
    /// create it. A failure says why it cannot be had (translated).
    static Result<QByteArray> key(bool create = true);

    /// The whole intent file for body (a JSON object), sealed with key.
    static QByteArray seal(const Json &body, const QByteArray &key);

    /**
     * Batches this account has started and not finished, kept in the state
     * folder (one empty file per batch id under pending/). A sealed intent is
     * acted on only while its batch is pending here: a genuine intent kept from
     * an earlier batch, or copied from another store, and put back later is
     * stale and never replayed.
     */
    static QString newBatchId();
    /// Records batchId as pending for the store whose identity is given (see
    /// storeIdentity()); error text if it failed.
    static std::optional<QString> markPending(const QString &batchId, const QString &store);
    /// Whether batchId is pending for exactly that store.
    static bool isPending(const QString &batchId, const QString &store);
    static void clearPending(const QString &batchId);

    /// The store root's identity (device and inode of the opened root): a sealed
    /// intent names it, so that one copied into another store is never acted on.
    static QString storeIdentity(int rootFd);
    /// The same for a root given by path (readers); empty if it cannot be stat-ed.
    static QString storeIdentity(const QString &root);

    enum class Status
    {
        Sealed, ///< written by Sync Desk for this user; body is set
        Foreign, ///< readable, but the seal is missing or does not verify
        Unreadable ///< not the intent format at all
    };
    struct Opened final
    {
        Status status = Status::Unreadable;
        Json body;
        QString why; ///< translated, for Foreign and Unreadable
    };
    /**
     * Checks the seal of an intent file's bytes against key, and that the body
     * names this store and a batch pending for it. The file is first read as
     * exactly three string members without building a document, so a huge
     * forged file costs no more than its own bytes.
     */
    static Opened open(std::string_view fileBytes, const QByteArray &key, const QString &store);
};

} // namespace SyncDesk
