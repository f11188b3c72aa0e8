#include "scenecommands.h"

#include "scenemodel.h"

MoveWordCommand::MoveWordCommand(SceneModel *model, int index, QPointF from, QPointF to)
    : m_model(model)
    , m_index(index)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Move “%1”").arg(model->words().at(index).label));
}

void MoveWordCommand::undo()
{
    m_model->applyWordVector(m_index, m_from);
}

void MoveWordCommand::redo()
{
    m_model->applyWordVector(m_index, m_to);
}

SetQueryCommand::SetQueryCommand(SceneModel *model, int from, int to)
    : m_model(model)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Make “%1” the query").arg(model->words().at(to).label));
}

void SetQueryCommand::undo()
{
    m_model->applyQuery(m_from);
}

void SetQueryCommand::redo()
{
    m_model->applyQuery(m_to);
}
