// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include "core/models/conflictmodel.h"

#include <QLocale>

#include <array>

namespace SyncDesk {

/// What a card shows that would otherwise be built on every paint.
struct ConflictModel::Row
{
    QString id;
    QString changedBy;
    /// Formatted when first asked for: local-time formatting of 10k dates showed at attach.
    mutable QString createdText;
    mutable bool createdFormatted = false;
    QString recommendationText;
    QString decisionText;
    QString evidenceId;
    QString searchText;
    QString version;
    QStringList actors, devices;
    int severityRank = 4;
    int offered = 0;
    DecisionOption recommended = DecisionOption::None;
    DecisionOption selected = DecisionOption::None;
};

/// The gate's answer for one card and the acting actor, computed when first painted.
struct ConflictModel::Verdicts
{
    bool computed = false;
    bool rationaleRequired = false;
    int allowed = 0;
    std::array<Refusal, kDecisionOptionCount> refusals {};
    std::array<QString, kDecisionOptionCount> reasons;
    QString policyId, policyEffect, policyText;
};

namespace ConflictModelDetail {

/// A time in the locale's short format, empty for kNoTime.
QString formatTime(const QLocale &locale, qint64 ms);

/// 0 for blocking, 1 review_required, 2 warning, 3 info, 4 anything else.
int severityRank(const QString &severity);

} // namespace ConflictModelDetail

} // namespace SyncDesk
