#include "scenemodel.h"

#include "eigenconversion.h"
#include "logging.h"
#include "scenecommands.h"
#include "scenefile.h"
#include "wordpalette.h"

#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

SceneModel::SceneModel(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_resultTimer(new QTimer(this))
{
    // A zero interval fires once the event loop has handled the pending
    // input events, which coalesces a burst of edits into one signal.
    m_resultTimer->setSingleShot(true);
    m_resultTimer->setInterval(0);
    connect(m_resultTimer, &QTimer::timeout, this, &SceneModel::resultChanged);
}

SceneModel::~SceneModel()
{
    // The stack, a child object, is deleted after this model's members, and
    // its destructor clears it, which emits indexChanged. Views listening to
    // that would then read words that are gone.
    m_undoStack->blockSignals(true);
}

namespace {

Eigen::MatrixXd wordMatrix(const QList<Word> &words)
{
    QList<QPointF> vectors;
    vectors.reserve(words.size());
    for (const Word &word : words)
        vectors.append(word.vector);
    return conversion::toWordMatrix(vectors);
}

} // namespace

const attention::QueryResult &SceneModel::queryResult() const
{
    if (m_queryResultStale) {
        m_queryResult = attention::computeQuery(wordMatrix(m_scene.words), m_scene.settings, m_scene.query);
        m_queryResultStale = false;
    }
    return m_queryResult;
}

const attention::Result &SceneModel::result() const
{
    if (m_resultStale) {
        attention::computeAll(wordMatrix(m_scene.words), m_scene.settings, m_result);
        if (m_result.status != attention::Status::Ok)
            qCWarning(lcModel) << "attention rejected the scene:"
                               << attention::statusName(m_result.status).data();
        m_resultStale = false;
    }
    return m_result;
}

void SceneModel::flushPendingChanges()
{
    if (!m_resultTimer->isActive())
        return;
    m_resultTimer->stop();
    emit resultChanged();
}

void SceneModel::resetScene(const Scene &scene)
{
    m_undoStack->clear();
    setCurrentWord(-1);
    setHighlightedWord(-1);
    m_scene = scene;
    for (int i = 0; i < wordCount(); ++i) {
        m_scene.words[i].vector = clampToLimit(m_scene.words[i].vector);
        m_scene.words[i].color = i;
    }
    if (m_scene.words.isEmpty())
        m_scene.query = -1;
    else if (m_scene.query < 0 || m_scene.query >= wordCount())
        m_scene.query = wordCount() - 1;

    // Stale first, so that slots of the signals below read fresh results.
    markResultStale();
    emit titleChanged(m_scene.title);
    emit settingsChanged();
    emit wordsReset();
    emit sceneReset();
    emit queryChanged(m_scene.query);
}

void SceneModel::previewWordVector(int index, QPointF vector)
{
    applyWordVector(index, vector);
}

void SceneModel::moveWord(int index, QPointF from, QPointF to)
{
    if (index < 0 || index >= wordCount())
        return;
    from = clampToLimit(from);
    to = clampToLimit(to);
    if (from == to) {
        // A drag that ends where it began still has to undo its preview.
        applyWordVector(index, to);
        return;
    }
    m_undoStack->push(new MoveWordCommand(this, index, from, to));
}

void SceneModel::setQuery(int index)
{
    if (index < 0 || index >= wordCount() || index == m_scene.query)
        return;
    m_undoStack->push(new SetQueryCommand(this, m_scene.query, index));
}

void SceneModel::nudgeWord(int index, QPointF delta)
{
    if (index < 0 || index >= wordCount())
        return;

    // Ten additions of 0.1 sum to 0.9999999999999999 without the rounding.
    const QPointF from = m_scene.words[index].vector;
    const QPointF to = clampToLimit(roundToNanoGrid(from + delta));
    if (to == from)
        return;
    m_undoStack->push(new MoveWordCommand(this, index, from, to, MoveWordCommand::Kind::Nudge));
}

void SceneModel::setWordVector(int index, QPointF vector)
{
    if (index < 0 || index >= wordCount() || !std::isfinite(vector.x()) || !std::isfinite(vector.y()))
        return;
    const QPointF from = m_scene.words[index].vector;
    const QPointF to = clampToLimit(vector);
    if (to == from)
        return;
    m_undoStack->push(new MoveWordCommand(this, index, from, to, MoveWordCommand::Kind::Typed));
}

int SceneModel::addWord(const QString &label, QPointF vector)
{
    if (wordCount() >= SceneFile::kMaxWords)
        return -1;
    // The new word takes the palette slot that the fewest words use, so
    // its colour differs from its neighbours' as long as slots are free.
    QList<int> uses(wordpalette::kColorCount, 0);
    for (const Word &word : m_scene.words)
        ++uses[std::max(word.color, 0) % wordpalette::kColorCount];
    const int slot = int(std::min_element(uses.cbegin(), uses.cend()) - uses.cbegin());

    QList<Word> words = m_scene.words;
    words.append({label.left(SceneFile::kMaxLabelLength), clampToLimit(vector), slot});
    const int query = m_scene.query < 0 ? 0 : m_scene.query;
    pushWordsEdit([label] { return tr("Add “%1”").arg(label); }, words, query);
    return wordCount() - 1;
}

void SceneModel::renameWord(int index, const QString &label)
{
    if (index < 0 || index >= wordCount() || m_scene.words[index].label == label)
        return;
    QList<Word> words = m_scene.words;
    const QString oldLabel = words[index].label;
    words[index].label = label.left(SceneFile::kMaxLabelLength);
    pushWordsEdit([oldLabel, label] { return tr("Rename “%1” to “%2”").arg(oldLabel, label); }, words,
                  m_scene.query);
}

void SceneModel::removeWord(int index)
{
    if (index < 0 || index >= wordCount())
        return;
    QList<Word> words = m_scene.words;
    const QString label = words.takeAt(index).label;

    // The query stays on its word; when the query itself goes, the word that
    // takes its place (or the new last word) becomes the query.
    int query = m_scene.query;
    if (index < query || (index == query && query == int(words.size())))
        --query;
    pushWordsEdit([label] { return tr("Delete “%1”").arg(label); }, words, query);
}

void SceneModel::reorderWord(int from, int to)
{
    if (from < 0 || from >= wordCount() || to < 0 || to >= wordCount() || from == to)
        return;
    QList<Word> words = m_scene.words;
    words.move(from, to);

    // Follow the query word through the move.
    int query = m_scene.query;
    if (query == from)
        query = to;
    else if (from < query && query <= to)
        --query;
    else if (to <= query && query < from)
        ++query;
    const QString label = words[to].label;
    const bool earlier = to < from;
    pushWordsEdit(
        [label, earlier] {
            return earlier ? tr("Move “%1” earlier").arg(label) : tr("Move “%1” later").arg(label);
        },
        words, query);
    setCurrentWord(to);
}

void SceneModel::replaceWords(const QList<Word> &words, const UndoText &actionText)
{
    QList<Word> clamped = words;
    for (int i = 0; i < clamped.size(); ++i) {
        clamped[i].vector = clampToLimit(clamped[i].vector);
        clamped[i].color = i;
    }
    pushWordsEdit(actionText, clamped, clamped.isEmpty() ? -1 : int(clamped.size()) - 1);
}

void SceneModel::setHighlightedWord(int index)
{
    if (index < -1 || index >= wordCount())
        index = -1;
    if (index == m_highlightedWord)
        return;
    m_highlightedWord = index;
    emit highlightedWordChanged(index);
}

bool SceneModel::setAttentionSettings(const attention::Settings &settings, const UndoText &actionText,
                                      int mergeKey)
{
    // Checked against the current words, and against one word when there
    // are none, so projection shapes are checked either way.
    const Eigen::MatrixXd probe = wordCount() > 0 ? wordMatrix(m_scene.words) : Eigen::MatrixXd::Zero(1, 2);
    if (attention::validate(probe, settings) != attention::Status::Ok)
        return false;
    m_undoStack->push(new SetSettingsCommand(this, actionText, m_scene.settings, settings, mergeKey));
    return true;
}

void SceneModel::applySettings(const attention::Settings &settings)
{
    m_scene.settings = settings;
    // Stale first, so that slots of the signal below read fresh results.
    markResultStale();
    emit settingsChanged();
}

void SceneModel::retranslateUndoCommands()
{
    // QUndoStack hands out its commands as const, but a new text changes
    // nothing that undo or redo depends on.
    for (int i = 0; i < m_undoStack->count(); ++i) {
        if (auto *command = dynamic_cast<SceneCommand *>(const_cast<QUndoCommand *>(m_undoStack->command(i))))
            command->retranslate();
    }
}

void SceneModel::setCurrentWord(int index)
{
    if (index < -1 || index >= wordCount())
        index = -1;
    if (index == m_currentWord)
        return;
    m_currentWord = index;
    emit currentWordChanged(index);
}

void SceneModel::pushWordsEdit(const UndoText &text, const QList<Word> &words, int query)
{
    m_undoStack->push(new EditWordsCommand(this, text, {m_scene.words, m_scene.query}, {words, query}));
}

void SceneModel::applyWords(const QList<Word> &words, int query)
{
    setHighlightedWord(-1);
    m_scene.words = words;
    m_scene.query = words.isEmpty() ? -1 : std::clamp(query, 0, int(words.size()) - 1);
    if (m_currentWord >= wordCount())
        setCurrentWord(wordCount() - 1);
    // Stale first, so that slots of the signals below read fresh results.
    markResultStale();
    emit wordsReset();
    emit queryChanged(m_scene.query);
}

QPointF SceneModel::roundToNanoGrid(QPointF vector)
{
    const auto round = [](double value) { return std::round(value * 1e9) / 1e9; };
    return {round(vector.x()), round(vector.y())};
}

QPointF SceneModel::clampToLimit(QPointF vector)
{
    constexpr double limit = attention::kCoordinateLimit;
    return {std::clamp(vector.x(), -limit, limit), std::clamp(vector.y(), -limit, limit)};
}

void SceneModel::applyWordVector(int index, QPointF vector)
{
    if (index < 0 || index >= wordCount())
        return;
    if (!std::isfinite(vector.x()) || !std::isfinite(vector.y())) {
        qCWarning(lcModel) << "ignored a non-finite vector for word" << index << vector;
        return;
    }
    vector = clampToLimit(vector);
    QPointF &current = m_scene.words[index].vector;
    if (current == vector)
        return;
    current = vector;
    markResultStale();
}

void SceneModel::applyQuery(int index)
{
    if (index == m_scene.query)
        return;
    m_scene.query = index;
    // Stale first, so that slots of the signals below read fresh results.
    markResultStale();
    emit queryChanged(index);
}

void SceneModel::markResultStale()
{
    m_resultStale = true;
    m_queryResultStale = true;
    m_resultTimer->start();
}

Scene notebookScene()
{
    Scene scene;
    scene.title = QStringLiteral("The cat, which had been sleeping on the couch, suddenly jumped.");
    scene.words = {
        {QStringLiteral("cat"), {1.0, 0.0}},    {QStringLiteral("sleeping"), {0.8, 0.3}},
        {QStringLiteral("couch"), {0.4, 0.6}},  {QStringLiteral("suddenly"), {0.1, 0.9}},
        {QStringLiteral("jumped"), {0.9, 0.1}},
    };
    scene.query = 4;
    return scene;
}
