// libFuzzer: the wallet balance and statement decoders on arbitrary bytes.
#include "sync/wire.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    (void)cz::sync::decodeWallet(body);
    auto s = cz::sync::decodeStatement(body);
    if (s.ok()) {
        // A decoded statement's amounts are within the ledger's range by construction.
        for (const auto& l : s->lines)
            if (l.amount.isZero())
                __builtin_trap();
    }
    return 0;
}
