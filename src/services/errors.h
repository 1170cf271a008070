#pragma once
// The services' error vocabulary. The GUI turns a code into translated text; `detail` is English
// for logs and the CLI.

#include "core/clock.h"
#include "core/result.h"

#include <optional>
#include <string>

namespace cz {

enum class Errc {
    InvalidInput,        ///< the agent typed something unusable (detail says what)
    NotFound,            ///< no such user, day, receipt …
    NotAllowed,          ///< this user's role may not do it
    WrongPin,            ///< remainingAttempts says how many tries are left
    UserLocked,          ///< lockedUntil says until when
    UserInactive,
    DayNotOpen,          ///< cash moves need an open business day
    DayAlreadyOpen,
    DayClosed,
    NoteRequired,        ///< a difference or cash movement needs a reason
    SupervisorRequired,  ///< needs a supervisor's PIN
    InsufficientCash,    ///< the drawer does not hold that much
    InsufficientWallet,  ///< the platform wallet's available balance is too low
    OpIdConflict,        ///< the operation id was used before for something else
    Conflict,            ///< already exists / state does not allow it
    Storage,             ///< the database could not be read or written
};

const char* toString(Errc e);

struct Error {
    Errc code = Errc::Storage;
    std::string detail;
    int remainingAttempts = 0;
    std::optional<TimePoint> lockedUntil;
};

inline Failure<Error> fail(Errc code, std::string detail = {})
{
    return Failure<Error>{Error{code, std::move(detail), 0, std::nullopt}};
}

template <class T>
using SResult = Result<T, Error>;

}  // namespace cz
