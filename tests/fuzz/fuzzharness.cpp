#include "fuzzharness.h"

namespace goodwill::fuzz {

const std::vector<Harness> &harnesses()
{
    static const std::vector<Harness> all = {
        {"slack", fuzzSlack},
        {"engage", fuzzEngage},
        {"mattermost", fuzzMattermost},
        {"teams", fuzzTeams},
        {"activitycsv", fuzzActivityCsv},
        {"activityjsonl", fuzzActivityJsonl},
        {"roster", fuzzRoster},
        {"lexicon", fuzzLexicon},
        {"modelfile", fuzzModelFile},
        {"htmltext", fuzzHtmlText},
        {"slackmarkup", fuzzSlackMarkup},
        {"csvreader", fuzzCsvReader},
    };
    return all;
}

const Harness *findHarness(const QString &name)
{
    for (const Harness &harness : harnesses()) {
        if (name == QLatin1StringView(harness.name))
            return &harness;
    }
    return nullptr;
}

} // namespace goodwill::fuzz
