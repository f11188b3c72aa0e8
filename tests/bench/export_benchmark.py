#!/usr/bin/env python3
"""Time a PNG figure export end to end against the notebook's own route.

Both sides run as fresh processes, as a lecturer would run them from a
script: `attention-explorer --export figure.png` (the default figure,
1920x1080) against a Python process that imports NumPy and matplotlib,
computes the notebook's weights and saves its bar chart as a 1920x1080 PNG
(matplotlib's default PNG settings). Prints the median and the 95th
percentile of the wall time of each, and their ratio.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

NOTEBOOK_ROUTE = r'''
import sys
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

words = ["cat", "sleeping", "couch", "suddenly", "jumped"]
vectors = {"cat": np.array([1.0, 0.0]), "sleeping": np.array([0.8, 0.3]), "couch": np.array([0.4, 0.6]),
           "suddenly": np.array([0.1, 0.9]), "jumped": np.array([0.9, 0.1])}
q = vectors["jumped"]
scores = np.array([np.dot(q, vectors[w]) / np.sqrt(2) for w in words])
e = np.exp(scores - np.max(scores))
weights = e / e.sum()
plt.figure(figsize=(19.2, 10.8), dpi=100)
plt.bar(words, weights, color="skyblue")
plt.title("Attention Weights from 'jumped'")
plt.ylabel("Weight")
plt.grid(axis="y")
plt.savefig(sys.argv[1], dpi=100)
'''


def time_runs(command, runs, env=None):
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    samples = []
    for _ in range(runs):
        begin = time.perf_counter()
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append((time.perf_counter() - begin) * 1000.0)
    samples.sort()
    return statistics.median(samples), samples[max(0, int(round(0.95 * len(samples))) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="path to attention-explorer")
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each side (default 15)")
    parser.add_argument("--python", default="/usr/bin/python3", help="interpreter with NumPy and matplotlib")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp()
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    env["XDG_CONFIG_HOME"] = workdir

    app_png = os.path.join(workdir, "app.png")
    app_median, app_p95 = time_runs([args.binary, "--export", app_png], args.runs, env)

    script = os.path.join(workdir, "notebook_route.py")
    with open(script, "w", encoding="utf-8") as file:
        file.write(NOTEBOOK_ROUTE)
    mpl_png = os.path.join(workdir, "matplotlib.png")
    mpl_median, mpl_p95 = time_runs([args.python, script, mpl_png], args.runs, env)

    print(f"attention-explorer --export: median {app_median:.1f} ms  p95 {app_p95:.1f} ms  "
          f"({os.path.getsize(app_png) / 1024:.0f} KiB)")
    print(f"python + numpy + matplotlib: median {mpl_median:.1f} ms  p95 {mpl_p95:.1f} ms  "
          f"({os.path.getsize(mpl_png) / 1024:.0f} KiB)")
    print(f"speed-up (median): {mpl_median / app_median:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
