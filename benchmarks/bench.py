"""Time the real `quizgen` command on the sample article, a whole book and half of it; print the figures.

    .venv/bin/python benchmarks/bench.py [--book PATH] [--repeat N] [--pdf PATH]

Every figure is a fresh process of the installed CLI (start-up included), timed by the wall clock;
the memory figure is the peak resident size of that child process (getrusage via os.wait4).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "source" / "us-troops-korea.txt"
BOOK_CANDIDATES = (
    REPO.parent / "shared" / "corpora" / "origin-of-species.txt",
    Path("/work/shared/corpora/origin-of-species.txt"),
)
SPACY_SECONDS_PER_MB = 27.0  # spaCy's small English pipeline alone, on this machine, at its fastest (27-39 s/MB)
TARGETS = {"book": 3.0, "help": 0.25, "memory_mb": 300.0}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


def quizgen_command() -> list[str]:
    """The installed console script beside this Python, else `python -m quizgen`."""
    script = Path(sys.executable).with_name("quizgen")
    return [str(script)] if script.exists() else [sys.executable, "-m", "quizgen"]


def run_once(args: list[str]) -> Run:
    started = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode() if child.stderr else ""
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({child.returncode}): {errors.strip()}")
    return Run(seconds, usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def measure(args: list[str], repeat: int) -> tuple[float, float, float]:
    """(median seconds, fastest seconds, largest peak memory in MB) over `repeat` runs."""
    runs = [run_once(args) for _ in range(repeat)]
    times = [r.seconds for r in runs]
    return statistics.median(times), min(times), max(r.peak_mb for r in runs)


def half_of(book: Path, folder: Path) -> Path:
    """The first half of the book, cut at a paragraph break."""
    text = book.read_text(encoding="utf-8-sig")
    cut = text.find("\n\n", len(text) // 2)
    half = folder / "half-book.txt"
    half.write_text(text[: cut if cut > 0 else len(text) // 2], encoding="utf-8")
    return half


def stage_seconds(book: Path) -> dict[str, float]:
    """Each pipeline stage on the book, in this process (no start-up): where the time goes."""
    sys.path.insert(0, str(REPO))
    from quizgen.analyse import analyse
    from quizgen.questions import questions_from
    from quizgen.read import read_source
    from quizgen.templates import load_templates

    read_source(book)  # warm the imports and regex caches
    templates = load_templates(None)
    started = time.perf_counter()
    document = read_source(book)
    read_done = time.perf_counter()
    analysis = analyse(document)
    analyse_done = time.perf_counter()
    bank = questions_from(analysis, templates)
    questions_done = time.perf_counter()
    print(
        f"  (the book: {len(document.blocks)} blocks in {len(document.sections)} sections, "
        f"{len(analysis.sentences)} sentences, {len(analysis.facts)} facts, {len(bank.questions)} questions)"
    )
    return {
        "read + sections": read_done - started,
        "analyse": analyse_done - read_done,
        "questions": questions_done - analyse_done,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book", type=Path, default=next((p for p in BOOK_CANDIDATES if p.exists()), None))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf", type=Path, help="also time this PDF to a JSON bank (e.g. a book printed to PDF)")
    options = parser.parse_args()
    if options.book is None or not options.book.exists():
        raise SystemExit("the book is missing: give --book PATH (origin-of-species.txt lives in shared/corpora)")
    command = quizgen_command()
    book = options.book
    megabytes = book.stat().st_size / 1e6
    print(f"quizgen benchmark: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    print(f"book: {book} ({megabytes:.2f} MB); each figure the median of {options.repeat} runs (fastest in brackets)\n")

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "bank.json")
        half = half_of(book, Path(folder))
        help_median, help_best, _ = measure([*command, "--help"], options.repeat)
        rows.append(("quizgen --help (start-up)", help_median, help_best, None, TARGETS["help"]))
        sample = measure([*command, "generate", str(SAMPLE), "-f", "json", "-o", "-"], options.repeat)
        rows.append(("sample article, end to end", sample[0], sample[1], sample[2], None))
        half_run = measure([*command, "generate", str(half), "-f", "json", "-o", out], options.repeat)
        rows.append((f"half the book ({half.stat().st_size / 1e6:.2f} MB) to JSON", *half_run, None))
        whole = measure([*command, "generate", str(book), "-f", "json", "-o", out], options.repeat)
        rows.append((f"whole book ({megabytes:.2f} MB) to JSON", *whole, TARGETS["book"]))
        if options.pdf:
            pdf_run = measure([*command, "generate", str(options.pdf), "-f", "json", "-o", out], options.repeat)
            pdf_mb = options.pdf.stat().st_size / 1e6
            rows.append((f"PDF {options.pdf.name} ({pdf_mb:.2f} MB) to JSON", *pdf_run, None))
        stages = stage_seconds(book)

    print(f"\n{'what':<40} {'seconds':>9} {'fastest':>9} {'peak MB':>9}  target")
    for name, median, best, peak, target in rows:
        peak_text = f"{peak:9.0f}" if peak is not None else f"{'':>9}"
        verdict = "" if target is None else f"≤ {target} s {'ok' if median <= target else 'MISSED'}"
        print(f"{name:<40} {median:9.3f} {best:9.3f} {peak_text}  {verdict}")
    for stage, seconds in stages.items():
        print(f"{'  book, in process: ' + stage:<40} {seconds:9.3f}")
    ratio = whole[0] / half_run[0]
    print(f"\nwhole / half time: {ratio:.2f} (2.0 would be exactly linear)")
    print(f"peak memory, whole book: {whole[2]:.0f} MB (target < {TARGETS['memory_mb']:.0f} MB)")
    spacy = SPACY_SECONDS_PER_MB * megabytes
    print(
        f"speed: {megabytes / whole[0]:.2f} MB/s; spaCy's small pipeline alone would take ≥ {spacy:.0f} s here, "
        f"{spacy / whole[0]:.0f}× longer"
    )


if __name__ == "__main__":
    main()
