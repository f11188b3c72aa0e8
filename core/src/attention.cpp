#include "attention/attention.h"

#include <Eigen/Dense>

#include <cmath>

namespace attention {

namespace {

using Eigen::Index;

// Status of a matrix whose entries must be finite and at most `limit` in magnitude.
enum class EntryCheck { Ok, NonFinite, OutOfRange };

EntryCheck checkEntries(const Eigen::MatrixXd &matrix, double limit)
{
    if (!matrix.allFinite())
        return EntryCheck::NonFinite;
    if (matrix.size() > 0 && matrix.cwiseAbs().maxCoeff() > limit)
        return EntryCheck::OutOfRange;
    return EntryCheck::Ok;
}

Index projectedDimension(const Eigen::MatrixXd &projection, Index wordDimension)
{
    return projection.size() == 0 ? wordDimension : projection.rows();
}

// Returns X·Wᵀ, the projected words one per row, computed into `storage`. For
// the identity (an empty W) it returns `words` itself and copies nothing.
const Eigen::MatrixXd &project(const Eigen::MatrixXd &words, const Eigen::MatrixXd &projection,
                               Eigen::MatrixXd &storage)
{
    if (projection.size() == 0)
        return words;
    storage.resize(words.rows(), projection.rows());
    storage.noalias() = words * projection.transpose();
    return storage;
}

double scoreDivisor(const Settings &settings, Index keyDimension)
{
    const bool scaled = settings.scaling == Scaling::SqrtKeyDimension && keyDimension > 0;
    const double sqrtKeyDimension = scaled ? std::sqrt(static_cast<double>(keyDimension)) : 1.0;
    return sqrtKeyDimension * settings.temperature;
}

// Writes softmax of the first `visible` entries of `scores` into `weights` and
// zeros the rest. Works on matrix rows and on vectors alike.
template<typename In, typename Out>
void maskedSoftmax(const In &scores, Out &&weights, Index visible)
{
    const Index count = scores.size();
    if (visible <= 0) {
        weights.setZero();
        return;
    }

    const double maximum = scores.head(visible).maxCoeff();
    weights.head(visible) = (scores.head(visible).array() - maximum).exp().matrix();

    // The maximum entry contributes exp(0) = 1, so the sum is at least 1. A
    // multiply by the reciprocal is cheaper than a divide per entry.
    weights.head(visible) *= 1.0 / weights.head(visible).sum();
    weights.tail(count - visible).setZero();
}

void clear(Result &result, Status status)
{
    result.status = status;
    result.keyDimension = 0;
    result.dotProducts.resize(0, 0);
    result.scores.resize(0, 0);
    result.weights.resize(0, 0);
    result.outputs.resize(0, 0);
}

} // namespace

std::string_view statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return "ok";
    case Status::NonFiniteWord:
        return "a word coordinate is not a finite number";
    case Status::CoordinateOutOfRange:
        return "a word coordinate exceeds the limit of 1e6";
    case Status::NonFiniteProjection:
        return "a projection matrix entry is not a finite number";
    case Status::ProjectionOutOfRange:
        return "a projection matrix entry exceeds the limit of 1e3";
    case Status::ProjectionShapeMismatch:
        return "the projection matrices do not fit the word dimension";
    case Status::InvalidTemperature:
        return "the temperature is outside 0.001 to 1000";
    }
    return "unknown status";
}

Status validate(const Eigen::MatrixXd &words, const Settings &settings)
{
    switch (checkEntries(words, kCoordinateLimit)) {
    case EntryCheck::NonFinite:
        return Status::NonFiniteWord;
    case EntryCheck::OutOfRange:
        return Status::CoordinateOutOfRange;
    case EntryCheck::Ok:
        break;
    }

    const Index d = words.cols();
    for (const Eigen::MatrixXd *projection :
         {&settings.queryProjection, &settings.keyProjection, &settings.valueProjection}) {
        if (projection->size() != 0 && projection->cols() != d)
            return Status::ProjectionShapeMismatch;
        switch (checkEntries(*projection, kProjectionLimit)) {
        case EntryCheck::NonFinite:
            return Status::NonFiniteProjection;
        case EntryCheck::OutOfRange:
            return Status::ProjectionOutOfRange;
        case EntryCheck::Ok:
            break;
        }
    }
    if (projectedDimension(settings.queryProjection, d) != projectedDimension(settings.keyProjection, d))
        return Status::ProjectionShapeMismatch;

    // Written so that NaN fails the test as well.
    if (!(settings.temperature >= kMinTemperature && settings.temperature <= kMaxTemperature))
        return Status::InvalidTemperature;

    return Status::Ok;
}

void computeAll(const Eigen::MatrixXd &words, const Settings &settings, Result &result)
{
    const Status status = validate(words, settings);
    if (status != Status::Ok) {
        clear(result, status);
        return;
    }

    const Index n = words.rows();
    const Index d = words.cols();
    result.status = Status::Ok;
    result.causal = settings.causal;
    result.keyDimension = projectedDimension(settings.keyProjection, d);

    Eigen::MatrixXd queryStorage, keyStorage, valueStorage;
    const Eigen::MatrixXd &queries = project(words, settings.queryProjection, queryStorage);
    const Eigen::MatrixXd &keys = project(words, settings.keyProjection, keyStorage);
    const Eigen::MatrixXd &values = project(words, settings.valueProjection, valueStorage);

    result.dotProducts.resize(n, n);
    result.dotProducts.noalias() = queries * keys.transpose();
    // A multiply by the reciprocal replaces a divide per entry, so a score may
    // differ from q·k / (√d_k·T) by about one ulp. computeQuery rounds the same way.
    result.scores = result.dotProducts * (1.0 / scoreDivisor(settings, result.keyDimension));

    result.weights.resize(n, n);
    for (Index i = 0; i < n; ++i) {
        const Index visible = settings.causal ? i + 1 : n;
        maskedSoftmax(result.scores.row(i), result.weights.row(i), visible);
    }

    result.outputs.resize(n, values.cols());
    result.outputs.noalias() = result.weights * values;
}

Result computeAll(const Eigen::MatrixXd &words, const Settings &settings)
{
    Result result;
    computeAll(words, settings, result);
    return result;
}

QueryResult computeQuery(const Eigen::MatrixXd &words, const Settings &settings, Index query)
{
    QueryResult result;
    result.status = validate(words, settings);
    const Index n = words.rows();
    if (result.status != Status::Ok || query < 0 || query >= n)
        return result;

    const Index d = words.cols();
    result.keyDimension = projectedDimension(settings.keyProjection, d);
    result.visibleKeys = settings.causal ? query + 1 : n;

    Eigen::VectorXd q = words.row(query).transpose();
    if (settings.queryProjection.size() != 0)
        q = settings.queryProjection * q;
    Eigen::MatrixXd keyStorage;
    const Eigen::MatrixXd &keys = project(words, settings.keyProjection, keyStorage);

    result.dotProducts.resize(n);
    result.dotProducts.noalias() = keys * q;
    result.scores = result.dotProducts * (1.0 / scoreDivisor(settings, result.keyDimension));

    result.weights.resize(n);
    maskedSoftmax(result.scores, result.weights, result.visibleKeys);

    // Σ_j w_j·(W_V·x_j) = W_V·(Σ_j w_j·x_j): one pass over the words, then one
    // small matrix-vector product.
    Eigen::VectorXd mixedWords(d);
    mixedWords.noalias() = words.transpose() * result.weights;
    if (settings.valueProjection.size() == 0)
        result.output = mixedWords;
    else
        result.output = settings.valueProjection * mixedWords;

    return result;
}

Eigen::VectorXd softmax(const Eigen::VectorXd &x)
{
    Eigen::VectorXd weights(x.size());
    maskedSoftmax(x, weights, x.size());
    return weights;
}

double entropy(const Eigen::Ref<const Eigen::VectorXd> &weights)
{
    double sum = 0.0;
    for (const double w : weights) {
        if (w > 0.0)
            sum -= w * std::log(w);
    }
    return sum;
}

} // namespace attention
