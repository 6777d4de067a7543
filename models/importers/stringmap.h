#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace goodwill::importers {

// A transparent string hash: string-keyed maps searched with a string_view, without a
// copy per lookup.
struct StringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const
    {
        return std::hash<std::string_view>{}(text);
    }
};

template <typename T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

} // namespace goodwill::importers
