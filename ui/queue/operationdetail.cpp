// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/queue/operationdetail.h"

#include "core/models/operationmodel.h"
#include "core/records/timestamp.h"
#include "core/store/evidencechain.h"
#include "core/store/store.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace SyncDesk::Ui {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// An id as HTML that wraps at its separators.
QString idHtml(const QString &id)
{
    return esc(OperationDetail::breakable(id));
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>")
        .arg(esc(label), valueHtml.isEmpty() ? QStringLiteral("—") : valueHtml);
}

QString when(qint64 ms)
{
    if (ms == kNoTime)
        return QString();
    return esc(QLocale().toString(
               QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::LongFormat))
        + QStringLiteral(" <small>(%1)</small>").arg(esc(formatUtcTimestamp(ms)));
}

QString flag(Flag f)
{
    switch (f) {
    case Flag::True:
        return QObject::tr("yes");
    case Flag::False:
        return QObject::tr("no");
    case Flag::Unknown:
        break;
    }
    return QObject::tr("not recorded");
}

} // namespace

OperationDetail::OperationDetail(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_summary(new QTextBrowser(this))
    , m_raw(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_summary->setOpenLinks(false);
    m_summary->setAccessibleName(tr("Operation details"));
    connect(m_summary, &QTextBrowser::anchorClicked, this, &OperationDetail::onLink);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Operation record as JSON"));
    m_tabs->addTab(m_summary, tr("Details"));
    m_tabs->addTab(m_raw, tr("JSON"));
    showOperation(nullptr, -1);
}

QString OperationDetail::breakable(const QString &id)
{
    // U+200B ZERO WIDTH SPACE: a line may break after it, and it takes no room.
    // (Qt's rich text has no <wbr>; a soft hyphen would draw a hyphen.)
    QString out;
    out.reserve(id.size() + id.size() / 4);
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        out += c;
        const bool separator = c == QLatin1Char('-') || c == QLatin1Char(':')
            || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('/');
        if (separator && i + 1 < id.size())
            out += QChar(0x200B);
    }
    return out;
}

void OperationDetail::showHidden()
{
    m_store = nullptr;
    m_row = -1;
    m_summary->setHtml(QStringLiteral("<p><i>%1</i></p>")
                           .arg(esc(tr("The selected operation is hidden by the filter."))));
    m_raw->clear();
}

void OperationDetail::showOperation(const Store *store, int row)
{
    m_store = store;
    m_row = store && row >= 0 && row < int(store->operations().size()) ? row : -1;
    if (m_row < 0) {
        m_summary->setHtml(
            QStringLiteral("<p>%1</p>").arg(esc(tr("Select an operation to see its details."))));
        m_raw->clear();
        return;
    }
    m_summary->setHtml(html());
    const auto bytes = store->readFile(store->operations()[quint32(m_row)].file);
    m_raw->setPlainText(!bytes ? tr("The file cannot be read now: %1").arg(bytes.error())
                               : QString::fromUtf8(*bytes));
}

QString OperationDetail::html() const
{
    const Store &s = *m_store;
    const auto &op = s.operations()[quint32(m_row)];
    const auto &rel = s.relations();
    auto link = [](const QString &scheme, const QString &target, const QString &text) {
        return QStringLiteral("<a href=\"%1:%2\">%3</a>")
            .arg(scheme, QString::fromLatin1(QUrl::toPercentEncoding(target)), idHtml(text));
    };
    auto opLink = [&](quint32 r) {
        return link(QStringLiteral("op"), QString::number(r), s.text(s.operations()[r].id));
    };

    QString out = QStringLiteral("<h3>%1</h3><table cellspacing=4>")
                      .arg(esc(OperationModel::typeLabel(s.text(op.type))) + QStringLiteral(" · ")
                          + esc(OperationModel::statusLabel(s.text(op.status))));
    out += row(tr("Operation"), idHtml(s.text(op.id)));
    out += row(tr("Local id"), idHtml(s.text(op.localId)));
    out += row(tr("Remote id"), idHtml(s.text(op.remoteId)));
    out += row(tr("Type"), idHtml(s.text(op.type)));
    out += row(tr("Status"), idHtml(s.text(op.status)));
    out += row(tr("Workspace / profile"),
        idHtml(s.text(op.workspace) + QStringLiteral(" / ") + s.text(op.profile)));
    out += row(tr("Actor"), idHtml(s.text(op.actor)));
    out += row(tr("Device"), idHtml(s.text(op.device)));
    out += row(tr("Created"), when(op.created));
    out += row(tr("Updated"), when(op.updated));
    out += row(tr("Replay-safe"), flag(op.replaySafe));
    out += row(tr("Stale task"), flag(op.staleTask));
    out += row(tr("Lease expired"), flag(op.leaseExpired));
    out += row(tr("Idempotency key"), idHtml(s.text(op.idempotencyKey)));
    out += row(tr("Checkpoint"), idHtml(s.text(op.checkpointRef)));
    out += row(tr("Local log"), idHtml(s.text(op.localLogRef)));
    out += row(tr("Encryption profile"), idHtml(s.text(op.encryptionProfile)));
    out += row(tr("Artifact admission"), idHtml(s.text(op.admissionRef)));

    QStringList parents;
    for (quint32 p : rel.parentsOf[quint32(m_row)])
        parents << opLink(p);
    // Parents that are not in the store are shown, marked, never dropped.
    for (Sym p : op.causalParents)
        if (!rel.operationById.contains(p))
            parents << idHtml(s.text(p))
                    + QStringLiteral(" <i>(%1)</i>").arg(esc(tr("not in this store")));
    out += row(tr("Causal parents"), parents.join(QStringLiteral("<br>")));
    QStringList children;
    for (quint32 c : rel.childrenOf[quint32(m_row)])
        children << opLink(c);
    out += row(tr("Causal children"), children.join(QStringLiteral("<br>")));

    QStringList conflicts;
    for (Sym c : op.conflicts)
        conflicts << link(QStringLiteral("conflict"), s.text(c), s.text(c));
    out += row(tr("Conflicts"), conflicts.join(QStringLiteral("<br>")));

    QStringList artifacts;
    for (const auto &[provisional, target] : op.provisional) {
        QString final;
        for (const auto &[p, f] : op.reconciliation)
            if (p == provisional)
                final = s.text(f);
        artifacts << QStringLiteral("%1 → %2%3")
                         .arg(idHtml(s.text(provisional)),
                             final.isEmpty()
                                 ? QStringLiteral("<i>%1</i>").arg(esc(tr("not final yet")))
                                 : esc(final),
                             QStringLiteral(" <small>(%1)</small>").arg(idHtml(s.text(target))));
    }
    for (const auto &[p, f] : op.reconciliation) {
        bool listed = false;
        for (const auto &pr : op.provisional)
            listed |= pr.first == p;
        if (!listed)
            artifacts << QStringLiteral("%1 → %2").arg(idHtml(s.text(p)), idHtml(s.text(f)));
    }
    out += row(tr("Artifacts (provisional → final)"), artifacts.join(QStringLiteral("<br>")));

    if (s.isPartial()) {
        // A preview holds operations only: what they name is not known yet.
        const QString later = QStringLiteral("<i>%1</i>").arg(esc(tr("still reading the store…")));
        out += row(tr("Policy decision"), idHtml(s.text(op.policyRef)));
        QStringList refs;
        for (Sym e : op.evidenceRefs)
            refs << idHtml(s.text(e));
        out += row(tr("Ledger evidence"),
            refs.isEmpty() ? QString()
                           : refs.join(QStringLiteral("<br>")) + QStringLiteral("<br>") + later);
        out += row(tr("Tasks"), later);
        out += QStringLiteral("</table>");
        out += QStringLiteral("<p><small>%1</small></p>").arg(esc(s.files()[op.file].path));
        return out;
    }

    QString policy = idHtml(s.text(op.policyRef));
    if (const auto it = rel.policyById.constFind(op.policyRef); it != rel.policyById.cend()) {
        const auto &p = s.policyDecisions()[*it];
        policy += QStringLiteral(" — <b>%1</b> (%2 %3)<br><small>%4</small>")
                      .arg(idHtml(s.text(p.effect)), idHtml(s.text(p.policyId)),
                          idHtml(s.text(p.policyVersion)), esc(p.rationale));
    } else if (op.policyRef != kNoSym && s.findEvidence(s.text(op.policyRef)) < 0) {
        policy += QStringLiteral(" <i>(%1)</i>").arg(esc(tr("not in this store")));
    }
    out += row(tr("Policy decision"), policy);

    QStringList evidence;
    for (Sym e : op.evidenceRefs) {
        const qint32 found = s.findEvidence(s.text(e));
        if (found < 0) {
            // A misnamed file that claims it is shown, never taken for it.
            const QString hint = s.misnamedEvidenceHint(s.text(e));
            evidence << QStringLiteral("<span style=\"color:#c0392b\">%1 — %2</span>")
                            .arg(idHtml(s.text(e)),
                                esc(hint.isEmpty() ? tr("missing evidence")
                                                   : tr("missing evidence: %1").arg(hint)));
            continue;
        }
        const auto &env = s.evidence()[quint32(found)];
        const QString state = env.status == EvidenceStatus::Verified ? tr("verified")
            : env.status == EvidenceStatus::Tampered                 ? tr("TAMPERED")
            : env.status == EvidenceStatus::Suspect                  ? tr("SUSPECT")
                                                                     : tr("invalid");
        evidence << link(QStringLiteral("evidence"), s.text(env.id), s.text(e))
                + QStringLiteral(" <small>(%1)</small>").arg(esc(state));
    }
    out += row(tr("Ledger evidence"), evidence.join(QStringLiteral("<br>")));

    // The reviewer's cross-check of a decision: operation, envelope, task
    // and journal line must all name the same envelope.
    QStringList breaks;
    for (Sym c : op.conflicts) {
        const auto it = rel.conflictById.constFind(c);
        if (it == rel.conflictById.cend()
            || std::find(rel.resolvingOperations[*it].begin(), rel.resolvingOperations[*it].end(),
                   quint32(m_row))
                == rel.resolvingOperations[*it].end())
            continue;
        for (const EvidenceLink &l : EvidenceChain::links(s, *it))
            if (l.operation == m_row && l.status != EvidenceLink::Status::Ok)
                breaks << QStringLiteral("<span style=\"color:#c0392b\">%1</span>")
                              .arg(esc(tr("Conflict %1: %2.").arg(s.text(c), l.message)));
    }
    if (!breaks.isEmpty())
        out += row(tr("Cross-check"), breaks.join(QStringLiteral("<br>")));

    QStringList tasks;
    for (quint32 t : rel.tasksOfOperation[quint32(m_row)]) {
        const auto &task = s.tasks()[t];
        tasks << link(QStringLiteral("task"), QString::number(t), s.text(task.id))
                + QStringLiteral(" — %1, %2")
                      .arg(esc(OperationModel::statusLabel(s.text(task.status))),
                          esc(tr("attempt %1").arg(task.attempt)));
    }
    out += row(tr("Tasks"), tasks.join(QStringLiteral("<br>")));
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p><small>%1</small></p>").arg(esc(s.files()[op.file].path));
    return out;
}

void OperationDetail::onLink(const QUrl &url)
{
    const QString target = QUrl::fromPercentEncoding(url.path().toUtf8());
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("op"))
        Q_EMIT operationActivated(target.toInt());
    else if (scheme == QLatin1String("task"))
        Q_EMIT taskActivated(target.toInt());
    else if (scheme == QLatin1String("evidence"))
        Q_EMIT evidenceActivated(target);
    else if (scheme == QLatin1String("conflict"))
        Q_EMIT conflictActivated(target);
}

} // namespace SyncDesk::Ui
