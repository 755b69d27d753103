#include "clustersdialog.h"

#include "core/backend/clusterbackend.h"
#include "core/backend/kerneldriver.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include "core/util/workerthreads.h"
#include <QToolButton>
#include <QVBoxLayout>

namespace omv
{

namespace
{

// The Kernel field's item for backend=auto (BackendKind values are 0 and up).
constexpr int kAutoBackend = -1;

const QString kExtraKey = QStringLiteral("clusters/extraProfiles");

// The file name a new profile gets from its name: plain characters only, never hidden, unique.
QString fileFor(const QString& name)
{
    QString base = name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base.prepend(QStringLiteral("cluster"));
    const QDir dir(ClustersDialog::profilesDir());
    QString path = dir.filePath(base + QStringLiteral(".ini"));
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = dir.filePath(base + QStringLiteral("-%1.ini").arg(i));
    return path;
}

} // namespace

ClustersDialog::ClustersDialog(SshPrompts prompts, QWidget* parent)
    : QDialog(parent)
    , m_prompts(std::move(prompts))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Clusters"));
    setObjectName(QStringLiteral("clustersDialog"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setToolTip(tr("Your clusters; the demo cluster is an emulated one on this machine"));
    m_list->setMinimumWidth(220);
    m_new = new QPushButton(tr("Ne&w"), this);
    m_new->setObjectName(QStringLiteral("new"));
    m_new->setToolTip(tr("Start a new profile from an empty form"));
    m_add = new QPushButton(tr("A&dd file…"), this);
    m_add->setToolTip(tr("Add a profile file kept elsewhere; it stays where it is"));
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setToolTip(tr("Delete the selected profile file (asks first); added files are only forgotten"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_delete);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setToolTip(tr("The name shown in window titles"));
    m_backend = new QComboBox(m_form);
    m_backend->setObjectName(QStringLiteral("backend"));
    m_backend->addItem(tr("Automatic (ask the gateway)"), kAutoBackend);
    for (const KernelDriver* driver : kernelDrivers())
        m_backend->addItem(driver->title(), int(driver->kind()));
    m_backend->setToolTip(tr("The kernel the nodes run"));
    m_transport = new QComboBox(m_form);
    m_transport->setObjectName(QStringLiteral("transport"));
    m_transport->addItem(tr("ssh to every node"), int(ClusterProfile::TransportKind::Ssh));
    m_transport->addItem(tr("this machine is the only node"), int(ClusterProfile::TransportKind::Local));
    m_transport->setToolTip(tr("How commands reach the nodes"));
    m_gateway = new QLineEdit(m_form);
    m_gateway->setObjectName(QStringLiteral("gateway"));
    m_gateway->setToolTip(tr("A node whose kernel table lists every node (host name or address)"));
    m_nodes = new QLineEdit(m_form);
    m_nodes->setObjectName(QStringLiteral("nodes"));
    m_nodes->setPlaceholderText(tr("node[01-16], gpu1"));
    m_nodes->setToolTip(tr("Plain Linux: every node, by address or ssh host name (~/.ssh/config's names work); "
                           "ranges as pdsh writes them. IDs are their order"));
    QWidget* mapRow = nullptr;
    m_map = pathField(QStringLiteral("map"),
        tr("Optional: node addresses in openMosix map format (ID address count); otherwise the gateway's table "
           "is used"),
        &mapRow);
    m_user = new QLineEdit(m_form);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("as in ~/.ssh/config, else your own"));
    m_user->setToolTip(tr("The user ssh logs in as on every node (commands like mosctl need root)"));
    m_port = new QSpinBox(m_form);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_port->setToolTip(tr("The ssh port of the nodes; \"default\" takes ~/.ssh/config's or 22"));
    QWidget* identityRow = nullptr;
    m_identity = pathField(QStringLiteral("identity"),
        tr("The private key to log in with; ssh-agent is tried first. A key with a passphrase asks for it"),
        &identityRow);
    QWidget* knownRow = nullptr;
    m_knownHosts = pathField(QStringLiteral("knownHosts"),
        tr("Where host keys are checked and saved (default ~/.ssh/known_hosts). An unknown key is shown to you "
           "first; a changed key is always refused"),
        &knownRow);
    QWidget* dbRow = nullptr;
    m_database = pathField(QStringLiteral("database"),
        tr("The history database the collector writes for this cluster (default: one per cluster in your data "
           "folder)"),
        &dbRow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kernel:"), m_backend);
    form->addRow(tr("&Reach nodes by:"), m_transport);
    form->addRow(tr("&Gateway:"), m_gateway);
    form->addRow(tr("N&odes:"), m_nodes);
    // The node list is for a kernel without a node table to ask (plain Linux), or not known yet.
    const auto nodesNamed = [this] {
        const int kind = m_backend->currentData().toInt();
        m_nodes->setEnabled(kind == kAutoBackend || !kernelListsNodes(BackendKind(kind)));
    };
    connect(m_backend, QOverload<int>::of(&QComboBox::currentIndexChanged), this, nodesNamed);
    form->addRow(tr("Node &map file:"), mapRow);
    form->addRow(tr("ssh &user:"), m_user);
    form->addRow(tr("ssh &port:"), m_port);
    form->addRow(tr("&Identity:"), identityRow);
    form->addRow(tr("known_&hosts:"), knownRow);
    form->addRow(tr("Data&base:"), dbRow);

    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("test"));
    m_test->setToolTip(tr("Connect to the gateway with these settings and read every node once"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setToolTip(tr("Write the profile file"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setTextFormat(Qt::PlainText); // node answers and errors are shown as they are
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoNote = new QLabel(
        tr("An emulated openMosix cluster (omsim) started on this machine for as long as the window is open. "
           "Nothing to set up."),
        this);
    m_demoNote->setWordWrap(true);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_save);
    testRow->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_demoNote);
    right->addWidget(m_form);
    right->addLayout(testRow);
    right->addWidget(m_result);
    right->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Open)->setToolTip(tr("Watch the selected cluster (saves the form first)"));
    m_buttons->button(QDialogButtonBox::Open)->setObjectName(QStringLiteral("open"));
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(columns, 1);
    outer->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &ClustersDialog::updateDatabaseHint);
    connect(m_list, &QListWidget::currentRowChanged, this, &ClustersDialog::onCurrentChanged);
    connect(m_list, &QListWidget::itemActivated, this, &ClustersDialog::open);
    connect(m_new, &QPushButton::clicked, this, &ClustersDialog::newProfile);
    connect(m_add, &QPushButton::clicked, this, &ClustersDialog::addExisting);
    connect(m_delete, &QPushButton::clicked, this, &ClustersDialog::deleteProfile);
    connect(m_test, &QPushButton::clicked, this, &ClustersDialog::test);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClustersDialog::open);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload(QString());
    resize(760, 480);
}

QString ClustersDialog::profilesDir()
{
    return ClusterProfile::savedProfilesDir();
}

QLineEdit* ClustersDialog::pathField(const QString& name, const QString& tip, QWidget** row)
{
    auto* box = new QWidget(m_form);
    auto* l = new QHBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(box);
    edit->setObjectName(name);
    edit->setToolTip(tip);
    auto* browse = new QToolButton(box);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the file"));
    connect(browse, &QToolButton::clicked, this, [this, edit] {
        const QString start = edit->text().isEmpty() ? QDir::homePath() : edit->text();
        const QString f = QFileDialog::getOpenFileName(
            this, tr("Choose a file"), start, QString(), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!f.isEmpty())
            edit->setText(f);
    });
    l->addWidget(edit, 1);
    l->addWidget(browse);
    *row = box;
    return edit;
}

void ClustersDialog::reload(const QString& selectPath)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto* demo = new QListWidgetItem(tr("Demo cluster (emulated)"), m_list);
    demo->setToolTip(tr("omsim on this machine"));
    auto* plain = new QListWidgetItem(tr("Demo, plain Linux"), m_list);
    plain->setToolTip(tr("omsim on this machine, emulating stock kernels; processes move by checkpoint/restart"));
    plain->setData(Qt::UserRole + 1, QStringLiteral("linux"));
    QStringList paths;
    const QDir dir(profilesDir());
    for (const QFileInfo& fi : dir.entryInfoList({ QStringLiteral("*.ini") }, QDir::Files, QDir::Name))
        paths << fi.absoluteFilePath();
    for (const QString& extra : QSettings().value(kExtraKey).toStringList()) {
        if (!paths.contains(extra))
            paths << extra;
    }
    int selectRow = 0;
    for (const QString& path : qAsConst(paths)) {
        const Result<ClusterProfile> p = ClusterProfile::load(path);
        // A broken file is listed all the same, so it can be mended or deleted here.
        auto* item = new QListWidgetItem(p.ok() ? p->name : QFileInfo(path).completeBaseName(), m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(p.ok() ? path : p.errorString());
        if (!p.ok())
            item->setForeground(Qt::red);
        if (path == selectPath)
            selectRow = m_list->count() - 1;
    }
    m_list->setCurrentRow(selectRow);
    onCurrentChanged();
}

void ClustersDialog::select(const QString& profilePath)
{
    const QString want = profilePath.isEmpty() ? QString() : QFileInfo(profilePath).absoluteFilePath();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == want) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    if (!want.isEmpty()) { // a profile named on the command line or remembered, not listed yet
        QStringList extra = QSettings().value(kExtraKey).toStringList();
        extra << want;
        QSettings().setValue(kExtraKey, extra);
        reload(want);
    }
}

QString ClustersDialog::currentPath() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool ClustersDialog::currentIsDemo() const
{
    return m_list->currentRow() <= 1 && m_editingPath.isEmpty() && m_list->currentItem()
        && m_list->currentItem()->data(Qt::UserRole).toString().isEmpty();
}

void ClustersDialog::onCurrentChanged()
{
    m_result->clear();
    const QString path = currentPath();
    m_editingPath = path;
    if (path.isEmpty()) { // a demo cluster
        const bool plain = m_list->currentItem()
            && m_list->currentItem()->data(Qt::UserRole + 1).toString() == QLatin1String("linux");
        m_demoNote->setText(plain
                ? tr("An emulated cluster of plain Linux nodes (omsim, stock kernels; processes move by "
                     "checkpoint/restart through omsim's stand-in for criu) "
                     "started on this machine for as long as the window is open. Nothing to set up.")
                : tr("An emulated openMosix cluster (omsim) started on this machine for as long as "
                     "the window is open. Nothing to set up."));
        fillForm(ClusterProfile());
        setEditable(false);
        return;
    }
    setEditable(true);
    const Result<ClusterProfile> p = ClusterProfile::load(path);
    if (p.ok()) {
        fillForm(p.value());
    } else {
        // Show what can be read so it can be mended; the problem goes to the result line.
        ClusterProfile partial;
        QSettings ini(path, QSettings::IniFormat);
        partial.name = ini.value(QStringLiteral("cluster/name"), QFileInfo(path).completeBaseName()).toString();
        partial.gateway = ini.value(QStringLiteral("cluster/gateway")).toString();
        partial.sshUser = ini.value(QStringLiteral("ssh/user")).toString();
        fillForm(partial);
        showProblem(p.errorString());
    }
}

void ClustersDialog::fillForm(const ClusterProfile& p)
{
    m_loaded = p;
    m_name->setText(p.name);
    m_backend->setCurrentIndex(qMax(0, m_backend->findData(p.autoBackend ? kAutoBackend : int(p.backend))));
    m_transport->setCurrentIndex(qMax(0, m_transport->findData(int(p.transport))));
    m_gateway->setText(p.gateway);
    m_nodes->setText(p.nodes.join(QStringLiteral(", ")));
    m_nodes->setEnabled(p.autoBackend || !kernelListsNodes(p.backend));
    m_map->setText(p.mapFile);
    m_user->setText(p.sshUser);
    m_port->setValue(p.sshPort);
    m_identity->setText(p.sshIdentity);
    m_knownHosts->setText(p.sshKnownHosts);
    m_database->setText(p.database);
}

void ClustersDialog::updateDatabaseHint()
{
    ClusterProfile p;
    p.name = m_name->text().trimmed();
    m_database->setPlaceholderText(tr("default: %1").arg(p.databasePath()));
}

void ClustersDialog::setEditable(bool on)
{
    m_form->setVisible(on);
    m_demoNote->setVisible(!on);
    m_save->setEnabled(on);
    m_test->setEnabled(on && m_testsRunning == 0);
    updateDatabaseHint();
    m_delete->setEnabled(on && !m_editingPath.isEmpty());
}

ClusterProfile ClustersDialog::formProfile() const
{
    ClusterProfile p = m_loaded;
    p.name = m_name->text().trimmed();
    p.autoBackend = m_backend->currentData().toInt() == kAutoBackend;
    p.backend = p.autoBackend ? BackendKind() : BackendKind(m_backend->currentData().toInt());
    p.transport = ClusterProfile::TransportKind(m_transport->currentData().toInt());
    p.gateway = m_gateway->text().trimmed();
    QString unused;
    p.nodes = ClusterProfile::expandHostList(m_nodes->text(), &unused); // save() reports what is wrong
    if (!p.autoBackend && !kernelListsNodes(p.backend) && p.gateway == m_loaded.gateway && !m_loaded.nodes.isEmpty()
        && m_loaded.gateway == m_loaded.nodes.first())
        p.gateway.clear(); // it was the first node by default: it follows the list
    p.mapFile = m_map->text().trimmed();
    p.sshUser = m_user->text().trimmed();
    p.sshPort = m_port->value();
    p.sshIdentity = m_identity->text().trimmed();
    p.sshKnownHosts = m_knownHosts->text().trimmed();
    p.database = m_database->text().trimmed();
    return p;
}

void ClustersDialog::showProblem(const QString& text)
{
    m_result->setStyleSheet(QStringLiteral("color: #b00000"));
    m_result->setText(text);
}

bool ClustersDialog::save()
{
    const ClusterProfile p = formProfile();
    if (p.name.isEmpty()) {
        showProblem(tr("Give the cluster a name."));
        return false;
    }
    QString nodesError;
    ClusterProfile::expandHostList(m_nodes->text(), &nodesError);
    if (!nodesError.isEmpty()) {
        showProblem(tr("Nodes: %1").arg(nodesError));
        return false;
    }
    const QString path = m_editingPath.isEmpty() ? fileFor(p.name) : m_editingPath;
    // Written to a scratch copy and read back first: a form that does not make a valid profile
    // never replaces a working file.
    QTemporaryDir scratch;
    QString error;
    const QString trial = scratch.filePath(QStringLiteral("trial.ini"));
    if (!p.save(trial, &error)) {
        showProblem(error);
        return false;
    }
    const Result<ClusterProfile> check = ClusterProfile::load(trial);
    if (!check.ok()) {
        showProblem(check.errorString().replace(trial, path));
        return false;
    }
    if (!p.save(path, &error)) {
        showProblem(error);
        return false;
    }
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Saved %1").arg(path));
    const QString saved = m_result->text();
    reload(path);
    m_result->setText(saved);
    return true;
}

void ClustersDialog::test()
{
    const ClusterProfile form = formProfile();
    QTemporaryDir scratch;
    QString error;
    const QString trial = scratch.filePath(QStringLiteral("trial.ini"));
    if (!form.save(trial, &error)) {
        showProblem(error);
        emit tested(false, m_result->text());
        return;
    }
    const Result<ClusterProfile> p = ClusterProfile::load(trial);
    if (!p.ok()) {
        showProblem(p.errorString());
        emit tested(false, m_result->text());
        return;
    }
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting to %1…").arg(form.gateway));
    m_test->setEnabled(false);
    ++m_testsRunning;
    // Asking the gateway which kernel it runs (backend=auto) and the snapshot wait on the network
    // (and maybe on a host-key question): a worker thread.
    auto run = std::make_shared<TestRun>();
    m_testing << run; // cut short if the dialog closes first
    struct Found {
        ClusterSnapshot snap;
        QString error, detected;
        int kind = -1;
    };
    threads::run(
        this, QStringLiteral("omv-cluster-test"),
        [run, profile = p.value(), prompts = m_prompts](const threads::Task&) {
            Found f;
            std::shared_ptr<ClusterBackend> backend(createBackend(profile, prompts, &f.error, &f.detected));
            {
                std::lock_guard<std::mutex> lock(run->mutex);
                run->backend = backend;
            }
            if (backend) {
                f.snap = backend->snapshot();
                f.kind = int(backend->kind());
            }
            return f;
        },
        [this](const Found& found) {
            const ClusterSnapshot& snap = found.snap;
            const QString& error = found.error;
            const QString& detected = found.detected;
            const int kind = found.kind;
            --m_testsRunning;
            m_test->setEnabled(!m_form->isHidden());
            if (!error.isEmpty()) {
                showProblem(error);
                emit tested(false, m_result->text());
                return;
            }
            if (!detected.isEmpty()) // what it found is what Save keeps
                m_backend->setCurrentIndex(qMax(0, m_backend->findData(kind)));
            int up = 0;
            for (const NodeSample& n : snap.nodes)
                up += n.up ? 1 : 0;
            const bool ok = !snap.nothingAnswered() && snap.gatewayError.isEmpty();
            QString text = detected.isEmpty() ? QString() : tr("Found: %1.").arg(detected) + QLatin1Char('\n');
            if (!snap.gatewayError.isEmpty())
                text += snap.gatewayError
                    + (snap.gatewayErrorDetail.isEmpty() ? QString() : QLatin1Char('\n') + snap.gatewayErrorDetail);
            else
                text += tr("%n node(s) listed, %1 up", nullptr, snap.nodes.size()).arg(up);
            if (!snap.nodeErrors.isEmpty())
                text += QLatin1Char('\n')
                    + tr("%n node(s) not answering, first: %1", nullptr, snap.nodeErrors.size())
                          .arg(snap.nodeErrors.cbegin().value());
            if (ok) {
                m_result->setStyleSheet(QString());
                m_result->setText(text);
            } else {
                showProblem(text);
            }
            emit tested(ok, text);
        });
}

ClustersDialog::~ClustersDialog()
{
    for (const std::weak_ptr<TestRun>& r : std::as_const(m_testing)) {
        if (const std::shared_ptr<TestRun> run = r.lock()) {
            std::lock_guard<std::mutex> lock(run->mutex);
            if (run->backend)
                run->backend->transports().abortAll();
        }
    }
}

QString ClustersDialog::testResult() const
{
    return m_result->text();
}

void ClustersDialog::newProfile()
{
    const QSignalBlocker block(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_editingPath.clear();
    ClusterProfile fresh;
    fresh.name = tr("new cluster");
    fresh.autoBackend = true; // the gateway says which kernel it runs
    fillForm(fresh);
    setEditable(true);
    m_result->clear();
    m_name->setFocus();
    m_name->selectAll();
}

void ClustersDialog::addExisting()
{
    const QString f = QFileDialog::getOpenFileName(
        this, tr("Add a cluster profile"), QDir::homePath(), tr("Cluster profiles (*.ini);;All files (*)"));
    if (f.isEmpty())
        return;
    select(f);
}

void ClustersDialog::deleteProfile()
{
    const QString path = m_editingPath;
    if (path.isEmpty())
        return;
    QStringList extra = QSettings().value(kExtraKey).toStringList();
    if (extra.contains(path)) {
        extra.removeAll(path);
        QSettings().setValue(kExtraKey, extra);
        reload(QString());
        return;
    }
    if (QMessageBox::question(this, tr("Delete profile"), tr("Delete the profile file %1?").arg(path))
        != QMessageBox::Yes)
        return;
    if (!QFile::remove(path)) {
        showProblem(tr("Cannot delete %1").arg(path));
        return;
    }
    reload(QString());
}

void ClustersDialog::open()
{
    if (currentIsDemo()) {
        m_choice = ClusterChoice { true, QString(), m_list->currentItem()->data(Qt::UserRole + 1).toString() };
        accept();
        return;
    }
    if (!save())
        return;
    m_choice = ClusterChoice { false, m_editingPath, QString() };
    accept();
}

} // namespace omv
