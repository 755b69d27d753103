#include "prompts.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>

namespace omv
{

GuiPrompts::GuiPrompts(QWidget* window)
    : QObject(nullptr)
    , m_window(window)
{
    moveToThread(QApplication::instance()->thread());
}

HostKeyDecision GuiPrompts::askHostKey(QWidget* parent, const HostKeyInfo& info)
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
    box.exec();
    if (box.clickedButton() == always)
        return HostKeyDecision::AcceptAndSave;
    if (box.clickedButton() == once)
        return HostKeyDecision::AcceptOnce;
    return HostKeyDecision::Refuse;
}

SshPrompts GuiPrompts::prompts()
{
    SshPrompts p;
    p.hostKey = [this](const HostKeyInfo& info) {
        HostKeyDecision d = HostKeyDecision::Refuse;
        auto ask = [&] { d = askHostKey(m_window, info); };
        if (QThread::currentThread() == thread())
            ask();
        else
            QMetaObject::invokeMethod(this, ask, Qt::BlockingQueuedConnection);
        return d;
    };
    p.passphrase = [this](const QString& identityFile) -> std::optional<QString> {
        std::optional<QString> answer;
        auto ask = [&] {
            bool ok = false;
            const QString text = QInputDialog::getText(m_window, tr("Key passphrase"),
                tr("Passphrase for %1:").arg(identityFile), QLineEdit::Password, QString(), &ok);
            if (ok)
                answer = text;
        };
        if (QThread::currentThread() == thread())
            ask();
        else
            QMetaObject::invokeMethod(this, ask, Qt::BlockingQueuedConnection);
        return answer;
    };
    return p;
}

} // namespace omv
