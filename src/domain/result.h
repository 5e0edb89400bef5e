#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace Bayon {

// What went wrong, in words a secretary can act on. The code lets callers
// react (a conflict offers a choice, a usage error exits with 2) without
// parsing the message.
struct Error
{
    enum class Code {
        Failed, // any other failure
        NotFound, // no such meeting, person, file
        Conflict, // a stale revision: someone else saved first
        Invalid, // malformed input: a file, a field, a value
        Refused, // the file is newer, damaged, read-only or locked
        Usage, // the caller used the interface wrongly
    };

    Code code = Code::Failed;
    QString message;

    static Error failed(QString message) { return {Code::Failed, std::move(message)}; }
    static Error notFound(QString message) { return {Code::NotFound, std::move(message)}; }
    static Error conflict(QString message) { return {Code::Conflict, std::move(message)}; }
    static Error invalid(QString message) { return {Code::Invalid, std::move(message)}; }
    static Error refused(QString message) { return {Code::Refused, std::move(message)}; }
    static Error usage(QString message) { return {Code::Usage, std::move(message)}; }
};

// Errors are values: a Result holds either the value or the Error. No exception
// crosses a layer boundary. A Result must be looked at: dropping one would
// hide the error it may carry.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// A Result for operations that give nothing back but may fail.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Bayon
