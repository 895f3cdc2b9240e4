// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/resolution/decisionapply.h"

#include "core/store/store.h"
#include "core/store/storesession.h"

#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>

namespace SyncDesk {

DecisionApply::DecisionApply(QObject *parent)
    : QObject(parent)
{ }

DecisionApply::~DecisionApply()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        if (m_session)
            m_session->holdChanges(false);
    }
}

void DecisionApply::setSession(StoreSession *session)
{
    m_session = session;
}

ApplyReport DecisionApply::run(
    const Store *snapshot, const QList<Decision> &decisions, ApplyOptions options)
{
    if (m_clock && !options.clock)
        options.clock = m_clock;
    return ResolutionWriter::apply(snapshot->root(), decisions, options, snapshot);
}

bool DecisionApply::start(
    const Store *snapshot, const QList<Decision> &decisions, ApplyOptions options)
{
    if (isApplying() || !snapshot)
        return false;
    if (m_clock && !options.clock)
        options.clock = m_clock;
    const QString root = snapshot->root();
    if (decisions.size() <= m_backgroundThreshold || !m_session) {
        finish(ResolutionWriter::apply(root, decisions, options, snapshot), snapshot);
        return true;
    }
    // The worker reads the snapshot: nothing may change it until the batch is
    // done, so what the watcher sees meanwhile waits.
    m_session->holdChanges(true);
    const int total = int(decisions.size());
    auto done = std::make_shared<std::atomic_int>(0);
    QPointer<DecisionApply> self(this);
    auto userProgress = options.progress;
    options.progress = [done, self, total, userProgress](const DecisionOutcome &o) {
        if (userProgress)
            userProgress(o);
        const int n = ++*done;
        QMetaObject::invokeMethod(
            self.data(),
            [self, n, total] {
                if (self)
                    Q_EMIT self->progressed(n, total);
            },
            Qt::QueuedConnection);
    };
    auto report = std::make_shared<ApplyReport>();
    m_worker = QThread::create([report, root, decisions, options, snapshot] {
        *report = ResolutionWriter::apply(root, decisions, options, snapshot);
    });
    connect(m_worker, &QThread::finished, this, [this, report, snapshot] {
        m_worker->deleteLater();
        m_worker = nullptr;
        finish(*report, snapshot);
        if (m_session)
            m_session->holdChanges(false);
    });
    m_worker->start();
    return true;
}

QStringList DecisionApply::filesToRefresh(const Store *snapshot, const ApplyReport &report)
{
    QSet<QString> paths;
    for (const DecisionOutcome &o : report.outcomes) {
        for (const QString &p : o.paths)
            paths.insert(p);
        // Refused ones too: a card refused as changed on disk shows what changed.
        if (!snapshot)
            continue;
        const Sym id = snapshot->strings().find(o.decision.conflictId);
        const auto it = snapshot->relations().conflictById.constFind(id);
        if (id != kNoSym && it != snapshot->relations().conflictById.cend())
            paths.insert(snapshot->files()[snapshot->conflicts()[std::size_t(*it)].file].path);
    }
    return QStringList(paths.cbegin(), paths.cend());
}

void DecisionApply::finish(const ApplyReport &report, const Store *snapshot)
{
    if (m_session)
        m_session->refresh(filesToRefresh(snapshot, report));
    Q_EMIT finished(report);
}

} // namespace SyncDesk
