#pragma once

#include "core/backend/backendfactory.h"

#include <QObject>

class QWidget;

namespace omv
{

/// Asks the person at the screen when a connection needs it: an unknown host key (its SHA256
/// fingerprint; accept once, always, or refuse) or a key's passphrase. The callbacks may be called
/// from any thread; the dialogs open on the GUI thread while the caller waits.
class GuiPrompts : public QObject
{
    Q_OBJECT
public:
    explicit GuiPrompts(QWidget* window);
    SshPrompts prompts();

    /// The host-key question as a dialog (also used by tests to look at it).
    static HostKeyDecision askHostKey(QWidget* parent, const HostKeyInfo& info);

private:
    QWidget* m_window;
};

} // namespace omv
