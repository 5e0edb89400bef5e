#include "extractdialog.h"

#include "document/protocolcomposer.h"
#include "document/protocolexporter.h"
#include "gui/app/preferences.h"
#include "gui/export/protocolprinting.h"
#include "text/apostrophes.h"
#include "text/romannumeral.h"
#include "ui_extractdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Bayon {

namespace {

QString formatTitle(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return ExtractDialog::tr("PDF");
    case ExportFormat::Odt:
        return ExtractDialog::tr("OpenDocument text (ODT)");
    case ExportFormat::Html:
        return ExtractDialog::tr("Web page (HTML)");
    case ExportFormat::Markdown:
        return ExtractDialog::tr("Markdown");
    case ExportFormat::Text:
        return ExtractDialog::tr("Plain text");
    case ExportFormat::Json:
        break;
    }
    return {};
}

} // namespace

ExtractDialog::ExtractDialog(const Meeting& meeting, Kind kind, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ExtractDialog>())
    , m_meeting(meeting)
    , m_kind(kind)
{
    ui->setupUi(this);
    m_export = ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    m_preview = ui->buttonBox->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_print = ui->buttonBox->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(m_export, &QPushButton::clicked, this, &ExtractDialog::accept);
    connect(m_preview, &QPushButton::clicked, this, &ExtractDialog::showPreview);
    connect(m_print, &QPushButton::clicked, this, &ExtractDialog::printExtract);

    const QString meetingName
        = tr("meeting № %1 of %2").arg(meeting.number).arg(meeting.date.toString(u"dd.MM.yyyy"_s));
    if (kind == Kind::Item) {
        setWindowTitle(tr("Extract of an agenda item"));
        ui->introLabel->setText(
            tr("“BAYONNOMADAN KOʻCHIRMA” of %1: the header, the agenda item under its numeral, "
               "what was heard, said and decided on it, and the secretary's certification.")
                .arg(meetingName));
        ui->subjectLabel->setText(tr("&Agenda item:"));
        for (int i = 0; i < meeting.agenda.size(); ++i)
            ui->subjectCombo->addItem(
                RomanNumeral::fromInt(i + 1) + u". " + meeting.agenda.at(i).title.simplified(), i);
    } else {
        setWindowTitle(tr("Extract for an addressee"));
        ui->introLabel->setText(
            tr("“BAYONNOMADAN KOʻCHIRMA” of %1 with every resolution addressed to one "
               "organisation or person, for sending out.")
                .arg(meetingName));
        ui->subjectLabel->setText(tr("&Addressee:"));
        ui->subjectCombo->setEditable(true);
        ui->subjectCombo->setInsertPolicy(QComboBox::NoInsert);
        ui->subjectCombo->addItems(addressees(meeting));
        ui->subjectCombo->setToolTip(
            tr("Every resolution whose addressee or responsible person contains this text"));
    }
    ui->dateEdit->setDate(QDate::currentDate());
    for (const QString& name : exportFormatNames()) {
        const auto format = exportFormatFromName(name);
        if (format && isPrintedFormat(*format))
            ui->formatCombo->addItem(formatTitle(*format), int(*format));
    }
    ui->formatCombo->setCurrentIndex(ui->formatCombo->findData(int(ExportFormat::Pdf)));
    ui->scriptCombo->addItem(tr("Latin"), int(Script::Latin));
    ui->scriptCombo->addItem(tr("Cyrillic"), int(Script::Cyrillic));
    setScript(Preferences::extractScript());

    connect(ui->subjectCombo, &QComboBox::currentTextChanged, this, [this] {
        if (!m_pathTyped)
            suggestPath();
        refresh();
    });
    connect(ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExtractDialog::formatChosen);
    connect(ui->fileEdit, &QLineEdit::textEdited, this, &ExtractDialog::pathEdited);
    connect(ui->fileEdit, &QLineEdit::textChanged, this, &ExtractDialog::refresh);
    connect(ui->browseButton, &QPushButton::clicked, this, &ExtractDialog::choosePath);
    suggestPath();
    refresh();
}

ExtractDialog::~ExtractDialog() = default;

QStringList ExtractDialog::addressees(const Meeting& meeting)
{
    QStringList names;
    const auto add = [&](const QString& name) {
        const QString clean = name.simplified();
        if (!clean.isEmpty() && !names.contains(clean, Qt::CaseInsensitive))
            names.append(clean);
    };
    for (const Resolution& resolution : meeting.resolutions)
        add(resolution.addressee);
    for (const Resolution& resolution : meeting.resolutions) {
        for (const QString& person : resolution.responsible)
            add(person);
    }
    return names;
}

void ExtractDialog::setItem(int index)
{
    const int row = ui->subjectCombo->findData(index);
    if (row >= 0)
        ui->subjectCombo->setCurrentIndex(row);
}

void ExtractDialog::setAddressee(const QString& addressee)
{
    ui->subjectCombo->setEditText(addressee);
}

void ExtractDialog::setPath(const QString& path)
{
    ui->fileEdit->setText(path);
    pathEdited(path);
}

void ExtractDialog::setScript(Script script)
{
    ui->scriptCombo->setCurrentIndex(ui->scriptCombo->findData(int(script)));
}

Script ExtractDialog::script() const
{
    return Script(ui->scriptCombo->currentData().toInt());
}

QString ExtractDialog::path() const
{
    return ui->fileEdit->text().trimmed();
}

ExportFormat ExtractDialog::format() const
{
    return ExportFormat(ui->formatCombo->currentData().toInt());
}

ProtocolOptions ExtractDialog::options() const
{
    ProtocolOptions options;
    if (m_kind == Kind::Item)
        options.extractItem = ui->subjectCombo->currentData().isValid()
            ? ui->subjectCombo->currentData().toInt()
            : -1;
    else
        options.addressee = Apostrophes::normalize(ui->subjectCombo->currentText().simplified());
    options.extractDate = ui->dateEdit->date();
    return options;
}

ProtocolContent ExtractDialog::content() const
{
    return ProtocolComposer::compose(m_meeting, options(), script());
}

QString ExtractDialog::problem() const
{
    const ProtocolOptions chosen = options();
    if (m_kind == Kind::Item && chosen.extractItem < 0)
        return m_meeting.agenda.isEmpty() ? tr("The meeting has no agenda item to extract.")
                                          : tr("Choose the agenda item.");
    if (m_kind == Kind::Addressee && chosen.addressee.isEmpty())
        return addressees(m_meeting).isEmpty()
            ? tr("No resolution of this meeting names an addressee.")
            : tr("Choose or type the addressee.");
    if (m_kind == Kind::Addressee && content().blocks.isEmpty())
        return tr("No resolution of this meeting is addressed to “%1”.").arg(chosen.addressee);
    return {};
}

QString ExtractDialog::subjectSlug() const
{
    if (m_kind == Kind::Item) {
        const int item = options().extractItem;
        return item >= 0 ? RomanNumeral::fromInt(item + 1) : QString();
    }
    // A file name any system takes: Latin letters and digits of the first words.
    QString slug;
    const QStringList words = options().addressee.toLower().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < std::min<qsizetype>(words.size(), 3); ++i) {
        QString word;
        for (const QChar c : words.at(i)) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                word.append(c);
        }
        if (!word.isEmpty())
            slug += (slug.isEmpty() ? QString() : u"-"_s) + word;
    }
    return slug;
}

void ExtractDialog::suggestPath()
{
    const QString folder
        = path().isEmpty() ? Preferences::documentsFolder() : QFileInfo(path()).absolutePath();
    const QString slug = subjectSlug();
    const QString suffix = slug.isEmpty() ? QString() : QString(u'-' + slug);
    const QString name
        = u"bayon-%1-%2-kochirma%3.%4"_s.arg(m_meeting.number)
              .arg(m_meeting.date.toString(Qt::ISODate), suffix, exportFormatName(format()));
    m_updating = true;
    ui->fileEdit->setText(QDir(folder).filePath(name));
    m_updating = false;
    m_confirmed = false;
}

void ExtractDialog::formatChosen()
{
    if (m_updating)
        return;
    const QString current = path();
    if (current.isEmpty()) {
        suggestPath();
        return;
    }
    // The file's extension follows the format.
    const QFileInfo info(current);
    const QString base = exportFormatFromPath(current) ? info.completeBaseName() : info.fileName();
    m_updating = true;
    ui->fileEdit->setText(
        QDir(info.absolutePath()).filePath(base + u'.' + exportFormatName(format())));
    m_updating = false;
    m_confirmed = false;
}

void ExtractDialog::pathEdited(const QString& path)
{
    m_pathTyped = true;
    m_confirmed = false;
    // The format follows a known extension.
    if (const auto format = exportFormatFromPath(path); format && isPrintedFormat(*format)) {
        const int row = ui->formatCombo->findData(int(*format));
        if (row >= 0 && row != ui->formatCombo->currentIndex()) {
            m_updating = true;
            ui->formatCombo->setCurrentIndex(row);
            m_updating = false;
        }
    }
}

void ExtractDialog::choosePath()
{
    QStringList filters;
    QString selected;
    for (int i = 0; i < ui->formatCombo->count(); ++i) {
        const auto format = ExportFormat(ui->formatCombo->itemData(i).toInt());
        const QString filter
            = ui->formatCombo->itemText(i) + u" (*." + exportFormatName(format) + u')';
        filters.append(filter);
        if (format == this->format())
            selected = filter;
    }
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save the extract"), path(), filters.join(u";;"_s), &selected);
    if (chosen.isEmpty())
        return;
    setPath(chosen);
    m_confirmed = true;
}

void ExtractDialog::refresh()
{
    const bool ready = problem().isEmpty();
    m_export->setEnabled(ready && !path().isEmpty());
    m_preview->setEnabled(ready);
    m_print->setEnabled(ready);
}

void ExtractDialog::showPreview()
{
    const Status shown = ProtocolPrinting::preview(this, content());
    if (!shown)
        QMessageBox::warning(this, tr("The extract cannot be shown"), shown.error().message);
}

void ExtractDialog::printExtract()
{
    const Status printed = ProtocolPrinting::print(this, content());
    if (!printed)
        QMessageBox::warning(this, tr("The extract was not printed"), printed.error().message);
}

void ExtractDialog::accept()
{
    QString message = problem();
    const QString target = path();
    if (message.isEmpty() && target.isEmpty())
        message = tr("Choose the file to write.");
    if (!message.isEmpty()) {
        QMessageBox::warning(this, tr("The extract was not written"), message);
        return;
    }
    if (!m_confirmed && QFileInfo::exists(target)) {
        const auto answer = QMessageBox::question(this, tr("Replace the file?"),
            tr("%1 exists. Replace it with the extract?").arg(QDir::toNativeSeparators(target)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    const Status written
        = ProtocolExporter::exportMeeting(m_meeting, target, format(), options(), script());
    if (!written) {
        QMessageBox::warning(this, tr("The extract was not written"), written.error().message);
        return;
    }
    Preferences::setExtractScript(script());
    m_written = target;
    QDialog::accept();
}

} // namespace Bayon
