#include "importers/csvreader.h"

#include <QTest>

#include <algorithm>
#include <cstring>

using namespace goodwill;
using namespace goodwill::importers;

namespace {

// Hands out a byte string at most `step` bytes per read, so every row and line end also
// falls across a read boundary somewhere.
class MemoryStream final : public ExportArchive::Stream
{
public:
    MemoryStream(QByteArray bytes, std::int64_t step) : m_bytes(std::move(bytes)), m_step(step) {}
    Result<std::int64_t> read(char *buffer, std::int64_t size) override
    {
        const std::int64_t n = std::min({size, m_step, std::int64_t(m_bytes.size()) - m_pos});
        std::memcpy(buffer, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_bytes;
    std::int64_t m_step;
    std::int64_t m_pos = 0;
};

std::unique_ptr<CsvReader> openCsv(const QByteArray &bytes, std::int64_t step = 1 << 20)
{
    auto reader =
        CsvReader::open(std::make_unique<MemoryStream>(bytes, step), QStringLiteral("people.csv"));
    if (!reader) {
        qWarning("%s", qPrintable(reader.error().message));
        return nullptr;
    }
    return std::move(reader).value();
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

// "line:value of column 0" for every row, or the error message.
QStringList rowsOf(CsvReader &csv, int column = 0)
{
    QStringList rows;
    for (;;) {
        auto more = csv.next();
        if (!more)
            return rows << more.error().message;
        if (!*more)
            return rows;
        rows << QStringLiteral("%1:%2").arg(csv.line()).arg(text(csv.value(column)));
    }
}

// The error a reader ends with, from opening through the last row.
QString errorOf(const QByteArray &bytes, std::int64_t step = 1 << 20)
{
    auto reader =
        CsvReader::open(std::make_unique<MemoryStream>(bytes, step), QStringLiteral("people.csv"));
    if (!reader)
        return reader.error().message;
    for (;;) {
        auto more = reader.value()->next();
        if (!more)
            return more.error().message;
        if (!*more)
            return {};
    }
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsByTrimmedCaseInsensitiveName()
    {
        auto csv = openCsv(" Name ,EMAIL,\tDepartment\nAna,ana@x,Sales\n");
        QVERIFY(csv);
        QCOMPARE(csv->columnCount(), size_t(3));
        QCOMPARE(csv->column("name"), 0);
        QCOMPARE(csv->column("Email"), 1);
        QCOMPARE(csv->column("DEPARTMENT"), 2);
        QCOMPARE(csv->column("title"), -1);
        QVERIFY(*csv->next());
        QCOMPARE(text(csv->value(csv->column("email"))), QStringLiteral("ana@x"));
        QCOMPARE(text(csv->value(-1)), QString()); // a missing column reads as empty
    }

    void missingColumnNamesFileAndColumn()
    {
        auto csv = openCsv("name,email\n");
        QVERIFY(csv);
        auto found = csv->requireColumn("department");
        QVERIFY(!found);
        QVERIFY2(found.error().message.contains(QStringLiteral("people.csv")),
                 qPrintable(found.error().message));
        QVERIFY2(found.error().message.contains(QStringLiteral("'department'")),
                 qPrintable(found.error().message));
    }

    void lineNumbers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("rows");
        // Every case read whole and one to seven bytes at a time.
        QTest::newRow("LF") << QByteArray("h\na\nb\n") << strings({"2:a", "3:b"});
        QTest::newRow("no final line end") << QByteArray("h\na\nb") << strings({"2:a", "3:b"});
        QTest::newRow("BOM and CRLF")
            << QByteArray("\xEF\xBB\xBFh\r\na\r\nb\r\n") << strings({"2:a", "3:b"});
        QTest::newRow("CR only") << QByteArray("h\ra\rb\r") << strings({"2:a", "3:b"});
        // Blank lines (and lines of empty fields) are skipped but still counted.
        QTest::newRow("blank lines")
            << QByteArray("\r\nh\r\n\r\na\r\n  \r\n,,\r\nb\r\n\r\n") << strings({"4:a", "7:b"});
        // "x" spans lines 2-4 (LF, then CRLF inside the quotes); y starts on line 5.
        QTest::newRow("quoted line breaks")
            << QByteArray("h,t\r\n\"x, 1\",\"one\ntwo\r\nthree\"\r\ny,\"a,b\"\r\n")
            << strings({"2:x, 1", "5:y"});
        QTest::newRow("quoted line breaks, second column")
            << QByteArray("h,t\r\nx,\"one\ntwo\r\nthree\rfour\"\r\ny,z\r\n")
            << strings({"2:one\ntwo\nthree\nfour", "6:z"});
        QTest::newRow("quoted quotes")
            << QByteArray("h\n\"say \"\"hi\"\"\"\nz\n") << strings({"2:say \"hi\"", "3:z"});
    }

    void lineNumbers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, rows);
        // Column 1 when the file has one: line breaks in values read as LF.
        for (const std::int64_t step : std::initializer_list<std::int64_t>{1 << 20, 1, 2, 3, 7}) {
            auto csv = openCsv(bytes, step);
            QVERIFY(csv);
            QCOMPARE(text(csv->header().front()), QStringLiteral("h"));
            QCOMPARE(rowsOf(*csv, QTest::currentDataTag() == QByteArray("quoted line breaks, "
                                                                        "second column")),
                     rows);
        }
    }

    void valuesAreTrimmedAndShortRowsReadEmpty()
    {
        auto csv = openCsv("a,b,c\n  one , two\n");
        QVERIFY(csv);
        QVERIFY(*csv->next());
        QCOMPARE(text(csv->value(0)), QStringLiteral("one"));
        QCOMPARE(text(csv->value(1)), QStringLiteral("two"));
        QCOMPARE(text(csv->value(2)), QString());
        QVERIFY(!*csv->next());
    }

    void multiByteTextSurvivesReadBoundaries()
    {
        // "Chloé" and an emoji cut at every byte: UTF-8 is checked per field, not per read.
        auto csv = openCsv("name\nChlo\xC3\xA9 \xF0\x9F\x8E\x89\n", 1);
        QVERIFY(csv);
        QCOMPARE(rowsOf(*csv), QStringList{QStringLiteral("2:Chloé 🎉")});
    }

    void badInputNamesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        // Latin-1 "é" on line 4, after a quoted field spanning lines 2-3.
        QTest::newRow("not UTF-8") << QByteArray("h,t\n\"a\nb\",ok\nChlo\xE9,x\n")
                                   << QStringLiteral("people.csv, line 4: the text is not valid");
        QTest::newRow("unclosed quote at the end")
            << QByteArray("h\nok\n\"never closed\n\n") << QStringLiteral("people.csv, line 3:");
        QTest::newRow("quote inside a field")
            << QByteArray("h\nok\r\nab\"c\"\r\n") << QStringLiteral("people.csv, line 3:");
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFEh\0\n\0", 6)
                                << QStringLiteral("people.csv is UTF-16");
        QTest::newRow("empty") << QByteArray("\xEF\xBB\xBF\r\n")
                               << QStringLiteral("people.csv is empty");
    }

    void badInputNamesFileAndLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        for (const std::int64_t step : std::initializer_list<std::int64_t>{1 << 20, 1, 5}) {
            const QString error = errorOf(bytes, step);
            QVERIFY2(error.startsWith(expected), qPrintable(error));
        }
    }

    void fieldOverSixteenMebibytesIsAnError()
    {
        QByteArray big = "h,t\nfirst,ok\nsecond,\"";
        big.append(QByteArray(qsizetype(CsvReader::maxFieldSize) + 1, 'x'));
        big.append("\"\n");
        const QString error = errorOf(big, 1 << 16);
        QVERIFY2(error.startsWith(QStringLiteral("people.csv, line 3: a field is larger")),
                 qPrintable(error));
        // Exactly 16 MiB is still accepted.
        QByteArray fits = "h\n";
        fits.append(QByteArray(qsizetype(CsvReader::maxFieldSize), 'x'));
        fits.append("\nnext\n");
        auto csv = openCsv(fits);
        QVERIFY(csv);
        const QStringList rows = rowsOf(*csv);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.front().size(), qsizetype(CsvReader::maxFieldSize) + 2); // "2:" + field
        QCOMPARE(rows.back(), QStringLiteral("3:next"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
