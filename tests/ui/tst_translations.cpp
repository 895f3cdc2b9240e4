// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/models/conflictmodel.h"
#include "core/i18n/translations.h"
#include "treecopy.h"
#include "ui/conflicts/conflictsview.h"
#include "ui/window/mainwindow.h"
#include "ui/queue/queueview.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace SyncDesk;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString translationType; ///< "unfinished", "vanished", "obsolete" or empty
    QStringList forms; ///< the translation, or its numerus forms
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            messages << m;
        } else if (name == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            messages.last().translationType
                = xml.attributes().value(QLatin1String("type")).toString();
            if (!messages.last().numerus)
                messages.last().forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            messages.last().forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[1-9]"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}

QString tsPath(const char *language)
{
    return QStringLiteral(SYNCDESK_EXAMPLES "/../translations/syncdesk_%1.ts")
        .arg(QLatin1String(language));
}

} // namespace

class TstTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsComplete();
    void catalogueIsCurrent();
    void englishHasOnlyPlurals();
    void windowInGerman();
    void installedFolderComesFirst();
    void englishPlurals();
    void cleanup();
};

void TstTranslations::germanIsComplete()
{
    const QList<TsMessage> messages = readTs(tsPath("de"));
    QVERIFY2(messages.size() > 500, "syncdesk_de.ts should hold every tr() string");
    int plurals = 0;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QLatin1String(": ") + m.source;
        QVERIFY2(m.translationType.isEmpty(),
            qPrintable(QStringLiteral("%1 translation: %2").arg(m.translationType, where)));
        QVERIFY2(!m.forms.isEmpty(), qPrintable(QLatin1String("no translation: ") + where));
        if (m.numerus) {
            ++plurals;
            QVERIFY2(m.forms.size() == 2,
                qPrintable(QLatin1String("German needs singular and plural: ") + where));
        }
        for (const QString &form : m.forms) {
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(QLatin1String("empty: ") + where));
            QVERIFY2(placeholders(form) == placeholders(m.source),
                qPrintable(QStringLiteral("placeholders differ: %1 -> %2").arg(where, form)));
            QVERIFY2(!m.numerus || form.contains(QLatin1String("%n"))
                    || m.source.count(QLatin1String("%n")) == 0,
                qPrintable(QLatin1String("%n dropped: ") + where));
        }
        QVERIFY2(m.numerus == m.source.contains(QLatin1String("%n")),
            qPrintable(QLatin1String("%n outside a plural message: ") + where));
    }
    QVERIFY(plurals > 0);
}

void TstTranslations::catalogueIsCurrent()
{
    // lupdate over today's sources finds exactly the strings syncdesk_de.ts
    // holds: a new tr() string, or one reworded, must reach the catalogue.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("syncdesk_de.ts"));
    QVERIFY(QFile::copy(tsPath("de"), ts));
    const QString root = QStringLiteral(SYNCDESK_EXAMPLES "/..");
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    lupdate.start(QStringLiteral(SYNCDESK_LUPDATE),
        { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-I"), root,
            QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
            QStringLiteral("-ts"), ts });
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    // Source texts only: Qt 6.8's lupdate names some Q_DECLARE_TR_FUNCTIONS
    // contexts without their namespace ("Validator" for SyncDesk::Validator,
    // which tr() uses at run time), so contexts differ between Qt versions.
    auto sources = [](const QList<TsMessage> &messages) {
        QStringList out;
        for (const TsMessage &m : messages)
            out << (m.numerus ? QLatin1String("[n] ") : QLatin1String("")) + m.source;
        out.sort();
        return out;
    };
    QCOMPARE(sources(readTs(ts)), sources(readTs(tsPath("de"))));
}

void TstTranslations::englishHasOnlyPlurals()
{
    const QList<TsMessage> messages = readTs(tsPath("en"));
    QVERIFY(!messages.isEmpty());
    for (const TsMessage &m : messages) {
        QVERIFY2(m.numerus, qPrintable(QLatin1String("not a plural: ") + m.source));
        QVERIFY2(m.translationType.isEmpty(), qPrintable(m.source));
        QCOMPARE(m.forms.size(), 2);
        for (const QString &form : m.forms)
            QVERIFY2(!form.contains(QLatin1String("(s)")), qPrintable(form));
    }
}

void TstTranslations::installedFolderComesFirst()
{
    // No French is compiled in; a syncdesk_fr.qm in the installed folder must
    // be found, and before the embedded copies (here: German bytes named fr).
    QTemporaryDir installed;
    QVERIFY(installed.isValid());
    QVERIFY(QFile::copy(QStringLiteral(":/i18n/syncdesk_de.qm"),
        installed.filePath(QStringLiteral("syncdesk_fr.qm"))));
    const QLocale french(QLocale::French, QLocale::France);

    QVERIFY(!installTranslations(*qApp, french, { QStringLiteral(":/i18n") }));
    QVERIFY(installTranslations(*qApp, french, { installed.path(), QStringLiteral(":/i18n") }));
    QCOMPARE(Ui::MainWindow::tr("&File"), QStringLiteral("&Datei"));
}

void TstTranslations::windowInGerman()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(installTranslations(*qApp));
    QCOMPARE(QApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store"));
    QVERIFY(copyTree(QStringLiteral(SYNCDESK_EXAMPLES "/workspace-demo"), store));

    Ui::MainWindow window({});
    QSignalSpy loaded(&window, &Ui::MainWindow::storeLoaded);
    window.show();
    window.openStore(store);
    QVERIFY(loaded.wait(20000));
    QVERIFY(loaded.first().first().toBool());

    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u',')));
    QVERIFY2(menus.contains(QStringLiteral("&Ansicht")), qPrintable(menus.join(u',')));
    QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(u',')));
    // Each menu's accelerators stay unique in German, or Alt+letter picks the wrong item.
    QList<QMenu *> all;
    for (QAction *action : window.menuBar()->actions())
        all << action->menu();
    for (QMenu *menu : std::as_const(all)) {
        QVERIFY(menu);
        QSet<QChar> keys;
        for (QAction *action : menu->actions()) {
            const QString text = action->text();
            const qsizetype amp = text.indexOf(u'&');
            if (amp < 0 || amp + 1 >= text.size())
                continue;
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(menu->title() + QLatin1String(": ") + text));
            keys << key;
        }
    }

    window.showPage(Ui::MainWindow::ConflictsPage);
    Ui::ConflictsView *conflicts = window.conflictsView();
    QVERIFY(conflicts);
    // What the cards paint: severity chips and option labels come from the model.
    ConflictModel *model = conflicts->model();
    QVERIFY(model->rowCount() > 0);
    QSet<QString> severities;
    for (int row = 0; row < model->rowCount(); ++row)
        severities << model->index(row, 0).data(ConflictModel::SeverityLabelRole).toString();
    const QSet<QString> german { QStringLiteral("Blockierend"), QStringLiteral("Prüfung nötig"),
        QStringLiteral("Warnung"), QStringLiteral("Info") };
    QVERIFY2(
        severities.intersects(german), qPrintable(QStringList(severities.values()).join(u',')));
    QCOMPARE(ConflictModel::optionLabel(DecisionOption::Merge), QStringLiteral("Zusammenführen"));
    QCOMPARE(
        ConflictModel::optionLabel(DecisionOption::Fork), QStringLiteral("Beide behalten (Fork)"));

    QStringList buttons;
    for (QPushButton *button : conflicts->findChildren<QPushButton *>())
        buttons << button->text();
    // "Apply ready (N)" in German.
    QVERIFY2(std::any_of(buttons.cbegin(), buttons.cend(),
                 [](const QString &t) { return t.startsWith(QStringLiteral("Anwenden (")); }),
        qPrintable(buttons.join(u',')));

    QStringList texts;
    for (QLabel *label : window.queueView()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("36 Vorgänge")), qPrintable(texts.join(u'|')));
}

void TstTranslations::englishPlurals()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(*qApp);
    QCOMPARE(QApplication::translate("SyncDesk::Ui::QueueView", "%n operation(s)", nullptr, 1),
        QStringLiteral("1 operation"));

    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store"));
    QVERIFY(copyTree(QStringLiteral(SYNCDESK_EXAMPLES "/workspace-demo"), store));
    Ui::MainWindow window({});
    QSignalSpy loaded(&window, &Ui::MainWindow::storeLoaded);
    window.show();
    window.openStore(store);
    QVERIFY(loaded.wait(20000));

    QStringList texts;
    for (QLabel *label : window.queueView()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("36 operations")), qPrintable(texts.join(u'|')));
    for (const QString &text : texts)
        QVERIFY2(!text.contains(QLatin1String("(s)")), qPrintable(text));
}

void TstTranslations::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
