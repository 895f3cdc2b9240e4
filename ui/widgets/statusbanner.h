// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/statustone.h"

#include <QFrame>

class QLabel;

namespace SyncDesk::Ui {

/**
 * A verdict in one glance: icon, bold title and an explanation on a tinted
 * band. Strong banners (tampered evidence) are filled with the tone's colour
 * itself, so they can never pass for a tinted "all good".
 */
class StatusBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit StatusBanner(QWidget *parent = nullptr);

    void setStatus(StatusTone tone, const QString &iconName, const QString &title,
        const QString &text, bool strong = false);
    void clearStatus();

    StatusTone tone() const { return m_tone; }
    bool isStrong() const { return m_strong; }
    QString title() const;
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QString m_iconName;
    StatusTone m_tone = StatusTone::Normal;
    bool m_strong = false;
    bool m_applying = false;
};

} // namespace SyncDesk::Ui
