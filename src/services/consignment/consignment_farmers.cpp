// Farmers (consignors) and the commission / markdown rules.

#include "services/consignment/consignment_service.h"

#include "core/uuid.h"

#include <SQLiteCpp/Exception.h>

#include <algorithm>

namespace cz {

using namespace consignment;

namespace {

std::string trimmed(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::size_t utf8Length(const std::string& s)
{
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string digitsOf(const std::string& s)
{
    std::string d;
    for (char c : s)
        if (c >= '0' && c <= '9')
            d += c;
    return d;
}

Error searchError(const search::SearchError& e) { return Error{Errc::Storage, "search index: " + e.detail, 0, std::nullopt}; }

}  // namespace

ConsignmentService::ConsignmentService(StationContext& ctx, Audit& audit, SettingsService& settings)
    : m_ctx(ctx), m_audit(audit), m_settings(settings), m_journal(ctx), m_farmers(ctx.db()), m_listings(ctx.db()),
      m_index(ctx.db())
{
}

// ---- farmers ------------------------------------------------------------------------------------

SResult<FarmerRecord> ConsignmentService::registerFarmer(const Session& who, const FarmerInput& in)
{
    if (!isUuid(in.opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    const std::string name = trimmed(in.name);
    if (name.empty() || utf8Length(name) > 40)
        return fail(Errc::InvalidInput, "a farmer's name is 1 to 40 characters");
    const std::string phone = trimmed(in.phone);
    if (!phone.empty() && (digitsOf(phone).size() < 5 || phone.size() > 20 ||
                           phone.find_first_not_of("0123456789+- ") != std::string::npos))
        return fail(Errc::InvalidInput, "a phone number is 5 to 20 digits");
    std::string masked;
    if (const std::string id = trimmed(in.idNumber); !id.empty()) {
        auto m = maskIdNumber(id);
        if (!m)
            return fail(Errc::InvalidInput, "a resident ID number has 18 (or 15) digits, the last may be X");
        masked = *m;
    }
    if (in.payoutMethod != "cash" && in.payoutMethod != "bank" && in.payoutMethod != "mobile")
        return fail(Errc::InvalidInput, "payout preference is cash, bank or mobile");
    if (utf8Length(in.villageGroup) > 40 || utf8Length(in.payoutAccount) > 40)
        return fail(Errc::InvalidInput, "village group and payout account are at most 40 characters");
    try {
        WriteTransaction tx(m_ctx.db());
        if (auto prior = m_farmers.byOpId(in.opId)) {
            if (prior->name != name || prior->phone != phone)
                return fail(Errc::OpIdConflict, "this registration was already recorded for someone else");
            return *prior;
        }
        FarmerRecord f;
        f.id = m_farmers.nextId();
        f.opId = in.opId;
        f.name = name;
        f.phone = phone;
        f.villageGroup = trimmed(in.villageGroup);
        f.idMasked = masked;
        f.payoutMethod = in.payoutMethod;
        f.payoutAccount = trimmed(in.payoutAccount);
        f.account = farmerPayableAccount(std::to_string(f.id));
        f.createdAt = m_ctx.now();
        f.createdBy = who.userId;
        // The farmer's own payable account: what the station owes them is its balance, nothing else.
        m_journal.store().ensureAccount({f.account, "Farmer payable: " + name, AccountKind::Liability,
                                         std::string(acct::FarmerPayables), false},
                                        f.createdAt);
        m_farmers.insert(f);
        if (auto r = m_index.upsert({search::Domain::Farmer, std::to_string(f.id), f.name, "", {digitsOf(phone)}}); !r)
            return Failure{searchError(r.error())};
        m_audit.record(&who, "farmer_register", "farmer:" + std::to_string(f.id), "ok", name);
        tx.commit();
        return f;
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<std::vector<FarmerRecord>> ConsignmentService::findFarmers(const std::string& query, std::size_t limit)
{
    try {
        if (trimmed(query).empty())
            return m_farmers.recent(static_cast<int>(limit));
        auto hits = m_index.search(search::Domain::Farmer, query, limit);
        if (!hits)
            return Failure{searchError(hits.error())};
        std::vector<FarmerRecord> out;
        for (const auto& h : *hits)
            if (auto f = m_farmers.byId(std::stoll(h.key)))
                out.push_back(std::move(*f));
        return out;
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

Money ConsignmentService::owed(std::int64_t farmerId)
{
    return -m_journal.store().balance(farmerPayableAccount(std::to_string(farmerId)));
}

SResult<FarmerSummary> ConsignmentService::summary(std::int64_t farmerId)
{
    try {
        ReadTransaction rt(m_ctx.db());
        auto f = m_farmers.byId(farmerId);
        if (!f)
            return fail(Errc::NotFound, "no farmer " + std::to_string(farmerId));
        FarmerSummary s;
        s.farmer = *f;
        s.owed = owed(farmerId);
        s.unsettled = m_listings.unsettledShare(farmerId, 0, INT64_MAX);
        for (const auto& l : m_listings.byFarmer(farmerId)) {
            ++s.listings;
            if (isLive(listingStateFromString(l.state).value_or(ListingState::Draft)))
                ++s.liveListings;
        }
        return s;
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

// ---- commission and markdown rules --------------------------------------------------------------

SResult<void> ConsignmentService::setCommissionRule(const Session& who, const std::string& category, std::int32_t rateBp)
{
    const std::string scope = category.empty() ? std::string("default") : "category:" + category;
    if (!who.isSupervisor()) {
        m_audit.record(&who, "commission_rule", scope, "denied", "not a supervisor");
        return fail(Errc::NotAllowed, "only a supervisor may change commission rates");
    }
    if (!category.empty() && std::find(categories().begin(), categories().end(), category) == categories().end())
        return fail(Errc::InvalidInput, "unknown category " + category);
    if (rateBp < 0 || rateBp > kMaxCommissionBp)
        return fail(Errc::InvalidInput, "a commission rate is 0 to 5000 basis points");
    try {
        WriteTransaction tx(m_ctx.db());
        m_farmers.setRule(scope, rateBp, m_ctx.now(), who.userId);
        m_audit.record(&who, "commission_rule", scope, "ok", std::to_string(rateBp) + " bp");
        tx.commit();
        return {};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<void> ConsignmentService::setFarmerCommission(const Session& who, std::int64_t farmerId,
                                                      std::optional<std::int32_t> rateBp)
{
    const std::string object = "farmer:" + std::to_string(farmerId);
    if (!who.isSupervisor()) {
        m_audit.record(&who, "farmer_commission", object, "denied", "not a supervisor");
        return fail(Errc::NotAllowed, "only a supervisor may change commission rates");
    }
    if (rateBp && (*rateBp < 0 || *rateBp > kMaxCommissionBp))
        return fail(Errc::InvalidInput, "a commission rate is 0 to 5000 basis points");
    try {
        WriteTransaction tx(m_ctx.db());
        auto f = m_farmers.byId(farmerId);
        if (!f)
            return fail(Errc::NotFound, "no farmer " + std::to_string(farmerId));
        f->commissionBp = rateBp;
        m_farmers.update(*f);
        m_audit.record(&who, "farmer_commission", object, "ok", rateBp ? std::to_string(*rateBp) + " bp" : "rules");
        tx.commit();
        return {};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

BasisPoints ConsignmentService::commissionFor(const FarmerRecord& f, const std::string& category)
{
    return pickCommission(f.commissionBp, m_farmers.rule("category:" + category), m_farmers.rule("default"));
}

MarkdownRule ConsignmentService::markdownRule()
{
    return markdownRuleFromString(m_settings.value(setting_key::MarkdownRule, "farmer")).value_or(MarkdownRule::FarmerAbsorbs);
}

SResult<void> ConsignmentService::setMarkdownRule(const Session& who, MarkdownRule rule)
{
    if (!who.isSupervisor()) {
        m_audit.record(&who, "markdown_rule", "consignment", "denied", "not a supervisor");
        return fail(Errc::NotAllowed, "only a supervisor may change who bears markdowns");
    }
    try {
        WriteTransaction tx(m_ctx.db());
        m_settings.setValue(setting_key::MarkdownRule, std::string(toString(rule)));
        m_audit.record(&who, "markdown_rule", "consignment", "ok", std::string(toString(rule)));
        tx.commit();
        return {};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

}  // namespace cz
