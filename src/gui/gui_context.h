#pragma once
// What every page shares: the services and who is logged in.

#include "services/station_services.h"

#include <optional>

namespace cz::gui {

class SyncMonitor;

struct GuiContext {
    StationServices& svc;
    std::optional<Session> session;
    SyncMonitor* sync = nullptr;  ///< the background sync's reports (absent in some tests)
};

}  // namespace cz::gui
