// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/evidence/resolutionsummary.h"

#include "core/records/evidence.h"
#include "core/records/plaintext.h"

#include <QStringList>
#include <QUrl>

namespace SyncDesk::Ui {
namespace {

// Ids, names and times are short; words a person wrote may be a paragraph.
constexpr qsizetype kFieldChars = 160;
constexpr qsizetype kWordsChars = 600;

QString text(const Json &value, qsizetype maxChars = kFieldChars)
{
    if (value.is_string())
        return PlainText::oneLine(QString::fromStdString(value.get<std::string>()), maxChars);
    if (value.is_boolean() || value.is_number())
        return QString::fromStdString(dumpJson(value));
    return {};
}

QString field(const Json &object, std::string_view key, qsizetype maxChars = kFieldChars)
{
    return text(jsonMember(object, key), maxChars);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString orNone(const QString &s)
{
    return s.isEmpty() ? ResolutionSummary::tr("(none)") : s;
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right:8px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

// One gate input ({"record": {...}, "digest": "sha256:..."}) as "id (digest)".
QString gateInput(const Json &input, std::string_view idKey)
{
    if (input.is_null())
        return esc(ResolutionSummary::tr("none recorded"));
    if (!input.is_object())
        return esc(ResolutionSummary::tr("not an object"));
    const Json &record = jsonMember(input, "record");
    QString what = field(record, idKey);
    const QString effect = field(record, "effect", 40);
    if (!effect.isEmpty())
        what = ResolutionSummary::tr("%1, %2", "policy decision id, effect")
                   .arg(orNone(what), effect);
    const QString digest = field(input, "digest", 80);
    return esc(ResolutionSummary::tr("%1 · digest %2").arg(orNone(what), orNone(digest)));
}

} // namespace

bool ResolutionSummary::isResolution(const Json &envelope)
{
    return jsonString(jsonMember(envelope, "evidence_type")) == u"conflict-resolution";
}

QString ResolutionSummary::html(const Json &envelope)
{
    if (!isResolution(envelope))
        return {};
    const Json &artifact = jsonMember(envelope, "artifact");
    const Json &decision = jsonMember(artifact, "decision");

    QString out = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    const bool revision = jsonMember(decision, "revision").is_boolean()
        && jsonMember(decision, "revision").get<bool>();
    out += row(tr("Decision:"),
        esc(revision ? tr("%1 (a revision)").arg(orNone(field(decision, "option", 40)))
                     : orNone(field(decision, "option", 40))));
    out += row(tr("Actor:"), esc(orNone(field(decision, "actor_id"))));
    const Json &on = jsonMember(decision, "decided_on");
    const QString user = field(on, "os_user", 64);
    const QString host = field(on, "host", 64);
    const QString version = field(on, "app_version", 40);
    out += row(tr("At the keyboard:"),
        esc(user.isEmpty() && host.isEmpty() && version.isEmpty()
                ? tr("not recorded")
                : tr("%1 on %2, Sync Desk %3", "os user on host, version")
                      .arg(orNone(user), orNone(host), orNone(version))));
    out += row(tr("Decided at:"), esc(orNone(field(decision, "decided_at", 40))));
    out += row(tr("Words:"), esc(orNone(field(decision, "rationale", kWordsChars))));
    const QString policy = field(decision, "policy_decision_ref");
    if (!policy.isEmpty())
        out += row(tr("Policy:"),
            esc(tr("%1 (%2)", "policy decision (effect)")
                    .arg(policy, orNone(field(decision, "policy_effect", 40)))));

    const auto supersedes = artifact.find("supersedes");
    if (supersedes != artifact.end()) {
        const QString id = Evidence::referenceName(text(*supersedes));
        out += row(tr("Supersedes:"),
            id.isEmpty() ? esc(tr("a decision made outside Sync Desk (no envelope)"))
                         : QStringLiteral("<a href=\"%1%2\">%3</a>")
                               .arg(linkPrefix(), QString::fromLatin1(QUrl::toPercentEncoding(id)),
                                   esc(id)));
    }
    const Json &gate = jsonMember(artifact, "gate");
    if (gate.is_object()) {
        out += row(tr("Gate, actor:"), gateInput(jsonMember(gate, "actor"), "actor_id"));
        out += row(
            tr("Gate, policy:"), gateInput(jsonMember(gate, "policy_decision"), "decision_id"));
    }
    out += QStringLiteral("</table>");

    // The card as it was and as it was written, field by field.
    const Json &before = jsonMember(jsonMember(artifact, "conflict_before"), "decision_card");
    const Json &after = jsonMember(jsonMember(artifact, "conflict_after"), "decision_card");
    out += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"1\">")
               .arg(esc(tr("The card, before → after:")));
    const std::pair<std::string_view, QString> fields[] = {
        { "selected_option", tr("Option") },
        { "selected_by", tr("Selected by") },
        { "selected_at", tr("Selected at") },
        { "rationale", tr("Rationale") },
        { "recommended_option", tr("Recommendation") },
    };
    for (const auto &[key, label] : fields) {
        const qsizetype cap = key == "rationale" ? kWordsChars : kFieldChars;
        const QString was = field(before, key, cap);
        const QString now = field(after, key, cap);
        const QString change = was == now
            ? esc(tr("%1 (unchanged)").arg(orNone(now)))
            : esc(tr("%1 → %2", "before → after").arg(orNone(was), orNone(now)));
        out += row(label, change);
    }
    out += QStringLiteral("</table>");
    return out;
}

} // namespace SyncDesk::Ui
