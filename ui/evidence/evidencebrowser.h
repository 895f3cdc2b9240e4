// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/records/contracts.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace SyncDesk {
class EvidenceModel;
class MissingEvidenceModel;
class StoreSession;
} // namespace SyncDesk

namespace SyncDesk::Ui {

class EvidenceDetail;

/**
 * Every evidence envelope of the store (status, id, type, subject, time,
 * writer, signature, citations) beside the selected one's verdict, citing
 * records and file; below the list, the references to evidence that is missing.
 */
class EvidenceBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceBrowser(QWidget *parent = nullptr);
    ~EvidenceBrowser() override;

    void setSession(StoreSession *session);

    /// Selects an envelope by its Store::evidence() row; false when there is none.
    bool showEvidence(int evidenceRow);
    /// Selects the envelope a reference names ("evidence:NAME" or a bare id).
    bool showEvidence(const QString &reference);
    /// The Store::evidence() row shown, or -1 (none yet while hidden, catchUp()).
    int currentEvidenceRow() const;
    /**
     * Sorts and selects what a store read while the page was hidden left
     * unsorted and unselected (~8 ms at 10k envelopes, off a reopen's first
     * frame). Showing the page does it; so does asking for an envelope.
     */
    void catchUp();

    EvidenceModel *model() const { return m_model; }
    MissingEvidenceModel *missingModel() const { return m_missing; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QTableView *missingTable() const { return m_missingTable; }
    EvidenceDetail *detail() const { return m_detail; }

Q_SIGNALS:
    /// A record citing evidence (or citing missing evidence) was activated.
    void recordActivated(SyncDesk::RecordKind kind, int row);
    /// "Show trail…" on a conflict-resolution envelope: the trail of its conflict.
    void trailRequested(const QString &conflictId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onStoreReset();
    void selectAfterReset();
    void onCurrentChanged();
    void updateSummary();
    void activateMissing(const QModelIndex &index);

    QPointer<StoreSession> m_session;
    EvidenceModel *m_model = nullptr;
    MissingEvidenceModel *m_missing = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_missingTitle = nullptr;
    QTableView *m_missingTable = nullptr;
    EvidenceDetail *m_detail = nullptr;
    QString m_shownId; ///< kept across resets to re-select the same envelope
    bool m_sortBehind = false; ///< reset while hidden, unsorted: sorted once shown
    bool m_selectBehind = false; ///< reset while hidden: selectAfterReset() once shown
};

} // namespace SyncDesk::Ui
