// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/conflicts/conflictfilterbar.h"

#include "core/models/conflictmodel.h"
#include "ui/conflicts/cardpalette.h"
#include "ui/widgets/flowlayout.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QToolButton>

namespace SyncDesk::Ui {

namespace {

const char *const kSeverityProperty = "severity";

/// A round swatch next to the severity's name: colour is never the only cue.
QIcon swatch(const QColor &color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(120));
    p.setBrush(color);
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pm);
}

QToolButton *toggle(const QString &text, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return b;
}

} // namespace

ConflictFilterBar::ConflictFilterBar(ConflictFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_states(new QButtonGroup(this))
    , m_pending(toggle(tr("Pending"), this))
    , m_staged(toggle(tr("Staged"), this))
    , m_needsRationale(toggle(tr("Needs a rationale"), this))
    , m_ready(toggle(tr("Ready"), this))
    , m_gated(toggle(tr("Gated"), this))
    , m_decided(toggle(tr("Decided"), this))
    , m_all(toggle(tr("All"), this))
    , m_workspace(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_shown(new QLabel(this))
{
    // The bar wraps onto a second line rather than widen the window: its
    // buttons grow with translations, counts and added filters.
    auto *row = new FlowLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    const std::pair<QToolButton *, ConflictFilterProxy::StateFilter> states[] = {
        { m_pending, ConflictFilterProxy::StateFilter::Pending },
        { m_staged, ConflictFilterProxy::StateFilter::Staged },
        { m_needsRationale, ConflictFilterProxy::StateFilter::NeedsRationale },
        { m_ready, ConflictFilterProxy::StateFilter::Ready },
        { m_gated, ConflictFilterProxy::StateFilter::Gated },
        { m_decided, ConflictFilterProxy::StateFilter::Decided },
        { m_all, ConflictFilterProxy::StateFilter::All },
    };
    for (const auto &[button, state] : states) {
        m_states->addButton(button, int(state));
        row->addWidget(button);
    }
    m_states->setExclusive(true);
    m_pending->setChecked(true);
    m_pending->setToolTip(tr("Conflicts waiting for a decision the acting actor may make"));
    m_staged->setToolTip(tr("Conflicts with a staged decision, ready or not"));
    m_needsRationale->setToolTip(
        tr("Staged decisions that cannot be applied until they are given a rationale"));
    m_ready->setToolTip(tr("Staged decisions that Apply ready writes"));
    m_gated->setToolTip(tr("Pending conflicts where the gate refuses every option to the "
                           "acting actor: someone else has to decide them"));
    m_decided->setToolTip(tr("Conflicts already decided, with who chose what and why"));
    // Choosing the current filter again refreshes it (the triage filters keep
    // what they showed until then).
    connect(m_states, &QButtonGroup::idClicked, this,
        [this](int id) { m_proxy->setStateFilter(ConflictFilterProxy::StateFilter(id)); });

    row->addSpacing(12);
    const QString severities[] = { QStringLiteral("blocking"), QStringLiteral("review_required"),
        QStringLiteral("warning"), QStringLiteral("info") };
    for (int rank = 0; rank < 4; ++rank) {
        auto *b = toggle(ConflictModel::severityLabel(severities[rank]), this);
        b->setIcon(swatch(CardPalette::severity(rank)));
        b->setChecked(true);
        b->setProperty(kSeverityProperty, severities[rank]);
        b->setToolTip(tr("Show %1 conflicts").arg(b->text().toLower()));
        connect(b, &QToolButton::toggled, this, &ConflictFilterBar::updateSeverities);
        m_severityButtons << b;
        row->addWidget(b);
    }

    row->addSpacing(12);
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspace->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workspace->addItem(tr("All workspaces"), QString());
    connect(m_workspace, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setWorkspace(m_workspace->currentData().toString()); });
    row->addWidget(m_workspace);

    m_search->setPlaceholderText(tr("Search object, actor, device, explanation…"));
    m_search->setAccessibleName(tr("Search conflicts"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 28);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button changes the text without an edit: follow at once.
        if (text.isEmpty())
            flushSearch();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ConflictFilterBar::flushSearch);
    connect(&m_debounce, &QTimer::timeout, this, [this] { m_proxy->setText(m_search->text()); });
    row->addWidget(m_search, 1);
    row->addSpacing(8);
    row->addWidget(m_shown);
}

void ConflictFilterBar::setWorkspaces(const QStringList &workspaces)
{
    const QString current = m_workspace->currentData().toString();
    QSignalBlocker block(m_workspace);
    while (m_workspace->count() > 1)
        m_workspace->removeItem(1);
    for (const QString &w : workspaces)
        m_workspace->addItem(w, w);
    const int i = m_workspace->findData(current);
    m_workspace->setCurrentIndex(i < 0 ? 0 : i);
    if (i < 0 && !current.isEmpty())
        m_proxy->setWorkspace(QString());
}

void ConflictFilterBar::setCounts(const Counts &counts)
{
    const std::pair<QToolButton *, QString> texts[] = {
        { m_pending, tr("Pending (%L1)") },
        { m_staged, tr("Staged (%L1)") },
        { m_needsRationale, tr("Needs a rationale (%L1)") },
        { m_ready, tr("Ready (%L1)") },
        { m_gated, tr("Gated (%L1)") },
        { m_decided, tr("Decided (%L1)") },
        { m_all, tr("All (%L1)") },
    };
    const int values[] = { counts.pending, counts.staged, counts.needsRationale, counts.ready,
        counts.gated, counts.decided, counts.all };
    // Each button is as wide as its text with the largest count the store can
    // reach: staging changes the counts, and nothing may move under the pointer.
    const QString widest
        = QLocale()
              .toString(std::max(counts.all, 1))
              .replace(QRegularExpression(QStringLiteral("\\d")), QStringLiteral("8"));
    for (std::size_t i = 0; i < std::size(texts); ++i) {
        QToolButton *b = texts[i].first;
        b->setText(texts[i].second.arg(widest));
        b->setMinimumWidth(0);
        b->setMinimumWidth(b->sizeHint().width());
        b->setText(texts[i].second.arg(values[i]));
    }
    m_shown->setText(tr("%L1 shown").arg(widest));
    m_shown->setMinimumWidth(0);
    m_shown->setMinimumWidth(m_shown->sizeHint().width());
    setShown(m_shownCount);
}

void ConflictFilterBar::setShown(int shown)
{
    m_shownCount = shown;
    m_shown->setText(tr("%L1 shown").arg(shown));
}

void ConflictFilterBar::setStateFilter(ConflictFilterProxy::StateFilter state)
{
    if (auto *b = m_states->button(int(state)))
        b->setChecked(true);
    m_proxy->setStateFilter(state);
}

void ConflictFilterBar::setSeverityShown(const QString &severity, bool shown)
{
    for (QToolButton *b : std::as_const(m_severityButtons))
        if (b->property(kSeverityProperty).toString() == severity)
            b->setChecked(shown);
}

void ConflictFilterBar::setWorkspace(const QString &workspaceId)
{
    const int i = m_workspace->findData(workspaceId);
    m_workspace->setCurrentIndex(i < 0 ? 0 : i);
}

void ConflictFilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_debounce.start();
}

void ConflictFilterBar::flushSearch()
{
    m_debounce.stop();
    m_proxy->setText(m_search->text());
}

void ConflictFilterBar::updateSeverities()
{
    QSet<QString> shown;
    for (const QToolButton *b : std::as_const(m_severityButtons))
        if (b->isChecked())
            shown.insert(b->property(kSeverityProperty).toString());
    // All four on means "every severity", including ones this version does not know.
    if (shown.size() == m_severityButtons.size())
        shown.clear();
    else if (shown.isEmpty())
        shown.insert(QStringLiteral("\u0001")); // no card carries it: show none
    m_proxy->setSeverities(shown);
}

} // namespace SyncDesk::Ui
