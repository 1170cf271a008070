#pragma once
// Who is acting: the logged-in user, passed to every service call that changes something.

#include "storage/user_store.h"

#include <string>

namespace cz {

struct Session {
    std::int64_t userId = 0;
    std::string userName;
    Role role = Role::Agent;
    [[nodiscard]] bool isSupervisor() const { return role == Role::Supervisor; }
};

}  // namespace cz
