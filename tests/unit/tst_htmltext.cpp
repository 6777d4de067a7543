#include "importers/htmltext.h"

#include <QTest>

using goodwill::importers::HtmlText;

// Teams message bodies (contentType html) to the plain text Goodwill stores.
class TestHtmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toPlain_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("text");

        QTest::newRow("plain text") << QByteArray("Hello team") << QByteArray("Hello team");
        QTest::newRow("tags dropped")
            << QByteArray(
                   "<b>Bold</b> and <i>italic</i> <a href=\"https://x.example/?a=1&amp;b=2\">"
                   "link</a>")
            << QByteArray("Bold and italic link");
        QTest::newRow("mention") << QByteArray("Thanks <at id=\"0\">Bob Baker</at>!")
                                 << QByteArray("Thanks @Bob Baker!");
        QTest::newRow("two mentions")
            << QByteArray("<at id=\"0\">Ana</at>, <at id=\"1\">Bo</at>") << QByteArray("@Ana, @Bo");
        QTest::newRow("br") << QByteArray("one<br>two<br/>three<BR />four")
                            << QByteArray("one\ntwo\nthree\nfour");
        QTest::newRow("two br keep an empty line")
            << QByteArray("one<br><br>two") << QByteArray("one\n\ntwo");
        // Teams wraps every body in <div><div>...</div></div>: no blank lines from nesting.
        QTest::newRow("nested divs")
            << QByteArray("<div><div>Hello</div></div>") << QByteArray("Hello");
        QTest::newRow("paragraphs") << QByteArray("<p>First</p><p>Second</p><div>Third</div>")
                                    << QByteArray("First\nSecond\nThird");
        QTest::newRow("list items")
            << QByteArray("<ul><li>a</li><li>b</li></ul>") << QByteArray("a\nb");
        QTest::newRow("named entities")
            << QByteArray("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &apos;f&apos;")
            << QByteArray("a & b <c> \"d\" 'e' 'f'");
        QTest::newRow("nbsp is a space") << QByteArray("a&nbsp;b") << QByteArray("a b");
        QTest::newRow("numeric entities")
            << QByteArray("&#8364; &#x20AC; &#X1F600; &#65;")
            << QByteArray("\xE2\x82\xAC \xE2\x82\xAC \xF0\x9F\x98\x80 A");
        QTest::newRow("unknown or broken entities stay")
            << QByteArray("&copy; &#xZZ; &#55296; AT&T &")
            << QByteArray("&copy; &#xZZ; &#55296; AT&T &");
        QTest::newRow("white space collapses")
            << QByteArray("  a \n\t b  <br>  c  ") << QByteArray("a b\nc");
        QTest::newRow("comment dropped") << QByteArray("a<!-- hidden -->b") << QByteArray("ab");
        QTest::newRow("emoji keeps its alt")
            << QByteArray("Great <emoji id=\"smile\" alt=\"\xF0\x9F\x99\x82\" title=\"Smile\">"
                          "</emoji>")
            << QByteArray("Great \xF0\x9F\x99\x82");
        QTest::newRow("quoted > inside a tag")
            << QByteArray("<span title=\"a > b\">x</span>") << QByteArray("x");
        QTest::newRow("style content dropped")
            << QByteArray("<style>p { color: red }</style>text") << QByteArray("text");
        QTest::newRow("an unclosed < is text") << QByteArray("1 < 2") << QByteArray("1 < 2");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }

    void toPlain()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, text);
        const std::string plain =
            HtmlText::toPlain(std::string_view(html.constData(), std::size_t(html.size())));
        QCOMPARE(QByteArray::fromStdString(plain), text);
    }
};

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
