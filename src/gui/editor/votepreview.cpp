#include "votepreview.h"

#include "document/protocolcomposer.h"

namespace Bayon {

namespace {
QString printed(const Vote& vote)
{
    QStringList lines;
    for (const ProtocolBlock& block : ProtocolComposer::voteBlocks(vote))
        lines.append(block.plainText().simplified());
    return lines.join(u'\n');
}
} // namespace

QString VotePreview::ofResolution(const Meeting& meeting, int index)
{
    if (index < 0 || index >= meeting.resolutions.size())
        return {};
    return printed(meeting.resolutions.at(index).vote);
}

QString VotePreview::ofAgendaItem(const Meeting& meeting, int index)
{
    if (index < 0 || index >= meeting.agenda.size())
        return {};
    return printed(meeting.agenda.at(index).vote);
}

} // namespace Bayon
