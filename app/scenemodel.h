// The document: words, query and attention settings, with undo.
#pragma once

#include "attention/attention.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <functional>

class QTimer;
class QUndoStack;

struct Word
{
    QString label;
    QPointF vector;

    // Palette slot of the word's colour. The model assigns it when the word
    // enters the scene and keeps it through reordering and deletions, so a
    // word keeps its colour; -1 means "by position". Not saved in files.
    int color = -1;

    // Two words are equal when their label and vector are: the colour is a
    // view property.
    friend bool operator==(const Word &a, const Word &b)
    {
        return a.label == b.label && a.vector == b.vector;
    }
};

// Returns the palette slot of word `index`: its own, or its position.
inline int paletteSlot(const QList<Word> &words, int index)
{
    return words.at(index).color >= 0 ? words.at(index).color : index;
}

struct Scene
{
    QString title;
    QString description;
    QList<Word> words; // sentence order, which the causal mask depends on
    int query = -1;    // index into words; -1 only when there are no words
    attention::Settings settings;
};

// Returns the text of an undo step in the current language. The model calls
// it when the step is pushed and again after each language switch, so it
// must capture values, not pointers to widgets that may be gone by then.
using UndoText = std::function<QString()>;

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

    // Emits a pending resultChanged() now instead of at the next event-loop
    // turn, so that views are current before they are rendered off screen.
    void flushPendingChanges();

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

    // Moves word `index` by `delta`, as a keyboard nudge does. Consecutive
    // nudges of one word merge into one undo step. The result is rounded to
    // nine decimals, so ten nudges of 0.1 from 0 give exactly 1.
    void nudgeWord(int index, QPointF delta);

    // Sets word `index` to typed coordinates, as one undo step.
    void setWordVector(int index, QPointF vector);

    // Appends a word and returns its index. The first word of an empty scene
    // becomes the query.
    int addWord(const QString &label, QPointF vector);

    void renameWord(int index, const QString &label);
    void removeWord(int index);

    // Moves word `from` to position `to` in the sentence; the query stays on
    // the same word.
    void reorderWord(int from, int to);

    // Replaces all words (an import), keeping the title and settings.
    void replaceWords(const QList<Word> &words, const UndoText &actionText);

    // The word that keyboard actions apply to, shared by the canvas and the
    // table; -1 for none. A view state, so changing it records no undo step.
    int currentWord() const { return m_currentWord; }
    void setCurrentWord(int index);

    // The word under the pointer in a view that explains one word (the worked
    // steps, the heatmap), which the canvas and the chart then highlight; -1
    // for none. A view state like currentWord().
    int highlightedWord() const { return m_highlightedWord; }
    void setHighlightedWord(int index);

    // Replaces the attention settings as one undo step named by `actionText`.
    // Consecutive changes with the same `mergeKey` (a slider being dragged)
    // merge into one step; 0 never merges. Invalid settings (rejected by
    // attention::validate) are ignored and return false.
    bool setAttentionSettings(const attention::Settings &settings, const UndoText &actionText,
                              int mergeKey = 0);

    // Sets the text of every command on the undo stack anew in the current
    // language. Only widgets receive QEvent::LanguageChange, so the window
    // calls this on it.
    void retranslateUndoCommands();

    // Returns the vector rounded to nine decimals. Sums and multiples of steps
    // such as 0.1 drift in binary (0.1 + 0.2 is 0.30000000000000004). The
    // rounding removes that drift and nothing a person could place by hand.
    static QPointF roundToNanoGrid(QPointF vector);

    // Returns the vector clamped to the coordinate limit that the core accepts.
    // Edits clamp finite vectors with it and ignore NaN or infinite ones.
    static QPointF clampToLimit(QPointF vector);

    // Used by the undo commands only.
    void applySettings(const attention::Settings &settings);
    void applyWordVector(int index, QPointF vector);
    void applyQuery(int index);
    void applyWords(const QList<Word> &words, int query);

signals:
    // The number, order or labels of the words changed: rebuild per-word items.
    void wordsReset();
    // A new scene replaced the old one (after its wordsReset()): a view may
    // frame it afresh.
    void sceneReset();
    void queryChanged(int index);
    void titleChanged(const QString &title);
    void currentWordChanged(int index);
    void highlightedWordChanged(int index);
    void settingsChanged();
    // Emitted at most once per event-loop turn after any change above.
    void resultChanged();

private:
    void markResultStale();

    // Pushes one undo step that changes the word list to `words` and the
    // query to `query`.
    void pushWordsEdit(const UndoText &text, const QList<Word> &words, int query);

    Scene m_scene;
    int m_currentWord = -1;
    int m_highlightedWord = -1;
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
