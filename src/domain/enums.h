#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <optional>
#include <utility>

namespace Bayon {

enum class MeetingForm { InPerson, Online, WrittenPoll };
enum class MeetingStatus { Draft, Review, Final, Signed };
enum class AttendanceRole { Member, Invited, Staff };
enum class Presence { Present, Absent, Excused };
enum class ResolutionKind { TakeNote, Approve, Support, Recommend, Instruct };
enum class FollowUpStatus { Open, InProgress, Done, Cancelled };
enum class ChangeKind { None, Factor, Percent };
enum class DeadlineKind { None, Date, NextMeeting };
// What an audit line records and how a revision came about (the lifecycle).
enum class AuditAction { Transition, Reopen, Restore, Attach, Detach, Import };
enum class RevisionKind { Create, Save, Autosave, Transition, Reopen, Restore };

// The stable key of each enumerator: what the database and the interchange
// JSON store. Keys never change once released; names in the interface are
// translated elsewhere.
template<typename E> struct EnumKeyTable;

#define BAYON_ENUM_KEYS(Enum, ...)                                                                 \
    template<> struct EnumKeyTable<Enum>                                                           \
    {                                                                                              \
        static constexpr std::array entries {__VA_ARGS__};                                         \
    };

BAYON_ENUM_KEYS(MeetingForm, std::pair {MeetingForm::InPerson, u"in-person"},
    std::pair {MeetingForm::Online, u"online"},
    std::pair {MeetingForm::WrittenPoll, u"written-poll"})
BAYON_ENUM_KEYS(MeetingStatus, std::pair {MeetingStatus::Draft, u"draft"},
    std::pair {MeetingStatus::Review, u"review"}, std::pair {MeetingStatus::Final, u"final"},
    std::pair {MeetingStatus::Signed, u"signed"})
BAYON_ENUM_KEYS(AttendanceRole, std::pair {AttendanceRole::Member, u"member"},
    std::pair {AttendanceRole::Invited, u"invited"}, std::pair {AttendanceRole::Staff, u"staff"})
BAYON_ENUM_KEYS(Presence, std::pair {Presence::Present, u"present"},
    std::pair {Presence::Absent, u"absent"}, std::pair {Presence::Excused, u"excused"})
BAYON_ENUM_KEYS(ResolutionKind, std::pair {ResolutionKind::TakeNote, u"take-note"},
    std::pair {ResolutionKind::Approve, u"approve"},
    std::pair {ResolutionKind::Support, u"support"},
    std::pair {ResolutionKind::Recommend, u"recommend"},
    std::pair {ResolutionKind::Instruct, u"instruct"})
BAYON_ENUM_KEYS(FollowUpStatus, std::pair {FollowUpStatus::Open, u"open"},
    std::pair {FollowUpStatus::InProgress, u"in-progress"},
    std::pair {FollowUpStatus::Done, u"done"}, std::pair {FollowUpStatus::Cancelled, u"cancelled"})
BAYON_ENUM_KEYS(ChangeKind, std::pair {ChangeKind::None, u"none"},
    std::pair {ChangeKind::Factor, u"factor"}, std::pair {ChangeKind::Percent, u"percent"})
BAYON_ENUM_KEYS(DeadlineKind, std::pair {DeadlineKind::None, u"none"},
    std::pair {DeadlineKind::Date, u"date"}, std::pair {DeadlineKind::NextMeeting, u"next-meeting"})

BAYON_ENUM_KEYS(AuditAction, std::pair {AuditAction::Transition, u"transition"},
    std::pair {AuditAction::Reopen, u"reopen"}, std::pair {AuditAction::Restore, u"restore"},
    std::pair {AuditAction::Attach, u"attach"}, std::pair {AuditAction::Detach, u"detach"},
    std::pair {AuditAction::Import, u"import"})
BAYON_ENUM_KEYS(RevisionKind, std::pair {RevisionKind::Create, u"create"},
    std::pair {RevisionKind::Save, u"save"}, std::pair {RevisionKind::Autosave, u"autosave"},
    std::pair {RevisionKind::Transition, u"transition"},
    std::pair {RevisionKind::Reopen, u"reopen"}, std::pair {RevisionKind::Restore, u"restore"})

#undef BAYON_ENUM_KEYS

template<typename E> QString enumKey(E value)
{
    for (const auto& [enumerator, key] : EnumKeyTable<E>::entries) {
        if (enumerator == value)
            return QString::fromUtf16(key);
    }
    return {};
}

template<typename E> std::optional<E> enumFromKey(QStringView key)
{
    for (const auto& [enumerator, candidate] : EnumKeyTable<E>::entries) {
        if (key == QStringView(candidate))
            return enumerator;
    }
    return std::nullopt;
}

template<typename E> QStringList enumKeys()
{
    QStringList keys;
    for (const auto& entry : EnumKeyTable<E>::entries)
        keys.append(QString::fromUtf16(entry.second));
    return keys;
}

} // namespace Bayon
