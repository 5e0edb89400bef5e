#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class FindDialog;
}

namespace Bayon {

class MeetingSearch;
class SearchResultModel;

// Find in all meetings: the full-text search of the open database. Picking a
// hit (Enter, double-click, Open) asks the main window to open that meeting at
// that part.
class FindDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FindDialog(QWidget* parent = nullptr);
    ~FindDialog() override;

    void setSearch(const MeetingSearch* search);
    void search();
    SearchResultModel* results() const { return m_results; }

signals:
    void hitChosen(qint64 meetingId, const QString& part);

protected:
    void changeEvent(QEvent* event) override;

private:
    void openCurrent();

    std::unique_ptr<Ui::FindDialog> ui;
    const MeetingSearch* m_search = nullptr;
    SearchResultModel* m_results = nullptr;
};

} // namespace Bayon
