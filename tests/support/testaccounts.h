#pragma once

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace omv::test
{

/// The other users a test plays (issue 26): a foreign user, a viewers group and a member of it,
/// made with useradd/groupadd for this test (root only) and removed when the object dies. Names
/// carry `tag` so that two test programs never share them; leftovers of a test that was killed
/// are removed before they are made again.
class TestAccounts
{
public:
    explicit TestAccounts(const QString& tag);
    ~TestAccounts();
    /// `logIn`: with a shell and an unlocked (keys only) account, for an sshd to let them in, and
    /// a third user, the owner (a collector's), whose home is `ownerHome` (made and given to it).
    bool create(QString* error, bool logIn = false, const QString& ownerHome = QString());

    QString group() const { return m_group; }
    gid_t gid() const { return m_gid; }
    QString foreign() const { return m_foreign; }
    uid_t foreignUid() const { return m_foreignUid; }
    QString member() const { return m_member; }
    uid_t memberUid() const { return m_memberUid; }
    QString owner() const { return m_owner; }
    uid_t ownerUid() const { return m_ownerUid; }
    QStringList asOwner() const;
    /// setpriv's arguments to run a program as the foreign user, or as the member (with the
    /// viewers group among its groups).
    QStringList asForeign() const;
    QStringList asMember() const;

private:
    void remove();
    QString m_group, m_foreign, m_member, m_owner;
    gid_t m_gid = gid_t(-1);
    uid_t m_foreignUid = uid_t(-1), m_memberUid = uid_t(-1), m_ownerUid = uid_t(-1);
    bool m_made = false;
};

} // namespace omv::test
