// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/daemon/daemonresponseparser.h"

// The reasons keep DaemonClient's translation context: the client is what
// reports them, and their German stays where translators know it.
#include "core/daemon/daemonclient.h"

#include "core/json/json.h"
#include "core/records/plaintext.h"
#include "core/records/timestamp.h"

#include <algorithm>
#include <string_view>

namespace SyncDesk {

namespace {

struct Parsed final
{
    Json value;
    QString error;
};

Parsed parseObject(const QByteArray &body, const QString &endpoint)
{
    Parsed out;
    if (body.isEmpty()) {
        out.error = DaemonClient::tr("%1 answered with an empty body").arg(endpoint);
        return out;
    }
    auto parsed = parseJson(std::string_view(body.constData(), std::size_t(body.size())));
    if (!parsed.ok())
        out.error = DaemonClient::tr("%1 answered with invalid JSON: %2")
                        .arg(endpoint, parsed.error->message);
    else if (!parsed.value.is_object())
        out.error = DaemonClient::tr("%1 answered with JSON %2, not an object")
                        .arg(endpoint, jsonTypeName(parsed.value));
    else
        out.value = std::move(parsed.value);
    return out;
}

// Informational fields: a value of the wrong type reads as absent rather than
// failing a whole answer whose decision fields are fine.
QString optionalString(const Json &object, std::string_view key)
{
    return jsonString(jsonMember(object, key));
}

// A text shown as the daemon wrote it: one line, capped, nothing hidden.
QString shownString(const Json &object, std::string_view key, qsizetype maxChars = 400)
{
    return PlainText::oneLine(jsonString(jsonMember(object, key)), maxChars);
}

// A preview is short; a list beyond this is not worth a reader's scrolling.
constexpr std::size_t kMaxRepairSteps = 50;

} // namespace

DaemonResult<DaemonHealth> DaemonResponseParser::parseHealth(const QByteArray &body)
{
    const QString endpoint = QStringLiteral("/healthz");
    Parsed parsed = parseObject(body, endpoint);
    if (!parsed.error.isEmpty())
        return DaemonResult<DaemonHealth>::failure(parsed.error);
    const Json &live = jsonMember(parsed.value, "live");
    if (!live.is_boolean())
        return DaemonResult<DaemonHealth>::failure(
            DaemonClient::tr("%1 answered without a true or false \"live\"").arg(endpoint));
    DaemonHealth health;
    health.live = live.get<bool>();
    health.component = optionalString(parsed.value, "component");
    health.version = optionalString(parsed.value, "version");
    health.generatedAt = optionalString(parsed.value, "generated_at");
    return DaemonResult<DaemonHealth>::success(std::move(health));
}

DaemonResult<DaemonReadiness> DaemonResponseParser::parseReady(
    int httpStatus, const QByteArray &body)
{
    const QString endpoint = QStringLiteral("/readyz");
    if (httpStatus != 200 && httpStatus != 503)
        return DaemonResult<DaemonReadiness>::failure(
            DaemonClient::tr("%1 answered HTTP %2").arg(endpoint).arg(httpStatus));
    Parsed parsed = parseObject(body, endpoint);
    if (!parsed.error.isEmpty())
        return DaemonResult<DaemonReadiness>::failure(parsed.error);
    const Json &ready = jsonMember(parsed.value, "ready");
    if (!ready.is_boolean())
        return DaemonResult<DaemonReadiness>::failure(
            DaemonClient::tr("%1 answered without a true or false \"ready\"").arg(endpoint));
    DaemonReadiness readiness;
    readiness.httpStatus = httpStatus;
    // The status code is what the daemon computed readiness into; a body that
    // claims ready on a 503 is not believed.
    readiness.ready = httpStatus == 200 && ready.get<bool>();
    readiness.status = optionalString(parsed.value, "status");
    readiness.severity = optionalString(parsed.value, "severity");
    readiness.summary = optionalString(parsed.value, "summary");
    readiness.generatedAt = optionalString(parsed.value, "generated_at");
    return DaemonResult<DaemonReadiness>::success(std::move(readiness));
}

DaemonResult<DaemonEventList> DaemonResponseParser::parseEvents(const QByteArray &body)
{
    using Result = DaemonResult<DaemonEventList>;
    const QString endpoint = QStringLiteral("/events");
    Parsed parsed = parseObject(body, endpoint);
    if (!parsed.error.isEmpty())
        return Result::failure(parsed.error);
    const Json &events = jsonMember(parsed.value, "events");
    if (!events.is_array())
        return Result::failure(
            DaemonClient::tr("%1 answered without an \"events\" list").arg(endpoint));

    DaemonEventList out;
    out.reserve(qsizetype(events.size()));
    qsizetype index = 0;
    for (const Json &e : events) {
        ++index;
        if (!e.is_object())
            return Result::failure(DaemonClient::tr("%1: event %2 is %3, not an object")
                                       .arg(endpoint)
                                       .arg(index)
                                       .arg(jsonTypeName(e)));
        // The identity fields must be text when present: anything else is not a
        // journal event and showing it would mislead.
        static constexpr std::string_view kTextFields[]
            = { "event_id", "event_type", "lane", "object_id", "producer", "created_at" };
        for (std::string_view key : kTextFields) {
            const Json &v = jsonMember(e, key);
            if (!v.is_null() && !v.is_string())
                return Result::failure(
                    DaemonClient::tr("%1: event %2 has %3 %4, not text")
                        .arg(endpoint)
                        .arg(index)
                        .arg(QString::fromLatin1(key.data(), qsizetype(key.size())),
                            jsonTypeName(v)));
        }
        DaemonEvent event;
        event.eventId = optionalString(e, "event_id");
        if (event.eventId.isEmpty())
            return Result::failure(
                DaemonClient::tr("%1: event %2 has no event_id").arg(endpoint).arg(index));
        event.eventType = optionalString(e, "event_type");
        event.lane = optionalString(e, "lane");
        event.objectId = optionalString(e, "object_id");
        event.producer = optionalString(e, "producer");
        event.createdAt = optionalString(e, "created_at");
        const QByteArray createdUtf8 = event.createdAt.toUtf8();
        event.createdAtMsecs = parseUtcTimestamp(
            std::string_view(createdUtf8.constData(), std::size_t(createdUtf8.size())));
        const auto payload = e.find("payload");
        if (payload != e.end())
            event.payloadJson = QString::fromStdString(dumpJson(*payload));
        out.append(std::move(event));
    }
    return Result::success(std::move(out));
}

DaemonResult<DaemonRepairPlan> DaemonResponseParser::parseRepairPlan(const QByteArray &body)
{
    using Result = DaemonResult<DaemonRepairPlan>;
    const QString endpoint = QStringLiteral("/repairz");
    Parsed parsed = parseObject(body, endpoint);
    if (!parsed.error.isEmpty())
        return Result::failure(parsed.error);
    const Json &plan = parsed.value;
    const Json &steps = jsonMember(plan, "steps");
    if (!steps.is_array())
        return Result::failure(
            DaemonClient::tr("%1 answered without a \"steps\" list").arg(endpoint));
    DaemonRepairPlan out;
    out.planId = shownString(plan, "plan_id", 120);
    out.status = shownString(plan, "status", 40);
    out.severity = shownString(plan, "severity", 40);
    out.summary = shownString(plan, "summary");
    out.generatedAt = shownString(plan, "generated_at", 40);
    const Json &previewOnly = jsonMember(jsonMember(plan, "service"), "preview_only");
    out.previewOnly = previewOnly.is_boolean() && previewOnly.get<bool>();
    for (const Json &step : steps) {
        if (out.steps.size() >= qsizetype(kMaxRepairSteps))
            break;
        if (!step.is_object())
            continue;
        DaemonRepairStep s;
        const Json &order = jsonMember(step, "order");
        s.order = order.is_number_integer() ? int(std::clamp<qint64>(order.get<qint64>(), 0, 9999))
                                            : int(out.steps.size()) + 1;
        s.id = shownString(step, "id", 120);
        s.kind = shownString(step, "kind", 40);
        const Json &destructive = jsonMember(step, "destructive");
        // A step that does not say it is harmless is taken as destructive.
        s.destructive = !destructive.is_boolean() || destructive.get<bool>();
        s.description = shownString(step, "description");
        s.expectedResult = shownString(step, "expected_result");
        out.steps.append(std::move(s));
    }
    const Json &blocked = jsonMember(plan, "blocked_steps");
    if (blocked.is_array()) {
        for (const Json &step : blocked) {
            if (out.blockedSteps.size() >= qsizetype(kMaxRepairSteps))
                break;
            if (step.is_object())
                out.blockedSteps.append(
                    { shownString(step, "id", 120), shownString(step, "reason") });
        }
    }
    return Result::success(std::move(out));
}

QString DaemonResponseParser::errorSummary(const QByteArray &body)
{
    if (body.isEmpty() || body.size() > 64 * 1024)
        return {};
    const auto parsed = parseJson(std::string_view(body.constData(), std::size_t(body.size())));
    if (!parsed.ok() || !parsed.value.is_object())
        return {};
    const QString error = shownString(parsed.value, "error", 60);
    const QString message = shownString(parsed.value, "message", 160);
    if (error.isEmpty())
        return message;
    return message.isEmpty() ? error : error + QStringLiteral(": ") + message;
}

} // namespace SyncDesk
