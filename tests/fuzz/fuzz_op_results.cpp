// libFuzzer: op results are checked against what was sent; any body must give a value or an error.
#include "sync/wire.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::vector<std::string> sent{"0190f0a0-0000-7000-8000-000000000001",
                                               "0190f0a0-0000-7000-8000-000000000002"};
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    auto r = cz::sync::decodeOpResults(body, sent);
    if (r.ok() && r->size() != sent.size())
        __builtin_trap();  // the decoder promised one result per op sent
    return 0;
}
