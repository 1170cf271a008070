#include "services/receipt/receipt.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <limits>

namespace cz {

namespace {

using Json = nlohmann::json;

constexpr const char* kFormat = "cz.receipt";
constexpr std::int64_t kVersion = 1;

Json captionsToJson(const ReceiptCaptions& c)
{
    return Json{{"number", c.number},     {"businessDay", c.businessDay}, {"time", c.time},
                {"cashier", c.cashier},   {"customer", c.customer},       {"item", c.item},
                {"quantity", c.quantity}, {"unitPrice", c.unitPrice},     {"amount", c.amount}};
}

Json toJson(const Receipt& r)
{
    Json lines = Json::array();
    for (const auto& l : r.lines) {
        lines.push_back(Json{{"name", l.name},
                             {"quantity", l.quantity},
                             {"unitPriceFen", l.unitPrice ? Json(l.unitPrice->fen()) : Json(nullptr)},
                             {"amountFen", l.amount.fen()}});
    }
    Json totals = Json::array();
    for (const auto& t : r.totals)
        totals.push_back(Json{{"label", t.label}, {"amountFen", t.amount.fen()}, {"emphasis", t.emphasis}});
    return Json{{"format", kFormat},
                {"version", kVersion},
                {"stationName", r.stationName},
                {"stationAddress", r.stationAddress},
                {"title", r.title},
                {"businessDay", r.businessDay},
                {"time", r.time},
                {"cashier", r.cashier},
                {"customer", r.customer},
                {"captions", captionsToJson(r.captions)},
                {"lines", std::move(lines)},
                {"totals", std::move(totals)},
                {"notes", r.notes},
                {"pending", r.pending},
                {"pendingText", r.pendingText},
                {"qrPayload", r.qrPayload},
                {"signatureCaption", r.signatureCaption},
                {"footer", r.footer}};
}

/// Thrown inside the parser only; parseReceiptBody() turns it into the error value.
struct BodyFault {
    ReceiptBodyError error;
};

[[noreturn]] void fault(ReceiptBodyErrc code, std::string detail)
{
    throw BodyFault{ReceiptBodyError{code, std::move(detail)}};
}

/// Reads one JSON object strictly: every key it asks for must be there with the right type, and
/// finish() rejects keys nobody asked for — a body with an extra or misspelt key is damaged.
class ObjectReader final {
public:
    ObjectReader(const Json& j, std::string path, std::initializer_list<const char*> known)
        : m_j(j), m_path(std::move(path)), m_known(known.begin(), known.end())
    {
        if (!m_j.is_object())
            fault(ReceiptBodyErrc::WrongType, m_path + " is not an object");
    }

    const Json& field(const char* key)
    {
        const auto it = m_j.find(key);
        if (it == m_j.end())
            fault(ReceiptBodyErrc::MissingField, where(key) + " is missing");
        return *it;
    }

    std::string string(const char* key)
    {
        const Json& v = field(key);
        if (!v.is_string())
            fault(ReceiptBodyErrc::WrongType, where(key) + " is not a string");
        return v.get<std::string>();
    }

    bool boolean(const char* key)
    {
        const Json& v = field(key);
        if (!v.is_boolean())
            fault(ReceiptBodyErrc::WrongType, where(key) + " is not true/false");
        return v.get<bool>();
    }

    Money money(const char* key) { return moneyOf(field(key), where(key)); }

    std::optional<Money> optionalMoney(const char* key)
    {
        const Json& v = field(key);
        if (v.is_null())
            return std::nullopt;
        return moneyOf(v, where(key));
    }

    const Json& array(const char* key)
    {
        const Json& v = field(key);
        if (!v.is_array())
            fault(ReceiptBodyErrc::WrongType, where(key) + " is not an array");
        return v;
    }

    void finish() const
    {
        for (const auto& item : m_j.items()) {
            if (!isKnown(item.key()))
                fault(ReceiptBodyErrc::UnknownField, where(item.key().c_str()) + " is not a receipt field");
        }
    }

    std::string where(const char* key) const { return m_path + "." + key; }

private:
    static Money moneyOf(const Json& v, const std::string& where)
    {
        if (v.is_number_unsigned()) {
            if (v.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                fault(ReceiptBodyErrc::OutOfRange, where + " does not fit in int64 fen");
            return Money::fromFen(static_cast<std::int64_t>(v.get<std::uint64_t>()));
        }
        if (v.is_number_integer())
            return Money::fromFen(v.get<std::int64_t>());
        if (v.is_number_float())
            fault(ReceiptBodyErrc::WrongType, where + " is not a whole number of fen");
        fault(ReceiptBodyErrc::WrongType, where + " is not an amount");
    }

    bool isKnown(const std::string& key) const
    {
        return std::ranges::any_of(m_known, [&key](std::string_view k) { return key == k; });
    }

    const Json& m_j;
    std::string m_path;
    std::vector<std::string_view> m_known;  // copied: the initializer list dies with the call
};

ReceiptCaptions captionsFromJson(const Json& j)
{
    ObjectReader o(j, "captions",
                   {"number", "businessDay", "time", "cashier", "customer", "item", "quantity", "unitPrice", "amount"});
    ReceiptCaptions c;
    c.number = o.string("number");
    c.businessDay = o.string("businessDay");
    c.time = o.string("time");
    c.cashier = o.string("cashier");
    c.customer = o.string("customer");
    c.item = o.string("item");
    c.quantity = o.string("quantity");
    c.unitPrice = o.string("unitPrice");
    c.amount = o.string("amount");
    o.finish();
    return c;
}

Receipt fromJson(const Json& j, std::int64_t number)
{
    if (!j.is_object() || !j.contains("format") || j["format"] != kFormat)
        fault(ReceiptBodyErrc::NotAReceipt, "not a cz.receipt body");
    ObjectReader o(j, "receipt",
                   {"format", "version", "stationName", "stationAddress", "title", "businessDay", "time", "cashier",
                    "customer", "captions", "lines", "totals", "notes", "pending", "pendingText", "qrPayload",
                    "signatureCaption", "footer"});
    (void)o.string("format");
    const Json& version = o.field("version");
    if (!version.is_number_integer())
        fault(ReceiptBodyErrc::WrongType, "receipt.version is not an integer");
    if (version.get<std::int64_t>() != kVersion)
        fault(ReceiptBodyErrc::UnsupportedVersion, "receipt body version " + version.dump() + " is not supported");

    Receipt r;
    r.number = number;
    r.stationName = o.string("stationName");
    r.stationAddress = o.string("stationAddress");
    r.title = o.string("title");
    r.businessDay = o.string("businessDay");
    r.time = o.string("time");
    r.cashier = o.string("cashier");
    r.customer = o.string("customer");
    r.captions = captionsFromJson(o.field("captions"));

    std::size_t i = 0;
    for (const Json& lj : o.array("lines")) {
        ObjectReader l(lj, "receipt.lines[" + std::to_string(i++) + "]",
                       {"name", "quantity", "unitPriceFen", "amountFen"});
        ReceiptLine line;
        line.name = l.string("name");
        line.quantity = l.string("quantity");
        line.unitPrice = l.optionalMoney("unitPriceFen");
        line.amount = l.money("amountFen");
        l.finish();
        r.lines.push_back(std::move(line));
    }
    i = 0;
    for (const Json& tj : o.array("totals")) {
        ObjectReader t(tj, "receipt.totals[" + std::to_string(i++) + "]", {"label", "amountFen", "emphasis"});
        ReceiptTotal total;
        total.label = t.string("label");
        total.amount = t.money("amountFen");
        total.emphasis = t.boolean("emphasis");
        t.finish();
        r.totals.push_back(std::move(total));
    }
    i = 0;
    for (const Json& nj : o.array("notes")) {
        if (!nj.is_string())
            fault(ReceiptBodyErrc::WrongType, "receipt.notes[" + std::to_string(i) + "] is not a string");
        r.notes.push_back(nj.get<std::string>());
        ++i;
    }
    r.pending = o.boolean("pending");
    r.pendingText = o.string("pendingText");
    r.qrPayload = o.string("qrPayload");
    r.signatureCaption = o.string("signatureCaption");
    r.footer = o.string("footer");
    o.finish();
    return r;
}

}  // namespace

std::string formatReceiptNumber(std::int64_t number)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%06lld", static_cast<long long>(number));
    return buf;
}

std::string formatReceiptAmount(Money m)
{
    // formatMoney() is the one place that groups digits; the receipt drops its "¥" (U+00A5),
    // which most thermal printers' GBK fonts cannot print.
    std::string s = formatMoney(m);
    const std::string yen = "\xC2\xA5";
    if (const auto at = s.find(yen); at != std::string::npos)
        s.erase(at, yen.size());
    return s;
}

const char* toString(ReceiptBodyErrc e)
{
    switch (e) {
    case ReceiptBodyErrc::NotJson: return "not_json";
    case ReceiptBodyErrc::NotAReceipt: return "not_a_receipt";
    case ReceiptBodyErrc::UnsupportedVersion: return "unsupported_version";
    case ReceiptBodyErrc::MissingField: return "missing_field";
    case ReceiptBodyErrc::WrongType: return "wrong_type";
    case ReceiptBodyErrc::UnknownField: return "unknown_field";
    case ReceiptBodyErrc::OutOfRange: return "out_of_range";
    }
    return "unknown";
}

std::string toReceiptBody(const Receipt& receipt)
{
    // `replace` instead of the default `strict`: a stray invalid byte in a name must not turn a
    // committed transaction's receipt into an exception.
    return toJson(receipt).dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<Receipt, ReceiptBodyError> parseReceiptBody(std::string_view body, std::int64_t number)
{
    const Json j = Json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded())
        return Failure{ReceiptBodyError{ReceiptBodyErrc::NotJson, "the receipt body is not valid JSON"}};
    try {
        return fromJson(j, number);
    } catch (const BodyFault& f) {
        return Failure{f.error};
    } catch (const Json::exception& e) {
        // Every access above is type-checked first; this is the safety net for a case we missed.
        return Failure{ReceiptBodyError{ReceiptBodyErrc::WrongType, e.what()}};
    }
}

}  // namespace cz
