// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/widgets/jsonfindbar.h"

#include "ui/widgets/statusdelegate.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

namespace SyncDesk::Ui {

JsonFindBar::JsonFindBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Find…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit, 1);
    auto button = [this, layout](const QString &iconName, const QString &text) {
        auto *b = new QToolButton(this);
        b->setIcon(QIcon::fromTheme(iconName));
        b->setText(text);
        b->setAutoRaise(true);
        b->setToolButtonStyle(
            text.isEmpty() ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
        layout->addWidget(b);
        return b;
    };
    auto *previous = button(QStringLiteral("go-up"), tr("Previous"));
    auto *next = button(QStringLiteral("go-down"), tr("Next"));
    auto *closeButton = button(QStringLiteral("window-close"), QString());
    closeButton->setToolTip(tr("Close the find bar (Esc)"));
    connect(previous, &QToolButton::clicked, this,
        [this] { Q_EMIT findRequested(m_edit->text(), true); });
    connect(
        next, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(m_edit->text(), false); });
    connect(closeButton, &QToolButton::clicked, this, &JsonFindBar::close);
    connect(m_edit, &QLineEdit::textChanged, this, &JsonFindBar::textChanged);
}

QString JsonFindBar::text() const
{
    return m_edit->text();
}

void JsonFindBar::activate(const QString &text)
{
    show();
    if (!text.isEmpty())
        m_edit->setText(text);
    m_edit->setFocus();
    m_edit->selectAll();
}

void JsonFindBar::setFound(bool found)
{
    QPalette p = palette();
    if (!found)
        p.setColor(QPalette::Base, toneBackground(StatusTone::Negative, p));
    m_edit->setPalette(p);
    m_edit->setToolTip(found ? QString() : tr("No match"));
}

void JsonFindBar::close()
{
    hide();
    Q_EMIT closed();
}

bool JsonFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            Q_EMIT findRequested(m_edit->text(), key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace SyncDesk::Ui
