#include "protocolcomposer.h"

#include "domain/meetingvalidator.h"
#include "domain/reportbody.h"
#include "interchange/controlcode.h"
#include "text/romannumeral.h"
#include "text/transliterator.h"
#include "text/uzbekdates.h"
#include "text/uzbeknumbers.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

using Kind = ProtocolBlock::Kind;

constexpr QChar kDash = u'\u2013'; // "A.Karimov – Kengash kotibi"

// Space above a block, in points.
constexpr qreal kLineSpace = 12;
constexpr qreal kHalfLineSpace = 6;

// An introducing sentence up to about three printed lines stays on the page
// of what it introduces; a longer one may end a page like any paragraph.
constexpr qsizetype kShortIntroduction = 240;

class Composer
{
public:
    Composer(const Meeting& meeting, const ProtocolOptions& options, Script script)
        : m_meeting(meeting)
        , m_options(options)
        , m_form(options.form.value_or(meeting.protocolForm))
        , m_template(meeting.protocolTemplate)
        , m_script(script)
    {
        indexMentions();
    }

    ProtocolContent compose()
    {
        if (m_options.isExtract())
            return composeExtract();
        approval();
        header();
        if (m_meeting.form == MeetingForm::WrittenPoll)
            writtenPoll();
        else
            attendance();
        opening();
        agenda();
        switch (m_form) {
        case ProtocolForm::Narrative:
            for (int i = 0; i < m_meeting.agenda.size(); ++i)
                agendaItem(i);
            resolutions();
            break;
        case ProtocolForm::Full:
        case ProtocolForm::Short:
            for (int i = 0; i < m_meeting.agenda.size(); ++i)
                itemInForm(i);
            looseResolutions();
            break;
        }
        signatures();
        appendices();
        metadata();
        return std::move(m_content);
    }

    // The paragraphs one vote prints, as compose() prints them after its
    // resolution or agenda item.
    QList<ProtocolBlock> composeVote(const Vote& recorded)
    {
        vote(recorded);
        return std::move(m_content.blocks);
    }

private:
    // Every text goes through here: stored texts and fixed phrases alike.
    QString t(const QString& latin) const
    {
        return m_script == Script::Cyrillic ? Transliterator::toCyrillic(latin) : latin;
    }

    ProtocolBlock& add(Kind kind, QList<ProtocolRun> runs = {}, qreal spaceBefore = 0)
    {
        ProtocolBlock block;
        block.kind = kind;
        block.runs = std::move(runs);
        block.spaceBefore = std::max(spaceBefore, std::exchange(m_pendingSpace, 0.0));
        block.anchor = std::exchange(m_anchor, QString());
        m_content.blocks.append(std::move(block));
        return m_content.blocks.last();
    }

    ProtocolBlock& paragraph(QList<ProtocolRun> runs, qreal spaceBefore = 0)
    {
        return add(Kind::Paragraph, std::move(runs), spaceBefore);
    }

    ProtocolBlock& heading(int level, QString text, qreal spaceBefore)
    {
        ProtocolBlock& block = add(Kind::Heading, {{std::move(text), true, false}}, spaceBefore);
        block.level = level;
        block.keepWithNext = true;
        return block;
    }

    static ProtocolRun plain(QString text) { return {std::move(text), false, false}; }
    static ProtocolRun bold(QString text) { return {std::move(text), true, false}; }
    static ProtocolRun italic(QString text) { return {std::move(text), false, true}; }

    // "Kengash raisi A.Ishanxodjaev": position, then name, as the seed writes them.
    QString positionAndName(const Person& person) const
    {
        const QString position = person.position.simplified();
        const QString name = t(person.printedName().simplified());
        return position.isEmpty() ? name : t(position) + u' ' + name;
    }

    // "O.Pekso – Raqamli texnologiyalar vazirining birinchi oʻrinbosari"
    QString nameAndPosition(const Person& person, const QString& note = {}) const
    {
        QString text = t(person.printedName().simplified());
        if (!person.position.trimmed().isEmpty())
            text += u' ' + QString(kDash) + u' ' + t(person.position.simplified());
        if (!note.trimmed().isEmpty())
            text += u" ("_s + t(note.simplified()) + u')';
        return text;
    }

    // "A, B va C"
    QString joinWithAnd(const QStringList& parts) const
    {
        if (parts.size() <= 1)
            return parts.value(0);
        return parts.mid(0, parts.size() - 1).join(u", "_s) + t(u" va "_s) + parts.last();
    }

    static bool samePerson(const Person& a, const Person& b)
    {
        if (a.directoryId != 0 && a.directoryId == b.directoryId)
            return true;
        return !a.printedName().isEmpty()
            && a.printedName().simplified() == b.printedName().simplified();
    }

    void header()
    {
        anchor(u"header"_s);
        if (!m_meeting.emblem.isEmpty())
            add(Kind::Emblem).image = m_meeting.emblem;
        if (!m_meeting.councilName.trimmed().isEmpty())
            add(Kind::CouncilName, {bold(t(m_meeting.councilName.simplified()).toUpper())});
        const QString title = m_template.titleLine.simplified().isEmpty()
            ? u"YIGʻILISH BAYONI"_s
            : m_template.titleLine.simplified();
        add(Kind::DocumentTitle, {bold(t(m_extract ? u"BAYONNOMADAN KOʻCHIRMA"_s : title))},
            kLineSpace);
        if (m_meeting.number > 0)
            add(Kind::DocumentNumber, {bold(t(m_template.formatNumber(m_meeting.number)))});
        if (m_meeting.form == MeetingForm::WrittenPoll)
            add(Kind::MeetingForm, {plain(t(u"(soʻrovnoma yoʻli bilan)"_s))});
        else if (m_meeting.form == MeetingForm::Online)
            add(Kind::MeetingForm, {plain(t(u"(videokonferensaloqa tartibida)"_s))});

        QString when;
        if (m_meeting.date.isValid())
            when = UzbekDates::formatLong(m_meeting.date, m_script);
        if (m_meeting.startTime.isValid()) {
            const QString time = UzbekDates::formatTime(m_meeting.startTime, m_script);
            when = when.isEmpty() ? time : when + u", "_s + time;
        }
        const QString place = t(m_meeting.place.simplified());
        if (!when.isEmpty() || !place.isEmpty()) {
            ProtocolBlock& line = add(Kind::DatePlace, {plain(when)}, kLineSpace);
            line.rightText = place;
        }
    }

    void attendance()
    {
        anchor(u"attendance"_s);
        qreal space = kLineSpace;
        if (!m_meeting.chair.isEmpty()) {
            paragraph({bold(t(u"Raislik qildi:"_s)),
                          plain(u' ' + positionAndName(m_meeting.chair) + u'.')},
                space);
            space = 0;
        }

        QStringList members;
        QList<const Attendance*> invited;
        QList<const Attendance*> staff;
        QList<const Attendance*> missing;
        for (const Attendance& line : m_meeting.attendance) {
            if (line.presence != Presence::Present) {
                missing.append(&line);
                continue;
            }
            switch (line.role) {
            case AttendanceRole::Member:
                // The chair is named above; listing him again reads as a slip.
                if (!samePerson(line.person, m_meeting.chair))
                    members.append(t(line.person.printedName().simplified()));
                break;
            case AttendanceRole::Invited:
                invited.append(&line);
                break;
            case AttendanceRole::Staff:
                staff.append(&line);
                break;
            }
        }

        // Everyone present, the chair included: the number the appendix lists.
        const int present
            = int(std::count_if(m_meeting.attendance.cbegin(), m_meeting.attendance.cend(),
                [](const Attendance& line) { return line.presence == Presence::Present; }));
        if (m_template.attendeeListThreshold > 0 && present > m_template.attendeeListThreshold) {
            // Many attendees: their number here, their names in the appendix.
            m_attendeeAppendix = appendixNumber();
            paragraph({bold(t(u"Qatnashdilar:"_s)),
                          plain(u' '
                              + t(u"%1 nafar (roʻyxat ilova qilinadi, %2)."_s)
                                    .arg(present)
                                    .arg(appendixLabel(m_attendeeAppendix)))},
                space);
            missingList(missing, 0);
            quorumLine();
            return;
        }
        if (!members.isEmpty() || !invited.isEmpty() || !staff.isEmpty()) {
            paragraph({bold(t(u"Qatnashdilar:"_s))}, space).keepWithNext = true;
            space = 0;
        }
        if (!members.isEmpty())
            paragraph(
                {italic(t(u"Kengash aʼzolari:"_s)), plain(u' ' + members.join(u", "_s) + u'.')})
                .ragged
                = true;
        listWithPositions(t(u"Taklif etilganlar:"_s), invited);
        listWithPositions(t(u"Kengash ishchi organi:"_s), staff);
        missingList(missing, space);
        quorumLine();
    }

    void missingList(const QList<const Attendance*>& missing, qreal space)
    {
        if (!missing.isEmpty()) {
            QStringList names;
            for (const Attendance* line : missing) {
                QString note = line->note;
                if (note.trimmed().isEmpty() && line->presence == Presence::Excused)
                    note = u"uzrli sabab bilan"_s;
                QString name = t(line->person.printedName().simplified());
                if (!note.trimmed().isEmpty())
                    name += u" ("_s + t(note.simplified()) + u')';
                names.append(name);
            }
            paragraph(
                {bold(t(u"Qatnashmadilar:"_s)), plain(u' ' + names.join(u", "_s) + u'.')}, space)
                .ragged
                = true;
        }
    }

    void listWithPositions(const QString& label, const QList<const Attendance*>& lines)
    {
        if (lines.isEmpty())
            return;
        paragraph({italic(label)}).keepWithNext = true;
        for (int i = 0; i < lines.size(); ++i) {
            const bool last = i == lines.size() - 1;
            paragraph({plain(nameAndPosition(lines.at(i)->person, lines.at(i)->note)
                          + (last ? u'.' : u';'))})
                .ragged
                = true;
        }
    }

    QString numeral(int index) const { return RomanNumeral::fromInt(index + 1) + u'.'; }

    void agenda()
    {
        if (m_meeting.agenda.isEmpty())
            return;
        anchor(u"agenda"_s);
        heading(1, t(u"KUN TARTIBI:"_s), kLineSpace);
        for (int i = 0; i < m_meeting.agenda.size(); ++i)
            paragraph({plain(numeral(i) + u' ' + t(m_meeting.agenda.at(i).title.simplified()))});
    }

    // An item in the narrative form: its vote follows the discussion, since
    // the resolutions come after all items (an extract prints it after them).
    void agendaItem(int index, bool withVote = true)
    {
        const AgendaItem& item = m_meeting.agenda.at(index);
        itemHeading(index);
        for (int r = 0; r < item.reports.size(); ++r) {
            anchor(u"report:%1.%2"_s.arg(index + 1).arg(r + 1));
            speakerReport(item.reports.at(r));
        }
        discussion(item.discussion);
        if (withVote)
            vote(item.vote);
    }

    // "II. …" above an item's hearing. An extract of one item has none: its
    // agenda, just above, names the item under its numeral, and a certified
    // copy repeats nothing the original does not say once.
    void itemHeading(int index)
    {
        anchor(u"item:%1"_s.arg(index + 1));
        if (m_options.extractItem == index) {
            m_pendingSpace = kLineSpace; // the blank line the heading would have had
            return;
        }
        heading(2, numeral(index) + u' ' + t(m_meeting.agenda.at(index).title.simplified()),
            kLineSpace);
    }

    // A paragraph that ends with a colon introduces what follows.
    void introducing(ProtocolBlock& block)
    {
        const QString text = block.plainText().trimmed();
        if (text.endsWith(u':') && text.size() <= kShortIntroduction)
            block.keepWithNext = true;
    }

    void bodyPart(const ReportBody::Block& part)
    {
        switch (part.kind) {
        case ReportBody::Block::Kind::Heading:
            heading(3, t(part.text), kHalfLineSpace);
            break;
        case ReportBody::Block::Kind::Bullet:
            introducing(add(Kind::ListItem, {plain(t(part.text))}));
            break;
        case ReportBody::Block::Kind::Paragraph:
            introducing(paragraph({plain(t(part.text))}));
            break;
        }
    }

    void textParagraphs(const QString& text)
    {
        for (const ReportBody::Block& part : ReportBody::parse(text))
            bodyPart(part);
    }

    // The tables whose caption names a section ("Raqamli hukumat" for "RAQAMLI
    // HUKUMAT YOʻNALISHIDA:") close that section; the others follow the body.
    void tablesOfSection(const QString& section, QList<const KpiTable*>& tables)
    {
        if (section.isEmpty())
            return;
        for (qsizetype i = 0; i < tables.size();) {
            const QString caption = tables.at(i)->caption.simplified();
            if (!caption.isEmpty() && section.startsWith(caption, Qt::CaseInsensitive)) {
                kpiTable(*tables.at(i));
                tables.removeAt(i);
            } else {
                ++i;
            }
        }
    }

    void speakerReport(const SpeakerReport& report)
    {
        const QString lead = withMentions(report.lead).simplified();
        const QString name = report.speaker.printedName().simplified();
        if (!name.isEmpty() && !lead.contains(name)) {
            // The lead does not say who spoke: the protocol must.
            if (lead.isEmpty()) {
                paragraph({plain(positionAndName(report.speaker) + t(u" soʻzga chiqdi."_s))});
            } else {
                paragraph({italic(t(u"Maʼruzachi:"_s)),
                              plain(u' ' + nameAndPosition(report.speaker) + u'.')})
                    .keepWithNext
                    = true;
            }
        }
        if (!lead.isEmpty())
            introducing(paragraph({plain(t(lead))}));

        bodyWithTables(report);
    }

    // The report's body, each KPI table placed after the section it belongs
    // to; tables that match no section follow the body.
    void bodyWithTables(const SpeakerReport& report)
    {
        QList<const KpiTable*> tables;
        for (const KpiTable& table : report.kpiTables)
            tables.append(&table);
        QString section;
        for (const ReportBody::Block& part : ReportBody::parse(withMentions(report.body))) {
            if (part.kind == ReportBody::Block::Kind::Heading) {
                tablesOfSection(section, tables);
                section = part.text;
            }
            bodyPart(part);
        }
        tablesOfSection(section, tables);
        for (const KpiTable* table : std::as_const(tables))
            kpiTable(*table);
    }

    void kpiTable(const KpiTable& source)
    {
        QStringList periods;
        bool hasChange = false, hasNote = false;
        for (const KpiRow& row : source.rows) {
            const QString period = row.period.simplified();
            if (!period.isEmpty() && !periods.contains(period))
                periods.append(period);
            hasChange = hasChange || !row.change.isEmpty();
            hasNote = hasNote || !row.note.trimmed().isEmpty();
        }
        // One period for every row is said once, in the caption.
        const bool periodColumn = periods.size() > 1;

        using Align = ProtocolTable::Align;
        ProtocolTable table;
        table.caption = t(source.caption.simplified());
        if (periods.size() == 1 && !table.caption.isEmpty())
            table.caption += u" ("_s + t(periods.first()) + u')';
        else if (periods.size() == 1)
            table.caption = t(periods.first());

        const auto column = [&](const QString& label, Align align, int width) {
            table.header.append(t(label));
            table.alignments.append(align);
            table.widths.append(width);
        };
        // Empty columns are left out, as a typist would; the indicator takes the room left.
        int room
            = 100 - 5 - 17 - (periodColumn ? 16 : 0) - (hasChange ? 15 : 0) - (hasNote ? 21 : 0);
        column(u"№"_s, Align::Center, 5);
        column(u"Koʻrsatkich"_s, Align::Left, room);
        if (periodColumn)
            column(u"Davr"_s, Align::Left, 16);
        column(u"Qiymat"_s, Align::Right, 17);
        if (hasChange)
            column(u"Oʻzgarish"_s, Align::Right, 15);
        if (hasNote)
            column(u"Izoh"_s, Align::Left, 21);

        for (int i = 0; i < source.rows.size(); ++i) {
            const KpiRow& row = source.rows.at(i);
            QStringList cells {QString::number(i + 1), t(row.indicator.simplified())};
            if (periodColumn)
                cells.append(t(row.period.simplified()));
            QString value;
            if (row.value) {
                value = UzbekNumbers::format(*row.value);
                // The number and its unit never part.
                if (!row.unit.trimmed().isEmpty())
                    value += QChar(0x00A0) + t(row.unit.simplified());
            }
            cells.append(value);
            if (hasChange)
                cells.append(change(row.change));
            if (hasNote)
                cells.append(t(row.note.simplified()));
            table.rows.append(cells);
        }
        add(Kind::Table, {}, kHalfLineSpace).table = std::move(table);
    }

    QString change(const KpiChange& value) const
    {
        switch (value.kind) {
        case ChangeKind::Factor:
            return UzbekNumbers::formatFactor(value.amount, m_script);
        case ChangeKind::Percent:
            return UzbekNumbers::formatPercentChange(value.amount);
        case ChangeKind::None:
            break;
        }
        return {};
    }

    void discussion(const Discussion& discussion)
    {
        if (discussion.isEmpty())
            return;
        QStringList names;
        bool allNamed = true;
        for (const Person& person : discussion.participants) {
            names.append(positionAndName(person));
            allNamed = allNamed && discussion.summary.contains(person.printedName().simplified());
        }
        if (discussion.summary.trimmed().isEmpty()) {
            paragraph({plain(t(u"Masala yuzasidan "_s) + joinWithAnd(names)
                + t(u" oʻz fikr-mulohazalarini bildirishdi."_s))});
            return;
        }
        // The summary usually names who spoke; when it does not, the protocol must.
        if (!allNamed)
            paragraph({italic(t(u"Muhokamada qatnashdilar:"_s)),
                plain(u' ' + names.join(u", "_s) + u'.')});
        textParagraphs(withMentions(discussion.summary));
    }

    void resolutions()
    {
        if (m_meeting.resolutions.isEmpty())
            return;
        bool discussed = false;
        for (const AgendaItem& item : m_meeting.agenda)
            discussed = discussed || !item.discussion.isEmpty();
        QList<ProtocolRun> formula;
        if (discussed)
            formula.append(plain(t(u"Bildirilgan fikr-mulohazalar hamda takliflar asosida "_s)));
        formula.append(
            bold(t(orDefault(m_template.resolutionFormula, u"Kengash qaror qiladi:"_s))));
        anchor(u"resolutions"_s);
        paragraph(formula, kLineSpace).keepWithNext = true;

        for (int i = 0; i < m_meeting.resolutions.size(); ++i) {
            const qsizetype first = m_content.blocks.size();
            anchor(u"resolution:%1"_s.arg(i + 1));
            resolution(QString::number(i + 1), m_meeting.resolutions.at(i));
            // The signatures never stand alone: the last resolution goes with them.
            if (i == m_meeting.resolutions.size() - 1) {
                for (qsizetype b = first; b < m_content.blocks.size(); ++b) {
                    m_content.blocks[b].keepWithNext = true;
                    m_content.blocks[b].keepTogether = true;
                }
            }
        }
    }

    void resolution(const QString& numberText, const Resolution& resolution)
    {
        const QString number = numberText + u'.';
        QStringList responsible;
        for (const QString& name : resolution.responsible) {
            if (!name.trimmed().isEmpty())
                responsible.append(t(name.simplified()));
        }
        QStringList points;
        for (const QString& point : resolution.subPoints) {
            if (!point.trimmed().isEmpty())
                points.append(t(withMentions(point).simplified()));
        }
        QString text = t(withMentions(resolution.text).simplified());

        const QString addressee = t(resolution.addressee.simplified());
        if (!addressee.isEmpty()) {
            // "5. Kengash ishchi organi (N.Abdullayev):"
            QString line = number + u' ' + addressee;
            if (!responsible.isEmpty())
                line += u" ("_s + responsible.join(u", "_s) + u')';
            paragraph({plain(line + u':')}).keepWithNext = true;
            responsible.clear();
        } else {
            if (text.isEmpty() && !points.isEmpty())
                text = points.takeFirst();
            introducing(paragraph({plain(text.isEmpty() ? number : number + u' ' + text)}));
            text.clear();
        }
        if (!text.isEmpty())
            introducing(paragraph({plain(text)}));
        for (const QString& point : std::as_const(points))
            paragraph({plain(point)});
        if (!responsible.isEmpty()) {
            const QString label = responsible.size() == 1 ? u"Masʼul:"_s : u"Masʼullar:"_s;
            paragraph({italic(t(label)), plain(u' ' + responsible.join(u", "_s) + u'.')});
        }
        switch (resolution.deadline.kind) {
        case DeadlineKind::Date:
            if (resolution.deadline.date.isValid())
                paragraph({italic(t(u"Muddat:"_s)),
                    plain(
                        u' ' + UzbekDates::formatLong(resolution.deadline.date, m_script) + u'.')});
            break;
        case DeadlineKind::NextMeeting:
            paragraph({italic(t(u"Muddat:"_s)), plain(u' ' + t(u"keyingi yigʻilishgacha."_s))});
            break;
        case DeadlineKind::None:
            break;
        }
        vote(resolution.vote);
    }

    void signatures()
    {
        if (m_form != ProtocolForm::Narrative || m_extract)
            keepLastResolution();
        anchor(u"signatures"_s);
        ProtocolBlock& block = add(Kind::Signatures, {}, 3 * kLineSpace);
        block.keepTogether = true;
        if (m_extract) {
            // An extract is certified by the secretary alone.
            block.signatures.append({t(orDefault(m_template.secretaryTitle, u"Kengash kotibi"_s)),
                t(m_meeting.secretary.printedName().simplified())});
        } else {
            block.signatures.append({t(orDefault(m_template.chairTitle, u"Kengash raisi"_s)),
                t(m_meeting.chair.printedName().simplified())});
            block.signatures.append({t(orDefault(m_template.secretaryTitle, u"Kengash kotibi"_s)),
                t(m_meeting.secretary.printedName().simplified())});
        }
        if (m_template.sealMark)
            paragraph({bold(t(u"M.Oʻ."_s))}, kLineSpace).keepTogether = true;
    }

    static QString orDefault(const QString& text, const QString& fallback)
    {
        return text.simplified().isEmpty() ? fallback : text.simplified();
    }

    void metadata()
    {
        const QString council = m_meeting.councilName.simplified();
        QString title
            = council.isEmpty() ? u"Yigʻilish bayoni"_s : council + u": yigʻilish bayoni"_s;
        if (m_meeting.number > 0)
            title += u" № "_s + QString::number(m_meeting.number);
        m_content.title = t(title);
        if (m_meeting.date.isValid())
            m_content.title += u", "_s + UzbekDates::formatLong(m_meeting.date, m_script);
        m_content.author = t(council);
        if (m_meeting.isLocked()) {
            // The code is hex digits: never transliterated.
            m_content.controlCode = ControlCode::of(m_meeting);
            m_content.revision = m_meeting.revision;
            m_content.footerNote = t(u"Nazorat kodi "_s) + m_content.controlCode + u", "_s
                + t(u"tahrir "_s) + QString::number(m_meeting.revision);
        }
    }

    // The anchor of the next block added; a part that adds none drops it.
    void anchor(QString name) { m_anchor = std::move(name); }

    // Protocol forms: the approval block, the opening, the quorum,
    // the full and short forms, votes, appendices and extracts.

    void approval()
    {
        const ApprovalBlock& block = m_template.approval;
        if (!block.enabled || m_extract)
            return;
        const auto line = [this](const QString& text) {
            add(Kind::DatePlace, {plain(QString())}).rightText = text;
        };
        line(t(u"TASDIQLAYMAN"_s));
        for (const QString& part : block.position.simplified().split(u" / "_s, Qt::SkipEmptyParts))
            line(t(part));
        line(ProtocolSignature::line().left(10) + u' ' + t(block.name.simplified()));
        const QString year
            = m_meeting.date.isValid() ? QString::number(m_meeting.date.year()) : u"20__"_s;
        line(u"«____» __________ "_s + year + t(u"-yil"_s));
    }

    void writtenPoll()
    {
        anchor(u"attendance"_s);
        paragraph(
            {plain(t(u"Yigʻilish soʻrovnoma yoʻli bilan oʻtkazildi. Soʻrovnoma varaqalari "_s)
                + QString::number(m_meeting.quorumMemberCount()) + t(u" nafar aʼzoga yuborildi, "_s)
                + QString::number(m_meeting.presentMemberCount())
                + t(u" nafar aʼzodan toʻldirilgan varaqalar qaytarildi."_s))},
            kLineSpace);
        quorumLine();
    }

    bool printsQuorum() const
    {
        return m_meeting.councilId != 0 || m_meeting.memberCount > 0
            || m_form != ProtocolForm::Narrative || m_meeting.form == MeetingForm::WrittenPoll;
    }

    void quorumLine()
    {
        if (!printsQuorum() || m_quorumPrinted)
            return;
        m_quorumPrinted = true;
        const Quorum quorum = m_meeting.quorum();
        ProtocolBlock& block = paragraph({plain(t(quorum.sentence(m_template.membersLabel)))});
        if (!quorum.reached)
            block.runs.first().bold = true;
    }

    void opening()
    {
        if (m_meeting.startTime.isValid() && m_meeting.endTime.isValid())
            paragraph({plain(t(u"Yigʻilish soat %1 da boshlandi, %2 da tugadi."_s)
                                 .arg(m_meeting.startTime.toString(u"HH:mm"_s),
                                     m_meeting.endTime.toString(u"HH:mm"_s)))});
        if (!m_meeting.convenedBy.trimmed().isEmpty())
            paragraph({italic(t(u"Yigʻilishni chaqirdi:"_s)),
                plain(u' ' + t(m_meeting.convenedBy.simplified()) + u'.')});
        if (!m_meeting.basis.trimmed().isEmpty())
            paragraph(
                {italic(t(u"Asos:"_s)), plain(u' ' + t(m_meeting.basis.simplified()) + u'.')});
        if (!m_meeting.notification.trimmed().isEmpty() && !m_extract) {
            m_noticeAppendix = appendixNumber();
            paragraph({plain(t(
                u"Aʼzolar yigʻilish toʻgʻrisida oldindan xabardor qilingan (xabarnoma ilova qilinadi, %1)."_s)
                                 .arg(appendixLabel(m_noticeAppendix)))});
        }
    }

    int appendixNumber() { return m_extract ? 0 : ++m_appendixCount; }
    QString appendixLabel(int number) const
    {
        return number > 0 ? QString::number(number) + t(u"-ilova"_s) : QString();
    }

    // The number of each resolution as this form prints it: 1, 2 … in the
    // narrative; 1.1, 1.2, 2.1 … per item, or 1, 2 … throughout, in the others.
    void numberResolutions()
    {
        if (m_form == ProtocolForm::Narrative) {
            for (int i = 0; i < m_meeting.resolutions.size(); ++i)
                m_numbers.insert(i, QString::number(i + 1));
            return;
        }
        int running = 0;
        const bool perItem = m_template.resolutionNumbering == ResolutionNumbering::PerItem;
        for (int item = 0; item < m_meeting.agenda.size(); ++item) {
            const QList<int> indexes
                = m_meeting.resolutionIndexesFor(m_meeting.agenda.at(item).uid);
            for (int k = 0; k < indexes.size(); ++k)
                m_numbers.insert(indexes.at(k),
                    perItem ? u"%1.%2"_s.arg(item + 1).arg(k + 1) : QString::number(++running));
        }
        int loose = perItem ? 0 : running;
        for (int i = 0; i < m_meeting.resolutions.size(); ++i) {
            if (!m_numbers.contains(i))
                m_numbers.insert(i, QString::number(++loose));
        }
    }

    QString numberOf(int resolutionIndex)
    {
        if (m_numbers.isEmpty())
            numberResolutions();
        return m_numbers.value(resolutionIndex);
    }

    ProtocolBlock& label(const QString& text, qreal spaceBefore = kHalfLineSpace)
    {
        ProtocolBlock& block = paragraph({bold(t(text))}, spaceBefore);
        block.keepWithNext = true;
        return block;
    }

    // One agenda item in the full or short form.
    void itemInForm(int index)
    {
        const AgendaItem& item = m_meeting.agenda.at(index);
        itemHeading(index);
        const bool full = m_form == ProtocolForm::Full;
        if (full) {
            if (!item.reports.isEmpty())
                label(u"ESHITILDI:"_s);
            for (int r = 0; r < item.reports.size(); ++r) {
                anchor(u"report:%1.%2"_s.arg(index + 1).arg(r + 1));
                const SpeakerReport& report = item.reports.at(r);
                const QString lead = withMentions(report.lead).simplified();
                QList<ProtocolRun> runs {bold(nameAndPosition(report.speaker))};
                if (!lead.isEmpty() && !lead.contains(report.speaker.printedName().simplified()))
                    runs.append(plain(u": "_s + t(lead)));
                else if (!lead.isEmpty())
                    runs = {plain(t(lead))};
                introducing(paragraph(runs));
                bodyWithTables(report);
            }
            if (!item.discussion.isEmpty()) {
                label(u"SOʻZGA CHIQDILAR:"_s);
                for (const Person& person : item.discussion.participants)
                    paragraph({plain(nameAndPosition(person) + u'.')}).ragged = true;
                textParagraphs(withMentions(item.discussion.summary));
            }
        } else {
            QStringList speakers;
            for (const SpeakerReport& report : item.reports)
                speakers.append(nameAndPosition(report.speaker));
            if (!speakers.isEmpty())
                paragraph({italic(t(speakers.size() == 1 ? u"Maʼruzachi:"_s : u"Maʼruzachilar:"_s)),
                    plain(u' ' + speakers.join(u"; "_s) + u'.')});
            QStringList others;
            for (const Person& person : item.discussion.participants)
                others.append(t(person.printedName().simplified()));
            if (!others.isEmpty())
                paragraph(
                    {italic(t(u"Soʻzga chiqdilar:"_s)), plain(u' ' + joinWithAnd(others) + u'.')});
        }
        const QList<int> indexes = m_meeting.resolutionIndexesFor(item.uid);
        if (!indexes.isEmpty()) {
            anchor(u"resolutions"_s);
            label(orDefault(m_template.resolutionFormula, u"QAROR QILINDI:"_s));
            for (int k : indexes)
                formResolution(k);
        }
        // The vote on the item as a whole, after what it decided.
        vote(item.vote);
    }

    void formResolution(int index)
    {
        m_lastResolutionStart = m_content.blocks.size();
        anchor(u"resolution:%1"_s.arg(index + 1));
        resolution(numberOf(index), m_meeting.resolutions.at(index));
    }

    // Resolutions on no agenda item: after the items, under the formula.
    void looseResolutions()
    {
        QList<int> loose;
        for (int i = 0; i < m_meeting.resolutions.size(); ++i) {
            if (m_meeting.agendaIndexOf(m_meeting.resolutions.at(i).agendaItemUid) < 0)
                loose.append(i);
        }
        if (loose.isEmpty())
            return;
        anchor(u"resolutions"_s);
        label(orDefault(m_template.resolutionFormula, u"QAROR QILINDI:"_s), kLineSpace);
        for (int i : std::as_const(loose))
            formResolution(i);
    }

    // The last resolution and the signatures stand on one page.
    void keepLastResolution()
    {
        if (m_lastResolutionStart < 0)
            return;
        for (qsizetype b = m_lastResolutionStart; b < m_content.blocks.size(); ++b) {
            m_content.blocks[b].keepWithNext = true;
            m_content.blocks[b].keepTogether = true;
        }
    }

    static QString quotedChoice(VoteChoice choice)
    {
        switch (choice) {
        case VoteChoice::For:
            return u"«Rozi»"_s;
        case VoteChoice::Against:
            return u"«Qarshi»"_s;
        case VoteChoice::Abstained:
            return u"«Betaraf»"_s;
        }
        return {};
    }

    void vote(const Vote& vote)
    {
        switch (vote.kind) {
        case VoteKind::None:
            return;
        case VoteKind::Unanimous:
            paragraph({italic(t(u"Bir ovozdan qabul qilindi."_s))});
            break;
        case VoteKind::Counts:
        case VoteKind::RollCall: {
            const QString counts
                = u"%1 — %2, %3 — %4, %5 — %6."_s.arg(quotedChoice(VoteChoice::For))
                      .arg(vote.count(VoteChoice::For))
                      .arg(quotedChoice(VoteChoice::Against))
                      .arg(vote.count(VoteChoice::Against))
                      .arg(quotedChoice(VoteChoice::Abstained))
                      .arg(vote.count(VoteChoice::Abstained));
            const QString label = vote.kind == VoteKind::RollCall
                ? u"Ovoz berish natijalari (nomma-nom ovoz berish):"_s
                : u"Ovoz berish natijalari:"_s;
            paragraph({italic(t(label)), plain(u' ' + t(counts))});
            if (vote.kind == VoteKind::RollCall) {
                for (qsizetype k = 0; k < vote.rollCall.size(); ++k) {
                    const RollCallEntry& entry = vote.rollCall.at(k);
                    paragraph({plain(t(entry.member.printedName().simplified()) + u" — "_s
                                  + t(quotedChoice(entry.choice))
                                  + (k + 1 == vote.rollCall.size() ? u'.' : u';'))})
                        .ragged
                        = true;
                }
            }
            const bool carried = vote.count(VoteChoice::For) > vote.count(VoteChoice::Against);
            paragraph(
                {italic(t(carried ? u"Qaror qabul qilindi."_s : u"Qaror qabul qilinmadi."_s))});
            break;
        }
        }
        for (const RollCallEntry& entry : vote.rollCall) {
            if (!entry.opinion.trimmed().isEmpty())
                paragraph({italic(t(u"Alohida fikr (%1):"_s)
                                      .arg(t(entry.member.printedName().simplified()))),
                    plain(u' ' + t(entry.opinion.simplified()))});
        }
        if (!vote.opinions.trimmed().isEmpty())
            paragraph({italic(t(u"Alohida fikr:"_s)), plain(u' ' + t(vote.opinions.simplified()))});
    }

    // Each mention of an attached document, "(ilova qilinadi)", in the order
    // of the meeting's texts: the k-th is the k-th of Meeting::appendices.
    // Keyed by the text's address in the meeting, which the composer prints
    // from; each text's first mention.
    void indexMentions()
    {
        int next = 0;
        const auto index = [&](const QString& text) {
            int count = 0;
            for (auto it = MeetingValidator::appendixMention().globalMatch(text); it.hasNext();
                 it.next())
                ++count;
            if (count > 0)
                m_mentionStart.insert(&text, next);
            next += count;
        };
        for (const AgendaItem& item : m_meeting.agenda) {
            for (const SpeakerReport& report : item.reports) {
                index(report.lead);
                index(report.body);
            }
            index(item.discussion.summary);
        }
        for (const Resolution& resolution : m_meeting.resolutions) {
            index(resolution.text);
            for (const QString& point : resolution.subPoints)
                index(point);
        }
    }

    // The text with each "(ilova qilinadi)" numbered as printed: "(ilova
    // qilinadi, 2-ilova)". Appendices take their numbers in the order they
    // are mentioned, the attendee list and the notice included; an extract
    // keeps the numbers of the protocol it is taken from.
    QString withMentions(const QString& text)
    {
        const auto start = m_mentionStart.constFind(&text);
        if (start == m_mentionStart.cend())
            return text;
        QString numbered;
        qsizetype last = 0;
        int document = *start;
        for (auto it = MeetingValidator::appendixMention().globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            numbered += QStringView(text).mid(last, match.capturedStart() - last);
            const int number = documentNumber(document++);
            numbered += number > 0 ? u"(ilova qilinadi, %1-ilova)"_s.arg(number) : match.captured();
            last = match.capturedEnd();
        }
        numbered += QStringView(text).mid(last);
        return numbered;
    }

    int documentNumber(int document)
    {
        if (m_extract || m_documentNumbers.contains(document))
            return m_documentNumbers.value(document);
        const int number = appendixNumber();
        m_documentNumbers.insert(document, number);
        return number;
    }

    // After the signatures, each on its own page, in the order of their
    // numbers: the attendee list over the threshold, the notice, the attached
    // documents (those the printed text never mentions last).
    void appendices()
    {
        struct Entry
        {
            int number;
            int document; // -1: the attendee list, -2: the notice
        };
        QList<Entry> entries;
        if (m_attendeeAppendix > 0)
            entries.append({m_attendeeAppendix, -1});
        if (m_noticeAppendix > 0)
            entries.append({m_noticeAppendix, -2});
        for (int d = 0; d < m_meeting.appendices.size(); ++d) {
            if (!m_documentNumbers.contains(d))
                m_documentNumbers.insert(d, appendixNumber());
            entries.append({m_documentNumbers.value(d), d});
            m_content.appendixNumbers.append(m_documentNumbers.value(d));
        }
        std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.number < b.number; });
        for (const Entry& entry : std::as_const(entries)) {
            if (entry.document == -1) {
                appendixTitle(entry.number, t(u"Yigʻilishda qatnashganlar roʻyxati"_s));
                int n = 0;
                for (const Attendance& line : m_meeting.attendance) {
                    if (line.presence != Presence::Present)
                        continue;
                    paragraph({plain(QString::number(++n) + u". "_s
                                  + nameAndPosition(line.person, line.note))})
                        .ragged
                        = true;
                }
            } else if (entry.document == -2) {
                appendixTitle(entry.number, t(u"Aʼzolarga yuborilgan xabarnoma"_s));
                textParagraphs(m_meeting.notification);
            } else {
                const Appendix& document = m_meeting.appendices.at(entry.document);
                appendixTitle(entry.number, t(document.title.simplified()));
                textParagraphs(document.body);
            }
        }
    }

    // At the top right of a new page, as office practice refers an appendix
    // to its document: "2025-yil 28-iyuldagi 4-sonli / bayonnomaga 1-ilova".
    void appendixTitle(int number, const QString& title)
    {
        anchor(u"appendix:%1"_s.arg(number));
        QStringList reference;
        if (m_meeting.date.isValid())
            reference.append(UzbekDates::formatLong(m_meeting.date, m_script) + t(u"dagi"_s));
        if (m_meeting.number > 0)
            reference.append(QString::number(m_meeting.number) + t(u"-sonli"_s));
        const QString label = appendixLabel(number);
        const QStringList lines = reference.isEmpty()
            ? QStringList {t(u"Bayonnomaga "_s) + label}
            : QStringList {reference.join(u' '), t(u"bayonnomaga "_s) + label};
        for (qsizetype i = 0; i < lines.size(); ++i) {
            ProtocolBlock& line = add(Kind::DatePlace, {plain(QString())});
            line.rightText = lines.at(i);
            line.keepWithNext = true;
            line.pageBreakBefore = i == 0;
        }
        if (!title.isEmpty())
            heading(1, title, 2 * kLineSpace);
    }

    static bool matchesAddressee(const Resolution& resolution, const QString& name)
    {
        const QString wanted = name.simplified();
        if (resolution.addressee.contains(wanted, Qt::CaseInsensitive))
            return true;
        for (const QString& person : resolution.responsible) {
            if (person.contains(wanted, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    // "BAYONNOMADAN KOʻCHIRMA": the header, the chair and the attendance in
    // brief, the agenda with only the items concerned under their numerals,
    // what was heard, said and decided on them (or the resolutions for one
    // addressee), and the secretary's certification.
    ProtocolContent composeExtract()
    {
        // The appendices keep the numbers the protocol gives them.
        {
            ProtocolOptions whole;
            whole.form = m_form;
            Composer protocol(m_meeting, whole, m_script);
            protocol.compose();
            m_documentNumbers = protocol.m_documentNumbers;
        }
        m_extract = true;
        QList<int> items;
        QList<int> chosen; // resolutions, for an addressee
        if (m_options.extractItem >= 0) {
            if (m_options.extractItem >= m_meeting.agenda.size())
                return {};
            items.append(m_options.extractItem);
        } else {
            for (int i = 0; i < m_meeting.resolutions.size(); ++i) {
                if (!matchesAddressee(m_meeting.resolutions.at(i), m_options.addressee))
                    continue;
                chosen.append(i);
                const int item = m_meeting.agendaIndexOf(m_meeting.resolutions.at(i).agendaItemUid);
                if (item >= 0 && !items.contains(item))
                    items.append(item);
            }
            if (chosen.isEmpty())
                return {};
            std::sort(items.begin(), items.end());
        }
        header();
        if (!m_meeting.chair.isEmpty())
            paragraph({bold(t(u"Raislik qildi:"_s)),
                          plain(u' ' + positionAndName(m_meeting.chair) + u'.')},
                kLineSpace);
        int present = 0;
        for (const Attendance& line : m_meeting.attendance)
            present += line.presence == Presence::Present ? 1 : 0;
        if (present > 0)
            paragraph({bold(t(u"Qatnashdilar:"_s)), plain(u' ' + t(u"%1 nafar."_s).arg(present))});
        quorumLine();
        if (!items.isEmpty()) {
            anchor(u"agenda"_s);
            heading(1, t(u"KUN TARTIBI:"_s), kLineSpace);
            for (int i : std::as_const(items))
                paragraph(
                    {plain(numeral(i) + u' ' + t(m_meeting.agenda.at(i).title.simplified()))});
        }
        if (m_options.extractItem >= 0) {
            const int index = m_options.extractItem;
            if (m_form == ProtocolForm::Narrative) {
                agendaItem(index, false);
                const QList<int> indexes
                    = m_meeting.resolutionIndexesFor(m_meeting.agenda.at(index).uid);
                if (!indexes.isEmpty()) {
                    anchor(u"resolutions"_s);
                    label(orDefault(m_template.resolutionFormula, u"Kengash qaror qiladi:"_s),
                        kLineSpace);
                    for (int k : indexes)
                        formResolution(k);
                }
                vote(m_meeting.agenda.at(index).vote);
            } else {
                itemInForm(index);
            }
        } else {
            anchor(u"resolutions"_s);
            label(orDefault(m_template.resolutionFormula, u"Kengash qaror qiladi:"_s), kLineSpace);
            for (int k : std::as_const(chosen))
                formResolution(k);
        }
        keepLastResolution();
        certification();
        metadata();
        m_content.title = t(u"Bayonnomadan koʻchirma: "_s) + m_content.title;
        return std::move(m_content);
    }

    void certification()
    {
        paragraph({bold(t(u"Koʻchirma asli bilan toʻgʻri."_s))}, 2 * kLineSpace).keepWithNext
            = true;
        signatures();
        const QDate day
            = m_options.extractDate.isValid() ? m_options.extractDate : QDate::currentDate();
        paragraph({italic(t(u"Koʻchirma berilgan sana:"_s)),
            plain(u' ' + UzbekDates::formatLong(day, m_script))});
    }

    QHash<int, QString> m_numbers;
    QHash<const QString*, int> m_mentionStart;
    QHash<int, int> m_documentNumbers; // appended document (from 0) → its appendix number
    qsizetype m_lastResolutionStart = -1;
    bool m_quorumPrinted = false;

    const Meeting& m_meeting;
    const ProtocolOptions m_options;
    const ProtocolForm m_form;
    const ProtocolTemplate m_template;
    bool m_extract = false;
    int m_appendixCount = 0;
    int m_attendeeAppendix = 0;
    int m_noticeAppendix = 0;
    const Script m_script;
    ProtocolContent m_content;
    QString m_anchor;
    qreal m_pendingSpace = 0; // space above the next block added
};

} // namespace

ProtocolContent ProtocolComposer::compose(const Meeting& meeting, Script script)
{
    return Composer(meeting, ProtocolOptions {}, script).compose();
}

ProtocolContent ProtocolComposer::compose(
    const Meeting& meeting, const ProtocolOptions& options, Script script)
{
    return Composer(meeting, options, script).compose();
}

QList<ProtocolBlock> ProtocolComposer::voteBlocks(const Vote& vote, Script script)
{
    return Composer(Meeting {}, ProtocolOptions {}, script).composeVote(vote);
}

} // namespace Bayon
