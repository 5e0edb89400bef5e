#include "domain/attachment.h"
#include "domain/decisionentry.h"
#include "domain/meetingdiff.h"
#include "domain/statusworkflow.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Bayon::MeetingStatus)

// The rules of a protocol's life that need no database: which status may
// follow which, what an attachment's hash is, when a decision is overdue.
class TestLifecycleRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWorkflow_data()
    {
        QTest::addColumn<MeetingStatus>("from");
        QTest::addColumn<MeetingStatus>("to");
        QTest::addColumn<QString>("expected"); // "transition", "reopening" or "refused"
        using S = MeetingStatus;
        const QList<std::tuple<S, S, const char*>> table {
            {S::Draft, S::Draft, "refused"},
            {S::Draft, S::Review, "transition"},
            {S::Draft, S::Final, "refused"},
            {S::Draft, S::Signed, "refused"},
            {S::Review, S::Draft, "transition"},
            {S::Review, S::Review, "refused"},
            {S::Review, S::Final, "transition"},
            {S::Review, S::Signed, "refused"},
            {S::Final, S::Draft, "reopening"},
            {S::Final, S::Review, "refused"},
            {S::Final, S::Final, "refused"},
            {S::Final, S::Signed, "transition"},
            {S::Signed, S::Draft, "reopening"},
            {S::Signed, S::Review, "refused"},
            {S::Signed, S::Final, "refused"},
            {S::Signed, S::Signed, "refused"},
        };
        for (const auto& [from, to, expected] : table) {
            const QByteArray name = (enumKey(from) + u" → "_s + enumKey(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << QString::fromLatin1(expected);
        }
    }

    void theWorkflow()
    {
        QFETCH(MeetingStatus, from);
        QFETCH(MeetingStatus, to);
        QFETCH(QString, expected);
        QCOMPARE(StatusWorkflow::isTransition(from, to), expected == u"transition"_s);
        QCOMPARE(StatusWorkflow::isReopening(from, to), expected == u"reopening"_s);
        QCOMPARE(StatusWorkflow::checkTransition(from, to).ok(), expected == u"transition"_s);
        QCOMPARE(StatusWorkflow::targets(from).contains(to), expected != u"refused"_s);

        const Status withReason = StatusWorkflow::check(from, to, u"xato tuzatiladi"_s);
        const Status without = StatusWorkflow::check(from, to, u" "_s);
        QCOMPARE(withReason.ok(), expected != u"refused"_s);
        QCOMPARE(without.ok(), expected == u"transition"_s);
        for (const Status& refused : {StatusWorkflow::checkTransition(from, to), without}) {
            if (refused)
                continue;
            QCOMPARE(refused.error().code, Error::Code::Refused);
            QVERIFY(!refused.error().message.isEmpty());
        }
    }

    void refusalsSayWhatIsPossible()
    {
        const Status signedToReview
            = StatusWorkflow::checkTransition(MeetingStatus::Signed, MeetingStatus::Review);
        QVERIFY(signedToReview.error().message.contains(u"signed"_s));
        QVERIFY(signedToReview.error().message.contains(u"reopened"_s));
        const Status noReason = StatusWorkflow::checkReopening(MeetingStatus::Final, {});
        QVERIFY(noReason.error().message.contains(u"reason"_s));
        QVERIFY(!StatusWorkflow::checkReopening(MeetingStatus::Draft, u"sabab"_s));
        QVERIFY(StatusWorkflow::isLocked(MeetingStatus::Final));
        QVERIFY(StatusWorkflow::isLocked(MeetingStatus::Signed));
        QVERIFY(!StatusWorkflow::isLocked(MeetingStatus::Review));
    }

    void anAttachmentKnowsItsHash()
    {
        const QByteArray bytes("%PDF-1.4 imzolangan nusxa");
        const Attachment attachment
            = Attachment::fromData(u"scan.pdf"_s, u"application/pdf"_s, bytes);
        QCOMPARE(attachment.sha256,
            QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(attachment.sha256.size(), 64);
        QCOMPARE(attachment.size(), bytes.size());
        QVERIFY(attachment.isIntact());
        Attachment damaged = attachment;
        damaged.data[0] = 'X';
        QVERIFY(!damaged.isIntact());
        QVERIFY(Attachment::isScanType(u"image/jpeg"_s));
        QVERIFY(Attachment::isScanType(u"image/png"_s));
        QVERIFY(!Attachment::isScanType(u"text/plain"_s));
    }

    void aDecisionIsOverdueWhenPendingAndPastDue()
    {
        DecisionEntry entry;
        entry.due = QDate(2025, 8, 1);
        QVERIFY(!entry.isOverdue(QDate(2025, 8, 1)));
        QVERIFY(entry.isOverdue(QDate(2025, 8, 2)));
        QCOMPARE(entry.daysOverdue(QDate(2025, 8, 11)), 10);
        entry.followUpStatus = FollowUpStatus::InProgress;
        QVERIFY(entry.isOverdue(QDate(2025, 8, 2)));
        entry.followUpStatus = FollowUpStatus::Done;
        QVERIFY(!entry.isOverdue(QDate(2025, 9, 1)));
        QCOMPARE(entry.daysOverdue(QDate(2025, 9, 1)), 0);
        entry.followUpStatus = FollowUpStatus::Open;
        entry.due = QDate();
        QVERIFY(!entry.isOverdue(QDate(2030, 1, 1)));
    }

    void aDecisionShowsItsFirstLine()
    {
        DecisionEntry entry;
        entry.text = u"  Quyidagilar:\nikkinchi qator"_s;
        entry.subPoints = {u"birinchi band"_s, u"ikkinchi band"_s};
        QCOMPARE(entry.firstLine(), u"Quyidagilar:"_s);
        QCOMPARE(entry.fullText(), u"Quyidagilar:\nikkinchi qator\nbirinchi band\nikkinchi band"_s);
        entry.text.clear();
        QCOMPARE(entry.firstLine(), u"birinchi band"_s);
    }

    void wordsAddedAndRemoved()
    {
        using Kind = MeetingDiff::Words::Kind;
        const auto runs = MeetingDiff::words(u"Axborot maʼlumot uchun qabul qilinsin."_s,
            u"Axborot toʻliq maʼlumot uchun olinsin."_s);
        const QList<MeetingDiff::Words> expected {{Kind::Same, u"Axborot "_s},
            {Kind::Added, u"toʻliq "_s}, {Kind::Same, u"maʼlumot uchun "_s},
            {Kind::Removed, u"qabul qilinsin."_s}, {Kind::Added, u"olinsin."_s}};
        QCOMPARE(runs, expected);
        QCOMPARE(MeetingDiff::words(u"bir"_s, u"bir"_s),
            (QList<MeetingDiff::Words> {{Kind::Same, u"bir"_s}}));
        QCOMPARE(MeetingDiff::words({}, u"yangi"_s),
            (QList<MeetingDiff::Words> {{Kind::Added, u"yangi"_s}}));
    }

    void partsAreComparedByIdentity()
    {
        Meeting before;
        before.councilName = u"Kengash"_s;
        AgendaItem item;
        item.title = u"Birinchi masala"_s;
        before.agenda = {item};
        Resolution first;
        first.text = u"Birinchi qaror"_s;
        Resolution second;
        second.text = u"Ikkinchi qaror"_s;
        Resolution third;
        third.text = u"Uchinchi qaror"_s;
        before.resolutions = {first, second, third};

        Meeting after = before;
        after.agenda[0].title = u"Birinchi muhim masala"_s;
        after.resolutions.move(2, 0); // the third goes first
        after.resolutions.removeAt(2); // the second goes
        after.resolutions[1].text = u"Birinchi qaror, tuzatilgan"_s;
        Resolution added;
        added.text = u"Yangi qaror"_s;
        after.resolutions.append(added);

        using Kind = MeetingDiff::Change::Kind;
        const auto changes = MeetingDiff::compare(before, after);
        QStringList lines;
        for (const auto& change : changes)
            lines.append(
                QString::number(int(change.kind)) + u' ' + change.part + u' ' + change.field);
        const QStringList expected {
            QString::number(int(Kind::Changed)) + u" agenda 1 title"_s,
            QString::number(int(Kind::Moved)) + u" resolution 1 "_s,
            QString::number(int(Kind::Moved)) + u" resolution 2 "_s,
            QString::number(int(Kind::Changed)) + u" resolution 2 text"_s,
            QString::number(int(Kind::Added)) + u" resolution 3 "_s,
            QString::number(int(Kind::Removed)) + u" resolution 2 "_s,
        };
        QCOMPARE(lines, expected);
        QCOMPARE(changes.at(1).before, u"resolution 3"_s);
        QCOMPARE(changes.at(3).before, u"Birinchi qaror"_s);
        // Words are what stands between spaces: "qaror" became "qaror,".
        QCOMPARE(changes.at(3).words,
            (QList<MeetingDiff::Words> {{MeetingDiff::Words::Kind::Same, u"Birinchi "_s},
                {MeetingDiff::Words::Kind::Removed, u"qaror"_s},
                {MeetingDiff::Words::Kind::Added, u"qaror, tuzatilgan"_s}}));
        QCOMPARE(changes.at(4).after, u"Yangi qaror"_s);
        QCOMPARE(changes.at(5).before, u"Ikkinchi qaror"_s);
        QVERIFY(MeetingDiff::compare(after, after).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLifecycleRules)
#include "testlifecyclerules.moc"
