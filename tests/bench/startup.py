#!/usr/bin/env python3
"""Time cold start to the first painted main window.

Runs `attention-bench-dragpath --startup` (which builds the same main window
as the app and exits after the canvas's first paint) several times and prints
the median and 95th percentile of the wall-clock time from spawning the
process to its exit. With --xvfb it starts a virtual X server first and uses
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

    try:
        # One untimed run warms the page cache, as a second start would be.
        subprocess.run([args.binary, "--startup"], env=env, check=True, stderr=subprocess.DEVNULL)
        samples = []
        for _ in range(args.runs):
            begin = time.perf_counter()
            subprocess.run([args.binary, "--startup"], env=env, check=True, stderr=subprocess.DEVNULL)
            samples.append((time.perf_counter() - begin) * 1000.0)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()

    samples.sort()
    p95 = samples[max(0, int(round(0.95 * len(samples))) - 1)]
    platform = "xcb (Xvfb)" if args.xvfb else "offscreen"
    print(f"startup {platform}: median {statistics.median(samples):.1f} ms  p95 {p95:.1f} ms  ({len(samples)} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
