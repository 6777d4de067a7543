#pragma once

#include <string>
#include <string_view>

namespace goodwill::importers {

// The plain text of a Teams message body with contentType "html", as Goodwill stores
// text: tags dropped, <at id="N">Name</at> written "@Name" (the way every reader writes
// mentions), <br> and the block tags <p>, <div>, <li> as line breaks, runs of white space
// collapsed, the entities &amp; &lt; &gt; &quot; &apos; &#39; &nbsp; and numeric ones
// (&#8364; &#x20AC;) decoded. Teams' <emoji alt="..."> keeps its alt text, so emoji
// still reach the tone rules. Unknown entities stay as written.
class HtmlText
{
public:
    static std::string toPlain(std::string_view html);
};

} // namespace goodwill::importers
