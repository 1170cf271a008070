#pragma once
// The receipt as a document: what every workflow (cash orders, refunds, consignment slips, farmer
// payouts, bills, parcel pickups, X/Z reports) prints. It holds final text only — the caller has
// already translated every caption — so the ESC/POS renderer and the QPainter renderer draw the
// same words, and a reprint from the stored body is identical to the first print.
//
// The receipt number is NOT part of the stored body: ReceiptStore::issue() allocates the gapless
// number in the same statement that stores the body, so the body cannot know it. A reprint parses
// the body and takes the number from the ReceiptRecord (parseReceiptBody(body, record.number)).

#include "core/money.h"
#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cz {

/// Captions printed in front of values. Defaults are English; a workflow fills in the translated
/// ones (the GUI's receiptCaptions() returns them in the UI language). They are stored in the body,
/// so a receipt reprinted after the UI language changed still reads as it did.
struct ReceiptCaptions {
    std::string number = "No.";
    std::string businessDay = "Business day";
    std::string time = "Time";
    std::string cashier = "Cashier";
    std::string customer = "Customer";
    std::string item = "Item";
    std::string quantity = "Qty";
    std::string unitPrice = "Price";
    std::string amount = "Amount";

    friend bool operator==(const ReceiptCaptions&, const ReceiptCaptions&) = default;
};

/// One goods or service line.
struct ReceiptLine {
    std::string name;                ///< "农夫山泉 550ml"; long names wrap
    std::string quantity;            ///< with its unit: "2瓶", "1.5斤"; may be empty (a fee)
    std::optional<Money> unitPrice;  ///< absent for lines that have no unit price
    Money amount;

    friend bool operator==(const ReceiptLine&, const ReceiptLine&) = default;
};

/// One row of the totals block: goods, service fee, total, tendered, change, commission …
struct ReceiptTotal {
    std::string label;
    Money amount;
    bool emphasis = false;  ///< printed large (the total the customer pays or receives)

    friend bool operator==(const ReceiptTotal&, const ReceiptTotal&) = default;
};

struct Receipt {
    std::string stationName;
    std::string stationAddress;  ///< address and phone, one line (wraps if long)
    std::string title;           ///< "代购收据", "农户结算单", "日结报表 (Z)" …
    std::int64_t number = 0;     ///< from the receipts table; not stored in the body (see above)
    std::string businessDay;     ///< "2026-11-29"
    std::string time;            ///< station-local time text, "2026-11-29 14:05"
    std::string cashier;
    std::string customer;  ///< "李大爷 138****5678"; empty = no customer line
    ReceiptCaptions captions;
    std::vector<ReceiptLine> lines;
    std::vector<ReceiptTotal> totals;
    std::vector<std::string> notes;  ///< free text, one paragraph each ("订单号 …", report figures)
    bool pending = false;            ///< the marketplace has not confirmed yet
    std::string pendingText;         ///< "待平台确认 / Pending marketplace confirmation"
    std::string qrPayload;           ///< empty = no QR code
    std::string signatureCaption;    ///< non-empty = a signature line ("农户签字 / Farmer's signature")
    std::string footer;

    friend bool operator==(const Receipt&, const Receipt&) = default;
};

/// "000123": the number as printed after captions.number (six digits, more when it grows past).
std::string formatReceiptNumber(std::int64_t number);

/// An amount as printed in receipt columns: "1,234.50", "-12.00" (no currency sign, so it fits
/// the narrow columns and every printer font has the glyphs).
std::string formatReceiptAmount(Money m);

// --- the stored body -------------------------------------------------------------------------

enum class ReceiptBodyErrc {
    NotJson,             ///< not parseable JSON at all (truncated, garbage)
    NotAReceipt,         ///< JSON, but not an object with format "cz.receipt"
    UnsupportedVersion,  ///< written by a newer Cunzhan
    MissingField,
    WrongType,
    UnknownField,  ///< a key this version does not know: damaged or from a newer writer
    OutOfRange,    ///< an amount outside int64 fen
};

struct ReceiptBodyError {
    ReceiptBodyErrc code = ReceiptBodyErrc::NotJson;
    std::string detail;  ///< English, names the field, for logs and the CLI
};

const char* toString(ReceiptBodyErrc e);

/// The body for ReceiptStore::issue(): compact JSON with sorted keys, so the same receipt always
/// gives the same bytes. Everything except `number`. Never throws (invalid UTF-8 in a string is
/// stored as U+FFFD, which is also what both renderers would have printed).
std::string toReceiptBody(const Receipt& receipt);

/// Parses a stored body strictly: every field present with its type, no unknown keys, version 1.
/// `number` is the record's receipt number. A damaged body is an error value, never a crash.
Result<Receipt, ReceiptBodyError> parseReceiptBody(std::string_view body, std::int64_t number);

}  // namespace cz
