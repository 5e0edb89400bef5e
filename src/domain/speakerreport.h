#pragma once

#include "kpitable.h"
#include "person.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace Bayon {

// A speaker's report on an agenda item: "O.Pekso soʻzga chiqib, … taqdim qildi. Jumladan:"
// then the body. The body is Markdown restricted to what a protocol needs:
// paragraphs, section headings ("## IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:") and
// bullet lists ("- …"), read and written by ReportBody.
struct SpeakerReport
{
    QUuid uid = QUuid::createUuid();
    Person speaker;
    QString lead;
    QString body;
    QList<KpiTable> kpiTables;

    friend bool operator==(const SpeakerReport&, const SpeakerReport&) = default;
};

} // namespace Bayon
