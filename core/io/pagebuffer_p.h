// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <cstddef>
#include <utility>

namespace SyncDesk {

/**
 * Bytes in an anonymous mapping of their own, whose pages can be given back to
 * the system once they have been read for the last time: a large buffer that
 * is consumed part by part (the load cache, the loader's results) need not
 * stay resident whole until it is freed.
 */
class PageBuffer final
{
public:
    PageBuffer() = default;
    /// size bytes, zero-filled; throws std::bad_alloc when no mapping can be had.
    explicit PageBuffer(std::size_t size);
    PageBuffer(PageBuffer &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
    { }
    PageBuffer &operator=(PageBuffer &&other) noexcept;
    PageBuffer(const PageBuffer &) = delete;
    PageBuffer &operator=(const PageBuffer &) = delete;
    ~PageBuffer();

    char *data() { return m_data; }
    const char *data() const { return m_data; }
    std::size_t size() const { return m_size; }

    /**
     * Gives back the whole pages inside [offset, offset + length): they read as
     * zeros afterwards. A page that also holds bytes outside the range is
     * kept. Returns the bytes given back.
     */
    std::size_t giveBack(std::size_t offset, std::size_t length);

    /// Bytes [begin, end) of the buffer's mapping.
    struct Pages
    {
        std::size_t begin = 0, end = 0;
        bool empty() const { return end <= begin; }
    };
    /// The whole pages giveBack(offset, length) would give back.
    Pages pagesWithin(std::size_t offset, std::size_t length) const;
    /// The system's page size, the unit giveBack() works in.
    static std::size_t pageSize();

private:
    char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace SyncDesk
