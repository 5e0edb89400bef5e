#include "exportformat.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

constexpr std::array kNames {
    std::pair {ExportFormat::Pdf, u"pdf"},
    std::pair {ExportFormat::Odt, u"odt"},
    std::pair {ExportFormat::Html, u"html"},
    std::pair {ExportFormat::Markdown, u"md"},
    std::pair {ExportFormat::Text, u"txt"},
    std::pair {ExportFormat::Json, u"json"},
};

constexpr std::array kAliases {
    std::pair {ExportFormat::Html, u"htm"},
    std::pair {ExportFormat::Markdown, u"markdown"},
    std::pair {ExportFormat::Text, u"text"},
};

} // namespace

QString exportFormatName(ExportFormat format)
{
    for (const auto& [candidate, name] : kNames) {
        if (candidate == format)
            return QString::fromUtf16(name);
    }
    return {};
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const auto& entry : kNames)
        names.append(QString::fromUtf16(entry.second));
    return names;
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    for (const auto& [format, candidate] : kNames) {
        if (name.compare(QStringView(candidate), Qt::CaseInsensitive) == 0)
            return format;
    }
    for (const auto& [format, candidate] : kAliases) {
        if (name.compare(QStringView(candidate), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(QStringView path)
{
    const qsizetype slash = qMax(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    const QStringView fileName = path.mid(slash + 1);
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot <= 0)
        return std::nullopt;
    return exportFormatFromName(fileName.mid(dot + 1));
}

bool isPrintedFormat(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
    case ExportFormat::Odt:
    case ExportFormat::Html:
    case ExportFormat::Markdown:
    case ExportFormat::Text:
        return true;
    case ExportFormat::Json:
        return false;
    }
    return false;
}

QStringList printedFormatNames()
{
    QStringList names;
    for (const auto& [format, name] : kNames) {
        if (isPrintedFormat(format))
            names.append(QString::fromUtf16(name));
    }
    return names;
}

} // namespace Bayon
