#include "protocolcomposer.h"

#include "document/reportbody.h"
#include "text/romannumeral.h"
#include "text/transliterator.h"
#include "text/uzbekdates.h"
#include "text/uzbeknumbers.h"

#include <QStringList>

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
    Composer(const Meeting& meeting, Script script) : m_meeting(meeting), m_script(script) { }

    ProtocolContent compose()
    {
        header();
        attendance();
        agenda();
        for (int i = 0; i < m_meeting.agenda.size(); ++i)
            agendaItem(i);
        resolutions();
        signatures();
        metadata();
        return std::move(m_content);
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
        block.spaceBefore = spaceBefore;
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
        return !a.printedName().isEmpty() && a.printedName().simplified() == b.printedName().simplified();
    }

    void header()
    {
        if (!m_meeting.councilName.trimmed().isEmpty())
            add(Kind::CouncilName, {bold(t(m_meeting.councilName.simplified()).toUpper())});
        add(Kind::DocumentTitle, {bold(t(u"YIGʻILISH BAYONI"_s))}, kLineSpace);
        if (m_meeting.number > 0)
            add(Kind::DocumentNumber, {bold(u"№ "_s + QString::number(m_meeting.number))});
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
        qreal space = kLineSpace;
        if (!m_meeting.chair.isEmpty()) {
            paragraph({bold(t(u"Raislik qildi:"_s)), plain(u' ' + positionAndName(m_meeting.chair) + u'.')},
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

        if (!members.isEmpty() || !invited.isEmpty() || !staff.isEmpty()) {
            paragraph({bold(t(u"Qatnashdilar:"_s))}, space).keepWithNext = true;
            space = 0;
        }
        if (!members.isEmpty())
            paragraph({italic(t(u"Kengash aʼzolari:"_s)), plain(u' ' + members.join(u", "_s) + u'.')}).ragged = true;
        listWithPositions(t(u"Taklif etilganlar:"_s), invited);
        listWithPositions(t(u"Kengash ishchi organi:"_s), staff);

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
            paragraph({bold(t(u"Qatnashmadilar:"_s)), plain(u' ' + names.join(u", "_s) + u'.')}, space).ragged = true;
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
                .ragged = true;
        }
    }

    QString numeral(int index) const { return RomanNumeral::fromInt(index + 1) + u'.'; }

    void agenda()
    {
        if (m_meeting.agenda.isEmpty())
            return;
        heading(1, t(u"KUN TARTIBI:"_s), kLineSpace);
        for (int i = 0; i < m_meeting.agenda.size(); ++i)
            paragraph({plain(numeral(i) + u' ' + t(m_meeting.agenda.at(i).title.simplified()))});
    }

    void agendaItem(int index)
    {
        const AgendaItem& item = m_meeting.agenda.at(index);
        heading(2, numeral(index) + u' ' + t(item.title.simplified()), kLineSpace);
        for (const SpeakerReport& report : item.reports)
            speakerReport(report);
        discussion(item.discussion);
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
        const QString lead = report.lead.simplified();
        const QString name = report.speaker.printedName().simplified();
        if (!name.isEmpty() && !lead.contains(name)) {
            // The lead does not say who spoke: the protocol must.
            if (lead.isEmpty()) {
                paragraph({plain(positionAndName(report.speaker) + t(u" soʻzga chiqdi."_s))});
            } else {
                paragraph({italic(t(u"Maʼruzachi:"_s)), plain(u' ' + nameAndPosition(report.speaker) + u'.')})
                    .keepWithNext = true;
            }
        }
        if (!lead.isEmpty())
            introducing(paragraph({plain(t(lead))}));

        QList<const KpiTable*> tables;
        for (const KpiTable& table : report.kpiTables)
            tables.append(&table);
        QString section;
        for (const ReportBody::Block& part : ReportBody::parse(report.body)) {
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
        int room = 100 - 5 - 17 - (periodColumn ? 16 : 0) - (hasChange ? 15 : 0) - (hasNote ? 21 : 0);
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
            QStringList cells{QString::number(i + 1), t(row.indicator.simplified())};
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
            paragraph({italic(t(u"Muhokamada qatnashdilar:"_s)), plain(u' ' + names.join(u", "_s) + u'.')});
        textParagraphs(discussion.summary);
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
        formula.append(bold(t(u"Kengash qaror qiladi:"_s)));
        paragraph(formula, kLineSpace).keepWithNext = true;

        for (int i = 0; i < m_meeting.resolutions.size(); ++i) {
            const qsizetype first = m_content.blocks.size();
            resolution(i, m_meeting.resolutions.at(i));
            // The signatures never stand alone: the last resolution goes with them.
            if (i == m_meeting.resolutions.size() - 1) {
                for (qsizetype b = first; b < m_content.blocks.size(); ++b) {
                    m_content.blocks[b].keepWithNext = true;
                    m_content.blocks[b].keepTogether = true;
                }
            }
        }
    }

    void resolution(int index, const Resolution& resolution)
    {
        const QString number = QString::number(index + 1) + u'.';
        QStringList responsible;
        for (const QString& name : resolution.responsible) {
            if (!name.trimmed().isEmpty())
                responsible.append(t(name.simplified()));
        }
        QStringList points;
        for (const QString& point : resolution.subPoints) {
            if (!point.trimmed().isEmpty())
                points.append(t(point.simplified()));
        }
        QString text = t(resolution.text.simplified());

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
                           plain(u' ' + UzbekDates::formatLong(resolution.deadline.date, m_script) + u'.')});
            break;
        case DeadlineKind::NextMeeting:
            paragraph({italic(t(u"Muddat:"_s)), plain(u' ' + t(u"keyingi yigʻilishgacha."_s))});
            break;
        case DeadlineKind::None:
            break;
        }
    }

    void signatures()
    {
        ProtocolBlock& block = add(Kind::Signatures, {}, 3 * kLineSpace);
        block.keepTogether = true;
        block.signatures.append({t(u"Kengash raisi"_s), t(m_meeting.chair.printedName().simplified())});
        block.signatures.append(
            {t(u"Kengash kotibi"_s), t(m_meeting.secretary.printedName().simplified())});
    }

    void metadata()
    {
        const QString council = m_meeting.councilName.simplified();
        QString title = council.isEmpty() ? u"Yigʻilish bayoni"_s : council + u": yigʻilish bayoni"_s;
        if (m_meeting.number > 0)
            title += u" № "_s + QString::number(m_meeting.number);
        m_content.title = t(title);
        if (m_meeting.date.isValid())
            m_content.title += u", "_s + UzbekDates::formatLong(m_meeting.date, m_script);
        m_content.author = t(council);
    }

    const Meeting& m_meeting;
    const Script m_script;
    ProtocolContent m_content;
};

} // namespace

ProtocolContent ProtocolComposer::compose(const Meeting& meeting, Script script)
{
    return Composer(meeting, script).compose();
}

} // namespace Bayon
