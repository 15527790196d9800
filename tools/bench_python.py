#!/usr/bin/env python3
"""Throughput of the Python package beside the command-line tool's, on the same generated
articles (python/tests/articles.py): `annotate` one by one (one core), `annotate_many` (every
core), and `annotate --jsonl` (one core, JSON in and out). Prints the median of RUNS runs (7) of
each, timed in turns, in characters (code points) a second of wall time, and per CPU-second
(all threads; the CLI's as a child process), which a busy machine disturbs less. `make bench-python` runs it.

    python tools/bench_python.py [ARTICLES] [RUNS]
"""

import json
import os
import pathlib
import resource
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "python" / "tests"))

from articles import articles  # noqa: E402

from article_annotator import Annotator  # noqa: E402


def cpu_seconds():
    """CPU time of this process (all its threads) and of its finished children."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def median_seconds(modes, runs):
    """The median wall and CPU time of each mode, timed in turns so that the machine's drift
    weighs on all alike."""
    times = {name: ([], []) for name in modes}
    for _ in range(runs):
        for name, run in modes.items():
            wall, cpu = time.perf_counter(), cpu_seconds()
            run()
            times[name][0].append(time.perf_counter() - wall)
            times[name][1].append(cpu_seconds() - cpu)
    return {name: (statistics.median(w), statistics.median(c)) for name, (w, c) in times.items()}


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    texts = articles(count, seed=42)
    chars = sum(map(len, texts))
    ann = Annotator()
    ann.annotate_many(texts[:50])  # warm up

    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)).encode()
    cli = ROOT / "target" / "release" / "annotate"

    def run_cli():
        subprocess.run([str(cli), "--jsonl"], input=lines, stdout=subprocess.DEVNULL, check=True)

    results = median_seconds({
        "annotate, one by one (1 core)": lambda: [ann.annotate(t) for t in texts],
        f"annotate_many ({os.cpu_count()} cores)": lambda: ann.annotate_many(texts),
        "CLI annotate --jsonl (1 core)": run_cli,
    }, runs)
    print(f"{count} generated articles, {chars} characters ({chars // count} an article), median of {runs} runs; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  {'':<34} {'chars/s (wall)':>15} {'articles/s':>11} {'chars per CPU-second':>21}")
    for name, (wall, cpu) in results.items():
        print(f"  {name:<34} {chars / wall / 1e6:13.2f} M {count / wall:11.0f} {chars / cpu / 1e6:19.2f} M")


if __name__ == "__main__":
    main()
