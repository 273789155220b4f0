"""Nothing is lost: every output is written whole or not at all, and an interrupted run leaves the old one."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

from quizgen.errors import QuizgenError
from quizgen.export.atomic import check_writable, write_atomically, write_text_atomically

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "source" / "us-troops-korea.txt"
BOOK = ROOT.parent / "shared" / "corpora" / "origin-of-species.txt"
ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "LINES": "50", "PYTHONUNBUFFERED": "1"}
OLD = b"the deck from last week, with a student's edits"


def quizgen(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *map(str, args)], capture_output=True, text=True, cwd=cwd, env=ENV, timeout=120
    )


def names_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# write_atomically itself, with writers that fail half-way.


def half_then(error: BaseException):
    def writer(tmp: Path) -> None:
        tmp.write_bytes(b"half a dec")
        raise error

    return writer


@pytest.mark.parametrize("error", [RuntimeError("a bug in the exporter"), KeyboardInterrupt()])
def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_temporary_file(tmp_path, error):
    target = tmp_path / "deck.apkg"
    target.write_bytes(OLD)
    with pytest.raises(type(error)):
        write_atomically(target, half_then(error))
    assert target.read_bytes() == OLD
    assert names_in(tmp_path) == ["deck.apkg"]


def test_a_full_disk_half_way_is_one_line_and_the_old_file_stays(tmp_path):
    target = tmp_path / "bank.json"
    target.write_bytes(OLD)
    with pytest.raises(QuizgenError) as failed:
        write_atomically(target, half_then(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
    assert str(failed.value) == f"{target}: cannot be written (No space left on device)"
    assert target.read_bytes() == OLD
    assert names_in(tmp_path) == ["bank.json"]


def test_a_replaced_file_keeps_its_permissions_and_a_new_one_is_readable_by_all(tmp_path):
    private = tmp_path / "private.json"
    private.write_text("old", encoding="utf-8")
    private.chmod(0o600)
    write_text_atomically(private, "new")
    write_text_atomically(tmp_path / "fresh.json", "new")
    assert (private.stat().st_mode & 0o777, (tmp_path / "fresh.json").stat().st_mode & 0o777) == (0o600, 0o644)
    assert private.read_text(encoding="utf-8") == "new"


def test_checking_that_an_output_can_be_written_leaves_nothing_behind(tmp_path):
    check_writable(tmp_path / "deck.apkg")
    assert names_in(tmp_path) == []


# Every kind of output is renamed into place: a new file (new inode), never the old one rewritten.


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["generate", SAMPLE, "-o"], "korea.apkg"),
        (["generate", SAMPLE, "-o"], "korea.json"),
        (["generate", SAMPLE, "-o"], "korea.csv"),
        (["templates", "init", "--force"], "mine.yaml"),
    ],
)
def test_each_output_is_renamed_into_place_not_rewritten_where_it_stands(tmp_path, args, name):
    target = tmp_path / name
    target.write_bytes(OLD)
    held_open = target.open("rb")  # a reader of the old file (Anki importing it, say) keeps reading it whole
    before = target.stat().st_ino
    result = quizgen(*args, target)
    assert result.returncode == 0, result.stderr
    assert target.stat().st_ino != before
    assert held_open.read() == OLD
    held_open.close()
    assert names_in(tmp_path) == [name]


# Interrupted runs of the real command.


@pytest.mark.skipif(not BOOK.exists(), reason="the shared corpus is not beside the repository")
@pytest.mark.parametrize(
    ("stop", "name"), [(signal.SIGINT, "book.apkg"), (signal.SIGTERM, "book.json")], ids=["ctrl-c", "kill"]
)
def test_stopping_generate_on_a_book_half_way_leaves_the_old_output(tmp_path, stop, name):
    target = tmp_path / name
    target.write_bytes(OLD)
    child = subprocess.Popen(
        [sys.executable, "-m", "quizgen", "generate", str(BOOK), "-o", str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip
    time.sleep(1.5)  # the book takes several seconds: this lands in the middle of the work
    assert child.poll() is None, "the run ended before it could be interrupted"
    child.send_signal(stop)
    out, errors = child.communicate(timeout=60)
    assert (child.returncode, out, errors) == (130, "", "Interrupted.\n")
    assert target.read_bytes() == OLD
    assert names_in(tmp_path) == [name]


def test_kill_during_a_quiz_keeps_every_answer_given(tmp_path):
    # Ctrl-C and kill -9 are tested in test_quiz_cli.py; a plain `kill` (SIGTERM) used to end the
    # process without running any cleanup.
    bank = tmp_path / "korea.json"
    assert quizgen("generate", SAMPLE, "-o", bank).returncode == 0
    progress = tmp_path / "p.sqlite3"
    child = pexpect.spawn(
        sys.executable, ["-m", "quizgen", "quiz", str(bank), "--progress", str(progress)],
        env=ENV, encoding="utf-8", timeout=30, dimensions=(50, 200),
    )  # fmt: skip
    for typed in ("first answer", "second answer"):
        child.expect("Your answer")
        child.sendline(typed)
    child.expect("Your answer")
    child.kill(signal.SIGTERM)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    with sqlite3.connect(progress) as db:
        assert db.execute("SELECT typed FROM reviews ORDER BY id").fetchall() == [("first answer",), ("second answer",)]
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
