#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdio>

namespace omv::ctl
{

/// Where a subcommand writes and how: aligned columns with a header on a terminal, colour only
/// there (and never with NO_COLOR or --no-color), tab-separated rows without a header when
/// piped (for cut and awk), JSON with --json.
struct Output {
    FILE* out = stdout;
    FILE* err = stderr;
    bool tty = false;
    bool colour = false;
    bool json = false;

    /// A terminal's settings for `out`, the environment's NO_COLOR honoured.
    static Output forTerminal(bool json, bool noColour);
    void line(const QString& text) const;
    void error(const QString& text) const; ///< "openmosixctl: text" on stderr
    void print(const QJsonValue& json) const; ///< indented JSON and a newline
    /// `text` in bold red / green / dim when colour is on.
    QString red(const QString& text) const { return paint(text, kRed); }
    QString green(const QString& text) const { return paint(text, kGreen); }
    QString dim(const QString& text) const { return paint(text, "2"); }
    QString paint(const QString& text, const char* sgr) const;
    static constexpr const char* kRed = "1;31";
    static constexpr const char* kGreen = "32";
};

/// Text as one line with nothing a terminal would act on: control characters (an escape sequence
/// in a command line a node reports) become spaces. Every text from a node goes through it.
QString plainText(QString text);

/// Rows of text under titled columns. Cells are plain text (plainText); a cell's colour is given
/// beside it and added only when the output is coloured.
class Table
{
public:
    enum Align { Left, Right };
    struct Column {
        QString title;
        Align align = Left;
    };
    struct Cell {
        Cell(QString text, const char* sgr = nullptr)
            : text(std::move(text))
            , sgr(sgr)
        {
        }
        Cell(const char* text) = delete;
        QString text;
        const char* sgr; ///< "32" (green), "1;31" (bold red); null: none
    };
    explicit Table(QVector<Column> columns)
        : m_columns(std::move(columns))
    {
    }
    void add(const QStringList& row)
    {
        QVector<Cell> cells;
        for (const QString& text : row)
            cells << Cell(text);
        m_rows << cells;
    }
    void add(QVector<Cell> row) { m_rows << std::move(row); }
    int rows() const { return m_rows.size(); }
    /// Aligned with a header (tty), or tab-separated without one.
    void write(const Output& o) const;

private:
    QVector<Column> m_columns;
    QVector<QVector<Cell>> m_rows;
};

/// "1.9 GiB", "512 MiB", "–" for unknown (negative).
QString bytesText(qint64 bytes);

} // namespace omv::ctl
