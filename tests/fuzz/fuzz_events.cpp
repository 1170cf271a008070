// libFuzzer: sync::decodeEventsPage on arbitrary bytes must return a value or a WireError, never crash.
#include "sync/wire.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    auto r = cz::sync::decodeEventsPage(body);
    if (!r.ok())
        (void)cz::sync::describe(r.error());
    return 0;
}
