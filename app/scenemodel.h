// The document: words, query and attention settings, with undo.
#pragma once

#include "attention/attention.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

class QTimer;
class QUndoStack;

struct Word
{
    QString label;
    QPointF vector;

    friend bool operator==(const Word &, const Word &) = default;
};

struct Scene
{
    QString title;
    QString description;
    QList<Word> words; // sentence order, which the causal mask depends on
    int query = -1;    // index into words; -1 only when there are no words
    attention::Settings settings;
};

// Owns the scene and its QUndoStack. Views read from it and change it only
// through its methods, each of which pushes an undo command (except the
// preview during a drag, which the drag's final command records).
//
// Every change marks the attention result stale and schedules one
// resultChanged() for the next event-loop turn, so a burst of mouse moves
// costs one recomputation and one repaint.
class SceneModel : public QObject
{
    Q_OBJECT

public:
    explicit SceneModel(QObject *parent = nullptr);
    ~SceneModel() override;

    QUndoStack *undoStack() const { return m_undoStack; }

    const Scene &scene() const { return m_scene; }
    const QList<Word> &words() const { return m_scene.words; }
    int wordCount() const { return int(m_scene.words.size()); }
    int queryIndex() const { return m_scene.query; }
    const attention::Settings &attentionSettings() const { return m_scene.settings; }

    // The attention of every query, recomputed here if an edit made it stale,
    // so it always matches words() and attentionSettings().
    const attention::Result &result() const;

    // The query's row alone, in O(N): what the canvas, chart and table show.
    // Cheaper than result() when only one row is needed, as while dragging.
    const attention::QueryResult &queryResult() const;

    // Replaces the whole scene and clears the undo history.
    void resetScene(const Scene &scene);

    // Moves a word during a drag without an undo step; the caller finishes
    // the drag with moveWord(), or cancels it by previewing the old vector.
    void previewWordVector(int index, QPointF vector);

    // Records one undo step that moves word `index` from `from` to `to`. The
    // model may already hold `to` from a preview.
    void moveWord(int index, QPointF from, QPointF to);

    // Makes word `index` the query, as one undo step.
    void setQuery(int index);

    // Returns the vector clamped to the coordinate limit that the core accepts.
    // Edits clamp finite vectors with it and ignore NaN or infinite ones.
    static QPointF clampToLimit(QPointF vector);

    // Used by the undo commands only.
    void applyWordVector(int index, QPointF vector);
    void applyQuery(int index);

signals:
    // The number, order or labels of the words changed: rebuild per-word items.
    void wordsReset();
    void wordVectorChanged(int index);
    void queryChanged(int index);
    void titleChanged(const QString &title);
    // Emitted at most once per event-loop turn after any change above.
    void resultChanged();

private:
    void markResultStale();

    Scene m_scene;
    QUndoStack *m_undoStack;
    QTimer *m_resultTimer;
    mutable attention::Result m_result;
    mutable attention::QueryResult m_queryResult;
    mutable bool m_resultStale = true;
    mutable bool m_queryResultStale = true;
};

// The sentence from the workshop notebook: "The cat, which had been sleeping
// on the couch, suddenly jumped.", with "jumped" as the query.
Scene notebookScene();
