// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace SyncDesk {

/**
 * The one error-return shape of core: a value, or the reason there is none
 * (std::expected is C++23). The reason is a sentence fit for the user where
 * the function documents it as translated, otherwise one for a log or a
 * test; a failure always has one. Replaces `bool f(..., QString *error)`:
 * the reason cannot be dropped by passing nullptr, and the value cannot be
 * read without asking whether there is one (value() asserts it).
 *
 *     Result<QByteArray> r = store.readFile(file);
 *     if (!r)
 *         show(r.error());
 *     else
 *         use(*r);
 *
 * Result<void> says only whether it worked, and why not.
 */
template<typename T> class [[nodiscard]] Result final
{
public:
    static Result success(T value)
    {
        Result r;
        r.m_value.emplace(std::move(value));
        return r;
    }
    static Result failure(QString error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    /// The value, or fallback on a failure.
    T valueOr(T fallback) const & { return ok() ? *m_value : std::move(fallback); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    /// Why there is no value; empty on success.
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

/// Whether it worked, and if not, why.
template<> class [[nodiscard]] Result<void> final
{
public:
    static Result success() { return Result(); }
    static Result failure(QString error)
    {
        Result r;
        r.m_failed = true;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    /// Why it failed; empty on success.
    const QString &error() const { return m_error; }

private:
    Result() = default;
    bool m_failed = false;
    QString m_error;
};

} // namespace SyncDesk
