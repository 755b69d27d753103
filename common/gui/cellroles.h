#pragma once

#include <Qt>

namespace omv
{

/// A model's short form of a cell's text, for a column too narrow for the whole one
/// ("1.0 / 1.5 GB" for "1.0 GB free of 1.5 GB"); the delegates (CellDelegate) show it before
/// they elide.
constexpr int CompactTextRole = Qt::UserRole + 100;

} // namespace omv
