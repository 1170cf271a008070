#include "core/order_state.h"

#include <array>

namespace cz {

std::string_view toString(OrderState s)
{
    switch (s) {
    case OrderState::Pending: return "pending";
    case OrderState::Accepted: return "accepted";
    case OrderState::Shipped: return "shipped";
    case OrderState::Arrived: return "arrived";
    case OrderState::PickedUp: return "picked_up";
    case OrderState::RefundDue: return "refund_due";
    case OrderState::Refunded: return "refunded";
    case OrderState::Voided: return "voided";
    }
    return "pending";
}

std::optional<OrderState> orderStateFromString(std::string_view s)
{
    for (auto st : {OrderState::Pending, OrderState::Accepted, OrderState::Shipped, OrderState::Arrived,
                    OrderState::PickedUp, OrderState::RefundDue, OrderState::Refunded, OrderState::Voided})
        if (toString(st) == s)
            return st;
    return std::nullopt;
}

std::optional<OrderState> nextOrderState(OrderState from, OrderEvent e)
{
    using S = OrderState;
    using E = OrderEvent;
    switch (e) {
    case E::Accept: return from == S::Pending ? std::optional(S::Accepted) : std::nullopt;
    case E::Reject: return from == S::Pending ? std::optional(S::RefundDue) : std::nullopt;
    case E::Ship: return from == S::Accepted ? std::optional(S::Shipped) : std::nullopt;
    case E::Arrive: return from == S::Shipped || from == S::Accepted ? std::optional(S::Arrived) : std::nullopt;
    case E::PickUp: return from == S::Arrived ? std::optional(S::PickedUp) : std::nullopt;
    case E::Return:
        return from == S::Arrived || from == S::PickedUp || from == S::Accepted || from == S::Shipped
                   ? std::optional(S::RefundDue)
                   : std::nullopt;
    case E::Cancel: return from == S::Pending || from == S::Accepted ? std::optional(S::RefundDue) : std::nullopt;
    case E::Void: return from == S::Pending ? std::optional(S::Voided) : std::nullopt;
    case E::PayRefund: return from == S::RefundDue ? std::optional(S::Refunded) : std::nullopt;
    }
    return std::nullopt;
}

}  // namespace cz
