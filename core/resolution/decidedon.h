// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/json/json.h"

#include <QString>

namespace SyncDesk {

/**
 * Who was at the keyboard when a decision was made (spec/store.md, "Who was at
 * the keyboard"). The acting actor is a record of the store; the person typing
 * is not, so every evidence envelope Sync Desk writes records both: the actor id
 * and, next to it in the artifact's `decision`, this `decided_on` object:
 *
 *     "decided_on": { "os_user": "ada", "host": "travel-laptop", "app_version": "0.1.0" }
 */
struct DecidedOn final
{
    QString
        osUser; ///< `os_user`: the effective user's login name (getpwuid(geteuid())), else $USER
    QString host; ///< `host`: QSysInfo::machineHostName()
    QString appVersion; ///< `app_version`: Sync Desk's version (the project version)

    /// This process: the signed-in user, this machine, this build.
    static DecidedOn current();
    /// The operating-system user name alone (as current().osUser).
    static QString currentOsUser();

    /// The JSON object written into the artifact (the three keys above, strings).
    Json toJson() const;
    /// Reads what toJson() wrote; missing keys stay empty.
    static DecidedOn fromJson(const Json &json);
    bool isEmpty() const { return osUser.isEmpty() && host.isEmpty() && appVersion.isEmpty(); }

    /**
     * Whether an actor record's identity_id names the operating-system user osUser.
     * The contract leaves identity_id's form open; the stores seen use
     * "identity:<name>". Sync Desk's rule: drop a leading "identity:" (and
     * anything after an '@'), then compare with the user name, ignoring case.
     * An empty identity or user never matches.
     */
    static bool identityMatches(const QString &identityId, const QString &osUser);
};

} // namespace SyncDesk
