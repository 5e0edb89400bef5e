#include "rawsqlite.h"
#include "richmeeting.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Bayon::Test;
using namespace Qt::StringLiterals;

// The directory of persons: its CRUD, its Uzbek order, and that a meeting
// keeps its own copy of a person when the directory changes.
class TestPersonRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> open()
    {
        auto opened = Database::open(m_dir.filePath(u"persons-%1.sqlite"_s.arg(++m_files)));
        return opened ? std::move(opened).value() : nullptr;
    }

    static QStringList names(const QList<Person>& persons)
    {
        QStringList result;
        for (const Person& p : persons)
            result.append(p.fullName);
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createReadUpdateDelete()
    {
        auto db = open();
        QVERIFY(db);
        PersonRepository& persons = db->persons();
        QVERIFY(persons.list()->isEmpty());

        const auto saved = persons.save(person(u"Abdullayev Nodir Baxtiyorovich"_s,
            u"N.Abdullayev"_s, u"Kengash kotibi"_s, u"Raqamli texnologiyalar vazirligi"_s));
        QVERIFY(saved.ok());
        QVERIFY(saved->directoryId > 0);
        QCOMPARE(persons.load(saved->directoryId).value(), saved.value());

        Person changed = saved.value();
        changed.position = u"Kengash kotibi, bosh mutaxassis"_s;
        QCOMPARE(persons.save(changed).value(), changed);
        QCOMPARE(persons.load(changed.directoryId).value(), changed);
        QCOMPARE(persons.list().value(), QList<Person> {changed});

        QVERIFY(persons.remove(changed.directoryId).ok());
        QCOMPARE(persons.load(changed.directoryId).error().code, Error::Code::NotFound);
        QCOMPARE(persons.remove(changed.directoryId).error().code, Error::Code::NotFound);
        QCOMPARE(persons.save(changed).error().code, Error::Code::NotFound);
        QVERIFY(persons.list()->isEmpty());
    }

    void aPersonNeedsAName()
    {
        auto db = open();
        QVERIFY(db);
        const auto saved = db->persons().save(person(u"  "_s, u"N.A."_s, {}));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::Code::Invalid);
        QVERIFY(db->persons().list()->isEmpty());
    }

    void listIsInUzbekOrder()
    {
        auto db = open();
        QVERIFY(db);
        // The Uzbek alphabet ends … X, Y, Z, Oʻ, Gʻ, Sh, Ch, Ng: those letters
        // come after Z, and case does not scatter the names.
        const QStringList input = {u"Zokirov Bahodir"_s, u"Chorshanbiyev Anvar"_s,
            u"ahmedov Sardor"_s, u"Oʻrinov Jasur"_s, u"Shodiyev Jamshid"_s, u"Sobirov Alisher"_s,
            u"Gʻulomov Karim"_s, u"Bobur Mirzo"_s, u"Abdullayev Nodir"_s, u"Mamatqulov Rustam"_s,
            u"Gulomov Aziz"_s};
        for (const QString& name : input)
            QVERIFY(db->persons().save(person(name, {}, {})).ok());
        QCOMPARE(names(db->persons().list().value()),
            QStringList({u"Abdullayev Nodir"_s, u"ahmedov Sardor"_s, u"Bobur Mirzo"_s,
                u"Gulomov Aziz"_s, u"Mamatqulov Rustam"_s, u"Sobirov Alisher"_s,
                u"Zokirov Bahodir"_s, u"Oʻrinov Jasur"_s, u"Gʻulomov Karim"_s,
                u"Shodiyev Jamshid"_s, u"Chorshanbiyev Anvar"_s}));
    }

    void aMeetingKeepsItsCopy()
    {
        auto db = open();
        QVERIFY(db);
        const Person inDirectory
            = db->persons()
                  .save(person(u"Ishanxodjaev Abdulla"_s, u"A.Ishanxodjaev"_s, u"Kengash raisi"_s))
                  .value();
        Meeting meeting = richMeeting();
        meeting.chair = inDirectory;
        const Meeting saved = db->meetings().save(meeting).value();

        Person renamed = inDirectory;
        renamed.position = u"Kengashning sobiq raisi"_s;
        QVERIFY(db->persons().save(renamed).ok());
        QVERIFY(db->persons().remove(renamed.directoryId).ok());

        // The protocol prints what it printed, and still says where the copy came from.
        const Meeting loaded = db->meetings().load(saved.id).value();
        QCOMPARE(loaded.chair, inDirectory);
        QCOMPARE(loaded.chair.directoryId, inDirectory.directoryId);
    }
};

QTEST_GUILESS_MAIN(TestPersonRepository)
#include "testpersonrepository.moc"
