"""How big a source quizgen reads: a default, the QUIZGEN_MAX_SIZE variable, sizes like '50MB'."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from quizgen.errors import QuizgenError

# 20 MB of text takes about 30 s and under 200 MB of memory here (a 1.3 MB book: under 5 s);
# past that a run is more likely a mistake (a log, a dump, a disk image) than something to study.
DEFAULT_MAX_BYTES = 20_000_000
MAX_SIZE_VARIABLE = "QUIZGEN_MAX_SIZE"
_UNITS = {"": 1_000_000, "b": 1, "k": 1_000, "kb": 1_000, "m": 1_000_000, "mb": 1_000_000, "g": 10**9, "gb": 10**9}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*")


def parse_size(text: str, where: str = "--max-size") -> int:
    """Bytes from '50MB', '500KB', '1.5GB', '800000B' or a bare number of megabytes; '0' means no limit."""
    match = _SIZE.fullmatch(text.lower())
    if not match or match.group(2) not in _UNITS:
        raise QuizgenError(f"{where}: {text!r} is not a size; write it like 50MB, 500KB or 1GB (0 for no limit)")
    return int(float(match.group(1)) * _UNITS[match.group(2)])


def max_source_bytes(environ: Mapping[str, str] | None = None) -> int:
    """The limit in force: QUIZGEN_MAX_SIZE if set, else DEFAULT_MAX_BYTES; 0 means none."""
    value = (os.environ if environ is None else environ).get(MAX_SIZE_VARIABLE, "").strip()
    return parse_size(value, MAX_SIZE_VARIABLE) if value else DEFAULT_MAX_BYTES


def readable_size(size: int) -> str:
    """'20 MB', '48.3 MB', '1.5 KB', '900 bytes': how a size reads in a message."""
    for unit, name in ((10**9, "GB"), (10**6, "MB"), (10**3, "KB")):
        if size >= unit:
            return f"{size / unit:.1f}".removesuffix(".0") + f" {name}"
    return f"{size} bytes"


def too_big(where: str, size: int | None, limit: int) -> QuizgenError:
    """The one-line refusal for a source over the limit (`size` None when it could not be known beforehand)."""
    how_big = f"is {readable_size(size)}, over" if size is not None else "is over"
    return QuizgenError(
        f"{where}: {how_big} the {readable_size(limit)} size limit; "
        f"raise it with --max-size or {MAX_SIZE_VARIABLE} (e.g. --max-size 100MB, 0 for none)"
    )
