#include "shellquote.h"

#include <QCoreApplication>

namespace omv
{

QString shellQuote(const QString& word)
{
    QString out;
    out.reserve(word.size() + 2);
    out += QLatin1Char('\'');
    for (QChar c : word) {
        if (c == QLatin1Char('\''))
            out += QLatin1String("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString shellJoin(const QStringList& words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString& w : words)
        quoted << shellQuote(w);
    return quoted.join(QLatin1Char(' '));
}

QStringList splitWords(const QString& text, QString* error)
{
    QStringList words;
    QString word;
    bool inWord = false;
    enum { Plain, Single, Double } state = Plain;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (state == Single) {
            if (c == QLatin1Char('\''))
                state = Plain;
            else
                word += c;
        } else if (state == Double) {
            if (c == QLatin1Char('"')) {
                state = Plain;
            } else if (c == QLatin1Char('\\') && i + 1 < text.size()
                && QStringLiteral("\"\\$`").contains(text.at(i + 1))) {
                word += text.at(++i); // inside double quotes a backslash escapes only these
            } else {
                word += c;
            }
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            inWord = true;
            if (c == QLatin1Char('\''))
                state = Single;
            else if (c == QLatin1Char('"'))
                state = Double;
            else if (c == QLatin1Char('\\') && i + 1 < text.size())
                word += text.at(++i);
            else
                word += c;
        }
    }
    if (state != Plain) {
        *error = QCoreApplication::translate("omv::splitWords", "a quote is not closed");
        return {};
    }
    if (inWord)
        words << word;
    return words;
}

} // namespace omv
