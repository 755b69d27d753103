#pragma once

#include "core/backend/backendfactory.h"
#include "core/profile/clusterprofile.h"

#include <QDialog>

#include <memory>
#include <mutex>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace omv
{

/// The cluster a user picked: the emulated demo cluster or a profile file.
struct ClusterChoice {
    bool demo = false;
    QString profilePath;
    QString demoKernel; ///< demo: the kernel omsim emulates ("linux"); empty: openMosix
};

/// Create, edit, test and pick cluster profiles. Profiles live in profilesDir() (one INI file
/// each, 0600); files elsewhere can be added and are remembered. The first entry is always the
/// demo cluster. "Test" connects to the gateway on a worker thread and reports what answered.
class ClustersDialog : public QDialog
{
    Q_OBJECT
public:
    /// `prompts` answer host-key and passphrase questions during a test.
    explicit ClustersDialog(SshPrompts prompts, QWidget* parent = nullptr);
    /// Cuts a test still connecting short; it ends on its own thread and reports to nobody.
    ~ClustersDialog() override;

    /// `~/.config/openmosixview/clusters`, shared by every program of the suite.
    static QString profilesDir();
    ClusterChoice choice() const { return m_choice; }

    /// Selects the entry for `profilePath` (empty: the demo cluster).
    void select(const QString& profilePath);
    /// The form as a profile (what Save writes).
    ClusterProfile formProfile() const;
    /// Saves the form to its file (a new profile gets one in profilesDir()); false with a message
    /// on the dialog when the form is not a valid profile.
    bool save();
    /// Starts a test of the form's profile; `tested` reports the outcome.
    void test();
    QString testResult() const;

signals:
    void tested(bool ok, const QString& message);

private:
    void reload(const QString& selectPath);
    void onCurrentChanged();
    void fillForm(const ClusterProfile& p);
    void setEditable(bool on);
    void updateDatabaseHint();
    void newProfile();
    void addExisting();
    void deleteProfile();
    void open();
    void showProblem(const QString& text);
    QString currentPath() const;
    bool currentIsDemo() const;
    QLineEdit* pathField(const QString& name, const QString& tip, QWidget** row);

    SshPrompts m_prompts;
    ClusterChoice m_choice;
    ClusterProfile m_loaded; ///< what the form started from: keys the form does not show are kept
    QString m_editingPath; ///< file of the entry in the form; empty for a new profile
    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_add;
    QPushButton* m_delete;
    QWidget* m_form;
    QLineEdit* m_name;
    QComboBox* m_backend;
    QComboBox* m_transport;
    QLineEdit* m_gateway;
    QLineEdit* m_nodes;
    QLineEdit* m_map;
    QLineEdit* m_user;
    QSpinBox* m_port;
    QLineEdit* m_identity;
    QLineEdit* m_knownHosts;
    QLineEdit* m_database;
    QPushButton* m_test;
    QPushButton* m_save;
    QLabel* m_result;
    QLabel* m_demoNote;
    QDialogButtonBox* m_buttons;
    int m_testsRunning = 0;
    // A test's backend, made on its worker thread (backend=auto asks the gateway first).
    struct TestRun {
        std::mutex mutex;
        std::shared_ptr<ClusterBackend> backend;
    };
    QList<std::weak_ptr<TestRun>> m_testing;
};

} // namespace omv
