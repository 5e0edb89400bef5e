#include "document/protocolcomposer.h"
#include "document/protocollayout.h"
#include "document/protocolpdfwriter.h"
#include "poppler.h"
#include "protocolsamples.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Bayon;
using namespace Qt::StringLiterals;

namespace {

using Kind = ProtocolBlock::Kind;

QString simplified(const QString& text)
{
    return text.simplified();
}

// The lines that must never end a page (headings, captions, introducing
// lines, table header rows) and the texts of all other blocks.
struct Texts
{
    QStringList keepWithNext;
    QStringList others;
};

Texts texts(const ProtocolContent& content)
{
    Texts texts;
    for (const ProtocolBlock& block : content.blocks) {
        if (block.kind == Kind::Table) {
            texts.keepWithNext.append(simplified(block.table.header.join(u' ')));
            if (!block.table.caption.isEmpty())
                texts.keepWithNext.append(simplified(block.table.caption));
            for (const QStringList& row : block.table.rows)
                texts.others.append(simplified(row.join(u' ')));
        } else if (block.kind == Kind::Heading || block.keepWithNext) {
            texts.keepWithNext.append(simplified(block.plainText()));
        } else {
            texts.others.append(simplified(block.plainText()));
        }
    }
    return texts;
}

bool endsOneOf(const QStringList& texts, const QString& line)
{
    return std::any_of(
        texts.cbegin(), texts.cend(), [&](const QString& text) { return text.endsWith(line); });
}

} // namespace

class TestProtocolPdfWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // The PDF of a meeting, written to a file; empty on failure.
    QString pdf(const Meeting& meeting, Script script = Script::Latin)
    {
        auto layout = ProtocolLayout::create(meeting, script);
        if (!layout)
            return {};
        const Result<QByteArray> bytes = ProtocolPdfWriter::write(**layout);
        if (!bytes)
            return {};
        const QString path = m_dir.filePath(u"protocol-%1.pdf"_s.arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
            return {};
        return path;
    }

    Meeting sample()
    {
        const auto meeting = ProtocolSamples::sample();
        return meeting ? *meeting : Meeting();
    }

    // Each page ends with its footer "k / N"; the line above it is not one
    // that must go with what follows.
    void checkPages(const QString& path, const ProtocolContent& content)
    {
        const QStringList pages = Poppler::pages(path);
        QVERIFY(!pages.isEmpty());
        const Texts rules = texts(content);
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const QStringList lines = Poppler::lines(pages.at(p));
            QVERIFY(lines.size() >= 2);
            // pdftotext -layout closes up the footer's thin spaces: "2/7".
            QCOMPARE(QString(lines.last()).remove(u' '), u"%1/%2"_s.arg(p + 1).arg(pages.size()));
            if (p + 1 == pages.size())
                continue;
            const QString last = simplified(lines.at(lines.size() - 2));
            const bool mustMove
                = endsOneOf(rules.keepWithNext, last) && !endsOneOf(rules.others, last);
            QVERIFY2(!mustMove, qPrintable(u"page %1 ends with \"%2\""_s.arg(p + 1).arg(last)));
        }
        // The signatures on the last page, with the first line of the last resolution.
        const QString lastPage = simplified(pages.last());
        QVERIFY(lastPage.contains(u"Kengash raisi"_s));
        QVERIFY(lastPage.contains(u"Kengash kotibi"_s));
        qsizetype first = content.blocks.size() - 1;
        while (first > 0 && content.blocks.at(first - 1).keepTogether)
            --first;
        const QString opening = simplified(content.blocks.at(first).plainText()).left(25);
        QVERIFY2(QRegularExpression(u"^\\d+\\. "_s).match(opening).hasMatch(), qPrintable(opening));
        QVERIFY2(lastPage.contains(opening), qPrintable(opening));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bool ok = false;
        Poppler::run(u"pdfinfo"_s, {u"-v"_s}, &ok);
        QVERIFY2(ok,
            "poppler-utils (pdfinfo, pdffonts, pdftotext) are needed: scripts/install-deps test");
        QVERIFY2(ProtocolSamples::sample(), "the bundled sample cannot be read");
    }

    void documentProperties()
    {
        const Meeting meeting = sample();
        const QString path = pdf(meeting);
        QVERIFY(!path.isEmpty());
        const auto info = Poppler::info(path);
        QCOMPARE(info.value(u"Page size"_s), u"595 x 842 pts (A4)"_s);
        QCOMPARE(info.value(u"PDF version"_s), u"1.4"_s);
        const ProtocolContent content = ProtocolComposer::compose(meeting);
        QCOMPARE(info.value(u"Title"_s), content.title);
        QVERIFY(info.value(u"Title"_s).contains(u"№ 3"_s));
        QCOMPARE(info.value(u"Author"_s), meeting.councilName);
        QCOMPARE(info.value(u"Creator"_s), u"Bayon"_s);
        QCOMPARE(info.value(u"Pages"_s).toInt(), (*ProtocolLayout::create(meeting))->pageCount());
    }

    void pdfaMetadata()
    {
        Meeting meeting = ProtocolSamples::built();
        meeting.councilName = u"Kengash <A & B>"_s;
        const QString path = pdf(meeting);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const qsizetype begin = bytes.indexOf("<x:xmpmeta");
        const qsizetype end = bytes.indexOf("</x:xmpmeta>");
        QVERIFY(begin > 0 && end > begin);
        QXmlStreamReader xml(bytes.mid(begin, end + 12 - begin));
        QStringList creators;
        QString part;
        QString elementName;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement())
                elementName = xml.qualifiedName().toString();
            if (xml.isCharacters() && !xml.isWhitespace()) {
                if (elementName == u"rdf:li"_s)
                    creators.append(xml.text().toString());
                if (elementName == u"pdfaid:part"_s)
                    part = xml.text().toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(part, u"1"_s);
        QVERIFY(creators.contains(u"Kengash <A & B>"_s));
        QCOMPARE(Poppler::info(path).value(u"Author"_s), u"Kengash <A & B>"_s);
    }

    void fontsEmbeddedWithUnicodeMaps()
    {
        const QString path = pdf(sample());
        const QList<Poppler::Font> fonts = Poppler::fonts(path);
        QVERIFY(fonts.size() >= 2); // regular and bold at least
        for (const Poppler::Font& font : fonts) {
            QVERIFY2(font.name.contains(u"LiberationSerif"_s), qPrintable(font.name));
            QVERIFY2(font.embedded, qPrintable(font.name));
            QVERIFY2(font.unicode, qPrintable(font.name));
            // Only the glyphs used are embedded, and the name says so.
            QVERIFY2(font.subset, qPrintable(font.name));
            QVERIFY2(
                QRegularExpression(u"^[A-Z]{6}\\+LiberationSerif"_s).match(font.name).hasMatch(),
                qPrintable(font.name));
        }
        // The incremental update that renames them keeps the file sound.
        QCOMPARE(Poppler::complaints(path), QString());
    }

    void subsetTagsFollowTheGlyphs()
    {
        // The same glyphs give the same tag; other glyphs another one.
        Meeting meeting = ProtocolSamples::built();
        const QList<Poppler::Font> first = Poppler::fonts(pdf(meeting));
        QCOMPARE(Poppler::fonts(pdf(meeting)).constFirst().name, first.constFirst().name);
        // Signs no protocol prints, in the council's name (bold) and the place.
        meeting.councilName += u" \u00A7\u00B6"_s;
        meeting.place += u" \u00A7\u00B6"_s;
        QStringList before, after;
        for (const Poppler::Font& font : first)
            before.append(font.name);
        for (const Poppler::Font& font : Poppler::fonts(pdf(meeting)))
            after.append(font.name);
        before.sort();
        after.sort();
        QVERIFY2(before != after, qPrintable(after.join(u", "_s)));
    }

    void textWithTheRightCodePoints()
    {
        const QString text = Poppler::pages(pdf(sample()), false).join(u'\n');
        QVERIFY(text.contains(u"O\u02BBzbekiston"_s));
        QVERIFY(text.contains(u"ma\u02BClumot"_s));
        QVERIFY(!text.contains(u"O'zbekiston"_s));
        QVERIFY(!text.contains(u"O\u2018zbekiston"_s));
        // A number with its no-break space comes back as printed.
        QVERIFY(text.contains(u"1\u00A0152"_s) || text.contains(u"1 152"_s));
    }

    void footerInReadingOrder()
    {
        const QStringList pages = Poppler::pages(pdf(sample()), false);
        QVERIFY(pages.size() > 1);
        for (qsizetype p = 0; p < pages.size(); ++p)
            QCOMPARE(Poppler::lines(pages.at(p)).last(), u"%1 / %2"_s.arg(p + 1).arg(pages.size()));
    }

    void readingOrder()
    {
        const QString text = simplified(Poppler::pages(pdf(sample()), false).join(u'\n'));
        const QStringList order {u"RAQAMLI TEXNOLOGIYALAR VAZIRLIGI"_s, u"YIGʻILISH BAYONI"_s,
            u"№ 3"_s, u"Raislik qildi:"_s, u"KUN TARTIBI:"_s, u"I. Raqamli texnologiyalar"_s,
            u"IQTISODIY KOʻRSATKICHLAR YOʻNALISHIDA:"_s, u"RAQAMLI TAʼLIM YOʻNALISHIDA:"_s,
            u"Kengash qaror qiladi:"_s, u"1. Quyidagilar:"_s, u"5. Kengash ishchi organi"_s,
            u"Kengash raisi"_s, u"Kengash kotibi"_s};
        qsizetype at = 0;
        for (const QString& part : order) {
            const qsizetype found = text.indexOf(part, at);
            QVERIFY2(found >= at, qPrintable(part));
            at = found + part.size();
        }
    }

    void pagesOfTheSample()
    {
        const Meeting meeting = sample();
        const QString path = pdf(meeting);
        checkPages(path, ProtocolComposer::compose(meeting));
    }

    void pagesOfGeneratedProtocols_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("items");
        for (quint32 seed = 21; seed <= 28; ++seed)
            QTest::addRow("seed %u", seed) << seed << int(1 + seed % 6);
    }

    void pagesOfGeneratedProtocols()
    {
        QFETCH(quint32, seed);
        QFETCH(int, items);
        const Meeting meeting = ProtocolSamples::generated(seed, items);
        checkPages(pdf(meeting), ProtocolComposer::compose(meeting));
    }

    void kpiHeaderRepeatedAndNumbersRightAligned()
    {
        const QStringList pages = Poppler::pages(pdf(ProtocolSamples::longTable(80)));
        int pagesWithRows = 0;
        for (const QString& page : pages) {
            const QStringList lines = page.split(u'\n');
            QList<qsizetype> valueEnds;
            bool header = false;
            for (const QString& line : lines) {
                const QString simple = simplified(line);
                if (simple.startsWith(u"№ Koʻrsatkich Qiymat Oʻzgarish"_s))
                    header = true;
                static const QRegularExpression row(
                    u"Koʻrsatkich raqami \\d+\\s+([\\d\u00A0 ]+,5 ta)"_s);
                const auto match = row.match(line);
                if (match.hasMatch())
                    valueEnds.append(match.capturedEnd(1));
            }
            if (valueEnds.isEmpty())
                continue;
            ++pagesWithRows;
            QVERIFY2(header, qPrintable(page.left(300)));
            // Right-aligned: every value ends in the same column.
            for (qsizetype end : valueEnds)
                QVERIFY2(qAbs(end - valueEnds.first()) <= 1, qPrintable(page));
        }
        QVERIFY(pagesWithRows >= 3);
    }

    void cyrillic()
    {
        const QString text = Poppler::pages(pdf(sample(), Script::Cyrillic), false).join(u'\n');
        QVERIFY(text.contains(u"КУН ТАРТИБИ:"_s));
        QVERIFY(text.contains(u"ЙИҒИЛИШ БАЁНИ"_s));
        QVERIFY(text.contains(u"Ўзбекистон"_s));
    }
};

QTEST_MAIN(TestProtocolPdfWriter)
#include "testprotocolpdfwriter.moc"
