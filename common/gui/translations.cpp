#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

// The compiled catalogues are a resource of a static library: linked in only when named.
// (Q_INIT_RESOURCE may not be used inside a namespace.)
static void initTranslationResource()
{
    Q_INIT_RESOURCE(translations);
}

namespace omv
{

bool installTranslations(QCoreApplication* app, const QLocale& locale)
{
    // Translators live as long as the application (they are its children); a second call (a
    // test switching language) replaces the first's.
    for (QTranslator* old :
        app->findChildren<QTranslator*>(QStringLiteral("omvTranslator"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    initTranslationResource();
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // English needs only its plural forms ("1 node", "2 nodes"): a catalogue of those.
        auto* plurals = new QTranslator(app);
        plurals->setObjectName(QStringLiteral("omvTranslator"));
        if (!plurals->load(QStringLiteral("openmosixview_en"), QStringLiteral(":/i18n")))
            return false;
        QCoreApplication::installTranslator(plurals);
        return true;
    }
    auto* qt = new QTranslator(app);
    qt->setObjectName(QStringLiteral("omvTranslator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::location(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(app);
    ours->setObjectName(QStringLiteral("omvTranslator"));
    // Built in (translations.qrc): nothing to install or to find at run time.
    if (!ours->load(locale, QStringLiteral("openmosixview"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(ours);
    return true;
}

} // namespace omv
