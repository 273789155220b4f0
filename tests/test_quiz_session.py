"""Session logic as pure functions: which items are asked, in what order, and the score."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from quizgen.model import Question
from quizgen.quiz.progress import CardState
from quizgen.quiz.session import RIGHT, SKIPPED, WRONG, Session, choose, due_order, filtered, score_line
from quizgen.quiz.terminal import hint

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def cloze(qid: str, answer: str, sentence_index: int, section: str = "", kind: str = "year") -> Question:
    return Question(
        id=qid,
        kind="cloze",
        prompt=f"Something happened in _____ ({qid}).",
        answer=answer,
        answer_kind=kind,
        sentence=f"Something happened in {answer} ({qid}).",
        sentence_index=sentence_index,
        cloze=f"Something happened in {{{{c1::{answer}}}}} ({qid}).",
        answers=(answer,),
        section=section,
    )


def mcq(qid: str, answer: str, sentence_index: int) -> Question:
    return Question(
        id=qid,
        kind="mcq",
        prompt=f"Something happened in _____ ({qid}).",
        answer=answer,
        answer_kind="year",
        sentence=f"Something happened in {answer} ({qid}).",
        sentence_index=sentence_index,
        options=("1900", answer, "2000"),
    )


BANK = (mcq("m1", "1950", 1), cloze("c1", "1950", 1), cloze("c2", "1953", 2), cloze("c3", "2018", 3))


def test_a_session_asks_one_item_per_fact_in_bank_order():
    assert [q.id for q in choose(BANK, count=None)] == ["m1", "c2", "c3"]
    assert [q.id for q in choose(BANK, count=2)] == ["m1", "c2"]


def test_items_from_one_sentence_are_kept_apart_so_one_does_not_give_the_other_away():
    same_sentence = (cloze("a1", "1950", 1), cloze("a2", "Seoul", 1, kind="place"), cloze("b", "1953", 2))
    assert [q.id for q in choose(same_sentence, count=None)] == ["a1", "b", "a2"]
    assert [q.id for q in choose(same_sentence, count=2)] == ["a1", "b"]


def test_a_seed_shuffles_the_items_the_same_way_every_time():
    assert [q.id for q in choose(BANK, count=None, seed=1)] == ["c3", "m1", "c2"]
    assert [q.id for q in choose(BANK, count=None, seed=2)] == ["c1", "c2", "c3"]  # the cloze of fact 1 this time


def test_kinds_and_section_filter_the_items():
    chapters = (cloze("a", "1950", 1, "Chapter 1: The War"), cloze("b", "1953", 2, "Chapter 2: The Peace"))
    assert [q.id for q in filtered(BANK, kinds=("mcq",))] == ["m1"]
    assert [q.id for q in filtered(chapters, section="chapter 2")] == ["b"]
    assert [q.id for q in filtered(chapters, section="Chapter 1: The War")] == ["a"]
    assert filtered(chapters, section="Chapter 3") == ()


def test_due_asks_missed_items_first_then_old_due_ones_then_new_ones():
    states = {
        "c3": CardState("c3", NOW + timedelta(minutes=1), last_correct=False, reviews=1),  # missed just now
        "c2": CardState("c2", NOW - timedelta(days=3), last_correct=True, reviews=4),  # old, due
        "m1": CardState("m1", NOW + timedelta(days=5), last_correct=True, reviews=2),  # known, not due
    }
    bank = BANK + (cloze("c4", "2019", 4),)
    assert [q.id for q in due_order(bank, states, NOW, count=None)] == ["c3", "c2", "c4"]
    assert [q.id for q in due_order(bank, states, NOW, count=1)] == ["c3"]


def test_due_asks_a_missed_cloze_again_as_the_cloze_not_as_its_multiple_choice():
    states = {"c1": CardState("c1", NOW, last_correct=False, reviews=1)}
    assert [q.id for q in due_order(BANK, states, NOW, count=None)] == ["c1", "c2", "c3"]


def test_the_score_leaves_skipped_items_out_and_missed_items_come_back_in_order():
    session = Session(BANK[1:])
    session = session.answered(WRONG, "1951").answered(SKIPPED).answered(RIGHT, "2018")
    assert session.current is None
    assert score_line(session) == "Score: 1/2 (50%)"
    assert [q.id for q in session.retry_missed().questions] == ["c1"]
    assert score_line(Session(BANK)) == "Score: 0/0 (0%)"


def test_hints_name_the_kind_first_then_the_first_letter():
    question = cloze("p", "Donald Trump", 5, kind="person")
    assert hint(question, 1) == "Hint: the answer is a person."
    assert hint(question, 2) == "Hint: it starts with “D”."
    assert hint(question, 3).startswith("No more hints")


def test_the_built_in_feedback_lines_are_the_default_templates_lines():
    # A saved bank is quizzed without loading the template set; its lines must not drift apart.
    from quizgen.quiz.terminal import DEFAULT_LINES
    from quizgen.templates import default_templates

    assert dict(default_templates().quiz_lines) == DEFAULT_LINES
