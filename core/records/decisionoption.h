// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <string_view>

namespace SyncDesk {

/**
 * The options of a DecisionCard (spec/contracts.md, "conflict / DecisionCard"):
 * what `options`, `recommended_option` and `selected_option` name. One type
 * from the record to the gate, the writer, the models, the card and the CLI:
 * a record's text is parsed once where the record is read
 * (parseDecisionOption()), and the canonical text is written back
 * (decisionOptionName()).
 *
 * The values are the cards' button order and the bits of option masks
 * (decisionOptionBit()); None is "no option": not set, or text that names none
 * of the three.
 */
enum class DecisionOption : signed char
{
    None = -1,
    Merge = 0, ///< the daemon merges the competing versions into one
    Fork = 1, ///< keep both versions as separate objects
    Skip = 2, ///< leave the object as it is, drop the competing change
};

inline constexpr int kDecisionOptionCount = 3;

/// Merge, Fork, Skip: the order cards show them and the gate checks them.
inline constexpr std::array<DecisionOption, kDecisionOptionCount> kDecisionOptions {
    DecisionOption::Merge, DecisionOption::Fork, DecisionOption::Skip
};

/**
 * The option a record's text names: exactly "merge", "fork" or "skip", as the
 * daemon compares them (case and spaces count: "Merge" or " merge" name
 * none). Anything else is DecisionOption::None.
 */
DecisionOption parseDecisionOption(std::string_view text);
DecisionOption parseDecisionOption(QStringView text);

/// "merge", "fork", "skip": the text a record holds; empty for None.
std::string_view decisionOptionKey(DecisionOption option);
/// decisionOptionKey() as a QString, for messages and the CLI.
QString decisionOptionName(DecisionOption option);

/// The option's bit in a mask of options (1 << value); 0 for None.
constexpr int decisionOptionBit(DecisionOption option)
{
    return option == DecisionOption::None ? 0 : 1 << int(option);
}

} // namespace SyncDesk
