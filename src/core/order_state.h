#pragma once
// The life of a cash order (代购) at the station, and which moves are allowed.
//
//   pending ──accepted──▶ accepted ──shipped──▶ shipped ──arrived──▶ arrived ──picked up──▶ picked_up
//      │                     │                                            │                     │
//      ├─rejected─▶ refund_due ◀──────────────── returned / cancelled ────┴──── returned ───────┘
//      ├─voided (before the marketplace accepted it; cash given back at once)
//      └─cancelled (refund due)                  refund_due ──refund paid──▶ refunded

#include <optional>
#include <string_view>

namespace cz {

enum class OrderState { Pending, Accepted, Shipped, Arrived, PickedUp, RefundDue, Refunded, Voided };

std::string_view toString(OrderState s);
std::optional<OrderState> orderStateFromString(std::string_view s);

enum class OrderEvent { Accept, Reject, Ship, Arrive, PickUp, Return, Cancel, Void, PayRefund };

/// The state after `e`, or nullopt when `e` is not allowed in `from`.
std::optional<OrderState> nextOrderState(OrderState from, OrderEvent e);

}  // namespace cz
