#include "scenemodel.h"

#include "eigenconversion.h"
#include "logging.h"
#include "scenecommands.h"

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

SceneModel::~SceneModel() = default;

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

void SceneModel::resetScene(const Scene &scene)
{
    m_undoStack->clear();
    m_scene = scene;
    for (Word &word : m_scene.words)
        word.vector = clampToLimit(word.vector);
    if (m_scene.words.isEmpty())
        m_scene.query = -1;
    else if (m_scene.query < 0 || m_scene.query >= wordCount())
        m_scene.query = wordCount() - 1;

    emit titleChanged(m_scene.title);
    emit wordsReset();
    emit queryChanged(m_scene.query);
    markResultStale();
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
    emit wordVectorChanged(index);
    markResultStale();
}

void SceneModel::applyQuery(int index)
{
    if (index == m_scene.query)
        return;
    m_scene.query = index;
    emit queryChanged(index);
    markResultStale();
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
