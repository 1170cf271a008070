#pragma once
// What every page shares: the services and who is logged in.

#include "services/station_services.h"

#include <optional>

namespace cz::gui {

struct GuiContext {
    StationServices& svc;
    std::optional<Session> session;
};

}  // namespace cz::gui
