// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/cli/cliutil.h"
#include "app/cli/commands.h"
#include "app/cli/storeopen.h"

#include "core/records/decisionoption.h"
#include "core/records/plaintext.h"
#include "core/records/timestamp.h"

#include <QCoreApplication>

namespace SyncDesk::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncDesk::Cli", text);
}

QString stateName(CardState state)
{
    switch (state) {
    case CardState::Pending:
        return QStringLiteral("pending");
    case CardState::Decided:
        return QStringLiteral("decided");
    case CardState::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

/// What a person reads: translated (stateName() stays the JSON's key).
QString stateLabel(CardState state)
{
    switch (state) {
    case CardState::Pending:
        return QCoreApplication::translate("SyncDesk::Cli", "pending", "conflict state");
    case CardState::Decided:
        return QCoreApplication::translate("SyncDesk::Cli", "decided", "conflict state");
    case CardState::Invalid:
        return QCoreApplication::translate("SyncDesk::Cli", "invalid", "conflict state");
    }
    return {};
}

// Store text on its way to a terminal: whoever wrote the store may have put
// escape sequences or direction overrides in it.
QString cell(const QString &text)
{
    const QString shown = PlainText::oneLine(text, 120);
    return shown.isEmpty() ? QStringLiteral("-") : shown;
}

// Below this, a shortened rationale says too little: the line wraps instead.
constexpr int kMinWhyWidth = 24;
// Into a pipe or a file, whose width nobody knows: a sentence or two.
constexpr int kUnknownWhyWidth = 100;

Json symOrNull(const Store &store, Sym sym)
{
    return sym == kNoSym ? Json() : toJson(store.text(sym));
}

} // namespace

int runConflicts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli conflicts list: every conflict with its DecisionCard state, severity, "
           "object, recommendation and decision."));
    parser.addPositionalArgument(QStringLiteral("STORE"), tr("The workspace store folder."));
    const QCommandLineOption pendingOnly(
        QStringLiteral("pending"), tr("Only conflicts waiting for a decision."));
    const QCommandLineOption decidedOnly(QStringLiteral("decided"),
        tr("Only conflicts already decided, with who chose, when and why."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for machines."));
    parser.addOptions({ pendingOnly, decidedOnly, json });
    if (const int code = parseArguments(parser, arguments, 1, 1); code >= 0)
        return code;
    if (parser.isSet(pendingOnly) && parser.isSet(decidedOnly)) {
        err() << tr("--pending and --decided exclude each other.") << Qt::endl;
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto store = openStoreForCommand(parser.positionalArguments().constFirst(), exitCode);
    if (!store)
        return exitCode;

    std::vector<quint32> rows;
    for (quint32 i = 0; i < store->conflicts().size(); ++i) {
        const auto state = store->conflicts()[i].state;
        if ((parser.isSet(pendingOnly) && state != CardState::Pending)
            || (parser.isSet(decidedOnly) && state != CardState::Decided))
            continue;
        rows.push_back(i);
    }
    // Conflicts print in id order, not file order, so that output is stable and searchable.
    std::sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) {
        return store->text(store->conflicts()[a].id) < store->text(store->conflicts()[b].id);
    });

    if (parser.isSet(json)) {
        Json list = Json::array();
        for (quint32 i : rows) {
            const auto &c = store->conflicts()[i];
            Json j = Json::object();
            j["conflict_id"] = symOrNull(*store, c.id);
            j["path"] = toJson(store->files()[c.file].path);
            j["state"] = toJson(stateName(c.state));
            j["severity"] = symOrNull(*store, c.severity);
            j["object_id"] = symOrNull(*store, c.object);
            j["workspace_id"] = symOrNull(*store, c.workspace);
            j["profile_id"] = symOrNull(*store, c.profile);
            j["options"] = Json::array();
            for (Sym o : c.card.options)
                j["options"].push_back(toJson(store->text(o)));
            j["recommended_option"] = symOrNull(*store, c.card.recommended);
            j["selected_option"] = symOrNull(*store, c.card.selected);
            j["selected_by"] = symOrNull(*store, c.card.selectedBy);
            j["selected_at"] = c.card.selectedAt == kNoTime
                ? Json()
                : toJson(formatUtcTimestamp(c.card.selectedAt));
            j["rationale"] = toJson(c.card.rationale);
            list.push_back(std::move(j));
        }
        printJson(Json { { "store", toJson(store->root()) }, { "conflicts", std::move(list) } });
        return ExitOk;
    }
    const Store &st = *store;
    QList<QStringList> table;
    if (parser.isSet(decidedOnly)) {
        // Who, when and why: the rationale shortened to what the terminal has
        // left (whole in --json).
        for (quint32 i : rows) {
            const auto &c = st.conflicts()[i];
            table << QStringList { cell(st.text(c.id)), cell(st.text(c.object)),
                cell(decisionOptionName(c.card.selectedOption)), cell(st.text(c.card.selectedBy)),
                c.card.selectedAt == kNoTime ? QStringLiteral("-")
                                             : formatUtcTimestamp(c.card.selectedAt),
                PlainText::oneLine(c.card.rationale, 4000) };
        }
        const QStringList headers { tr("CONFLICT"), tr("OBJECT"), tr("DECISION"), tr("BY"),
            tr("AT (UTC)"), tr("WHY") };
        int used = 0;
        for (int col = 0; col < 5; ++col) {
            int w = displayWidth(headers[col]);
            for (const QStringList &row : std::as_const(table))
                w = std::max(w, displayWidth(row[col]));
            used += w + 2;
        }
        const int columns = terminalWidth();
        const int why = columns > 0 ? std::max(kMinWhyWidth, columns - used) : kUnknownWhyWidth;
        for (QStringList &row : table)
            row[5] = row[5].isEmpty() ? tr("(none recorded)") : elideToWidth(row[5], why);
        printTable(headers, table);
    } else {
        for (quint32 i : rows) {
            const auto &c = st.conflicts()[i];
            const QString decision = c.state == CardState::Decided
                ? tr("%1 by %2")
                      .arg(decisionOptionName(c.card.selectedOption),
                          cell(st.text(c.card.selectedBy)))
                : QStringLiteral("-");
            table << QStringList { cell(st.text(c.id)), stateLabel(c.state),
                cell(st.text(c.severity)), cell(st.text(c.object)),
                cell(st.text(c.card.recommended)), decision };
        }
        printTable({ tr("CONFLICT"), tr("STATE"), tr("SEVERITY"), tr("OBJECT"), tr("RECOMMENDED"),
                       tr("DECISION") },
            table);
    }
    auto &o = out();
    o << tr("%1 conflicts").arg(rows.size()) << Qt::endl;
    return ExitOk;
}

} // namespace SyncDesk::Cli
