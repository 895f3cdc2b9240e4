// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/records/contracts.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTextBrowser;

namespace SyncDesk {
class Store;
}

namespace SyncDesk::Ui {

class JsonView;
class StatusBanner;

/**
 * One evidence envelope: its verdict, its fields, the records citing it and
 * its file. The file is re-read and re-verified each time an envelope is
 * shown, so the pane tells what the bytes on disk say now.
 */
class EvidenceDetail final : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceDetail(QWidget *parent = nullptr);

    /// Not owned; call again (or showEvidence(-1)) when the store is replaced.
    void setStore(const Store *store);
    /// Shows a row of Store::evidence(); -1 shows nothing.
    void showEvidence(int row);
    int evidenceRow() const { return m_row; }

    StatusBanner *banner() const { return m_banner; }
    JsonView *jsonView() const { return m_json; }
    QListWidget *citedBy() const { return m_citedBy; }
    /// The reviewer's cross-check of the decisions naming this envelope (or,
    /// for a misnamed file, the id its name says): where operation, task,
    /// journal line and envelope disagree, and what a misnamed file left missing.
    QLabel *crossCheck() const { return m_crossCheck; }
    /// "present, not verified", "none" or "no attestation", with the envelope's reason.
    QString signatureText() const;
    /// A conflict-resolution envelope told readably (ResolutionSummary); hidden otherwise.
    QTextBrowser *resolutionView() const { return m_resolution; }

    /// "Operation", "Task", ... (translated).
    static QString kindLabel(RecordKind kind);

Q_SIGNALS:
    /// A citing record was activated: the window should show it.
    void recordActivated(SyncDesk::RecordKind kind, int row);
    /// The envelope a revision supersedes was clicked: the window should show that id.
    void evidenceLinkActivated(const QString &evidenceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(QListWidgetItem *item);
    void fillCitations();
    void fillCrossCheck(const QString &fileName);
    QLabel *addField(const QString &label);

    const Store *m_store = nullptr;
    int m_row = -1;
    StatusBanner *m_banner = nullptr;
    QWidget *m_fields = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_writer = nullptr;
    QLabel *m_generated = nullptr;
    QLabel *m_signed = nullptr;
    QLabel *m_digest = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_citedByTitle = nullptr;
    QListWidget *m_citedBy = nullptr;
    QLabel *m_crossCheck = nullptr;
    QTextBrowser *m_resolution = nullptr;
    JsonView *m_json = nullptr;
};

} // namespace SyncDesk::Ui
