#include "storage/customer_store.h"

namespace cz {

namespace {
CustomerRecord read(Query& q)
{
    return {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
            q.getColumn(3).getString(), fromUnixMs(q.getColumn(4).getInt64())};
}
}  // namespace

std::int64_t CustomerStore::insert(const std::string& name, const std::string& phone, const std::string& group, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO customers(name, phone, village_group, created_at) VALUES(?,?,?,?)");
    q.bind(1, name);
    q.bind(2, phone);
    q.bind(3, group);
    q.bind(4, toUnixMs(at));
    q.exec();
    return m_db.sql().getLastInsertRowid();
}

void CustomerStore::update(const CustomerRecord& c)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE customers SET name = ?, phone = ?, village_group = ? WHERE id = ?");
    q.bind(1, c.name);
    q.bind(2, c.phone);
    q.bind(3, c.villageGroup);
    q.bind(4, c.id);
    q.exec();
}

std::optional<CustomerRecord> CustomerStore::byId(std::int64_t id)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT id, name, phone, village_group, created_at FROM customers WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return read(q);
}

std::vector<CustomerRecord> CustomerStore::byIds(const std::vector<std::int64_t>& ids)
{
    std::vector<CustomerRecord> out;
    for (auto id : ids)
        if (auto c = byId(id))
            out.push_back(std::move(*c));
    return out;
}

std::vector<CustomerRecord> CustomerStore::byPhoneSuffix(const std::string& digits, int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "SELECT id, name, phone, village_group, created_at FROM customers WHERE phone LIKE '%' || ? ORDER BY id LIMIT ?");
    q.bind(1, digits);
    q.bind(2, limit);
    std::vector<CustomerRecord> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

}  // namespace cz
