#pragma once

#include <QString>
#include <QStringList>

namespace omv
{

/// Quotes one word for a POSIX shell so that it is passed literally, whatever it contains:
/// 'it'\''s' style. The result is never interpreted (no $(), no globbing, no word splitting).
QString shellQuote(const QString& word);

/// Quotes every word and joins them with spaces.
QString shellJoin(const QStringList& words);

/// Splits what a person typed into words the way a POSIX shell groups them — blanks separate,
/// 'single' and "double" quotes and backslashes group and escape — without expanding anything:
/// `$(x)`, `*` and `~` stay literal text. An unclosed quote is an error (empty list, `error` set).
QStringList splitWords(const QString& text, QString* error);

} // namespace omv
