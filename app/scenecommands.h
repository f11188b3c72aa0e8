// Undo commands of the scene model. Each stores the values before and after
// the change, so undo and redo never depend on the state of other commands.
#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QUndoCommand>

class SceneModel;

class MoveWordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveWordCommand)

public:
    MoveWordCommand(SceneModel *model, int index, QPointF from, QPointF to);

    void undo() override;
    // Safe when the model already holds the new vector (after a drag preview).
    void redo() override;

private:
    SceneModel *m_model;
    int m_index;
    QPointF m_from;
    QPointF m_to;
};

class SetQueryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetQueryCommand)

public:
    SetQueryCommand(SceneModel *model, int from, int to);

    void undo() override;
    void redo() override;

private:
    SceneModel *m_model;
    int m_from;
    int m_to;
};
