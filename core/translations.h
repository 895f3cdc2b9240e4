#pragma once

#include <QLocale>

class QCoreApplication;

namespace SyncDesk {

/**
 * Installs Qt's own translations (qtbase) and Sync Desk's for @p locale on
 * @p app, replacing any installed by an earlier call. Sync Desk's English
 * plural forms are always installed underneath, so that a locale without a
 * translation still reads "1 operation" rather than "operation(s)".
 * Returns whether a Sync Desk translation for the locale itself was found.
 */
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace SyncDesk
