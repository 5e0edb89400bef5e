#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bayon {

// A stretch of text with one look.
struct ProtocolRun
{
    QString text;
    bool bold = false;
    bool italic = false;

    friend bool operator==(const ProtocolRun&, const ProtocolRun&) = default;
};

// A KPI table as printed: the cells are final text (numbers already in the
// Uzbek format), one alignment and one relative width per column.
struct ProtocolTable
{
    enum class Align { Left, Right, Center };

    QString caption;
    QStringList header;
    QList<Align> alignments;
    QList<int> widths; // relative; the writers turn them into percentages
    QList<QStringList> rows;

    friend bool operator==(const ProtocolTable&, const ProtocolTable&) = default;
};

// One line of the signature block: "Kengash raisi ________ A.Ishanxodjaev".
struct ProtocolSignature
{
    QString title;
    QString name;

    // Where the pen goes: the same in every format.
    static QString line() { return QString(18, u'_'); }

    friend bool operator==(const ProtocolSignature&, const ProtocolSignature&) = default;
};

// One block of the printed protocol. The kind says what the block is, each
// writer decides how that looks in its format.
struct ProtocolBlock
{
    enum class Kind {
        Emblem, // the body's emblem or logo (image), centred above its name
        CouncilName, // centred, capitals, bold
        DocumentTitle, // "YIGʻILISH BAYONI", centred, bold
        DocumentNumber, // "№ 3", centred, bold
        MeetingForm, // "(soʻrovnoma yoʻli bilan)", centred
        DatePlace, // runs at the left, rightText at the right, on one line
        Heading, // level 1 centred ("KUN TARTIBI:"), 2 an agenda item, 3 a report's section
        Paragraph, // justified, first-line indent
        ListItem, // a bullet of a report body
        Table,
        Signatures,
    };

    Kind kind = Kind::Paragraph;
    int level = 0;
    QList<ProtocolRun> runs;
    QString rightText;
    ProtocolTable table;
    QList<ProtocolSignature> signatures;
    // Never the last block of a page: it goes to the next page with what follows.
    bool keepWithNext = false;
    // Consecutive blocks marked so stand on one page (when they fit on one):
    // the last resolution and the signatures.
    bool keepTogether = false;
    // Flush left instead of justified: a list of names would show gaps.
    bool ragged = false;
    // Space above the block, in points (a typist's blank line is about 12).
    qreal spaceBefore = 0;
    // Starts a new page (an appendix).
    bool pageBreakBefore = false;
    // An Emblem's image: PNG or JPEG bytes.
    QByteArray image;
    // The height an emblem is printed at, in millimetres; its width follows.
    static constexpr qreal emblemHeightMm = 22;
    // Where a part of the meeting begins, for a preview that follows the
    // editor: "header", "attendance", "agenda", "item:2", "report:2.1",
    // "resolutions", "resolution:3", "signatures" (numbers as printed).
    QString anchor;

    // The text of the runs, without their looks.
    QString plainText() const
    {
        QString text;
        for (const ProtocolRun& run : runs)
            text += run.text;
        return text;
    }

    friend bool operator==(const ProtocolBlock&, const ProtocolBlock&) = default;
};

// The whole wording of one protocol, in order, in the script it is printed in.
// Built once from a Meeting by ProtocolComposer; every export format is written
// from it, so they all say the same.
struct ProtocolContent
{
    QString title; // for the PDF's metadata: council, number, date
    QString author; // the council
    QList<ProtocolBlock> blocks;
    // A final or signed protocol: its control code and revision, printed in
    // the footer of every page beside "k / N" (footerNote, in the protocol's
    // script) and kept in the PDF's Subject. Empty for a draft.
    QString controlCode; // "3F2A-91C0-7B4E-D215"
    int revision = 0;
    QString footerNote; // "Nazorat kodi 3F2A-91C0-7B4E-D215, tahrir 12"
    // One number per Meeting::appendices, in their order: the one it prints
    // under ("2-ilova"), which the attendee list and the notice share the
    // sequence with; 0 where the protocol attaches nothing (an extract).
    QList<int> appendixNumbers;

    friend bool operator==(const ProtocolContent&, const ProtocolContent&) = default;
};

} // namespace Bayon
