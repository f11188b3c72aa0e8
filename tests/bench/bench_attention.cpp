// Timings of the attention core: one full update (computeAll) and one query's
// row (computeQuery), on random words with a fixed seed so every run gets the
// same input. numpy_reference.py times the same full update in NumPy.
#include "attention/attention.h"

#include <benchmark/benchmark.h>

#include <Eigen/Core>

#include <cstdint>
#include <random>

namespace {

constexpr std::uint32_t kSeed = 20240601;

// N×d words, one per row, with coordinates uniform in [-1, 1].
Eigen::MatrixXd randomWords(Eigen::Index wordCount, Eigen::Index dimension)
{
    std::mt19937_64 generator(kSeed);
    std::uniform_real_distribution<double> coordinate(-1.0, 1.0);
    Eigen::MatrixXd words(wordCount, dimension);
    for (Eigen::Index i = 0; i < wordCount; ++i) {
        for (Eigen::Index j = 0; j < dimension; ++j)
            words(i, j) = coordinate(generator);
    }
    return words;
}

// The default settings give Q = K = V = X and
// S = X·Xᵀ/√d, the computation numpy_reference.py repeats.
void BM_ComputeAll(benchmark::State &state)
{
    const Eigen::MatrixXd words = randomWords(state.range(0), state.range(1));
    const attention::Settings settings;
    attention::Result result;

    attention::computeAll(words, settings, result);
    if (result.status != attention::Status::Ok) {
        state.SkipWithError("computeAll rejected the benchmark input");
        return;
    }

    for (auto _ : state) {
        attention::computeAll(words, settings, result);
        benchmark::DoNotOptimize(result.outputs.data());
        benchmark::ClobberMemory();
    }
}
BENCHMARK(BM_ComputeAll)
    ->ArgNames({"N", "d"})
    ->Args({5, 2})
    ->Args({100, 2})
    ->Args({1000, 2})
    ->Args({512, 64})
    ->Unit(benchmark::kMicrosecond);

// Times the row of the middle word, as when the user drags it.
void BM_ComputeQuery(benchmark::State &state)
{
    const Eigen::MatrixXd words = randomWords(state.range(0), state.range(1));
    const attention::Settings settings;
    const Eigen::Index query = words.rows() / 2;

    for (auto _ : state) {
        attention::QueryResult result = attention::computeQuery(words, settings, query);
        benchmark::DoNotOptimize(result.output.data());
        benchmark::ClobberMemory();
    }
}
BENCHMARK(BM_ComputeQuery)
    ->ArgNames({"N", "d"})
    ->Args({5, 2})
    ->Args({100, 2})
    ->Args({1000, 2})
    ->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
