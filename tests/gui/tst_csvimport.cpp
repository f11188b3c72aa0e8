// CSV import: accepted spreadsheet dialects, every rejected input and file reading.
#include "csvimport.h"
#include "scenefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<Word> sentinelWords()
{
    return {{QStringLiteral("unchanged"), {7.0, -7.0}}};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(bytes) == bytes.size();
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void readFile();
    void readMissingFile();
    void readOversizedFile();
    void wordAndLabelLimits();
    void readInvalidFile();
};

void TestCsvImport::accepted_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<Word>>("expected");

    const QList<Word> catDog = {{QStringLiteral("cat"), {1.0, 2.0}}, {QStringLiteral("dog"), {-0.5, 0.25}}};

    QTest::newRow("header label,x,y") << QByteArray("label,x,y\ncat,1,2\ndog,-0.5,0.25\n") << catDog;
    QTest::newRow("header word,x,y") << QByteArray("word,x,y\ncat,1,2\ndog,-0.5,0.25\n") << catDog;
    QTest::newRow("header with numeric x") << QByteArray("word,1,y\ncat,1,2\ndog,-0.5,0.25\n") << catDog;
    QTest::newRow("no header") << QByteArray("cat,1,2\ndog,-0.5,0.25\n") << catDog;
    QTest::newRow("no final newline") << QByteArray("cat,1,2\ndog,-0.5,0.25") << catDog;
    QTest::newRow("CRLF") << QByteArray("label,x,y\r\ncat,1,2\r\ndog,-0.5,0.25\r\n") << catDog;
    QTest::newRow("BOM and header") << QByteArray("\xEF\xBB\xBFlabel,x,y\ncat,1,2\ndog,-0.5,0.25\n")
                                    << catDog;
    QTest::newRow("BOM no header") << QByteArray("\xEF\xBB\xBF"
                                                 "cat,1,2\ndog,-0.5,0.25\n")
                                   << catDog;
    QTest::newRow("blank lines") << QByteArray("\n\nlabel,x,y\n\n  \ncat,1,2\n\t\ndog,-0.5,0.25\n\n")
                                 << catDog;
    QTest::newRow("empty spreadsheet rows") << QByteArray("cat,1,2\n,,\ndog,-0.5,0.25\n, ,\n") << catDog;
    QTest::newRow("whitespace trimmed") << QByteArray("  cat ,\t1 , 2\ndog,  -0.5,0.25  \n") << catDog;
    QTest::newRow("exponent and signs") << QByteArray("cat,+1,2e0\ndog,-5e-1,.25\n") << catDog;

    QTest::newRow("quoted comma") << QByteArray("\"Hello, world\",1,2\n")
                                  << QList<Word>{{QStringLiteral("Hello, world"), {1.0, 2.0}}};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",1,2\n")
                                    << QList<Word>{{QStringLiteral("say \"hi\""), {1.0, 2.0}}};
    QTest::newRow("quoted spaces kept")
        << QByteArray("  \" padded \" ,1,2\n") << QList<Word>{{QStringLiteral(" padded "), {1.0, 2.0}}};
    QTest::newRow("quoted numbers") << QByteArray("cat,\"1\",\" 2 \"\n")
                                    << QList<Word>{{QStringLiteral("cat"), {1.0, 2.0}}};
    QTest::newRow("empty label") << QByteArray(",1,2\n") << QList<Word>{{QString(), {1.0, 2.0}}};

    QTest::newRow("semicolon decimal comma")
        << QByteArray("Wort;x;y\r\nKatze;0,5;-1,25\r\nHund;1.5;2\r\n")
        << QList<Word>{{QStringLiteral("Katze"), {0.5, -1.25}}, {QStringLiteral("Hund"), {1.5, 2.0}}};
    QTest::newRow("semicolon no header")
        << QByteArray("Katze;0,5;1\nHund;2;-0,75\n")
        << QList<Word>{{QStringLiteral("Katze"), {0.5, 1.0}}, {QStringLiteral("Hund"), {2.0, -0.75}}};
    QTest::newRow("semicolon quoted label")
        << QByteArray("\"Katze; Hund\";1;2\n") << QList<Word>{{QStringLiteral("Katze; Hund"), {1.0, 2.0}}};

    QTest::newRow("unicode labels") << QByteArray("Straße,1,2\n猫,3,4\n🐈‍⬛,5,6\n")
                                    << QList<Word>{{QStringLiteral("Straße"), {1.0, 2.0}},
                                                   {QStringLiteral("猫"), {3.0, 4.0}},
                                                   {QStringLiteral("🐈‍⬛"), {5.0, 6.0}}};
    QTest::newRow("repeated labels") << QByteArray("the,1,2\ncat,0,1\nthe,1,2\n")
                                     << QList<Word>{{QStringLiteral("the"), {1.0, 2.0}},
                                                    {QStringLiteral("cat"), {0.0, 1.0}},
                                                    {QStringLiteral("the"), {1.0, 2.0}}};
    QTest::newRow("at the limit") << QByteArray("far,1000000,-1e6\n")
                                  << QList<Word>{{QStringLiteral("far"), {1e6, -1e6}}};
}

void TestCsvImport::accepted()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<Word>, expected);

    QList<Word> words = sentinelWords();
    QString error;
    QVERIFY2(CsvImport::parse(csv, &words, &error), qPrintable(error));
    QCOMPARE(words, expected);
}

void TestCsvImport::rejected_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("two fields") << QByteArray("cat,1\n") << QStringLiteral("Line 1")
                                << QStringLiteral("but has 2,");
    QTest::newRow("four fields after header") << QByteArray("label,x,y\ncat,1,2\ndog,1,2,3\n")
                                              << QStringLiteral("Line 3") << QStringLiteral("but has 4,");
    QTest::newRow("trailing separator")
        << QByteArray("cat,1,2,\n") << QStringLiteral("Line 1") << QStringLiteral("but has 4,");
    QTest::newRow("unquoted comma in label")
        << QByteArray("cat,1,2\nHello, world,1,2\n") << QStringLiteral("Line 2") << QStringLiteral("quotes");
    QTest::newRow("header wrong count")
        << QByteArray("label,x,y,z\ncat,1,2\n") << QStringLiteral("Line 1") << QStringLiteral("but has 4,");
    QTest::newRow("decimal comma with comma separator")
        << QByteArray("cat,0,5,1\n") << QStringLiteral("Line 1") << QStringLiteral("but has 4,");

    QTest::newRow("x not a number after blank line")
        << QByteArray("cat,1,2\n\ndog,abc,2\n") << QStringLiteral("Line 3")
        << QStringLiteral("x must be a number");
    QTest::newRow("y empty") << QByteArray("cat,1,2\ndog,1,\n") << QStringLiteral("Line 2")
                             << QStringLiteral("y must be a number");
    QTest::newRow("second header") << QByteArray("label,x,y\nword,x,y\n") << QStringLiteral("Line 2")
                                   << QStringLiteral("x must be a number");
    QTest::newRow("grouped number") << QByteArray("Katze;1;2\nHund;1.000,5;2\n") << QStringLiteral("Line 2")
                                    << QStringLiteral("x must be");
    QTest::newRow("CRLF line count") << QByteArray("label,x,y\r\ncat,1,2\r\n\r\ndog,1,zwei\r\n")
                                     << QStringLiteral("Line 4") << QStringLiteral("“zwei”");

    QTest::newRow("infinite x") << QByteArray("cat,1,2\ndog,inf,0\n") << QStringLiteral("Line 2")
                                << QStringLiteral("not a finite number");
    QTest::newRow("NaN y") << QByteArray("cat,1,2\ndog,0,nan\n") << QStringLiteral("Line 2")
                           << QStringLiteral("not a finite number");
    QTest::newRow("overflowing x") << QByteArray("cat,1,2\ndog,1e999,0\n") << QStringLiteral("Line 2")
                                   << QStringLiteral("not a finite number");

    QTest::newRow("x beyond limit") << QByteArray("cat,1,2\ndog,1000001,0\n") << QStringLiteral("Line 2")
                                    << QStringLiteral("±1000000");
    QTest::newRow("y beyond limit") << QByteArray("cat,1,2\ndog,0,-2e6\n") << QStringLiteral("Line 2")
                                    << QStringLiteral("y is -2e6");

    QTest::newRow("unclosed quote") << QByteArray("cat,1,2\n\"dog,1,2\n") << QStringLiteral("Line 2")
                                    << QStringLiteral("closing quote");
    QTest::newRow("newline in quotes")
        << QByteArray("\"two\nlines\",1,2\n") << QStringLiteral("Line 1") << QStringLiteral("line break");
    QTest::newRow("text after quote")
        << QByteArray("cat,1,2\n\"dog\"s,1,2\n") << QStringLiteral("Line 2") << QStringLiteral("field 1");
    QTest::newRow("invalid UTF-8") << QByteArray("cat,1,2\n\xFF\xFE,1,2\n") << QStringLiteral("Line 2")
                                   << QStringLiteral("UTF-8");

    QTest::newRow("empty file") << QByteArray() << QString() << QStringLiteral("no words");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QString() << QStringLiteral("no words");
    QTest::newRow("blank lines only") << QByteArray("\n \r\n,,\n") << QString() << QStringLiteral("no words");
    QTest::newRow("header only") << QByteArray("label,x,y\n") << QString() << QStringLiteral("no words");
}

void TestCsvImport::rejected()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, line);
    QFETCH(QString, mentions);

    QList<Word> words = sentinelWords();
    QString error;
    QVERIFY(!CsvImport::parse(csv, &words, &error));
    QVERIFY2(error.contains(line), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.endsWith(u'.'), qPrintable(error));
    QCOMPARE(words, sentinelWords());
}

void TestCsvImport::readFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Wörter – Tabelle.csv"));
    QVERIFY(writeFile(path, "\xEF\xBB\xBFWort;x;y\r\nStraße;0,5;1\r\n猫;-1;0,25\r\n"));

    QList<Word> words;
    QString error;
    QVERIFY2(CsvImport::read(path, &words, &error), qPrintable(error));
    const QList<Word> expected = {{QStringLiteral("Straße"), {0.5, 1.0}},
                                  {QStringLiteral("猫"), {-1.0, 0.25}}};
    QCOMPARE(words, expected);
}

void TestCsvImport::readMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.csv"));

    QList<Word> words = sentinelWords();
    QString error;
    QVERIFY(!CsvImport::read(path, &words, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(words, sentinelWords());
}

void TestCsvImport::readOversizedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.csv"));

    // One valid line padded with spaces, so only the size can be the reason
    // for the rejection.
    QByteArray bytes("word,0.5,0.5");
    bytes.append(QByteArray(SceneFile::kMaxFileSize, ' '));
    bytes.append('\n');
    QVERIFY(writeFile(path, bytes));

    QList<Word> words = sentinelWords();
    QString error;
    QVERIFY(!CsvImport::read(path, &words, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("limit")), qPrintable(error));
    QCOMPARE(words, sentinelWords());

    // Just under the limit is read: trailing spaces are trimmed.
    bytes.remove(12, 13);
    QCOMPARE(bytes.size(), SceneFile::kMaxFileSize);
    QVERIFY(writeFile(path, bytes));
    QVERIFY2(CsvImport::read(path, &words, &error), qPrintable(error));
    QCOMPARE(words.size(), 1);
}

void TestCsvImport::wordAndLabelLimits()
{
    QByteArray bytes;
    for (int i = 0; i < SceneFile::kMaxWords; ++i)
        bytes.append("w," + QByteArray::number(i % 7) + ",1\n");
    QList<Word> words;
    QString error;
    QVERIFY2(CsvImport::parse(bytes, &words, &error), qPrintable(error));
    QCOMPARE(words.size(), SceneFile::kMaxWords);

    bytes.append("one too many,0,0\n");
    words = sentinelWords();
    QVERIFY(!CsvImport::parse(bytes, &words, &error));
    QVERIFY2(error.contains(QString::number(SceneFile::kMaxWords + 1)), qPrintable(error));
    QCOMPARE(words, sentinelWords());

    const QByteArray longLabel = QByteArray(SceneFile::kMaxLabelLength + 1, 'x') + ",0,0\n";
    QVERIFY(!CsvImport::parse("ok,1,1\n" + longLabel, &words, &error));
    QVERIFY2(error.contains(QStringLiteral("Line 2")), qPrintable(error));
    QVERIFY(CsvImport::parse(QByteArray(SceneFile::kMaxLabelLength, 'x') + ",0,0\n", &words, &error));
}

void TestCsvImport::readInvalidFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(path, "label,x,y\ncat,1,2\ndog,one,2\n"));

    QList<Word> words = sentinelWords();
    QString error;
    QVERIFY(!CsvImport::read(path, &words, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Line 3")), qPrintable(error));
    QCOMPARE(words, sentinelWords());
}

QTEST_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
