#include "prompts.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QThread>

#include <condition_variable>
#include <mutex>

namespace omv
{

struct GuiPrompts::Broker {
    QPointer<QWidget> window;
    std::mutex mutex;
    std::condition_variable answered;
    bool cancelled = false; // guarded by mutex
    QList<QPointer<QDialog>> open; // GUI thread only

    // Runs `ask` on the GUI thread and waits for it, unless the broker is or becomes cancelled
    // (then `ask` does not run, or its dialog is closed, and the caller gets the refusal).
    template <class T> T run(const std::shared_ptr<Broker>& self, T refusal, std::function<T()> ask)
    {
        if (QThread::currentThread() == qApp->thread())
            return isCancelled() ? refusal : ask();
        struct Question {
            bool done = false;
            T answer;
        };
        auto q = std::make_shared<Question>();
        q->answer = refusal;
        QMetaObject::invokeMethod(
            qApp,
            [self, q, ask, refusal] {
                T a = self->isCancelled() ? refusal : ask();
                std::lock_guard<std::mutex> lock(self->mutex);
                q->answer = a;
                q->done = true;
                self->answered.notify_all();
            },
            Qt::QueuedConnection);
        std::unique_lock<std::mutex> lock(mutex);
        answered.wait(lock, [&] { return q->done || cancelled; });
        return q->done ? q->answer : refusal;
    }
    bool isCancelled()
    {
        std::lock_guard<std::mutex> lock(mutex);
        return cancelled;
    }
};

GuiPrompts::GuiPrompts(QWidget* window)
    : QObject(nullptr)
    , m_broker(std::make_shared<Broker>())
{
    m_broker->window = window;
}

GuiPrompts::~GuiPrompts()
{
    cancel();
}

void GuiPrompts::cancel()
{
    {
        std::lock_guard<std::mutex> lock(m_broker->mutex);
        m_broker->cancelled = true;
    }
    m_broker->answered.notify_all();
    for (const QPointer<QDialog>& d : std::as_const(m_broker->open)) {
        if (d)
            d->reject();
    }
}

HostKeyDecision GuiPrompts::askHostKey(
    QWidget* parent, const HostKeyInfo& info, const std::function<void(QDialog*)>& shown)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Unknown host key"));
    box.setTextFormat(Qt::PlainText); // host names come from the profile and the network
    box.setText(tr("The host %1 (port %2) is not known yet.\n\nIts %3 key has the fingerprint\n%4\n\n"
                   "Compare it with the one the node's administrator gives you before you accept it.")
                    .arg(info.host)
                    .arg(info.port)
                    .arg(info.keyType, info.fingerprint));
    QPushButton* always = box.addButton(tr("Accept and remember"), QMessageBox::AcceptRole);
    QPushButton* once = box.addButton(tr("Accept once"), QMessageBox::YesRole);
    QPushButton* refuse = box.addButton(tr("Refuse"), QMessageBox::RejectRole);
    always->setToolTip(tr("Connect and add the key to %1").arg(info.knownHostsFile));
    once->setToolTip(tr("Connect this time without remembering the key"));
    refuse->setToolTip(tr("Do not connect to this host"));
    box.setDefaultButton(refuse);
    if (shown)
        shown(&box);
    box.exec();
    if (box.clickedButton() == always)
        return HostKeyDecision::AcceptAndSave;
    if (box.clickedButton() == once)
        return HostKeyDecision::AcceptOnce;
    return HostKeyDecision::Refuse;
}

SshPrompts GuiPrompts::prompts()
{
    std::shared_ptr<Broker> broker = m_broker;
    SshPrompts p;
    p.hostKey = [broker](const HostKeyInfo& info) {
        return broker->run<HostKeyDecision>(broker, HostKeyDecision::Refuse, [broker, info] {
            QPointer<QDialog> box;
            const HostKeyDecision d = askHostKey(broker->window, info, [&](QDialog* dialog) {
                box = dialog;
                broker->open << box; // so that cancel() can close it
            });
            broker->open.removeAll(box);
            return d;
        });
    };
    p.passphrase = [broker](const QString& identityFile) -> std::optional<QString> {
        return broker->run<std::optional<QString>>(broker, std::nullopt, [broker, identityFile] {
            QInputDialog dialog(broker->window);
            dialog.setWindowTitle(tr("Key passphrase"));
            dialog.setLabelText(tr("Passphrase for %1:").arg(identityFile));
            dialog.setTextEchoMode(QLineEdit::Password);
            broker->open << QPointer<QDialog>(&dialog);
            const bool ok = dialog.exec() == QDialog::Accepted;
            broker->open.removeAll(QPointer<QDialog>(&dialog));
            std::optional<QString> answer;
            if (ok)
                answer = dialog.textValue();
            dialog.setTextValue(QString()); // the dialog's copy goes now, not when it is freed
            return answer;
        });
    };
    return p;
}

} // namespace omv
