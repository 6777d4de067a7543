#include "generatedexport.h"

#include <QFile>

#include <array>

namespace goodwill::test {

bool writeActivityCsv(const QString &path, int threads, const QString &prefix, std::uint64_t seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    static constexpr std::array words{"thanks", "team",   "release",  "review",  "plan", "great",
                                      "help",   "update", "meeting",  "launch",  "idea", "question",
                                      "budget", "design", "customer", "support", "well", "done"};
    static constexpr std::array channels{"general", "engineering", "design",  "town-hall",
                                         "kudos",   "random",      "support", "planning"};
    static constexpr std::array emoji{"thumbsup", "tada", "heart", "eyes"};
    constexpr int people = 300;
    std::uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
    const auto next = [&state] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return std::uint32_t(state >> 33);
    };
    const auto text = [&]() -> QByteArray {
        QByteArray line;
        const int count = 8 + int(next() % 12);
        for (int i = 0; i < count; ++i) {
            if (i)
                line += ' ';
            line += words[next() % words.size()];
        }
        return line;
    };
    const QByteArray ids = prefix.toUtf8();
    QByteArray out = "id,time,kind,author,author_name,channel,parent_id,text,emoji\n";
    const std::int64_t start = 1735689600; // 2025-01-01T00:00:00Z
    const auto person = [](int n) -> QByteArray {
        return QByteArray("person") + QByteArray::number(n) + "@example.com,Person " +
               QByteArray::number(n);
    };
    for (int t = 0; t < threads; ++t) {
        const std::int64_t at = start + std::int64_t(t) * 600;
        const int author = int(next() % people);
        const QByteArray post = ids + "p" + QByteArray::number(t);
        out += post + ',' + QByteArray::number(at) + ",post," + person(author) + ',' +
               channels[next() % channels.size()] + ",," + text() + ",\n";
        for (int r = 0; r < 3; ++r)
            out += ids + "r" + QByteArray::number(t) + '-' + QByteArray::number(r) + ',' +
                   QByteArray::number(at + 60 * (r + 1)) + ",reply," +
                   person((author + r + 1) % people) + ",," + post + ',' + text() + ",\n";
        for (int x = 0; x < 2; ++x)
            out += ids + "x" + QByteArray::number(t) + '-' + QByteArray::number(x) + ',' +
                   QByteArray::number(at + 30) + ",reaction," + person((author + x + 7) % people) +
                   ",," + post + ",," + emoji[next() % emoji.size()] + '\n';
        if (out.size() > (1 << 20)) {
            if (file.write(out) != out.size())
                return false;
            out.clear();
        }
    }
    return file.write(out) == out.size() && file.flush();
}

} // namespace goodwill::test
