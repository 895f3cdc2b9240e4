// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

#pragma once

#include <QStringView>

namespace SyncDesk {

/**
 * How a status cell should read. Core has no Gui, so models say what a value
 * means and the UI picks colours and icons that suit the palette.
 */
enum class StatusTone : unsigned char
{
    Normal,
    Positive, ///< verified, done
    Warning, ///< accepted but worth a look
    Negative, ///< an error, tampered evidence: never to be read as fine
};

/**
 * What a task's or an operation's status word means, for colour: the
 * timeline's bars and the queue's status chips share it, so one status has
 * one colour on every page (ui/widgets/statuscolors.h picks the colours).
 */
enum class TaskState : unsigned char
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Other, ///< a status the contract does not know
};

/// The number of TaskState values.
inline constexpr int kTaskStateCount = 6;

/**
 * The state of a status word of the task or operation contracts. Operation
 * words map to the task state they resemble: queued is waiting (Pending),
 * replayed, reconciled and completed are done (Succeeded); blocked and words
 * the contracts do not know are Other.
 */
inline TaskState taskStateOfWord(QStringView word)
{
    if (word == u"pending" || word == u"queued")
        return TaskState::Pending;
    if (word == u"running")
        return TaskState::Running;
    if (word == u"succeeded" || word == u"completed" || word == u"replayed"
        || word == u"reconciled")
        return TaskState::Succeeded;
    if (word == u"failed")
        return TaskState::Failed;
    if (word == u"cancelled")
        return TaskState::Cancelled;
    return TaskState::Other;
}

} // namespace SyncDesk
