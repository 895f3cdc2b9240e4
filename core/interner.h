#pragma once

#include <QString>

#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace SyncDesk {

/// An interned string: ids and vocabulary words repeat across 100k records.
using Sym = quint32;
inline constexpr Sym kNoSym = 0;

/**
 * Maps UTF-8 strings to small integers and back to QString for display.
 * intern() is thread-safe (loader threads share one interner); text() is
 * safe once loading has finished, and for symbols already handed out.
 */
class Interner final
{
public:
    Interner();
    Interner(const Interner &) = delete;
    Interner &operator=(const Interner &) = delete;

    Sym intern(std::string_view utf8);
    Sym intern(const QString &text) { return intern(std::string_view(text.toStdString())); }
    /// The symbol for a string already interned, or kNoSym.
    Sym find(std::string_view utf8) const;
    Sym find(const QString &text) const { return find(std::string_view(text.toStdString())); }
    const QString &text(Sym sym) const { return m_texts[sym]; }
    std::size_t size() const { return m_texts.size(); }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view> {}(s);
        }
    };

    mutable std::mutex m_mutex;
    std::unordered_map<std::string, Sym, Hash, std::equal_to<>> m_index;
    std::deque<QString> m_texts; // deque: references stay valid while it grows
};

} // namespace SyncDesk
