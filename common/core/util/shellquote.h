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

} // namespace omv
