#include "importers/slackmarkup.h"

#include <QTest>

#include <map>
#include <string>
#include <string_view>
#include <vector>

using goodwill::importers::SlackMarkup;

class TestSlackMarkup : public QObject
{
    Q_OBJECT

private:
    // U1 and U2 are known to the import; U9 is not.
    std::map<std::string, std::string, std::less<>> m_names{{"U1", "Ada Lovelace"},
                                                            {"U2", "Grace Hopper"}};
    SlackMarkup m_markup{[this](std::string_view id) -> std::string_view {
        const auto found = m_names.find(id);
        return found == m_names.end() ? std::string_view() : std::string_view(found->second);
    }};

private Q_SLOTS:
    void plainText_data()
    {
        QTest::addColumn<QString>("markup");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QStringList>("mentions");

        const QStringList none;
        QTest::newRow("plain text stays")
            << QStringLiteral("Thanks, team!") << QStringLiteral("Thanks, team!") << none;
        QTest::newRow("known user")
            << QStringLiteral("great work <@U1>") << QStringLiteral("great work @Ada Lovelace")
            << QStringList{QStringLiteral("U1")};
        QTest::newRow("known user: the name in the export wins over the label")
            << QStringLiteral("<@U2|grace> thanks") << QStringLiteral("@Grace Hopper thanks")
            << QStringList{QStringLiteral("U2")};
        QTest::newRow("unknown user with label")
            << QStringLiteral("cc <@U9|bob>") << QStringLiteral("cc @bob")
            << QStringList{QStringLiteral("U9")};
        QTest::newRow("unknown user without label")
            << QStringLiteral("cc <@U9>") << QStringLiteral("cc @U9")
            << QStringList{QStringLiteral("U9")};
        QTest::newRow("each user once, in order")
            << QStringLiteral("<@U2> and <@U1> and <@U2|g>")
            << QStringLiteral("@Grace Hopper and @Ada Lovelace and @Grace Hopper")
            << QStringList{QStringLiteral("U2"), QStringLiteral("U1")};
        QTest::newRow("channel") << QStringLiteral("see <#C024BE7LR|general>")
                                 << QStringLiteral("see #general") << none;
        QTest::newRow("channel without name")
            << QStringLiteral("see <#C024BE7LR>") << QStringLiteral("see #C024BE7LR") << none;
        QTest::newRow("link with label")
            << QStringLiteral("read <https://example.com/a?b=1&amp;c=2|the plan &amp; notes>")
            << QStringLiteral("read the plan & notes") << none;
        QTest::newRow("bare link, escapes undone")
            << QStringLiteral("<https://example.com/a?b=1&amp;c=2>")
            << QStringLiteral("https://example.com/a?b=1&c=2") << none;
        QTest::newRow("here, channel, everyone")
            << QStringLiteral("<!here> <!channel> <!everyone> <!here|@here>")
            << QStringLiteral("@here @channel @everyone @here") << none;
        QTest::newRow("user group and date use their label")
            << QStringLiteral("<!subteam^S1|@design> by <!date^1392734382^{date}|Feb 18>")
            << QStringLiteral("@design by Feb 18") << none;
        QTest::newRow("HTML escapes")
            << QStringLiteral("a &lt;b&gt; &amp; c &amp;amp; d & e &quot;")
            << QStringLiteral("a <b> & c &amp; d & e &quot;") << none;
        QTest::newRow("an escaped bracket is not markup")
            << QStringLiteral("1 &lt; 2 &gt; 0 <@U1>") << QStringLiteral("1 < 2 > 0 @Ada Lovelace")
            << QStringList{QStringLiteral("U1")};
        QTest::newRow("unclosed bracket kept")
            << QStringLiteral("x < y and <@U1") << QStringLiteral("x < y and <@U1") << none;
        QTest::newRow("several openers: the last opens markup")
            << QStringLiteral("a < b <@U1>") << QStringLiteral("a < b @Ada Lovelace")
            << QStringList{QStringLiteral("U1")};
        QTest::newRow("empty brackets kept")
            << QStringLiteral("<>") << QStringLiteral("<>") << none;
        QTest::newRow("non-ASCII text") << QStringLiteral("merci <@U1> \u2764\ufe0f")
                                        << QStringLiteral("merci @Ada Lovelace \u2764\ufe0f")
                                        << QStringList{QStringLiteral("U1")};
        QTest::newRow("empty") << QString() << QString() << none;
    }

    void plainText()
    {
        QFETCH(QString, markup);
        QFETCH(QString, plain);
        QFETCH(QStringList, mentions);

        const std::string text = markup.toStdString();
        std::string out = "left from before";
        std::vector<std::string_view> ids;
        m_markup.toPlainText(text, out, ids);
        QCOMPARE(QString::fromStdString(out), plain);
        QStringList got;
        for (std::string_view id : ids) {
            // The ids point into the text given, not into a copy.
            QVERIFY(id.data() >= text.data() && id.data() + id.size() <= text.data() + text.size());
            got << QString::fromUtf8(id.data(), qsizetype(id.size()));
        }
        QCOMPARE(got, mentions);
    }

    void mentionsAreAppended()
    {
        const std::string first = "<@U1>", second = "<@U2> <@U1>";
        std::string out;
        std::vector<std::string_view> ids;
        m_markup.toPlainText(first, out, ids);
        m_markup.toPlainText(second, out, ids);
        QCOMPARE(out, std::string("@Grace Hopper @Ada Lovelace"));
        // U1 of the second text is already listed (from the first): not added again.
        QCOMPARE(ids.size(), std::size_t(2));
        QCOMPARE(ids[0], std::string_view("U1"));
        QCOMPARE(ids[1], std::string_view("U2"));
    }
};

QTEST_GUILESS_MAIN(TestSlackMarkup)
#include "tst_slackmarkup.moc"
