#pragma once

#include "store/records.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What a reader hands the ImportSink, in the platform's own identifiers. The sink maps
// them to database ids, merges people across sources by e-mail and writes the rows.
namespace goodwill::importers {

struct ImportedPerson
{
    std::string sourceUserId; // the platform's id: Slack U123, Engage 1489760410, a username
    std::string email;        // empty when the export has none
    std::string displayName;
    std::string title;
    std::string department;                            // empty: the export does not say
    store::PersonRole role = store::PersonRole::Staff; // Bot and Guest as the source says
};

struct ImportedChannel
{
    std::string sourceChannelId;
    std::string name; // the kind is set from the name rules (MODEL.md section 1)
};

// One activity. Views must stay valid for the duration of ImportSink::addMessage only.
struct ImportedMessage
{
    std::string_view key; // unique within the source, stable across exports of it
    store::ActivityKind kind = store::ActivityKind::Post;
    std::int64_t at = 0;      // seconds since 1970-01-01T00:00:00Z
    std::string_view author;  // source user id
    std::string_view channel; // source channel id; may be empty for a reply or reaction
    std::string_view parent;  // key of the message replied or reacted to; empty for a post
    std::string_view root;    // key of the thread's post when the source says; else parent's
    std::string_view text;    // plain text; mentions written "@Name"
    std::string_view emoji;   // reactions: the emoji name
    std::vector<std::string_view> mentions;   // source user ids
    std::vector<std::string_view> recipients; // source user ids the source marks as praised
};

// One roster row (docs/formats.md): a stint of a person in a department.
struct ImportedStint
{
    std::string email;
    std::string name;
    std::string title;
    std::string department;
    std::optional<bool> isLeader;
    std::string validFrom; // YYYY-MM-DD, inclusive
    std::string validTo;   // YYYY-MM-DD, exclusive; empty: still current
};

} // namespace goodwill::importers
