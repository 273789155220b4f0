"""The progress store: every answer in an sqlite file, scheduled with FSRS, safe for two quizzes at once.

Each answer is one short transaction (BEGIN IMMEDIATE … COMMIT) so that it is on disk the moment it is
given and survives Ctrl-C or kill -9; WAL mode and a busy timeout let two quizzes share one file. A file
that is not ours or is damaged is reported and left exactly as it was: never reset, never replaced.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.errors import QuizgenError

if TYPE_CHECKING:
    from fsrs import Scheduler

# "qzgn" as a 32-bit number, so `PRAGMA application_id` tells our files from any other sqlite file.
APPLICATION_ID = 0x717A676E
SCHEMA_VERSION = 1
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    slug TEXT PRIMARY KEY, title TEXT NOT NULL, items INTEGER NOT NULL, updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cards (
    slug TEXT NOT NULL, question_id TEXT NOT NULL,
    card TEXT NOT NULL,                      -- fsrs Card.to_dict() as JSON
    due TEXT NOT NULL,                       -- ISO-8601 UTC, copied out of `card` for ordering
    last_correct INTEGER NOT NULL, reviews INTEGER NOT NULL, correct INTEGER NOT NULL,
    PRIMARY KEY (slug, question_id));
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY, slug TEXT NOT NULL, question_id TEXT NOT NULL,
    correct INTEGER NOT NULL, typed TEXT NOT NULL, rating INTEGER NOT NULL, reviewed_at TEXT NOT NULL);
"""


@dataclass(frozen=True)
class CardState:
    """What the store knows about one item: when it is due and whether it was last answered right."""

    question_id: str
    due: datetime
    last_correct: bool
    reviews: int


@dataclass(frozen=True)
class SourceStats:
    slug: str
    title: str
    items: int
    seen: int
    due_now: int
    reviews: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.reviews if self.reviews else None


def default_progress_path() -> Path:
    from platformdirs import user_data_dir  # lazy: only needed when no --progress is given

    return Path(user_data_dir("quizgen", appauthor=False)) / "progress.sqlite3"


def _damaged(path: Path, why: str) -> QuizgenError:
    return QuizgenError(
        f"{path}: progress file cannot be used ({why}); it was left as it is. "
        "Move it away to start afresh, or pass --progress OTHER_FILE"
    )


class ProgressStore:
    """An open progress file. Use `ProgressStore.open(path)`; close it with `close()` or `with`."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection

    @classmethod
    def open(cls, path: str | Path, create: bool = True) -> ProgressStore:
        """Open (and, if new, create) the progress file; refuse, untouched, one that is not ours or damaged."""
        path = Path(path)
        if path.is_dir():
            raise QuizgenError(f"{path}: is a directory; give a progress file name")
        exists = path.exists() and path.stat().st_size > 0
        if exists:
            # Checked by hand before sqlite sees the file, so that nothing is ever written into it.
            with open(path, "rb") as handle:
                if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    raise _damaged(path, "not an sqlite database")
        elif not create:
            raise QuizgenError(f"{path}: no progress yet (no quiz has been taken with this file)")
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise QuizgenError(f"{path.parent}: cannot create the progress folder ({error.strerror})") from None
        try:
            connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as error:
            raise _damaged(path, str(error)) from None
        store = cls(path, connection)
        try:
            store._prepare(fresh=not exists)
        except sqlite3.DatabaseError as error:
            connection.close()
            raise _damaged(path, str(error)) from None
        except QuizgenError:
            connection.close()
            raise
        return store

    def _prepare(self, fresh: bool) -> None:
        db = self._db
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Read-only checks first: a foreign or damaged file must fail here, before any write.
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id != APPLICATION_ID and (tables or not fresh and app_id != 0):
            raise _damaged(self.path, "an sqlite file, but not a quizgen progress file")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise QuizgenError(f"{self.path}: progress file is from a newer quizgen (schema {version}); upgrade")
        if app_id == APPLICATION_ID:
            check = db.execute("PRAGMA quick_check(1)").fetchone()[0]  # raises, or says what is wrong
            if check != "ok":
                raise _damaged(self.path, f"damaged: {check}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")  # an answer is on disk when the next question shows
        if app_id != APPLICATION_ID:
            with self._transaction():
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")  # take the write lock now: no lost update between two quizzes
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            raise _damaged(self.path, str(error)) from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def note_source(self, slug: str, title: str, items: int, now: datetime) -> None:
        """Remember a source's title and how many items its bank has, for `stats`."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO sources (slug, title, items, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(slug) DO UPDATE SET title = excluded.title, items = excluded.items, "
                "updated = excluded.updated",
                (slug, title, items, _iso(now)),
            )

    def states(self, slug: str) -> dict[str, CardState]:
        """Every item of a source that has been answered at least once, by question id."""
        try:
            rows = self._db.execute(
                "SELECT question_id, due, last_correct, reviews FROM cards WHERE slug = ?", (slug,)
            ).fetchall()
        except sqlite3.DatabaseError as error:
            raise _damaged(self.path, str(error)) from None
        return {
            qid: CardState(qid, datetime.fromisoformat(due), bool(last), reviews) for qid, due, last, reviews in rows
        }

    def record(
        self, slug: str, question_id: str, correct: bool, typed: str, now: datetime, scheduler: Scheduler | None = None
    ) -> datetime:
        """Save one answer and reschedule its item (wrong -> Again, right -> Good); returns the new due time."""
        # fsrs is imported here, not at the top, so the first question shows without waiting for it.
        from fsrs import Card, Rating, Scheduler

        now = _utc(now)
        scheduler = scheduler or Scheduler()
        rating = Rating.Good if correct else Rating.Again
        with self._transaction() as db:
            row = db.execute(
                "SELECT card, reviews, correct FROM cards WHERE slug = ? AND question_id = ?", (slug, question_id)
            ).fetchone()
            if row:
                card, reviews, right = Card.from_dict(json.loads(row[0])), row[1], row[2]
            else:
                card, reviews, right = Card(card_id=_card_id(slug, question_id), due=now), 0, 0
            card, _log = scheduler.review_card(card, rating, review_datetime=now)
            db.execute(
                "INSERT OR REPLACE INTO cards (slug, question_id, card, due, last_correct, reviews, correct) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    slug,
                    question_id,
                    json.dumps(card.to_dict()),
                    _iso(card.due),
                    int(correct),
                    reviews + 1,
                    right + int(correct),
                ),
            )
            db.execute(
                "INSERT INTO reviews (slug, question_id, correct, typed, rating, reviewed_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (slug, question_id, int(correct), typed, int(rating), _iso(now)),
            )
        return card.due

    def stats(self, now: datetime) -> list[SourceStats]:
        """Per source: items in its bank, items seen, items due now, and answers right of all answers."""
        query = """
            SELECT s.slug, s.title, s.items,
                   (SELECT count(*) FROM cards c WHERE c.slug = s.slug),
                   (SELECT count(*) FROM cards c WHERE c.slug = s.slug AND c.due <= ?),
                   (SELECT count(*) FROM reviews r WHERE r.slug = s.slug),
                   (SELECT count(*) FROM reviews r WHERE r.slug = s.slug AND r.correct)
            FROM sources s ORDER BY s.title, s.slug"""
        try:
            rows = self._db.execute(query, (_iso(_utc(now)),)).fetchall()
        except sqlite3.DatabaseError as error:
            raise _damaged(self.path, str(error)) from None
        return [SourceStats(*row) for row in rows]


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("the clock must be timezone-aware")
    return moment.astimezone(UTC)


def _iso(moment: datetime) -> str:
    # Fixed width, so that text comparison in SQL orders times correctly.
    return _utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def _card_id(slug: str, question_id: str) -> int:
    """A stable positive 53-bit id (fsrs wants one; its default sleeps a millisecond per card)."""
    import hashlib

    digest = hashlib.sha256(f"{slug}\0{question_id}".encode()).digest()
    return int.from_bytes(digest[:7], "big") & ((1 << 53) - 1)
