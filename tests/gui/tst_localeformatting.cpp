// Numbers, percentages and dates follow the interface's language (issue 7): with German
// installed as state::LanguageSetup installs it at start-up, a model cell shows "12,5 %",
// dates read "12. März 2026" and chart axes use a decimal comma and German month names.
#include "charts/trendchartview.h"
#include "items/evidenceinputsmodel.h"
#include "items/localeformat.h"
#include "items/townhallsummary.h"
#include "state/languagesetup.h"

#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QStandardItemModel>
#include <QTest>

using namespace goodwill;

class TestLocaleFormatting : public QObject
{
    Q_OBJECT

private:
    state::LanguageSetup m_language;

    static QStringList axisLabels(const QChart &chart)
    {
        QStringList labels;
        for (QGraphicsItem *item : chart.scene()->items()) {
            if (const auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
                labels << text->toPlainText();
        }
        return labels;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_language.install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void percentagesUseTheDecimalCommaAndTheGermanSign()
    {
        analytics::EvidenceInput share;
        share.name = QStringLiteral("Reply rate");
        share.unit = analytics::EvidenceInput::Unit::Share;
        share.value = 0.125;
        items::EvidenceInputsModel model;
        model.setInputs({share});
        QCOMPARE(model.index(0, items::EvidenceInputsModel::Value).data().toString(),
                 QStringLiteral("12,5\u00A0%"));
        QCOMPARE(items::TownHallSummary::formatShare(0.33), QStringLiteral("33\u00A0%"));
        QCOMPARE(items::TownHallSummary::formatHours(2.5), QStringLiteral("2,5 h"));
    }

    void datesReadAsInGerman()
    {
        const QDate date(2026, 3, 12);
        QCOMPARE(items::TownHallSummary::dateText(date), QStringLiteral("12. März 2026"));
        QCOMPARE(items::LocaleFormat::mediumDateTime(QDateTime(date, QTime(14, 5))),
                 QStringLiteral("12. März 2026 14:05"));
        QCOMPARE(items::LocaleFormat::mediumDate(QDate(2026, 10, 3)),
                 QStringLiteral("3. Okt. 2026"));
        QCOMPARE(items::LocaleFormat::longDate(QDate(2026, 10, 3)),
                 QStringLiteral("3. Oktober 2026"));
    }

    void mediumDatesInEachLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("C") << QLocale::c() << QStringLiteral("12 Mar 2026");
        QTest::newRow("en_GB") << QLocale(QStringLiteral("en_GB")) << QStringLiteral("12 Mar 2026");
        QTest::newRow("en_US") << QLocale(QStringLiteral("en_US"))
                               << QStringLiteral("Mar 12, 2026");
        QTest::newRow("de_DE") << QLocale(QStringLiteral("de_DE"))
                               << QStringLiteral("12. März 2026");
        QTest::newRow("fr_FR") << QLocale(QStringLiteral("fr_FR"))
                               << QStringLiteral("12 mars 2026");
        QTest::newRow("es_ES") << QLocale(QStringLiteral("es_ES"))
                               << QStringLiteral("12 de mar de 2026");
    }

    void mediumDatesInEachLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(locale.toString(QDate(2026, 3, 12), items::LocaleFormat::mediumDateFormat(locale)),
                 expected);
    }

    void chartAxesUseTheDecimalCommaAndGermanMonths()
    {
        QStandardItemModel model(3, 2);
        const QDate months[] = {QDate(2026, 1, 1), QDate(2026, 2, 1), QDate(2026, 3, 1)};
        const double values[] = {0.5, 1.0, 1.5};
        for (int row = 0; row < 3; ++row) {
            model.setData(model.index(row, 0), months[row]);
            model.setData(model.index(row, 1), values[row]);
        }
        ui::TrendChartView view;
        view.setModel(&model);
        view.resize(640, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The axes are laid out (and their labels written) once the view has its size.
        QTRY_VERIFY(axisLabels(*view.chart()).contains(QStringLiteral("1,6")));
        const QStringList labels = axisLabels(*view.chart());
        // 0 .. niceCeiling(1.5 × 1.05) = 2 in six ticks: steps of 0.4, written "0,4" ...
        for (const QString &tick : {QStringLiteral("0,4"), QStringLiteral("0,8"),
                                    QStringLiteral("1,2"), QStringLiteral("1,6")})
            QVERIFY2(labels.contains(tick), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(!labels.contains(QStringLiteral("0.4")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        // The last tick is 1 March, "d MMM" in German month names.
        QVERIFY2(labels.contains(QStringLiteral("1 März")),
                 qPrintable(labels.join(QLatin1Char('|'))));
    }
};

QTEST_MAIN(TestLocaleFormatting)
#include "tst_localeformatting.moc"
