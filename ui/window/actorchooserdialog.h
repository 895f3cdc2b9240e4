// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/resolution/gate.h"

#include <QDialog>
#include <QList>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace SyncDesk::Ui {

/**
 * Asks who is deciding: the store's actors, those who may decide enabled, the
 * others shown disabled with the gate's reason (revoked, out of scope, no
 * capability to resolve conflicts). Opened window-modal with open(), never
 * exec(): nothing waits on it, so tests and --exit-after-load never block.
 */
class ActorChooserDialog final : public QDialog
{
    Q_OBJECT

public:
    /// actors: DecisionGate::eligibilities() as the window lists them; current is preselected.
    ActorChooserDialog(
        const QList<ActorEligibility> &actors, const QString &current, QWidget *parent = nullptr);

    /// A line above the list, for instance why the remembered actor cannot decide.
    void setMessage(const QString &text);
    /// The actor chosen (only eligible ones can be), empty when none.
    QString chosenActor() const;
    /// Selects actorId if it may decide; false otherwise (tests, keyboard).
    bool selectActor(const QString &actorId);
    QListWidget *list() const { return m_list; }

    /// "Ada Lovelace (actor:ada)", or the id alone.
    static QString actorLabel(const ActorEligibility &actor);

private:
    void updateButtons();

    QLabel *m_message;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace SyncDesk::Ui
