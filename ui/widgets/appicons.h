// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QIcon>
#include <QString>

namespace SyncDesk::Ui {

/**
 * The icons compiled in from resources/icons (":/icons/..."). The window
 * prefers the platform theme's icon where the theme has one, so that Sync Desk
 * looks like its desktop; the bundled icon is what it shows everywhere else.
 */

/// The bundled icon at @p path (":/icons/pages/queue.svg"), or a null icon when
/// it cannot be drawn (no such resource, or no SVG icon engine at run time).
QIcon bundledIcon(const QString &path);
/// The theme's icon @p themeName, else the bundled icon at @p bundledPath.
QIcon themedIcon(const QString &themeName, const QString &bundledPath);
/// The application icon: the installed one from the theme, else the bundled copy.
QIcon applicationIcon();

} // namespace SyncDesk::Ui
