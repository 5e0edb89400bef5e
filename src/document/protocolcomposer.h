#pragma once

#include "document/protocolcontent.h"
#include "document/protocoloptions.h"
#include "domain/meeting.h"
#include "text/script.h"

namespace Bayon {

// Writes the wording of a protocol in the meeting's form (full, short,
// narrative) with its body's template (title, formula, signature titles,
// approval block, seal, numbering, attendee threshold, quorum): the header, the attendance, the
// agenda, each item with its reports, KPI tables and discussion, the resolutions and the
// signatures, with the fixed phrases of an Uzbek council's minutes
// ("Raislik qildi:", "KUN TARTIBI:", "Kengash qaror qiladi:"), numerals
// derived from the order, numbers and dates in the Uzbek format. In the
// Cyrillic script every text, fixed phrases included, is transliterated.
class ProtocolComposer
{
public:
    static ProtocolContent compose(const Meeting& meeting, Script script = Script::Latin);
    // In another form, or an extract of one item or for one addressee. An item
    // out of range or an addressee no resolution names gives an empty content.
    static ProtocolContent compose(
        const Meeting& meeting, const ProtocolOptions& options, Script script = Script::Latin);
    // The paragraphs a vote adds after its resolution or agenda item ("Ovoz
    // berish natijalari: «Rozi» — 11, …", "Bir ovozdan qabul qilindi.", the roll
    // call, the dissenting opinions); none for a vote not recorded.
    static QList<ProtocolBlock> voteBlocks(const Vote& vote, Script script = Script::Latin);
};

} // namespace Bayon
