#include "jsonfieldreader.h"

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {
QString kindOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonFieldReader::tr("null");
    case QJsonValue::Bool:
        return JsonFieldReader::tr("true/false");
    case QJsonValue::Double:
        return JsonFieldReader::tr("a number");
    case QJsonValue::String:
        return JsonFieldReader::tr("a string");
    case QJsonValue::Array:
        return JsonFieldReader::tr("an array");
    case QJsonValue::Object:
        return JsonFieldReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonFieldReader::tr("nothing");
}

QString quoted(QStringView text)
{
    return u'"' + text + u'"';
}
} // namespace

JsonFieldReader::JsonFieldReader(const QJsonObject& object, Texts texts)
    : JsonFieldReader(object, QString(), std::make_shared<QString>(), texts)
{
}

JsonFieldReader::JsonFieldReader(
    QJsonObject object, QString path, std::shared_ptr<QString> error, Texts texts)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(std::move(error))
    , m_texts(texts)
{
}

void JsonFieldReader::checkText(const QString& path, const QString& text, bool multiLine)
{
    if (m_texts != Texts::Strict || failed())
        return;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (multiLine && (u == u'\n' || u == u'\t'))
            continue;
        // C0, DEL and C1 controls: a NUL, a carriage return, an escape sequence.
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f)) {
            failAt(path,
                (multiLine ? tr("holds the control character U+%1; a text may hold line breaks "
                                "and tabs but no other control character")
                           : tr("holds the control character U+%1; this field is one line "
                                "without control characters"))
                    .arg(QString::number(u, 16).toUpper().rightJustified(4, u'0')));
            return;
        }
    }
}

void JsonFieldReader::expectKeys(std::initializer_list<QStringView> known)
{
    if (failed())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) != known.end())
            continue;
        QStringList names;
        for (QStringView name : known)
            names.append(name.toString());
        fail(it.key(), tr("unknown field; the fields here are: %1").arg(names.join(u", "_s)));
        return;
    }
}

bool JsonFieldReader::has(QStringView key) const
{
    return m_object.contains(key);
}

QString JsonFieldReader::string(QStringView key)
{
    const QJsonValue v = value(key);
    if (!v.isString() && !v.isUndefined())
        fail(key, tr("expected a string, found %1").arg(kindOf(v)));
    const QString text = v.toString();
    checkText(pathOf(key), text, true);
    return text;
}

QString JsonFieldReader::line(QStringView key)
{
    const QString text = string(key);
    checkText(pathOf(key), text, false);
    return text;
}

QStringList JsonFieldReader::strings(QStringView key)
{
    QStringList texts;
    const QJsonArray elements = array(key);
    for (qsizetype i = 0; i < elements.size() && !failed(); ++i) {
        const QJsonValue v = elements.at(i);
        if (!v.isString())
            failAt(pathOf(key) + u'[' + QString::number(i) + u']',
                tr("expected a string, found %1").arg(kindOf(v)));
        checkText(pathOf(key) + u'[' + QString::number(i) + u']', v.toString(), true);
        texts.append(v.toString());
    }
    return texts;
}

qint64 JsonFieldReader::integer(QStringView key, qint64 minimum, qint64 maximum)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return 0;
    const double d = v.toDouble();
    // double(maximum) + 1 is exact for int bounds and absorbs to 2^63 for qint64,
    // so a value that toInteger() could not represent never gets through.
    if (!v.isDouble() || std::trunc(d) != d || d < double(minimum) || d >= double(maximum) + 1.0) {
        fail(key,
            tr("expected a whole number from %1 to %2, found %3")
                .arg(minimum)
                .arg(maximum)
                .arg(v.isDouble() ? QString::number(d, 'g', QLocale::FloatingPointShortest)
                                  : kindOf(v)));
        return 0;
    }
    return v.toInteger();
}

bool JsonFieldReader::boolean(QStringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return false;
    if (!v.isBool()) {
        fail(key, tr("expected true or false, found %1").arg(kindOf(v)));
        return false;
    }
    return v.toBool();
}

double JsonFieldReader::number(QStringView key)
{
    const QJsonValue v = value(key);
    if (!v.isDouble() && !v.isUndefined())
        fail(key, tr("expected a number, found %1").arg(kindOf(v)));
    return v.toDouble();
}

std::optional<double> JsonFieldReader::numberOrNull(QStringView key)
{
    const QJsonValue v = value(key);
    if (v.isDouble())
        return v.toDouble();
    if (!v.isNull() && !v.isUndefined())
        fail(key, tr("expected a number or null, found %1").arg(kindOf(v)));
    return std::nullopt;
}

QDate JsonFieldReader::date(QStringView key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    // Reformatting refuses what fromString() would tolerate, and a day that
    // does not exist ("2025-02-30") parses to an invalid date.
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || day.toString(Qt::ISODate) != text)
        fail(key, tr("expected a date as YYYY-MM-DD or \"\", found %1").arg(quoted(text)));
    return day;
}

QTime JsonFieldReader::time(QStringView key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const QString format = u"HH:mm"_s;
    const QTime clock = QTime::fromString(text, format);
    if (!clock.isValid() || clock.toString(format) != text)
        fail(key, tr("expected a time as HH:mm or \"\", found %1").arg(quoted(text)));
    return clock;
}

QDateTime JsonFieldReader::moment(QStringView key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid() || !text.endsWith(u'Z')) {
        fail(key,
            tr("expected a UTC time as YYYY-MM-DDTHH:mm:ss.zzzZ or \"\", found %1")
                .arg(quoted(text)));
        return {};
    }
    return moment.toUTC();
}

QUuid JsonFieldReader::uuid(QStringView key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const QUuid id = QUuid::fromString(text);
    if (id.toString(QUuid::WithBraces).compare(text, Qt::CaseInsensitive) != 0)
        fail(key,
            tr("expected an id such as {0b7e2c56-1d7f-4c1e-9a53-6c1f0e4f8a10} or \"\", found %1")
                .arg(quoted(text)));
    return id;
}

JsonFieldReader JsonFieldReader::object(QStringView key)
{
    const QJsonValue v = value(key);
    if (!v.isObject() && !v.isUndefined())
        fail(key, tr("expected an object, found %1").arg(kindOf(v)));
    return JsonFieldReader(v.toObject(), pathOf(key), m_error, m_texts);
}

void JsonFieldReader::fail(QStringView key, const QString& problem)
{
    failAt(pathOf(key), problem);
}

QString JsonFieldReader::pathOf(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

void JsonFieldReader::failAt(const QString& path, const QString& problem)
{
    if (!failed())
        *m_error = path + u": "_s + problem;
}

QJsonValue JsonFieldReader::value(QStringView key)
{
    if (failed())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        fail(key, tr("required field is missing"));
    return v;
}

QJsonArray JsonFieldReader::array(QStringView key)
{
    const QJsonValue v = value(key);
    if (!v.isArray() && !v.isUndefined())
        fail(key, tr("expected an array, found %1").arg(kindOf(v)));
    return v.toArray();
}

QString JsonFieldReader::oneOf(QStringView key, const QStringList& accepted)
{
    const QString text = string(key);
    if (!failed() && !accepted.contains(text))
        fail(key, tr("%1 is not one of: %2").arg(quoted(text), accepted.join(u", "_s)));
    return text;
}

JsonFieldReader JsonFieldReader::element(
    QStringView key, const QJsonArray& elements, qsizetype index)
{
    const QString path = pathOf(key) + u'[' + QString::number(index) + u']';
    const QJsonValue v = elements.at(index);
    if (!v.isObject())
        failAt(path, tr("expected an object, found %1").arg(kindOf(v)));
    return JsonFieldReader(v.toObject(), path, m_error, m_texts);
}

} // namespace Bayon
