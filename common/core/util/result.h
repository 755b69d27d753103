#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace omv
{

/// Where a parser gave up: the file (as the node names it), the 1-based line, and why.
struct ParseError {
    QString file;
    int line = 0;
    QString message;

    QString toString() const
    {
        if (line > 0)
            return file + QLatin1String(": line ") + QString::number(line) + QLatin1String(": ") + message;
        return file + QLatin1String(": ") + message;
    }
};

inline ParseError parseError(const QString& file, int line, const QString& message)
{
    return ParseError { file, line, message };
}

/// A value or the reason there is none.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(ParseError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const ParseError& error() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

private:
    std::optional<T> m_value;
    ParseError m_error;
};

} // namespace omv
