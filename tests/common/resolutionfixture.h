// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "storefixture.h"

#include <nlohmann/json.hpp>

/**
 * The reference store with the conflict made pending and actors for every gate
 * case: a human who may do everything, the reference agent (no merge), a
 * revoked human and one whose scope is another workspace.
 */
class ResolutionFixture final
{
public:
    ResolutionFixture()
    {
        using nlohmann::ordered_json;
        auto conflict = json("conflicts/conflict_alpha-001.json");
        for (const char *k : { "selected_option", "selected_by", "selected_at" })
            conflict["decision_card"][k] = nullptr;
        conflict["decision_card"]["rationale"] = "Both versions carry reviewed edits.";
        put("conflicts/conflict_alpha-001.json", conflict);

        const auto agent = json("actors/actor_agent-one.json");
        auto human = agent;
        human["actor_id"] = "actor:local-user";
        human["actor_type"] = "human";
        human["display_name"] = "Local User";
        human["capabilities"] = { "read", "write", "merge" };
        put("actors/actor_local-user.json", human);
        auto revoked = human;
        revoked["actor_id"] = "actor:former";
        revoked["revoked_at"] = "2026-05-06T00:00:00Z";
        put("actors/actor_former.json", revoked);
        auto elsewhere = human;
        elsewhere["actor_id"] = "actor:elsewhere";
        elsewhere["workspace_scope"] = { "workspace:other" };
        put("actors/actor_elsewhere.json", elsewhere);
    }

    nlohmann::ordered_json json(const QString &rel) const
    {
        const QByteArray bytes = m_store.read(rel);
        return nlohmann::ordered_json::parse(bytes.constData(), bytes.constData() + bytes.size());
    }
    void put(const QString &rel, const nlohmann::ordered_json &record) const
    {
        m_store.write(rel, QByteArray::fromStdString(record.dump(2) + "\n"));
    }
    const StoreFixture &store() const { return m_store; }
    QString root() const { return m_store.root(); }

private:
    StoreFixture m_store;
};
