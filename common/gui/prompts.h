#pragma once

#include "core/backend/backendfactory.h"

#include <QObject>

#include <memory>

class QDialog;
class QWidget;

namespace omv
{

/// Asks the person at the screen when a connection needs it: an unknown host key (its SHA256
/// fingerprint; accept once, always, or refuse) or a key's passphrase. The callbacks may be called
/// from any thread and may outlive this object: they hold a shared handle, never this object.
/// The dialogs open on the GUI thread while the caller waits; cancel() (and the destructor)
/// closes what is open and answers every waiting caller with "refuse", so a window that closes
/// never waits for a question nobody will answer.
class GuiPrompts : public QObject
{
    Q_OBJECT
public:
    explicit GuiPrompts(QWidget* window);
    ~GuiPrompts() override;
    SshPrompts prompts();
    /// Refuses what is being asked and everything asked from now on.
    void cancel();

    /// The host-key question as a dialog (also used by tests to look at it); `shown` gets the
    /// dialog before it opens.
    static HostKeyDecision askHostKey(
        QWidget* parent, const HostKeyInfo& info, const std::function<void(QDialog*)>& shown = {});

    struct Broker;

private:
    std::shared_ptr<Broker> m_broker;
};

} // namespace omv
