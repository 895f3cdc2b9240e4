// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/store/store.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace SyncDesk {

/**
 * The asynchronous open of a store, the use case behind the window's Open and
 * Reload: reads a store on a worker thread and hands it over on the opener's
 * thread.
 *
 * Without a load cache that fits, every file is read (seconds at 100k
 * operations), so the queue comes first: Store::openOperationsFirst() gives a
 * partial store (previewReady()), then Store::open() reads the rest, taking the
 * operations the preview read as long as they are unchanged (loaded()). With a
 * load cache the whole store is ready about as soon, and it comes alone.
 *
 * Only the newest open counts: open() and cancel() stop the one under way, and
 * nothing of it is emitted afterwards, whenever its worker finishes.
 *
 * Whoever shows the stores may be unable to replace the one on hand for a
 * while (a background Apply reads it): setAdoptionGate() says when, and the
 * store read meanwhile waits (waitingForAdoption()) until retryAdoption() finds
 * the gate open. core/store knows nothing of Apply; the caller connects it.
 *
 * Stores are handed over by takePreview() and takeStore() from a slot directly
 * connected to previewReady() and loaded(); one not taken is freed when the
 * signal returns.
 */
class StoreOpener final : public QObject
{
    Q_OBJECT

public:
    enum class Preview
    {
        IfUncached, ///< the queue first when no load cache fits (opening a store)
        Never, ///< the whole store only (a reload: the store on screen shows more)
    };
    Q_ENUM(Preview)

    explicit StoreOpener(QObject *parent = nullptr);
    /// Cancels the open under way. Its worker stops at the next file on its own
    /// and is never waited for: a file that blocks must not keep a window open.
    ~StoreOpener() override;

    /**
     * Starts reading root on a worker thread and supersedes the open under way,
     * if any. options.cancel is the opener's own; the rest is passed to Store.
     */
    void open(const QString &root, const StoreOpenOptions &options = {},
        Preview preview = Preview::IfUncached);
    /// Stops the open under way: nothing of it is emitted any more.
    void cancel();
    /// From open() until loaded() or failed() (a store waiting for the gate included).
    bool isOpening() const { return m_job != nullptr; }

    /**
     * While isBusy() returns true, no store is handed over: neither a preview
     * (it is dropped; the whole store follows) nor the whole store (it waits).
     * Call retryAdoption() when it turns false.
     */
    void setAdoptionGate(std::function<bool()> isBusy) { m_isBusy = std::move(isBusy); }
    /// Hands over a store that waited for the gate, if it is open now.
    void retryAdoption();

    /// The preview, in a slot connected to previewReady(); null after the first call.
    std::unique_ptr<Store> takePreview() { return std::move(m_preview); }
    /// The whole store, in a slot connected to loaded(); null after the first call.
    std::unique_ptr<Store> takeStore() { return std::move(m_store); }

    /// Whether a worker thread still runs, a cancelled or superseded one
    /// included (it stops at its next file): what it would have emitted is
    /// decided once this is false. For tests that assert that nothing came.
    bool hasWorkers() const { return m_workers > 0; }

Q_SIGNALS:
    /**
     * The store's queue: a partial store (Store::isPartial(), operations only)
     * to show until loaded(). The worker waits for the event loop to come back
     * from showing it (the first paint included, up to a few seconds) before
     * reading the rest, which then has every core.
     */
    void previewReady();
    /// The whole store was read but the adoption gate is closed: it waits.
    void waitingForAdoption();
    /// The whole store, read in loadMs (from open() to the end of the read,
    /// any wait for the gate excluded).
    void loaded(qint64 loadMs);
    /// The store cannot be opened (missing, not a folder, unreadable, not
    /// initialized); message is Store::stateMessage(), naming the path.
    void failed(SyncDesk::Store::State state, const QString &message);

private:
    struct Job;
    void onPreviewRead(const std::shared_ptr<Job> &job);
    void deliver(std::shared_ptr<Job> job); // by value: it resets m_job
    bool isBusy() const { return m_isBusy && m_isBusy(); }

    /// The open under way, until its store is handed over.
    std::shared_ptr<Job> m_job;
    std::function<bool()> m_isBusy;
    std::unique_ptr<Store> m_preview; ///< during previewReady()
    std::unique_ptr<Store> m_store; ///< during loaded()
    int m_workers = 0;
};

} // namespace SyncDesk
