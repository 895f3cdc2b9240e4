// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/window/actorchooserdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace SyncDesk::Ui {

QString ActorChooserDialog::actorLabel(const ActorEligibility &actor)
{
    return actor.displayName.isEmpty()
        ? actor.actorId
        : tr("%1 (%2)", "display name (actor id)").arg(actor.displayName, actor.actorId);
}

ActorChooserDialog::ActorChooserDialog(
    const QList<ActorEligibility> &actors, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Who is deciding?"));
    setWindowModality(Qt::WindowModal);
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Decisions are checked against this actor's capabilities and "
                                "scope and recorded under its name, together with the "
                                "operating-system user and host they were made on."),
        this);
    intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    m_list->setAccessibleName(tr("Actors of this store"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    v->addWidget(intro);
    v->addWidget(m_message);
    v->addWidget(m_list, 1);
    v->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Decide as this actor"));

    for (const ActorEligibility &a : actors) {
        // The reason is in the row itself, not only in a tooltip: a disabled row
        // must say why it cannot be chosen.
        auto *item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("user-identity")),
            a.eligible() ? actorLabel(a) : tr("%1\n%2").arg(actorLabel(a), a.reason), m_list);
        item->setData(Qt::UserRole, a.actorId);
        if (!a.eligible()) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(a.reason);
        }
    }
    if (actors.isEmpty())
        setMessage(tr("This store has no person who may decide its conflicts."));
    selectActor(current);

    connect(m_list, &QListWidget::currentItemChanged, this, &ActorChooserDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void ActorChooserDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool ActorChooserDialog::selectActor(const QString &actorId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(Qt::UserRole).toString() == actorId && (item->flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString ActorChooserDialog::chosenActor() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(Qt::UserRole).toString()
                                                       : QString();
}

void ActorChooserDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenActor().isEmpty());
}

} // namespace SyncDesk::Ui
