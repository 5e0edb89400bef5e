#include "gui/app/preferences.h"
#include "guitestsupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Bayon;
using namespace Qt::StringLiterals;

// What the editor remembers and the defaults it starts from.
class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GuiTest::isolateSettings(m_dir.filePath(u"settings"_s), u"bayon-test"_s);
        QSettings().clear();
    }

    // The name beside status changes defaults to the account name, for which
    // $BAYON_USER comes first, as in the CLI.
    void theUserNameHonoursBayonUser()
    {
        const QByteArray saved = qgetenv("BAYON_USER");
        qputenv("BAYON_USER", "  Nodira Karimova ");
        const QString byDefault = Preferences::userName();
        Preferences::setUserName(u"Dilnoza Karimova"_s);
        const QString chosen = Preferences::userName();
        Preferences::setUserName(QString());
        if (saved.isNull())
            qunsetenv("BAYON_USER");
        else
            qputenv("BAYON_USER", saved);
        QCOMPARE(byDefault, u"Nodira Karimova"_s);
        QCOMPARE(chosen, u"Dilnoza Karimova"_s);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "testpreferences.moc"
