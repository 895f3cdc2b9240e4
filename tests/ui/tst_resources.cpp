// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/statustone.h"
#include "ui/widgets/appicons.h"
#include "ui/widgets/statusdelegate.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QListWidget>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace SyncDesk;
using namespace SyncDesk::Ui;

namespace {

/// The icon drawn at size × size, as an image to compare pixels.
QImage drawn(const QIcon &icon, int size)
{
    return icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
}

/// Pixels that are not fully transparent: an icon that draws nothing has none.
int inkedPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return n;
}

/// Every .svg under dir, as paths relative to it.
QStringList svgFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, { QStringLiteral("*.svg") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

class TestResources final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's settings
        // SVG icons need Qt's SVG plugins at run time (scripts/install-deps.sh).
        QVERIFY2(QImageReader::supportedImageFormats().contains("svg"),
            "Qt's SVG image plugin is missing (Debian: libqt6svg6)");
    }

    // resources/CMakeLists.txt lists every icon of resources/icons, and each draws.
    void everyIconIsCompiledInAndDraws()
    {
        const QStringList onDisk = svgFiles(QStringLiteral(SYNCDESK_RESOURCES "/icons"));
        const QStringList compiled = svgFiles(QStringLiteral(":/icons"));
        QCOMPARE(compiled, onDisk);
        QVERIFY(compiled.contains(QStringLiteral("dev.sourceos.SyncDesk.svg")));
        QVERIFY(compiled.contains(QStringLiteral("dev.sourceos.SyncDesk-symbolic.svg")));
        for (const QString &file : compiled) {
            const QString path = QStringLiteral(":/icons/") + file;
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QVERIFY2(inkedPixels(image) > 0, qPrintable(path));
            QVERIFY2(inkedPixels(drawn(QIcon(path), 22)) > 0, qPrintable(path));
            QVERIFY2(!bundledIcon(path).isNull(), qPrintable(path));
        }
        // The SVG engine says why it drew nothing, once per size it tried.
        const QRegularExpression noFile(QStringLiteral("Cannot open file.*no-such-page"));
        QTest::ignoreMessage(QtWarningMsg, noFile);
        QTest::ignoreMessage(QtWarningMsg, noFile);
        QVERIFY(bundledIcon(QStringLiteral(":/icons/pages/no-such-page.svg")).isNull());
    }

    // Desktops recolour a symbolic icon, which works only when it has one colour.
    void symbolicIconHasOneColour()
    {
        QFile file(QStringLiteral(":/icons/dev.sourceos.SyncDesk-symbolic.svg"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QSet<QString> colours;
        const QRegularExpression colour(QStringLiteral("(?:fill|stroke)=\"([^\"]*)\""));
        for (auto it = colour.globalMatch(svg); it.hasNext();)
            colours.insert(it.next().captured(1).toLower());
        colours.remove(QStringLiteral("none"));
        QCOMPARE(colours.size(), 1);
    }

    // Every page of the page list shows an icon: the theme's, or the bundled one.
    void everyPageHasAnIcon()
    {
        MainWindow window(MainWindowOptions {});
        QListWidget *nav = nullptr;
        for (auto *list : window.findChildren<QListWidget *>())
            if (list->accessibleName() == QLatin1String("Views"))
                nav = list;
        QVERIFY(nav);
        QCOMPARE(nav->count(), 6);
        const char *pages[]
            = { "queue", "timeline", "conflicts", "evidence", "problems", "daemon" };
        const char *themeNames[] = { "view-list-details", "view-calendar-timeline",
            "vcs-merge-request", "security-high", "dialog-warning", "network-server" };
        for (int row = 0; row < nav->count(); ++row) {
            const QIcon icon = nav->item(row)->icon();
            QVERIFY2(!icon.isNull(), qPrintable(nav->item(row)->text()));
            QVERIFY2(inkedPixels(drawn(icon, 22)) > 0, qPrintable(nav->item(row)->text()));
            if (QIcon::hasThemeIcon(QString::fromLatin1(themeNames[row])))
                continue; // the platform's icon wins; nothing to compare
            const QIcon bundled(QStringLiteral(":/icons/pages/%1.svg").arg(pages[row]));
            QCOMPARE(drawn(icon, 22), drawn(bundled, 22));
        }
    }

    // A status name the theme lacks gets the bundled icon of its tone.
    void statusIconsFallBackToTheToneIcon_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tone");
        QTest::addColumn<QString>("bundled");
        QTest::newRow("dialog-error") << "dialog-error" << int(StatusTone::Negative) << "negative";
        QTest::newRow("security-low") << "security-low" << int(StatusTone::Negative) << "negative";
        QTest::newRow("dialog-warning")
            << "dialog-warning" << int(StatusTone::Warning) << "warning";
        QTest::newRow("security-medium")
            << "security-medium" << int(StatusTone::Warning) << "warning";
        QTest::newRow("security-high")
            << "security-high" << int(StatusTone::Positive) << "positive";
        QTest::newRow("dialog-information")
            << "dialog-information" << int(StatusTone::Normal) << "normal";
    }

    void statusIconsFallBackToTheToneIcon()
    {
        QFETCH(QString, name);
        QFETCH(int, tone);
        QFETCH(QString, bundled);
        const QIcon expected(QStringLiteral(":/icons/status/%1.svg").arg(bundled));
        QCOMPARE(drawn(toneIcon(StatusTone(tone)), 16), drawn(expected, 16));
        const QIcon icon = statusIcon(name);
        QVERIFY(inkedPixels(drawn(icon, 16)) > 0);
        if (QIcon::hasThemeIcon(name))
            QSKIP("the platform theme has this icon");
        QCOMPARE(drawn(icon, 16), drawn(expected, 16));
        // The banner draws it large: still the same icon, not a scaled-up pixmap.
        QCOMPARE(drawn(icon, 32), drawn(expected, 32));
    }

    void applicationIconIsBundled()
    {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        QVERIFY(inkedPixels(drawn(icon, 48)) > 0);
        if (QIcon::hasThemeIcon(QStringLiteral("dev.sourceos.SyncDesk")))
            QSKIP("installed in the icon theme; the theme's copy wins");
        QCOMPARE(
            drawn(icon, 48), drawn(QIcon(QStringLiteral(":/icons/dev.sourceos.SyncDesk.svg")), 48));
    }
};

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
