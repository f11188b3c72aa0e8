#!/usr/bin/env python3
"""Time the attention core's full update in NumPy, as a reference for bench_attention.cpp.

The computation matches attention::computeAll with default settings:
Q = K = V = X, S = X·Xᵀ/√d, W = row-wise softmax(S) with the row maximum
subtracted first, O = W·V. Words are seeded uniform random numbers in [-1, 1].
NumPy's generator is not std::mt19937_64, so the words differ from the C++
benchmark's but follow the same distribution.

Each size is timed with timeit: autorange picks a loop count that runs for at
least 0.2 s, the timer repeats that --repeats times, and the script prints the
median time per call in microseconds, like Google Benchmark's _median rows.
"""

import argparse
import platform
import statistics
import sys
import timeit

import numpy as np

# (N, d) pairs, in the order bench_attention.cpp registers them.
SIZES = [(5, 2), (100, 2), (1000, 2), (512, 64)]
SEED = 20240601


def compute_all(words):
    """Compute (weights, outputs) of scaled dot-product attention with Q = K = V = words."""
    scores = (words @ words.T) / np.sqrt(words.shape[1])
    weights = np.exp(scores - scores.max(axis=1, keepdims=True))
    weights /= weights.sum(axis=1, keepdims=True)
    outputs = weights @ words
    return weights, outputs


def time_per_call(words, repeats):
    """Time compute_all and return (median seconds per call over `repeats` runs, calls per run)."""
    timer = timeit.Timer(lambda: compute_all(words))
    loops, _ = timer.autorange()
    runs = timer.repeat(repeat=repeats, number=loops)
    return statistics.median(run / loops for run in runs), loops


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeats",
        type=int,
        default=20,
        help="number of timed runs per size, of which the median is printed (default: 20)",
    )
    args = parser.parse_args()
    if args.repeats < 1:
        parser.error(f"--repeats must be at least 1, got {args.repeats}")

    print(f"NumPy {np.__version__} on Python {platform.python_version()} ({sys.executable})")
    print(f"median of {args.repeats} runs, each the mean over the loop count shown")
    print(f"{'Benchmark':<36}{'Time':>14}{'Loops':>12}")
    print("-" * 62)

    generator = np.random.default_rng(SEED)
    for word_count, dimension in SIZES:
        words = generator.uniform(-1.0, 1.0, size=(word_count, dimension))
        seconds, loops = time_per_call(words, args.repeats)
        name = f"numpy_compute_all/N:{word_count}/d:{dimension}_median"
        print(f"{name:<36}{seconds * 1e6:>11.3f} us{loops:>12}")


if __name__ == "__main__":
    main()
