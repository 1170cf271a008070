#pragma once
// Result<T, E>: a value or an expected failure. C++20 has no std::expected, and the failures the
// layers report (a bad amount, an unbalanced entry, a locked user) are values, not exceptions.

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace cz {

template <class E>
struct Failure {
    E error;
};

template <class E>
Failure(E) -> Failure<E>;

template <class T, class E>
class [[nodiscard]] Result final {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
    template <class E2>
    Result(Failure<E2> f) : m_v(std::in_place_index<1>, E(std::move(f.error))) {}  // NOLINT

    [[nodiscard]] bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] T& value() & { assert(ok()); return std::get<0>(m_v); }
    [[nodiscard]] const T& value() const& { assert(ok()); return std::get<0>(m_v); }
    [[nodiscard]] T&& value() && { assert(ok()); return std::get<0>(std::move(m_v)); }
    [[nodiscard]] const E& error() const { assert(!ok()); return std::get<1>(m_v); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, E> m_v;
};

/// A Result without a value: success, or an error.
template <class E>
class [[nodiscard]] Result<void, E> final {
public:
    Result() = default;
    template <class E2>
    Result(Failure<E2> f) : m_failed(true), m_error(E(std::move(f.error))) {}  // NOLINT

    [[nodiscard]] bool ok() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] const E& error() const { assert(m_failed); return m_error; }

private:
    bool m_failed = false;
    E m_error{};
};

}  // namespace cz
