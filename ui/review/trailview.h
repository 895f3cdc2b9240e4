// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/statustone.h"
#include "core/review/conflicttrail.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace SyncDesk {
class Store;
}

namespace SyncDesk::Ui {

/**
 * A conflict's trail (ConflictTrail) as a list a reviewer reads top to bottom:
 * time, kind, what happened, status; below it the selected entry in full
 * (its words, who was at the keyboard, the journal line as written, the file).
 * Every entry that has a record links to it: operations and tasks open in the
 * queue, envelopes on the evidence page, the conflict on the conflicts page
 * (linkActivated(); the window follows it). Actor and policy records and
 * journal lines have no page of their own: they open here, in the detail pane.
 */
class TrailView final : public QWidget
{
    Q_OBJECT

public:
    /// Where an entry's link leads.
    enum class Target : unsigned char
    {
        None, ///< a missing record: nothing to open
        Queue, ///< operations/ and tasks/
        Evidence, ///< evidence/
        Conflicts, ///< conflicts/
        Here, ///< actors/, policy-decisions/, journal.jsonl: shown in the detail pane
    };
    Q_ENUM(Target)

    /// Columns of list().
    enum Column
    {
        TimeColumn,
        KindColumn,
        WhatColumn,
        StatusColumn,
        ColumnCount
    };

    explicit TrailView(QWidget *parent = nullptr);

    /// Shows trail; store (not owned, may be null) is read only to open records here.
    void setTrail(const Store *store, const ConflictTrail &trail);
    const ConflictTrail &trail() const { return m_trail; }

    /// Follows the link of entries()[entry]: emits linkActivated(), and for
    /// Target::Here shows the record (bounded) in the detail pane.
    void activate(int entry);
    /// The entry selected in the list, -1 when none.
    int currentEntry() const;
    void setCurrentEntry(int entry);

    QTreeWidget *list() const { return m_list; }
    QTextBrowser *detail() const { return m_detail; }

    /// Where the link of e leads (by its file's folder).
    static Target targetOf(const TrailEntry &e);
    /// "Detection", "Decision", … (translated).
    static QString kindLabel(TrailEntry::Kind kind);
    /// A status as the list shows it (translated); unknown ones as written.
    static QString statusText(const QString &status);
    /// How a status reads: tampered, missing and failed are never fine.
    static StatusTone toneOf(const QString &status);

Q_SIGNALS:
    /// An entry's link was followed (double-click, Enter, or the link in the detail pane).
    void linkActivated(SyncDesk::Ui::TrailView::Target target, const QString &recordId,
        const QString &file, SyncDesk::TrailEntry::Kind kind);

private:
    void showDetail(int entry, const QString &record = QString());

    const Store *m_store = nullptr;
    ConflictTrail m_trail;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QTextBrowser *m_detail;
};

} // namespace SyncDesk::Ui
