#include "clirunner.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// Members' remarks through bayon-cli, end to end: the secretary packs a review
// copy of the sample in review; members add remarks in their copies and
// export them; the secretary imports them (twice: nothing doubles), sees them
// beside their parts (a part moved since marked), marks them; foreign and
// malformed files are refused with nothing imported.
class TestCliRemarks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QString ok(const CliRunner& cli, const QStringList& arguments)
    {
        const CliRunner::Run run = cli.run(arguments);
        if (run.exitCode != 0)
            qWarning().noquote() << arguments.join(u' ') << "→" << run.exitCode << run.err;
        return run.exitCode == 0 ? run.out : QString();
    }

    static QByteArray sha256(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly)
            ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
            : QByteArray();
    }

    static QByteArray readFile(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    struct Council
    {
        QString database;
        QString id; // the sample meeting, in review
    };

    Council council()
    {
        Council c;
        c.database = path(u"council-%1.sqlite"_s.arg(++m_files));
        const CliRunner cli(c.database);
        c.id = ok(cli, {u"sample"_s}).trimmed();
        ok(cli, {u"status"_s, c.id, u"review"_s});
        return c;
    }

    // A review copy of the council's meeting in its own folder; its id.
    QString pack(const Council& c, const QString& copy)
    {
        QDir().mkpath(QFileInfo(copy).absolutePath());
        const QString out
            = ok(CliRunner(c.database), {u"pack"_s, u"--output"_s, copy, u"--meeting"_s, c.id});
        return out.section(u'\t', 0, 0).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // bayon-cli inherits these: the member's data folder, the user, and
        // no Preferences of whoever runs the tests.
        qputenv("BAYON_DATA_DIR", path(u"member-data"_s).toUtf8());
        qputenv("BAYON_USER", "Nodir Abdullayev");
        qputenv("XDG_CONFIG_HOME", path(u"config"_s).toUtf8());
    }

    void remarksGoFromAReviewCopyToTheSecretary()
    {
        const Council c = council();
        const QString copy = path(u"usb/yigilish-3.bayon"_s);
        const QString copyId = pack(c, copy);
        QVERIFY(!QUuid::fromString(copyId).isNull());
        const QByteArray before = sha256(copy);
        const CliRunner member(copy);

        const QString first = ok(member,
            {u"remarks"_s, u"add"_s, c.id, u"--part"_s, u"report 2.1"_s, u"--text"_s,
                u"Manba koʻrsatilsin."_s, u"--reviewer"_s, u"Aziz Karimov"_s});
        QVERIFY(first.endsWith(u"\treport 2.1\n"_s));
        const QString second = ok(member,
            {u"remarks"_s, u"add"_s, c.id, u"--part"_s, u"resolution 3"_s, u"--text"_s,
                u"Muddat aniqlashtirilsin."_s, u"--reviewer"_s, u"Aziz Karimov"_s});
        QVERIFY(second.endsWith(u"\tresolution 3\n"_s));

        // Kept in the member's folder, not in the copy nor beside it.
        QCOMPARE(sha256(copy), before);
        QCOMPARE(QDir(path(u"usb"_s)).entryList(QDir::Files | QDir::Hidden),
            QStringList {u"yigilish-3.bayon"_s});
        QVERIFY(QFileInfo::exists(path(u"member-data/remarks/%1.json"_s.arg(copyId))));

        const QString sent = path(u"mail/remarks-aziz.json"_s);
        QCOMPARE(
            ok(member, {u"remarks"_s, u"export"_s, u"--output"_s, sent}), u"2\t%1\n"_s.arg(sent));
        const QJsonObject file = QJsonDocument::fromJson(readFile(sent)).object();
        QCOMPARE(file.value(u"format"_s).toString(), u"bayon-remarks"_s);
        QCOMPARE(QUuid(file.value(u"reviewCopy"_s).toString()), QUuid(copyId));
        QCOMPARE(file.value(u"remarks"_s).toArray().size(), 2);

        const CliRunner secretary(c.database);
        QCOMPARE(ok(secretary, {u"remarks"_s, u"import"_s, sent}), u"2 added, 0 already there\n"_s);
        QCOMPARE(ok(secretary, {u"remarks"_s, u"import"_s, sent}), u"0 added, 2 already there\n"_s);
        const QStringList lines
            = ok(secretary, {u"remarks"_s, u"list"_s, c.id}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0),
            first.section(u'\t', 0, 0)
                + u"\treport 2.1\tAziz Karimov\topen\tManba koʻrsatilsin."_s);
        QCOMPARE(lines.at(1),
            second.section(u'\t', 0, 0)
                + u"\tresolution 3\tAziz Karimov\topen\tMuddat aniqlashtirilsin."_s);

        QCOMPARE(
            ok(secretary, {u"remarks"_s, u"state"_s, first.section(u'\t', 0, 0), u"accepted"_s}),
            first.section(u'\t', 0, 0) + u"\taccepted\n"_s);
        QVERIFY(ok(secretary, {u"remarks"_s, u"list"_s, c.id})
                    .contains(u"\treport 2.1\tAziz Karimov\taccepted\t"_s));
        QCOMPARE(sha256(copy), before);
    }

    // After the member read it, the secretary moves resolution 3 to the top,
    // changes the lead of report 2.2 and removes report 2.3.
    void aRemarkOnAPartMovedChangedOrGoneSinceIsMarked()
    {
        const Council c = council();
        const QString copy = path(u"moved/copy.bayon"_s);
        pack(c, copy);
        for (const QString& part : {u"resolution 3"_s, u"report 2.2"_s, u"report 2.3"_s})
            ok(CliRunner(copy),
                {u"remarks"_s, u"add"_s, c.id, u"--part"_s, part, u"--text"_s, u"Nima uchun?"_s});
        const QString sent = path(u"moved/remarks.json"_s);
        ok(CliRunner(copy), {u"remarks"_s, u"export"_s, u"--output"_s, sent});
        {
            auto db = Database::open(c.database);
            QVERIFY(db);
            Meeting meeting = *(*db)->meetings().load(c.id.toLongLong());
            QCOMPARE(meeting.revision, 2);
            QVERIFY(meeting.moveResolution(2, 0));
            meeting.agenda[1].reports[1].lead += u" Qoʻshimcha."_s;
            meeting.agenda[1].reports.removeAt(2);
            QVERIFY((*db)->meetings().save(meeting));
        }
        const CliRunner secretary(c.database);
        ok(secretary, {u"remarks"_s, u"import"_s, sent});
        // Written without --reviewer: the user's name ($BAYON_USER here).
        const QString listed = ok(secretary, {u"remarks"_s, u"list"_s, c.id});
        const QStringList lines = listed.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).section(u'\t', 1),
            u"resolution 3 (moved: now resolution 1)\tNodir Abdullayev\topen\tNima uchun?"_s);
        QCOMPARE(lines.at(1).section(u'\t', 1),
            u"report 2.2 (changed since revision 2)\tNodir Abdullayev\topen\tNima uchun?"_s);
        QCOMPARE(lines.at(2).section(u'\t', 1),
            u"report 2.3 (gone)\tNodir Abdullayev\topen\tNima uchun?"_s);
    }

    void remarksOfTwoMembersMerge()
    {
        const Council c = council();
        const QString aziz = path(u"merge/aziz.bayon"_s);
        const QString dilnoza = path(u"merge/dilnoza.bayon"_s);
        QVERIFY(pack(c, aziz) != pack(c, dilnoza));
        ok(CliRunner(aziz),
            {u"remarks"_s, u"add"_s, c.id, u"--part"_s, u"agenda 1"_s, u"--text"_s, u"Aziz."_s,
                u"--reviewer"_s, u"Aziz Karimov"_s});
        ok(CliRunner(dilnoza),
            {u"remarks"_s, u"add"_s, c.id, u"--part"_s, u"kpi 1.1.3"_s, u"--text"_s, u"Dilnoza."_s,
                u"--reviewer"_s, u"Dilnoza Yusupova"_s});
        ok(CliRunner(aziz), {u"remarks"_s, u"export"_s, u"--output"_s, path(u"merge/a.json"_s)});
        ok(CliRunner(dilnoza), {u"remarks"_s, u"export"_s, u"--output"_s, path(u"merge/d.json"_s)});
        const CliRunner secretary(c.database);
        QCOMPARE(ok(secretary, {u"remarks"_s, u"import"_s, path(u"merge/a.json"_s)}),
            u"1 added, 0 already there\n"_s);
        QCOMPARE(ok(secretary, {u"remarks"_s, u"import"_s, path(u"merge/d.json"_s)}),
            u"1 added, 0 already there\n"_s);
        const QString listed = ok(secretary, {u"remarks"_s, u"list"_s, c.id});
        QCOMPARE(listed.count(u'\n'), 2);
        QVERIFY(listed.contains(u"\tagenda 1\tAziz Karimov\topen\tAziz.\n"_s));
        QVERIFY(listed.contains(u"\tkpi 1.1.3\tDilnoza Yusupova\topen\tDilnoza.\n"_s));
    }

    // The default reviewer is the name in the editor's Preferences.
    void theReviewerDefaultsToPreferences()
    {
        const Council c = council();
        const QString copy = path(u"prefs/copy.bayon"_s);
        pack(c, copy);
        QVERIFY(QDir().mkpath(path(u"config/Bayon"_s)));
        QFile settings(path(u"config/Bayon/bayon.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[user]\nname=Oybek Rahimov\n");
        settings.close();
        ok(CliRunner(copy),
            {u"remarks"_s, u"add"_s, c.id, u"--part"_s, u"meeting"_s, u"--text"_s, u"Umuman."_s});
        QVERIFY(QFile::remove(settings.fileName()));
        ok(CliRunner(copy), {u"remarks"_s, u"export"_s, u"--output"_s, path(u"prefs/r.json"_s)});
        const QJsonObject file
            = QJsonDocument::fromJson(readFile(path(u"prefs/r.json"_s))).object();
        QCOMPARE(
            file.value(u"remarks"_s).toArray().at(0).toObject().value(u"reviewer"_s).toString(),
            u"Oybek Rahimov"_s);
        // Sent after the Preferences were gone: the account's name.
        QCOMPARE(file.value(u"reviewer"_s).toString(), u"Nodir Abdullayev"_s);
    }

    void mistakesAreRefusedWithTheCause()
    {
        const Council c = council();
        const QString copy = path(u"refuse/copy.bayon"_s);
        pack(c, copy);
        const CliRunner member(copy);
        const CliRunner secretary(c.database);
        const auto refused = [](const CliRunner& cli, const QStringList& arguments,
                                 const QString& cause) {
            const CliRunner::Run run = cli.run(arguments);
            if (run.exitCode != 1 || !run.err.contains(cause))
                qWarning().noquote() << arguments.join(u' ') << "→" << run.exitCode << run.err;
            return run.exitCode == 1 && run.err.contains(cause);
        };
        QVERIFY(refused(member,
            {u"remarks"_s, u"add"_s, c.id, u"--part"_s, u"agenda 9"_s, u"--text"_s, u"x"_s},
            u"Meeting %1 has no agenda 9: its agenda has 2 item"_s.arg(c.id)));
        QVERIFY(refused(member,
            {u"remarks"_s, u"add"_s, c.id, u"--part"_s, u"kpi 2.1"_s, u"--text"_s, u"x"_s},
            u"as in \"kpi 2.1.3\""_s));
        QVERIFY(
            refused(member, {u"remarks"_s, u"export"_s, u"--output"_s, path(u"refuse/none.json"_s)},
                u"There are no remarks to send"_s));
        QVERIFY(!QFileInfo::exists(path(u"refuse/none.json"_s)));
        QVERIFY(refused(secretary,
            {u"remarks"_s, u"add"_s, c.id, u"--part"_s, u"meeting"_s, u"--text"_s, u"x"_s},
            u"is not a review copy"_s));

        ok(member,
            {u"remarks"_s, u"add"_s, c.id, u"--part"_s, u"agenda 2"_s, u"--text"_s, u"Ikki."_s});
        const QString sent = path(u"refuse/remarks.json"_s);
        ok(member, {u"remarks"_s, u"export"_s, u"--output"_s, sent});
        // Remarks are imported into the council's database, never into a copy.
        QVERIFY(refused(member, {u"remarks"_s, u"import"_s, sent}, u"cannot be changed"_s));

        const Council other = council();
        QVERIFY(refused(CliRunner(other.database), {u"remarks"_s, u"import"_s, sent},
            u"made from another database"_s));
        QCOMPARE(ok(CliRunner(other.database), {u"remarks"_s, u"list"_s, other.id}), QString());

        QFile malformed(path(u"refuse/malformed.json"_s));
        QVERIFY(malformed.open(QIODevice::WriteOnly));
        malformed.write(readFile(sent).replace("\"bayon-remarks\"", "\"bayon-meeting\""));
        malformed.close();
        QVERIFY(refused(secretary, {u"remarks"_s, u"import"_s, malformed.fileName()},
            u"format: expected \"bayon-remarks\""_s));
        QVERIFY(refused(secretary,
            {u"remarks"_s, u"state"_s, QUuid::createUuid().toString(), u"noted"_s},
            u"There is no remark"_s));
        QCOMPARE(ok(secretary, {u"remarks"_s, u"list"_s, c.id}), QString());
    }
};

QTEST_GUILESS_MAIN(TestCliRemarks)
#include "testcliremarks.moc"
