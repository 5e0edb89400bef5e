#include "protocolprinting.h"

#include "document/protocollayout.h"
#include "document/protocolpainter.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Bayon {

namespace {

void setUp(QPrinter& printer, const ProtocolContent& content)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(content.title);
}

} // namespace

Status ProtocolPrinting::preview(QWidget* parent, const ProtocolContent& content)
{
    auto layout = ProtocolLayout::create(content);
    if (!layout)
        return layout.error();
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, content);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    Status painted;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&](QPrinter* target) { painted = ProtocolPainter(**layout).print(*target); });
    dialog.exec();
    return painted;
}

Status ProtocolPrinting::print(QWidget* parent, const ProtocolContent& content)
{
    auto layout = ProtocolLayout::create(content);
    if (!layout)
        return layout.error();
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, content);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return ProtocolPainter(**layout).print(printer);
}

} // namespace Bayon
