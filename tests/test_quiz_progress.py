"""The progress store on a real sqlite file, scheduled by real FSRS with the clock passed in."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Scheduler

from quizgen.errors import QuizgenError
from quizgen.quiz.progress import ProgressStore

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
SCHEDULER = Scheduler(enable_fuzzing=False)


def test_a_wrong_answer_is_due_again_in_a_minute_and_a_right_one_later(tmp_path):
    with ProgressStore.open(tmp_path / "p.sqlite3") as store:
        wrong_due = store.record("korea", "q1", False, "1951", T0, SCHEDULER)
        right_due = store.record("korea", "q2", True, "1950", T0, SCHEDULER)
        states = store.states("korea")
    assert wrong_due == T0 + timedelta(minutes=1)  # Again: back to the first learning step
    assert right_due == T0 + timedelta(minutes=10)  # Good: on to the second learning step
    assert states["q1"].last_correct is False and states["q1"].due == wrong_due
    assert states["q2"].last_correct is True and states["q2"].reviews == 1


def test_an_item_answered_right_twice_is_not_due_for_days(tmp_path):
    with ProgressStore.open(tmp_path / "p.sqlite3") as store:
        store.record("korea", "q1", True, "x", T0, SCHEDULER)
        due = store.record("korea", "q1", True, "x", T0 + timedelta(minutes=10), SCHEDULER)
    assert due >= T0 + timedelta(days=1)


def test_every_answer_is_committed_at_once_and_visible_to_another_connection(tmp_path):
    path = tmp_path / "p.sqlite3"
    store = ProgressStore.open(path)
    store.record("korea", "q1", False, "1951", T0, SCHEDULER)
    # No close, no flush: another reader sees the answer already.
    with sqlite3.connect(path) as other:
        assert other.execute("SELECT question_id, correct, typed FROM reviews").fetchall() == [("q1", 0, "1951")]
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_stats_count_items_seen_due_and_accuracy_per_source(tmp_path):
    with ProgressStore.open(tmp_path / "p.sqlite3") as store:
        store.note_source("korea", "US troops in Korea", 12, T0)
        store.note_source("empty", "Unseen article", 5, T0)
        store.record("korea", "q1", False, "x", T0, SCHEDULER)
        store.record("korea", "q2", True, "x", T0, SCHEDULER)
        store.record("korea", "q1", True, "x", T0 + timedelta(minutes=2), SCHEDULER)
        rows = {row.slug: row for row in store.stats(T0 + timedelta(minutes=5))}
    korea = rows["korea"]
    assert (korea.items, korea.seen, korea.reviews, korea.correct) == (12, 2, 3, 2)
    assert korea.due_now == 0  # q1 relearns for 10 minutes, q2 is at its 10-minute step
    assert round(korea.accuracy, 3) == 0.667
    assert (rows["empty"].seen, rows["empty"].accuracy) == (0, None)
    with ProgressStore.open(tmp_path / "p.sqlite3") as store:
        assert {r.slug: r.due_now for r in store.stats(T0 + timedelta(hours=1))}["korea"] == 2


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"this is not a database\n" * 100)
    before = path.read_bytes()
    with pytest.raises(QuizgenError, match="not an sqlite database.*left as it is"):
        ProgressStore.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["progress.sqlite3"]


def test_a_damaged_progress_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "progress.sqlite3"
    with ProgressStore.open(path) as store:
        for n in range(300):
            store.record("korea", f"q{n}", n % 2 == 0, "typed answer " * 20, T0, SCHEDULER)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the header, ruin the first page's b-tree
    path.write_bytes(bytes(data))
    for name in ("progress.sqlite3-wal", "progress.sqlite3-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    with pytest.raises(QuizgenError, match="progress file cannot be used"):
        ProgressStore.open(path)
    assert path.read_bytes() == bytes(data)


def test_another_programs_sqlite_file_is_not_taken_over(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE notes (text TEXT)")
    before = path.read_bytes()
    with pytest.raises(QuizgenError, match="not a quizgen progress file"):
        ProgressStore.open(path)
    assert path.read_bytes() == before


def test_the_clock_must_carry_a_timezone(tmp_path):
    with ProgressStore.open(tmp_path / "p.sqlite3") as store, pytest.raises(ValueError, match="timezone"):
        store.record("korea", "q1", True, "x", datetime(2026, 3, 1, 9, 0), SCHEDULER)
