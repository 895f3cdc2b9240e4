// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "ui/widgets/appicons.h"

namespace SyncDesk::Ui {

QIcon bundledIcon(const QString &path)
{
    QIcon icon(path);
    // Without Qt's SVG icon engine the icon is not null but draws nothing;
    // callers then keep their own fallback instead of an empty square.
    if (icon.pixmap(16, 16).isNull())
        return {};
    return icon;
}

QIcon themedIcon(const QString &themeName, const QString &bundledPath)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return bundledIcon(bundledPath);
}

QIcon applicationIcon()
{
    return themedIcon(QStringLiteral("dev.sourceos.SyncDesk"),
        QStringLiteral(":/icons/dev.sourceos.SyncDesk.svg"));
}

} // namespace SyncDesk::Ui
