#include "services/errors.h"

namespace cz {

const char* toString(Errc e)
{
    switch (e) {
    case Errc::InvalidInput: return "invalid input";
    case Errc::NotFound: return "not found";
    case Errc::NotAllowed: return "not allowed for this role";
    case Errc::WrongPin: return "wrong PIN";
    case Errc::UserLocked: return "user locked";
    case Errc::UserInactive: return "user inactive";
    case Errc::DayNotOpen: return "no business day is open";
    case Errc::DayAlreadyOpen: return "a business day is already open";
    case Errc::DayClosed: return "the business day is closed";
    case Errc::NoteRequired: return "a note is required";
    case Errc::SupervisorRequired: return "a supervisor must approve";
    case Errc::InsufficientCash: return "not enough cash in the drawer";
    case Errc::InsufficientWallet: return "not enough money in the platform wallet";
    case Errc::OpIdConflict: return "operation id reused for different content";
    case Errc::Conflict: return "conflict";
    case Errc::Storage: return "database error";
    }
    return "error";
}

}  // namespace cz
