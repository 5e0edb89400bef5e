#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QMarginsF>
#include <QSizeF>

namespace Bayon {

// Gives an OpenDocument text written by QTextDocumentWriter its page. Qt saves
// the text and its formats but no page style, so a word processor opens it on
// its own default page (Letter or A4 with 2 cm margins); this adds styles.xml
// with a page layout of the given size and margins on the Standard master page
// (the one every page uses when none is named) and lists it in the manifest.
// The package is rewritten with libzip: QtCore has no public zip API.
class OdtPageStyle
{
public:
    // `odt` is the package as Qt wrote it; lengths in millimetres.
    static Result<QByteArray> apply(const QByteArray& odt, QSizeF pageMm, QMarginsF marginsMm);
};

} // namespace Bayon
