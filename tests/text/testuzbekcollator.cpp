#include "text/uzbekcollator.h"

#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace Bayon;
using namespace Qt::StringLiterals;

class TestUzbekCollator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latinAlphabetOrder()
    {
        // The expected order of the Uzbek alphabet: … X Y Z Oʻ Gʻ Sh Ch.
        const QStringList expected {u"Abdullayev"_s, u"Ergashev"_s, u"Gulomov"_s, u"Hasanov"_s,
            u"Nazarov"_s, u"Ortiqov"_s, u"Sobirov"_s, u"Tursunov"_s, u"Xolmatov"_s, u"Yusupov"_s,
            u"Zokirov"_s, u"Oʻrinov"_s, u"Gʻaniyev"_s, u"Shodiyev"_s, u"Choriyev"_s};
        QStringList names = expected;
        std::reverse(names.begin(), names.end());
        names.swapItemsAt(3, 9);
        UzbekCollator::sort(names);
        QCOMPARE(names, expected);
    }

    void everyApostropheSortsAlike_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("U+02BB") << u"Oʻrinov"_s;
        QTest::newRow("ascii") << u"O'rinov"_s;
        QTest::newRow("backtick") << u"O`rinov"_s;
        QTest::newRow("left quote") << u"O‘rinov"_s;
        QTest::newRow("right quote") << u"O’rinov"_s;
        QTest::newRow("tutuq") << u"Oʼrinov"_s;
        QTest::newRow("g ascii") << u"G'aniyev"_s;
        QTest::newRow("g right quote") << u"G’aniyev"_s;
    }
    void everyApostropheSortsAlike()
    {
        QFETCH(QString, name);
        // After every plain letter, before Sh and Ch.
        QVERIFY(UzbekCollator::lessThan(u"Zokirov", name));
        QVERIFY(UzbekCollator::lessThan(u"Yusupov", name));
        QVERIFY(UzbekCollator::lessThan(name, u"Shodiyev"));
        QVERIFY(UzbekCollator::lessThan(name, u"Choriyev"));
        QVERIFY(UzbekCollator::compare(u"Sobirov", name) < 0);
        if (name.startsWith(u'O'))
            QCOMPARE(UzbekCollator::compare(name, u"Oʻrinov"), 0);
        else
            QCOMPARE(UzbekCollator::compare(name, u"Gʻaniyev"), 0);
        QCOMPARE(UzbekCollator::sortKey(name),
            UzbekCollator::sortKey(name.startsWith(u'O') ? u"Oʻrinov" : u"Gʻaniyev"));
    }

    void ngIsTheLastLetter()
    {
        // ng is one letter after ch: "tong" comes after "tonz" and "tonch".
        QVERIFY(UzbekCollator::lessThan(u"tonz", u"tong"));
        QVERIFY(UzbekCollator::lessThan(u"toncha", u"tong"));
        QVERIFY(UzbekCollator::lessThan(u"Menliyev", u"Mengliyev"));
    }

    void insideWords()
    {
        // The letters after z order inside a word too.
        QVERIFY(UzbekCollator::lessThan(u"Bozorov", u"Boʻriyev"));
        QVERIFY(UzbekCollator::lessThan(u"Asrorov", u"Ashurov"));
        QVERIFY(UzbekCollator::lessThan(u"Azimov", u"Ashurov"));
        QVERIFY(UzbekCollator::lessThan(u"Ashurov", u"Achilov"));
    }

    void cyrillicAlphabetOrder()
    {
        const QStringList expected {u"Абдуллаев"_s, u"Ергашев"_s, u"Ёқубов"_s, u"Иномов"_s,
            u"Чориев"_s, u"Шодиев"_s, u"Юсупов"_s, u"Яхёев"_s, u"Ўринов"_s, u"Қодиров"_s,
            u"Ғаниев"_s, u"Ҳасанов"_s};
        QStringList names = expected;
        std::reverse(names.begin(), names.end());
        UzbekCollator::sort(names);
        QCOMPARE(names, expected);
    }

    void caseIsATertiaryDifference()
    {
        QVERIFY(UzbekCollator::compare(u"shodiyev", u"Shodiyev") != 0);
        QVERIFY(UzbekCollator::lessThan(u"shodiyev", u"Shodiyev"));
        QVERIFY(UzbekCollator::lessThan(u"Shodiyev", u"shukurov"));
    }

    void sortByKey()
    {
        struct Person
        {
            QString name;
            int id;
        };
        QList<Person> people {{u"Choriyev"_s, 1}, {u"O'rinov"_s, 2}, {u"Abdullayev"_s, 3},
            {u"Zokirov"_s, 4}, {u"Oʻrinov"_s, 5}};
        UzbekCollator::sortBy(people, [](const Person& p) { return QStringView(p.name); });
        QList<int> ids;
        for (const Person& p : people)
            ids.append(p.id);
        // Equal names keep their order (2 before 5).
        QCOMPARE(ids, (QList<int> {3, 4, 2, 5, 1}));
    }

    void sharedBetweenThreads()
    {
        std::vector<std::thread> threads;
        std::atomic<int> wrong = 0;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 500; ++i) {
                    if (!UzbekCollator::lessThan(u"Zokirov", u"O’rinov")
                        || UzbekCollator::sortKey(u"O'rinov") != UzbekCollator::sortKey(u"Oʻrinov"))
                        ++wrong;
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
    }

    void emptyAndEqual()
    {
        QCOMPARE(UzbekCollator::compare(u"", u""), 0);
        QVERIFY(UzbekCollator::lessThan(u"", u"A"));
        QStringList none;
        UzbekCollator::sort(none);
        QVERIFY(none.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUzbekCollator)
#include "testuzbekcollator.moc"
