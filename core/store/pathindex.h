// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <bit>
#include <utility>
#include <vector>

namespace SyncDesk {

/**
 * Rows by a path they hold, as QHash<QString, quint32> answered it, in one
 * flat table of 4-byte rows probed in order: the paths are not copied, the
 * caller's pathOf(row) gives each row's own. At 100k operations a store has
 * 242k files; QHash's nodes and spans for them were ~10 MB, this is 2 MB.
 *
 * Paths are hashed with Qt's per-process seed: names in a hostile store
 * cannot be chosen to collide.
 */
class PathIndex final
{
public:
    PathIndex() = default;
    PathIndex(const PathIndex &) = default;
    PathIndex &operator=(const PathIndex &) = default;
    PathIndex(PathIndex &&other) noexcept { *this = std::move(other); }
    PathIndex &operator=(PathIndex &&other) noexcept
    {
        m_rows = std::exchange(other.m_rows, {});
        m_size = std::exchange(other.m_size, 0);
        m_seed = other.m_seed;
        return *this;
    }

    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    void clear() { *this = PathIndex(); }

    /// Room for n rows without growing.
    template<class PathOf> void reserve(qsizetype n, const PathOf &pathOf)
    {
        const std::size_t want = std::bit_ceil(std::size_t(qMax<qsizetype>(n, 4)) * 2);
        if (want > m_rows.size())
            rehash(want, pathOf);
    }

    /// The row whose pathOf(row) is path, -1 when none.
    template<class PathOf> qint32 find(QStringView path, const PathOf &pathOf) const
    {
        if (m_rows.empty())
            return -1;
        const std::size_t mask = m_rows.size() - 1;
        for (std::size_t i = home(path);; i = (i + 1) & mask) {
            const quint32 slot = m_rows[i];
            if (slot == kFree)
                return -1;
            if (QStringView(pathOf(slot - 1)) == path)
                return qint32(slot - 1);
        }
    }

    /// Adds row under pathOf(row), replacing a row with the same path.
    template<class PathOf> void insert(quint32 row, const PathOf &pathOf)
    {
        if (std::size_t(m_size + 1) * 2 > m_rows.size())
            rehash(qMax<std::size_t>(m_rows.size() * 2, 8), pathOf);
        place(row, pathOf);
    }

private:
    static constexpr quint32 kFree = 0; ///< a slot holds row + 1

    std::size_t home(QStringView path) const
    {
        return std::size_t(qHash(path, m_seed)) & (m_rows.size() - 1);
    }
    template<class PathOf> void place(quint32 row, const PathOf &pathOf)
    {
        const QStringView path(pathOf(row));
        const std::size_t mask = m_rows.size() - 1;
        for (std::size_t i = home(path);; i = (i + 1) & mask) {
            quint32 &slot = m_rows[i];
            if (slot == kFree) {
                slot = row + 1;
                ++m_size;
                return;
            }
            if (QStringView(pathOf(slot - 1)) == path) {
                slot = row + 1;
                return;
            }
        }
    }
    template<class PathOf> void rehash(std::size_t count, const PathOf &pathOf)
    {
        const std::vector<quint32> old = std::exchange(m_rows, std::vector<quint32>(count, kFree));
        m_size = 0;
        // Kept with the rows it placed: the global seed may be reset meanwhile.
        m_seed = QHashSeed::globalSeed();
        for (const quint32 slot : old)
            if (slot != kFree)
                place(slot - 1, pathOf);
    }

    std::vector<quint32> m_rows; ///< a power of two of them, at most half used; or none
    qsizetype m_size = 0;
    std::size_t m_seed = 0;
};

} // namespace SyncDesk
