#include "services/payments/payments_online.h"

namespace cz {

namespace {

Failure<OnlineError> offline(std::string detail)
{
    return Failure<OnlineError>{OnlineError{OnlineErrc::Offline, {}, std::move(detail)}};
}

template <class T>
OnlineResult<T> decoded(sync::WireResult<T> r, const char* what)
{
    // An answer that cannot be read is no answer (sync-protocol.md §10).
    if (!r)
        return offline(std::string("unreadable ") + what + ": " + sync::describe(r.error()));
    return std::move(r).value();
}

}  // namespace

PaymentsOnline::PaymentsOnline(sync::HttpConfig config, std::chrono::milliseconds deadline)
    : m_config(std::move(config)), m_deadline(deadline)
{
    m_config.connectTimeout = std::min(m_config.connectTimeout, deadline);
    m_config.totalTimeout = deadline;
    m_config.lowSpeedTime = std::chrono::seconds(std::max<std::int64_t>(1, deadline.count() / 2000));
}

OnlineResult<std::string> PaymentsOnline::get(sync::HttpClient& http, const std::string& pathAndQuery)
{
    if (m_config.baseUrl.empty() || m_config.token.empty())
        return Failure<OnlineError>{OnlineError{OnlineErrc::NotConfigured, {}, "the marketplace connection is not configured"}};
    auto r = http.getWithDeadline(pathAndQuery, m_deadline);
    if (!r)
        return offline(std::string(sync::toString(r.error().code)) + ": " + r.error().detail);
    const auto& resp = r.value();
    if (resp.status == 200)
        return resp.body;
    auto api = sync::decodeApiError(resp.body);
    const std::string code = api ? api->code : std::string();
    const std::string detail = "HTTP " + std::to_string(resp.status) + (api ? " " + api->code + ": " + api->message : "");
    if (resp.status == 429 || resp.status >= 500)
        return offline(detail);
    if (resp.status == 401)
        return Failure<OnlineError>{OnlineError{OnlineErrc::Unauthorized, code, detail}};
    if (resp.status == 404)
        return Failure<OnlineError>{OnlineError{OnlineErrc::NotFound, code, detail}};
    return Failure<OnlineError>{OnlineError{OnlineErrc::Refused, code, detail}};
}

OnlineResult<std::vector<sync::BillerInfo>> PaymentsOnline::billers()
{
    sync::HttpClient http(m_config);
    auto body = get(http, "/v1/billers");
    if (!body)
        return Failure{body.error()};
    return decoded(sync::decodeBillers(*body), "billers");
}

OnlineResult<sync::BillLookup> PaymentsOnline::lookupBill(const std::string& billerId, const std::string& accountNo)
{
    sync::HttpClient http(m_config);
    auto body = get(http, "/v1/bills/lookup?biller_id=" + sync::urlEncode(billerId) +
                              "&account_no=" + sync::urlEncode(accountNo));
    if (!body)
        return Failure{body.error()};
    auto bill = decoded(sync::decodeBillLookup(*body), "bill");
    if (bill && (bill->billerId != billerId || bill->accountNo != accountNo))
        return offline("the marketplace answered for another account");
    return bill;
}

OnlineResult<std::vector<sync::CityInfo>> PaymentsOnline::cities()
{
    sync::HttpClient http(m_config);
    auto body = get(http, "/v1/trains/cities");
    if (!body)
        return Failure{body.error()};
    return decoded(sync::decodeCities(*body), "cities");
}

OnlineResult<sync::TrainSearch> PaymentsOnline::trains(const std::string& from, const std::string& to,
                                                       const std::string& date)
{
    sync::HttpClient http(m_config);
    auto body = get(http, "/v1/trains?from=" + sync::urlEncode(from) + "&to=" + sync::urlEncode(to) +
                              "&date=" + sync::urlEncode(date));
    if (!body)
        return Failure{body.error()};
    return decoded(sync::decodeTrainSearch(*body), "trains");
}

OnlineResult<sync::Statement> PaymentsOnline::statement()
{
    sync::HttpClient http(m_config);
    sync::Statement all;
    std::int64_t after = 0;
    for (int page = 0; page < 10'000; ++page) {
        auto body = get(http, "/v1/wallet/statement?limit=5000&after_seq=" + std::to_string(after));
        if (!body)
            return Failure{body.error()};
        auto s = decoded(sync::decodeStatement(*body), "statement");
        if (!s)
            return s;
        if (page == 0)
            all.opening = s->opening;
        all.closing = s->closing;
        for (auto& l : s->lines)
            all.lines.push_back(std::move(l));
        if (!s->hasMore)
            return all;
        if (s->nextAfterSeq <= after)
            return offline("the statement did not advance");
        after = s->nextAfterSeq;
    }
    return offline("the statement has too many pages");
}

OnlineResult<std::int64_t> PaymentsOnline::marketNowMs()
{
    sync::HttpClient http(m_config);
    auto body = get(http, "/v1/health");
    if (!body)
        return Failure{body.error()};
    return decoded(sync::decodeHealthNow(*body), "health");
}

}  // namespace cz
