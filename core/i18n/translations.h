// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace SyncDesk {

/**
 * Where Sync Desk's .qm files are looked for, first match wins: the installed
 * `share/syncdesk/translations` next to the executable's `bin/` (so a packager
 * or translator can add or update a language without rebuilding), then the
 * copies compiled into the executables (":/i18n"), which an uninstalled build
 * and the tests use.
 */
QStringList translationSearchPath();

/**
 * Installs Qt's own translations (qtbase) and Sync Desk's for @p locale on
 * @p app, replacing any installed by an earlier call. Sync Desk's English
 * plural forms are always installed underneath, so that a locale without a
 * translation still reads "1 operation" rather than "operation(s)".
 * Returns whether a Sync Desk translation for the locale itself was found.
 */
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale(),
    const QStringList &searchPath = translationSearchPath());

} // namespace SyncDesk
