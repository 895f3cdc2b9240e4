// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/io/pagebuffer_p.h"

#include "core/io/hugepages_p.h"

#include <algorithm>
#include <cstdint>
#include <new>

#include <sys/mman.h>
#include <unistd.h>

namespace SyncDesk {

namespace {

std::size_t mapped(std::size_t size)
{
    const std::size_t page = PageBuffer::pageSize();
    return (size + page - 1) / page * page;
}

} // namespace

std::size_t PageBuffer::pageSize()
{
    static const auto page = std::size_t(::sysconf(_SC_PAGESIZE));
    return page;
}

PageBuffer::PageBuffer(std::size_t size)
{
    if (size == 0)
        return;
    void *p
        = ::mmap(nullptr, mapped(size), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        throw std::bad_alloc();
    m_data = static_cast<char *>(p);
    m_size = size;
    adviseHugePages(m_data, m_size);
}

PageBuffer &PageBuffer::operator=(PageBuffer &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            ::munmap(m_data, mapped(m_size));
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

PageBuffer::~PageBuffer()
{
    if (m_data)
        ::munmap(m_data, mapped(m_size));
}

PageBuffer::Pages PageBuffer::pagesWithin(std::size_t offset, std::size_t length) const
{
    if (!m_data || offset >= m_size)
        return {};
    const std::size_t end = offset + std::min(length, m_size - offset);
    const std::size_t page = pageSize();
    // The mapping's last page holds nothing past m_size: it may go whole.
    return { (offset + page - 1) / page * page,
        end == m_size ? mapped(m_size) : end / page * page };
}

std::size_t PageBuffer::giveBack(std::size_t offset, std::size_t length)
{
    const Pages pages = pagesWithin(offset, length);
    if (pages.empty())
        return 0;
    ::madvise(m_data + pages.begin, pages.end - pages.begin, MADV_DONTNEED);
    return pages.end - pages.begin;
}

} // namespace SyncDesk
