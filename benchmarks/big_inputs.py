"""Time and peak memory of `quizgen generate` on inputs far bigger than a book: 2 MB on one line, 20 MB, 50 MB.

    .venv/bin/python benchmarks/big_inputs.py [--sizes 20 50] [--book PATH]

The big inputs are the book's chapters shuffled and every number redrawn, copy after copy, so that
the text stays book-like without repeating itself (a repeated text makes every fact ambiguous and
nothing to ask). 50 MB is over the default limit: it runs with --max-size 0, and the refusal without it
is timed too. Every figure is a fresh process; memory is its peak resident size (getrusage).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BOOK = REPO.parent / "shared" / "corpora" / "origin-of-species.txt"


def book_body(book: Path) -> list[str]:
    text = book.read_text(encoding="utf-8-sig")
    start = text.index("\n", text.index("*** START"))
    return text[start : text.index("*** END")].split("\n\n")


def big_text(paragraphs: list[str], size: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    part = 0
    while total < size:
        shuffled = paragraphs[:]
        rng.shuffle(shuffled)
        copy = re.sub(r"\d+", lambda m: str(rng.randint(2, 10 ** len(m.group()))), "\n\n".join(shuffled))
        out.append(f"\n\nPART {part}\n\n{copy}")
        total += len(copy)
        part += 1
    return "".join(out)[:size]


def run(args: list[str]) -> tuple[float, float, int, str]:
    """(seconds, peak MB, exit code, last line of standard error) of one fresh process."""
    started = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    errors = child.stderr.read().decode().strip().splitlines() if child.stderr else []
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), (errors or [""])[-1]


def write_inputs(folder: Path, sizes: list[int], book: Path) -> None:
    paragraphs = book_body(book)
    (folder / "one-line.txt").write_text(" ".join(big_text(paragraphs, 2_000_000).split()), encoding="utf-8")
    for size in sizes:
        (folder / f"{size}mb.txt").write_text(big_text(paragraphs, size * 1_000_000), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[20, 50], help="Sizes in MB.")
    parser.add_argument("--book", type=Path, default=BOOK)
    parser.add_argument("--write-to", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.write_to:
        write_inputs(options.write_to, options.sizes, options.book)
        return
    command = [sys.executable, "-m", "quizgen", "generate"]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        # Written by a child: a forked child's peak memory counts its parent's, so this one stays small.
        sizes = [str(size) for size in options.sizes]
        subprocess.run([sys.executable, __file__, "--write-to", name, "--book", str(options.book), "--sizes", *sizes])
        cases = [("2 MB on one line", [str(folder / "one-line.txt")])]
        for size in options.sizes:
            source = str(folder / f"{size}mb.txt")
            if size * 1_000_000 > 20_000_000:
                cases.append((f"{size} MB, default limit", [source]))
            cases.append((f"{size} MB", [source, "--max-size", "0"]))
        for label, args in cases:
            seconds, peak, code, last = run([*command, *args, "-f", "json", "-o", str(folder / "out.json")])
            print(f"{label:>24}: {seconds:6.1f} s  {peak:6.0f} MB peak  exit {code}  {last[:110]}")


if __name__ == "__main__":
    main()
