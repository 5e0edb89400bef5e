#include "testconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The layers, lowest first; a folder of src/ is one layer.
const QStringList layers
    = {u"domain"_s, u"text"_s, u"interchange"_s, u"storage"_s, u"document"_s, u"gui"_s, u"cli"_s};

QString layerOf(const QString& path)
{
    return path.section(u'/', 0, 0);
}

// Why an include of `target` from `file` (both relative to src/) crosses a
// forbidden edge, or an empty string when it may.
QString forbidden(const QString& file, const QString& target)
{
    const QString from = layerOf(file);
    const QString to = layerOf(target);
    if (from == to || !layers.contains(to))
        return {};
    if (from == u"domain"_s)
        return u"domain includes nothing of Bayon outside domain/"_s;
    if (from == u"text"_s && target != u"domain/result.h"_s)
        return u"text includes nothing of Bayon but text/ and domain/result.h"_s;
    if (from == u"interchange"_s && (to == u"storage"_s || to == u"document"_s))
        return u"interchange knows no database and no page"_s;
    if (from == u"storage"_s && to == u"document"_s)
        return u"storage knows no page"_s;
    if (from == u"document"_s && to == u"storage"_s)
        return u"document knows no database"_s;
    if (from != u"gui"_s && from != u"cli"_s && (to == u"gui"_s || to == u"cli"_s))
        return u"nothing below the programs includes gui/ or cli/"_s;
    if (from == u"gui"_s && to == u"cli"_s)
        return u"gui includes nothing of cli/"_s;
    return {};
}

// The file (relative to src/) a quoted include names: like the compiler, the
// including file's own folder first, then src/. Empty when it is no source
// file of Bayon (a generated header such as ui_*.h).
QString resolve(const QString& srcDir, const QString& file, const QString& include)
{
    const QString ownFolder = QFileInfo(file).path();
    const QString besideIt = QDir::cleanPath(ownFolder + u'/' + include);
    if (QFileInfo::exists(srcDir + u'/' + besideIt))
        return besideIt;
    if (layers.contains(layerOf(include)))
        return QDir::cleanPath(include);
    if (!include.contains(u'/') && !include.startsWith(u"ui_"_s))
        return besideIt; // a bare name that does not exist yet still means the own folder
    return {};
}

} // namespace

// Which layer may include which: the rules of CONTRIBUTING.md, checked over
// every #include "…" under src/.
class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void rulesRefuseTheForbiddenEdges_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("refused");
        QTest::newRow("domain to domain") << u"domain/meeting.h"_s << u"domain/person.h"_s << false;
        QTest::newRow("domain to text") << u"domain/meeting.h"_s << u"text/script.h"_s << true;
        QTest::newRow("text to result") << u"text/a.h"_s << u"domain/result.h"_s << false;
        QTest::newRow("text to meeting") << u"text/a.h"_s << u"domain/meeting.h"_s << true;
        QTest::newRow("interchange to domain")
            << u"interchange/a.h"_s << u"domain/meeting.h"_s << false;
        QTest::newRow("interchange to text") << u"interchange/a.h"_s << u"text/script.h"_s << false;
        QTest::newRow("interchange to storage")
            << u"interchange/a.h"_s << u"storage/database.h"_s << true;
        QTest::newRow("interchange to document")
            << u"interchange/a.h"_s << u"document/pageflow.h"_s << true;
        QTest::newRow("storage to interchange")
            << u"storage/a.h"_s << u"interchange/a.h"_s << false;
        QTest::newRow("storage to document")
            << u"storage/a.h"_s << u"document/pageflow.h"_s << true;
        QTest::newRow("document to storage")
            << u"document/a.h"_s << u"storage/database.h"_s << true;
        QTest::newRow("document to gui") << u"document/a.h"_s << u"gui/app/mainwindow.h"_s << true;
        QTest::newRow("storage to cli") << u"storage/a.h"_s << u"cli/clicontext.h"_s << true;
        QTest::newRow("gui to storage") << u"gui/app/a.h"_s << u"storage/database.h"_s << false;
        QTest::newRow("gui to cli") << u"gui/app/a.h"_s << u"cli/clicontext.h"_s << true;
        QTest::newRow("cli to gui") << u"cli/a.h"_s << u"gui/app/a.h"_s << false;
        QTest::newRow("not Bayon") << u"domain/a.h"_s << u"ui_form.h"_s << false;
    }

    void rulesRefuseTheForbiddenEdges()
    {
        QFETCH(QString, file);
        QFETCH(QString, target);
        QFETCH(bool, refused);
        QCOMPARE(!forbidden(file, target).isEmpty(), refused);
    }

    void bareIncludesResolveToTheOwnFolder()
    {
        const QString srcDir = QStringLiteral(BAYON_SOURCE_DIR "/src");
        QCOMPARE(resolve(srcDir, u"text/proofreader.cpp"_s, u"apostrophes.h"_s),
            u"text/apostrophes.h"_s);
        QCOMPARE(resolve(srcDir, u"cli/commandregistry.cpp"_s, u"commands/commands.h"_s),
            u"cli/commands/commands.h"_s);
        QCOMPARE(resolve(srcDir, u"domain/meeting.cpp"_s, u"gui/app/mainwindow.h"_s),
            u"gui/app/mainwindow.h"_s);
        QCOMPARE(resolve(srcDir, u"gui/app/mainwindow.cpp"_s, u"ui_mainwindow.h"_s), QString());
    }

    void noIncludeCrossesAForbiddenEdge()
    {
        const QString srcDir = QStringLiteral(BAYON_SOURCE_DIR "/src");
        QVERIFY2(QFileInfo(srcDir).isDir(), qPrintable(srcDir));
        static const QRegularExpression includeLine(u"^\\s*#\\s*include\\s*\"([^\"]+)\""_s);

        QStringList violations;
        int files = 0;
        QDirIterator it(srcDir, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString file = QDir(srcDir).relativeFilePath(path);
            QFile source(path);
            QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            int lineNumber = 0;
            while (!source.atEnd()) {
                const QString line = QString::fromUtf8(source.readLine());
                ++lineNumber;
                const QRegularExpressionMatch match = includeLine.match(line);
                if (!match.hasMatch())
                    continue;
                const QString target = resolve(srcDir, file, match.captured(1));
                if (target.isEmpty())
                    continue;
                const QString why = forbidden(file, target);
                if (!why.isEmpty())
                    violations << u"src/%1:%2: includes %3 (%4 -> %5: %6)"_s.arg(file,
                        QString::number(lineNumber), match.captured(1), layerOf(file),
                        layerOf(target), why);
            }
        }
        QVERIFY2(files > 100, "the source tree was not found");
        violations.sort();
        QVERIFY2(violations.isEmpty(), qPrintable(u"\n"_s + violations.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "testlayering.moc"
