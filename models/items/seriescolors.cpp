#include "seriescolors.h"

#include <array>

namespace goodwill::items {

QColor seriesColor(int department)
{
    if (department < 0)
        return QColor(0x4c, 0x8b, 0xf5); // the organisation: one blue, everywhere
    // Tableau-10-like hues without its blue (the organisation's), cycling for large orgs.
    static constexpr std::array<QRgb, 9> hues{0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2, 0xedc948,
                                              0xb07aa1, 0xff9da7, 0x9c755f, 0x8cd17d};
    const QColor base = QColor::fromRgb(hues[size_t(department) % hues.size()]);
    const int round = int(size_t(department) / hues.size()) % 3;
    return round == 0 ? base : round == 1 ? base.darker(130) : base.lighter(125);
}

} // namespace goodwill::items
