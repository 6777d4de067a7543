// SlackMarkup (models/importers/slackmarkup): mrkdwn to plain text with mentions. Users
// U01 and U02 have names, any other id is unknown. Checked: every mention is a non-empty
// view into the input, listed once, and valid UTF-8 in gives valid UTF-8 out.
#include "fuzzharness.h"
#include "fuzzworkspace.h"

#include "importers/slackmarkup.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace goodwill::fuzz {
namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "slack markup harness: %s\n", what);
        std::abort();
    }
}

} // namespace

QString fuzzSlackMarkup(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text = bytesOf(data, size);
    const importers::SlackMarkup markup([](std::string_view id) -> std::string_view {
        if (id == "U01")
            return "Ada Lovelace";
        if (id == "U02")
            return "Grace Hopper";
        return {};
    });
    std::string plain;
    std::vector<std::string_view> mentions;
    markup.toPlainText(text, plain, mentions);
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const std::string_view id = mentions[i];
        check(!id.empty(), "an empty mention");
        check(id.data() >= text.data() && id.data() + id.size() <= text.data() + text.size(),
              "a mention outside the text");
        check(std::count(mentions.begin(), mentions.end(), id) == 1, "a mention listed twice");
    }
    if (simdjson::validate_utf8(text.data(), text.size()))
        check(simdjson::validate_utf8(plain.data(), plain.size()), "invalid UTF-8 made");
    return {};
}

} // namespace goodwill::fuzz
