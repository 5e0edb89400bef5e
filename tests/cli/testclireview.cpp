#include "clirunner.h"
#include "testconfig.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// Review copies from the command line: bayon-cli pack, and every
// reading command on the copy from a read-only folder with the file left
// byte for byte as it was, every writing command refused; and the desktop
// entry and MIME type a package installs for *.bayon.
class TestCliReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_council;
    QString m_review;
    QString m_draft;
    QString m_signed;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray readFile(const QString& name)
    {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray sha256(const QString& name)
    {
        return QCryptographicHash::hash(readFile(name), QCryptographicHash::Sha256);
    }

    static QStringList entries(const QString& folder)
    {
        return QDir(folder).entryList(
            QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    // Runs one command that must succeed; its output.
    static QString ok(const CliRunner& cli, const QStringList& arguments)
    {
        const CliRunner::Run run = cli.run(arguments);
        if (run.exitCode != 0)
            qWarning().noquote() << arguments.join(u' ') << "→" << run.exitCode << run.err;
        return run.exitCode == 0 ? run.out : QString();
    }

    static bool oneLine(const QString& err)
    {
        return err.trimmed().count(u'\n') == 0 && !err.trimmed().isEmpty();
    }

    static QStringList lines(const QString& text) { return text.split(u'\n', Qt::SkipEmptyParts); }

    // The meeting id of each line of a register in CSV, in order.
    static QStringList registerMeetings(const QString& csv)
    {
        QStringList ids;
        static const QRegularExpression record(u"^(\\d+),"_s, QRegularExpression::MultilineOption);
        for (auto match = record.globalMatch(csv); match.hasNext();)
            ids.append(match.next().captured(1));
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("BAYON_USER", "Nodir Abdullayev");
        // The council's database: the sample in review, a draft, and a signed one.
        const CliRunner council(path(u"council.sqlite"_s));
        m_council = path(u"council.sqlite"_s);
        m_review = ok(council, {u"sample"_s}).trimmed();
        m_draft = ok(council, {u"sample"_s}).trimmed();
        m_signed = ok(council, {u"sample"_s}).trimmed();
        QVERIFY(!m_review.isEmpty() && !m_draft.isEmpty() && !m_signed.isEmpty());
        QVERIFY(!ok(council, {u"status"_s, m_review, u"review"_s}).isEmpty());
        for (const QString& status : {u"review"_s, u"final"_s, u"signed"_s})
            QVERIFY(!ok(council, {u"status"_s, m_signed, status}).isEmpty());
    }

    void packWritesTheChosenMeetings()
    {
        const QString folder = path(u"pack"_s);
        QVERIFY(QDir().mkpath(folder));
        const CliRunner council(m_council);
        const QString copy = folder + u"/kengash.bayon"_s;
        const QStringList fields
            = ok(council, {u"pack"_s, u"--output"_s, copy}).trimmed().split(u'\t');
        QCOMPARE(fields.size(), 3);
        QVERIFY(!QUuid::fromString(fields.at(0)).isNull());
        QCOMPARE(fields.at(1), u"2"_s);
        QCOMPARE(fields.at(2), copy);
        QCOMPARE(entries(folder), QStringList {u"kengash.bayon"_s});

        const CliRunner reader(copy);
        QStringList ids;
        for (const QString& line : lines(ok(reader, {u"list"_s})))
            ids.append(line.section(u'\t', 0, 0));
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.contains(m_review) && ids.contains(m_signed));

        // By id, by status, by period.
        const QString one = folder + u"/one.bayon"_s;
        QCOMPARE(ok(council, {u"pack"_s, u"--output"_s, one, u"--meeting"_s, m_signed})
                     .section(u'\t', 1, 1),
            u"1"_s);
        const QString drafts = folder + u"/drafts.bayon"_s;
        QCOMPARE(ok(council, {u"pack"_s, u"--output"_s, drafts, u"--status"_s, u"draft"_s})
                     .section(u'\t', 1, 1),
            u"1"_s);
        QCOMPARE(lines(ok(CliRunner(drafts), {u"list"_s})).first().section(u'\t', 0, 0), m_draft);
        const QString period = folder + u"/period.bayon"_s;
        QCOMPARE(ok(council,
                     {u"pack"_s, u"--output"_s, period, u"--from"_s, u"2025-01-01"_s, u"--to"_s,
                         u"2025-yil 31-dekabr"_s, u"--status"_s, u"review,final,signed"_s})
                     .section(u'\t', 1, 1),
            u"2"_s);
    }

    void packFailsWithoutLeavingAFile()
    {
        const QString folder = path(u"failing"_s);
        QVERIFY(QDir().mkpath(folder));
        const CliRunner council(m_council);
        const QString copy = folder + u"/copy.bayon"_s;

        CliRunner::Run run = council.run({u"pack"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--output"_s));
        run = council.run({u"pack"_s, u"--output"_s, copy, u"--status"_s, u"approved"_s});
        QCOMPARE(run.exitCode, 2);
        run = council.run({u"pack"_s, u"--output"_s, copy, u"--meeting"_s, u"x"_s});
        QCOMPARE(run.exitCode, 2);
        run = council.run({u"pack"_s, u"--output"_s, copy, u"--from"_s, u"1990-01-01"_s, u"--to"_s,
            u"1990-12-31"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(oneLine(run.err));
        QVERIFY2(run.err.contains(u"No meeting matches"_s), qPrintable(run.err));
        run = council.run({u"pack"_s, u"--output"_s, copy, u"--meeting"_s, m_draft});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"meeting "_s + m_draft), qPrintable(run.err));
        run = council.run({u"pack"_s, u"--output"_s, folder + u"/no/such/copy.bayon"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(entries(folder).isEmpty());
    }

    void readsACopyFromAReadOnlyFolderAndChangesNothing()
    {
        const QString folder = path(u"stick"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString copy = folder + u"/review.bayon"_s;
        QVERIFY(!ok(CliRunner(m_council), {u"pack"_s, u"--output"_s, copy}).isEmpty());
        QVERIFY(QFile::setPermissions(folder,
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther));
        const QByteArray sha = sha256(copy);
        const QStringList listing = entries(folder);
        const CliRunner reader(copy);
        const QString council
            = u"Raqamli texnologiyalar vazirligi huzuridagi Jamoatchilik kengashi"_s;

        // list: parseable lines on stdout, once on stderr what the file is.
        const CliRunner::Run list = reader.run({u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(lines(list.out).size(), 2);
        for (const QString& line : lines(list.out))
            QCOMPARE(line.split(u'\t').size(), 5);
        QVERIFY(oneLine(list.err));
        QVERIFY2(list.err.contains(u"review copy of "_s + council), qPrintable(list.err));
        QVERIFY2(list.err.contains(u"read-only"_s), qPrintable(list.err));

        const CliRunner::Run show = reader.run({u"show"_s, m_signed});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.err.contains(u"review copy"_s));
        const QJsonObject root = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"bayon-meeting"_s);
        QCOMPARE(root.value(u"meeting"_s).toObject().value(u"status"_s).toString(), u"signed"_s);

        // The draft stayed home: neither shown nor found.
        const CliRunner::Run missing = reader.run({u"show"_s, m_draft});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(oneLine(missing.err));
        QStringList found;
        for (const QString& line : lines(ok(reader, {u"search"_s, u"raqamli"_s})))
            found.append(line.section(u'\t', 0, 0));
        found.removeDuplicates();
        found.sort();
        QStringList expected {m_review, m_signed};
        expected.sort();
        QCOMPARE(found, expected);

        // The register of one person: the lines of the two copied meetings,
        // as the council's own register has them.
        const QStringList arguments {
            u"decisions"_s, u"--responsible"_s, u"Abdullayev"_s, u"--format"_s, u"csv"_s};
        const QStringList inCopy = registerMeetings(ok(reader, arguments));
        QStringList inCouncil = registerMeetings(ok(CliRunner(m_council), arguments));
        QVERIFY(inCopy.contains(m_review) && inCopy.contains(m_signed));
        QVERIFY(inCouncil.contains(m_draft));
        inCouncil.removeAll(m_draft);
        QCOMPARE(inCopy, inCouncil);

        QCOMPARE(
            ok(reader, {u"verify"_s, m_signed}).section(u'\t', 0, 1), m_signed + u"\tsigned"_s);
        QVERIFY(!ok(reader, {u"history"_s, m_signed}).isEmpty());
        const QString pdf = path(u"from-copy.pdf"_s);
        QVERIFY(ok(reader, {u"export"_s, m_signed, u"--output"_s, pdf}).isEmpty());
        QVERIFY(readFile(pdf).startsWith("%PDF-"));
        QCOMPARE(reader.run({u"councils"_s}).exitCode, 0);

        // Every command that would change it is refused, with one line saying why.
        QFile json(path(u"meeting.json"_s));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(show.out.toUtf8());
        json.close();
        QFile scan(path(u"scan.pdf"_s));
        QVERIFY(scan.open(QIODevice::WriteOnly));
        scan.write(
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        scan.close();
        const QList<QStringList> writers {
            {u"init"_s},
            {u"sample"_s},
            {u"import"_s, path(u"meeting.json"_s)},
            {u"status"_s, m_review, u"draft"_s},
            {u"status"_s, m_signed, u"draft"_s, u"--note"_s, u"xato"_s},
            {u"attach"_s, m_signed, path(u"scan.pdf"_s)},
        };
        for (const QStringList& command : writers) {
            const CliRunner::Run run = reader.run(command);
            QVERIFY2(run.exitCode == 1, qPrintable(command.join(u' ') + u": "_s + run.err));
            QVERIFY2(oneLine(run.err), qPrintable(run.err));
            QVERIFY2(run.err.contains(u"is a review copy of "_s + council), qPrintable(run.err));
            QVERIFY2(run.err.contains(u"cannot be changed"_s), qPrintable(run.err));
        }
        // Nor is a copy made from a copy.
        const CliRunner::Run again = reader.run({u"pack"_s, u"--output"_s, path(u"again.bayon"_s)});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"itself a review copy"_s));
        QVERIFY(!QFile::exists(path(u"again.bayon"_s)));

        QCOMPARE(entries(folder), listing);
        QCOMPARE(sha256(copy), sha);
        QVERIFY(
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void aDoubleClickOpensAReviewCopyInBayon()
    {
        // The MIME type, installed as share/mime/packages/bayon.xml, names *.bayon.
        const QString data = path(u"xdg-data"_s);
        QVERIFY(QDir().mkpath(data + u"/mime/packages"_s));
        QVERIFY(QFile::copy(QStringLiteral(BAYON_SOURCE_DIR) + u"/dist/bayon-mime.xml"_s,
            data + u"/mime/packages/bayon.xml"_s));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(data) + ":/usr/local/share:/usr/share");
        const QMimeDatabase mimes;
        const QMimeType type
            = mimes.mimeTypeForFile(u"kengash-2025.bayon"_s, QMimeDatabase::MatchExtension);
        QCOMPARE(type.name(), u"application/x-bayon-review"_s);
        QVERIFY(type.inherits(u"application/vnd.sqlite3"_s));
        // The name decides, not the SQLite header every database shares.
        QVERIFY(mimes.mimeTypeForFile(m_council).name() != u"application/x-bayon-review"_s);

        // The desktop entry opens that type in bayon, given the file.
        QSettings desktop(
            QStringLiteral(BAYON_SOURCE_DIR) + u"/dist/bayon.desktop"_s, QSettings::IniFormat);
        desktop.beginGroup(u"Desktop Entry"_s);
        QCOMPARE(desktop.value(u"Type"_s).toString(), u"Application"_s);
        QCOMPARE(desktop.value(u"Exec"_s).toString(), u"bayon %f"_s);
        const QString mimeLine = QString::fromUtf8(
            readFile(QStringLiteral(BAYON_SOURCE_DIR) + u"/dist/bayon.desktop"_s))
                                     .section(u"MimeType="_s, 1)
                                     .section(u'\n', 0, 0);
        QVERIFY(mimeLine.split(u';', Qt::SkipEmptyParts).contains(type.name()));
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "testclireview.moc"
