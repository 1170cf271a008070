#pragma once
// Turning service values into the agent's language: error codes, account names, money, times.

#include "core/money.h"
#include "core/business_day.h"
#include "services/errors.h"
#include "storage/user_store.h"

#include <QString>

class QLabel;

#include <optional>

namespace cz::gui {

/// Translated sentence for a service error (with attempts left, and the lock's end in `zone`).
QString errorText(const Error& e, const TimeZone& zone);
/// Translated name of an account by code; sub-accounts fall back to the stored name.
QString accountName(const std::string& code, const std::string& storedName);
/// Translated name of a journal entry kind ("cash_in" → 存入现金).
QString entryKindName(const std::string& kind);
/// ¥1,234.50
QString money(Money m);
/// Parses what the agent typed; on failure `error` gets the translated reason.
std::optional<Money> parseMoneyText(const QString& text, QString* error);
/// "14:05" in the station's zone.
QString timeText(TimePoint t, const TimeZone& tz);
QString dateTimeText(TimePoint t, const TimeZone& tz);
QString roleName(Role r);
/// Shows a message in a page's message label, styled as an error or as a confirmation.
void showStatus(QLabel* label, const QString& text, bool error);

}  // namespace cz::gui
