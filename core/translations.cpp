#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace SyncDesk {

namespace {

// The .qm files are compiled into the executables (translations/CMakeLists.txt),
// so an uninstalled build and the tests find them without a search path.
constexpr auto kResourceDir = ":/i18n";
constexpr auto kObjectName = "SyncDeskTranslator";

QTranslator *addTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QString::fromLatin1(kObjectName));
    return translator;
}

} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Tests switch languages in one process: drop what an earlier call installed.
    const auto old = app.findChildren<QTranslator *>(
        QString::fromLatin1(kObjectName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QString resources = QString::fromLatin1(kResourceDir);
    // Installed later means consulted first: the English plurals go in first.
    QTranslator *english = addTranslator(app);
    if (english->load(QStringLiteral("syncdesk_en"), resources))
        QCoreApplication::installTranslator(english);

    QTranslator *qt = addTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    QTranslator *ours = addTranslator(app);
    const bool found
        = ours->load(locale, QStringLiteral("syncdesk"), QStringLiteral("_"), resources);
    if (found)
        QCoreApplication::installTranslator(ours);
    return found;
}

} // namespace SyncDesk
