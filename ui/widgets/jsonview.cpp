// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/widgets/jsonview.h"

#include "core/records/evidence.h"
#include "ui/widgets/elidedlabel.h"
#include "ui/widgets/jsonfindbar.h"
#include "ui/widgets/jsonhighlighter.h"
#include "ui/widgets/statusdelegate.h"

#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QShortcut>
#include <QTextBlock>
#include <QToolButton>

namespace SyncDesk::Ui {
namespace {

constexpr int kMaxMarkedMatches = 2000;

enum HeaderTone
{
    NoHeader,
    HeaderOk,
    HeaderTampered,
    HeaderInvalid,
};

QToolButton *toolButton(const QString &iconName, const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(iconName));
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

JsonView::JsonView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAutoFillBackground(true);
    m_header->setContentsMargins(8, 6, 8, 6);
    // Narrower than a digest: renderHeader() shortens it to fit.
    m_header->setMinimumWidth(m_header->fontMetrics().averageCharWidth() * 24);
    m_header->installEventFilter(this);
    m_header->hide();
    layout->addWidget(m_header);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    // A file's path and size: shortened in the middle (the file name stays) rather
    // than widen the pane.
    auto *status = new ElidedLabel(this);
    status->setElideMode(Qt::ElideMiddle);
    m_status = status;
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_status, 1);
    auto *findButton = toolButton(QStringLiteral("edit-find"), tr("Find"), this);
    findButton->setToolTip(
        tr("Find in this file (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    connect(findButton, &QToolButton::clicked, this, &JsonView::showFindBar);
    bar->addWidget(findButton);
    m_copyButton = toolButton(QStringLiteral("edit-copy"), tr("Copy"), this);
    m_copyButton->setToolTip(tr("Copy the whole file to the clipboard"));
    connect(m_copyButton, &QToolButton::clicked, this, &JsonView::copyAll);
    bar->addWidget(m_copyButton);
    m_exportButton = toolButton(QStringLiteral("document-save-as"), tr("Export…"), this);
    m_exportButton->setToolTip(tr("Save a copy of the file, byte for byte"));
    connect(m_exportButton, &QToolButton::clicked, this, &JsonView::exportWithDialog);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    m_editor = new QPlainTextEdit(this);
    m_editor->setReadOnly(true);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setFrameShape(QFrame::NoFrame);
    m_editor->document()->setDocumentMargin(6);
    layout->addWidget(m_editor, 1);

    m_findBar = new JsonFindBar(this);
    m_findBar->hide();
    layout->addWidget(m_findBar);
    connect(m_findBar, &JsonFindBar::findRequested, this,
        [this](const QString &text, bool backward) { find(text, backward); });
    connect(m_findBar, &JsonFindBar::closed, this, [this] {
        updateFindMatches();
        m_editor->setFocus();
    });
    connect(m_findBar, &JsonFindBar::textChanged, this, [this](const QString &text) {
        // Search as you type from where the current match starts, not after it.
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_editor->setTextCursor(cursor);
        if (!text.isEmpty())
            find(text);
        updateFindMatches();
    });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, &JsonView::showFindBar);
    auto *nextShortcut = new QShortcut(QKeySequence::FindNext, this);
    nextShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(nextShortcut, &QShortcut::activated, this, [this] { find(m_findBar->text()); });
    auto *previousShortcut = new QShortcut(QKeySequence::FindPrevious, this);
    previousShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(
        previousShortcut, &QShortcut::activated, this, [this] { find(m_findBar->text(), true); });

    m_highlighter = attachJsonHighlighter(m_editor->document(), palette());
    applyPalette();
    clear();
}

void JsonView::setContent(const QByteArray &bytes, const QString &fileName)
{
    m_bytes = bytes;
    m_fileName = fileName;
    m_markedLine = 0;
    const bool highlight = bytes.size() <= kHighlightLimit;
    // Detach before setting the text so a large file is never highlighted at all.
    m_highlighter->setDocument(highlight ? m_editor->document() : nullptr);
    m_editor->setPlainText(QString::fromUtf8(bytes));
    m_copyButton->setEnabled(true);
    m_exportButton->setEnabled(true);
    QString status = fileName;
    if (!highlight)
        status = tr("%1 (over %2 MiB: shown without highlighting)")
                     .arg(fileName)
                     .arg(kHighlightLimit / (1024 * 1024));
    setStatus(status, false);
    updateFindMatches();
}

void JsonView::setPlaceholder(const QString &text)
{
    m_bytes.clear();
    m_fileName.clear();
    m_markedLine = 0;
    m_editor->clear();
    m_editor->setPlaceholderText(text);
    m_copyButton->setEnabled(false);
    m_exportButton->setEnabled(false);
    setStatus(QString(), false);
    updateFindMatches();
}

void JsonView::clear()
{
    setPlaceholder(QString());
    clearHeader();
}

bool JsonView::isHighlighted() const
{
    return m_highlighter->document() == m_editor->document();
}

void JsonView::setEvidenceCheck(const EvidenceCheck &check, const QString &declaredDigest)
{
    // Digests and ids are put in where the header is drawn (renderHeader), shortened
    // in the middle to the header's width: never allowed to widen the window.
    m_headerValues.clear();
    const auto mono = [this](const QString &s) {
        m_headerValues << s;
        return QStringLiteral("<code>\x01%1\x02</code>").arg(m_headerValues.size() - 1);
    };
    QString html;
    QString plain;
    switch (check.status) {
    case EvidenceStatus::Verified:
        m_headerTone = HeaderOk;
        plain = tr("Digest OK: the artifact hashes to the declared digest %1").arg(declaredDigest);
        html = tr("<b>Digest OK</b> — the artifact hashes to the declared digest<br>%1")
                   .arg(mono(declaredDigest));
        break;
    case EvidenceStatus::Tampered:
        m_headerTone = HeaderTampered;
        if (check.field == QLatin1String("evidence_id")) {
            plain = tr("TAMPERED: evidence_id does not derive from the envelope; expected %1 "
                       "(digest %2)")
                        .arg(check.computedId, check.computedDigest);
            html = tr("<b>TAMPERED</b> — evidence_id does not derive from the envelope<br>"
                      "Expected id: %1<br>Digest: %2")
                       .arg(mono(check.computedId), mono(check.computedDigest));
        } else {
            plain = tr("TAMPERED: declared %1, computed %2")
                        .arg(declaredDigest, check.computedDigest);
            html = tr("<b>TAMPERED</b> — the artifact does not match its declared digest<br>"
                      "Declared: %1<br>Computed: %2")
                       .arg(mono(declaredDigest.isEmpty() ? tr("(none)") : declaredDigest),
                           mono(check.computedDigest));
        }
        break;
    case EvidenceStatus::Suspect:
        m_headerTone = HeaderTampered;
        plain = tr("SUSPECT: %1").arg(check.message);
        html = tr("<b>SUSPECT</b> — %1").arg(check.message.toHtmlEscaped());
        break;
    case EvidenceStatus::Invalid:
        m_headerTone = HeaderInvalid;
        plain = tr("Not verifiable: %1").arg(check.message);
        html = tr("<b>Not verifiable</b> — %1").arg(check.message.toHtmlEscaped());
        break;
    }
    m_headerHtml = html;
    m_header->setAccessibleName(plain);
    m_header->setToolTip(plain);
    m_header->show();
    renderHeader();
    applyPalette();
}

void JsonView::renderHeader()
{
    if (m_headerHtml.isEmpty())
        return;
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(m_header->font().pointSizeF());
    const QFontMetrics fm(fixed);
    // A value may wrap onto a line of its own, after its label ("Computed:").
    const int room = m_header->contentsRect().width() - 2 * fm.averageCharWidth();
    QString html = m_headerHtml;
    for (int i = 0; i < m_headerValues.size(); ++i) {
        const QString &value = m_headerValues[i];
        const QString shown
            = m_header->width() > 0 ? fm.elidedText(value, Qt::ElideMiddle, qMax(room, 0)) : value;
        html.replace(QStringLiteral("\x01%1\x02").arg(i), shown.toHtmlEscaped());
    }
    if (html != m_header->text())
        m_header->setText(html);
}

bool JsonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_header && event->type() == QEvent::Resize)
        renderHeader();
    return QWidget::eventFilter(watched, event);
}

void JsonView::clearHeader()
{
    m_headerTone = NoHeader;
    m_headerHtml.clear();
    m_headerValues.clear();
    m_header->clear();
    m_header->setAccessibleName(QString());
    m_header->hide();
}

QString JsonView::headerText() const
{
    return m_header->accessibleName();
}

void JsonView::goToLine(int line)
{
    m_markedLine = line;
    const QTextBlock block = m_editor->document()->findBlockByNumber(qMax(0, line - 1));
    QTextCursor cursor(block);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    updateFindMatches();
}

bool JsonView::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size()
        || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool JsonView::find(const QString &text, bool backward)
{
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_editor->find(text, flags);
    if (!found) { // wrap around once
        QTextCursor cursor = m_editor->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_editor->setTextCursor(cursor);
        found = m_editor->find(text, flags);
    }
    m_findBar->setFound(found);
    return found;
}

void JsonView::copyAll()
{
    QApplication::clipboard()->setText(m_editor->toPlainText());
    setStatus(tr("Copied %1 to the clipboard").arg(m_fileName), false);
}

void JsonView::exportWithDialog()
{
    const QString suggested
        = QDir::home().filePath(m_fileName.isEmpty() ? QStringLiteral("record.json")
                                                     : m_fileName.section(QLatin1Char('/'), -1));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export File"), suggested, tr("JSON files (*.json *.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        setStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), false);
    else
        setStatus(error, true);
}

void JsonView::showFindBar()
{
    const QString selected = m_editor->textCursor().selectedText();
    m_findBar->activate(selected.contains(QChar::ParagraphSeparator) ? QString() : selected);
}

void JsonView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette)
        applyPalette();
}

void JsonView::applyPalette()
{
    m_applyingPalette = true;
    const QPalette base = palette();
    setJsonHighlighterPalette(m_highlighter, base);
    m_editor->setPalette(jsonEditorPalette(base));

    QPalette header = base;
    const StatusTone tone = m_headerTone == HeaderOk ? StatusTone::Positive
        : m_headerTone == HeaderInvalid              ? StatusTone::Warning
                                                     : StatusTone::Negative;
    header.setColor(QPalette::Window, toneBackground(tone, base));
    // Tampered reads in the negative colour itself, never in the text colour of "fine".
    header.setColor(QPalette::WindowText,
        m_headerTone == HeaderTampered ? toneColor(StatusTone::Negative, base)
                                       : base.color(QPalette::Text));
    m_header->setPalette(header);
    m_applyingPalette = false;
    updateFindMatches();
}

void JsonView::updateFindMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette p = m_editor->palette();
    if (m_markedLine > 0) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(toneBackground(StatusTone::Warning, p));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(m_editor->document()->findBlockByNumber(m_markedLine - 1));
        selections.append(line);
    }
    const QString text = !m_findBar->isHidden() ? m_findBar->text() : QString();
    if (!text.isEmpty()) {
        QColor match = p.color(QPalette::Highlight);
        match.setAlphaF(0.35f);
        QTextCursor cursor(m_editor->document());
        while (selections.size() < kMaxMarkedMatches) {
            cursor = m_editor->document()->find(text, cursor);
            if (cursor.isNull())
                break;
            QTextEdit::ExtraSelection s;
            s.format.setBackground(match);
            s.cursor = cursor;
            selections.append(s);
        }
    }
    m_editor->setExtraSelections(selections);
}

void JsonView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setToolTip(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, toneColor(StatusTone::Negative, p));
    m_status->setPalette(p);
}

} // namespace SyncDesk::Ui
