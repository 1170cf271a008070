// The tour's sections, in the order an agent meets them. Each workflow adds its own.

#include "gui/tour.h"

namespace cz::gui {

void tourLogin(Tour& t);
void tourCashDay(Tour& t);
void tourMarketplace(Tour& t);
void tourOrders(Tour& t);
void tourConsignment(Tour& t);
void tourPayments(Tour& t);
void tourSettings(Tour& t);
void tourDayClose(Tour& t);
void tourLogout(Tour& t);

std::vector<TourSection> tourSections()
{
    return {
        {QStringLiteral("login"), tourLogin},
        {QStringLiteral("cash and the business day"), tourCashDay},
        {QStringLiteral("marketplace sync"), tourMarketplace},
        {QStringLiteral("cash order and parcel pickup"), tourOrders},
        {QStringLiteral("consignment"), tourConsignment},
        {QStringLiteral("bills, top-ups, tickets and the wallet"), tourPayments},
        {QStringLiteral("settings and language"), tourSettings},
        {QStringLiteral("day close and reports"), tourDayClose},
        {QStringLiteral("logout"), tourLogout},
    };
}

}  // namespace cz::gui
