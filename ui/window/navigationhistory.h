// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;

namespace SyncDesk::Ui {

/// One place in the window: a page and the record selected on it (its id; empty for none).
struct NavigationEntry final
{
    int page = -1;
    QString record;
    bool operator==(const NavigationEntry &) const = default;
};

/**
 * Back and Forward across the window's pages, like a browser's.
 *
 * Each page switch (a click in the page list, a followed link to another
 * page) and each link followed within a page (follow()) adds an entry after
 * the current one, dropping what was ahead of it.
 * Whenever the history leaves an entry (a visit, Back, Forward) it asks the
 * recorder what is selected on that entry's page now, so that coming back
 * returns to the page with what was last selected on it. The window
 * restores an entry when navigate() asks, and records nothing meanwhile.
 *
 * The actions are Alt+Left and Alt+Right (QKeySequence::Back and Forward)
 * with the style's arrow icons, enabled only when there is somewhere to go.
 */
class NavigationHistory final : public QObject
{
    Q_OBJECT

public:
    /// At most this many entries are kept; the oldest go first.
    static constexpr int kMaxEntries = 100;

    explicit NavigationHistory(QObject *parent = nullptr);

    /// What is selected on a page now (a record id; empty for nothing).
    void setRecorder(std::function<QString(int page)> recorder)
    {
        m_recorder = std::move(recorder);
    }
    /// A page was shown; a new entry unless it is the current page.
    void visit(int page);
    /// A link on `page` is about to be followed to another record of the same
    /// page: a new entry, so that Back returns to the record it was followed from.
    void follow(int page);
    /// Forgets every entry (another store was opened: its ids mean nothing here).
    void clear();

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    void back();
    void forward();
    NavigationEntry current() const;
    int count() const { return int(m_entries.size()); }
    /// True while navigate() is being handled: page switches then are not visits.
    bool isRestoring() const { return m_restoring; }

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }

Q_SIGNALS:
    /// Show this entry's page and select its record.
    void navigate(const SyncDesk::Ui::NavigationEntry &entry);

private:
    void go(int index);
    /// Notes what is selected on the current entry's page now.
    void recordCurrent();
    void updateActions();

    QList<NavigationEntry> m_entries;
    int m_index = -1;
    bool m_restoring = false;
    std::function<QString(int)> m_recorder;
    QAction *m_back;
    QAction *m_forward;
};

} // namespace SyncDesk::Ui
