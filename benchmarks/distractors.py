"""Time distractors_for over every fact the builder asks it about in a whole book; print the best of N runs.

    .venv/bin/python benchmarks/distractors.py [PATH] [--repeat N]

Issue 7's budget for this stage is 0.5 s on the book (origin-of-species.txt, 1,126 calls). Each run
starts from a fresh article index, so the once-per-analysis work is counted too.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import quizgen.questions.article_index as article_index
import quizgen.questions.build as build
from quizgen.analyse import analyse
from quizgen.pipeline import _document
from quizgen.questions.distractors import distractors_for
from quizgen.templates import load_templates

BOOK = Path("/work/shared/corpora/origin-of-species.txt")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(BOOK))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    analysis = analyse(_document(args.path, None))
    calls = []
    real = build.distractors_for

    def recording(fact, analysis, count, rng):  # type: ignore[no-untyped-def]
        calls.append((fact, count))
        return real(fact, analysis, count, rng)

    build.distractors_for = recording  # only to learn which facts the builder asks about
    try:
        build.questions_from(analysis, load_templates(None))
    finally:
        build.distractors_for = real
    best = float("inf")
    for _ in range(args.repeat):
        article_index._index.cache_clear()
        started = time.perf_counter()
        for fact, count in calls:
            distractors_for(fact, analysis, count, random.Random(1))
        best = min(best, time.perf_counter() - started)
    print(f"distractors_for: {len(calls)} calls, best of {args.repeat}: {best:.3f} s")


if __name__ == "__main__":
    main()
