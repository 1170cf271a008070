#pragma once
// The payments desk's online-only calls: billers, bill look-up, trains, cities, the wallet
// statement, the marketplace's clock. They create nothing, locally or on the marketplace, and use a
// short deadline: the GUI runs them off its thread and says "offline — try again when online" when
// they fail. Safe to use from any thread (each call makes its own HttpClient); never touches the
// station database.

#include "core/result.h"
#include "sync/http_client.h"
#include "sync/payments/payments_wire.h"

#include <chrono>
#include <string>
#include <vector>

namespace cz {

enum class OnlineErrc {
    NotConfigured,  ///< no marketplace URL / token set
    Offline,        ///< no connection, a timeout, the marketplace busy (429, 5xx) or an unreadable answer
    Unauthorized,   ///< the marketplace refused the station's token
    NotFound,       ///< e.g. no such utility account (404 account_not_found)
    Refused,        ///< the request itself was refused (422/400: unknown biller, date out of range …)
};

struct OnlineError {
    OnlineErrc code = OnlineErrc::Offline;
    std::string apiCode;  ///< the marketplace's error code, when it answered
    std::string detail;   ///< English, for logs
};

template <class T>
using OnlineResult = Result<T, OnlineError>;

inline constexpr std::chrono::milliseconds kOnlineDeadline{6000};

class PaymentsOnline final {
public:
    explicit PaymentsOnline(sync::HttpConfig config, std::chrono::milliseconds deadline = kOnlineDeadline);

    OnlineResult<std::vector<sync::BillerInfo>> billers();
    OnlineResult<sync::BillLookup> lookupBill(const std::string& billerId, const std::string& accountNo);
    OnlineResult<std::vector<sync::CityInfo>> cities();
    OnlineResult<sync::TrainSearch> trains(const std::string& from, const std::string& to, const std::string& date);
    /// The whole wallet statement (every page from the first line), for reconciliation.
    OnlineResult<sync::Statement> statement();
    /// The marketplace's clock, unix ms (sale windows are in its days).
    OnlineResult<std::int64_t> marketNowMs();

private:
    /// GET with the short deadline; a 200 body, or the error it amounts to.
    OnlineResult<std::string> get(sync::HttpClient& http, const std::string& pathAndQuery);

    sync::HttpConfig m_config;
    std::chrono::milliseconds m_deadline;
};

}  // namespace cz
