#include "jsonfields.h"

namespace goodwill::importers::json {

using simdjson::error_code;
using simdjson::SUCCESS;

error_code readString(od::value &value, std::string_view &out)
{
    bool isNull = false;
    if (auto error = value.is_null().get(isNull))
        return error;
    if (isNull) {
        out = {};
        return SUCCESS;
    }
    return value.get_string().get(out);
}

error_code readInt(od::value &value, std::optional<std::int64_t> &out)
{
    bool isNull = false;
    if (auto error = value.is_null().get(isNull))
        return error;
    out.reset();
    if (isNull)
        return SUCCESS;
    std::int64_t number = 0;
    if (auto error = value.get_int64().get(number))
        return error;
    out = number;
    return SUCCESS;
}

error_code readBool(od::value &value, bool &out)
{
    bool isNull = false;
    if (auto error = value.is_null().get(isNull))
        return error;
    out = false;
    return isNull ? SUCCESS : value.get_bool().get(out);
}

bool isObject(od::value &value)
{
    od::json_type type;
    return !value.type().get(type) && type == od::json_type::object;
}

bool isArray(od::value &value)
{
    od::json_type type;
    return !value.type().get(type) && type == od::json_type::array;
}

bool fullyRead(od::document &document)
{
    const char *location = nullptr;
    return document.current_location().get(location) == simdjson::OUT_OF_BOUNDS;
}

} // namespace goodwill::importers::json
