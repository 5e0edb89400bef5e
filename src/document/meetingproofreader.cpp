#include "meetingproofreader.h"

#include "domain/meetingtexts.h"
#include "text/proofreader.h"

namespace Bayon {

QList<Finding> MeetingProofreader::check(const Meeting& meeting)
{
    QList<Finding> findings;
    MeetingTexts::forEach(
        meeting, [&findings](const QString& part, const QString& field, const QString& text) {
            findings += Proofreader::checkText(text, part, field);
        });
    return findings;
}

} // namespace Bayon
