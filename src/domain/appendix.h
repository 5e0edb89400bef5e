#pragma once

#include <QString>
#include <QUuid>

namespace Bayon {

// A document attached to the protocol: a plan, a list, a report the meeting
// took note of. The protocol's text mentions it where the secretary wrote
// "(ilova qilinadi)"; the k-th such mention, in the order of the meeting's
// texts (each agenda item's reports and discussion, then the resolutions), is
// the k-th appendix. Printed after the signatures, each on its own page under
// "N-ilova", numbered in the order the mentions are printed. Part of the
// signed text.
struct Appendix
{
    QUuid uid = QUuid::createUuid();
    QString title; // "Muddati oʻtgan debitorlik qarzdorligini undirish rejasi"
    QString body; // as a report's body: paragraphs, "## " headings, "- " bullets

    friend bool operator==(const Appendix&, const Appendix&) = default;
};

} // namespace Bayon
