"""The quiz as data: which items to ask, in what order, and what was answered. Pure, no I/O."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from quizgen.model import Question
from quizgen.quiz.progress import CardState

RIGHT, WRONG, SKIPPED = "right", "wrong", "skipped"


@dataclass(frozen=True)
class Outcome:
    question: Question
    result: str  # RIGHT, WRONG or SKIPPED
    typed: str = ""


@dataclass(frozen=True)
class Session:
    """One round of questions and the outcomes so far, in order; each step returns a new Session."""

    questions: tuple[Question, ...]
    outcomes: tuple[Outcome, ...] = ()
    round: int = 1  # 2 and on: going over the items missed in the round before

    @property
    def current(self) -> Question | None:
        return self.questions[len(self.outcomes)] if len(self.outcomes) < len(self.questions) else None

    @property
    def position(self) -> int:
        """1-based number of the item being asked."""
        return len(self.outcomes) + 1

    def answered(self, result: str, typed: str = "") -> Session:
        question = self.current
        if question is None:
            raise ValueError("the session is over")
        return replace(self, outcomes=self.outcomes + (Outcome(question, result, typed),))

    @property
    def correct(self) -> int:
        return sum(1 for o in self.outcomes if o.result == RIGHT)

    @property
    def graded(self) -> int:
        """Items answered right or wrong; a skipped item counts in neither."""
        return sum(1 for o in self.outcomes if o.result != SKIPPED)

    @property
    def missed(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.result == WRONG)

    @property
    def skipped(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.result == SKIPPED)

    def retry_missed(self) -> Session:
        """A new round with the items missed in this one, in the same order."""
        return Session(tuple(o.question for o in self.missed), round=self.round + 1)


def score_line(session: Session) -> str:
    """`Score: 7/9 (78%)`; skipped items are left out of both numbers."""
    graded = session.graded
    percent = round(100 * session.correct / graded) if graded else 0
    return f"Score: {session.correct}/{graded} ({percent}%)"


def _fact_key(question: Question) -> tuple[int, str]:
    return question.sentence_index, question.answer


def filtered(
    questions: Iterable[Question], kinds: Iterable[str] | None = None, section: str | None = None
) -> tuple[Question, ...]:
    """The questions of the chosen kinds whose section is, or contains, `section` (case-insensitive)."""
    wanted = set(kinds) if kinds else None
    needle = section.casefold() if section else None
    return tuple(
        q
        for q in questions
        if (wanted is None or q.kind in wanted) and (needle is None or needle in q.section.casefold())
    )


def one_per_fact(questions: Iterable[Question]) -> tuple[Question, ...]:
    """Drop a second item about the same fact: a cloze right after its multiple choice gives it away."""
    seen: set[tuple[int, str]] = set()
    kept = []
    for question in questions:
        if _fact_key(question) not in seen:
            seen.add(_fact_key(question))
            kept.append(question)
    return tuple(kept)


def sentences_spread(questions: Iterable[Question]) -> tuple[Question, ...]:
    """Each sentence's first item, then each one's second, and so on, otherwise in order.

    Two items from one sentence in a row give each other away: the first one's prompt, or the source
    sentence shown after it, holds the second one's answer.
    """
    times_seen: dict[int, int] = {}
    ranked = []
    for position, question in enumerate(questions):
        turn = times_seen.get(question.sentence_index, 0)
        times_seen[question.sentence_index] = turn + 1
        ranked.append((turn, position, question))
    return tuple(question for *_, question in sorted(ranked, key=lambda r: r[:2]))


def choose(questions: tuple[Question, ...], count: int | None, seed: int | None = None) -> tuple[Question, ...]:
    """Up to `count` items, one per fact, sentences spread: in bank order (best first), or shuffled by a seed."""
    pool = list(questions)
    if seed is not None:
        random.Random(seed).shuffle(pool)
    chosen = sentences_spread(one_per_fact(pool))
    return chosen[:count] if count else chosen


def due_order(
    questions: tuple[Question, ...], states: Mapping[str, CardState], now: datetime, count: int | None
) -> tuple[Question, ...]:
    """What `--due` asks: items last answered wrong, then old items FSRS says are due, then new ones.

    Missed items come first even before their learning step (minutes) is over: the point of `--due`
    right after a session is to go over what was missed. Items answered right and not yet due wait.
    """
    missed, old, new = [], [], []
    for position, question in enumerate(questions):
        state = states.get(question.id)
        if state is None:
            new.append((position, question))
        elif not state.last_correct:
            missed.append((state.due, position, question))
        elif state.due <= now:
            old.append((state.due, position, question))
    # A fact already studied in one form (say its multiple choice) is not new in another (its cloze):
    # it comes back in the form that was answered, when that is due.
    studied = {_fact_key(q) for q in questions if q.id in states}
    fresh = sentences_spread(q for _, q in new if _fact_key(q) not in studied)
    ordered = [q for *_, q in sorted(missed)] + [q for *_, q in sorted(old)] + list(fresh)
    chosen = one_per_fact(ordered)
    return chosen[:count] if count else chosen


def next_due(states: Mapping[str, CardState]) -> datetime | None:
    """When the next seen item falls due, for the message `nothing is due now`."""
    return min((s.due for s in states.values()), default=None)
