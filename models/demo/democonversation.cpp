#include "democonversation.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace goodwill::demo {
namespace {

using store::ActivityKind;
using store::PersonRole;

constexpr std::int64_t hour = 3600;

// Expected new staff threads per member per working day, before mood and season.
constexpr double threadsPerMemberDay = 0.038;

constexpr std::array<std::string_view, 8> everydayEmoji = {
    "thumbsup", "heart", "eyes", "joy", "pray", "white_check_mark", "100", "raised_hands"};
constexpr std::array<std::string_view, 6> festiveEmoji = {"tada",   "clap",  "raised_hands",
                                                          "trophy", "heart", "star-struck"};

} // namespace

DemoConversation::DemoConversation(const DemoOrganisation &org, DemoRandom &random,
                                   store::BulkWriter &writer, std::int64_t sourceId)
    : m_org(org), m_random(random), m_writer(writer), m_sourceId(sourceId)
{
    m_firstSecond = org.options.firstDay().startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    m_endSecond = m_firstSecond + std::int64_t(org.dayCount) * 24 * hour;
    m_departmentOf.assign(org.people.size(), -1);
    m_slot.assign(org.people.size(), -1);
    m_orgSlot.assign(org.people.size(), -1);
    m_members.resize(org.departments.size());
    m_directors.resize(org.departments.size());
    for (size_t d = 0; d < org.departments.size(); ++d)
        m_baseMood.push_back(0.85 + 0.3 * m_random.uniform());
}

std::int64_t DemoConversation::dayStart(int day) const
{
    return m_firstSecond + std::int64_t(day) * 24 * hour;
}

void DemoConversation::join(int person, int department)
{
    m_departmentOf[size_t(person)] = department;
    const PersonRole role = m_org.people[size_t(person)].role;
    if (role != PersonRole::Staff && role != PersonRole::Guest)
        return;
    auto &members = m_members[size_t(department)];
    m_slot[size_t(person)] = int(members.size());
    members.push_back(person);
    if (m_orgSlot[size_t(person)] < 0) {
        m_orgSlot[size_t(person)] = int(m_everyone.size());
        m_everyone.push_back(person);
    }
}

void DemoConversation::leave(int person)
{
    const int department = m_departmentOf[size_t(person)];
    if (department < 0)
        return;
    m_departmentOf[size_t(person)] = -1;
    const int slot = m_slot[size_t(person)];
    if (slot < 0)
        return;
    auto &members = m_members[size_t(department)];
    members[size_t(slot)] = members.back();
    m_slot[size_t(members[size_t(slot)])] = slot;
    members.pop_back();
    m_slot[size_t(person)] = -1;
}

void DemoConversation::applyRoster(int day)
{
    bool leadersMoved = day == 0;
    while (m_nextEvent < m_org.rosterEvents.size() && m_org.rosterEvents[m_nextEvent].day <= day) {
        const RosterEvent &event = m_org.rosterEvents[m_nextEvent++];
        leave(event.person);
        if (event.department >= 0) {
            join(event.person, event.department);
        } else if (const int slot = m_orgSlot[size_t(event.person)]; slot >= 0) {
            m_everyone[size_t(slot)] = m_everyone.back();
            m_orgSlot[size_t(m_everyone[size_t(slot)])] = slot;
            m_everyone.pop_back();
            m_orgSlot[size_t(event.person)] = -1;
        }
        leadersMoved = leadersMoved || m_org.people[size_t(event.person)].leader >= 0;
    }
    if (!leadersMoved)
        return;
    for (auto &directors : m_directors)
        directors.clear();
    for (int l = 0; l < int(m_org.leaders.size()); ++l) {
        const DemoLeader &leader = m_org.leaders[size_t(l)];
        const int department = m_departmentOf[size_t(leader.person)];
        if (leader.tier == LeaderTier::Director && department >= 0)
            m_directors[size_t(department)].push_back(l);
    }
}

double DemoConversation::seasonOf(int day) const
{
    const QDate date = m_org.options.firstDay().addDays(day);
    // Summer holidays empty the channels; so do the last days of December.
    static constexpr std::array<double, 12> months = {0.95, 1.0,  1.0,  0.97, 1.0, 0.9,
                                                      0.62, 0.55, 1.02, 1.0,  1.0, 0.85};
    double season = months[size_t(date.month() - 1)];
    if (date.month() == 12 && date.day() >= 22)
        season = 0.4;
    if (date.dayOfWeek() >= 6)
        season *= 0.06;
    return season;
}

DemoConversation::Mood DemoConversation::moodOf(int department, int day) const
{
    Mood mood;
    const double base = m_baseMood[size_t(department)];
    mood.activity = base;
    mood.reactions = base;
    if (department == m_org.reorganised && day >= m_org.reorganisationDay) {
        // After the reorganisation: quieter, angrier, fewer thanks, less fun.
        const double settle = std::min(1.0, (day - m_org.reorganisationDay) / 45.0);
        mood.activity = base * (1.0 - 0.45 * settle);
        mood.complaints = 0.12 + 0.38 * settle;
        mood.reactions = base * (1.0 - 0.55 * settle);
        mood.peerRecognition = 1.0 - 0.75 * settle;
        mood.social = 1.0 - 0.6 * settle;
    }
    return mood;
}

double DemoConversation::replyChance(const DemoLeader &leader, int day) const
{
    return leader.changeDay >= 0 && day >= leader.changeDay ? leader.laterReplyChance
                                                            : leader.replyChance;
}

double DemoConversation::replyHours(const DemoLeader &leader, int day) const
{
    return leader.changeDay >= 0 && day >= leader.changeDay ? leader.laterReplyHours
                                                            : leader.replyHours;
}

double DemoConversation::recognitionsPerWeek(const DemoLeader &leader, int day) const
{
    return leader.changeDay >= 0 && day >= leader.changeDay ? leader.laterRecognitionsPerWeek
                                                            : leader.recognitionsPerWeek;
}

const std::vector<int> &DemoConversation::respondersFor(int department, bool orgWide)
{
    std::vector<int> &responders = m_responders;
    responders = m_directors[size_t(department)];
    const int vp = m_org.divisions[size_t(m_org.departments[size_t(department)].division)].vp;
    if (vp >= 0 && std::find(responders.begin(), responders.end(), vp) == responders.end())
        responders.push_back(vp);
    if (orgWide && std::find(responders.begin(), responders.end(), m_org.ceo) == responders.end())
        responders.push_back(m_org.ceo);
    return responders;
}

int DemoConversation::pickWriter(const std::vector<int> &pool)
{
    // Rejection sampling by propensity: heavy writers start more threads.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const int person = pool[size_t(m_random.below(int(pool.size())))];
        if (m_random.uniform() * 4.0 < m_org.people[size_t(person)].propensity)
            return person;
    }
    return pool[size_t(m_random.below(int(pool.size())))];
}

int DemoConversation::pickOther(const std::vector<int> &pool, int notThis)
{
    if (pool.size() < 2)
        return -1;
    for (;;) {
        const int person = pool[size_t(m_random.below(int(pool.size())))];
        if (person != notThis)
            return person;
    }
}

int DemoConversation::departmentOfLeader(const DemoLeader &leader, int day)
{
    if (leader.tier == LeaderTier::Director)
        return m_departmentOf[size_t(leader.person)];
    // Executives speak to one of their departments at a time.
    std::vector<int> candidates;
    for (int d = 0; d < int(m_org.departments.size()); ++d) {
        const auto &department = m_org.departments[size_t(d)];
        if ((leader.tier == LeaderTier::Ceo || department.division == leader.division) &&
            department.firstDay <= day && !m_members[size_t(d)].empty())
            candidates.push_back(d);
    }
    if (candidates.empty())
        return -1;
    return candidates[size_t(m_random.below(int(candidates.size())))];
}

void DemoConversation::compose(MessageTheme theme, int department, int mention, int mention2)
{
    m_text.clear();
    m_mention.clear();
    m_mention2.clear();
    if (mention >= 0)
        m_mention.append("@").append(m_org.people[size_t(mention)].name);
    if (mention2 >= 0)
        m_mention2.append("@").append(m_org.people[size_t(mention2)].name);
    TextSlots slots;
    slots.department = department >= 0
                           ? std::string_view(m_org.departments[size_t(department)].name)
                           : std::string_view("Brightwater");
    slots.mention = m_mention;
    slots.mention2 = m_mention2;
    DemoTextBank::compose(m_text, theme, m_random, slots);
}

std::int64_t DemoConversation::write(ActivityKind kind, std::int64_t at, int author,
                                     std::int64_t channel, std::int64_t root, std::int64_t parent,
                                     std::string_view text, std::string_view emoji)
{
    if (at >= m_endSecond)
        return 0;
    const std::int64_t id = m_nextId++;
    char key[24];
    const auto end = std::to_chars(key, key + sizeof key, id).ptr;
    store::ActivityRecord record;
    record.id = id;
    record.sourceId = m_sourceId;
    record.sourceActivityId = std::string_view(key, size_t(end - key));
    record.kind = kind;
    record.at = at;
    record.authorId = m_org.people[size_t(author)].id;
    record.channelId = channel;
    record.threadRootId = root;
    record.parentId = parent;
    record.text = text;
    record.emoji = emoji;
    m_writer.add(record);
    return id;
}

void DemoConversation::reactions(const Message &target, std::int64_t channel, std::int64_t root,
                                 double expected, const std::vector<int> &audience, bool festive)
{
    const int count = std::min(m_random.poisson(expected), int(audience.size()) - 1);
    std::array<std::pair<int, int>, 24> given{};
    int givenCount = 0;
    for (int i = 0; i < count && givenCount < int(given.size()); ++i) {
        const int reactor = pickOther(audience, target.author);
        if (reactor < 0)
            break;
        const int emoji = festive ? m_random.below(int(festiveEmoji.size()))
                                  : m_random.below(int(everydayEmoji.size()));
        // One reaction per person and emoji, as the platforms store them.
        if (std::find(given.begin(), given.begin() + givenCount, std::pair{reactor, emoji}) !=
            given.begin() + givenCount)
            continue;
        given[size_t(givenCount++)] = {reactor, emoji};
        const std::int64_t at = target.at + 60 + std::int64_t(m_random.logNormal(1.5, 1.2) * hour);
        write(ActivityKind::Reaction, at, reactor, channel, root, target.id, {},
              festive ? festiveEmoji[size_t(emoji)] : everydayEmoji[size_t(emoji)]);
    }
}

void DemoConversation::simulateDay(int day)
{
    applyRoster(day);
    const double season = seasonOf(day);
    for (int d = 0; d < int(m_org.departments.size()); ++d) {
        const auto &members = m_members[size_t(d)];
        if (members.size() < 2)
            continue;
        const Mood mood = moodOf(d, day);
        const int threads =
            m_random.poisson(double(members.size()) * threadsPerMemberDay * season * mood.activity);
        for (int t = 0; t < threads; ++t) {
            staffThread(d, day);
        }
    }
    for (int l = 0; l < int(m_org.leaders.size()); ++l) {
        const DemoLeader &leader = m_org.leaders[size_t(l)];
        if (m_departmentOf[size_t(leader.person)] < 0)
            continue;
        const int posts = m_random.poisson(leader.postsPerWeek / 5.0 * season);
        for (int p = 0; p < posts; ++p) {
            leaderPost(l, day);
        }
        const int recognitions = m_random.poisson(recognitionsPerWeek(leader, day) / 5.0 * season);
        for (int r = 0; r < recognitions; ++r) {
            leaderRecognition(l, day);
        }
    }
    if (season > 0.2) {
        for (int bot : m_org.bots) {
            botPost(bot, day);
        }
    }
}

void DemoConversation::staffThread(int department, int day)
{
    const auto &members = m_members[size_t(department)];
    const Mood mood = moodOf(department, day);
    const int author = pickWriter(members);
    const double where = m_random.uniform();
    std::int64_t channel = m_org.departments[size_t(department)].channelId;
    const std::vector<int> *audience = &members;
    MessageTheme theme = MessageTheme::Update;
    bool orgWide = false;
    int mention = -1, mention2 = -1;
    if (where < 0.62) {
        const double kind = m_random.uniform();
        theme = kind < 0.3                     ? MessageTheme::Question
                : kind < 0.3 + mood.complaints ? MessageTheme::Complaint
                : kind < 0.4 + mood.complaints ? MessageTheme::Celebration
                                               : MessageTheme::Update;
    } else if (where < 0.77) {
        if (!m_random.chance(mood.social))
            return;
        channel = m_random.pick(std::span<const std::int64_t>(m_org.socialChannels));
        audience = &m_everyone;
        theme = MessageTheme::Social;
    } else if (where < 0.83) {
        channel = m_random.pick(std::span<const std::int64_t>(m_org.qaChannels));
        audience = &m_everyone;
        theme = MessageTheme::Question;
        orgWide = true;
    } else if (where < 0.91) {
        if (!m_random.chance(mood.peerRecognition))
            return;
        channel = m_random.pick(std::span<const std::int64_t>(m_org.recognitionChannels));
        theme = MessageTheme::Recognition;
        // Peers thank colleagues, mostly in their own department.
        const auto &pool = m_random.chance(0.7) ? members : m_everyone;
        mention = pickOther(pool, author);
        if (mention < 0)
            return;
        if (m_random.chance(0.25)) {
            mention2 = pickOther(pool, author);
            if (mention2 == mention)
                mention2 = -1;
        }
    } else {
        channel = m_random.pick(std::span<const std::int64_t>(m_org.crossTeamChannels));
        audience = &m_everyone;
        theme = m_random.chance(0.5) ? MessageTheme::Question : MessageTheme::Update;
    }

    compose(theme, department, mention, mention2);
    const std::int64_t postAt = dayStart(day) + 8 * hour + m_random.below(10 * 3600);
    const std::int64_t postId = write(ActivityKind::Post, postAt, author, channel, 0, 0, m_text);
    if (postId == 0)
        return;
    const Message post{postId, author, postAt};
    for (int recipient : {mention, mention2}) {
        if (recipient < 0)
            continue;
        const std::int64_t id = m_org.people[size_t(recipient)].id;
        m_writer.addMention(post.id, id);
        m_writer.addRecognitionRecipient(post.id, id);
    }

    // Colleagues answer; now and then someone from another department joins in.
    const bool question = theme == MessageTheme::Question;
    const double expectedReplies = (question ? 2.2 : 1.5) * mood.activity;
    const int replyCount = m_random.poisson(expectedReplies);
    std::vector<Message> &replies = m_replies;
    replies.clear();
    std::int64_t at = postAt;
    for (int r = 0; r < replyCount; ++r) {
        const auto &pool = m_random.chance(0.8) ? *audience : m_everyone;
        const int replier = pickOther(pool, author);
        if (replier < 0)
            break;
        at += 120 + std::int64_t(m_random.logNormal(1.2, 1.3) * hour);
        MessageTheme replyTheme = MessageTheme::SupportiveReply;
        if (theme == MessageTheme::Social)
            replyTheme = MessageTheme::SocialReply;
        else if (question)
            replyTheme =
                m_random.chance(0.7) ? MessageTheme::AnswerReply : MessageTheme::SupportiveReply;
        else if (m_random.chance(mood.complaints * (theme == MessageTheme::Complaint ? 2 : 1)))
            replyTheme = MessageTheme::NegativeReply;
        const Message parent = !replies.empty() && m_random.chance(0.25)
                                   ? replies[size_t(m_random.below(int(replies.size())))]
                                   : post;
        compose(replyTheme, department);
        const std::int64_t replyId =
            write(ActivityKind::Reply, at, replier, channel, post.id, parent.id, m_text);
        if (replyId == 0)
            break;
        replies.push_back({replyId, replier, at});
    }
    // The asker thanks whoever answered first.
    if (question && !replies.empty() && m_random.chance(0.35)) {
        const Message &answer = replies.front();
        compose(MessageTheme::ThanksReply, department, answer.author);
        const std::int64_t thanksAt =
            answer.at + 300 + std::int64_t(m_random.logNormal(1, 1) * hour);
        const std::int64_t thanksId =
            write(ActivityKind::Reply, thanksAt, author, channel, post.id, answer.id, m_text);
        if (thanksId != 0) {
            m_writer.addMention(thanksId, m_org.people[size_t(answer.author)].id);
        }
    }
    // Leaders with this department in their remit may answer.
    if (theme != MessageTheme::Social && theme != MessageTheme::Recognition) {
        for (int l : respondersFor(department, orgWide)) {
            const DemoLeader &leader = m_org.leaders[size_t(l)];
            if (!m_random.chance(replyChance(leader, day) * (orgWide ? 0.5 : 1.0)))
                continue;
            compose(MessageTheme::LeaderReply, department);
            const std::int64_t replyAt =
                postAt + 300 +
                std::int64_t(m_random.logNormal(replyHours(leader, day), 0.7) * hour);
            write(ActivityKind::Reply, replyAt, leader.person, channel, post.id, post.id, m_text);
        }
    }
    const bool festive = theme == MessageTheme::Celebration || theme == MessageTheme::Recognition;
    reactions(post, channel, post.id, 2.2 * mood.reactions * (festive ? 2.2 : 1.0), *audience,
              festive);
    for (const Message &reply : replies) {
        reactions(reply, channel, post.id, 0.35 * mood.reactions, *audience, false);
    }
    return;
}

void DemoConversation::leaderPost(int l, int day)
{
    const DemoLeader &leader = m_org.leaders[size_t(l)];
    const int department = departmentOfLeader(leader, day);
    if (department < 0)
        return;
    const bool announcement = m_random.chance(leader.announcementShare);
    const std::int64_t channel =
        announcement ? m_random.pick(std::span<const std::int64_t>(m_org.announcementChannels))
                     : m_org.departments[size_t(department)].channelId;
    const auto &audience = announcement ? m_everyone : m_members[size_t(department)];
    if (audience.size() < 2)
        return;
    const double kind = m_random.uniform();
    const MessageTheme theme = kind < 0.5   ? MessageTheme::Announcement
                               : kind < 0.8 ? MessageTheme::Update
                                            : MessageTheme::Celebration;
    compose(theme, department);
    const std::int64_t postAt = dayStart(day) + 8 * hour + m_random.below(9 * 3600);
    const std::int64_t postId =
        write(ActivityKind::Post, postAt, leader.person, channel, 0, 0, m_text);
    if (postId == 0)
        return;
    const Message post{postId, leader.person, postAt};
    const Mood mood = moodOf(department, day);

    // Staff comment on a leader's post; the leader may answer each comment.
    const int comments = m_random.poisson((announcement ? 4.0 : 2.5) * mood.activity);
    std::int64_t at = postAt;
    for (int c = 0; c < comments; ++c) {
        const int commenter = pickOther(audience, -1);
        at += 300 + std::int64_t(m_random.logNormal(1.5, 1.2) * hour);
        const double tone = m_random.uniform();
        const MessageTheme commentTheme = tone < 0.3 ? MessageTheme::Question
                                          : tone < 0.3 + mood.complaints
                                              ? MessageTheme::NegativeReply
                                              : MessageTheme::SupportiveReply;
        compose(commentTheme, department);
        const std::int64_t commentId =
            write(ActivityKind::Reply, at, commenter, channel, post.id, post.id, m_text);
        if (commentId == 0)
            break;
        if (m_random.chance(replyChance(leader, day))) {
            compose(MessageTheme::LeaderReply, department);
            const std::int64_t replyAt =
                at + 300 + std::int64_t(m_random.logNormal(replyHours(leader, day), 0.7) * hour);
            write(ActivityKind::Reply, replyAt, leader.person, channel, post.id, commentId, m_text);
        }
    }
    reactions(post, channel, post.id, (announcement ? 10.0 : 5.0) * mood.reactions, audience,
              theme == MessageTheme::Celebration);
}

void DemoConversation::leaderRecognition(int l, int day)
{
    const DemoLeader &leader = m_org.leaders[size_t(l)];
    const int department = departmentOfLeader(leader, day);
    if (department < 0 || department == m_org.neverRecognised)
        return; // nobody ever thanks Field Operations: the blind spot of docs/demo.md
    const auto &members = m_members[size_t(department)];
    const int first = pickOther(members, -1);
    if (first < 0)
        return;
    int second = m_random.chance(0.3) ? pickOther(members, first) : -1;
    const std::int64_t channel =
        m_random.chance(0.6)
            ? m_random.pick(std::span<const std::int64_t>(m_org.recognitionChannels))
            : m_org.departments[size_t(department)].channelId;
    compose(MessageTheme::Recognition, department, first, second);
    const std::int64_t postAt = dayStart(day) + 9 * hour + m_random.below(8 * 3600);
    const std::int64_t postId =
        write(ActivityKind::Post, postAt, leader.person, channel, 0, 0, m_text);
    if (postId == 0)
        return;
    for (int recipient : {first, second}) {
        if (recipient < 0)
            continue;
        const std::int64_t id = m_org.people[size_t(recipient)].id;
        m_writer.addMention(postId, id);
        m_writer.addRecognitionRecipient(postId, id);
    }
    const Message post{postId, leader.person, postAt};
    const int replies = m_random.poisson(1.5);
    std::int64_t at = postAt;
    for (int r = 0; r < replies; ++r) {
        const int replier = pickOther(members, -1);
        at += 300 + std::int64_t(m_random.logNormal(1.0, 1.0) * hour);
        compose(MessageTheme::SupportiveReply, department);
        write(ActivityKind::Reply, at, replier, channel, post.id, post.id, m_text);
    }
    reactions(post, channel, post.id, 7.0, members, true);
}

void DemoConversation::botPost(int bot, int day)
{
    const std::int64_t channel = m_org.departments[size_t(m_departmentOf[size_t(bot)])].channelId;
    m_text.clear();
    if (bot == m_org.bots.front()) {
        m_text.append("Deployed build ")
            .append(std::to_string(day * 7 + 1000 + m_random.below(7)))
            .append(" to production: all checks passed");
    } else {
        m_text.append(
            "Reminder: daily stand-up starts in 10 minutes. Post your update in this thread");
    }
    const std::int64_t at = dayStart(day) + 7 * hour + m_random.below(3600);
    write(ActivityKind::Post, at, bot, channel, 0, 0, m_text);
}

} // namespace goodwill::demo
