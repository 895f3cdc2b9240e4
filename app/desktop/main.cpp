#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("syncdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sync Desk"));
    QApplication::setOrganizationDomain(QStringLiteral("sourceos.dev"));
    QApplication::setApplicationVersion(QStringLiteral(SYNCDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.sourceos.SyncDesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("dev.sourceos.SyncDesk")));

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
    parser.addOptions({ actor, daemonUrl, allowRemote, exitAfterLoad });
    parser.process(app);

    SyncDesk::Ui::MainWindowOptions options;
    options.actor = parser.value(actor);
    options.daemonUrl = parser.isSet(daemonUrl) ? QUrl(parser.value(daemonUrl))
                                                : QUrl(QStringLiteral("http://127.0.0.1:8765"));
    options.allowRemoteDaemon = parser.isSet(allowRemote);
    options.exitAfterLoad = parser.isSet(exitAfterLoad);
    if (options.exitAfterLoad && parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--exit-after-load needs a STORE.")));
        return 2;
    }

    SyncDesk::Ui::MainWindow window(options);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openStore(QDir(parser.positionalArguments().constFirst()).absolutePath());
    return app.exec();
}
