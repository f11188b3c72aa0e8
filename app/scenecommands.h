// Undo commands of the scene model. Each stores the values before and after
// the change, so undo and redo never depend on the state of other commands.
#pragma once

#include "scenemodel.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QUndoCommand>

// The base of every scene command: a command that can set its text anew, so
// that Edit › Undo follows a switch of the interface language.
class SceneCommand : public QUndoCommand
{
public:
    // Sets text() to describe() in the current language.
    void retranslate() { setText(describe()); }

protected:
    // Returns the command's text in the current language.
    virtual QString describe() const = 0;
};

class MoveWordCommand : public SceneCommand
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

protected:
    QString describe() const override;

private:
    SceneModel *m_model;
    int m_index;
    QString m_label; // when the command was made, as a later rename must not change it
    QPointF m_from;
    QPointF m_to;
    Kind m_kind;
};

// A change of the word list (add, rename, delete, reorder, import), stored as
// the whole list and query before and after: a sentence is short, and one
// command type then covers every structural edit.
class EditWordsCommand : public SceneCommand
{
public:
    struct State
    {
        QList<Word> words;
        int query = -1;
    };

    EditWordsCommand(SceneModel *model, UndoText text, State before, State after);

    void undo() override;
    void redo() override;

protected:
    QString describe() const override { return m_text(); }

private:
    SceneModel *m_model;
    UndoText m_text;
    State m_before;
    State m_after;
};

// A change of the attention settings. Steps with the same non-zero merge key
// (the moves of one slider drag) merge into one, named by the last step.
class SetSettingsCommand : public SceneCommand
{
public:
    SetSettingsCommand(SceneModel *model, UndoText text, attention::Settings before,
                       attention::Settings after, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    QString describe() const override { return m_text(); }

private:
    SceneModel *m_model;
    UndoText m_text;
    attention::Settings m_before;
    attention::Settings m_after;
    int m_mergeKey;
};

class SetQueryCommand : public SceneCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetQueryCommand)

public:
    SetQueryCommand(SceneModel *model, int from, int to);

    void undo() override;
    void redo() override;

protected:
    QString describe() const override;

private:
    SceneModel *m_model;
    int m_from;
    int m_to;
    QString m_label; // of the new query when the command was made
};
