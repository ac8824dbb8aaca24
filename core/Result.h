// Result<T>: a value or a one-line error message. C++20 has no std::expected, and core must not
// depend on Qt, so every fallible core call returns this.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace famscope {

struct Error {
    std::string message;
};

template <class T> class Result {
public:
    Result(T value) : value_(std::move(value)) {} // NOLINT: implicit by design
    Result(Error error) : error_(std::move(error.message)) {}

    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }
    const std::string& error() const { return error_; }

    T& value() & { return *value_; }
    const T& value() const& { return *value_; }
    T&& value() && { return std::move(*value_); }
    T* operator->() { return &*value_; }
    const T* operator->() const { return &*value_; }
    T& operator*() { return *value_; }
    const T& operator*() const { return *value_; }

private:
    std::optional<T> value_;
    std::string error_;
};

// Result<void> equivalent.
class Status {
public:
    Status() = default;
    Status(Error error) : error_(std::move(error.message)), failed_(true) {}
    static Status success() { return {}; }
    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const std::string& error() const { return error_; }

private:
    std::string error_;
    bool failed_ = false;
};

} // namespace famscope
