#include "domain/attachment.h"
#include "domain/decisionentry.h"
#include "domain/meetingdiff.h"
#include "domain/statusworkflow.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

enum LineDetail { KindPartField, WithValues };

// Each change as a line "kind part field", and with WithValues ": before → after".
QStringList changeLines(
    const QList<MeetingDiff::Change>& changes, LineDetail detail = KindPartField)
{
    QStringList lines;
    for (const auto& change : changes) {
        QString line = QString::number(int(change.kind)) + u' ' + change.part + u' ' + change.field;
        if (detail == WithValues)
            line += u": "_s + change.before + u" → "_s + change.after;
        lines.append(line);
    }
    return lines;
}

} // namespace

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
        const QStringList lines = changeLines(changes);
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

    void votesAreCompared()
    {
        Meeting before;
        AgendaItem item;
        item.title = u"Birinchi masala"_s;
        before.agenda = {item};
        Resolution counted;
        counted.text = u"Birinchi qaror"_s;
        counted.vote.kind = VoteKind::Counts;
        counted.vote.forCount = 12;
        counted.vote.againstCount = 1;
        counted.vote.opinions = u"Aʼzo qarshi fikr bildirdi."_s;
        Resolution unanimous;
        unanimous.text = u"Ikkinchi qaror"_s;
        unanimous.vote.kind = VoteKind::Unanimous;
        Resolution rollCall;
        rollCall.text = u"Uchinchi qaror"_s;
        rollCall.vote.kind = VoteKind::RollCall;
        Person first;
        first.shortName = u"N.Abdullayev"_s;
        Person second;
        second.shortName = u"O.Pekso"_s;
        rollCall.vote.rollCall = {{first, VoteChoice::For, {}}, {second, VoteChoice::For, {}}};
        before.resolutions = {counted, unanimous, rollCall};
        QVERIFY(MeetingDiff::compare(before, before).isEmpty());

        Meeting after = before;
        after.resolutions[0].vote.forCount = 11;
        after.resolutions[0].vote.againstCount = 2;
        after.resolutions[0].vote.opinions = u"Aʼzo qatʼiy qarshi fikr bildirdi."_s;
        after.resolutions[1].vote = {VoteKind::Counts, 10, 0, 3, {}, {}};
        after.resolutions[2].vote.rollCall[1].choice = VoteChoice::Against;
        after.resolutions[2].vote.rollCall[1].opinion = u"Muddat qisqa."_s;
        after.agenda[0].vote.kind = VoteKind::Unanimous;

        using Kind = MeetingDiff::Change::Kind;
        const auto changes = MeetingDiff::compare(before, after);
        const QStringList lines = changeLines(changes, WithValues);
        const QString dash = QString(QChar(0x2013));
        const QStringList expected {
            QString::number(int(Kind::Added)) + u" agenda 1 vote:  → unanimous"_s,
            QString::number(int(Kind::Changed)) + u" resolution 1 vote: counts 12"_s + dash + u"1"_s
                + dash + u"0 → counts 11"_s + dash + u"2"_s + dash + u'0',
            QString::number(int(Kind::Changed))
                + u" resolution 1 vote.opinions: Aʼzo qarshi fikr bildirdi. → "
                  u"Aʼzo qatʼiy qarshi fikr bildirdi."_s,
            QString::number(int(Kind::Changed)) + u" resolution 2 vote: unanimous → counts 10"_s
                + dash + u"0"_s + dash + u'3',
            // A roll call's result follows its members' choices.
            QString::number(int(Kind::Changed)) + u" resolution 3 vote: roll-call 2"_s + dash
                + u"0"_s + dash + u"0 → roll-call 1"_s + dash + u"1"_s + dash + u'0',
            QString::number(int(Kind::Changed))
                + u" resolution 3 vote.rollCall O.Pekso: O.Pekso: for → O.Pekso: against"_s,
            QString::number(int(Kind::Added))
                + u" resolution 3 vote.opinion O.Pekso:  → Muddat qisqa."_s,
        };
        QCOMPARE(lines, expected);
        // A dissenting opinion's words are marked as any text's.
        QCOMPARE(changes.at(2).words,
            (QList<MeetingDiff::Words> {{MeetingDiff::Words::Kind::Same, u"Aʼzo "_s},
                {MeetingDiff::Words::Kind::Added, u"qatʼiy "_s},
                {MeetingDiff::Words::Kind::Same, u"qarshi fikr bildirdi."_s}}));

        // A vote taken back is removed; what a vote of another kind keeps
        // unprinted (stale entries, counts of a unanimous vote) is no change.
        Meeting withdrawn = after;
        withdrawn.agenda[0].vote = {};
        withdrawn.resolutions[1].vote.rollCall = {{first, VoteChoice::Against, {}}};
        const auto taken = MeetingDiff::compare(after, withdrawn);
        QCOMPARE(taken.size(), 1);
        QCOMPARE(taken.at(0).kind, Kind::Removed);
        QCOMPARE(taken.at(0).part, u"agenda 1"_s);
        QCOMPARE(taken.at(0).field, u"vote"_s);
        QCOMPARE(taken.at(0).before, u"unanimous"_s);
        Meeting stale = before;
        stale.resolutions[1].vote.forCount = 7;
        QVERIFY(MeetingDiff::compare(before, stale).isEmpty());
        // A roll call's entry taken out: its line and its opinion are removed.
        Meeting shorter = after;
        shorter.resolutions[2].vote.rollCall.removeLast();
        QStringList removed;
        for (const auto& change : MeetingDiff::compare(after, shorter))
            removed.append(QString::number(int(change.kind)) + u' ' + change.field);
        QCOMPARE(removed,
            (QStringList {QString::number(int(Kind::Changed)) + u" vote"_s,
                QString::number(int(Kind::Removed)) + u" vote.rollCall O.Pekso"_s,
                QString::number(int(Kind::Removed)) + u" vote.opinion O.Pekso"_s}));

        // A member put in the middle is that member added: the later ones
        // keep their lines (they are named by the member, not by the place).
        Person third;
        third.fullName = u"Ishanxodjaev Akmal"_s;
        third.shortName = u"A.Ishanxodjaev"_s;
        Meeting longer = after;
        longer.resolutions[2].vote.rollCall.insert(1, {third, VoteChoice::For, {}});
        QStringList inserted;
        for (const auto& change : MeetingDiff::compare(after, longer))
            inserted.append(QString::number(int(change.kind)) + u' ' + change.part + u' '
                + change.field + u": "_s + change.before + u" → "_s + change.after);
        QCOMPARE(inserted,
            (QStringList {QString::number(int(Kind::Changed)) + u" resolution 3 vote: roll-call 1"_s
                    + dash + u"1"_s + dash + u"0 → roll-call 2"_s + dash + u"1"_s + dash + u'0',
                QString::number(int(Kind::Added))
                    + u" resolution 3 vote.rollCall A.Ishanxodjaev:  → A.Ishanxodjaev: for"_s}));

        // One member's choice changed: that member's line, and no other.
        Meeting turned = longer;
        turned.resolutions[2].vote.rollCall[0].choice = VoteChoice::Abstained;
        QStringList choices;
        for (const auto& change : MeetingDiff::compare(longer, turned)) {
            if (change.field != u"vote"_s)
                choices.append(QString::number(int(change.kind)) + u' ' + change.field + u": "_s
                    + change.before + u" → "_s + change.after);
        }
        QCOMPARE(choices,
            (QStringList {QString::number(int(Kind::Changed))
                + u" vote.rollCall N.Abdullayev: N.Abdullayev: for → N.Abdullayev: abstained"_s}));

        // Two members printed alike are told apart by their turn.
        Meeting twice = longer;
        twice.resolutions[2].vote.rollCall.append({third, VoteChoice::Against, {}});
        const auto doubled = MeetingDiff::compare(longer, twice);
        QCOMPARE(doubled.size(), 2);
        QCOMPARE(doubled.at(1).kind, Kind::Added);
        QCOMPARE(doubled.at(1).field, u"vote.rollCall A.Ishanxodjaev (2)"_s);
    }

    void appendicesAreCompared()
    {
        Meeting before;
        Appendix plan;
        plan.title = u"Undirish rejasi"_s;
        plan.body = u"Qarzdorlik oy oxirigacha undirilsin."_s;
        Appendix list;
        list.title = u"Ishtirokchilar roʻyxati"_s;
        list.body = u"- N.Abdullayev"_s;
        Appendix report;
        report.title = u"Hisobot"_s;
        before.appendices = {plan, list, report};
        QVERIFY(MeetingDiff::compare(before, before).isEmpty());

        Meeting after = before;
        after.appendices.move(2, 0); // the report goes first
        after.appendices.removeAt(2); // the list goes
        after.appendices[1].body = u"Qarzdorlik chorak oxirigacha undirilsin."_s;
        after.appendices[1].title = u"Undirish rejasi (yangi)"_s;
        Appendix added;
        added.title = u"Xat loyihasi"_s;
        after.appendices.append(added);

        using Kind = MeetingDiff::Change::Kind;
        const auto changes = MeetingDiff::compare(before, after);
        const QStringList lines = changeLines(changes);
        const QStringList expected {
            QString::number(int(Kind::Moved)) + u" appendix 1 "_s,
            QString::number(int(Kind::Moved)) + u" appendix 2 "_s,
            QString::number(int(Kind::Changed)) + u" appendix 2 title"_s,
            QString::number(int(Kind::Changed)) + u" appendix 2 text"_s,
            QString::number(int(Kind::Added)) + u" appendix 3 "_s,
            QString::number(int(Kind::Removed)) + u" appendix 2 "_s,
        };
        QCOMPARE(lines, expected);
        QCOMPARE(changes.at(0).before, u"appendix 3"_s);
        QCOMPARE(changes.at(1).before, u"appendix 1"_s);
        QCOMPARE(changes.at(3).words,
            (QList<MeetingDiff::Words> {{MeetingDiff::Words::Kind::Same, u"Qarzdorlik "_s},
                {MeetingDiff::Words::Kind::Removed, u"oy"_s},
                {MeetingDiff::Words::Kind::Added, u"chorak"_s},
                {MeetingDiff::Words::Kind::Same, u" oxirigacha undirilsin."_s}}));
        QCOMPARE(changes.at(4).after, u"Xat loyihasi"_s);
        QCOMPARE(changes.at(5).before, u"Ishtirokchilar roʻyxati"_s);
        QVERIFY(MeetingDiff::compare(after, after).isEmpty());
    }

    void theOpeningAndTemplateAreCompared()
    {
        Meeting before;
        before.startTime = QTime(11, 0);
        before.basis = u"Qonunning 83-moddasi"_s;
        QVERIFY(MeetingDiff::compare(before, before).isEmpty());

        Meeting after = before;
        after.endTime = QTime(13, 30);
        after.convenedBy = u"Kuzatuv kengashi raisi B.Rahimov"_s;
        after.basis = u"Qonunning 84-moddasi"_s;
        after.notification = u"Aʼzolar xat bilan xabardor qilindi."_s;
        after.memberCount = 9;
        after.protocolForm = ProtocolForm::Full;
        after.protocolTemplate.titleLine = u"MAJLIS BAYONI"_s;
        after.protocolTemplate.sealMark = true;
        after.protocolTemplate.quorum = {QuorumKind::Fixed, 5};

        using Kind = MeetingDiff::Change::Kind;
        const QStringList lines = changeLines(MeetingDiff::compare(before, after), WithValues);
        const QStringList expected {
            QString::number(int(Kind::Added)) + u" meeting endTime:  → 13:30"_s,
            QString::number(int(Kind::Changed)) + u" meeting protocolForm: narrative → full"_s,
            QString::number(int(Kind::Added))
                + u" meeting convenedBy:  → Kuzatuv kengashi raisi B.Rahimov"_s,
            QString::number(int(Kind::Changed))
                + u" meeting basis: Qonunning 83-moddasi → Qonunning 84-moddasi"_s,
            QString::number(int(Kind::Added))
                + u" meeting notification:  → Aʼzolar xat bilan xabardor qilindi."_s,
            QString::number(int(Kind::Added)) + u" meeting memberCount:  → 9"_s,
            QString::number(int(Kind::Changed))
                + u" meeting template.titleLine: YIGʻILISH BAYONI → MAJLIS BAYONI"_s,
            QString::number(int(Kind::Added)) + u" meeting template.sealMark:  → yes"_s,
            QString::number(int(Kind::Changed))
                + u" meeting template.quorum: more-than-half → fixed"_s,
            QString::number(int(Kind::Added)) + u" meeting template.quorumCount:  → 5"_s,
        };
        QCOMPARE(lines, expected);
    }
};

QTEST_GUILESS_MAIN(TestLifecycleRules)
#include "testlifecyclerules.moc"
