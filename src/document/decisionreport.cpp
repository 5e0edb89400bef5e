#include "decisionreport.h"

#include "document/csvwriter.h"
#include "document/protocolfonts.h"
#include "document/protocolpage.h"
#include "text/uzbekdates.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

constexpr qreal titlePointSize = 14.0;
constexpr qreal headingPointSize = 12.0;
constexpr qreal tablePointSize = 10.0;
// Relative widths of the printed columns; they add up to 100.
constexpr int columnWidths[] = {13, 3, 19, 8, 10, 11, 10, 10, 9, 7};

QString dateText(QDate date)
{
    return date.isValid() ? UzbekDates::formatLong(date) : QString();
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QStringList headingLines(const DecisionReport::Heading& heading, qsizetype count)
{
    QStringList lines;
    lines.append(heading.councilName.isEmpty() ? u"Barcha kengashlar"_s : heading.councilName);
    lines.append(u"Davr: "_s + DecisionReport::periodText(heading.from, heading.to));
    if (!heading.filters.isEmpty())
        lines.append(u"Tanlov: "_s + heading.filters.join(u"; "_s));
    if (heading.asOf.isValid())
        lines.append(u"Holat sanasi: "_s + dateText(heading.asOf));
    lines.append(u"Qarorlar soni: "_s + QString::number(count));
    return lines;
}

// One printed row: the cells of the register's table.
QStringList printedRow(const DecisionEntry& entry, QDate today)
{
    const qint64 late = entry.daysOverdue(today);
    QString meeting = u"№ "_s + QString::number(entry.meetingNumber);
    if (entry.meetingDate.isValid())
        meeting += u", "_s + dateText(entry.meetingDate);
    return {meeting, QString::number(entry.resolutionNumber), entry.firstLine(),
        DecisionReport::kindName(entry.kind), entry.addressee, entry.responsible.join(u", "_s),
        DecisionReport::deadlineText(entry), DecisionReport::statusName(entry.followUpStatus),
        entry.statusNote, late > 0 ? QString::number(late) : QString()};
}

QTextCharFormat charFormat(qreal pointSize, bool bold = false)
{
    QTextCharFormat format;
    format.setFontFamilies({ProtocolFonts::family()});
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(Qt::black);
    return format;
}

} // namespace

QString DecisionReport::title()
{
    return u"QARORLAR IJROSI REESTRI"_s;
}

QString DecisionReport::kindName(ResolutionKind kind)
{
    switch (kind) {
    case ResolutionKind::TakeNote:
        return u"Maʼlumot uchun"_s;
    case ResolutionKind::Approve:
        return u"Maʼqullash"_s;
    case ResolutionKind::Support:
        return u"Qoʻllab-quvvatlash"_s;
    case ResolutionKind::Recommend:
        return u"Tavsiya"_s;
    case ResolutionKind::Instruct:
        return u"Topshiriq"_s;
    }
    return {};
}

QString DecisionReport::statusName(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Open:
        return u"Ochiq"_s;
    case FollowUpStatus::InProgress:
        return u"Bajarilmoqda"_s;
    case FollowUpStatus::Done:
        return u"Bajarildi"_s;
    case FollowUpStatus::Cancelled:
        return u"Bekor qilindi"_s;
    }
    return {};
}

QString DecisionReport::deadlineText(const DecisionEntry& entry)
{
    switch (entry.deadline.kind) {
    case DeadlineKind::None:
        return {};
    case DeadlineKind::Date:
        return dateText(entry.deadline.date);
    case DeadlineKind::NextMeeting:
        return entry.due.isValid() ? u"keyingi yigʻilishgacha ("_s + dateText(entry.due) + u')'
                                   : u"keyingi yigʻilishgacha"_s;
    }
    return {};
}

QString DecisionReport::periodText(QDate from, QDate to)
{
    if (!from.isValid() && !to.isValid())
        return u"barcha yigʻilishlar"_s;
    return dateText(from) + u" – "_s + dateText(to);
}

QStringList DecisionReport::columns()
{
    return {u"Yigʻilish"_s, u"№"_s, u"Qaror"_s, u"Turi"_s, u"Kimga"_s, u"Masʼullar"_s, u"Muddat"_s,
        u"Holati"_s, u"Izoh"_s, u"Kechikish (kun)"_s};
}

QByteArray DecisionReport::csv(const QList<DecisionEntry>& entries, const Heading& heading)
{
    CsvWriter writer;
    writer.addRecord({u"Yigʻilish ID"_s, u"Yigʻilish №"_s, u"Yigʻilish sanasi"_s, u"Kengash"_s,
        u"Qaror №"_s, u"Qaror matni"_s, u"Turi"_s, u"Kimga"_s, u"Masʼullar"_s, u"Muddat"_s,
        u"Ijro sanasi"_s, u"Holati"_s, u"Izoh"_s, u"Kechikish (kun)"_s});
    const QDate today = heading.asOf.isValid() ? heading.asOf : QDate::currentDate();
    for (const DecisionEntry& entry : entries) {
        QString deadline;
        if (entry.deadline.kind == DeadlineKind::Date)
            deadline = isoDate(entry.deadline.date);
        else if (entry.deadline.kind == DeadlineKind::NextMeeting)
            deadline = u"keyingi yigʻilishgacha"_s;
        writer.addRecord({QString::number(entry.meetingId), QString::number(entry.meetingNumber),
            isoDate(entry.meetingDate), entry.councilName, QString::number(entry.resolutionNumber),
            entry.fullText(), kindName(entry.kind), entry.addressee,
            entry.responsible.join(u"; "_s), deadline, isoDate(entry.due),
            statusName(entry.followUpStatus), entry.statusNote,
            QString::number(entry.daysOverdue(today))});
    }
    return writer.bytes();
}

QString DecisionReport::text(const QList<DecisionEntry>& entries, const Heading& heading)
{
    const QDate today = heading.asOf.isValid() ? heading.asOf : QDate::currentDate();
    QStringList lines {title()};
    lines += headingLines(heading, entries.size());
    lines.append(QString());
    lines.append(columns().join(u'\t'));
    for (const DecisionEntry& entry : entries) {
        QStringList cells = printedRow(entry, today);
        for (QString& cell : cells)
            cell.replace(u'\t', u' ').replace(u'\n', u' ');
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

std::unique_ptr<QTextDocument> DecisionReport::document(
    const QList<DecisionEntry>& entries, const Heading& heading)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    QFont font(ProtocolFonts::family());
    font.setPointSizeF(tablePointSize);
    document->setDefaultFont(font);
    const QDate today = heading.asOf.isValid() ? heading.asOf : QDate::currentDate();

    QTextCursor cursor(document.get());
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    cursor.setBlockFormat(centred);
    cursor.insertText(title(), charFormat(titlePointSize, true));
    for (const QString& line : headingLines(heading, entries.size())) {
        cursor.insertBlock(centred);
        cursor.insertText(line, charFormat(headingPointSize));
    }
    QTextBlockFormat spaced = centred;
    spaced.setTopMargin(ProtocolPage::pxFromPt(6));
    cursor.insertBlock(spaced);

    QTextTableFormat table;
    table.setHeaderRowCount(1);
    table.setBorder(0.5);
    table.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    table.setBorderBrush(Qt::black);
    table.setCellSpacing(0);
    table.setCellPadding(ProtocolPage::pxFromPt(2));
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const int width : columnWidths)
        widths.append(QTextLength(QTextLength::PercentageLength, width));
    table.setColumnWidthConstraints(widths);
    const QStringList header = columns();
    QTextTable* grid = cursor.insertTable(int(entries.size()) + 1, int(header.size()), table);

    const auto fill
        = [&](int row, const QStringList& cells, bool bold, bool shaded, int boldColumn) {
              for (int column = 0; column < cells.size(); ++column) {
                  QTextTableCell cell = grid->cellAt(row, column);
                  if (shaded) {
                      QTextTableCellFormat format = cell.format().toTableCellFormat();
                      format.setBackground(QColor(0xE8, 0xE8, 0xE8));
                      cell.setFormat(format);
                  }
                  QTextCursor inCell = cell.firstCursorPosition();
                  QTextBlockFormat block;
                  block.setAlignment(bold && row == 0 ? Qt::AlignHCenter : Qt::AlignLeft);
                  inCell.setBlockFormat(block);
                  inCell.insertText(
                      cells.at(column), charFormat(tablePointSize, bold || column == boldColumn));
              }
          };
    fill(0, header, true, true, -1);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const DecisionEntry& entry = entries.at(i);
        // Overdue decisions are marked: shaded, their days in bold.
        const bool overdue = entry.isOverdue(today);
        fill(int(i) + 1, printedRow(entry, today), false, overdue, overdue ? 9 : -1);
    }
    return document;
}

Status DecisionReport::print(
    const QList<DecisionEntry>& entries, const Heading& heading, QPagedPaintDevice& device)
{
    if (const Status fonts = ProtocolFonts::ensureLoaded(); !fonts)
        return fonts;
    const std::unique_ptr<QTextDocument> report = document(entries, heading);

    const int dpi = device.logicalDpiX();
    const qreal mm = dpi / 25.4;
    const QPageLayout pageLayout = device.pageLayout();
    const QRectF sheet = pageLayout.fullRectPixels(dpi);
    const QPointF origin = -QPointF(pageLayout.paintRectPixels(dpi).topLeft());
    const QMarginsF margins = ProtocolPage::marginsMm * mm;
    const QSizeF body(sheet.width() - margins.left() - margins.right(),
        sheet.height() - margins.top() - margins.bottom());
    report->documentLayout()->setPaintDevice(&device);
    report->setPageSize(body);
    const int pages = report->pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Error::failed(u"The printer or file cannot be painted on."_s);
    QFont footer(ProtocolFonts::family());
    footer.setPointSizeF(ProtocolPage::footerPointSize);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error::failed(u"A new page cannot be started on the printer or file."_s);
        }
        painter.save();
        painter.translate(origin + QPointF(margins.left(), margins.top()));
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        report->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.translate(origin);
        painter.setFont(QFont(footer, &device));
        painter.setPen(Qt::black);
        const QString number = QString::number(page + 1) + u" / "_s + QString::number(pages);
        const qreal width = painter.fontMetrics().horizontalAdvance(number);
        painter.drawText(QPointF(margins.left() + (body.width() - width) / 2,
                             sheet.height() - ProtocolPage::footerBaselineMm * mm),
            number);
        painter.restore();
    }
    if (!painter.end())
        return Error::failed(u"The printer or file could not be finished."_s);
    return {};
}

Result<QByteArray> DecisionReport::pdf(const QList<DecisionEntry>& entries, const Heading& heading)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(1200);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
            QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(heading.councilName.isEmpty()
                ? u"Qarorlar ijrosi reestri"_s
                : u"Qarorlar ijrosi reestri — "_s + heading.councilName);
        writer.setCreator(u"Bayon"_s);
        if (const Status printed = print(entries, heading, writer); !printed)
            return printed.error();
    }
    if (bytes.isEmpty())
        return Error::failed(u"The PDF could not be written."_s);
    return bytes;
}

Result<QByteArray> DecisionReport::odt(const QList<DecisionEntry>& entries, const Heading& heading)
{
    if (const Status fonts = ProtocolFonts::ensureLoaded(); !fonts)
        return fonts.error();
    const std::unique_ptr<QTextDocument> report = document(entries, heading);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(report.get()))
        return Error::failed(u"The ODT document could not be written."_s);
    return bytes;
}

} // namespace Bayon
