#pragma once

#include "document/exportformat.h"
#include "document/protocolcontent.h"
#include "document/protocoloptions.h"
#include "domain/meeting.h"
#include "text/script.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ExtractDialog;
}

class QPushButton;

namespace Bayon {

// An extract of the open meeting's protocol ("BAYONNOMADAN KOʻCHIRMA"): of one
// agenda item, or of every resolution addressed to one organisation or
// person. Asks for the item or addressee, the date the extract is certified
// (today by default), the script — Latin, or Cyrillic as bayon-cli's
// --script cyrl gives; the last one chosen by default — and the file — PDF by
// default, any export format by the file's extension or the format chooser —
// and writes it through ProtocolExporter; it can also be previewed and printed.
class ExtractDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Item, Addressee };

    ExtractDialog(const Meeting& meeting, Kind kind, QWidget* parent = nullptr);
    ~ExtractDialog() override;

    // The addressees the meeting's resolutions name, then the persons made
    // responsible, each once, in the order they first appear.
    static QStringList addressees(const Meeting& meeting);

    void setItem(int index);
    void setAddressee(const QString& addressee);
    void setPath(const QString& path);
    void setScript(Script script);
    ProtocolOptions options() const;
    Script script() const;
    QString path() const;
    ExportFormat format() const;
    // The extract as composed from the choices; no blocks when nothing matches.
    ProtocolContent content() const;
    // What keeps the extract from being written; empty when nothing.
    QString problem() const;
    // The file written by accept(), empty before.
    QString writtenPath() const { return m_written; }

    // Writes the file; on a problem, says why and stays open.
    void accept() override;

private:
    void suggestPath();
    void formatChosen();
    void pathEdited(const QString& path);
    void choosePath();
    void showPreview();
    void printExtract();
    void refresh();
    QString subjectSlug() const;

    std::unique_ptr<Ui::ExtractDialog> ui;
    Meeting m_meeting;
    Kind m_kind;
    QString m_written;
    QPushButton* m_export = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_print = nullptr;
    bool m_pathTyped = false; // the user chose the file: a new subject no longer renames it
    bool m_confirmed = false; // the file dialog already asked about replacing the file
    bool m_updating = false;
};

} // namespace Bayon
