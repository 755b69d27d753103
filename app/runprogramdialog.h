#pragma once

#include "core/backend/clusterbackend.h"
#include "core/model/clustersnapshot.h"

#include <QDialog>
#include <QMap>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace omv
{

class ClusterSession;

/// Starts a program on a node of the cluster under one of openMosix's policies (mosrun and its
/// wrappers), over ssh; the program and its arguments go to the node as quoted words. Modes the
/// backend does not offer are disabled with the reason. "Parallel over nodes A..B" starts one copy
/// on each of those nodes and reports each.
class RunProgramDialog : public QDialog
{
    Q_OBJECT
public:
    /// The modes, in the order they are listed; Parallel is this dialog's own (one copy per node).
    enum Choice { Normal, NoMigration, RunHome, RunOnNode, CpuJob, IoJob, NoDecay, SlowDecay, FastDecay, Parallel };

    RunProgramDialog(ClusterSession* session, const ClusterSnapshot& snapshot, QWidget* parent = nullptr);

    void setCommandLine(const QString& text);
    /// Selects a mode; false when it is disabled.
    bool setChoice(Choice choice);
    QRadioButton* modeButton(Choice choice) const { return m_modes.value(choice); }
    void setHomeNode(NodeId node);
    void setTargetNode(NodeId node);
    void setParallelRange(NodeId from, NodeId to);
    QPushButton* runButton() const { return m_run; }
    /// The commands Run would send now; `error` says why there are none.
    QVector<Command> commands(QString* error) const;
    QString results() const;

signals:
    void finished(const QVector<omv::CommandOutcome>& outcomes);

private:
    void run();
    void showOutcomes(const QVector<CommandOutcome>& outcomes);
    void updateEnabled();

    ClusterSession* m_session;
    QLineEdit* m_program;
    QComboBox* m_home;
    QComboBox* m_target;
    QSpinBox* m_from;
    QSpinBox* m_to;
    QButtonGroup* m_group;
    QMap<int, QRadioButton*> m_modes;
    QLabel* m_reason;
    QPlainTextEdit* m_results;
    QPushButton* m_run;
};

} // namespace omv
