// libFuzzer: the train search decoder on arbitrary bytes; every decoded fare is payable and every
// train arrives after it leaves.
#include "sync/payments/payments_wire.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    auto t = cz::sync::decodeTrainSearch(body);
    if (!t.ok()) {
        (void)cz::sync::describe(t.error());
        return 0;
    }
    for (const auto& train : t->trains) {
        if (train.arriveAtMs <= train.departAtMs)
            __builtin_trap();
        for (const auto& s : train.seats)
            if (!s.price.isPositive() || s.available < 0)
                __builtin_trap();
    }
    return 0;
}
