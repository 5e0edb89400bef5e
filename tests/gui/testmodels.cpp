// The models over the open meeting, each watched by QAbstractItemModelTester
// while the meeting is edited, undone and redone: the numbers that follow the
// order, the KPI table's Uzbek numbers and paste, the marks of invalid cells.
#include "gui/browse/meetinglistmodel.h"
#include "gui/browse/searchresultmodel.h"
#include "gui/editing/addremoveagendaitemcommand.h"
#include "gui/editing/addremovekpitablecommand.h"
#include "gui/editing/addremovereportcommand.h"
#include "gui/editing/meetingdocument.h"
#include "gui/editor/models/agendamodel.h"
#include "gui/editor/models/attendancemodel.h"
#include "gui/editor/models/kpichangetext.h"
#include "gui/editor/models/kpitablemodel.h"
#include "gui/editor/models/personlistmodel.h"
#include "gui/editor/models/reportlistmodel.h"
#include "gui/editor/models/resolutionmodel.h"
#include "gui/widgets/numbereddelegate.h"
#include "interchange/meetingimporter.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>
#include <QUndoStack>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {
constexpr auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
constexpr QChar nbsp(0x00A0);
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private:
    static QString shown(const AgendaModel& model, int row)
    {
        return NumberedDelegate::shownText(model.index(row, 0), AgendaModel::NumeralRole);
    }

    Meeting sample()
    {
        auto meeting = MeetingImporter::sample();
        if (!meeting)
            qFatal("the sample meeting does not load");
        return *meeting;
    }

private slots:
    void agendaNumeralsFollowTheOrder()
    {
        MeetingDocument doc(sample());
        AgendaModel model;
        model.setDocument(&doc);
        QAbstractItemModelTester tester(&model, mode);
        QCOMPARE(model.rowCount(), 2);
        const QString first = doc.meeting().agenda.at(0).title;
        const QString second = doc.meeting().agenda.at(1).title;
        QCOMPARE(model.index(0, 0).data(AgendaModel::NumeralRole).toString(), u"I"_s);
        QCOMPARE(model.index(1, 0).data(AgendaModel::NumeralRole).toString(), u"II"_s);
        QCOMPARE(NumberedDelegate::shownText(model.index(1, 0), AgendaModel::NumeralRole),
            u"II. "_s + second.simplified());

        QVERIFY(model.move(1, 0));
        QCOMPARE(doc.meeting().agenda.at(0).title, second);
        QCOMPARE(shown(model, 0), u"I. "_s + second.simplified());
        QCOMPARE(shown(model, 1), u"II. "_s + first.simplified());
        doc.undoStack()->undo();
        QCOMPARE(shown(model, 0), u"I. "_s + first.simplified());

        // A drop as a view delivers it: the dragged row's data dropped before row 0.
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(1, 0)}));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(doc.meeting().agenda.at(0).title, second);
        // A move to where the row already is changes nothing.
        QVERIFY(!model.moveRows({}, 0, 1, {}, 1));

        AgendaItem third;
        third.title = u"Turli masalalar"_s;
        doc.push(new AddRemoveAgendaItemCommand(&doc, ListAction::Add, 0, third));
        QCOMPARE(shown(model, 0), u"I. Turli masalalar"_s);
        QVERIFY(shown(model, 2).startsWith(u"III. "_s));
        QVERIFY(model.setData(model.index(0, 0), u"Boshqa masalalar"_s));
        QCOMPARE(doc.meeting().agenda.at(0).title, u"Boshqa masalalar"_s);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
    }

    void emptyTitleIsMarked()
    {
        MeetingDocument doc(sample());
        AgendaModel model;
        model.setDocument(&doc);
        QAbstractItemModelTester tester(&model, mode);
        QVERIFY(model.setData(model.index(0, 0), QString()));
        QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    }

    void attendance()
    {
        MeetingDocument doc(sample());
        AttendanceModel model;
        model.setDocument(&doc);
        QAbstractItemModelTester tester(&model, mode);
        QCOMPARE(model.rowCount(), doc.meeting().attendance.size());
        const QModelIndex presence = model.index(0, AttendanceModel::PresenceColumn);
        QVERIFY(model.setData(presence, int(Presence::Absent)));
        QCOMPARE(doc.meeting().attendance.at(0).presence, Presence::Absent);
        QCOMPARE(presence.data(Qt::EditRole).toInt(), int(Presence::Absent));
        QVERIFY(model.setData(model.index(0, AttendanceModel::FullNameColumn), QString()));
        QVERIFY(model.setData(model.index(0, AttendanceModel::ShortNameColumn), QString()));
        QVERIFY(!model.index(0, AttendanceModel::FullNameColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.meeting().attendance, sample().attendance);
    }

    void reportsFollowTheirItem()
    {
        MeetingDocument doc(sample());
        ReportListModel model;
        model.setDocument(&doc);
        QAbstractItemModelTester tester(&model, mode);
        const QUuid item = doc.meeting().agenda.at(0).uid;
        model.setAgendaItem(item);
        QCOMPARE(model.rowCount(), doc.meeting().agenda.at(0).reports.size());
        SpeakerReport report;
        report.speaker.shortName = u"A.Karimov"_s;
        doc.push(new AddRemoveReportCommand(&doc, ListAction::Add, item, 0, report));
        QCOMPARE(NumberedDelegate::shownText(model.index(0, 0), ReportListModel::NumeralRole),
            u"1. A.Karimov"_s);
        QCOMPARE(
            NumberedDelegate::shownText(model.index(1, 0), ReportListModel::NumeralRole).left(3),
            u"2. "_s);
        // The item goes: the model lets go of it rather than show a stale list.
        doc.push(new AddRemoveAgendaItemCommand(&doc, ListAction::Remove, 0));
        QCOMPARE(model.rowCount(), 0);
    }

    void kpiNumbersTheUzbekWay()
    {
        MeetingDocument doc(sample());
        const QUuid report = doc.meeting().agenda.at(0).reports.at(0).uid;
        doc.push(new AddRemoveKpiTableCommand(
            &doc, ListAction::Add, report, 0, KpiTable {u"Sinov"_s, {KpiRow {}}}));
        KpiTableModel model;
        model.setDocument(&doc);
        QAbstractItemModelTester tester(&model, mode);
        model.setTable(report, 0);
        QCOMPARE(model.rowCount(), 1);

        const QModelIndex value = model.index(0, KpiTableModel::ValueColumn);
        QVERIFY(model.setData(value, u"1 152"_s));
        QCOMPARE(doc.kpiTable(report, 0)->rows.at(0).value, std::optional<double>(1152));
        QCOMPARE(value.data().toString(), u"1"_s + nbsp + u"152"_s);
        QVERIFY(model.setData(value, u"11,2"_s));
        QCOMPARE(doc.kpiTable(report, 0)->rows.at(0).value, std::optional<double>(11.2));
        QCOMPARE(value.data().toString(), u"11,2"_s);

        // Not a number: kept as typed, marked, explained; the stored value stays.
        QVERIFY(model.setData(value, u"11.2"_s));
        QCOMPARE(doc.kpiTable(report, 0)->rows.at(0).value, std::optional<double>(11.2));
        QCOMPARE(value.data().toString(), u"11.2"_s);
        QVERIFY(value.data(Qt::ToolTipRole).toString().contains(u"11.2"_s));
        QVERIFY(value.data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.invalidCellCount(), 1);
        QVERIFY(model.setData(value, u"16,5"_s));
        QCOMPARE(model.invalidCellCount(), 0);

        const QModelIndex change = model.index(0, KpiTableModel::ChangeColumn);
        QVERIFY(model.setData(change, u"1,4 barobar"_s));
        QCOMPARE(doc.kpiTable(report, 0)->rows.at(0).change, (KpiChange {ChangeKind::Factor, 1.4}));
        QVERIFY(model.setData(change, u"+25 %"_s));
        QCOMPARE(doc.kpiTable(report, 0)->rows.at(0).change, (KpiChange {ChangeKind::Percent, 25}));
        QVERIFY(model.setData(change, u"koʻp"_s));
        QCOMPARE(model.invalidCellCount(), 1);

        // Each cell edit is one step.
        doc.undoStack()->undo();
        QCOMPARE(doc.kpiTable(report, 0)->rows.at(0).change, (KpiChange {ChangeKind::Factor, 1.4}));
    }

    void kpiPasteFromASpreadsheet()
    {
        MeetingDocument doc(sample());
        const QUuid report = doc.meeting().agenda.at(0).reports.at(0).uid;
        doc.push(new AddRemoveKpiTableCommand(
            &doc, ListAction::Add, report, 0, KpiTable {u"Sinov"_s, {KpiRow {}}}));
        KpiTableModel model;
        model.setDocument(&doc);
        QAbstractItemModelTester tester(&model, mode);
        model.setTable(report, 0);
        const int steps = doc.undoStack()->count();

        const QString tsv = u"Xodimlar soni\t92 000\tnafar\t2025-yil\t1,4 barobar\n"
                            u"Eksport\t38,7\tmln dollar\t2025-yil I yarim yil\t+25 %\n"
                            u"Loyihalar\tkoʻp\tta\t\t\r\n"_s;
        QCOMPARE(model.paste(0, 0, tsv), 1);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        const KpiTable* table = doc.kpiTable(report, 0);
        QCOMPARE(table->rows.size(), 3);
        QCOMPARE(table->rows.at(0).indicator, u"Xodimlar soni"_s);
        QCOMPARE(table->rows.at(0).value, std::optional<double>(92000));
        QCOMPARE(table->rows.at(0).change, (KpiChange {ChangeKind::Factor, 1.4}));
        QCOMPARE(table->rows.at(1).value, std::optional<double>(38.7));
        QCOMPARE(table->rows.at(1).unit, u"mln dollar"_s);
        QCOMPARE(table->rows.at(1).change, (KpiChange {ChangeKind::Percent, 25}));
        QVERIFY(!table->rows.at(2).value.has_value());
        QCOMPARE(model.index(2, KpiTableModel::ValueColumn).data().toString(), u"koʻp"_s);
        QVERIFY(model.index(2, KpiTableModel::ValueColumn).data(Qt::BackgroundRole).isValid());

        doc.undoStack()->undo();
        QCOMPARE(doc.kpiTable(report, 0)->rows.size(), 1);
        QCOMPARE(doc.kpiTable(report, 0)->rows.at(0), KpiRow {});

        QVERIFY(model.addRow(1));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.removeRowsAt(0, 2));
        QCOMPARE(model.rowCount(), 0);
    }

    void kpiModelLetsGoOfARemovedTable()
    {
        MeetingDocument doc(sample());
        const QUuid report = doc.meeting().agenda.at(0).reports.at(0).uid;
        KpiTableModel model;
        model.setDocument(&doc);
        QAbstractItemModelTester tester(&model, mode);
        model.setTable(report, 0);
        QVERIFY(model.rowCount() > 0);
        doc.push(new AddRemoveKpiTableCommand(&doc, ListAction::Remove, report, 0));
        QCOMPARE(model.rowCount(), 0);
        model.setTable(report, 0);
        doc.push(new AddRemoveReportCommand(
            &doc, ListAction::Remove, doc.meeting().agenda.at(0).uid, 0));
        QCOMPARE(model.rowCount(), 0);
    }

    void kpiChangeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("amount");
        QTest::newRow("empty") << QString() << true << int(ChangeKind::None) << 0.0;
        QTest::newRow("barobar") << u"1,4 barobar"_s << true << int(ChangeKind::Factor) << 1.4;
        QTest::newRow("x") << u"x2"_s << true << int(ChangeKind::Factor) << 2.0;
        QTest::newRow("trailing x") << u"3,3x"_s << true << int(ChangeKind::Factor) << 3.3;
        QTest::newRow("percent") << u"+25 %"_s << true << int(ChangeKind::Percent) << 25.0;
        QTest::newRow("minus sign") << u"−3,5 %"_s << true << int(ChangeKind::Percent) << -3.5;
        QTest::newRow("english") << u"1.4x"_s << false << 0 << 0.0;
        QTest::newRow("words") << u"koʻp"_s << false << 0 << 0.0;
    }

    void kpiChangeText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, kind);
        QFETCH(double, amount);
        const auto parsed = KpiChangeText::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(int(parsed->kind), kind);
        QCOMPARE(parsed->amount, amount);
        // What is shown reads back the same.
        QCOMPARE(KpiChangeText::parse(KpiChangeText::format(*parsed)), parsed);
    }

    void resolutionsNumberedByOrder()
    {
        MeetingDocument doc(sample());
        ResolutionModel model;
        model.setDocument(&doc);
        QAbstractItemModelTester tester(&model, mode);
        QCOMPARE(model.rowCount(), 5);
        const QUuid third = doc.meeting().resolutions.at(2).uid;
        QVERIFY(model.move(2, 0));
        QCOMPARE(doc.meeting().resolutions.at(0).uid, third);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"1."_s);
        QCOMPARE(model.headerData(4, Qt::Vertical).toString(), u"5."_s);
        QCOMPARE(model.index(0, 0).data(ResolutionModel::UidRole).toUuid(), third);
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, 0)}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QCOMPARE(doc.meeting().resolutions.last().uid, third);
        QCOMPARE(model.index(4, 0).data(ResolutionModel::UidRole).toUuid(), third);
    }

    void readOnlyModelsRefuseEdits()
    {
        Meeting meeting = sample();
        meeting.status = MeetingStatus::Signed;
        MeetingDocument doc(meeting);
        AttendanceModel attendance;
        attendance.setDocument(&doc);
        AgendaModel agenda;
        agenda.setDocument(&doc);
        QVERIFY(!(attendance.flags(attendance.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!attendance.setData(attendance.index(0, 0), u"X"_s));
        QVERIFY(!agenda.move(0, 1));
        QVERIFY(!(agenda.flags(agenda.index(0, 0)) & Qt::ItemIsDragEnabled));
        QCOMPARE(doc.meeting(), meeting);
    }

    void meetingListGroupedByYear()
    {
        MeetingListModel model;
        QAbstractItemModelTester tester(&model, mode);
        QList<MeetingSummary> meetings {
            {3, 1, u"K"_s, 2, QDate(2025, 6, 23), MeetingStatus::Draft, u"Uchinchi"_s},
            {2, 1, u"K"_s, 1, QDate(2025, 1, 10), MeetingStatus::Signed, u"Ikkinchi"_s},
            {1, 1, u"K"_s, 5, QDate(2024, 12, 1), MeetingStatus::Final, u"Birinchi"_s},
        };
        model.setMeetings(meetings);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"2025"_s);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        const QModelIndex first = model.index(0, 0, model.index(0, 0));
        QCOMPARE(first.data(MeetingListModel::IdRole).toLongLong(), 3);
        QVERIFY(first.data().toString().contains(u"№ 2"_s));
        QVERIFY(first.data().toString().contains(u"23.06.2025"_s));
        QVERIFY(first.data().toString().contains(u"Uchinchi"_s));

        MeetingSummary renamed = meetings.at(1);
        renamed.title = u"Yangi nom"_s;
        model.updateMeeting(renamed);
        QVERIFY(model.indexOf(2).data().toString().contains(u"Yangi nom"_s));
        MeetingSummary moved = meetings.at(2);
        moved.date = QDate(2026, 1, 5);
        model.updateMeeting(moved);
        QCOMPARE(model.index(0, 0).data().toString(), u"2026"_s);
        QCOMPARE(model.rowCount(), 2);
        model.updateMeeting({9, 0, u"K"_s, 0, QDate(), MeetingStatus::Draft, QString()});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.meetingCount(), 4);
    }

    void searchResults()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, mode);
        model.setHits(
            {{4, 3, QDate(2025, 7, 10), u"report 1.1"_s, u"yuqori [oʻsish] surʼatiga"_s}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SearchResultModel::PartColumn).data().toString(), u"Report I.1"_s);
        QVERIFY(model.index(0, SearchResultModel::SnippetColumn)
                    .data()
                    .toString()
                    .contains(u"«oʻsish»"_s));
        QCOMPARE(model.index(0, 0).data(SearchResultModel::PartRole).toString(), u"report 1.1"_s);
    }

    void personList()
    {
        PersonListModel model;
        QAbstractItemModelTester tester(&model, mode);
        model.setPersons({Person {1, u"Abdullayev Nodir"_s, u"N.Abdullayev"_s, u"Kotib"_s, {}},
            Person {2, u"Ishanxodjaev Abdulla"_s, u"A.Ishanxodjaev"_s, u"Rais"_s, {}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.find(u"n.abdullayev"_s)->directoryId, 1);
        QCOMPARE(model.find(u"Ishanxodjaev Abdulla"_s)->directoryId, 2);
        QVERIFY(!model.find(u"Karimov"_s));

        // Completion in Uzbek order, whichever apostrophe a name was stored with.
        model.setPersons({Person {1, u"Shodiyev Anvar"_s, {}, {}, {}},
            Person {2, u"O'rinov Bek"_s, {}, {}, {}}, Person {3, u"Zokirov Ali"_s, {}, {}, {}},
            Person {4, u"Abdullayev Nodir"_s, {}, {}, {}},
            Person {5, u"Gʻofurov Olim"_s, {}, {}, {}}});
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.index(row, 0).data().toString();
        QCOMPARE(order,
            (QStringList {u"Abdullayev Nodir"_s, u"Zokirov Ali"_s, u"O'rinov Bek"_s,
                u"Gʻofurov Olim"_s, u"Shodiyev Anvar"_s}));
    }
};

QTEST_MAIN(TestModels)
#include "testmodels.moc"
