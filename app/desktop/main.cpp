// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "app/desktop/loadreport.h"
#include "core/i18n/translations.h"
#include "core/io/hugepagemalloc.h"
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
#include <string_view>
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

// What the command line understands, in one place for both parses below.
struct CommandLine final
{
    QCommandLineParser parser;
    QCommandLineOption actor { QStringLiteral("actor"),
        QCoreApplication::translate("main", "Decide as this actor."), QStringLiteral("ID") };
    QCommandLineOption daemonUrl { QStringLiteral("daemon-url"),
        QCoreApplication::translate(
            "main", "The daemon's local service (default http://127.0.0.1:8765)."),
        QStringLiteral("URL") };
    QCommandLineOption allowRemote { QStringLiteral("allow-remote-daemon"),
        QCoreApplication::translate("main", "Allow a daemon URL that is not on this machine.") };
    QCommandLineOption exitAfterLoad { QStringLiteral("exit-after-load"),
        QCoreApplication::translate("main",
            "Open the store, paint the first view, print load "
            "figures as one JSON line and exit.") };
    QCommandLineOption screenshots { QStringLiteral("screenshots"),
        QCoreApplication::translate("main",
            "Save every view of the window as PNG into DIR and exit (used by "
            "scripts/screenshots.sh)."),
        QStringLiteral("DIR") };
    QCommandLineOption screenshotSize { QStringLiteral("screenshot-size"),
        QCoreApplication::translate(
            "main", "The window's size in the screenshots, WIDTHxHEIGHT (default 1366x768)."),
        QStringLiteral("SIZE") };
    QCommandLineOption noLoadCache { QStringLiteral("no-load-cache"),
        QCoreApplication::translate("main",
            "Read every file of the store, without the load cache kept in the user's "
            "cache folder.") };

    // Built once an application object exists: the translations are installed by then.
    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main",
            "Sync Desk: the operation queue, task timeline, conflicts and evidence of a "
            "SourceOS workspace store."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("STORE"),
            QCoreApplication::translate("main", "The workspace store to open."),
            QStringLiteral("[STORE]"));
        parser.addOptions({ actor, daemonUrl, allowRemote, exitAfterLoad, screenshots,
            screenshotSize, noLoadCache });
    }
};

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("syncdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sourceos.dev"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCDESK_VERSION));
}

// --help and --version print and exit: they must work where there is no display
// (a terminal over ssh, a packaging check), which QApplication would abort on.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view a(argv[i]);
        if (a == "--")
            break;
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v"
            || a == "--version")
            return true;
    }
    return false;
}

int printTextOnly(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SyncDesk::installTranslations(app);
    describeApplication();
    CommandLine cli;
    // process() prints help or version to stdout and exits 0, or names a bad option and exits 1.
    cli.parser.process(app);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    SyncDesk::finishHugePageRestart();
    if (wantsTextOnly(argc, argv))
        return printTextOnly(argc, argv);
    SyncDesk::restartWithHugePageMalloc(argv);
    SyncDesk::mapLargeAllocations();

    QApplication app(argc, argv);
    SyncDesk::installTranslations(app);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Sync Desk"));
    QApplication::setDesktopFileName(QStringLiteral("dev.sourceos.SyncDesk"));
    // The installed icon where the theme has it, the bundled copy otherwise (a
    // build run from its folder, a desktop without hicolor).
    QApplication::setWindowIcon(SyncDesk::Ui::applicationIcon());

    CommandLine cli;
    QCommandLineParser &parser = cli.parser;
    parser.process(app);

    SyncDesk::Ui::MainWindowOptions options;
    options.actor = parser.value(cli.actor);
    options.daemonUrl = parser.isSet(cli.daemonUrl) ? QUrl(parser.value(cli.daemonUrl))
                                                    : QUrl(QStringLiteral("http://127.0.0.1:8765"));
    options.allowRemoteDaemon = parser.isSet(cli.allowRemote);
    options.exitAfterLoad = parser.isSet(cli.exitAfterLoad);
    options.screenshotDir = parser.value(cli.screenshots);
    if (parser.isSet(cli.screenshotSize)) {
        const QStringList wh = parser.value(cli.screenshotSize).split(QLatin1Char('x'));
        const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
        if (wh.size() != 2 || size.width() < 320 || size.height() < 240) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate(
                    "main", "--screenshot-size wants WIDTHxHEIGHT, such as 1366x768.")));
            return 2;
        }
        options.screenshotSize = size;
    }
    if (!parser.isSet(cli.noLoadCache))
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
