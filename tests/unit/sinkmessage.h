#pragma once

#include "importers/importedrecords.h"

#include <string_view>

namespace goodwill::testing {

// A message for ImportSink::addMessage: a post in channel C1, or a reply to `parent` (its
// channel is the thread's). The views point into the caller's strings.
inline importers::ImportedMessage sinkMessage(std::string_view key, std::string_view author,
                                              std::string_view parent = {},
                                              std::int64_t at = 1767225600)
{
    importers::ImportedMessage m;
    m.key = key;
    m.kind = parent.empty() ? store::ActivityKind::Post : store::ActivityKind::Reply;
    m.at = at;
    m.author = author;
    m.channel = parent.empty() ? std::string_view("C1") : std::string_view();
    m.parent = parent;
    m.text = "hello";
    return m;
}

} // namespace goodwill::testing
