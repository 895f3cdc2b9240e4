// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/review/traildialog.h"

#include "core/review/conflicttrail.h"
#include "core/store/store.h"
#include "ui/review/trailview.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace SyncDesk::Ui {

TrailDialog::TrailDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("trailDialog"));
    setWindowTitle(tr("Trail"));
    setModal(false);
    m_view = new TrailView(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    // Room for a title in German beside time, kind and status, and still
    // inside a 1280x720 screen with the window frame and a panel.
    resize(960, 560);
}

void TrailDialog::showConflict(const Store *store, const QString &conflictId)
{
    m_conflictId = conflictId;
    setWindowTitle(tr("Trail of %1").arg(conflictId));
    refresh(store);
    show();
    raise();
    activateWindow();
}

void TrailDialog::refresh(const Store *store)
{
    if (m_conflictId.isEmpty())
        return;
    m_view->setTrail(store,
        store && !store->isPartial() ? ConflictTrail::build(*store, m_conflictId)
                                     : ConflictTrail());
}

} // namespace SyncDesk::Ui
