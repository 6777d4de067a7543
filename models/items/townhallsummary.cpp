#include "townhallsummary.h"

#include "capitallabels.h"
#include "localeformat.h"

#include <QLocale>

#include <algorithm>

namespace goodwill::items {

using analytics::CapitalMove;
using analytics::TownHallBrief;

namespace {

// "Sales (−62.5)" for the movers after the first.
QString moverList(const std::vector<CapitalMove> &movers, QStringList &figures)
{
    QStringList items;
    for (size_t i = 1; i < movers.size(); ++i) {
        const QString change = TownHallSummary::formatChange(movers[i].change());
        figures << change;
        items << QStringLiteral("%1 (%2)").arg(movers[i].name, change);
    }
    return QLocale().createSeparatedList(items);
}

// The sentence about the department that rose (or fell) most, and the others.
TownHallSummary::Sentence moverSentence(const std::vector<CapitalMove> &movers, bool rising)
{
    TownHallSummary::Sentence sentence;
    const CapitalMove &first = movers.front();
    const QString change = TownHallSummary::formatChange(first.change());
    const QString after = TownHallSummary::formatScore(first.eciAfter);
    sentence.figures << change << after;
    if (first.pillar) {
        const QString pillarChange = TownHallSummary::formatChange(first.pillar->change());
        sentence.figures << pillarChange;
        sentence.text =
            (rising
                 ? TownHallSummary::tr("%1 rose most (%2 points, to %3), led by %4 (%5 points).")
                 : TownHallSummary::tr("%1 fell most (%2 points, to %3), led by %4 (%5 points)."))
                .arg(first.name, change, after, TownHallSummary::pillarName(first.pillar->pillar),
                     pillarChange);
    } else {
        sentence.text = (rising ? TownHallSummary::tr("%1 rose most (%2 points, to %3).")
                                : TownHallSummary::tr("%1 fell most (%2 points, to %3)."))
                            .arg(first.name, change, after);
    }
    if (movers.size() > 1) {
        const QString others = moverList(movers, sentence.figures);
        sentence.text += QLatin1Char(' ') + (rising ? TownHallSummary::tr("Also rising: %1.")
                                                    : TownHallSummary::tr("Also falling: %1."))
                                                .arg(others);
    }
    return sentence;
}

} // namespace

QString TownHallSummary::formatScore(double score)
{
    return CapitalLabels::formatScore(score);
}

QString TownHallSummary::formatChange(double points)
{
    return CapitalLabels::formatDelta(points);
}

QString TownHallSummary::formatShare(double share)
{
    return tr("%1%").arg(QLocale().toString(share * 100, 'f', 0));
}

QString TownHallSummary::formatHours(double hours)
{
    return tr("%1 h").arg(QLocale().toString(hours, 'f', 1));
}

QString TownHallSummary::formatCount(int count)
{
    return QLocale().toString(count);
}

QString TownHallSummary::formatPerMember(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString TownHallSummary::dateText(QDate date)
{
    return LocaleFormat::mediumDate(date);
}

QString TownHallSummary::audienceText(const TownHallBrief &brief)
{
    return QLocale().createSeparatedList(brief.audienceNames);
}

QString TownHallSummary::pillarName(const QString &id)
{
    // Inside a sentence: its own strings, since a language decides the case (German nouns
    // keep their capital, "angeführt von Stolz").
    if (id == QStringLiteral("authenticity"))
        return tr("authenticity", "a pillar, inside a sentence");
    if (id == QStringLiteral("pride"))
        return tr("pride", "a pillar, inside a sentence");
    if (id == QStringLiteral("attachment"))
        return tr("attachment", "a pillar, inside a sentence");
    if (id == QStringLiteral("fun"))
        return tr("fun", "a pillar, inside a sentence");
    return id;
}

QString TownHallSummary::hiddenText(const TownHallBrief &brief)
{
    QStringList sentences;
    if (!brief.movers.hidden.isEmpty())
        sentences << tr("Not compared, and left out of the totals on the days they are hidden, to "
                        "protect privacy (fewer than %1 staff on one of the two days): %2.")
                         .arg(brief.k)
                         .arg(QLocale().createSeparatedList(brief.movers.hidden));
    if (!brief.movers.toneLeftOut.isEmpty())
        sentences << tr("The tone in the ECI of the whole audience leaves out %1 (fewer than %n "
                        "authors).",
                        nullptr, brief.kText)
                         .arg(QLocale().createSeparatedList(brief.movers.toneLeftOut));
    return sentences.join(QLatin1Char(' '));
}

QString TownHallSummary::personName(const analytics::ShoutOutPerson &person, bool pseudonymise)
{
    if (!pseudonymise || person.leader)
        return person.name;
    return person.departmentName.isEmpty() ? tr("Staff member")
                                           : tr("Staff member (%1)").arg(person.departmentName);
}

std::vector<TownHallSummary::Sentence> TownHallSummary::sentences(const TownHallBrief &brief,
                                                                  bool pseudonymise)
{
    std::vector<Sentence> result;
    const auto &movers = brief.movers;

    // Emotional capital.
    if (movers.whole) {
        Sentence &s = result.emplace_back();
        const QString before = formatScore(movers.whole->eciBefore);
        const QString after = formatScore(movers.whole->eciAfter);
        const QString change = formatChange(movers.whole->change());
        s.figures << before << after << change;
        // The whole organisation has a sentence of its own: a language puts its article and
        // case on it ("der Organisation", "de l'organisation"), not on a pasted name.
        s.text =
            brief.audienceNames.isEmpty()
                ? tr("From %1 to %2, the emotional capital (ECI) of the organisation went "
                     "from %3 to %4 (%5 points).")
                      .arg(dateText(movers.before), dateText(movers.after), before, after, change)
                : tr("From %1 to %2, the emotional capital (ECI) of %3 went from %4 to %5 "
                     "(%6 points).")
                      .arg(dateText(movers.before), dateText(movers.after), audienceText(brief),
                           before, after, change);
    } else {
        result.push_back({tr("The data does not reach far enough before %1 to compare the "
                             "emotional capital over the period.")
                              .arg(dateText(brief.from)),
                          {}});
    }
    if (!movers.fallers.empty())
        result.push_back(moverSentence(movers.fallers, false));
    if (!movers.risers.empty())
        result.push_back(moverSentence(movers.risers, true));
    if (movers.whole && movers.fallers.empty() && movers.risers.empty())
        result.push_back({tr("No department's ECI rose or fell by a point or more."), {}});

    // Open questions.
    if (!brief.themes.empty()) {
        Sentence &s = result.emplace_back();
        const analytics::TownHallTheme &top = brief.themes.front();
        const QString questions = formatCount(top.questions);
        const QString authors = formatCount(top.authors);
        s.figures << questions << authors;
        s.text = tr("Among the staff questions still waiting for a leader's answer, the most "
                    "common theme is \u201c%1\u201d: %2 questions from %3 people.")
                     .arg(top.term, questions, authors);
        QStringList others;
        for (size_t i = 1; i < brief.themes.size(); ++i) {
            const QString count = formatCount(brief.themes[i].questions);
            s.figures << count;
            others << tr("\u201c%1\u201d (%2)").arg(brief.themes[i].term, count);
        }
        if (!others.isEmpty())
            s.text += QLatin1Char(' ') +
                      tr("Other themes: %1.").arg(QLocale().createSeparatedList(others));
    } else if (brief.openQuestions == 0) {
        result.push_back({tr("No staff question to a leader is waiting for an answer."), {}});
    } else if (brief.textsRead) {
        result.push_back({tr("The staff questions waiting for an answer share no theme with "
                             "enough different askers to be shown."),
                          {}});
    }

    // Leaders.
    if (!brief.leaders.empty() && brief.leaders.front().unanswered > 0) {
        const analytics::LeaderResponsiveness &first = brief.leaders.front();
        Sentence &s = result.emplace_back();
        const QString unanswered = formatCount(first.unanswered);
        s.figures << unanswered;
        if (first.replyRate) {
            const QString rate = formatShare(*first.replyRate);
            s.figures << rate;
            s.text = tr("%1 has the most unanswered staff questions (%2) and a reply rate of %3.")
                         .arg(first.name, unanswered, rate);
        } else {
            s.text =
                tr("%1 has the most unanswered staff questions (%2).").arg(first.name, unanswered);
        }
    }
    const auto fastest = std::min_element(
        brief.leaders.begin(), brief.leaders.end(),
        [](const analytics::LeaderResponsiveness &a, const analytics::LeaderResponsiveness &b) {
            if (a.medianFirstReplyHours.has_value() != b.medianFirstReplyHours.has_value())
                return a.medianFirstReplyHours.has_value();
            return a.medianFirstReplyHours && *a.medianFirstReplyHours < *b.medianFirstReplyHours;
        });
    if (fastest != brief.leaders.end() && fastest->medianFirstReplyHours) {
        const QString hours = formatHours(*fastest->medianFirstReplyHours);
        result.push_back({tr("%1 answered staff fastest, with a median of %2 to the first reply.")
                              .arg(fastest->name, hours),
                          {hours}});
    }
    if (brief.leaders.empty())
        result.push_back({tr("No staff comments reached a leader in this period."), {}});

    // Shout-outs.
    const auto &shoutOuts = brief.shoutOuts;
    if (!shoutOuts.teams.empty()) {
        const QString perMember = formatPerMember(shoutOuts.teams.front().perMember());
        result.push_back({tr("%1 received the most public recognitions per member (%2).")
                              .arg(shoutOuts.teams.front().name, perMember),
                          {perMember}});
    }
    static_assert(analytics::ShoutOutCandidates::minimumRecognisers == 2,
                  "the sentences below say \"at least two people\"");
    if (!shoutOuts.people.empty()) {
        QStringList names;
        for (const analytics::ShoutOutPerson &person : shoutOuts.people) {
            const QString name = pseudonymise ? person.departmentName : person.name;
            if (!name.isEmpty() && !names.contains(name))
                names << name;
        }
        const QString list = QLocale().createSeparatedList(names);
        result.push_back({pseudonymise
                              ? tr("Shout-out candidates, each recognised in public channels by at "
                                   "least two people, come from %1.")
                                    .arg(list)
                              : tr("Shout-out candidates, each recognised in public channels by at "
                                   "least two people: %1.")
                                    .arg(list),
                          {}});
    } else if (shoutOuts.teams.empty()) {
        result.push_back({tr("Nobody was recognised in a public channel in this period."), {}});
    }
    return result;
}

QString TownHallSummary::paragraph(const std::vector<Sentence> &sentences)
{
    QStringList texts;
    for (const Sentence &sentence : sentences)
        texts << sentence.text;
    return texts.join(QLatin1Char(' '));
}

} // namespace goodwill::items
