// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// DecisionOption: the one type a DecisionCard's option travels as. Its text is
// the daemon's (spec/contracts.md: {merge, fork, skip}, compared exactly), and
// the parse agrees with the validator on every text a record may hold.
#include "core/json/json.h"
#include "core/records/contracts.h"
#include "core/records/decisionoption.h"
#include "core/records/validator.h"

#include <QFile>
#include <QObject>
#include <QTest>

using namespace SyncDesk;

class TestDecisionOption final : public QObject
{
    Q_OBJECT

private:
    static Json goldenConflict()
    {
        QFile f(QStringLiteral(SYNCDESK_TEST_DATA "/reference/contracts/conflict.alpha.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no golden conflict fixture");
        const QByteArray bytes = f.readAll();
        auto parsed = parseJson(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (!parsed.ok())
            qFatal("the golden conflict fixture does not parse");
        return std::move(parsed.value);
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // int(DecisionOption)
        const int none = int(DecisionOption::None);
        QTest::newRow("merge") << "merge" << int(DecisionOption::Merge);
        QTest::newRow("fork") << "fork" << int(DecisionOption::Fork);
        QTest::newRow("skip") << "skip" << int(DecisionOption::Skip);
        QTest::newRow("capitalised") << "Merge" << none;
        QTest::newRow("upper case") << "FORK" << none;
        QTest::newRow("mixed case") << "sKiP" << none;
        QTest::newRow("leading space") << " merge" << none;
        QTest::newRow("trailing space") << "fork " << none;
        QTest::newRow("trailing newline") << "skip\n" << none;
        QTest::newRow("empty") << "" << none;
        QTest::newRow("the label") << "Fork (keep both)" << none;
        QTest::newRow("keep_both") << "keep_both" << none;
        QTest::newRow("prefix") << "mer" << none;
        QTest::newRow("longer") << "merged" << none;
        QTest::newRow("none") << "none" << none;
        QTest::newRow("a number") << "0" << none;
        QTest::newRow("python None") << "None" << none;
        QTest::newRow("with a NUL") << QStringLiteral("fork") + QChar(0) << none;
        QTest::newRow("fullwidth") << QStringLiteral("\uff46ork") << none;
    }

    /// Both the JSON (UTF-8) and the Qt (UTF-16) reading of a text name the same option.
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(int(parseDecisionOption(QStringView(text))), expected);
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(
            int(parseDecisionOption(std::string_view(utf8.constData(), std::size_t(utf8.size())))),
            expected);
    }

    /// What the parse refuses, the daemon refuses: a card whose options,
    /// recommendation and selection hold the text is valid exactly when the
    /// text names an option.
    void parseAgreesWithTheValidator_data() { parse_data(); }
    void parseAgreesWithTheValidator()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        Json record = goldenConflict();
        Json &card = record["decision_card"];
        const std::string t = text.toStdString();
        card["options"] = Json::array({ t });
        card["recommended_option"] = t;
        card["selected_option"] = t;
        const Validation v = Validator::validate(record, ValidationMode::Strict);
        QCOMPARE(v.verdict == Verdict::Valid, expected != int(DecisionOption::None));
    }

    /// name() writes what parse() reads, for every option; None has no text.
    void roundTrip()
    {
        QCOMPARE(kDecisionOptions.size(), std::size_t(kDecisionOptionCount));
        int bits = 0;
        for (int i = 0; i < kDecisionOptionCount; ++i) {
            const DecisionOption o = kDecisionOptions[std::size_t(i)];
            QCOMPARE(int(o), i); // the card's button order and the index of per-option arrays
            QCOMPARE(parseDecisionOption(decisionOptionName(o)), o);
            QCOMPARE(parseDecisionOption(decisionOptionKey(o)), o);
            QCOMPARE(decisionOptionName(o), QString::fromLatin1(decisionOptionKey(o)));
            QCOMPARE(bits & decisionOptionBit(o), 0);
            bits |= decisionOptionBit(o);
        }
        QCOMPARE(bits, 0b111);
        QVERIFY(decisionOptionName(DecisionOption::None).isEmpty());
        QVERIFY(decisionOptionKey(DecisionOption::None).empty());
        QCOMPARE(decisionOptionBit(DecisionOption::None), 0);
        QCOMPARE(
            parseDecisionOption(decisionOptionName(DecisionOption::None)), DecisionOption::None);
    }

    /// The enum's texts are the contract table's (spec/contracts.md), in its order.
    void namesAreTheContracts()
    {
        const auto spec = decisionOptions();
        QCOMPARE(spec.size(), std::size_t(kDecisionOptionCount));
        for (std::size_t i = 0; i < spec.size(); ++i)
            QCOMPARE(decisionOptionKey(kDecisionOptions[i]), spec[i]);
    }
};

QTEST_GUILESS_MAIN(TestDecisionOption)
#include "tst_decisionoption.moc"
