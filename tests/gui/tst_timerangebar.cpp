// TimeRange (following now, fixed, all; steps and zoom; what people type) and the time-range bar
// driven by its keys, against a clock of the test's own.
#include "gui/timerangebar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace omv;

namespace
{
constexpr qint64 kNow = Q_INT64_C(1796000000000);
constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;
} // namespace

class TestTimeRangeBar : public QObject
{
    Q_OBJECT
private slots:
    void ranges()
    {
        const TimeRange hour = TimeRange::last(kHour);
        QVERIFY(hour.follows());
        QCOMPARE(hour.from(kNow), kNow - kHour);
        QCOMPARE(hour.to(kNow), kNow);
        // Back is fixed; forward again to now follows again.
        const TimeRange back = hour.shifted(-1, kNow);
        QVERIFY(!back.follows());
        QCOMPARE(back.from(kNow), kNow - 2 * kHour);
        QCOMPARE(back.to(kNow), kNow - kHour);
        QCOMPARE(back.shifted(1, kNow), hour);
        // Zoom keeps the middle of a fixed range, and a following one follows.
        const TimeRange in = back.zoomed(0.5, kNow);
        QCOMPARE(in.from(kNow), kNow - kHour - kHour * 3 / 4);
        QCOMPARE(in.width(kNow), kHour / 2);
        QCOMPARE(hour.zoomed(2, kNow), TimeRange::last(2 * kHour));
        QCOMPARE(TimeRange::last(kMin).zoomed(0.1, kNow).width(kNow), kMin); // a minute at least
        // Zooming out never reaches into the future.
        QVERIFY(back.zoomed(8, kNow).to(kNow) <= kNow);
        // All: the file's extent.
        const TimeRange all = TimeRange::all();
        QCOMPARE(all.from(kNow, kNow - 3 * kDay, kNow - kHour), kNow - 3 * kDay);
        QCOMPARE(all.to(kNow, kNow - 3 * kDay, kNow - kHour), kNow - kHour + 1);
        QCOMPARE(hour.describe(), QStringLiteral("last 1 h"));
        QCOMPARE(TimeRange::last(15 * kMin).describe(), QStringLiteral("last 15 min"));
    }
    void typedMoments()
    {
        QCOMPARE(TimeRange::parseMoment(QStringLiteral("now"), kNow), std::optional<qint64>(kNow));
        QCOMPARE(TimeRange::parseMoment(QStringLiteral("-1h"), kNow), std::optional<qint64>(kNow - kHour));
        QCOMPARE(TimeRange::parseMoment(QStringLiteral("-90m"), kNow), std::optional<qint64>(kNow - 90 * kMin));
        QCOMPARE(TimeRange::parseMoment(QStringLiteral("-2d"), kNow), std::optional<qint64>(kNow - 2 * kDay));
        QCOMPARE(TimeRange::parseMoment(QStringLiteral("2026-11-29T14:10:00Z"), kNow),
            std::optional<qint64>(QDateTime(QDate(2026, 11, 29), QTime(14, 10), Qt::UTC).toMSecsSinceEpoch()));
        QCOMPARE(TimeRange::parseMoment(QStringLiteral("2026-11-29 14:10"), kNow),
            std::optional<qint64>(QDateTime(QDate(2026, 11, 29), QTime(14, 10)).toMSecsSinceEpoch()));
        for (const char* bad : { "", "yesterday", "-1y", "-h", "2026-13-45", "25:10", "14:1", "14:10:61" })
            QVERIFY2(!TimeRange::parseMoment(QString::fromLatin1(bad), kNow), bad);
        // A time of day alone: its latest occurrence up to now (today's, else yesterday's).
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(kNow);
        const QTime before = now.time().addSecs(-60), after = now.time().addSecs(60);
        QCOMPARE(TimeRange::parseMoment(before.toString(QStringLiteral("HH:mm:ss")), kNow),
            std::optional<qint64>(QDateTime(now.date(), before).toMSecsSinceEpoch() / 1000 * 1000));
        QCOMPARE(TimeRange::parseMoment(after.toString(QStringLiteral("HH:mm:ss.zzz")), kNow),
            std::optional<qint64>(QDateTime(now.date().addDays(-1), after).toMSecsSinceEpoch()));
        QCOMPARE(TimeRange::parseWidth(QStringLiteral("7d")), std::optional<qint64>(7 * kDay));
    }
    void barKeysAndTyping()
    {
        TimeRangeBar bar;
        bar.setClock([] { return kNow; });
        bar.setRange(TimeRange::last(kHour));
        bar.resize(1150, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy spy(&bar, &TimeRangeBar::rangeChanged);
        QTest::keyClick(&bar, Qt::Key_5, Qt::AltModifier); // 7 days
        QCOMPARE(bar.range(), TimeRange::last(7 * kDay));
        QTest::keyClick(&bar, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(bar.range(), TimeRange::between(kNow - 14 * kDay, kNow - 7 * kDay));
        QTest::keyClick(&bar, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(bar.range().width(kNow), qint64(3.5 * kDay));
        QTest::keyClick(&bar, Qt::Key_End, Qt::AltModifier);
        QCOMPARE(bar.range(), TimeRange::last(qint64(3.5 * kDay)));
        QCOMPARE(bar.findChild<QComboBox*>()->currentText(), QStringLiteral("Custom"));
        QTest::keyClick(&bar, Qt::Key_7, Qt::AltModifier);
        QCOMPARE(bar.range(), TimeRange::all());
        QCOMPARE(spy.size(), 5);
        // Typed: from and to as dates.
        const QList<QDateTimeEdit*> edits = bar.findChildren<QDateTimeEdit*>();
        QCOMPARE(edits.size(), 2);
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(kNow - 2 * kDay);
        edits[0]->setDateTime(from);
        emit edits[0]->editingFinished();
        QApplication::processEvents();
        QCOMPARE(bar.range().kind(), TimeRange::Kind::Fixed);
        QCOMPARE(bar.range().from(kNow), from.toMSecsSinceEpoch());
        const QString shot = qEnvironmentVariable("OMV_SCREENSHOT_DIR");
        if (!shot.isEmpty())
            bar.grab().save(shot + QStringLiteral("/timerangebar.png"));
    }
};

QTEST_MAIN(TestTimeRangeBar)
#include "tst_timerangebar.moc"
