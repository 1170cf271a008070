#include "storage/journal_hash.h"

#include <sodium.h>

namespace cz {

namespace {

class Hasher final {
public:
    explicit Hasher(const char* domain)
    {
        crypto_generichash_init(&m_state, nullptr, 0, 32);
        str(domain);
    }
    void bytes(const void* p, std::size_t n)
    {
        u64(n);
        crypto_generichash_update(&m_state, static_cast<const unsigned char*>(p), n);
    }
    void str(std::string_view s) { bytes(s.data(), s.size()); }
    void u64(std::uint64_t v)
    {
        unsigned char b[8];
        for (int i = 0; i < 8; ++i)
            b[i] = static_cast<unsigned char>(v >> (8 * i));
        crypto_generichash_update(&m_state, b, 8);
    }
    void i64(std::int64_t v) { u64(static_cast<std::uint64_t>(v)); }
    Hash32 finish()
    {
        Hash32 h{};
        crypto_generichash_final(&m_state, h.data(), h.size());
        return h;
    }

private:
    crypto_generichash_state m_state{};
};

}  // namespace

Hash32 requestHash(const EntryRequest& req)
{
    Hasher h("cunzhan-entry-request-v1");
    h.str(req.opId);
    h.str(req.kind);
    h.str(req.memo);
    h.i64(req.reversesSeq.value_or(0));
    h.u64(req.lines.size());
    for (const auto& l : req.lines) {
        h.str(l.account);
        h.i64(l.amount.fen());
    }
    return h.finish();
}

Hash32 chainHash(const Hash32& previous, const ChainInput& in)
{
    Hasher h("cunzhan-entry-chain-v1");
    h.bytes(previous.data(), previous.size());
    h.i64(in.seq);
    h.bytes(in.requestHash.data(), in.requestHash.size());
    h.str(in.businessDay);
    h.i64(in.postedAtMs);
    h.i64(in.userId.value_or(0));
    h.u64(in.balancesAfter.size());
    for (auto b : in.balancesAfter)
        h.i64(b);
    return h.finish();
}

std::string toHex(const Hash32& h)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string s;
    for (auto b : h) {
        s += hex[b >> 4];
        s += hex[b & 15];
    }
    return s;
}

}  // namespace cz
