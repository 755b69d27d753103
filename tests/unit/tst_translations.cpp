// The Polish and German catalogues are complete and well formed: every message translated, its
// placeholders (%1, %L2, %n) all there — no more, no fewer — a menu's accelerator kept, plural
// forms as many as the language has. (Which language a window speaks: tst_mainwindow.)
#include "support/testcluster.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using omv::test::TestCluster;

namespace
{

struct Message {
    QString context, source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
    bool numerus = false;
};

QVector<Message> readTs(const QString& path, QString* error)
{
    QVector<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (m.numerus) {
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        m.translations << xml.readElementText();
                }
            } else {
                m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression p(QStringLiteral("%L?\\d+|%n"));
    QStringList out;
    auto it = p.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(0);
    out.sort();
    return out;
}

int accelerators(const QString& text)
{
    QString t = text;
    t.remove(QLatin1String("&&"));
    return t.count(QLatin1Char('&'));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogueIsCompleteAndWellFormed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("Polish") << QStringLiteral("pl") << 3 << 900;
        QTest::newRow("German") << QStringLiteral("de") << 2 << 900;
        QTest::newRow("English plurals") << QStringLiteral("en") << 2 << 30; // "1 node", "2 nodes"
    }
    void catalogueIsCompleteAndWellFormed()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QFETCH(int, atLeast);
        QString error;
        const QVector<Message> messages = readTs(TestCluster::sourceDir()
                + QStringLiteral("/translations/openmosixview_") + language + QStringLiteral(".ts"),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > atLeast);
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + QLatin1Char('"');
            if (m.unfinished || m.translations.isEmpty() || m.translations.first().isEmpty()) {
                problems << where + QStringLiteral(" is not translated");
                continue;
            }
            if (m.numerus && m.translations.size() != pluralForms)
                problems << where + QStringLiteral(" has %1 plural forms").arg(m.translations.size());
            for (const QString& t : m.translations) {
                QStringList want = placeholders(m.source), have = placeholders(t);
                if (m.numerus) { // a form may say the number in words; every other placeholder stays
                    want.removeAll(QStringLiteral("%n"));
                    have.removeAll(QStringLiteral("%n"));
                }
                if (want != have)
                    problems << where
                            + QStringLiteral(": placeholders %1 became %2 in \"%3\"")
                                  .arg(want.join(QLatin1Char(',')), have.join(QLatin1Char(',')), t);
                if (accelerators(m.source) != accelerators(t))
                    problems << where + QStringLiteral(": the & accelerator is lost in \"%1\"").arg(t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
