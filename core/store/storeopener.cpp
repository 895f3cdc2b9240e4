// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/store/storeopener.h"

#include "core/store/storeloader_p.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace SyncDesk {
namespace {

/// How long the full load waits for the preview to be shown before it goes on
/// anyway (a window that is never shown, or a loop that is busy, still gets its store).
constexpr int kPreviewShownTimeoutMs = 3000;

} // namespace

/// Shared by the worker and the opener; either may outlive the other.
struct StoreOpener::Job final
{
    /// Set when another open supersedes this one, or the opener goes.
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
    QElapsedTimer timer;
    /// Written by the worker; read on the opener's thread once the worker posted
    /// the preview (preview) or finished (store).
    std::unique_ptr<Store> preview;
    std::unique_ptr<Store> store;
    /// Released once the preview has been shown (or dropped): the full load
    /// then takes every core, not the window's populating them.
    QSemaphore previewDone;
    /// On the opener's thread: the worker finished, store and loadMs are final.
    bool read = false;
    qint64 loadMs = 0;
};

StoreOpener::StoreOpener(QObject *parent)
    : QObject(parent)
{ }

StoreOpener::~StoreOpener()
{
    cancel();
}

void StoreOpener::cancel()
{
    if (!m_job)
        return;
    m_job->cancel->store(true);
    // A worker waiting for its preview to be shown stops now, not after the timeout.
    m_job->previewDone.release();
    m_job.reset();
}

void StoreOpener::open(const QString &root, const StoreOpenOptions &options, Preview preview)
{
    cancel();
    auto job = std::make_shared<Job>();
    job->timer.start();
    m_job = job;
    StoreOpenOptions jobOptions = options;
    jobOptions.cancel = job->cancel;
    // Without a load cache every file is read: 100k operations and their
    // tasks take seconds, so the queue is shown as soon as it is read. With
    // one, the whole store is ready about as soon.
    const bool previewFirst
        = preview == Preview::IfUncached && !Store::hasLoadCache(root, jobOptions);
    QPointer<StoreOpener> self(this);
    QThread *thread = QThread::create([job, self, previewFirst, root, options = jobOptions] {
        if (!previewFirst) {
            job->store = Store::open(root, options);
            return;
        }
        Store::Preview preview = Store::openOperationsFirst(root, options);
        if (preview.store->state() != Store::State::Ok) {
            // Missing, not a folder, not initialized: what a full load would say too.
            job->store = std::move(preview.store);
            return;
        }
        job->preview = std::move(preview.store);
        // This thread's QThread object lives on the opener's thread until this
        // function returns; the opener is looked at there only, as it may be
        // going meanwhile.
        const bool queued = QMetaObject::invokeMethod(QThread::currentThread(), [self, job] {
            if (self)
                self->onPreviewRead(job);
            else
                job->previewDone.release();
        });
        // The full load lists the folders and reads the journal while the
        // window shows the preview, and waits for it to be shown before it
        // reads records on every core.
        preview.preload->beforeRecords = [job, queued] {
            if (queued)
                job->previewDone.tryAcquire(1, kPreviewShownTimeoutMs);
        };
        job->store = Store::open(root, options, preview.preload.get());
    });
    ++m_workers;
    // Deleted when done even if the opener is gone by then.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, job] {
        --m_workers;
        job->read = true;
        job->loadMs = job->timer.elapsed();
        if (job == m_job && job->store)
            deliver(job);
    });
    thread->start();
}

void StoreOpener::onPreviewRead(const std::shared_ptr<Job> &job)
{
    // Superseded, or the store on hand cannot be replaced now: the whole
    // store will replace it later.
    if (job != m_job || !job->preview || isBusy()) {
        job->preview.reset(); // never shown: not kept beside the whole store
        job->previewDone.release();
        return;
    }
    m_preview = std::move(job->preview);
    Q_EMIT previewReady();
    m_preview.reset();
    // After the events that showing it posted (a queue's first paint among them).
    QTimer::singleShot(0, this, [job] { job->previewDone.release(); });
}

void StoreOpener::retryAdoption()
{
    if (m_job && m_job->read && m_job->store)
        deliver(m_job);
}

void StoreOpener::deliver(std::shared_ptr<Job> job)
{
    if (isBusy()) {
        Q_EMIT waitingForAdoption();
        return;
    }
    m_job.reset(); // no open is under way any more
    std::unique_ptr<Store> store = std::move(job->store);
    if (store->state() != Store::State::Ok) {
        Q_EMIT failed(store->state(), store->stateMessage());
        return;
    }
    m_store = std::move(store);
    Q_EMIT loaded(job->loadMs);
    m_store.reset();
}

} // namespace SyncDesk
