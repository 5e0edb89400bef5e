#include "testconfig.h"
#include "text/transliterator.h"

#include <QFile>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// The word-pair list as a data test: Bayon's rules must transliterate at least
// 99 % of the words right in each direction.
class TestTransliteratorWords : public QObject
{
    Q_OBJECT

private:
    QList<std::pair<QString, QString>> m_pairs;

    double accuracy(Script target)
    {
        int right = 0;
        QStringList wrong;
        for (const auto& [latin, cyrillic] : m_pairs) {
            const QString& source = target == Script::Cyrillic ? latin : cyrillic;
            const QString& expected = target == Script::Cyrillic ? cyrillic : latin;
            const QString actual = Transliterator::to(target, source);
            if (actual == expected)
                ++right;
            else
                wrong.append(source + u" → "_s + actual + u" (expected "_s + expected + u')');
        }
        for (const QString& line : std::as_const(wrong))
            qInfo("%s", qUtf8Printable(line));
        return 100.0 * right / m_pairs.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(BAYON_TEST_DATA_DIR "/translit/word-pairs.tsv"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QStringView line : QStringView(text).split(u'\n')) {
            if (line.trimmed().isEmpty() || line.startsWith(u'#'))
                continue;
            const QList<QStringView> fields = line.split(u'\t');
            QCOMPARE(fields.size(), 2);
            m_pairs.append({fields[0].toString(), fields[1].toString()});
        }
        QVERIFY2(m_pairs.size() >= 400, "the list needs at least 400 pairs");
    }

    void latinToCyrillic()
    {
        const double percent = accuracy(Script::Cyrillic);
        qInfo("Latin → Cyrillic: %.2f %% of %lld words", percent, qlonglong(m_pairs.size()));
        QVERIFY2(percent >= 99.0, qPrintable(u"%1 % is below the 99 % target"_s.arg(percent)));
    }

    void cyrillicToLatin()
    {
        const double percent = accuracy(Script::Latin);
        qInfo("Cyrillic → Latin: %.2f %% of %lld words", percent, qlonglong(m_pairs.size()));
        QVERIFY2(percent >= 99.0, qPrintable(u"%1 % is below the 99 % target"_s.arg(percent)));
    }
};

QTEST_GUILESS_MAIN(TestTransliteratorWords)
#include "testtransliteratorwords.moc"
