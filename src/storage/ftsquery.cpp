#include "ftsquery.h"

#include "text/apostrophes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

bool hasSearchableCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString quoted(QString term)
{
    term.replace(u'"', u"\"\""_s);
    return u'"' + term + u'"';
}

} // namespace

QString FtsQuery::build(QStringView userQuery)
{
    return terms(userQuery).join(u' ');
}

Status FtsQuery::check(QStringView userQuery)
{
    if (userQuery.size() > maxLength)
        return Error::invalid(QCoreApplication::translate("FtsQuery",
            "A search may have at most %1 characters; this one has %2. Search for fewer words.")
                                  .arg(maxLength)
                                  .arg(userQuery.size()));
    const qsizetype count = terms(userQuery).size();
    if (count > maxTerms)
        return Error::invalid(QCoreApplication::translate("FtsQuery",
            "A search may have at most %1 words; this one has %2. Search for fewer words.")
                                  .arg(maxTerms)
                                  .arg(count));
    return {};
}

QStringList FtsQuery::terms(QStringView userQuery)
{
    static const QRegularExpression pieces(u"\"([^\"]*)\"|([^\\s\"]+)"_s);
    const QString text = Apostrophes::normalize(userQuery);

    QStringList terms;
    for (const QRegularExpressionMatch& match : pieces.globalMatch(text)) {
        const bool phrase = match.hasCaptured(1);
        QString term = phrase ? match.captured(1) : match.captured(2);
        const bool prefix = !phrase && term.endsWith(u'*');
        term.remove(u'*');
        term = term.simplified();
        if (!hasSearchableCharacter(term))
            continue;
        terms.append(prefix ? quoted(term) + u'*' : quoted(term));
    }
    return terms;
}

} // namespace Bayon
