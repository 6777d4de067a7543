#include "demoorganisation.h"

#include "demonames.h"
#include "demorandom.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

namespace goodwill::demo {
namespace {

using store::ChannelKind;
using store::PersonRole;

struct BaseDepartment
{
    const char *name;
    double weight;
    int division;
    std::array<const char *, 4> titles; // the last one is the people-manager title
};

// Divisions, each run by one executive (VP level).
enum Division
{
    Executive,
    EngineeringDiv,
    ProductDiv,
    Revenue,
    MarketingDiv,
    Customer,
    FinanceDiv,
    PeopleDiv
};

constexpr std::array<const char *, 8> divisionNames = {
    "Executive", "Engineering", "Product", "Revenue", "Marketing", "Customer", "Finance", "People"};
constexpr std::array<const char *, 8> divisionTitles = {"Chief Executive Officer",
                                                        "VP Engineering",
                                                        "VP Product",
                                                        "VP Sales",
                                                        "Chief Marketing Officer",
                                                        "VP Customer Experience",
                                                        "Chief Financial Officer",
                                                        "Chief People Officer"};

// Staff titles never contain a leader word (chief, director, head of, VP ...): staff
// must be told apart from leaders by title, as MODEL.md's leader patterns do.
const std::array<BaseDepartment, 14> baseDepartments = {{
    {"Executive Office",
     0.006,
     Executive,
     {"Executive Assistant", "Strategy Analyst", "Business Operations Associate",
      "Executive Operations Manager"}},
    {"Engineering",
     0.22,
     EngineeringDiv,
     {"Software Engineer", "Senior Software Engineer", "Site Reliability Engineer",
      "Engineering Manager"}},
    {"Product",
     0.06,
     ProductDiv,
     {"Product Manager", "Senior Product Manager", "Product Analyst", "Group Product Manager"}},
    {"Design",
     0.04,
     ProductDiv,
     {"Product Designer", "UX Researcher", "Content Designer", "Design Manager"}},
    {"Sales",
     0.13,
     Revenue,
     {"Account Executive", "Sales Development Representative", "Solutions Consultant",
      "Sales Manager"}},
    {"Marketing",
     0.06,
     MarketingDiv,
     {"Content Marketer", "Product Marketing Manager", "Marketing Analyst", "Marketing Manager"}},
    {"Customer Support",
     0.12,
     Customer,
     {"Support Specialist", "Senior Support Specialist", "Technical Support Engineer",
      "Support Team Lead"}},
    {"Field Operations",
     0.12,
     Revenue,
     {"Field Technician", "Senior Field Technician", "Dispatch Coordinator", "Field Supervisor"}},
    {"Finance",
     0.05,
     FinanceDiv,
     {"Accountant", "Financial Analyst", "Payroll Specialist", "Finance Manager"}},
    {"People & Culture",
     0.04,
     PeopleDiv,
     {"HR Business Partner", "Recruiter", "People Operations Specialist", "Talent Manager"}},
    {"Legal",
     0.02,
     FinanceDiv,
     {"Legal Counsel", "Paralegal", "Compliance Analyst", "Contracts Manager"}},
    {"IT",
     0.05,
     EngineeringDiv,
     {"IT Support Technician", "Systems Administrator", "Security Engineer", "IT Service Manager"}},
    {"Data & Analytics",
     0.05,
     EngineeringDiv,
     {"Data Analyst", "Data Engineer", "Data Scientist", "Analytics Manager"}},
    // Exists from the reorganisation on, staffed from Customer Support.
    {"Customer Success",
     0.0,
     Customer,
     {"Customer Success Manager", "Onboarding Specialist", "Renewals Specialist",
      "Customer Success Lead"}},
}};
constexpr int executiveOffice = 0, engineering = 1, marketing = 5, customerSupport = 6,
              fieldOperations = 7, customerSuccess = 13;

constexpr std::array<const char *, 17> regions = {
    "North", "South", "East", "West",         "Central", "Nordics", "Iberia", "Benelux", "DACH",
    "APAC",  "LATAM", "ANZ",  "UK & Ireland", "France",  "Italy",   "Canada", "Japan"};

std::string slug(const std::string &name)
{
    std::string out;
    for (char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += char(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

std::string emailFor(const std::string &name, std::unordered_set<std::string> &taken)
{
    // "Selam Hernández" -> "selam.hernandez": accents dropped by compatibility decomposition.
    const QString ascii = QString::fromUtf8(name.data(), qsizetype(name.size()))
                              .normalized(QString::NormalizationForm_KD);
    std::string local;
    for (QChar c : ascii) {
        if (c == QLatin1Char(' '))
            local += '.';
        else if (c.unicode() < 128 && c.isLetter())
            local += char(c.toLower().unicode());
    }
    std::string email = local + "@brightwater.example";
    for (int n = 2; !taken.insert(email).second; ++n)
        email = local + std::to_string(n) + "@brightwater.example";
    return email;
}

class Builder
{
public:
    Builder(const DemoOptions &options, DemoRandom &random) : m_random(random)
    {
        m_org.options = options;
        m_org.dayCount = int(options.firstDay().daysTo(options.endDay()));
        m_org.reorganisationDay = int(
            options.firstDay().daysTo(options.firstDay().addMonths(options.reorganisationMonth())));
    }

    DemoOrganisation build()
    {
        makeDepartments();
        makeChannels();
        makeLeaders();
        makeStaff();
        makeBots();
        makeRosterChanges();
        std::stable_sort(m_org.rosterEvents.begin(), m_org.rosterEvents.end(),
                         [](const RosterEvent &a, const RosterEvent &b) { return a.day < b.day; });
        settleTitles();
        return std::move(m_org);
    }

private:
    std::string randomName()
    {
        const auto first = DemoNames::firstNames();
        const auto last = DemoNames::lastNames();
        std::string name(m_random.pick(first));
        return name.append(" ").append(m_random.pick(last));
    }

    int addPerson(std::string name, std::string title, PersonRole role, int department, int day)
    {
        DemoPerson person;
        person.id = std::int64_t(m_org.people.size()) + 1;
        person.email = emailFor(name, m_emails);
        person.name = std::move(name);
        person.title = std::move(title);
        person.role = role;
        // Most people write a little, a few write a lot, some only read and react.
        person.propensity = m_random.chance(0.15) ? 0.05 : m_random.logNormal(1.0, 0.8);
        m_org.people.push_back(std::move(person));
        const int index = int(m_org.people.size()) - 1;
        m_org.rosterEvents.push_back({day, index, department, m_org.people.back().title});
        m_org.initialTenureDays.push_back(day == 0 ? 30 + m_random.below(9 * 365) : 0);
        return index;
    }

    int addLeader(std::string name, std::string title, LeaderTier tier, int department, int day)
    {
        const int person =
            addPerson(std::move(name), std::move(title), PersonRole::Leader, department, day);
        DemoLeader leader;
        leader.person = person;
        leader.tier = tier;
        switch (tier) {
        case LeaderTier::Ceo:
            leader.replyChance = 0.12;
            leader.replyHours = 20;
            leader.postsPerWeek = 1.2;
            leader.recognitionsPerWeek = 0.5;
            leader.announcementShare = 0.8;
            break;
        case LeaderTier::Vp:
            leader.replyChance = 0.12 + 0.2 * m_random.uniform();
            leader.replyHours = 8 + 24 * m_random.uniform();
            leader.postsPerWeek = 0.6 + 0.8 * m_random.uniform();
            leader.recognitionsPerWeek = 0.3 + 0.6 * m_random.uniform();
            leader.announcementShare = 0.3;
            break;
        case LeaderTier::Director:
            leader.replyChance = 0.2 + 0.35 * m_random.uniform();
            leader.replyHours = 3 + 20 * m_random.uniform();
            leader.postsPerWeek = 0.5 + 1.5 * m_random.uniform();
            leader.recognitionsPerWeek = 0.4 + 0.9 * m_random.uniform();
            leader.announcementShare = 0.05;
            break;
        }
        m_org.leaders.push_back(leader);
        m_org.people[size_t(person)].leader = int(m_org.leaders.size()) - 1;
        return int(m_org.leaders.size()) - 1;
    }

    void makeDepartments()
    {
        for (const char *name : divisionNames)
            m_org.divisions.push_back({name, -1});
        const int people = std::max(m_org.options.people, 200);
        const int extra = std::clamp(people / 100, 12, 200) - 12;
        for (int b = 0; b < int(baseDepartments.size()); ++b)
            addDepartment(baseDepartments[size_t(b)].name, b, baseDepartments[size_t(b)].weight);
        // Large organisations: regional copies of the base departments.
        for (int i = 0; i < extra; ++i) {
            const int b = 1 + i % 12;
            std::string name = baseDepartments[size_t(b)].name;
            name.append(" ").append(regions[size_t(i / 12) % regions.size()]);
            if (i / 12 >= int(regions.size()))
                name.append(" ").append(std::to_string(i / 12 / regions.size() + 1));
            addDepartment(name, b, baseDepartments[size_t(b)].weight);
        }
        double total = 0;
        for (const auto &d : m_org.departments)
            total += d.weight;
        for (auto &d : m_org.departments)
            d.weight /= total;
        m_org.departments[customerSuccess].firstDay = m_org.reorganisationDay;
        m_org.neverRecognised = fieldOperations;
        m_org.reorganised = customerSupport;
        m_org.splitOff = customerSuccess;
    }

    void addDepartment(const std::string &name, int base, double weight)
    {
        DemoDepartment department;
        department.id = std::int64_t(m_org.departments.size()) + 1;
        department.name = name;
        department.base = base;
        department.division = baseDepartments[size_t(base)].division;
        department.weight = weight;
        m_org.departments.push_back(department);
    }

    std::int64_t addChannel(const std::string &name, ChannelKind kind,
                            std::vector<std::int64_t> *group)
    {
        const std::int64_t id = std::int64_t(m_org.channels.size()) + 1;
        m_org.channels.push_back({id, name, kind});
        if (group)
            group->push_back(id);
        return id;
    }

    void makeChannels()
    {
        addChannel("announcements", ChannelKind::Announcement, &m_org.announcementChannels);
        addChannel("company-news", ChannelKind::Announcement, &m_org.announcementChannels);
        addChannel("kudos", ChannelKind::Recognition, &m_org.recognitionChannels);
        addChannel("shoutouts", ChannelKind::Recognition, &m_org.recognitionChannels);
        for (const char *name : {"random", "pets", "music", "watercooler"})
            addChannel(name, ChannelKind::Social, &m_org.socialChannels);
        addChannel("ask-leadership", ChannelKind::Qa, &m_org.qaChannels);
        addChannel("town-hall", ChannelKind::Qa, &m_org.qaChannels);
        addChannel("it-help", ChannelKind::Work, &m_org.crossTeamChannels);
        addChannel("product-feedback", ChannelKind::Work, &m_org.crossTeamChannels);
        for (auto &department : m_org.departments)
            department.channelId = addChannel(slug(department.name), ChannelKind::Work, nullptr);
    }

    void makeLeaders()
    {
        // Story characters keep their names whatever the seed, so docs/demo.md can name them.
        const int ceo = addLeader("Helena Marsh", divisionTitles[Executive], LeaderTier::Ceo,
                                  executiveOffice, 0);
        m_org.ceo = ceo;
        m_org.divisions[Executive].vp = ceo;
        for (int division = 1; division < int(divisionNames.size()); ++division) {
            const int home = division == EngineeringDiv ? engineering
                             : division == MarketingDiv ? marketing
                                                        : firstDepartmentOf(division);
            std::string name = division == EngineeringDiv ? std::string("Daniel Okafor")
                               : division == MarketingDiv ? std::string("Victor Lang")
                                                          : randomName();
            const int vp = addLeader(std::move(name), divisionTitles[size_t(division)],
                                     LeaderTier::Vp, home, 0);
            m_org.leaders[size_t(vp)].division = division;
            m_org.divisions[size_t(division)].vp = vp;
        }
        // The VP of Engineering barely answers for the first half, then turns it around.
        DemoLeader &vp = m_org.leaders[size_t(m_org.divisions[EngineeringDiv].vp)];
        m_org.responsiveVp = m_org.divisions[EngineeringDiv].vp;
        vp.replyChance = 0.04;
        vp.replyHours = 80;
        vp.recognitionsPerWeek = 0.2;
        vp.changeDay = int(m_org.options.firstDay().daysTo(
            m_org.options.firstDay().addMonths(m_org.options.responsiveFromMonth())));
        vp.laterReplyChance = 0.7;
        vp.laterReplyHours = 2.5;
        vp.laterRecognitionsPerWeek = 1.0;
        // The CMO only broadcasts: frequent announcements, never a reply or a thank-you.
        DemoLeader &cmo = m_org.leaders[size_t(m_org.divisions[MarketingDiv].vp)];
        m_org.broadcaster = m_org.divisions[MarketingDiv].vp;
        cmo.replyChance = 0;
        cmo.recognitionsPerWeek = 0;
        cmo.postsPerWeek = 3;
        cmo.announcementShare = 0.7;

        const int people = std::max(m_org.options.people, 200);
        for (int d = 1; d < int(m_org.departments.size()); ++d) {
            const auto &department = m_org.departments[size_t(d)];
            const int headcount = int(department.weight * people);
            const int directors = 1 + headcount / 150;
            for (int i = 0; i < directors; ++i) {
                std::string title =
                    i == 0 ? "Director of " + department.name
                           : "Head of " + department.name + " " + std::to_string(i + 1);
                std::string name = randomName();
                int day = 0;
                if (d == customerSupport && i == 0)
                    name = "Priya Raman";
                if (d == fieldOperations && i == 0)
                    name = "Marcus Webb";
                if (d == customerSuccess) {
                    if (i == 0)
                        continue; // Priya Raman moves in at the reorganisation
                    day = m_org.reorganisationDay;
                }
                addLeader(std::move(name), std::move(title), LeaderTier::Director, d, day);
            }
        }
        // The reorganisation: Priya Raman leads the new Customer Success; Gordon Pike takes
        // over Customer Support and hardly engages.
        const int gordon =
            addLeader("Gordon Pike", "Director of Customer Support", LeaderTier::Director,
                      customerSupport, m_org.reorganisationDay);
        DemoLeader &pike = m_org.leaders[size_t(gordon)];
        pike.replyChance = 0.04;
        pike.replyHours = 96;
        pike.recognitionsPerWeek = 0.05;
        pike.postsPerWeek = 0.3;
        for (int l = 0; l < int(m_org.leaders.size()); ++l) {
            if (m_org.people[size_t(m_org.leaders[size_t(l)].person)].name == "Priya Raman")
                m_org.rosterEvents.push_back({m_org.reorganisationDay,
                                              m_org.leaders[size_t(l)].person, customerSuccess,
                                              "Director of Customer Success"});
        }
        // Managers: staff report to their department's first director, directors to their VP.
        for (auto &leader : m_org.leaders) {
            if (leader.tier == LeaderTier::Director) {
                const int department = departmentOfNewest(leader.person);
                const int division = m_org.departments[size_t(department)].division;
                m_org.people[size_t(leader.person)].managerId =
                    m_org
                        .people[size_t(
                            m_org.leaders[size_t(m_org.divisions[size_t(division)].vp)].person)]
                        .id;
            } else if (leader.tier == LeaderTier::Vp) {
                m_org.people[size_t(leader.person)].managerId =
                    m_org.people[size_t(m_org.leaders[size_t(ceo)].person)].id;
            }
        }
    }

    int firstDepartmentOf(int division) const
    {
        for (int d = 0; d < int(m_org.departments.size()); ++d) {
            if (m_org.departments[size_t(d)].division == division)
                return d;
        }
        return 0;
    }

    int departmentOfNewest(int person) const
    {
        int department = 0;
        for (const auto &event : m_org.rosterEvents) {
            if (event.person == person)
                department = event.department;
        }
        return department;
    }

    std::int64_t firstDirectorOf(int department) const
    {
        for (const auto &leader : m_org.leaders) {
            if (leader.tier == LeaderTier::Director &&
                departmentOfNewest(leader.person) == department)
                return m_org.people[size_t(leader.person)].id;
        }
        const int vp = m_org.divisions[size_t(m_org.departments[size_t(department)].division)].vp;
        return m_org.people[size_t(m_org.leaders[size_t(vp)].person)].id;
    }

    void makeStaff()
    {
        const int people = std::max(m_org.options.people, 200);
        const int guests = std::max(3, people / 150);
        constexpr int bots = 2;
        const int staffCount = people - int(m_org.people.size()) - guests - bots;
        std::vector<double> cumulative;
        double sum = 0;
        for (const auto &d : m_org.departments) {
            sum += d.weight;
            cumulative.push_back(sum);
        }
        std::vector<std::int64_t> managers(m_org.departments.size());
        for (int d = 0; d < int(m_org.departments.size()); ++d)
            managers[size_t(d)] = firstDirectorOf(d);
        std::vector<int> counts(m_org.departments.size());
        for (int i = 0; i < staffCount; ++i) {
            // The first pass guarantees every department its minimum; the rest by weight.
            int d = i < int(m_org.departments.size()) * 6
                        ? i % int(m_org.departments.size())
                        : int(std::lower_bound(cumulative.begin(), cumulative.end(),
                                               m_random.uniform() * sum) -
                              cumulative.begin());
            d = std::min(d, int(m_org.departments.size()) - 1);
            if (d == customerSuccess)
                d = customerSupport; // staffed at the reorganisation
            const auto &titles = baseDepartments[size_t(m_org.departments[size_t(d)].base)].titles;
            const std::string title =
                ++counts[size_t(d)] % 8 == 0 ? titles[3] : titles[size_t(m_random.below(3))];
            // About one in eleven joins during the period.
            const int day = m_random.chance(0.09) ? m_random.below(m_org.dayCount) : 0;
            const int person = addPerson(randomName(), title, PersonRole::Staff, d, day);
            m_org.people[size_t(person)].managerId = managers[size_t(d)];
        }
        // A few contractors in Engineering, who appear as guests.
        for (int i = 0; i < guests; ++i) {
            const int person =
                addPerson(randomName(), "Contractor", PersonRole::Guest, engineering, 0);
            m_org.people[size_t(person)].managerId = managers[engineering];
        }
    }

    void makeBots()
    {
        for (const char *name : {"Deploy Bot", "Standup Bot"}) {
            const int person = addPerson(name, "", PersonRole::Bot, engineering, 0);
            m_org.people[size_t(person)].propensity = 1;
            m_org.bots.push_back(person);
        }
    }

    void makeRosterChanges()
    {
        const int initialEvents = int(m_org.rosterEvents.size());
        for (int e = 0; e < initialEvents; ++e) {
            const RosterEvent first = m_org.rosterEvents[size_t(e)];
            const DemoPerson &person = m_org.people[size_t(first.person)];
            if (person.role != PersonRole::Staff)
                continue;
            // Leavers: about 8% leave during the period, at least a month after joining.
            int leaveDay = m_org.dayCount;
            if (m_random.chance(0.08))
                leaveDay = std::min(m_org.dayCount,
                                    first.day + 30 + m_random.below(std::max(1, m_org.dayCount)));
            if (leaveDay < m_org.dayCount)
                m_org.rosterEvents.push_back({leaveDay, first.person, -1, {}});
            // The reorganisation moves two in five of Customer Support to Customer Success.
            if (first.department == customerSupport && first.day < m_org.reorganisationDay &&
                leaveDay > m_org.reorganisationDay && m_random.chance(0.4)) {
                m_org.rosterEvents.push_back({m_org.reorganisationDay, first.person,
                                              customerSuccess, newTitle(customerSuccess)});
                continue;
            }
            // Transfers: about 4% move to another department once, before any leaving.
            if (m_random.chance(0.04) && leaveDay - first.day > 2) {
                const int day = first.day + 1 + m_random.below(leaveDay - first.day - 1);
                int to = 1 + m_random.below(int(m_org.departments.size()) - 1);
                if (to == customerSuccess && day < m_org.reorganisationDay)
                    to = customerSupport;
                if (to != first.department)
                    m_org.rosterEvents.push_back({day, first.person, to, newTitle(to)});
            }
        }
    }

    std::string newTitle(int department)
    {
        const int base = m_org.departments[size_t(department)].base;
        return baseDepartments[size_t(base)].titles[size_t(m_random.below(3))];
    }

    // A person's title is the one they hold last.
    void settleTitles()
    {
        for (const RosterEvent &event : m_org.rosterEvents) {
            if (event.department >= 0)
                m_org.people[size_t(event.person)].title = event.title;
        }
    }

    DemoRandom &m_random;
    DemoOrganisation m_org;
    std::unordered_set<std::string> m_emails;
};

} // namespace

DemoOrganisation DemoOrganisation::build(const DemoOptions &options, DemoRandom &random)
{
    return Builder(options, random).build();
}

} // namespace goodwill::demo
