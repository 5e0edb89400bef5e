#pragma once

#include "domain/decisionentry.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Bayon {

// The decisions register as a report: a table of decisions under a header
// that says which council, which period and which filter, "as of" a day.
// The printed form is A4 landscape in the protocol's typography (Liberation
// Serif, the official margins), its header row repeated on every page and
// "k / N" in the footer; ODT is the same document for a word processor; CSV
// (RFC 4180, UTF-8, a header row) and plain text are for spreadsheets and
// scripts. The printed forms need a QGuiApplication (fonts).
class DecisionReport
{
public:
    struct Heading
    {
        QString councilName; // empty: every council
        QDate from; // the period; either may be open
        QDate to;
        QStringList filters; // each criterion in words: "Holati: muddati oʻtgan"
        QDate asOf; // the day "overdue" was judged on
    };

    // The columns, as printed and as the CSV's header row.
    static QStringList columns();
    // One record per decision, the header row first; dates ISO 8601.
    static QByteArray csv(const QList<DecisionEntry>& entries, const Heading& heading);
    // The heading's lines, a blank line, then a tab-separated table with its header row.
    static QString text(const QList<DecisionEntry>& entries, const Heading& heading);

    // The report as a document (for ODT and the printed pages).
    static std::unique_ptr<QTextDocument> document(
        const QList<DecisionEntry>& entries, const Heading& heading);
    // Paints every page onto a printer or PDF writer set to A4 landscape.
    static Status print(
        const QList<DecisionEntry>& entries, const Heading& heading, QPagedPaintDevice& device);
    static Result<QByteArray> pdf(const QList<DecisionEntry>& entries, const Heading& heading);
    static Result<QByteArray> odt(const QList<DecisionEntry>& entries, const Heading& heading);

    // Texts of the register in Uzbek, as the protocol's phrases are.
    static QString title();
    static QString kindName(ResolutionKind kind);
    static QString statusName(FollowUpStatus status);
    static QString deadlineText(const DecisionEntry& entry);
    static QString periodText(QDate from, QDate to);
};

} // namespace Bayon
