#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QUuid>

namespace Bayon {

// How Bayon's JSON files (the interchange JSON, the remarks file) write the
// values that JsonFieldReader reads back: a date as "YYYY-MM-DD", a time as
// "HH:mm", a moment in UTC as "YYYY-MM-DDTHH:mm:ss.zzzZ", an id as "{uuid}";
// a null value as "", which the formats have for "not set".
namespace JsonValueText {

QString date(QDate day);
QString time(QTime clock);
QString moment(const QDateTime& moment);
QString uuid(const QUuid& id);

} // namespace JsonValueText

} // namespace Bayon
