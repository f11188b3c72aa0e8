#include "scenecommands.h"

#include "scenemodel.h"

namespace {

// Command ids for QUndoCommand::mergeWith(); -1 (the default) never merges.
constexpr int kNudgeCommandId = 1;
constexpr int kSettingsCommandId = 2;

} // namespace

MoveWordCommand::MoveWordCommand(SceneModel *model, int index, QPointF from, QPointF to, Kind kind)
    : m_model(model)
    , m_index(index)
    , m_label(model->words().at(index).label)
    , m_from(from)
    , m_to(to)
    , m_kind(kind)
{
    retranslate();
}

QString MoveWordCommand::describe() const
{
    switch (m_kind) {
    case Kind::Typed:
        return tr("Set coordinates of “%1”").arg(m_label);
    case Kind::Drag:
    case Kind::Nudge:
        break;
    }
    return tr("Move “%1”").arg(m_label);
}

int MoveWordCommand::id() const
{
    return m_kind == Kind::Nudge ? kNudgeCommandId : -1;
}

bool MoveWordCommand::mergeWith(const QUndoCommand *other)
{
    const auto *nudge = static_cast<const MoveWordCommand *>(other);
    if (nudge->m_index != m_index)
        return false;
    m_to = nudge->m_to;
    return true;
}

void MoveWordCommand::undo()
{
    m_model->applyWordVector(m_index, m_from);
}

void MoveWordCommand::redo()
{
    m_model->applyWordVector(m_index, m_to);
}

EditWordsCommand::EditWordsCommand(SceneModel *model, UndoText text, State before, State after)
    : m_model(model)
    , m_text(std::move(text))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    retranslate();
}

void EditWordsCommand::undo()
{
    m_model->applyWords(m_before.words, m_before.query);
}

void EditWordsCommand::redo()
{
    m_model->applyWords(m_after.words, m_after.query);
}

SetSettingsCommand::SetSettingsCommand(SceneModel *model, UndoText text, attention::Settings before,
                                       attention::Settings after, int mergeKey)
    : m_model(model)
    , m_text(std::move(text))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
    retranslate();
}

void SetSettingsCommand::undo()
{
    m_model->applySettings(m_before);
}

void SetSettingsCommand::redo()
{
    m_model->applySettings(m_after);
}

int SetSettingsCommand::id() const
{
    return m_mergeKey != 0 ? kSettingsCommandId : -1;
}

bool SetSettingsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSettingsCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    m_text = next->m_text;
    retranslate();
    return true;
}

SetQueryCommand::SetQueryCommand(SceneModel *model, int from, int to)
    : m_model(model)
    , m_from(from)
    , m_to(to)
    , m_label(model->words().at(to).label)
{
    retranslate();
}

QString SetQueryCommand::describe() const
{
    return tr("Make “%1” the query").arg(m_label);
}

void SetQueryCommand::undo()
{
    m_model->applyQuery(m_from);
}

void SetQueryCommand::redo()
{
    m_model->applyQuery(m_to);
}
