#pragma once

#include "document/protocolcontent.h"
#include "domain/result.h"

#include <QCoreApplication>

class QWidget;

namespace Bayon {

// Printing a composed protocol (a whole one, another form, an extract) from
// the editor: the print preview and the print dialog, both painting the same
// ProtocolLayout as the PDF.
class ProtocolPrinting
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolPrinting)

public:
    // Opens the print preview of the content; false when it cannot be laid out.
    static Status preview(QWidget* parent, const ProtocolContent& content);
    // Asks for a printer and prints; an error when the printing failed (a
    // cancelled dialog is no error).
    static Status print(QWidget* parent, const ProtocolContent& content);
};

} // namespace Bayon
