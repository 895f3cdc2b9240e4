// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/desktop/loadreport.h"
#include "core/i18n/translations.h"
#include "ui/widgets/appicons.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

int g_signalPipe[2] = { -1, -1 };

// SIGTERM and SIGINT (session logout, kill, Ctrl+C) close the window the normal
// way, so that geometry and the remembered actor are saved.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
}

void quitOnSignals(QApplication &app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
        QApplication::closeAllWindows();
        QApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    SyncDesk::installTranslations(app);
    QApplication::setApplicationName(QStringLiteral("syncdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sync Desk"));
    QApplication::setOrganizationDomain(QStringLiteral("sourceos.dev"));
    QApplication::setApplicationVersion(QStringLiteral(SYNCDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.sourceos.SyncDesk"));
    // The installed icon where the theme has it, the bundled copy otherwise (a
    // build run from its folder, a desktop without hicolor).
    QApplication::setWindowIcon(SyncDesk::Ui::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Sync Desk: the operation queue, task timeline, conflicts and evidence of a "
        "SourceOS workspace store."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("STORE"),
        QApplication::translate("main", "The workspace store to open."), QStringLiteral("[STORE]"));
    const QCommandLineOption actor(QStringLiteral("actor"),
        QApplication::translate("main", "Decide as this actor."), QStringLiteral("ID"));
    const QCommandLineOption daemonUrl(QStringLiteral("daemon-url"),
        QApplication::translate(
            "main", "The daemon's local service (default http://127.0.0.1:8765)."),
        QStringLiteral("URL"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote-daemon"),
        QApplication::translate("main", "Allow a daemon URL that is not on this machine."));
    const QCommandLineOption exitAfterLoad(QStringLiteral("exit-after-load"),
        QApplication::translate("main",
            "Open the store, paint the first view, print load "
            "figures as one JSON line and exit."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        QApplication::translate("main",
            "Save every view of the window as PNG into DIR and exit (used by "
            "scripts/screenshots.sh)."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshotSize(QStringLiteral("screenshot-size"),
        QApplication::translate(
            "main", "The window's size in the screenshots, WIDTHxHEIGHT (default 1366x768)."),
        QStringLiteral("SIZE"));
    const QCommandLineOption noLoadCache(QStringLiteral("no-load-cache"),
        QApplication::translate("main",
            "Read every file of the store, without the load cache kept in the user's "
            "cache folder."));
    parser.addOptions(
        { actor, daemonUrl, allowRemote, exitAfterLoad, screenshots, screenshotSize, noLoadCache });
    parser.process(app);

    SyncDesk::Ui::MainWindowOptions options;
    options.actor = parser.value(actor);
    options.daemonUrl = parser.isSet(daemonUrl) ? QUrl(parser.value(daemonUrl))
                                                : QUrl(QStringLiteral("http://127.0.0.1:8765"));
    options.allowRemoteDaemon = parser.isSet(allowRemote);
    options.exitAfterLoad = parser.isSet(exitAfterLoad);
    options.screenshotDir = parser.value(screenshots);
    if (parser.isSet(screenshotSize)) {
        const QStringList wh = parser.value(screenshotSize).split(QLatin1Char('x'));
        const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
        if (wh.size() != 2 || size.width() < 320 || size.height() < 240) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate(
                    "main", "--screenshot-size wants WIDTHxHEIGHT, such as 1366x768.")));
            return 2;
        }
        options.screenshotSize = size;
    }
    if (!parser.isSet(noLoadCache))
        options.loadCacheDirectory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/stores");
    if (options.exitAfterLoad && parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--exit-after-load needs a STORE.")));
        return 2;
    }

    quitOnSignals(app);
    QElapsedTimer sinceStart; // --exit-after-load's first_paint_ms and complete_ms count from here
    sinceStart.start();
    SyncDesk::Ui::MainWindow window(options);
    if (options.exitAfterLoad)
        new SyncDesk::Desktop::LoadReport(sinceStart, &window); // the window's child
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openStore(QDir(parser.positionalArguments().constFirst()).absolutePath());
    return app.exec();
}
