#include "slackmarkup.h"

#include <algorithm>
#include <utility>

namespace goodwill::importers {
namespace {

// Slack escapes only these three in message text (its "mrkdwn" docs); any other '&' is
// literal text.
void appendUnescaped(std::string_view text, std::string &out)
{
    std::size_t from = 0;
    while (from < text.size()) {
        const std::size_t amp = text.find('&', from);
        if (amp == std::string_view::npos)
            break;
        out.append(text.substr(from, amp - from));
        const std::string_view rest = text.substr(amp);
        if (rest.starts_with("&amp;")) {
            out += '&';
            from = amp + 5;
        } else if (rest.starts_with("&lt;")) {
            out += '<';
            from = amp + 4;
        } else if (rest.starts_with("&gt;")) {
            out += '>';
            from = amp + 4;
        } else {
            out += '&';
            from = amp + 1;
        }
    }
    if (from < text.size())
        out.append(text.substr(from));
}

} // namespace

SlackMarkup::SlackMarkup(NameOf nameOf) : m_nameOf(std::move(nameOf)) {}

void SlackMarkup::toPlainText(std::string_view text, std::string &out,
                              std::vector<std::string_view> &mentions) const
{
    out.clear();
    std::size_t from = 0;
    while (from < text.size()) {
        const std::size_t first = text.find('<', from);
        if (first == std::string_view::npos)
            break;
        const std::size_t close = text.find('>', first + 1);
        if (close == std::string_view::npos)
            break;
        // Slack writes a literal '<' as &lt;, so of several '<' before one '>' only the last
        // opens markup; taking it keeps the scan linear.
        const std::size_t open = text.rfind('<', close);
        appendUnescaped(text.substr(from, open - from), out);
        appendLink(text.substr(open + 1, close - open - 1), out, mentions);
        from = close + 1;
    }
    if (from < text.size())
        appendUnescaped(text.substr(from), out);
}

void SlackMarkup::appendLink(std::string_view inner, std::string &out,
                             std::vector<std::string_view> &mentions) const
{
    if (inner.empty()) {
        out += "<>";
        return;
    }
    const std::size_t bar = inner.find('|');
    const std::string_view target = inner.substr(0, bar);
    const std::string_view label =
        bar == std::string_view::npos ? std::string_view() : inner.substr(bar + 1);

    switch (target.front()) {
    case '@': {
        const std::string_view id = target.substr(1);
        if (id.empty()) {
            appendUnescaped(label.empty() ? std::string_view("@") : label, out);
            return;
        }
        if (std::find(mentions.begin(), mentions.end(), id) == mentions.end())
            mentions.push_back(id);
        out += '@';
        if (const std::string_view name = m_nameOf ? m_nameOf(id) : std::string_view();
            !name.empty())
            out.append(name);
        else if (!label.empty())
            appendUnescaped(label.starts_with('@') ? label.substr(1) : label, out);
        else
            out.append(id);
        return;
    }
    case '#':
        out += '#';
        if (!label.empty())
            appendUnescaped(label.starts_with('#') ? label.substr(1) : label, out);
        else
            out.append(target.substr(1));
        return;
    case '!': {
        // <!here>, <!channel>, <!everyone>; <!subteam^S123|@team> and <!date^...|fallback>
        // carry their readable form as the label.
        const std::string_view command = target.substr(1, target.find('^') - 1);
        if (command == "here" || command == "channel" || command == "everyone") {
            out += '@';
            out.append(command);
        } else if (!label.empty()) {
            appendUnescaped(label, out);
        } else {
            out += '@';
            out.append(command);
        }
        return;
    }
    default:
        appendUnescaped(label.empty() ? target : label, out);
        return;
    }
}

} // namespace goodwill::importers
