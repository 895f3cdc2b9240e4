// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/review/dossierreport.h"

#include <QUrl>

namespace SyncDesk {
namespace {

QString esc(const QString &text)
{
    // toHtmlEscaped covers < > & and "; every attribute below is double-quoted.
    // Control characters (other than line breaks) are dropped: they have no
    // business in a report and some renderers choke on them.
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            clean.append(c);
    return clean.toHtmlEscaped();
}

QString multiline(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString link(const QString &dossierPath)
{
    // Safe ids are letters, digits, - _ . and '/', but encode anyway: the link
    // must never leave the dossier, whatever a record's path holds.
    const QByteArray encoded = QUrl::toPercentEncoding(dossierPath, "/");
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromLatin1(encoded), esc(dossierPath));
}

constexpr char kStyle[] = R"(body{font-family:sans-serif;margin:2em;color:#111;background:#fff}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #888}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee}td.words{white-space:pre-wrap}code{font-family:monospace;word-break:break-all}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{font-weight:bold}
.note{color:#444}td code{font-size:smaller})";

} // namespace

QString DossierReport::kindName(TrailEntry::Kind kind)
{
    switch (kind) {
    case TrailEntry::Kind::Detection:
        return tr("Detection");
    case TrailEntry::Kind::Conflict:
        return tr("Conflict record");
    case TrailEntry::Kind::Decision:
        return tr("Decision");
    case TrailEntry::Kind::Revision:
        return tr("Revision");
    case TrailEntry::Kind::Policy:
        return tr("Policy decision");
    case TrailEntry::Kind::Actor:
        return tr("Actor");
    case TrailEntry::Kind::Evidence:
        return tr("Evidence");
    case TrailEntry::Kind::Journal:
        return tr("Journal line");
    case TrailEntry::Kind::ResolveOperation:
        return tr("Resolve operation");
    case TrailEntry::Kind::ResolveTask:
        return tr("Resolve task");
    }
    return QString();
}

QString DossierReport::dossierPath(const QString &storeFile)
{
    return QString::fromLatin1(DossierManifest::kRecordsFolder) + QLatin1Char('/') + storeFile;
}

QString DossierReport::render(
    const DossierManifest &manifest, const QList<Conflict> &conflicts, int recordCount)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
    // No script, no external resource may run or load, whoever opens the file.
    h += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                        "'none'; style-src 'unsafe-inline'\">\n");
    h += QStringLiteral("<title>%1</title>\n<style>%2</style></head><body>\n")
             .arg(esc(tr("Sync Desk dossier")), QString::fromLatin1(kStyle));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Sync Desk dossier")));

    QString selection;
    const DossierSelection &s = manifest.selection;
    if (!s.conflictId.isEmpty()) {
        selection = tr("conflict %1").arg(s.conflictId);
    } else {
        selection = tr("decided conflicts");
        if (!s.actor.isEmpty())
            selection += tr(", decided by %1").arg(s.actor);
        if (!s.since.isEmpty())
            selection += tr(", since %1").arg(s.since);
        if (!s.until.isEmpty())
            selection += tr(", until %1").arg(s.until);
    }
    h += QStringLiteral("<dl>\n");
    const auto row = [&h](const QString &term, const QString &value) {
        h += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(esc(term), esc(value));
    };
    row(tr("Store"), manifest.storePath);
    row(tr("Exported at"), manifest.exportedAt);
    row(tr("Exported by"), tr("Sync Desk %1").arg(manifest.toolVersion));
    row(tr("Selection"), selection);
    row(tr("Contents"),
        tr("%n conflict(s), ", nullptr, int(conflicts.size()))
            + tr("%n record file(s)", nullptr, recordCount));
    h += QStringLiteral("</dl>\n");
    h += QStringLiteral("<p class=\"note\">%1</p>\n")
             .arg(esc(tr("Every record below is copied byte for byte under records/. "
                         "manifest.json lists the SHA-256 of every file, manifest.sha256 the "
                         "SHA-256 of manifest.json. 'syncdesk-cli dossier verify FOLDER' checks "
                         "the digests and that the records agree with each other. Nothing is "
                         "signed: this proves the dossier is unchanged since it was exported "
                         "and consistent, not who exported it.")));

    for (const Conflict &c : conflicts) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Conflict %1").arg(c.conflictId)));
        if (!c.decisionChain.isEmpty())
            h += QStringLiteral("<p>%1 <code>%2</code></p>\n")
                     .arg(esc(tr("Decision chain (first decision first):")),
                         esc(c.decisionChain.join(QStringLiteral(" → "))));
        h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                            "<th>%5</th></tr>\n")
                 .arg(esc(tr("Time")), esc(tr("What")), esc(tr("Details")), esc(tr("Status")),
                     esc(tr("Record")));
        for (const TrailEntry &e : c.entries) {
            QString details = multiline(e.detail);
            const bool decision
                = e.kind == TrailEntry::Kind::Decision || e.kind == TrailEntry::Kind::Revision;
            if (decision) {
                QString facts;
                const auto fact = [&facts, &e](const QString &term, const QString &value) {
                    // The trail's own lines may say it already.
                    if (!value.isEmpty() && !e.detail.contains(value))
                        facts
                            += QStringLiteral("<br><b>%1</b> %2").arg(esc(term), multiline(value));
                };
                fact(tr("Actor:"), e.actorId);
                fact(tr("Option:"), e.option);
                fact(tr("Words:"), e.rationale);
                fact(tr("Decided on:"), e.decidedOn);
                fact(tr("Supersedes:"), e.supersedes);
                details += facts;
            }
            if (e.kind == TrailEntry::Kind::Journal && !e.lineText.isEmpty())
                details += QStringLiteral("<br><code>%1</code>").arg(esc(e.lineText));
            const QString record = e.file.isEmpty() ? esc(tr("missing"))
                                                    : link(dossierPath(e.file))
                    + QStringLiteral("<br><code>%1</code>").arg(esc(e.recordId));
            h += QStringLiteral("<tr><td><code>%1</code></td><td><b>%2</b><br>%3</td>"
                                "<td class=\"words\">%4</td><td>%5</td><td>%6</td></tr>\n")
                     .arg(esc(e.at), esc(kindName(e.kind)), esc(e.title), details, esc(e.status),
                         record);
        }
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace SyncDesk
