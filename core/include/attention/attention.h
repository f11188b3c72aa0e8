// Scaled dot-product attention over a handful of word vectors.
//
// The module links Eigen only, so the app, the command line, the tests and the
// benchmarks all share the same arithmetic and every number can be checked
// without a display.
#pragma once

#include <Eigen/Core>

#include <cstddef>
#include <string_view>

namespace attention {

// Row-major so that one query's row of scores or weights is contiguous.
using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Limits on the input. Within them every score stays below 1e21·d_k·d² (a
// projected coordinate is at most d·1e9, and T ≥ 1e-3), far from the double
// overflow at 1.8e308, so valid input never yields a NaN or infinite number.
// Input beyond them is rejected with a Status, never clamped silently.
inline constexpr double kCoordinateLimit = 1e6;
inline constexpr double kProjectionLimit = 1e3;
inline constexpr double kMinTemperature = 1e-3;
inline constexpr double kMaxTemperature = 1e3;

enum class Scaling {
    SqrtKeyDimension, // score = q·k / √d_k, as in "Attention Is All You Need"
    None,             // score = q·k
};

// Outcome of validating the input. Everything except Ok means no numbers were
// computed and the result contains empty matrices.
enum class Status {
    Ok,
    NonFiniteWord,           // a word coordinate is NaN or ±inf
    CoordinateOutOfRange,    // |coordinate| > kCoordinateLimit
    NonFiniteProjection,     // a W_Q, W_K or W_V entry is NaN or ±inf
    ProjectionOutOfRange,    // |entry| > kProjectionLimit
    ProjectionShapeMismatch, // W_Q, W_K, W_V do not fit the word dimension
    InvalidTemperature,      // T is NaN or outside [kMinTemperature, kMaxTemperature]
};

// English name of a status for logs and the command line; the app shows its
// own translated sentences.
std::string_view statusName(Status status);

struct Settings
{
    Scaling scaling = Scaling::SqrtKeyDimension;

    // Divides the scaled scores: T > 1 flattens the weights, T < 1 sharpens them.
    double temperature = 1.0;

    // Query i attends to keys 0..i only, in sentence order.
    bool causal = false;

    // Projections applied as q = W_Q·x, k = W_K·x, v = W_V·x with x a column
    // vector and each matrix given row by row (the layout of a PyTorch Linear
    // weight). W_Q and W_K are d_k×d, W_V is d_v×d. An empty matrix means the
    // d×d identity, so q = k = v = x.
    Eigen::MatrixXd queryProjection;
    Eigen::MatrixXd keyProjection;
    Eigen::MatrixXd valueProjection;
};

// Attention of every query over every key. N is the number of words, rows of
// each N×N matrix follow the query order and columns the key order.
struct Result
{
    Status status = Status::Ok;

    // Dimension of the projected queries and keys, the d_k in √d_k. With
    // d_k = 0 every score is 0 and the scaling divides by 1.
    Eigen::Index keyDimension = 0;
    bool causal = false;

    // dotProducts(i, j) = q_i·k_j.
    RowMatrix dotProducts;

    // scores(i, j) = q_i·k_j / (√d_k · T), the softmax input. Entries hidden
    // by the causal mask keep their value here but get weight 0.
    RowMatrix scores;

    // weights(i, ·) = softmax(scores(i, ·)) over the visible keys. Each row
    // sums to 1 within N·1e-15; hidden keys are exactly 0; equal scores get
    // equal weights.
    RowMatrix weights;

    // outputs(i, ·) = Σ_j weights(i, j)·v_j, an N×d_v matrix.
    RowMatrix outputs;

    // True when the causal mask hides `key` from `query` (key after query).
    bool isMasked(Eigen::Index query, Eigen::Index key) const { return causal && key > query; }
};

// Attention of one query, for views that show a single row.
struct QueryResult
{
    Status status = Status::Ok;
    Eigen::Index keyDimension = 0;
    Eigen::VectorXd dotProducts;  // q·k_j for every key j
    Eigen::VectorXd scores;       // the softmax input for every key j
    Eigen::VectorXd weights;      // sums to 1; 0 for keys hidden by the mask
    Eigen::VectorXd output;       // Σ_j w_j·v_j, length d_v
    Eigen::Index visibleKeys = 0; // keys 0..visibleKeys-1 take part

    // True when the causal mask hides `key` from this query.
    bool isMasked(Eigen::Index key) const { return key >= visibleKeys; }
};

// Checks the words (an N×d matrix, one word per row) and the settings against
// the documented limits without computing anything.
Status validate(const Eigen::MatrixXd &words, const Settings &settings);

// Computes attention for all queries at once with matrix products:
// Q = X·W_Qᵀ, K = X·W_Kᵀ, V = X·W_Vᵀ, S = Q·Kᵀ / (√d_k·T), W = softmax_rows(S),
// O = W·V. Storage in `result` is reused when its shapes already fit.
// Invalid input sets result.status and leaves the matrices empty instead of
// throwing; only a failed allocation (std::bad_alloc) can throw. Zero words
// give 0×0 matrices with status Ok.
void computeAll(const Eigen::MatrixXd &words, const Settings &settings, Result &result);
Result computeAll(const Eigen::MatrixXd &words, const Settings &settings);

// Computes one query's row in O(N·d) for the drag path. A query index outside
// 0..N-1 yields empty vectors with status Ok, so an empty scene needs no
// special case in the caller.
QueryResult computeQuery(const Eigen::MatrixXd &words, const Settings &settings, Eigen::Index query);

// Returns softmax(x)_i = exp(x_i − max x) / Σ_j exp(x_j − max x). Subtracting
// the maximum keeps exp ≤ 1, so finite input gives finite output summing to 1;
// an empty x gives an empty result.
Eigen::VectorXd softmax(const Eigen::VectorXd &x);

// Shannon entropy −Σ w ln w of a weight vector in nats, with 0·ln 0 = 0.
double entropy(const Eigen::Ref<const Eigen::VectorXd> &weights);

} // namespace attention
