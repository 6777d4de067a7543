// HtmlText (models/importers/htmltext): Teams message bodies to plain text. Checked: the
// result of valid UTF-8 is valid UTF-8, and never longer than the input (decoding only
// shortens: the longest entity result is shorter than the entity).
#include "fuzzharness.h"
#include "fuzzworkspace.h"

#include "importers/htmltext.h"

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>

namespace goodwill::fuzz {

QString fuzzHtmlText(const std::uint8_t *data, std::size_t size)
{
    const std::string_view html = bytesOf(data, size);
    const std::string plain = importers::HtmlText::toPlain(html);
    const bool valid = simdjson::validate_utf8(html.data(), html.size());
    if ((valid && !simdjson::validate_utf8(plain.data(), plain.size())) ||
        plain.size() > html.size()) {
        std::fprintf(stderr, "html text harness: %s\n",
                     plain.size() > html.size() ? "the text grew" : "invalid UTF-8 made");
        std::abort();
    }
    return {};
}

} // namespace goodwill::fuzz
