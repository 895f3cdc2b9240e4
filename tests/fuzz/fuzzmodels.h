// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

// What the window does with a loaded store, for the fuzz targets that load
// one: the core models read every role of every cell (they index tables by
// what records hold: a status, a flag, a row) and the timeline is laid out.

#include "core/models/conflictmodel.h"
#include "core/models/evidencemodel.h"
#include "core/models/missingevidencemodel.h"
#include "core/models/operationmodel.h"
#include "core/models/problemmodel.h"
#include "core/models/timelinelayout.h"
#include "core/store/store.h"
#include "core/store/storesession.h"

#include <QCoreApplication>

#include <initializer_list>
#include <memory>

namespace SyncDeskFuzz {

/// StoreSession's watcher needs a Qt main thread; made once, kept (reachable).
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "syncdesk-fuzz";
    static char *argv[] = { name, nullptr };
    static const auto *app = QCoreApplication::instance() ? QCoreApplication::instance()
                                                          : new QCoreApplication(argc, argv);
    (void)app;
}

inline void readEveryCell(const QAbstractItemModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            // Qt's own roles, then the models' (every enum is far shorter than 64).
            for (int role = 0; role < Qt::UserRole + 64; ++role) {
                if (role == Qt::InitialSortOrderRole + 1)
                    role = Qt::UserRole;
                (void)model.data(index, role);
            }
        }
}

inline void exerciseModels(std::unique_ptr<SyncDesk::Store> store)
{
    using namespace SyncDesk;
    ensureApplication();
    StoreSession session;
    session.adopt(std::move(store));
    OperationModel operations(&session);
    ConflictModel conflicts;
    conflicts.setSession(&session);
    EvidenceModel evidence;
    evidence.setStore(session.store());
    MissingEvidenceModel missing;
    missing.setStore(session.store());
    ProblemModel problems;
    problems.setStore(session.store());
    for (const QAbstractItemModel *m : std::initializer_list<const QAbstractItemModel *> {
             &operations, &conflicts, &evidence, &missing, &problems })
        readEveryCell(*m);
    TimelineLayout timeline;
    timeline.rebuild(*session.store());
    for (int task = 0; task < int(session.store()->tasks().size()); ++task)
        (void)timeline.laneOfTask(task);
}

} // namespace SyncDeskFuzz
