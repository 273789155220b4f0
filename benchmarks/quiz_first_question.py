"""Time from starting `quizgen quiz` to the first question on screen, in a real pseudo-terminal.

    .venv/bin/python benchmarks/quiz_first_question.py [SOURCE] [--repeat N]

Target: under 0.5 s on the sample article (source/us-troops-korea.txt). Each run is a fresh process
of the installed CLI with a fresh progress file; the clock stops when the answer prompt appears.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "source" / "us-troops-korea.txt"
TARGET_SECONDS = 0.5


def first_question_seconds(source: Path, progress: Path) -> float:
    quizgen = str(REPO / ".venv" / "bin" / "quizgen")
    started = time.perf_counter()
    child = pexpect.spawn(quizgen, ["quiz", str(source), "--progress", str(progress)], timeout=30, encoding="utf-8")
    child.expect("Your answer")
    elapsed = time.perf_counter() - started
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        times = [first_question_seconds(args.source, Path(folder) / f"p{n}.sqlite3") for n in range(args.repeat)]
    median = statistics.median(times)
    verdict = "OK" if median < TARGET_SECONDS else "SLOW"
    print(
        f"first question after {median:.3f} s (median of {len(times)}; min {min(times):.3f}, max {max(times):.3f})"
        f" on {args.source.name}: {verdict} (target < {TARGET_SECONDS} s)"
    )
    sys.exit(0 if median < TARGET_SECONDS else 1)


if __name__ == "__main__":
    main()
