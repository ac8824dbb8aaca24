// A famfs UUID: 16 bytes stored in RFC-4122 text order (famfs copies libuuid's uuid_t as is).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace famscope::famfs {

struct Uuid {
    std::array<uint8_t, 16> bytes{};

    bool isNull() const;
    std::string toString() const; // xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, lower case
    static std::optional<Uuid> parse(std::string_view text);
    bool operator==(const Uuid&) const = default;
};

} // namespace famscope::famfs
