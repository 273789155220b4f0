"""Resource bounds: a source over the size limit is refused before it is read; the limit is the user's to set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.errors import QuizgenError
from quizgen.read import read_source
from quizgen.read.limits import DEFAULT_MAX_BYTES, max_source_bytes, parse_size, readable_size

SAMPLE = Path(__file__).resolve().parents[1] / "source" / "us-troops-korea.txt"
SAMPLE_SIZE = readable_size(SAMPLE.stat().st_size)  # "2.1 KB"
HINT = "raise it with --max-size or QUIZGEN_MAX_SIZE (e.g. --max-size 100MB, 0 for none)"


def quizgen(*args: str | Path, **env: str) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key != "QUIZGEN_MAX_SIZE"}
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *map(str, args)],
        capture_output=True, text=True, env={**environment, **env}, timeout=120,
    )  # fmt: skip


def sparse_file(path: Path, size: int) -> Path:
    """A file that says it is `size` bytes long but takes no disk: reading it all would take minutes."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def test_a_50gb_source_is_refused_at_once_without_being_read(tmp_path):
    huge = sparse_file(tmp_path / "dump.txt", 50 * 10**9)
    result = quizgen("generate", huge, "-o", tmp_path / "out.apkg")
    assert result.returncode == 1
    assert result.stderr == f"Error: {huge}: is 50 GB, over the 20 MB size limit; {HINT}\n"
    assert not (tmp_path / "out.apkg").exists()


def test_a_50mb_source_is_refused_by_default(tmp_path, monkeypatch):
    monkeypatch.delenv("QUIZGEN_MAX_SIZE", raising=False)
    big = sparse_file(tmp_path / "big.txt", 50_000_000)
    with pytest.raises(QuizgenError) as refused:
        read_source(big)
    assert str(refused.value) == f"{big}: is 50 MB, over the 20 MB size limit; {HINT}"


def test_max_size_sets_the_limit_on_every_command_that_reads_an_article(tmp_path):
    for command in (["generate", "-f", "json", "-o", "-"], ["preview"], ["facts"]):
        result = quizgen(command[0], SAMPLE, *command[1:], "--max-size", "2KB")
        assert result.returncode == 1, command
        assert result.stderr == f"Error: {SAMPLE}: is {SAMPLE_SIZE}, over the 2 KB size limit; {HINT}\n"


def test_the_environment_variable_sets_the_limit_for_the_quiz_too(tmp_path):
    result = quizgen("quiz", SAMPLE, "--progress", tmp_path / "p.sqlite3", QUIZGEN_MAX_SIZE="1.5KB")
    assert result.returncode == 1
    assert result.stderr == f"Error: {SAMPLE}: is {SAMPLE_SIZE}, over the 1.5 KB size limit; {HINT}\n"
    assert not (tmp_path / "p.sqlite3").exists()


def test_the_option_wins_over_the_environment_and_0_lifts_the_limit(tmp_path):
    result = quizgen("generate", SAMPLE, "-f", "json", "-o", "-", "--max-size", "0", QUIZGEN_MAX_SIZE="1KB")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith('{\n  "format": "quizgen-bank"')


def test_a_malformed_max_size_is_a_usage_error():
    result = quizgen("generate", SAMPLE, "--max-size", "lots")
    assert result.returncode == 2
    assert "Invalid value for '--max-size': 'lots' is not a size; write it like 50MB, 500KB or 1GB" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_malformed_environment_variable_is_one_line():
    result = quizgen("generate", SAMPLE, "-o", "-", QUIZGEN_MAX_SIZE="twenty")
    assert result.returncode == 1
    assert result.stderr == (
        "Error: QUIZGEN_MAX_SIZE: 'twenty' is not a size; write it like 50MB, 500KB or 1GB (0 for no limit)\n"
    )


def test_a_device_that_never_ends_is_read_only_up_to_the_limit():
    # /dev/zero has no size to check beforehand: reading stops one byte past the limit.
    result = quizgen("generate", "/dev/zero", "-f", "json", "-o", "-", "--max-size", "1MB")
    assert result.returncode == 1
    assert result.stderr == f"Error: /dev/zero: is over the 1 MB size limit; {HINT}\n"


@pytest.mark.parametrize(
    ("text", "size"),
    [("50MB", 50_000_000), ("50 mb", 50_000_000), ("500KB", 500_000), ("1.5GB", 1_500_000_000),
     ("800000b", 800_000), ("30", 30_000_000), ("0", 0)],
)  # fmt: skip
def test_sizes_read_with_their_units_and_a_bare_number_is_megabytes(text, size):
    assert parse_size(text) == size


def test_the_default_is_20mb_unless_the_environment_says_otherwise():
    assert DEFAULT_MAX_BYTES == 20_000_000
    assert max_source_bytes({}) == 20_000_000
    assert max_source_bytes({"QUIZGEN_MAX_SIZE": "100MB"}) == 100_000_000
    assert max_source_bytes({"QUIZGEN_MAX_SIZE": " "}) == 20_000_000
