#include "appendixnumbers.h"

#include "document/protocolcomposer.h"

namespace Bayon {

QList<int> AppendixNumbers::of(const Meeting& meeting)
{
    if (meeting.appendices.isEmpty())
        return {};
    return ProtocolComposer::compose(meeting).appendixNumbers;
}

} // namespace Bayon
