#include "controlcode.h"

#include "interchange/meetingjson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

// The canonical JSON: no whitespace, keys in code-unit order (QJsonObject
// keeps them sorted), strings in NFC with only '"', '\' and the control
// characters escaped, whole numbers without a fraction and other numbers in
// their shortest round-trip form.
void writeCanonical(const QJsonValue& value, QByteArray& out);

void writeString(const QString& text, QByteArray& out)
{
    out += '"';
    const QByteArray utf8 = text.normalized(QString::NormalizationForm_C).toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += QByteArray::number(byte, 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    out += '"';
}

void writeNumber(double number, QByteArray& out)
{
    if (!std::isfinite(number)) {
        out += "null";
        return;
    }
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (number == std::trunc(number) && std::fabs(number) < exactLimit) {
        out += QByteArray::number(static_cast<qint64>(number));
        return;
    }
    out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void writeCanonical(const QJsonValue& value, QByteArray& out)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        writeNumber(value.toDouble(), out);
        break;
    case QJsonValue::String:
        writeString(value.toString(), out);
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            writeCanonical(array.at(i), out);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                out += ',';
            first = false;
            writeString(it.key(), out);
            out += ':';
            writeCanonical(it.value(), out);
        }
        out += '}';
        break;
    }
    }
}

QJsonObject withoutDirectoryId(QJsonObject person)
{
    person.remove(u"directoryId"_s);
    return person;
}

QJsonArray persons(const QJsonArray& list)
{
    QJsonArray result;
    for (const QJsonValue& person : list)
        result.append(withoutDirectoryId(person.toObject()));
    return result;
}

// Takes out of the interchange form what is not the signed text, part by part,
// so that a key added to the format later is part of the code unless it is
// taken out here on purpose.
QJsonObject contentOf(const Meeting& meeting)
{
    QJsonObject object = MeetingJson::toObject(meeting).value(u"meeting"_s).toObject();
    object.remove(u"status"_s);
    object.remove(u"attachments"_s);
    object.insert(u"chair"_s, withoutDirectoryId(object.value(u"chair"_s).toObject()));
    object.insert(u"secretary"_s, withoutDirectoryId(object.value(u"secretary"_s).toObject()));

    QJsonArray attendance;
    for (const QJsonValue& line : object.value(u"attendance"_s).toArray()) {
        QJsonObject entry = line.toObject();
        entry.insert(u"person"_s, withoutDirectoryId(entry.value(u"person"_s).toObject()));
        attendance.append(entry);
    }
    object.insert(u"attendance"_s, attendance);

    QJsonArray agenda;
    for (const QJsonValue& itemValue : object.value(u"agenda"_s).toArray()) {
        QJsonObject item = itemValue.toObject();
        item.remove(u"id"_s);
        QJsonArray reports;
        for (const QJsonValue& reportValue : item.value(u"reports"_s).toArray()) {
            QJsonObject report = reportValue.toObject();
            report.remove(u"id"_s);
            report.insert(u"speaker"_s, withoutDirectoryId(report.value(u"speaker"_s).toObject()));
            reports.append(report);
        }
        item.insert(u"reports"_s, reports);
        QJsonObject discussion = item.value(u"discussion"_s).toObject();
        discussion.insert(
            u"participants"_s, persons(discussion.value(u"participants"_s).toArray()));
        item.insert(u"discussion"_s, discussion);
        agenda.append(item);
    }
    object.insert(u"agenda"_s, agenda);

    QJsonArray resolutions;
    const QJsonArray stored = object.value(u"resolutions"_s).toArray();
    for (qsizetype i = 0; i < stored.size(); ++i) {
        QJsonObject resolution = stored.at(i).toObject();
        resolution.remove(u"id"_s);
        resolution.remove(u"followUp"_s);
        // The item it decides on, by its number as printed (0: the whole meeting).
        const int index = meeting.agendaIndexOf(meeting.resolutions.at(i).agendaItemUid);
        resolution.insert(u"agendaItem"_s, index + 1);
        resolutions.append(resolution);
    }
    object.insert(u"resolutions"_s, resolutions);
    return object;
}

bool isHex(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
            return false;
    }
    return true;
}

// A PDF string as it stands in the file, decoded: a hex string <FEFF…> in
// UTF-16BE (how ProtocolPdfWriter writes) or a literal (…) one.
QString decodePdfString(QByteArrayView token)
{
    if (token.startsWith('<')) {
        const QByteArray bytes = QByteArray::fromHex(token.sliced(1).chopped(1).toByteArray());
        if (bytes.startsWith("\xFE\xFF")) {
            QString text;
            for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
                text.append(QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1]))));
            return text;
        }
        return QString::fromLatin1(bytes);
    }
    return QString::fromLatin1(token.sliced(1).chopped(1));
}

} // namespace

QByteArray ControlCode::canonicalContent(const Meeting& meeting)
{
    QByteArray out;
    writeCanonical(contentOf(meeting), out);
    return out;
}

QString ControlCode::hash(const Meeting& meeting)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent(meeting), QCryptographicHash::Sha256).toHex());
}

QString ControlCode::fromHash(QStringView hash)
{
    if (hash.size() < 16 || !isHex(hash.first(16)))
        return {};
    const QString digits = hash.first(16).toString().toUpper();
    return digits.mid(0, 4) + u'-' + digits.mid(4, 4) + u'-' + digits.mid(8, 4) + u'-'
        + digits.mid(12, 4);
}

std::optional<QString> ControlCode::parse(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c == u'-' || c.isSpace())
            continue;
        digits.append(c);
    }
    if (digits.size() != 16 || !isHex(digits))
        return std::nullopt;
    return fromHash(digits);
}

bool ControlCode::matches(QStringView hash, QStringView code)
{
    const std::optional<QString> parsed = parse(code);
    return parsed && fromHash(hash) == *parsed;
}

QString ControlCode::pdfSubject(const QString& code, int revision)
{
    return u"Nazorat kodi "_s + code + u", tahrir "_s + QString::number(revision);
}

std::optional<QString> ControlCode::findInPdf(const QByteArray& pdf)
{
    // An incremental update appends a newer Info dictionary: the last Subject wins.
    static const QRegularExpression subject(
        u"/Subject\\s*(<[0-9A-Fa-f\\s]*>|\\((?:[^()\\\\]|\\\\.)*\\))"_s);
    static const QRegularExpression code(
        u"Nazorat kodi ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})"_s);
    const QString latin1 = QString::fromLatin1(pdf);
    std::optional<QString> found;
    QRegularExpressionMatchIterator it = subject.globalMatch(latin1);
    while (it.hasNext()) {
        const QString token = it.next().captured(1);
        const QRegularExpressionMatch match
            = code.match(decodePdfString(QByteArray(token.toLatin1()).replace(' ', "")));
        if (match.hasMatch())
            found = match.captured(1);
    }
    return found;
}

} // namespace Bayon
