// Result<T>: a value or an error, a one-line message with the kind of failure. C++20 has no
// std::expected, and core must not depend on Qt, so every fallible core call returns this.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace famscope {

// What went wrong, as far as a caller acts on it differently; each kind has its exit status in
// one place (core/report/ExitStatus.h). Only kinds some caller tells apart
// are here: the message says the rest.
enum class ErrorKind {
    Failed,       // what was asked could not be done (I/O error, no space, a bad read-back)
    CannotOpen,   // the target is missing, unreadable, not an image or devdax device
    NotFamfs,     // too small for famfs, or no famfs superblock
    Unsupported,  // a famfs layout this version cannot read
    Inconsistent, // media shorter than the device its superblock claims, ...
    Refused,      // a write refused before anything changed: mounted, locked, another host's
};

struct Error {
    Error(std::string text, ErrorKind k = ErrorKind::Failed) // NOLINT: implicit by design
        : message(std::move(text)), kind(k) {}
    std::string message;
    ErrorKind kind;
};

template <class T> class Result {
public:
    Result(T value) : value_(std::move(value)) {} // NOLINT: implicit by design
    Result(Error error) : error_(std::move(error)) {}

    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }
    const std::string& error() const { return error_.message; }
    ErrorKind errorKind() const { return error_.kind; }

    T& value() & { return *value_; }
    const T& value() const& { return *value_; }
    T&& value() && { return std::move(*value_); }
    T* operator->() { return &*value_; }
    const T* operator->() const { return &*value_; }
    T& operator*() { return *value_; }
    const T& operator*() const { return *value_; }

private:
    std::optional<T> value_;
    Error error_{std::string()};
};

// Result<void> equivalent.
class Status {
public:
    Status() = default;
    Status(Error error) : error_(std::move(error)), failed_(true) {}
    static Status success() { return {}; }
    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const std::string& error() const { return error_.message; }
    ErrorKind errorKind() const { return error_.kind; }

private:
    Error error_{std::string()};
    bool failed_ = false;
};

} // namespace famscope
