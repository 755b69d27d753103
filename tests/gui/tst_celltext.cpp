// Text in the suite's table cells (issue 18): at every width, what a delegate draws is the whole
// text, the model's compact form, or the whole text elided with "…" as QFontMetrics::elidedText
// makes it — and it lies inside the cell; never a text cut by the cell's edge ("256.0 MB free of
// 512.0 MI"). Checked by painting each delegate onto a device whose paint engine records every
// text it is given, and where. The tooltip of a cell whose text is not whole says it all. A
// window's geometry and columns are kept per cluster. The cells say to a screen reader what the
// lamp and the bars show.
#include "gui/cellroles.h"
#include "gui/nodedelegates.h"
#include "gui/nodetablemodel.h"
#include "gui/processtablemodel.h"
#include "gui/suiteapp.h"
#include "gui/tableviews.h"
#include "gui/timechart.h"
#include "gui/translations.h"
#include "gui/windowstate.h"

#include <QAccessible>
#include <QHeaderView>
#include <QMainWindow>
#include <QPaintEngine>
#include <QPainter>
#include <QSettings>
#include <QStyleFactory>
#include <QTableView>
#include <QTextItem>
#include <QtTest>

#include <array>
#include <cmath>

using namespace omv;

namespace
{

// A paint device that keeps the texts drawn on it (and draws nothing).
class TextRecorder : public QPaintDevice
{
public:
    struct Drawn {
        QPointF at; // the baseline's start
        QString text;
        QFont font;
    };
    explicit TextRecorder(QSize size)
        : m_size(size)
        , m_engine(this)
    {
    }
    ~TextRecorder() override = default;
    QPaintEngine* paintEngine() const override { return const_cast<Engine*>(&m_engine); }
    QList<Drawn> drawn;

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder* owner)
            : QPaintEngine(QPaintEngine::AllFeatures)
            , m_owner(owner)
        {
        }
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState&) override { }
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override { }
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override { }
        void drawTextItem(const QPointF& p, const QTextItem& item) override
        {
            // Where the painter's transform puts it (the style may translate).
            m_owner->drawn << Drawn { painter()->transform().map(p), item.text(), item.font() };
        }
        Type type() const override { return QPaintEngine::User; }

    private:
        TextRecorder* m_owner;
    };
    QSize m_size;
    Engine m_engine;
};

NodeSample node(NodeId id, qint64 memFree, qint64 memTotal, const QString& address)
{
    NodeSample s;
    s.id = id;
    s.up = true;
    s.addresses = QStringList { address };
    s.cpus = 2;
    s.speed = 12000;
    s.loadPercent = 75;
    s.loadRaw = 75;
    s.memTotal = memTotal;
    s.memFree = memFree;
    return s;
}

} // namespace

class TestCellText : public QObject
{
    Q_OBJECT

    // Paints `index` with the view's delegate at each width from 12 to `widest` and checks what
    // was drawn. Returns how many widths showed the whole, the compact and an elided text.
    void checkColumn(QTableView& view, const QModelIndex& index, int widest, int counts[3])
    {
        auto* d = qobject_cast<QStyledItemDelegate*>(view.itemDelegate(index));
        QVERIFY(d);
        const QString whole = d->displayText(index.data(Qt::DisplayRole), view.locale()); // "4,242"
        const QString compact = index.data(CompactTextRole).toString();
        for (int w = 12; w <= widest; w += 3) {
            TextRecorder device(QSize(w, 40));
            QPainter p(&device);
            QStyleOptionViewItem option;
            option.initFrom(view.viewport());
            option.rect = QRect(0, 0, w, 30);
            option.widget = &view;
            option.font = view.font();
            option.fontMetrics = QFontMetrics(view.font());
            option.textElideMode = view.textElideMode();
            option.state |= QStyle::State_Enabled;
            d->paint(&p, option, index);
            p.end();
            QStringList texts;
            for (const TextRecorder::Drawn& t : device.drawn) {
                texts << t.text;
                const QFontMetrics fm(t.font);
                const qreal right = t.at.x() + fm.horizontalAdvance(t.text);
                QVERIFY2(t.at.x() >= -0.5 && right <= w + 0.5,
                    qPrintable(QStringLiteral("%1 px: \"%2\" drawn from %3 to %4")
                                   .arg(w)
                                   .arg(t.text)
                                   .arg(t.at.x())
                                   .arg(right)));
            }
            texts.removeDuplicates(); // a bar draws its text twice, each half clipped to its colour
            const QString shown = texts.join(QString());
            if (qEnvironmentVariableIsSet("OMV_CELLTEXT_DEBUG"))
                qDebug() << w << shown << whole;
            if (shown.isEmpty())
                continue; // not even "…" fits
            if (shown == whole) {
                ++counts[0];
            } else if (!compact.isEmpty() && shown == compact) {
                ++counts[1];
            } else {
                QVERIFY2(shown.endsWith(QChar(0x2026)) || shown.contains(QChar(0x2026)),
                    qPrintable(QStringLiteral("%1 px: \"%2\" is neither \"%3\" nor elided").arg(w).arg(shown, whole)));
                // The same a QFontMetrics elides to, give or take the room the style keeps.
                const QFontMetrics fm(device.drawn.first().font);
                bool matches = false;
                for (int room = w; room >= 0 && !matches; --room)
                    for (Qt::TextElideMode m : { Qt::ElideRight, Qt::ElideMiddle })
                        matches = matches || fm.elidedText(whole, m, room) == shown;
                QVERIFY2(matches,
                    qPrintable(QStringLiteral("%1 px: \"%2\" is not what elidedText makes of \"%3\"")
                                   .arg(w)
                                   .arg(shown, whole)));
                ++counts[2];
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::English))); // "1 node", as the programs say
    }
    void nodeTableCellsAreWholeCompactOrElided()
    {
        NodeTableModel model;
        ClusterSnapshot s;
        s.nodes << node(1, 256ll << 20, 512ll << 20, QStringLiteral("node-with-a-long-name.example.org"))
                << node(2, 1020ll << 20, 1536ll << 20, QStringLiteral("10.0.0.2"));
        model.applySnapshot(s);
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(new CellDelegate(&view));
        view.setItemDelegateForColumn(NodeTableModel::AddressColumn, new ButtonDelegate(&view));
        view.setItemDelegateForColumn(NodeTableModel::SpeedColumn, new SpeedDelegate(&view));
        view.setItemDelegateForColumn(NodeTableModel::LoadColumn, new BarDelegate(&view));
        view.setItemDelegateForColumn(NodeTableModel::MemoryColumn, new BarDelegate(&view));
        for (int row = 0; row < model.rowCount(); ++row) { // the cluster row (bold) too
            for (int column = 0; column < NodeTableModel::ColumnCount; ++column) {
                int counts[3] = { 0, 0, 0 };
                checkColumn(view, model.index(row, column), 420, counts);
                if (QTest::currentTestFailed())
                    return;
                QVERIFY2(counts[0] > 0,
                    qPrintable(QStringLiteral("row %1 column %2 never whole (%3 compact, %4 elided)")
                                   .arg(row)
                                   .arg(column)
                                   .arg(counts[1])
                                   .arg(counts[2])));
                if (column == NodeTableModel::MemoryColumn) // narrow: "0.3 / 0.5 GB" before "256.0 MB us…"
                    QVERIFY2(counts[1] > 0 && counts[2] > 0, qPrintable(QString::number(row)));
            }
        }
        QCOMPARE(model.index(1, NodeTableModel::MemoryColumn).data(CompactTextRole).toString(),
            QStringLiteral("256 / 512 MB"));
        // Used of total (the column is "Memory used"; it said what was free): 516 MB of 1.5 GB in use.
        QCOMPARE(model.index(2, NodeTableModel::MemoryColumn).data(CompactTextRole).toString(),
            QStringLiteral("0.5 / 1.5 GB"));
        QCOMPARE(
            model.index(2, NodeTableModel::MemoryColumn).data().toString(), QStringLiteral("516.0 MB used of 1.5 GB"));
    }

    void loadBarsTellHowFarBeyondAFullNode()
    {
        // Nodes at 60, 120 and 456 %: the bars are drawn to the highest load rounded up (500 %),
        // so 120 % and 456 % differ by their length (they were the same full red), each a third of
        // a pixel or so from its share of the bar; a mark stands at 100 %, and the red deepens
        // beyond it.
        NodeTableModel model;
        ClusterSnapshot s;
        for (const auto& [id, load] : { std::pair<NodeId, double> { 1, 60 }, { 2, 120 }, { 3, 456 } }) {
            NodeSample n = node(id, 1 << 30, 2 << 30, QStringLiteral("n%1").arg(id));
            n.loadPercent = load;
            s.nodes << n;
        }
        model.applySnapshot(s);
        QCOMPARE(model.index(1, NodeTableModel::LoadColumn).data(NodeTableModel::BarScaleRole).toDouble(), 500.0);
        QCOMPARE(model.index(1, NodeTableModel::MemoryColumn).data(NodeTableModel::BarScaleRole).toDouble(), 100.0);
        QTableView view;
        view.setModel(&model);
        BarDelegate bar(&view);
        const QRect cell(0, 0, 306, 24); // the bar's inside: 306 - 2 * 3 (margin) - 2 (frame) = 298 px
        auto fillOf = [&](int row, QImage* image) {
            *image = QImage(cell.size(), QImage::Format_RGB32);
            image->fill(Qt::white);
            QPainter p(image);
            QStyleOptionViewItem opt;
            opt.initFrom(&view);
            opt.rect = cell;
            opt.widget = &view;
            bar.paint(&p, opt, model.index(row, NodeTableModel::LoadColumn));
            p.end();
            // The run of the heat colour along a line near the bar's bottom (below the text).
            const QColor fill = BarDelegate::heat(
                model.index(row, NodeTableModel::LoadColumn).data(NodeTableModel::BarRole).toDouble());
            int run = 0;
            for (int x = 4; x < cell.width() - 4; ++x) {
                const QColor px(image->pixel(x, cell.height() - 6));
                run += std::abs(px.red() - fill.red()) + std::abs(px.green() - fill.green())
                        + std::abs(px.blue() - fill.blue())
                    <= 6;
            }
            if (qEnvironmentVariableIsSet("OMV_SCREENSHOT_DIR"))
                image->save(qEnvironmentVariable("OMV_SCREENSHOT_DIR") + QStringLiteral("/load-bar-%1.png").arg(row));
            return run;
        };
        QImage a, b, c;
        const int w60 = fillOf(1, &a), w120 = fillOf(2, &b), w456 = fillOf(3, &c);
        const double inner = 298;
        QVERIFY2(std::abs(w60 - inner * 60 / 500) <= 2, qPrintable(QString::number(w60)));
        QVERIFY2(std::abs(w120 - inner * 120 / 500) <= 2, qPrintable(QString::number(w120)));
        QVERIFY2(std::abs(w456 - inner * 456 / 500) <= 2, qPrintable(QString::number(w456)));
        // The 100 % mark: a line across the bar at a fifth of it, on the empty part of the 60 % bar.
        const int mark = 4 + int(inner * 100 / 500);
        QVERIFY(
            contrastRatio(QColor(a.pixel(mark, cell.height() - 5)), QColor(a.pixel(mark + 3, cell.height() - 5))) > 3);
        // Darker red far beyond.
        QVERIFY(BarDelegate::heat(456).lightness() < BarDelegate::heat(120).lightness());
    }
    void chartMarksStayInsideThePlot()
    {
        // A checkpoint near the chart's right end: its text goes left of its line instead of
        // running past the plot (the analyzer's was cut at the right edge).
        TimeChart chart(QStringLiteral("Load per node"));
        chart.setAxis(TimeChart::Left, QStringLiteral("load %"), 100);
        TimeChart::Line l;
        l.name = QStringLiteral("node 1");
        l.colour = Qt::blue;
        l.points = { QPointF(0, 10), QPointF(1000000, 20) };
        chart.addLine(l);
        chart.setRange(0, 1000000);
        chart.setMarks(
            { { 990000, QStringLiteral("kernel upgrade on every node") }, { 10000, QStringLiteral("start") } });
        for (const QSize size : { QSize(600, 300), QSize(1200, 400), QSize(300, 200) }) {
            TextRecorder device(size);
            QPainter p(&device);
            chart.render(&p, QRectF(QPointF(0, 0), size), false);
            p.end();
            int found = 0;
            for (const TextRecorder::Drawn& d : std::as_const(device.drawn)) {
                if (!d.text.startsWith(QLatin1String("kernel")) && !d.text.startsWith(QLatin1String("start")))
                    continue;
                ++found;
                // render() lays the chart out 1,000 units wide and scales it onto the target.
                const double right = d.at.x() + QFontMetricsF(d.font).horizontalAdvance(d.text) * size.width() / 1000.0;
                QVERIFY2(d.at.x() >= 0 && right <= size.width() - 8,
                    qPrintable(
                        QStringLiteral("%1 at %2–%3 of %4").arg(d.text).arg(d.at.x()).arg(right).arg(size.width())));
            }
            QCOMPARE(found, 2);
        }
    }
    void processesPerNode()
    {
        // Three processes run on node 1 (one a guest from node 2), one on node 2, none on node 3:
        // the column counts them, its tooltip says which are guests and which ran away.
        NodeTableModel model;
        ClusterSnapshot s;
        for (NodeId id : { 1, 2, 3 })
            s.nodes << node(id, 1 << 30, 2 << 30, QStringLiteral("n%1").arg(id));
        auto proc = [](NodeId home, int pid, NodeId where) {
            ProcessInfo p;
            p.homeNode = home;
            p.pid = pid;
            p.node = where;
            return p;
        };
        s.processes = { proc(1, 10, 1), proc(1, 11, 1), proc(2, 20, 1), proc(2, 21, 2) };
        model.applySnapshot(s);
        auto shown = [&](int row, int role = Qt::DisplayRole) {
            return model.index(row, NodeTableModel::ProcessesColumn).data(role).toString();
        };
        QCOMPARE(shown(0), QStringLiteral("4"));
        QCOMPARE(shown(1), QStringLiteral("3"));
        QCOMPARE(shown(2), QStringLiteral("1"));
        QCOMPARE(shown(3), QStringLiteral("0"));
        QVERIFY2(shown(1, Qt::ToolTipRole).contains(QLatin1String("3 running here: 1 guest; 0 of its own elsewhere")),
            qPrintable(shown(1, Qt::ToolTipRole)));
        QVERIFY2(shown(2, Qt::ToolTipRole).contains(QLatin1String("1 of its own elsewhere")),
            qPrintable(shown(2, Qt::ToolTipRole)));
        QCOMPARE(model.headerData(NodeTableModel::ProcessesColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Processes"));
    }

    void processTableCellsAreWholeOrElided()
    {
        ProcessTableModel model;
        ClusterSnapshot s;
        s.nodes << node(1, 1 << 30, 2 << 30, QStringLiteral("n1"));
        ProcessInfo p;
        p.pid = 4242;
        p.homeNode = p.node = 1;
        p.uid = 1000;
        p.user = QStringLiteral("cloudsdaemonuser");
        p.name = QStringLiteral("render");
        p.argv = QStringList { QStringLiteral("render"), QStringLiteral("--scene"),
            QStringLiteral("a-very-long-file-name.pov") };
        p.state = QLatin1Char('R');
        s.processes << p;
        model.applySnapshot(s);
        QTableView view;
        view.setModel(&model);
        setUpListTable(&view, {});
        for (int column = 0; column < model.columnCount(); ++column) {
            int counts[3] = { 0, 0, 0 };
            checkColumn(view, model.index(0, column), 400, counts);
            if (QTest::currentTestFailed())
                return;
        }
        // The tooltip of a cell too narrow for its user says the whole name.
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.horizontalHeader()->resizeSection(ProcessTableModel::UserColumn, 40);
        auto* d = qobject_cast<CellDelegate*>(view.itemDelegate());
        QVERIFY(d);
        QStyleOptionViewItem option;
        option.initFrom(view.viewport());
        option.rect = view.visualRect(model.index(0, ProcessTableModel::UserColumn));
        option.fontMetrics = view.fontMetrics();
        option.font = view.font();
        option.textElideMode = Qt::ElideRight;
        QVERIFY(d->shownText(option, model.index(0, ProcessTableModel::UserColumn)) != p.user);
        option.rect.setWidth(400);
        QCOMPARE(d->shownText(option, model.index(0, ProcessTableModel::UserColumn)), p.user);
    }

    void cellsSayWhatTheyShow()
    {
        // A screen reader hears the lamp and the bars: "node 2 down", "load 75 %".
        NodeTableModel model;
        ClusterSnapshot s;
        s.nodes << node(1, 256ll << 20, 512ll << 20, QStringLiteral("10.0.0.1"))
                << node(2, 1020ll << 20, 1536ll << 20, QStringLiteral("10.0.0.2"));
        s.nodes[1].up = false;
        model.applySnapshot(s);
        QTableView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAccessibleInterface* table = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(table && table->tableInterface());
        auto said = [&](int row, int column, QAccessible::Text what = QAccessible::Name) {
            QAccessibleInterface* cell = table->tableInterface()->cellAt(row, column);
            return cell ? cell->text(what) : QStringLiteral("(no cell)");
        };
        QCOMPARE(said(1, NodeTableModel::IdColumn), QStringLiteral("node 1 up"));
        QCOMPARE(said(2, NodeTableModel::IdColumn), QStringLiteral("node 2 down"));
        QCOMPARE(said(2, NodeTableModel::IdColumn, QAccessible::Description), QStringLiteral("Node 2 is down"));
        QCOMPARE(said(1, NodeTableModel::LoadColumn), QStringLiteral("load 75 %"));
        QCOMPARE(said(1, NodeTableModel::MemoryColumn), QStringLiteral("memory 256.0 MB used of 512.0 MB, 50 %"));
        QCOMPARE(said(1, NodeTableModel::AddressColumn), QStringLiteral("node 1 at 10.0.0.1: opens its settings"));
        QCOMPARE(said(0, NodeTableModel::IdColumn), QStringLiteral("the whole cluster, 1 node up"));
        QCOMPARE(said(0, NodeTableModel::LoadColumn), QStringLiteral("cluster load 75 %"));
    }

    void barsReadInLightAndDarkPalettesAndForColourBlindEyes()
    {
        // Text on a bar keeps 4.5:1 contrast on its filled part and on its empty part, in the
        // light palette and in a dark Fusion one; the bar's empty part is the palette's Base.
        const QPalette dark = SuiteApp::darkPalette(); // what --theme dark sets
        const QPalette light = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
        for (const QPalette& pal : { light, dark }) {
            QVERIFY(contrastRatio(
                        readableOn(pal.color(QPalette::Text), pal.color(QPalette::Base)), pal.color(QPalette::Base))
                >= 4.5);
            // A failed speed's red, too.
            QVERIFY(contrastRatio(
                        readableOn(QColor(0xb0, 0x20, 0x20), pal.color(QPalette::Base)), pal.color(QPalette::Base))
                >= 4.5);
        }
        for (int p = 0; p <= 100; p += 5)
            QVERIFY2(contrastRatio(BarDelegate::textOn(BarDelegate::heat(p)), BarDelegate::heat(p)) >= 4.5,
                qPrintable(QString::number(p)));
        // Painted in the dark palette: the empty part is dark, not a light colour of its own.
        NodeTableModel model;
        ClusterSnapshot s;
        s.nodes << node(1, 256ll << 20, 512ll << 20, QStringLiteral("10.0.0.1"));
        model.applySnapshot(s);
        QTableView view;
        view.setModel(&model);
        BarDelegate bar(&view);
        QImage image(200, 30, QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.palette = dark;
        option.rect = image.rect();
        option.widget = &view;
        bar.paint(&painter, option, model.index(1, NodeTableModel::LoadColumn)); // 75 %
        painter.end();
        QCOMPARE(QColor(image.pixel(192, 6)).rgb(), dark.color(QPalette::Base).rgb());
        QCOMPARE(QColor(image.pixel(10, 6)).rgb(), BarDelegate::heat(75).rgb());

        // Calm, middling and hot stay apart for deuteranopia and protanopia (Machado et al.
        // 2009, severity 1, in linear RGB), by CIE76 ΔE in Lab.
        auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        auto lab = [&](const QColor& c, const double m[9]) {
            const double r0 = linear(c.redF()), g0 = linear(c.greenF()), b0 = linear(c.blueF());
            const double r = std::clamp(m[0] * r0 + m[1] * g0 + m[2] * b0, 0.0, 1.0);
            const double g = std::clamp(m[3] * r0 + m[4] * g0 + m[5] * b0, 0.0, 1.0);
            const double b = std::clamp(m[6] * r0 + m[7] * g0 + m[8] * b0, 0.0, 1.0);
            const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
            const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
            auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
            return std::array<double, 3> { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
        };
        const double deuteranopia[9]
            = { 0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.011820, 0.042940, 0.968881 };
        const double protanopia[9]
            = { 0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998 };
        for (const double* m : { deuteranopia, protanopia }) {
            const std::array<double, 3> calm = lab(BarDelegate::heat(0), m), mid = lab(BarDelegate::heat(50), m),
                                        hot = lab(BarDelegate::heat(100), m);
            auto dE = [](const std::array<double, 3>& a, const std::array<double, 3>& b) {
                return std::sqrt(
                    (a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
            };
            QVERIFY2(dE(calm, hot) > 20 && dE(calm, mid) > 20 && dE(mid, hot) > 20,
                qPrintable(QStringLiteral("ΔE %1 %2 %3").arg(dE(calm, hot)).arg(dE(calm, mid)).arg(dE(mid, hot))));
        }
    }

    void windowStateIsKeptPerCluster()
    {
        // Geometry and columns (widths, order, sort) come back for the same cluster; another
        // cluster starts fresh, fitted to its content.
        QCoreApplication::setOrganizationName(QStringLiteral("omv-test-windowstate"));
        QSettings().clear();
        NodeTableModel model;
        ClusterSnapshot s;
        s.nodes << node(1, 1020ll << 20, 1536ll << 20, QStringLiteral("10.0.0.1"));
        model.applySnapshot(s);
        auto open = [&](const QString& cluster, bool* restored) {
            auto* w = new QMainWindow;
            auto* table = new QTableView(w);
            table->setModel(&model);
            table->setSortingEnabled(true);
            w->setCentralWidget(table);
            w->resize(700, 300);
            auto* state = new WindowState(w, QStringLiteral("test"), cluster);
            state->add(table->horizontalHeader(), QStringLiteral("nodes"));
            *restored = state->restore();
            return std::make_tuple(w, table, state);
        };
        bool restored = true;
        auto [w, table, state] = open(QStringLiteral("lab/one"), &restored);
        QVERIFY(!restored);
        table->horizontalHeader()->resizeSection(NodeTableModel::MemoryColumn, 333);
        table->horizontalHeader()->moveSection(NodeTableModel::CpusColumn, 0);
        table->sortByColumn(NodeTableModel::LoadColumn, Qt::DescendingOrder);
        w->resize(810, 420);
        state->save();
        delete state;
        delete w;
        auto [w2, table2, state2] = open(QStringLiteral("lab/one"), &restored);
        QVERIFY(restored);
        QCOMPARE(table2->horizontalHeader()->sectionSize(NodeTableModel::MemoryColumn), 333);
        QCOMPARE(table2->horizontalHeader()->visualIndex(NodeTableModel::CpusColumn), 0);
        QCOMPARE(table2->horizontalHeader()->sortIndicatorSection(), int(NodeTableModel::LoadColumn));
        QCOMPARE(table2->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(w2->size(), QSize(810, 420));
        delete state2;
        delete w2;
        auto [w3, table3, state3] = open(QStringLiteral("lab-two"), &restored);
        QVERIFY(!restored);
        w3->show(); // as a window is when its first sample comes
        QVERIFY(QTest::qWaitForWindowExposed(w3));
        WindowState::fitFirstStart(w3, table3); // whole memory text, not 333 px
        const QString memory = model.index(1, NodeTableModel::MemoryColumn).data().toString();
        QVERIFY2(table3->horizontalHeader()->sectionSize(NodeTableModel::MemoryColumn)
                > table3->fontMetrics().horizontalAdvance(memory),
            qPrintable(QString::number(table3->horizontalHeader()->sectionSize(NodeTableModel::MemoryColumn))));
        delete state3;
        delete w3;
        QSettings().clear();
    }
};

QTEST_MAIN(TestCellText)
#include "tst_celltext.moc"
