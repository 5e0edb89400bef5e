#pragma once

#include "domain/meeting.h"

#include <QList>
#include <QRandomGenerator>

namespace Bayon {

// Builds realistic meetings for benchmarks (and for any test that wants many):
// public councils of several ministries, each meeting twice a month, with the
// vocabulary of the seed protocol — agenda titles, speaker reports with
// section headings and bullet lists, KPI tables, discussions, 3 to 6
// resolutions with sub-points, addressees and responsible persons. The same
// seed gives the same meetings.
class MeetingGenerator
{
public:
    explicit MeetingGenerator(quint32 seed = 20250623);

    // count meetings, oldest first, ending in June 2025: each council meets
    // on the second and fourth Thursday of every month, numbered from 1
    // each year. councils: how many councils share the count.
    QList<Meeting> generate(int count, int councils = 4);

    // One meeting of a council on a date.
    Meeting meeting(const QString& councilName, QDate date, int number);

private:
    int between(int lowest, int highest); // both included
    template<typename T> const T& pick(const QList<T>& list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }
    QString statement();
    SpeakerReport report(const Person& speaker, int sections);
    KpiTable kpiTable(const QString& caption);
    Resolution resolution(int index, const Meeting& meeting);
    // Identities drawn from the seed too, so that a run can be repeated exactly.
    QUuid uuid();

    QRandomGenerator m_random;
};

} // namespace Bayon
