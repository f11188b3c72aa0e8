// Undo commands of the scene model. Each stores the values before and after
// the change, so undo and redo never depend on the state of other commands.
#pragma once

#include "scenemodel.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QUndoCommand>

class MoveWordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveWordCommand)

public:
    // Nudges of one word merge with each other; drags and typed coordinates
    // are one step each.
    enum class Kind { Drag, Nudge, Typed };

    MoveWordCommand(SceneModel *model, int index, QPointF from, QPointF to, Kind kind = Kind::Drag);

    void undo() override;
    // Safe when the model already contains the new vector (after a drag preview).
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SceneModel *m_model;
    int m_index;
    QPointF m_from;
    QPointF m_to;
    Kind m_kind;
};

// A change of the word list (add, rename, delete, reorder, import), stored as
// the whole list and query before and after: a sentence is short, and one
// command type then covers every structural edit.
class EditWordsCommand : public QUndoCommand
{
public:
    struct State
    {
        QList<Word> words;
        int query = -1;
    };

    EditWordsCommand(SceneModel *model, const QString &text, State before, State after);

    void undo() override;
    void redo() override;

private:
    SceneModel *m_model;
    State m_before;
    State m_after;
};

// A change of the attention settings. Steps with the same non-zero merge key
// (the moves of one slider drag) merge into one.
class SetSettingsCommand : public QUndoCommand
{
public:
    SetSettingsCommand(SceneModel *model, const QString &text, attention::Settings before,
                       attention::Settings after, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SceneModel *m_model;
    attention::Settings m_before;
    attention::Settings m_after;
    int m_mergeKey;
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
