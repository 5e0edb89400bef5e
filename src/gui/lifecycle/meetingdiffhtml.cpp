#include "meetingdiffhtml.h"

#include "domain/partpath.h"
#include "gui/browse/searchresultmodel.h"
#include "gui/editor/voteeditor.h"
#include "gui/widgets/enumnames.h"

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

const auto addedStyle = u"color:#116329; background-color:#dafbe1; text-decoration:underline;"_s;
const auto removedStyle
    = u"color:#a40e26; background-color:#ffebe9; text-decoration:line-through;"_s;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

template<typename E> QString nameOf(const QString& key)
{
    const std::optional<E> value = enumFromKey<E>(key);
    return value ? EnumNames::name(*value) : key;
}

} // namespace

QString MeetingDiffHtml::partName(const QString& part)
{
    const std::optional<PartPath> path = PartPath::parse(part);
    if (path && path->kind == PartKind::Meeting)
        return tr("Meeting");
    if (path && path->kind == PartKind::Appendix)
        return tr("Appendix %1").arg(path->numbers.at(0));
    return SearchResultModel::partName(part);
}

QString MeetingDiffHtml::fieldName(const QString& field)
{
    const QString name = field.section(u' ', 0, 0);
    const QString number = field.section(u' ', 1);
    if (field.startsWith(u"chair."))
        return tr("chair: %1").arg(fieldName(field.mid(6)));
    if (field.startsWith(u"secretary."))
        return tr("secretary: %1").arg(fieldName(field.mid(10)));
    if (field.startsWith(u"template."))
        return tr("template: %1").arg(fieldName(field.mid(9)));
    if (name == u"kpiTable")
        return tr("caption of table %1").arg(number.section(u'.', 0, 0));
    if (name == u"subPoints")
        return tr("sub-point %1").arg(number);
    if (name == u"participant")
        return tr("participant %1").arg(number);
    if (name == u"vote.rollCall")
        return tr("roll call %1").arg(number);
    if (name == u"vote.opinion")
        return tr("dissenting opinion %1").arg(number);
    static const QList<std::pair<QString, const char*>> names {
        {u"councilName"_s, QT_TR_NOOP("council")},
        {u"number"_s, QT_TR_NOOP("number")},
        {u"date"_s, QT_TR_NOOP("date")},
        {u"startTime"_s, QT_TR_NOOP("start time")},
        {u"place"_s, QT_TR_NOOP("place")},
        {u"form"_s, QT_TR_NOOP("form")},
        {u"status"_s, QT_TR_NOOP("status")},
        {u"fullName"_s, QT_TR_NOOP("full name")},
        {u"shortName"_s, QT_TR_NOOP("short name")},
        {u"position"_s, QT_TR_NOOP("position")},
        {u"organisation"_s, QT_TR_NOOP("organisation")},
        {u"role"_s, QT_TR_NOOP("role")},
        {u"presence"_s, QT_TR_NOOP("presence")},
        {u"note"_s, QT_TR_NOOP("note")},
        {u"title"_s, QT_TR_NOOP("title")},
        {u"discussion"_s, QT_TR_NOOP("discussion")},
        {u"speaker"_s, QT_TR_NOOP("speaker")},
        {u"lead"_s, QT_TR_NOOP("lead")},
        {u"body"_s, QT_TR_NOOP("text of the report")},
        {u"indicator"_s, QT_TR_NOOP("indicator")},
        {u"value"_s, QT_TR_NOOP("value")},
        {u"unit"_s, QT_TR_NOOP("unit")},
        {u"period"_s, QT_TR_NOOP("period")},
        {u"change"_s, QT_TR_NOOP("change")},
        {u"text"_s, QT_TR_NOOP("text")},
        {u"kind"_s, QT_TR_NOOP("kind")},
        {u"addressee"_s, QT_TR_NOOP("addressee")},
        {u"responsible"_s, QT_TR_NOOP("responsible")},
        {u"deadline"_s, QT_TR_NOOP("deadline")},
        {u"agendaItem"_s, QT_TR_NOOP("agenda item")},
        {u"followUpStatus"_s, QT_TR_NOOP("follow-up status")},
        {u"statusNote"_s, QT_TR_NOOP("status note")},
        {u"endTime"_s, QT_TR_NOOP("end time")},
        {u"protocolForm"_s, QT_TR_NOOP("protocol form")},
        {u"convenedBy"_s, QT_TR_NOOP("convened by")},
        {u"basis"_s, QT_TR_NOOP("basis")},
        {u"notification"_s, QT_TR_NOOP("notification")},
        {u"memberCount"_s, QT_TR_NOOP("number of members")},
        {u"vote"_s, QT_TR_NOOP("vote")},
        {u"vote.opinions"_s, QT_TR_NOOP("dissenting opinions")},
        {u"titleLine"_s, QT_TR_NOOP("title line")},
        {u"resolutionFormula"_s, QT_TR_NOOP("resolution formula")},
        {u"chairTitle"_s, QT_TR_NOOP("chair's title")},
        {u"secretaryTitle"_s, QT_TR_NOOP("secretary's title")},
        {u"membersLabel"_s, QT_TR_NOOP("members label")},
        {u"approval"_s, QT_TR_NOOP("approval block")},
        {u"approvalPosition"_s, QT_TR_NOOP("approver's position")},
        {u"approvalName"_s, QT_TR_NOOP("approver's name")},
        {u"sealMark"_s, QT_TR_NOOP("seal mark")},
        {u"attendeeListThreshold"_s, QT_TR_NOOP("attendee list threshold")},
        {u"numbering"_s, QT_TR_NOOP("numbering")},
        {u"resolutionNumbering"_s, QT_TR_NOOP("resolution numbering")},
        {u"quorum"_s, QT_TR_NOOP("quorum")},
        {u"quorumCount"_s, QT_TR_NOOP("quorum count")},
    };
    for (const auto& [key, text] : names) {
        if (key == field)
            return tr(text);
    }
    return field;
}

QString MeetingDiffHtml::valueText(const QString& field, const QString& key)
{
    if (key.isEmpty())
        return key;
    if (field == u"form")
        return nameOf<MeetingForm>(key);
    if (field == u"status")
        return nameOf<MeetingStatus>(key);
    if (field == u"role")
        return nameOf<AttendanceRole>(key);
    if (field == u"presence")
        return nameOf<Presence>(key);
    if (field == u"kind")
        return nameOf<ResolutionKind>(key);
    if (field == u"followUpStatus")
        return nameOf<FollowUpStatus>(key);
    if (field == u"deadline" && key == enumKey(DeadlineKind::NextMeeting))
        return EnumNames::name(DeadlineKind::NextMeeting);
    if (field == u"protocolForm")
        return nameOf<ProtocolForm>(key);
    if (field == u"template.numbering")
        return nameOf<NumberingStyle>(key);
    if (field == u"template.resolutionNumbering")
        return nameOf<ResolutionNumbering>(key);
    if (field == u"template.quorum")
        return nameOf<QuorumKind>(key);
    if ((field == u"template.approval" || field == u"template.sealMark") && key == u"yes")
        return tr("yes");
    if (field == u"vote") {
        // "counts 12–1–0", "roll-call 11–2–0", "unanimous"
        const std::optional<VoteKind> kind = enumFromKey<VoteKind>(key.section(u' ', 0, 0));
        if (!kind)
            return key;
        const QStringList counts = key.section(u' ', 1, 1).split(QChar(0x2013));
        const QString tally = counts.size() == 3
            ? tr("for %1, against %2, abstained %3").arg(counts.at(0), counts.at(1), counts.at(2))
            : QString();
        if (*kind == VoteKind::Counts)
            return tally;
        if (*kind == VoteKind::RollCall)
            return VoteEditor::kindName(*kind) + u": "_s + tally;
        return VoteEditor::kindName(*kind);
    }
    if (field.startsWith(u"vote.rollCall ")) {
        // "N.Abdullayev: against"
        const qsizetype colon = key.lastIndexOf(u": "_s);
        const std::optional<VoteChoice> choice
            = colon < 0 ? std::nullopt : enumFromKey<VoteChoice>(key.mid(colon + 2));
        return choice ? key.left(colon + 2) + VoteEditor::choiceName(*choice) : key;
    }
    return key;
}

QString MeetingDiffHtml::heading(const MeetingDiff::Change& change)
{
    using Kind = MeetingDiff::Change::Kind;
    const QString part = partName(change.part);
    if (change.kind == Kind::Moved)
        return tr("%1: moved (was %2)").arg(part, partName(change.before));
    if (change.field.isEmpty())
        return change.kind == Kind::Added ? tr("%1: added").arg(part) : tr("%1: removed").arg(part);
    const QString field = fieldName(change.field);
    switch (change.kind) {
    case Kind::Added:
        return tr("%1: %2 added").arg(part, field);
    case Kind::Removed:
        return tr("%1: %2 removed").arg(part, field);
    default:
        return tr("%1: %2 changed").arg(part, field);
    }
}

QString MeetingDiffHtml::wordsHtml(const QList<MeetingDiff::Words>& words)
{
    QString html;
    MeetingDiff::Words::Kind previous = MeetingDiff::Words::Kind::Same;
    for (const MeetingDiff::Words& run : words) {
        if (run.kind == MeetingDiff::Words::Kind::Same) {
            html += escaped(run.text);
            previous = run.kind;
            continue;
        }
        // The spaces around a marked run stay unmarked, so that the marks
        // cover words only; a word put in place of another stands apart from it.
        const QString core = run.text.trimmed();
        const qsizetype lead = run.text.indexOf(core);
        const QString before = core.isEmpty() ? run.text : run.text.left(lead);
        const QString after = core.isEmpty() ? QString() : run.text.mid(lead + core.size());
        if (previous == MeetingDiff::Words::Kind::Removed
            && run.kind == MeetingDiff::Words::Kind::Added && before.isEmpty())
            html += u' ';
        html += escaped(before);
        if (!core.isEmpty()) {
            html += run.kind == MeetingDiff::Words::Kind::Added
                ? u"<u><span style=\""_s + addedStyle + u"\">"_s + escaped(core) + u"</span></u>"_s
                : u"<s><span style=\""_s + removedStyle + u"\">"_s + escaped(core)
                    + u"</span></s>"_s;
        }
        html += escaped(after);
        previous = run.kind;
    }
    return html;
}

QString MeetingDiffHtml::html(const QList<MeetingDiff::Change>& changes)
{
    using Kind = MeetingDiff::Change::Kind;
    if (changes.isEmpty())
        return u"<p>"_s + tr("No differences: the two texts are the same.").toHtmlEscaped()
            + u"</p>"_s;
    QString html = u"<p><i>"_s
        + tr("%n change(s). Added words are underlined (green), removed words struck through "
             "(red).",
            nullptr, int(changes.size()))
              .toHtmlEscaped()
        + u"</i></p>"_s;
    for (const MeetingDiff::Change& change : changes) {
        html += u"<p style=\"margin-top:10px; margin-bottom:2px\"><b>"_s
            + heading(change).toHtmlEscaped() + u"</b></p>"_s;
        QList<MeetingDiff::Words> words = change.words;
        if (change.kind == Kind::Moved)
            continue;
        if (change.field.isEmpty()) {
            // A whole part added or removed: its first text, marked as a whole.
            const QString text = change.kind == Kind::Added ? change.after : change.before;
            words = {{change.kind == Kind::Added ? MeetingDiff::Words::Kind::Added
                                                 : MeetingDiff::Words::Kind::Removed,
                text}};
        } else {
            const QString before = valueText(change.field, change.before);
            const QString after = valueText(change.field, change.after);
            if (before != change.before || after != change.after) {
                // A choice from a list: the old name and the new, not their keys.
                words.clear();
                if (!before.isEmpty())
                    words.append({MeetingDiff::Words::Kind::Removed, before});
                if (!before.isEmpty() && !after.isEmpty())
                    words.append({MeetingDiff::Words::Kind::Same, u" → "_s});
                if (!after.isEmpty())
                    words.append({MeetingDiff::Words::Kind::Added, after});
            }
        }
        html += u"<p style=\"margin-top:0px; margin-left:12px\">"_s + wordsHtml(words) + u"</p>"_s;
    }
    return html;
}

} // namespace Bayon
