#pragma once

#include "domain/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUuid>
#include <initializer_list>
#include <memory>
#include <optional>
#include <type_traits>

namespace Bayon {

// Reads the fields of one JSON object of the interchange format, knowing where
// the object sits in the document ("meeting.agenda[1].reports[0]"), so that a
// refusal always names the field at fault. Only the first refusal is kept, and
// it is shared with every reader made from this one: after it each read gives
// an empty value, so a caller reads a whole tree and checks failed() once.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    // How strings are checked. Strict (a file from outside): a text refuses
    // control characters other than line breaks and tabs, and line()
    // refuses those too. AsWritten (what this program wrote itself): as is.
    enum class Texts { Strict, AsWritten };

    // The top level of a document: its fields have bare names ("format").
    explicit JsonFieldReader(const QJsonObject& object, Texts texts = Texts::AsWritten);

    // Refuses any key of the object that is not in known, so that a misspelt
    // key is reported instead of being dropped.
    void expectKeys(std::initializer_list<QStringView> known);

    bool has(QStringView key) const;

    // Each of these refuses a missing key or a value of the wrong type.
    QString string(QStringView key);
    QStringList strings(QStringView key);
    // A string of one line (a name): strict reading refuses any control
    // character in it, line breaks and tabs included.
    QString line(QStringView key);
    bool isStrict() const { return m_texts == Texts::Strict; }
    // A JSON number without a fraction, within [minimum, maximum].
    qint64 integer(QStringView key, qint64 minimum, qint64 maximum);
    double number(QStringView key);
    bool boolean(QStringView key);
    std::optional<double> numberOrNull(QStringView key);
    // "YYYY-MM-DD", "HH:mm" and "{uuid}"; "" gives the null value.
    QDate date(QStringView key);
    QTime time(QStringView key);
    // A moment in UTC, "YYYY-MM-DDTHH:mm:ss.zzzZ"; "" gives the null value.
    QDateTime moment(QStringView key);
    QUuid uuid(QStringView key);
    // One of the stable keys of E (enums.h); a refusal lists them all.
    template<typename E> E enumeration(QStringView key)
    {
        return enumFromKey<E>(oneOf(key, enumKeys<E>())).value_or(E {});
    }
    JsonFieldReader object(QStringView key);
    // An array of objects, each handed to read as a reader of its own.
    template<typename Read>
    auto list(QStringView key, Read read) -> QList<std::invoke_result_t<Read, JsonFieldReader>>
    {
        QList<std::invoke_result_t<Read, JsonFieldReader>> items;
        const QJsonArray elements = array(key);
        for (qsizetype i = 0; i < elements.size() && !failed(); ++i)
            items.append(read(element(key, elements, i)));
        return items;
    }

    // Refuses the value of key for a reason the caller knows (a wrong version).
    void fail(QStringView key, const QString& problem);
    bool failed() const { return !m_error->isNull(); }
    // "meeting.agenda[1].title: expected a string"
    QString errorMessage() const { return *m_error; }

private:
    JsonFieldReader(QJsonObject object, QString path, std::shared_ptr<QString> error, Texts texts);

    // Under strict reading, refuses a control character in text (other
    // than a line break or tab when multiLine).
    void checkText(const QString& path, const QString& text, bool multiLine);

    QString pathOf(QStringView key) const;
    void failAt(const QString& path, const QString& problem);
    // The value of a required key; undefined once anything has failed.
    QJsonValue value(QStringView key);
    QJsonArray array(QStringView key);
    QString oneOf(QStringView key, const QStringList& accepted);
    JsonFieldReader element(QStringView key, const QJsonArray& elements, qsizetype index);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
    Texts m_texts = Texts::AsWritten;
};

} // namespace Bayon
