// The one place where Qt geometry meets the Eigen types of the attention core.
#pragma once

#include <Eigen/Core>

#include <QList>
#include <QPointF>

namespace conversion {

// Returns the N×2 matrix with one word vector per row, in sentence order.
inline Eigen::MatrixXd toWordMatrix(const QList<QPointF> &vectors)
{
    Eigen::MatrixXd words(vectors.size(), 2);
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        words(i, 0) = vectors[i].x();
        words(i, 1) = vectors[i].y();
    }
    return words;
}

// Returns the first two entries of a row or column as a point; a shorter
// vector gives the origin so an empty result draws nothing.
template<typename Derived>
QPointF toPointF(const Eigen::DenseBase<Derived> &vector)
{
    if (vector.size() < 2)
        return {};
    return {vector(0), vector(1)};
}

} // namespace conversion
