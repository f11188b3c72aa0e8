#!/usr/bin/env python3
"""Time cold start to the first painted main window.

Runs `attention-bench-dragpath --startup` (which sets up the application and
builds the main window as the app does, prints the time of the canvas's first
paint and exits) several times. Prints the median and 95th percentile of the
time from spawning the process to that first paint, and the median time to
its exit. With --xvfb it starts a virtual X server first and uses
the xcb platform; otherwise the offscreen platform.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="path to attention-bench-dragpath")
    parser.add_argument("--runs", type=int, default=20, help="number of timed runs (default 20)")
    parser.add_argument("--xvfb", action="store_true", help="run on a virtual X server instead of offscreen")
    args = parser.parse_args()

    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    xvfb = None
    if args.xvfb:
        display = ":%d" % (150 + os.getpid() % 100)
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
        time.sleep(1.0)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"

    command = [args.binary, "--startup"]
    try:
        # One untimed run warms the page cache, as a second start would be.
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        to_paint = []
        to_exit = []
        for _ in range(args.runs):
            # time.monotonic_ns() reads CLOCK_MONOTONIC, the clock of the
            # first-paint time that the child prints.
            begin = time.monotonic_ns()
            child = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
            end = time.monotonic_ns()
            first_paint = int(child.stdout.split("first-paint-ns", 1)[1].split()[0])
            to_paint.append((first_paint - begin) / 1e6)
            to_exit.append((end - begin) / 1e6)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()

    platform = "xcb (Xvfb)" if args.xvfb else "offscreen"
    print(f"startup {platform}: to first paint median {statistics.median(to_paint):.1f} ms  "
          f"p95 {percentile95(to_paint):.1f} ms; to exit median {statistics.median(to_exit):.1f} ms  "
          f"({len(to_paint)} runs)")
    return 0


def percentile95(samples: list) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


if __name__ == "__main__":
    sys.exit(main())
