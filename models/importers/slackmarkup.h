#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace goodwill::importers {

// Slack's mrkdwn as Goodwill stores it: plain text a reader (and the recognition rules)
// can take as written. `<@U123>` and `<@U123|name>` become "@Display Name", `<#C123|name>`
// "#name", `<url|label>` the label, `<url>` the URL, `<!here>` "@here", and the three
// HTML escapes Slack uses (&amp; &lt; &gt;) are undone. Everything else is kept as written.
class SlackMarkup
{
public:
    // The display name of a user id, empty when unknown (ImportSink::nameOf).
    using NameOf = std::function<std::string_view(std::string_view userId)>;

    explicit SlackMarkup(NameOf nameOf);

    // Writes the plain text of `text` into `out` (replacing it) and appends the ids of
    // the users it mentions, each once, to `mentions`; the ids are views into `text`.
    void toPlainText(std::string_view text, std::string &out,
                     std::vector<std::string_view> &mentions) const;

private:
    void appendLink(std::string_view inner, std::string &out,
                    std::vector<std::string_view> &mentions) const;

    NameOf m_nameOf;
};

} // namespace goodwill::importers
