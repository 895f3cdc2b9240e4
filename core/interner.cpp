#include "core/interner.h"

namespace SyncDesk {

Interner::Interner()
{
    m_texts.emplace_back(); // kNoSym is the empty string
    m_index.emplace(std::string(), kNoSym);
}

Sym Interner::intern(std::string_view utf8)
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_index.find(utf8); it != m_index.end())
        return it->second;
    const auto sym = static_cast<Sym>(m_texts.size());
    m_texts.push_back(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    m_index.emplace(std::string(utf8), sym);
    return sym;
}

Sym Interner::find(std::string_view utf8) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_index.find(utf8);
    return it == m_index.end() ? kNoSym : it->second;
}

} // namespace SyncDesk
