#include "testaccounts.h"

#include <QDir>

#include <QProcess>

#include <grp.h>
#include <pwd.h>

namespace omv::test
{

namespace
{

bool run(const QString& program, const QStringList& args, QString* error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ")
                + QString::fromLocal8Bit(p.readAll()).trimmed();
        return false;
    }
    return true;
}

} // namespace

TestAccounts::TestAccounts(const QString& tag)
    : m_group(QStringLiteral("omv-%1-v").arg(tag))
    , m_foreign(QStringLiteral("omv-%1-f").arg(tag))
    , m_member(QStringLiteral("omv-%1-m").arg(tag))
    , m_owner(QStringLiteral("omv-%1-o").arg(tag))
{
}

TestAccounts::~TestAccounts()
{
    if (m_made)
        remove();
}

void TestAccounts::remove()
{
    // userdel takes the user's own group with it.
    for (const QString& user : { m_foreign, m_member, m_owner })
        run(QStringLiteral("userdel"), { user }, nullptr);
    run(QStringLiteral("groupdel"), { m_group }, nullptr);
}

bool TestAccounts::create(QString* error, bool logIn, const QString& ownerHome)
{
    remove(); // what a killed run left
    // "*": no password, yet not locked ("!"), which an sshd without PAM would refuse.
    const QStringList common { QStringLiteral("--system"), QStringLiteral("--no-create-home"),
        QStringLiteral("--shell"), logIn ? QStringLiteral("/bin/sh") : QStringLiteral("/usr/sbin/nologin"),
        QStringLiteral("--user-group"), QStringLiteral("--password"),
        logIn ? QStringLiteral("*") : QStringLiteral("!") };
    if (!run(QStringLiteral("groupadd"), { QStringLiteral("--system"), m_group }, error)
        || !run(QStringLiteral("useradd"), common + QStringList { m_foreign }, error)
        || !run(
            QStringLiteral("useradd"), common + QStringList { QStringLiteral("--groups"), m_group, m_member }, error))
        return false;
    m_made = true;
    if (logIn) {
        if (!run(QStringLiteral("useradd"), common + QStringList { QStringLiteral("--home-dir"), ownerHome, m_owner },
                error)
            || !QDir().mkpath(ownerHome)
            || !run(QStringLiteral("chown"), { m_owner + QStringLiteral(":") + m_owner, ownerHome }, error))
            return false;
        const passwd* o = ::getpwnam(m_owner.toLocal8Bit().constData());
        if (!o) {
            *error = QStringLiteral("the owner was made but cannot be looked up");
            return false;
        }
        m_ownerUid = o->pw_uid;
    }
    const struct group* g = ::getgrnam(m_group.toLocal8Bit().constData());
    const passwd* f = ::getpwnam(m_foreign.toLocal8Bit().constData());
    if (!g || !f) {
        *error = QStringLiteral("the accounts were made but cannot be looked up");
        return false;
    }
    m_gid = g->gr_gid;
    m_foreignUid = f->pw_uid;
    const passwd* m = ::getpwnam(m_member.toLocal8Bit().constData());
    if (!m) {
        *error = QStringLiteral("the member was made but cannot be looked up");
        return false;
    }
    m_memberUid = m->pw_uid;
    return true;
}

QStringList TestAccounts::asForeign() const
{
    return { QStringLiteral("--reuid=") + m_foreign, QStringLiteral("--regid=") + m_foreign,
        QStringLiteral("--init-groups") };
}

QStringList TestAccounts::asOwner() const
{
    return { QStringLiteral("--reuid=") + m_owner, QStringLiteral("--regid=") + m_owner,
        QStringLiteral("--init-groups") };
}

QStringList TestAccounts::asMember() const
{
    return { QStringLiteral("--reuid=") + m_member, QStringLiteral("--regid=") + m_member,
        QStringLiteral("--init-groups") };
}

} // namespace omv::test
