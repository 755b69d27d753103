#pragma once

#include <QCoreApplication>

namespace omv
{

/// The translation context of every program's main(): its options and the messages of its
/// command line, found by translators under "main". (A free tr() has no context lupdate can
/// see; one spelling for all programs.)
struct MainText {
    Q_DECLARE_TR_FUNCTIONS(main)
};

} // namespace omv
