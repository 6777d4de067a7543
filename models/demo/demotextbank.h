#pragma once

#include <span>
#include <string>
#include <string_view>

namespace goodwill::demo {

class DemoRandom;

// The words of the demo organisation. Brightwater's messages must read like a real
// workplace so the analytics have something believable to find, yet be produced millions
// of times in benchmarks; so every message is stitched from static templates and filler
// lists, with every choice drawn from the caller's DemoRandom to keep the same seed giving
// the same text. The theme decides what the analytics should later detect: only Question
// carries a '?', only Recognition and ThanksReply carry an '@' mention, and only
// Complaint and NegativeReply carry clearly negative words.
enum class MessageTheme
{
    Question,        // a staff question to colleagues or leaders; always has a '?'
    Update,          // neutral or positive work update
    Celebration,     // launches, milestones, birthdays, wins; upbeat
    Complaint,       // blockers, outages, process pain, workload; clearly negative
    Social,          // watercooler: pets, music, games, lunch, weekend, coffee, sport
    Announcement,    // a leader's broadcast: strategy, all-hands, policy, results
    Recognition,     // public thanks naming {mention} (and sometimes {mention2})
    AnswerReply,     // a reply that answers a question
    SupportiveReply, // agreement or encouragement
    ThanksReply,     // a short thank-you to {mention}
    NegativeReply,   // a disgruntled or frustrated reply
    SocialReply,     // light-hearted reply in social channels
    LeaderReply,     // a leader answering staff with a next step; never a '?'
};

struct TextSlots
{
    std::string_view department; // {dept}
    std::string_view mention;    // {mention}, e.g. "@Maya Okafor"
    std::string_view mention2;   // {mention2}; when empty no template needing it is chosen
};

class DemoTextBank
{
public:
    // Appends one message of the theme to `out` (does not clear it).
    static void compose(std::string &out, MessageTheme theme, DemoRandom &rng,
                        const TextSlots &slots);
};

} // namespace goodwill::demo
