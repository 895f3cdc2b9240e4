// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

#include <cstddef>
#include <limits>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

namespace SyncDesk {

/**
 * What each row of one table points at in another (the tasks of each
 * operation, the citations of each envelope), as one array of values and one
 * of offsets: row i's values are values[offsets[i], offsets[i + 1]). A vector
 * per row cost one heap allocation per record and per relation, about a third
 * of the relations' build at 100k. Read like the vector of vectors it replaced:
 * size(), operator[] and at() give a row as a span, in the order its values
 * were added.
 *
 * Built once by Builder and never changed: a store's relations are rebuilt
 * whole when a record changes.
 */
template<typename T> class Adjacency final
{
public:
    using Row = std::span<const T>;

    Adjacency() = default;

    /// How many rows (of the table pointing), not values.
    std::size_t size() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }
    bool empty() const { return size() == 0; }
    /// Every value of every row; for counting.
    std::size_t valueCount() const { return m_values.size(); }

    Row operator[](std::size_t row) const
    {
        Q_ASSERT(row < size());
        return Row(m_values.data() + m_offsets[row], m_offsets[row + 1] - m_offsets[row]);
    }
    Row at(std::size_t row) const
    {
        if (row >= size())
            throw std::out_of_range("Adjacency::at");
        return (*this)[row];
    }

    /**
     * Collects (row, value) pairs in any row order, then lays them out by a
     * stable counting sort: a row's values keep the order they were added in.
     */
    class Builder final
    {
    public:
        explicit Builder(std::size_t rows)
            : m_rows(rows)
        { }
        void reserve(std::size_t values) { m_edges.reserve(values); }
        void add(quint32 row, T value)
        {
            Q_ASSERT(row < m_rows);
            m_edges.emplace_back(row, std::move(value));
        }

        Adjacency finish() &&
        {
            // Offsets are 32-bit, as every row number in a store is.
            if (m_edges.size() > std::numeric_limits<quint32>::max())
                throw std::length_error("Adjacency: more than 2^32 values");
            Adjacency a;
            a.m_offsets.assign(m_rows + 1, 0);
            for (const auto &e : m_edges)
                ++a.m_offsets[e.first + 1];
            for (std::size_t i = 1; i <= m_rows; ++i)
                a.m_offsets[i] += a.m_offsets[i - 1];
            // Each row's next free place, starting at its offset.
            std::vector<quint32> next(a.m_offsets.begin(), a.m_offsets.end() - 1);
            a.m_values.resize(m_edges.size());
            for (auto &e : m_edges)
                a.m_values[next[e.first]++] = std::move(e.second);
            m_edges = {};
            return a;
        }

    private:
        std::size_t m_rows;
        std::vector<std::pair<quint32, T>> m_edges;
    };

private:
    std::vector<quint32> m_offsets;
    std::vector<T> m_values;
};

} // namespace SyncDesk
