// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/resolution/decidedon.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

#ifndef SYNCDESK_VERSION
#error "SYNCDESK_VERSION is set by core/resolution/CMakeLists.txt"
#endif

namespace SyncDesk {

QString DecidedOn::currentOsUser()
{
    // The effective user, as the kernel knows it; $USER only where the password
    // database has no entry (a container's arbitrary uid).
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

DecidedOn DecidedOn::current()
{
    return DecidedOn { currentOsUser(), QSysInfo::machineHostName(),
        QStringLiteral(SYNCDESK_VERSION) };
}

Json DecidedOn::toJson() const
{
    return { { "os_user", SyncDesk::toJson(osUser) }, { "host", SyncDesk::toJson(host) },
        { "app_version", SyncDesk::toJson(appVersion) } };
}

DecidedOn DecidedOn::fromJson(const Json &json)
{
    return DecidedOn { jsonString(jsonMember(json, "os_user")),
        jsonString(jsonMember(json, "host")), jsonString(jsonMember(json, "app_version")) };
}

bool DecidedOn::identityMatches(const QString &identityId, const QString &osUser)
{
    QString name = identityId.trimmed();
    if (name.startsWith(QLatin1String("identity:"), Qt::CaseInsensitive))
        name.remove(0, 9);
    if (const qsizetype at = name.indexOf(QLatin1Char('@')); at >= 0)
        name.truncate(at);
    return !name.isEmpty() && !osUser.isEmpty() && name.compare(osUser, Qt::CaseInsensitive) == 0;
}

} // namespace SyncDesk
