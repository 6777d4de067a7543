#pragma once

#include <span>
#include <string_view>

namespace goodwill::demo {

// Given and family names for the demo's people: over 200 of each, from many cultures,
// no duplicates within a list. Combined at random, so no real person is meant.
class DemoNames
{
public:
    static std::span<const std::string_view> firstNames();
    static std::span<const std::string_view> lastNames();
};

} // namespace goodwill::demo
