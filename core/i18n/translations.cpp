// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace SyncDesk {

namespace {

constexpr auto kResourceDir = ":/i18n";
// Relative to the executable's folder; matches translations/CMakeLists.txt.
constexpr auto kInstalledDir = "../share/syncdesk/translations";
constexpr auto kObjectName = "SyncDeskTranslator";

QTranslator *addTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QString::fromLatin1(kObjectName));
    return translator;
}

bool loadFirst(QTranslator *translator, const QStringList &searchPath, const QString &name,
    const QLocale *locale)
{
    for (const QString &dir : searchPath) {
        const bool ok = locale ? translator->load(*locale, name, QStringLiteral("_"), dir)
                               : translator->load(name, dir);
        if (ok)
            return true;
    }
    return false;
}

} // namespace

QStringList translationSearchPath()
{
    QStringList path;
    const QDir installed(QCoreApplication::applicationDirPath() + QLatin1Char('/')
        + QString::fromLatin1(kInstalledDir));
    if (installed.exists())
        path << installed.absolutePath();
    path << QString::fromLatin1(kResourceDir);
    return path;
}

bool installTranslations(
    QCoreApplication &app, const QLocale &locale, const QStringList &searchPath)
{
    // Tests switch languages in one process: drop what an earlier call installed.
    const auto old = app.findChildren<QTranslator *>(
        QString::fromLatin1(kObjectName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    // Installed later means consulted first: the English plurals go in first.
    QTranslator *english = addTranslator(app);
    if (loadFirst(english, searchPath, QStringLiteral("syncdesk_en"), nullptr))
        QCoreApplication::installTranslator(english);

    QTranslator *qt = addTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    QTranslator *ours = addTranslator(app);
    const bool found = loadFirst(ours, searchPath, QStringLiteral("syncdesk"), &locale);
    if (found)
        QCoreApplication::installTranslator(ours);
    return found;
}

} // namespace SyncDesk
