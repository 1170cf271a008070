#include "services/customer_service.h"

#include <SQLiteCpp/Exception.h>

namespace cz {

std::string phoneDigits(const std::string& phone)
{
    std::string d;
    for (char c : phone)
        if (c >= '0' && c <= '9')
            d += c;
    return d;
}

std::optional<std::string> CustomerService::invalidReason(const std::string& name, const std::string& phone)
{
    if (name.empty() || name.size() > 120)  // 40 hanzi are 120 bytes of UTF-8
        return std::string("a name of 1 to 40 characters is needed");
    for (char c : phone)
        if (!((c >= '0' && c <= '9') || c == '+' || c == '-' || c == ' '))
            return std::string("a phone number has only digits");
    const auto digits = phoneDigits(phone);
    if (!phone.empty() && (digits.size() < 5 || digits.size() > 20))
        return std::string("a phone number has 5 to 20 digits");
    return std::nullopt;
}

SResult<std::int64_t> CustomerService::add(const Session& who, const std::string& name, const std::string& phone,
                                           const std::string& villageGroup)
{
    if (auto why = invalidReason(name, phone))
        return fail(Errc::InvalidInput, *why);
    try {
        WriteTransaction tx(m_ctx.db());
        const auto id = m_store.insert(name, phoneDigits(phone), villageGroup, m_ctx.now());
        if (auto r = m_index.upsert({search::Domain::Villager, std::to_string(id), name, "", {phoneDigits(phone)}}); !r)
            return fail(Errc::Storage, r.error().detail);
        m_audit.record(&who, "customer_add", "customer:" + std::to_string(id), "ok", name);
        tx.commit();
        return id;
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<void> CustomerService::update(const Session& who, const CustomerRecord& c)
{
    if (auto why = invalidReason(c.name, c.phone))
        return fail(Errc::InvalidInput, *why);
    try {
        WriteTransaction tx(m_ctx.db());
        if (!m_store.byId(c.id))
            return fail(Errc::NotFound, "no villager " + std::to_string(c.id));
        CustomerRecord clean = c;
        clean.phone = phoneDigits(c.phone);
        m_store.update(clean);
        if (auto r = m_index.upsert({search::Domain::Villager, std::to_string(c.id), c.name, "", {clean.phone}}); !r)
            return fail(Errc::Storage, r.error().detail);
        m_audit.record(&who, "customer_update", "customer:" + std::to_string(c.id), "ok", c.name);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

SResult<std::vector<CustomerRecord>> CustomerService::find(const std::string& query, std::size_t limit)
{
    auto hits = m_index.search(search::Domain::Villager, query, limit);
    if (!hits)
        return fail(Errc::Storage, hits.error().detail);
    std::vector<CustomerRecord> out;
    for (const auto& h : *hits) {
        try {
            if (auto c = m_store.byId(std::stoll(h.key)))
                out.push_back(std::move(*c));
        } catch (const std::exception&) {
            continue;  // a key that is not ours: ignore rather than fail the search
        }
    }
    return out;
}

}  // namespace cz
