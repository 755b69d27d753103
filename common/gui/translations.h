#pragma once

#include <QLocale>

class QCoreApplication;

namespace omv
{

/// Installs the suite's translation for `locale` (built into the program) and Qt's own for its
/// dialogs' buttons (from Qt's translations folder, qttranslations5-l10n). English needs none.
/// Returns whether the suite's own was found for that language.
bool installTranslations(QCoreApplication* app, const QLocale& locale = QLocale());

} // namespace omv
