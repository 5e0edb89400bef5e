#include "finddialog.h"

#include "gui/browse/searchresultmodel.h"
#include "storage/meetingsearch.h"
#include "ui_finddialog.h"

#include <QHeaderView>

namespace Bayon {

FindDialog::FindDialog(QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::FindDialog>())
    , m_results(new SearchResultModel(this))
{
    ui->setupUi(this);
    ui->resultsView->setModel(m_results);
    ui->resultsView->verticalHeader()->hide();
    ui->resultsView->horizontalHeader()->setStretchLastSection(true);
    connect(ui->searchButton, &QPushButton::clicked, this, &FindDialog::search);
    connect(ui->queryEdit, &QLineEdit::returnPressed, this, &FindDialog::search);
    connect(ui->resultsView, &QTableView::activated, this, &FindDialog::openCurrent);
    connect(ui->openButton, &QPushButton::clicked, this, &FindDialog::openCurrent);
}

FindDialog::~FindDialog() = default;

void FindDialog::setSearch(const MeetingSearch* search)
{
    m_search = search;
    m_results->setHits({});
    ui->statusLabel->clear();
}

void FindDialog::search()
{
    const QString query = ui->queryEdit->text().trimmed();
    if (!m_search || query.isEmpty()) {
        m_results->setHits({});
        ui->statusLabel->clear();
        return;
    }
    auto found = m_search->search(query);
    if (!found) {
        m_results->setHits({});
        ui->statusLabel->setText(found.error().message);
        return;
    }
    m_results->setHits(std::move(found).value());
    ui->statusLabel->setText(m_results->rowCount() == 0
            ? tr("Nothing found.")
            : tr("Places found: %1").arg(m_results->rowCount()));
    ui->resultsView->resizeColumnToContents(SearchResultModel::MeetingColumn);
    ui->resultsView->resizeColumnToContents(SearchResultModel::PartColumn);
    if (m_results->rowCount() > 0)
        ui->resultsView->setCurrentIndex(m_results->index(0, 0));
}

void FindDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_results->setHits(m_results->hits()); // part names and headers in the new language
    }
    QDialog::changeEvent(event);
}

void FindDialog::openCurrent()
{
    const QModelIndex current = ui->resultsView->currentIndex();
    if (!current.isValid())
        return;
    emit hitChosen(current.data(SearchResultModel::MeetingIdRole).toLongLong(),
        current.data(SearchResultModel::PartRole).toString());
}

} // namespace Bayon
