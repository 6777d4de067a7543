#pragma once

#include <simdjson.h>

#include <cstdint>
#include <optional>
#include <string_view>

// simdjson on-demand access with error codes, shared by the JSON readers: simdjson's
// exceptions never leave these functions. A null where a string, number, flag, object or
// array is expected reads as empty (exports write null for unset fields, Go writes nil
// slices as null); any other wrong type is an error.
namespace goodwill::importers::json {

namespace od = simdjson::ondemand;

simdjson::error_code readString(od::value &value, std::string_view &out);
simdjson::error_code readInt(od::value &value, std::optional<std::int64_t> &out);
simdjson::error_code readBool(od::value &value, bool &out);

bool isObject(od::value &value);
bool isArray(od::value &value);

// simdjson 3.0.1's document has no at_end(): past the last token there is no location.
bool fullyRead(od::document &document);

// Calls handler(key, value) for every field; stops at the first error either returns.
template <typename Handler> simdjson::error_code forEachField(od::object &object, Handler &&handler)
{
    for (auto field : object) {
        std::string_view key;
        if (auto error = field.unescaped_key().get(key))
            return error;
        od::value value;
        if (auto error = field.value().get(value))
            return error;
        if (auto error = handler(key, value))
            return error;
    }
    return simdjson::SUCCESS;
}

template <typename Handler> simdjson::error_code forEachField(od::value &value, Handler &&handler)
{
    bool isNull = false;
    if (auto error = value.is_null().get(isNull))
        return error;
    if (isNull)
        return simdjson::SUCCESS;
    od::object object;
    if (auto error = value.get_object().get(object))
        return error;
    return forEachField(object, handler);
}

// Calls handler(element) for every element of an array.
template <typename Handler> simdjson::error_code forEachItem(od::value &value, Handler &&handler)
{
    bool isNull = false;
    if (auto error = value.is_null().get(isNull))
        return error;
    if (isNull)
        return simdjson::SUCCESS;
    od::array array;
    if (auto error = value.get_array().get(array))
        return error;
    for (auto item : array) {
        od::value element;
        if (auto error = item.get(element))
            return error;
        if (auto error = handler(element))
            return error;
    }
    return simdjson::SUCCESS;
}

} // namespace goodwill::importers::json
