// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/evidence/evidencedetail.h"

#include "core/json/json.h"
#include "core/models/evidencemodel.h"
#include "core/records/evidence.h"
#include "core/records/plaintext.h"
#include "core/records/timestamp.h"
#include "core/store/evidencechain.h"
#include "core/store/store.h"
#include "ui/evidence/resolutionsummary.h"
#include "ui/widgets/elidedlabel.h"
#include "ui/widgets/jsonview.h"
#include "ui/widgets/statusbanner.h"
#include "ui/widgets/statusdelegate.h"

#include <QBoxLayout>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>

namespace SyncDesk::Ui {
namespace {

enum ItemRole
{
    KindRole = Qt::UserRole,
    RowRole,
};

// Sync Desk checks no signature: a claimed one is only ever "present, not
// verified", whatever the envelope's own flag says. The digest check is the banner's.
QString signatureLine(const Json &envelope, Flag isSigned)
{
    const Json &attestation = jsonMember(envelope, "attestation");
    const QString why = PlainText::oneLine(jsonString(jsonMember(attestation, "reason")), 80);
    const Json &signature = jsonMember(attestation, "signature");
    const bool present = isSigned == Flag::True
        || (signature.is_string() && !signature.get_ref<const std::string &>().empty());
    QString text;
    if (present)
        text = EvidenceDetail::tr("present, not verified");
    else if (isSigned == Flag::False || attestation.is_object())
        text = EvidenceDetail::tr("none");
    else
        return EvidenceDetail::tr("no attestation");
    return why.isEmpty() ? text
                         : EvidenceDetail::tr("%1 (%2)", "signature (reason)").arg(text, why);
}

QString timeText(qint64 ms)
{
    if (ms == kNoTime)
        return EvidenceDetail::tr("missing or not RFC 3339");
    return EvidenceDetail::tr("%1 (%2)").arg(
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::LongFormat),
        formatUtcTimestamp(ms));
}

} // namespace

EvidenceDetail::EvidenceDetail(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto *top = new QWidget(splitter);
    top->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 4);
    m_banner = new StatusBanner(top);
    topLayout->addWidget(m_banner);

    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    m_fields = new QWidget(top);
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(4, 4, 4, 4);
    form->setLabelAlignment(Qt::AlignRight);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_id = addField(tr("Evidence id:"));
    m_type = addField(tr("Type:"));
    m_subject = addField(tr("Subject:"));
    m_writer = addField(tr("Writer:"));
    m_generated = addField(tr("Generated:"));
    m_signed = addField(tr("Signature:"));
    m_digest = addField(tr("Declared digest:"));
    m_file = addField(tr("File:"));
    m_digest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    row->addWidget(m_fields, 2); // ids and digests first; the list beside scrolls

    auto *cited = new QVBoxLayout;
    cited->setContentsMargins(0, 4, 4, 4);
    m_citedByTitle = new QLabel(top);
    QFont bold = m_citedByTitle->font();
    bold.setBold(true);
    m_citedByTitle->setFont(bold);
    cited->addWidget(m_citedByTitle);
    m_citedBy = new QListWidget(top);
    m_citedBy->setUniformItemSizes(true);
    m_citedBy->setSelectionMode(QAbstractItemView::SingleSelection);
    m_citedBy->viewport()->setCursor(Qt::PointingHandCursor);
    m_citedBy->setToolTip(tr("Click a record (or press Enter) to open it"));
    m_citedBy->installEventFilter(this);
    // A few rows are enough: the file below deserves the height.
    m_citedBy->setMaximumHeight(m_citedBy->fontMetrics().height() * 8);
    m_citedBy->setMinimumHeight(m_citedBy->fontMetrics().height() * 3);
    connect(m_citedBy, &QListWidget::itemClicked, this, &EvidenceDetail::activate);
    cited->addWidget(m_citedBy, 1);
    m_crossCheck = new QLabel(top);
    m_crossCheck->setWordWrap(true);
    m_crossCheck->setTextFormat(Qt::RichText);
    m_crossCheck->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_crossCheck->hide();
    cited->addWidget(m_crossCheck);
    row->addLayout(cited, 1);
    topLayout->addLayout(row, 1);

    // A decision's envelope, told as a reviewer reads it; hidden for other types.
    m_resolution = new QTextBrowser(top);
    m_resolution->setObjectName(QStringLiteral("resolutionSummary"));
    m_resolution->setAccessibleName(tr("Decision recorded in this envelope"));
    m_resolution->setOpenLinks(false);
    m_resolution->setFrameShape(QFrame::NoFrame);
    m_resolution->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_resolution->viewport()->setBackgroundRole(QPalette::Window);
    m_resolution->setMinimumHeight(m_resolution->fontMetrics().height() * 4);
    m_resolution->setMaximumHeight(m_resolution->fontMetrics().height() * 14);
    connect(m_resolution, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString link = url.toString();
        if (link.startsWith(ResolutionSummary::linkPrefix()))
            Q_EMIT evidenceLinkActivated(QUrl::fromPercentEncoding(
                link.mid(ResolutionSummary::linkPrefix().size()).toUtf8()));
    });
    m_resolution->hide();
    topLayout->addWidget(m_resolution);

    m_json = new JsonView(splitter);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    showEvidence(-1);
}

QLabel *EvidenceDetail::addField(const QString &label)
{
    // Long ids and digests are shortened in the middle (both ends stay, where they
    // differ), never allowed to widen the pane; the tooltip has them whole.
    auto *value = new ElidedLabel(m_fields);
    value->setElideMode(Qt::ElideMiddle);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    static_cast<QFormLayout *>(m_fields->layout())->addRow(label, value);
    return value;
}

QString EvidenceDetail::kindLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Operation:
        return tr("Operation");
    case RecordKind::Task:
        return tr("Task");
    case RecordKind::Conflict:
        return tr("Conflict");
    case RecordKind::PolicyDecision:
        return tr("Policy decision");
    case RecordKind::Evidence:
        return tr("Evidence");
    default:
        break;
    }
    return tr("Record");
}

void EvidenceDetail::setStore(const Store *store)
{
    m_store = store;
    showEvidence(-1);
}

void EvidenceDetail::showEvidence(int row)
{
    const bool valid = m_store && row >= 0 && std::size_t(row) < m_store->evidence().size();
    m_row = valid ? row : -1;
    m_fields->setEnabled(valid);
    for (QLabel *l : { m_id, m_type, m_subject, m_writer, m_generated, m_signed, m_digest, m_file })
        l->clear();
    if (!valid) {
        m_banner->clearStatus();
        m_citedBy->clear();
        m_crossCheck->clear();
        m_crossCheck->hide();
        m_resolution->clear();
        m_resolution->hide();
        m_citedByTitle->setText(tr("Cited by"));
        m_json->clear();
        m_json->setPlaceholder(tr("Select an evidence envelope to see its verdict and its file."));
        return;
    }
    const EvidenceRecord &e = m_store->evidence()[std::size_t(row)];
    const QString path = m_store->files()[e.file].path;

    // The verdict is recomputed from the bytes shown, so pane and file always agree.
    const auto read = m_store->readFile(e.file);
    const QString readError = read.error();
    const QByteArray bytes = read.valueOr(QByteArray());
    EvidenceCheck check;
    check.status = e.status;
    check.message = e.statusMessage;
    Json envelope;
    bool fresh = false;
    if (readError.isEmpty()) {
        auto parsed = parseJson(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (parsed.ok()) {
            envelope = std::move(parsed.value);
            check = Evidence::checkFile(envelope, path.section(QLatin1Char('/'), -1));
        } else {
            check = EvidenceCheck();
            check.message = parsed.error->message;
        }
        fresh = true;
    }

    auto setField = [](QLabel *label, const QString &text) {
        label->setText(text);
        label->setToolTip(text);
    };
    setField(m_id, m_store->text(e.id));
    setField(m_type, m_store->text(e.type));
    setField(m_subject, m_store->text(e.subject));
    setField(m_writer, m_store->text(e.writer));
    setField(m_generated, timeText(e.generated));
    setField(m_signed, signatureLine(envelope, e.isSigned));
    setField(m_digest, e.declaredDigest.isEmpty() ? tr("(none)") : e.declaredDigest);
    setField(m_file, path);

    QString message = check.message;
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    QString explanation;
    QString title;
    switch (check.status) {
    case EvidenceStatus::Verified:
        title = tr("Verified");
        explanation = tr("The artifact hashes to its declared digest and the evidence id derives "
                         "from it: nothing in this envelope changed since it was written.");
        explanation += QLatin1Char(' ')
            + (e.isSigned == Flag::True
                    ? tr("Its signature is not verified (Sync Desk checks none), so who wrote it "
                         "rests on the store's own integrity.")
                    : tr("It is not signed, so who wrote it rests on the store's own integrity."));
        break;
    case EvidenceStatus::Tampered:
        title = tr("Tampered — do not rely on this evidence");
        // The digests themselves are in the file's header line below.
        explanation = check.field == QLatin1String("evidence_id")
            ? tr("The evidence id does not derive from the envelope's type, subject, writer "
                 "and digest: one of them was changed after it was written.")
            : tr("The artifact no longer hashes to its declared digest: it was changed after "
                 "the envelope was written.");
        explanation += QLatin1Char(' ') + tr("What this envelope records cannot be trusted.");
        break;
    case EvidenceStatus::Invalid:
        title = tr("Invalid — this envelope cannot be verified");
        explanation = message;
        break;
    case EvidenceStatus::Suspect:
        title = tr("Suspect — not the evidence its file name stands for");
        explanation = message + QLatin1Char(' ')
            + tr("Evidence is found by its id only: this file serves no reference, and those "
                 "naming %1 are missing evidence.")
                  .arg(Evidence::idOfFileName(path.section(QLatin1Char('/'), -1)));
        break;
    }
    if (fresh && check.status != e.status)
        explanation += QLatin1Char(' ')
            + tr("(The file changed since the store was read: this is what its bytes say now.)");
    if (!fresh)
        explanation += QLatin1Char(' ') + tr("(Could not re-read the file: %1)").arg(readError);
    m_banner->setStatus(EvidenceModel::statusTone(check.status),
        EvidenceModel::statusIconName(check.status), title, explanation,
        check.status == EvidenceStatus::Tampered || check.status == EvidenceStatus::Suspect);
    m_banner->setToolTip(check.message);

    fillCitations();
    fillCrossCheck(path.section(QLatin1Char('/'), -1));
    const QString decision = ResolutionSummary::html(envelope);
    if (decision.isEmpty()) {
        m_resolution->clear();
        m_resolution->hide();
    } else {
        // Told even when tampered: the banner above says not to rely on it.
        m_resolution->setHtml(decision);
        m_resolution->show();
    }

    if (fresh) {
        m_json->setContent(bytes, path);
        m_json->setEvidenceCheck(check, e.declaredDigest);
    } else {
        m_json->clearHeader();
        m_json->setPlaceholder(tr("Could not read %1: %2").arg(path, readError));
    }
}

QString EvidenceDetail::signatureText() const
{
    return m_signed->text();
}

void EvidenceDetail::fillCitations()
{
    m_citedBy->clear();
    const auto &all = m_store->relations().citationsOf;
    const Adjacency<Citation>::Row citations
        = std::size_t(m_row) < all.size() ? all[std::size_t(m_row)] : Adjacency<Citation>::Row();
    m_citedByTitle->setText(tr("Cited by: %1").arg(citations.size()));
    QFont link = m_citedBy->font();
    link.setUnderline(true);
    const QBrush linkColor = palette().brush(QPalette::Link);
    for (const Citation &c : citations) {
        Sym id = kNoSym;
        quint32 file = 0;
        if (c.kind == RecordKind::Operation && c.row < m_store->operations().size()) {
            id = m_store->operations()[c.row].id;
            file = m_store->operations()[c.row].file;
        } else if (c.kind == RecordKind::Task && c.row < m_store->tasks().size()) {
            id = m_store->tasks()[c.row].id;
            file = m_store->tasks()[c.row].file;
        } else {
            continue;
        }
        auto *item = new QListWidgetItem(
            tr("%1 · %2").arg(kindLabel(c.kind), m_store->text(id)), m_citedBy);
        item->setData(KindRole, int(c.kind));
        item->setData(RowRole, int(c.row));
        item->setToolTip(m_store->files()[file].path);
        item->setFont(link);
        item->setForeground(linkColor);
    }
    if (citations.empty()) {
        auto *item = new QListWidgetItem(tr("No record cites this envelope."), m_citedBy);
        item->setFlags(Qt::NoItemFlags);
    }
}

void EvidenceDetail::fillCrossCheck(const QString &fileName)
{
    const Store &s = *m_store;
    const EvidenceRecord &e = s.evidence()[std::size_t(m_row)];
    // The references this file serves, or was meant to: its id at its own
    // name; the id its name says when it is misnamed.
    const bool served = s.findEvidence(s.text(e.id)) == m_row;
    const QString id = served ? s.text(e.id) : Evidence::idOfFileName(fileName);
    const QString bad = toneColor(StatusTone::Negative, palette()).name();
    QStringList lines;
    auto breakLine = [&](const QString &text) {
        lines
            << QStringLiteral("<span style=\"color:%1\">%2</span>").arg(bad, text.toHtmlEscaped());
    };
    for (const quint32 c : EvidenceChain::conflictsNaming(s, id)) {
        const auto links = EvidenceChain::links(s, c);
        const QString conflict = s.text(s.conflicts()[c].id);
        if (!EvidenceChain::isBroken(links)) {
            lines << tr("Conflict %1: its operation, task and journal line name this envelope.")
                         .arg(conflict)
                         .toHtmlEscaped();
            continue;
        }
        for (const EvidenceLink &l : links)
            if (l.status != EvidenceLink::Status::Ok)
                breakLine(tr("Conflict %1: %2.").arg(conflict, l.message));
    }
    if (!served) {
        for (const DanglingRef &d : s.relations().dangling)
            if (s.misnamedEvidenceFor(s.text(d.target)) == m_row)
                breakLine(tr("%1 (%2) names %3: missing evidence, this file is not it.")
                              .arg(s.files()[d.file].path, d.field, s.text(d.target)));
    }
    constexpr int kMaxLines = 12;
    if (lines.size() > kMaxLines) {
        const auto more = lines.size() - kMaxLines;
        lines.resize(kMaxLines);
        lines << tr("… and %n more", nullptr, int(more)).toHtmlEscaped();
    }
    if (lines.isEmpty()) {
        m_crossCheck->clear();
        m_crossCheck->hide();
        return;
    }
    m_crossCheck->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(tr("Cross-check").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
    m_crossCheck->show();
}

void EvidenceDetail::activate(QListWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    Q_EMIT recordActivated(RecordKind(item->data(KindRole).toInt()), item->data(RowRole).toInt());
}

bool EvidenceDetail::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_citedBy && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_citedBy->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace SyncDesk::Ui
