// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#include "core/records/decisionoption.h"

namespace SyncDesk {

DecisionOption parseDecisionOption(std::string_view text)
{
    for (DecisionOption option : kDecisionOptions)
        if (text == decisionOptionKey(option))
            return option;
    return DecisionOption::None;
}

DecisionOption parseDecisionOption(QStringView text)
{
    for (DecisionOption option : kDecisionOptions)
        if (text == QLatin1StringView(decisionOptionKey(option)))
            return option;
    return DecisionOption::None;
}

std::string_view decisionOptionKey(DecisionOption option)
{
    switch (option) {
    case DecisionOption::Merge:
        return "merge";
    case DecisionOption::Fork:
        return "fork";
    case DecisionOption::Skip:
        return "skip";
    case DecisionOption::None:
        break;
    }
    return {};
}

QString decisionOptionName(DecisionOption option)
{
    const std::string_view key = decisionOptionKey(option);
    return QString::fromLatin1(key.data(), qsizetype(key.size()));
}

} // namespace SyncDesk
