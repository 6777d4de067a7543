#include "demotextbank.h"

#include "demorandom.h"

#include <charconv>
#include <cstddef>
#include <iterator>

namespace goodwill::demo {
namespace {

using SV = std::string_view;

// Filler lists. None holds '{', '}', '?', '@' or a recognition phrase, so any template may
// use any of them without breaking the promises its theme makes to the analytics.

// Dense tables read better than one entry per line.
// clang-format off
constexpr SV kProjects[] = {
    "the Atlas migration", "the billing export", "the Harbour redesign", "the Nimbus search",
    "the onboarding revamp", "the pricing page refresh", "the Lighthouse dashboard",
    "the mobile checkout", "the data retention cleanup", "the SSO rollout", "the Kestrel API v2",
    "the invoice reminder service", "the Compass reporting work", "the partner portal",
    "the Beacon notification rework", "the warehouse sync",
};
constexpr SV kTools[] = {
    "the CI pipeline", "Jira", "the VPN", "the staging cluster", "the build farm",
    "the expense tool", "the deploy bot", "the HR portal", "the wiki", "the test runner",
    "the on-call pager", "the data warehouse", "the feature flag service", "the laptop image",
};
constexpr SV kCustomers[] = {
    "Fernhollow Logistics", "Kettleby Insurance", "Ashgrove Dental Group", "Lumenvale Energy",
    "Corran Bay Foods", "Halloway & Pike", "Tessaline Health", "Orchid Quay Hotels",
    "Mistral Ridge Outdoor", "Brindlewick Books", "Stonemere Capital", "Vantorra Freight",
    "Quillfield Schools", "Pennacott Travel", "Saltmarsh Brewing Co", "Oakhurst Veterinary",
};
constexpr SV kWeekdays[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Monday morning", "Tuesday afternoon",
    "Wednesday morning", "Thursday afternoon", "Friday morning", "Monday afternoon",
    "Thursday morning",
};
constexpr SV kFeatures[] = {
    "dark mode", "CSV export", "bulk editing", "the audit log", "two-factor login", "saved filters",
    "usage alerts", "offline mode", "the new search bar", "invoice previews",
    "role-based permissions", "scheduled reports", "webhooks", "the admin console",
    "smart reminders", "multi-currency support",
};
constexpr SV kPlaces[] = {
    "the third-floor kitchen", "the rooftop terrace", "the canal-side café",
    "the park across the road", "the Lisbon office", "the Bristol office",
    "the ramen place round the corner", "the climbing gym", "the Saturday market",
    "the new taco truck outside", "the bakery on Mill Street", "the riverside pub",
    "the bowling alley", "the staff garden",
};
constexpr SV kPets[] = {
    "my cat", "our dog", "my rescue greyhound", "the office dog Biscuit", "my neighbour's parrot",
    "my kid's hamster", "our new kitten", "my tortoise", "our foster puppy", "my sourdough starter",
    "our guinea pig", "my cat Pickles", "our border collie", "my very old spaniel",
};
constexpr SV kFoods[] = {
    "banana bread", "homemade dumplings", "jollof rice", "glazed doughnuts", "pho", "cinnamon buns",
    "lamb biryani", "sourdough pizza", "falafel wraps", "lemon drizzle cake", "kimchi fried rice",
    "pão de queijo", "shakshuka", "chocolate brownies", "katsu curry",
};
constexpr SV kEvents[] = {
    "the all-hands", "the hackathon", "the summer party", "the quiz night", "the offsite",
    "the book club", "the charity 5k", "board games night", "the team lunch", "demo day",
    "karaoke night", "the volunteering day", "the winter social", "the lunch and learn",
};
constexpr SV kTeams[] = {
    "Platform", "Payments", "Growth", "Data", "Mobile", "Support", "Security", "Design", "Finance",
    "People", "Infra", "Sales Engineering", "Customer Success", "QA",
};
constexpr SV kMeetings[] = {
    "standup", "sprint planning", "the roadmap review", "the design crit", "the retro",
    "the Monday sync", "the ops review", "the quarterly planning session",
    "the architecture review", "backlog grooming", "the incident review", "the leads sync",
};
constexpr SV kMetricsDown[] = {
    "p95 latency", "build time", "the error rate", "churn", "page load time", "cloud spend",
    "the support backlog", "ticket resolution time", "the flaky test count",
    "time to first response", "the crash rate", "the rollback rate",
};
constexpr SV kMetricsUp[] = {
    "signup conversion", "the weekly active user count", "NPS", "test coverage",
    "trial-to-paid conversion", "net revenue retention", "feature adoption",
    "customer satisfaction", "the self-serve upgrade rate", "API uptime",
    "first-contact resolution", "the activation rate",
};
constexpr SV kTimes[] = {
    "9am", "9:30", "10am", "10:30", "11am", "noon", "1pm", "2pm", "2:30", "3pm", "4pm", "4:30",
};
constexpr SV kUrls[] = {
    "https://wiki.brightwater.example/eng/runbooks",
    "https://wiki.brightwater.example/people/leave-policy",
    "https://wiki.brightwater.example/eng/release-process",
    "https://wiki.brightwater.example/security/vpn-setup",
    "https://wiki.brightwater.example/product/roadmap",
    "https://wiki.brightwater.example/ops/on-call",
    "https://wiki.brightwater.example/finance/expenses",
    "https://wiki.brightwater.example/design/system",
    "https://docs.brightwater.example/api/changelog",
    "https://status.brightwater.example/history",
    "https://wiki.brightwater.example/it/laptop-refresh",
    "https://wiki.brightwater.example/people/hybrid-working",
    "https://wiki.brightwater.example/eng/oncall-handbook",
};
constexpr SV kGreetings[] = {
    "Hi all,", "Hi everyone,", "Morning all,", "Hello team,", "Hey folks,",
    "Good morning everyone,", "Quick note for everyone:", "Hi Brightwater,", "Hello all,",
    "Hi team,", "Afternoon all,", "Team,",
};
constexpr SV kActivities[] = {
    "a long bike ride along the coast", "a 1000-piece jigsaw", "a pottery class",
    "my nephew's football match", "a 10k trail run", "a rainy hike in the hills",
    "a baking show marathon", "a day at the allotment", "a board game marathon",
    "a pasta-making class", "a gig at a tiny venue", "a bird-watching walk",
    "a flat-pack bookshelf build", "an open-water swim",
};
constexpr SV kMusic[] = {
    "lo-fi beats", "90s Britpop", "Afrobeats", "jazz piano", "film soundtracks", "K-pop",
    "old soul records", "synthwave", "bossa nova", "folk", "drum and bass", "classical guitar",
    "highlife",
};
constexpr SV kGames[] = {
    "a co-op puzzle game", "a retro racing game", "chess puzzles", "the office crossword",
    "a cosy farming sim", "a space strategy game", "mahjong", "a word game on my phone",
    "a tabletop campaign", "a rhythm game", "sudoku", "a city-builder",
};
constexpr SV kSports[] = {
    "the cricket", "the derby", "the netball final", "the cycling", "the rugby", "the marathon",
    "the tennis", "the Sunday league match", "the basketball semi-final", "the snooker",
    "the hockey final", "the rowing",
};
constexpr SV kDocs[] = {
    "the onboarding doc", "the RFC", "the runbook", "the incident postmortem", "the release notes",
    "the API changelog", "the design spec", "the pricing FAQ", "the migration guide",
    "the planning doc", "the security checklist", "the support playbook", "the style guide",
};
constexpr SV kCelebrate[] = {
    "🎉", "🚀", "🥳", "🙌", "✨", "🎊", "👏", "🍾", "🏆", "💪", "🌟", "🥂",
};
constexpr SV kLaugh[] = {
    "😂", "🤣", "😆", "😄", "😅", "🙈", "😹", "😁", "😀", "😸", "😜", "😂😂",
};
constexpr SV kFun[] = {
    "☕", "🐶", "🐱", "🍕", "🎶", "🎮", "🌞", "🍰", "🚲", "📚", "🌮", "🎸",
};
constexpr SV kGrumpy[] = {
    "😩", "😤", "🙄", "😞", "😫", "😕", "😒", "😣", "😖", "😑", "🫠", "😬",
};
constexpr SV kThanks[] = {
    "🙏", "🙌", "👏", "💜", "💙", "⭐", "🌟", "❤️", "🏆", "🥇", "✨", "💯",
};
constexpr SV kCheer[] = {
    "💪", "🙌", "👍", "💯", "✅", "🔥", "⭐", "🌟", "✨", "👌", "😊", "🤝",
};

// Templates, at least 25 per theme. A theme's promises (see the header) must hold for every
// one of its templates whatever the fillers, since the analytics are judged against them.

constexpr SV kQuestion[] = {
    "Does anyone know who owns {tool} now? I need access before {weekday}.",
    "Quick question: is {project} still planned for {quarter}, or has it slipped?",
    "Has anyone else seen {tool} timing out this morning?",
    "who's the right person to ask about {feature} for {customer}?",
    "Is there a template for {doc} somewhere? Couldn't find it on {url} either",
    "Any chance we could move {meeting} to {time}? Half of {dept} has a clash.",
    "Where do we log time spent on {project}?",
    "Can someone from the {team} team review my PR for {feature} today?",
    "What's the plan for {project} now that {customer} has signed?",
    "Are we still doing {event} on {weekday}?",
    "How are other teams handling {feature} requests from customers?",
    "Is the runbook at {url} still current, or has it moved?",
    "Could we get a few spare laptop chargers for the {dept} desks?",
    "Can anyone recommend a good course on data modelling? Happy to use my learning budget",
    "Do we have a rough date for {feature}? {customer} keeps asking.",
    "What's the process for getting admin access to {tool}?",
    "Is {metric_down} on the dashboard measured per region or overall?",
    "Who's presenting at {event} this time?",
    "hey, does {dept} have a budget line for conferences this year?",
    "Should we be tagging {customer} tickets as enterprise or mid-market?",
    "What does done mean for {project}: code merged, or live for all customers?",
    "Could leadership share more about how the {quarter} priorities were chosen?",
    "Is anyone free to pair on {feature} for an hour this afternoon?",
    "Any tips for onboarding someone remotely? We have {number} new starters in {dept} soon.",
    "When does the next release go out? Hoping to get {feature} on it",
    "Are the {quarter} OKRs for {dept} final, or still in draft?",
    "Does the hybrid policy mean {days} days in the office, or is it flexible by team?",
    "How do I get {customer} added to the beta for {feature}?",
    "anyone know if {place} is open today?",
    "Who signs off on changes to the config for {tool} these days?",
    "Is there a recording of {meeting} from {weekday}? I missed it.",
    "Before I write this up: has anyone already compared options for {feature}? "
    "Notes so far are at {url}",
};

constexpr SV kUpdate[] = {
    "Shipped {feature} to staging for {customer}. Rolling out to everyone on {weekday}.",
    "{project} is now {pct}% complete and on track for {quarter}.",
    "Update from {dept}: {metric_down} is down {pct}% since last sprint.",
    "Merged the last PR for {feature}. Release notes are at {url}",
    "Heads up: {tool} gets an upgrade on {weekday} at {time}, about {number}0 minutes of "
    "downtime.",
    "{project} status: design signed off, {number} tickets left, demo at {meeting}.",
    "Finished the migration dry run for {project}, {count} thousand records moved cleanly.",
    "quick update - {feature} now sits behind a flag, ping the {team} team to enable it",
    "Pairing with the {team} team on {project} this week, short write-up by {weekday}.",
    "We've wrapped discovery interviews with {number} customers, including {customer}. "
    "Summary going in {doc}.",
    "Spent the morning tidying {doc}, it should be much easier to follow now.",
    "{metric_up} is up {pct}% since we launched {feature}. Still early, but promising.",
    "Moved {project} into the next phase. Kickoff is {weekday} at {time}.",
    "FYI, {tool} now supports single sign-on, one less password to remember.",
    "Handover for this week's on-call is done, notes are at {url}",
    "Demoed {feature} to {customer} today and they want to pilot it with {number} teams.",
    "Closed out {count} tickets from the backlog this sprint, mostly small polish items.",
    "Rolled {feature} out to {pct}% of accounts, metrics look steady so far.",
    "{dept} has finished the {quarter} planning draft, sharing it with leads on {weekday}.",
    "The load test for {project} held steady at {count} requests per second.",
    "working on {feature} today, should have something to show at {meeting}",
    "Documentation for {feature} is live at {url}",
    "Went through {doc} with the {team} team, only minor edits left.",
    "Our first users at {customer} are live on {feature} as of this morning.",
    "Cleaned up {count} stale feature flags, the codebase is a little lighter today.",
    "Status for {project}: green. Next milestone is {weekday}.",
    "Kicked off user testing for {feature} with {number} participants from {customer}.",
    "Switched {tool} over to the new config, running smoothly since {time}.",
    "Benchmark results for {project} are in {doc}: {metric_down} improved by {pct}%.",
    "Reminder for {dept}: timesheets for {project} are due {weekday}.",
};

constexpr SV kCelebration[] = {
    "We did it! {project} is live {celebrate}",
    "{customer} just signed a {number}-year deal {celebrate}{celebrate}",
    "Happy birthday to everyone celebrating this week {celebrate} cake is waiting at {place}",
    "{metric_up} just hit an all-time high {celebrate}",
    "{count} customers on {feature} in the first week {celebrate} what a launch",
    "Big milestone: {project} passed its final review {celebrate}",
    "One year since {project} kicked off, and look where we are now {celebrate}",
    "{dept} hit every {quarter} goal early {celebrate} amazing work, everyone",
    "Smooth, zero-downtime release of {feature} this morning {celebrate}",
    "It's official: {customer} renewed for another {number} years {celebrate}",
    "Builds are {pct}% faster after the upgrade to {tool} {celebrate}",
    "We hit {count} signups in a single week for the first time ever {celebrate}",
    "The demo of {project} went brilliantly, the room actually clapped {celebrate}",
    "First on-call week with zero pages {celebrate} calm seas",
    "The charity bake sale raised £{count}0 for the local food bank {celebrate}",
    "Friday win: {feature} got a five-star review from {customer} {celebrate}",
    "the {team} team just shipped {feature} a whole sprint early {celebrate}",
    "Welcome to the {number} new starters joining {dept} today {celebrate}",
    "Launch day for {project} {celebrate}{celebrate} what a journey",
    "{metric_down} is down {pct}% quarter on quarter {celebrate} best result we've had",
    "Pop the bubbles, {quarter} closed above target {celebrate}",
    "Our app store rating just crossed 4.7 {celebrate}",
    "{count} tickets closed in one sprint, a new record for {dept} {celebrate}",
    "Cake at {place} at {time} to mark the launch of {project} {celebrate}",
    "Milestone unlocked: {count}0 active workspaces on the platform {celebrate}",
    "The beta of {feature} is out and the feedback is glowing {celebrate}",
    "Happy birthday to the office dog Biscuit, treats at {place} {celebrate}",
    "So excited: {customer} chose us after a long evaluation {celebrate}",
    "We just passed {pct}% adoption of {feature} {celebrate}",
    "Five years of Brightwater today {celebrate} here's to the next five",
};

constexpr SV kComplaint[] = {
    "Honestly frustrating that {tool} is broken again. Third time this week {grumpy}",
    "Still blocked on {project} because the access request from {weekday} sits unanswered.",
    "The priorities for {dept} changed again overnight. Exhausting trying to plan anything.",
    "{tool} has been down since {time} and the status page says nothing. Really annoying.",
    "Feeling completely burnt out after {number} weeks of back-to-back deadlines on "
    "{project}.",
    "Another reorg rumour and zero communication from above. Morale is terrible.",
    "{meeting} ran {number}0 minutes over again and nothing got decided. so frustrating",
    "Our feedback on {feature} keeps getting ignored. Disappointed, to be honest.",
    "Workload in {dept} is unsustainable right now, and hiring is frozen.",
    "Spent the whole day fighting {tool} instead of working on {project}. Useless.",
    "Flaky tests are blocking every merge today {grumpy}",
    "Nobody seems to know who owns {project}, and it's getting worse every sprint.",
    "The layoffs rumours make it really hard to focus. People are anxious and leadership is "
    "silent.",
    "{customer} escalated again over bugs in {feature}. Embarrassing.",
    "Unclear priorities, shifting deadlines, and now {meeting} is cancelled. Disappointing week.",
    "Yet another tool migration. {tool} was fine and now everything is slower and more "
    "confusing.",
    "I'm exhausted. {number} incidents this week and the same root cause every time.",
    "Requests from {dept} sit in the queue for weeks. It's demoralising.",
    "ugh, {tool} logged me out mid-deploy again {grumpy} so annoying",
    "The new expense process is painfully slow and nobody asked the people who use it.",
    "We were promised headcount for {project} in {quarter}. Still nothing. Very frustrating.",
    "Can't get a straight answer about the bonus changes. Feels like we're being ignored.",
    "The aircon is broken again and {place} is packed. Impossible to concentrate {grumpy}",
    "Every sprint the scope of {project} grows and the deadline stays the same. Burnout "
    "waiting to happen.",
    "Third outage on {tool} this month. {customer} noticed and I'm tired of apologising.",
    "really disappointed that {event} got cancelled with no explanation",
    "The on-call rota is broken. The same {number} people carry it while others never do.",
    "Approvals for {feature} are stuck with legal and nobody will give us a date. Annoying.",
    "Too many meetings and no time to actually build. {dept} is drowning {grumpy}",
    "Honestly the {quarter} targets feel impossible with the team we have. Stressful and "
    "demotivating.",
};

constexpr SV kSocial[] = {
    "{pet} has decided my keyboard is the warmest spot in the house {fun}",
    "Heading to {place} for lunch at {time}, join if you fancy {food}",
    "Weekend highlight: {activity}. My legs have not forgiven me {laugh}",
    "Today's focus playlist: {music}. Highly recommended {fun}",
    "Whoever brought {food} into the office today, you are a hero",
    "{sport} last night was unreal, still thinking about that finish",
    "Reminder that {event} is on {weekday}, bring your A-game {fun}",
    "Current status: {pet} asleep on my feet, coffee in hand, {music} playing {fun}",
    "Fresh coffee in the third-floor kitchen, the good beans this time ☕",
    "Been getting into {game} lately, happy to swap tips with anyone else playing",
    "Morning all {fun} sun is finally out, might take my 1:1s as walking meetings",
    "My weekend highlight was {activity}. Share yours in the thread",
    "Photo of {pet} in a tiny raincoat incoming {laugh}",
    "If you haven't had {food} from {place} yet, you're missing out",
    "Book club is reading a sci-fi novel this month, new members always welcome 📚",
    "The sign-up sheet for {event} is pinned in this channel, {number} spots left",
    "Going to attempt {food} from scratch this weekend, wish me luck {laugh}",
    "Lunchtime run crew heading out at {time}, all paces welcome 🏃",
    "{game} tournament at {event}, I'm taking it very seriously {laugh}",
    "Bought a plant for my desk and named it Kevin. Let's see how long Kevin lasts {laugh}",
    "Happy Friday everyone {fun} drop your weekend plans below",
    "The kitchen crossword is tough today, {number} down has beaten all of us",
    "{music} coming from the {dept} corner today and I'm here for it {fun}",
    "Just learned {pet} can open the fridge. Send help {laugh}",
    "Rainy day, {food} and a warm cuppa. Perfect {fun}",
    "{sport} is on this weekend, bringing snacks to {place} if anyone wants to watch",
    "Trying a new commute by bike, {number} km each way. Legs are jelly {laugh}",
    "The office dog Biscuit has claimed the big beanbag again {fun}",
    "Just back from {activity}, the views were worth every step",
    "Hot take: the best office lunch is {food}, fight me {laugh}",
};

constexpr SV kAnnouncement[] = {
    "{greeting} our {quarter} all-hands is on {weekday} at {time}. Agenda and dial-in: {url}",
    "{greeting} we're pleased to share that {quarter} revenue came in {pct}% above plan. "
    "Full numbers at the all-hands.",
    "{greeting} from next month the hybrid policy moves to {days} anchor days per team. "
    "Details: {url}",
    "{greeting} {dept} will reorganise into {number} product squads from {weekday}. Your lead "
    "will share specifics this week.",
    "{greeting} the leadership team has finalised next year's strategy. Our focus: retention, "
    "reliability and {feature}.",
    "{greeting} please complete the annual security training by {weekday}. It takes about "
    "{number}0 minutes.",
    "{greeting} we're welcoming a new VP of {team} next month. More on this at the all-hands.",
    "{greeting} the office will be closed on {weekday} for maintenance, so please work from "
    "home.",
    "{greeting} the engagement survey opens today and closes {weekday}. Responses are "
    "anonymous and genuinely shape what we do.",
    "{greeting} {project} is now the company's top priority for {quarter}. Teams will get "
    "revised roadmaps by {weekday}.",
    "{greeting} we've updated the expenses policy, including travel limits. Read it here: "
    "{url}",
    "{greeting} {quarter} results: {metric_up} up {pct}%, {metric_down} down {pct}%. A strong "
    "quarter across the board.",
    "{greeting} benefits enrolment opens {weekday}. The People team runs drop-in sessions at "
    "{time}.",
    "{greeting} we're investing in a dedicated {team} group to speed up {project}. Hiring "
    "starts this month.",
    "{greeting} a reminder that {event} is on {weekday}. Leadership will share the roadmap "
    "for the rest of the year.",
    "{greeting} we've signed {customer}, our largest contract this year. Kick-off details to "
    "follow.",
    "{greeting} salary review outcomes will be shared by {weekday}. Managers have the details.",
    "{greeting} we're moving to a four-week planning cycle from {quarter}. The goal is fewer "
    "handoffs and clearer ownership.",
    "{greeting} Brightwater is now carbon neutral across all offices. The report is at {url}",
    "{greeting} {tool} will be replaced at the end of {quarter}. The migration guide is at "
    "{url}",
    "{greeting} our new parental leave policy takes effect today. Full details: {url}",
    "{greeting} we're pausing non-essential hiring in {quarter} to focus on profitability. "
    "Existing offers are unaffected.",
    "{greeting} {number} new people join {dept} this month. Please make them feel at home.",
    "{greeting} the company offsite is confirmed for next month in Lisbon. Travel booking "
    "opens this week.",
    "{greeting} from {quarter} every team will publish a short monthly update. Template at "
    "{url}",
    "{greeting} the office move is on track. We'll be in the new building by the end of "
    "{quarter}.",
    "{greeting} we're launching a mentoring programme across Brightwater. Sign-ups close "
    "{weekday}.",
    "{greeting} the board approved our plan for next year. I'll walk through it at the "
    "all-hands on {weekday}.",
    "{greeting} a short note on priorities: {project} first, {feature} second. Everything "
    "else waits until {quarter} closes.",
};

// Single sentence from the mention to the recognition phrase: no '.', '!' or '?' between
// them, and nothing that negates the phrase.
constexpr SV kRecognition[] = {
    "Huge thanks to {mention} for staying late to get {project} over the line {thanks}",
    "Shout-out to {mention} for untangling {tool} this morning, saved the whole team hours",
    "Kudos to {mention} for running such a clear demo of {feature} for {customer}",
    "Big thank you to {mention} for mentoring our new starters in {dept} {thanks}",
    "{mention} absolutely nailed it at {event} yesterday, brilliant talk",
    "Hats off to {mention}, who rewrote {doc} and made it genuinely readable",
    "Really proud of {mention} for leading the rollout of {project} so smoothly",
    "Congrats {mention} on your promotion, so deserved {celebrate}",
    "Well done {mention} on closing {customer}, that was months of patient work",
    "Great job {mention} on the incident response last night, calm and clear throughout",
    "I really appreciate {mention} jumping in to help {dept} with the backlog this week",
    "Bravo {mention} for shipping {feature} a week early {celebrate}",
    "Shout-out to {mention} for the best onboarding session I've ever sat through",
    "Thank you {mention} for covering my on-call shift at short notice {thanks}",
    "A massive thank you to {mention} for organising {event}, it was a brilliant evening",
    "Kudos to {mention} for cutting {metric_down} by {pct}% {celebrate}",
    "Quick shout-out to {mention}, who patiently walked everyone through {tool} today",
    "Thanks {mention} for the thoughtful review of {doc}, it made the plan much stronger",
    "Massive congrats to {mention} on five years at Brightwater {celebrate}",
    "Want to recognise {mention} for the care that went into {project}, thank you",
    "Hats off to {mention} for keeping {customer} happy through a tricky renewal",
    "So proud of {mention} for presenting to the whole company for the first time {thanks}",
    "{mention} thank you for pairing with me on {feature}, I learned loads",
    "Great job {mention} on {project}, smooth from start to finish",
    "Kudos {mention} for turning feedback from {customer} into {feature} so quickly",
    "Appreciate you, {mention}, for always making time to help others in {dept} {thanks}",
    "Big shout-out to {mention} for planning the offsite, everything ran like clockwork",
    "Well done to {mention} for getting {metric_up} up {pct}% this quarter {celebrate}",
    "thanks {mention} for sorting out access to {tool} so fast {thanks}",
};

constexpr SV kRecognitionPair[] = {
    "Huge thanks to {mention} and {mention2} for pulling {project} together {thanks}",
    "Shout-out to {mention} and {mention2}, who turned a tricky week with {customer} into a "
    "happy renewal",
    "Kudos to {mention} and {mention2} for an excellent {event} {celebrate}",
    "Really proud of {mention} and {mention2} for shipping {feature} together",
    "Thank you {mention} and {mention2} for covering {dept} while the rest of us were away",
    "Congrats to {mention} and {mention2} on the {quarter} customer award {celebrate}",
    "Hats off to {mention} and {mention2} for the calmest release day we've had",
    "Great job {mention} and {mention2} on {doc}, clear and thorough",
    "Big shout-out to {mention} for leading and {mention2} for testing {feature} end to end",
    "Well done {mention} and {mention2}, the demo of {project} went brilliantly {thanks}",
};

constexpr SV kAnswerReply[] = {
    "You need to raise a ticket with IT for access to {tool}, usually sorted within a day.",
    "It's in {doc}, section {number}. There's also a walkthrough at {url}",
    "The {team} team owns that now. Their intake form is pinned in their channel.",
    "Yes, {project} is still on for {quarter}. The date is in the roadmap at {url}",
    "I had the same thing, clearing the cache and restarting {tool} sorted it for me.",
    "Timesheets go under the code for {project}, the full list is at {url}",
    "{meeting} moved to {weekday} at {time}, the invite is updated now.",
    "Finance approves anything over £{count}0, under that your manager can sign off.",
    "For {feature}, check the flag in the admin console, it's off by default for new accounts.",
    "The recording is on the shared drive under {dept}, filed by date.",
    "{customer} is on the enterprise plan, so tag it as enterprise.",
    "Easiest way is to ping the {team} on-call, they can grant it straight away.",
    "We use {tool} for that, there's a short guide at {url}",
    "It's {days} anchor days a week, and teams agree which days. Details at {url}",
    "Just checked: the release on {weekday} includes {feature}.",
    "The conference budget is £{count}0 per person this year, request it via the People team.",
    "I'd start with {doc}, it covers most of what you need. Happy to walk you through the rest.",
    "Done means live for all customers, with the release notes published.",
    "Raise it in {meeting} on {weekday}, that's where the {team} leads decide.",
    "That's a known issue in {tool}, the workaround is in {doc}.",
    "{place} is open until 3pm today, and the special is {food}.",
    "The runbook moved to {url} and I'll update the old link.",
    "You can request a licence through the IT portal, it takes about {number} working days.",
    "The dashboard numbers are per region, there's a toggle for the global view top right.",
    "I can pair with you at {time}, I worked on {feature} last quarter.",
    "Short answer: yes. {customer} can join the beta, just add them to the list in {doc}.",
    "Tag it as mid-market, enterprise starts at {count} seats.",
    "The {team} team has a template for that, I'll send it over after {meeting}.",
};

constexpr SV kSupportiveReply[] = {
    "+1, this would help us in {dept} too",
    "Agree with this, {feature} would save us hours every week",
    "Fully support this. Happy to help test it {cheer}",
    "Same here, count {dept} in",
    "This is a great idea, would love to see it in {quarter}",
    "Yes please! Let me know if you need a reviewer",
    "💯 agree, we've wanted {feature} for ages",
    "Love this. Keep going, it's looking really solid",
    "+1 from the {team} team",
    "You've got this, the hard part is behind you {cheer}",
    "Strongly agree, {project} needs exactly this",
    "Happy to lend a hand with {project} if you need extra capacity",
    "this is the way 👍",
    "Count me in for {event} {cheer}",
    "Totally agree. Small changes like this make a big difference",
    "Backing this 100%, and so is most of {dept}",
    "Good shout, let's bring it to {meeting}",
    "I'd use {feature} daily if we had it {cheer}",
    "Exactly what I was thinking, let's do it",
    "Really excited to see where {project} goes {cheer}",
    "Supportive of this. Customers like {customer} ask for it constantly",
    "Hang in there, the release is nearly done {cheer}",
    "Yes, and it would make onboarding so much easier too",
    "Adding my vote, happy to share our use case from {dept}",
    "Sounds great, sign me up {cheer}",
    "Agreed, let's make it happen this quarter",
    "This would free up a lot of time for the {team} team too",
    "Really like this direction {cheer}",
};

constexpr SV kThanksReply[] = {
    "Thanks {mention}, that's exactly what I needed {thanks}",
    "Thank you {mention}, sorted now {thanks}",
    "thanks {mention} 🙏",
    "{mention} thank you, that worked perfectly",
    "Appreciate it, {mention}",
    "Thanks so much {mention}, you're a star {thanks}",
    "Brilliant, thank you {mention} {thanks}",
    "Thanks {mention}, I'll give {feature} a go this afternoon",
    "Kudos {mention}, super helpful",
    "Thank you {mention} for the quick answer on {tool}",
    "Really appreciate the help, {mention} {thanks}",
    "Perfect, thanks {mention}",
    "Great job on the write-up {mention}, thank you",
    "Nailed it {mention}, that did the trick",
    "Hats off to you {mention}, that was fast",
    "Thanks {mention}, that link is exactly right",
    "Thank you {mention}, that clears it up",
    "Lifesaver, thank you {mention} {thanks}",
    "Cheers {mention}, thanks for jumping on this",
    "Thanks {mention}! Will update {doc}",
    "Shout-out to {mention} for the fast fix {thanks}",
    "Ah, thanks {mention}, that makes sense now",
    "Thank you {mention}, much appreciated {thanks}",
    "Big thanks {mention}, I owe you a coffee ☕",
    "Well done {mention}, and thank you for the detail",
    "thank you {mention}, this helps {dept} a lot",
};

constexpr SV kNegativeReply[] = {
    "Same problem here, it's been broken for weeks and nobody cares.",
    "Honestly this is so frustrating. We raised it in {meeting} months ago.",
    "Not surprised, but still disappointing. Everything feels rushed lately.",
    "yeah, {tool} is useless today {grumpy}",
    "This keeps happening and it's exhausting.",
    "We flagged this risk in {quarter} and were ignored.",
    "Agreed, the workload is ridiculous and morale is at rock bottom.",
    "Another week, another priority change. Annoying doesn't even cover it.",
    "Same, blocked since {weekday} and no response from the {team} team.",
    "It's getting worse, not better. {customer} has noticed too.",
    "Frankly disappointed with how this was communicated.",
    "Honestly I'm burnt out, I can't keep picking up extra work like this.",
    "And yet we're still expected to hit the {quarter} targets. Unrealistic and stressful.",
    "Feels like {dept} is always the last to know. Frustrating.",
    "Layoff rumours plus this. Hard to stay motivated, honestly.",
    "The process is broken, and adding another form won't fix it.",
    "ugh, same {grumpy} wasted half a day on it",
    "We were told this would be fixed in {quarter}. Still broken.",
    "Painful. Every release turns into a fire drill.",
    "Completely agree, this is the worst it has ever been.",
    "Honestly tired of raising the same issue over and over.",
    "Nobody asked the people who actually do the work. Ignored again.",
    "This decision makes no sense and it's hurting {dept}.",
    "It's slow, it's confusing, and it's making everyone miserable.",
    "Still waiting on an answer from {weekday}. Really annoying.",
    "Yep, {tool} crashed on me too. Terrible timing with {project} due.",
    "Disappointing, but not surprising given how stretched everyone is.",
    "I'm exhausted by the constant context switching. Something has to change.",
};

constexpr SV kSocialReply[] = {
    "haha {laugh} this made my day",
    "{pet} would absolutely approve {laugh}",
    "Okay I need the recipe for {food} immediately",
    "hahaha amazing {laugh}",
    "Save me a slice {laugh}",
    "Honestly iconic {laugh}",
    "We need a photo of this, for science {laugh}",
    "lol same, {pet} does exactly this every morning",
    "Count me in for {place} at {time} {fun}",
    "This is the content I'm here for {laugh}",
    "{music} on a Friday is the correct choice {fun}",
    "I'll bring {food}, someone else handles the playlist {laugh}",
    "brb, adding {game} to my weekend plans",
    "Team {food} all the way {laugh}",
    "haha the {dept} corner is always the loudest {laugh}",
    "Legend. Absolute legend {laugh}",
    "My vote goes to {place} for lunch {fun}",
    "This channel is the best part of my day {laugh}",
    "{pet} is clearly the real boss here {laugh}",
    "Ha, respect for the commitment {laugh}",
    "Tell Biscuit I said hi {fun}",
    "Snacks secured, see you at {event} {fun}",
    "Plot twist: the quiz winner is {pet} {laugh}",
    "Adding this to my list, {activity} sounds great",
    "the beanbag belongs to Biscuit now, we just live here {laugh}",
    "😂😂 stop, I'm at my desk",
    "ha, {pet} has better weekend plans than me {laugh}",
};

constexpr SV kLeaderReply[] = {
    "Good flag. I'll take this to the leads sync on {weekday} and come back with an answer.",
    "Fair point, we should have explained the change better. Full write-up by {weekday}.",
    "Great question. We're keeping {project} on the roadmap for {quarter}, details at {url}",
    "Heard. I've asked the {team} team to prioritise this, update here by {time} tomorrow.",
    "You're right that priorities have shifted a lot. From now on they're locked per quarter.",
    "We're adding {number} people to {dept} next quarter, which should ease the load.",
    "Short answer: yes, conference budgets are back. People will share the process this week.",
    "I'll set up a session on {weekday} at {time} to walk through this properly.",
    "Good catch. I've opened a ticket and {team} will own the fix this sprint.",
    "The hybrid policy is {days} anchor days and each team chooses which. Policy: {url}",
    "Understood. I'll raise it with the exec team and share what we decide.",
    "This is on my list for {meeting}. Expect an update in this thread afterwards.",
    "Fair feedback. We're pausing new scope on {project} until the team has caught up.",
    "The bonus structure stays the same this year. I'll cover the details at the all-hands.",
    "Noted. Let's grab 20 minutes on {weekday}, I'd like to hear more before we decide.",
    "We've approved the extra budget for {tool}, rollout starts {weekday}.",
    "Good idea. Write a one-pager and I'll make sure it gets time in {meeting}.",
    "Yes, we've funded {feature} for {quarter}. The {team} team leads the work.",
    "I hear you on workload. Managers will review on-call rotas with their teams this month.",
    "Ownership of {project} sits with {dept} from today. I'll update the org chart.",
    "We'll share the full {quarter} numbers on {weekday}, including the hiring plan.",
    "Agreed this needs fixing. I've asked for a proper postmortem, due {weekday}.",
    "I'll follow up with IT on the access requests personally today.",
    "Let's trial it with {dept} for {number} weeks and review the results together.",
    "Happy to support this. Send me the proposal and I'll sponsor it at {meeting}.",
    "The decision was about focus, with {project} as the priority. More at the all-hands.",
    "Good point. {customer} will get a dedicated contact on the {team} team from {weekday}.",
    "Clear ask, clear answer: yes. We start on {weekday}.",
};

// Indexed by MessageTheme.
constexpr std::span<const SV> kThemes[] = {
    kQuestion,    kUpdate,       kCelebration,     kComplaint,    kSocial,
    kAnnouncement, kRecognition, kAnswerReply,     kSupportiveReply, kThanksReply,
    kNegativeReply, kSocialReply, kLeaderReply,
};
static_assert(std::size(kThemes) == std::size_t(MessageTheme::LeaderReply) + 1);

// clang-format on

enum class Generated
{
    None,
    Dept,
    Mention,
    Mention2,
    Number,
    Days,
    Pct,
    Count,
    Quarter
};

struct Slot
{
    SV name;
    std::span<const SV> values;
    Generated generated = Generated::None;
};

// Roughly most-used first, since lookup is a linear scan over short names.
constexpr Slot kSlots[] = {
    {"mention", {}, Generated::Mention},
    {"project", kProjects},
    {"feature", kFeatures},
    {"dept", {}, Generated::Dept},
    {"tool", kTools},
    {"weekday", kWeekdays},
    {"customer", kCustomers},
    {"number", {}, Generated::Number},
    {"quarter", {}, Generated::Quarter},
    {"celebrate", kCelebrate},
    {"laugh", kLaugh},
    {"thanks", kThanks},
    {"team", kTeams},
    {"greeting", kGreetings},
    {"url", kUrls},
    {"time", kTimes},
    {"meeting", kMeetings},
    {"days", {}, Generated::Days},
    {"pct", {}, Generated::Pct},
    {"count", {}, Generated::Count},
    {"doc", kDocs},
    {"grumpy", kGrumpy},
    {"fun", kFun},
    {"cheer", kCheer},
    {"pet", kPets},
    {"food", kFoods},
    {"place", kPlaces},
    {"event", kEvents},
    {"metric_up", kMetricsUp},
    {"metric_down", kMetricsDown},
    {"mention2", {}, Generated::Mention2},
    {"activity", kActivities},
    {"music", kMusic},
    {"game", kGames},
    {"sport", kSports},
};

void appendNumber(std::string &out, int value)
{
    char buffer[16];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

// A filler that opens a sentence gets a capital, so "{project} is live" reads
// "The Atlas migration is live" while mid-sentence it stays "the Atlas migration".
void capitaliseAtSentenceStart(std::string &out, std::size_t messageStart, std::size_t at)
{
    if (at >= out.size() || out[at] < 'a' || out[at] > 'z')
        return;
    std::size_t i = at;
    while (i > messageStart && out[i - 1] == ' ')
        --i;
    if (i == messageStart || out[i - 1] == '.' || out[i - 1] == '!' || out[i - 1] == '\n')
        out[at] = char(out[at] - 'a' + 'A');
}

void appendSlot(std::string &out, SV name, DemoRandom &rng, const TextSlots &slots)
{
    for (const Slot &slot : kSlots) {
        if (slot.name != name)
            continue;
        switch (slot.generated) {
        case Generated::None:
            out.append(rng.pick(slot.values));
            return;
        case Generated::Dept:
            out.append(slots.department.empty() ? SV("Engineering") : slots.department);
            return;
        case Generated::Mention:
            out.append(slots.mention.empty() ? SV("everyone") : slots.mention);
            return;
        case Generated::Mention2:
            out.append(slots.mention2.empty() ? SV("everyone") : slots.mention2);
            return;
        case Generated::Number:
            appendNumber(out, 2 + rng.below(11));
            return;
        case Generated::Days:
            appendNumber(out, 2 + rng.below(3));
            return;
        case Generated::Pct:
            appendNumber(out, 3 + rng.below(40));
            return;
        case Generated::Count:
            appendNumber(out, 12 + rng.below(469));
            return;
        case Generated::Quarter:
            out.push_back('Q');
            out.push_back(char('1' + rng.below(4)));
            return;
        }
    }
    // An unknown slot stays visible so a typo in a template is caught by review, not hidden.
    out.push_back('{');
    out.append(name);
    out.push_back('}');
}

void expand(std::string &out, SV text, DemoRandom &rng, const TextSlots &slots)
{
    const std::size_t messageStart = out.size();
    while (!text.empty()) {
        const std::size_t open = text.find('{');
        if (open == SV::npos) {
            out.append(text);
            return;
        }
        out.append(text.substr(0, open));
        const std::size_t close = text.find('}', open + 1);
        if (close == SV::npos) {
            out.append(text.substr(open));
            return;
        }
        const std::size_t at = out.size();
        appendSlot(out, text.substr(open + 1, close - open - 1), rng, slots);
        capitaliseAtSentenceStart(out, messageStart, at);
        text.remove_prefix(close + 1);
    }
}

} // namespace

void DemoTextBank::compose(std::string &out, MessageTheme theme, DemoRandom &rng,
                           const TextSlots &slots)
{
    const auto index = std::size_t(theme);
    if (index >= std::size(kThemes))
        return;
    std::span<const SV> templates = kThemes[index];
    // Only a caller that supplied a second person gets the templates that name two.
    if (theme == MessageTheme::Recognition && !slots.mention2.empty() && rng.chance(0.3))
        templates = kRecognitionPair;
    expand(out, rng.pick(templates), rng, slots);
}

} // namespace goodwill::demo
