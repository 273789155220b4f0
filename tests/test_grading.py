"""The grading rules as a table: forgiving about form, strict about facts."""

from __future__ import annotations

import pytest

from quizgen.model import Question
from quizgen.quiz.grading import grade, grade_text

# (expected, typed, verdict) — a bug report about grading becomes a row here.
TEXT_ROWS = [
    # form does not matter
    ("Donald Trump", "donald trump", "right"),
    ("Donald Trump", "  Donald   Trump ", "right"),
    ("Donald Trump", "DONALD TRUMP.", "right"),
    ("the Korean War", "Korean War", "right"),
    ("Korean War", "the korean war", "right"),
    ("“contribute to strengthening”", '"contribute to strengthening"', "right"),
    ("South Korea’s share", "South Korea's share", "right"),
    ("Jong-eun-bo", "jong eun bo", "right"),
    ("Jong-eun-bo", "Jongeunbo", "right"),
    ("8.2%", "8.2%", "right"),
    ("8.2%", "8.2 %", "right"),
    ("8.2%", "8.2 percent", "right"),
    ("13 per cent", "13%", "right"),
    ("1,000 troops", "1000 troops", "right"),
    ("$4.7 billion", "$4.7 billion", "right"),
    ("$4.7 billion", "4.7 billion", "right"),
    ("1950-1953", "1950–1953", "right"),
    ("26 January 1950", "26 january 1950", "right"),
    ("26 January 1950", "January 26, 1950", "right"),
    ("26 January 1950", "26 Jan 1950", "right"),
    # a small typo in a long word is forgiven
    ("Washington", "Washingtn", "right"),
    ("Washington", "Washignton", "right"),
    ("Northeast Asia", "Northeest Asia", "right"),
    ("peninsula", "penninsula", "right"),
    ("mutual defence assistance", "mutual defense assistance", "right"),
    # ... but never in a short word, and never two slips in a medium one
    ("Seoul", "Seol", "wrong"),
    ("Washington", "Wshngton", "wrong"),
    ("Friday", "Fryday", "wrong"),
    # a different number, date or name is always wrong
    ("1950", "1951", "wrong"),
    ("8.2%", "8.3%", "wrong"),
    ("8.2%", "82%", "wrong"),
    ("8.2%", "8.2", "right"),
    ("13%", "31%", "wrong"),
    ("1.04 trillion won", "1.04 billion won", "wrong"),
    ("$4.7 billion", "$4.7 million", "wrong"),
    ("$4.7 billion", "€4.7 billion", "wrong"),
    ("26 January 1950", "26 January 1951", "wrong"),
    ("26 January 1950", "26 June 1950", "wrong"),
    ("26 January 1950", "27 January 1950", "wrong"),
    ("five-fold", "four-fold", "wrong"),
    ("five-fold", "fivefold", "right"),
    ("five-fold", "5-fold", "right"),
    ("1950-53", "1950–1953", "right"),
    ("1950-53", "1950-54", "wrong"),
    ("seventeen", "seventy", "wrong"),
    ("Donald Trump", "Donald Duck", "wrong"),
    ("Donald Trump", "Donald", "wrong"),
    ("Donna Welton", "Donna Walton", "wrong"),
    ("Northeast Asia", "Southeast Asia", "wrong"),
    ("increased", "decreased", "wrong"),
    ("Donald Trump", "", "wrong"),
    ("Donald Trump", "   ", "wrong"),
]


@pytest.mark.parametrize(("expected", "typed", "verdict"), TEXT_ROWS)
def test_typed_answers_are_graded_by_the_table(expected: str, typed: str, verdict: str) -> None:
    kind = "date" if "January" in expected else ""
    assert grade_text(expected, typed, kind).verdict == verdict


def test_an_exact_answer_is_marked_exact_and_a_forgiven_typo_is_not() -> None:
    assert grade_text("Washington", "washington").exact
    assert not grade_text("Washington", "Washingtn").exact


MCQ = Question(
    id="m1",
    kind="mcq",
    prompt="South Korean joint defence spending in 2019 rose by _____.",
    answer="8.2%",
    answer_kind="percent",
    sentence="Thus, South Korean joint defence spending in 2019 has been increased by 8.2%.",
    sentence_index=7,
    options=("5.1%", "8.2%", "13%", "20%"),
)


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [
        ("B", "right"),
        ("b", "right"),
        (" b. ", "right"),
        ("B)", "right"),
        ("2", "right"),
        ("8.2%", "right"),
        ("8.2 %", "right"),
        ("A", "wrong"),
        ("c", "wrong"),
        ("4", "wrong"),
        ("13%", "wrong"),
        ("8.3%", "wrong"),
    ],
)
def test_multiple_choice_takes_a_letter_or_number_in_any_case_or_the_option_text(typed: str, verdict: str) -> None:
    assert grade(MCQ, typed).verdict == verdict


TWO_BLANKS = Question(
    id="c2",
    kind="cloze",
    prompt="Spending rose by _____ [percentage], to _____ [amount].",
    answer="8.2% · 1.04 trillion won",
    answer_kind="percent",
    sentence="Spending rose by 8.2%, to 1.04 trillion won.",
    sentence_index=7,
    cloze="Spending rose by {{c1::8.2%}}, to {{c1::1.04 trillion won}}.",
    answers=("8.2%", "1.04 trillion won"),
)


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [
        ("8.2%; 1.04 trillion won", "right"),
        ("8.2 % ;1.04 TRILLION WON", "right"),
        ("8.2%, 1.04 trillion won", "right"),  # a comma works when no answer contains one
        ("8.2% · 1.04 trillion won", "right"),
        ("1.04 trillion won; 8.2%", "wrong"),  # in order of the blanks
        ("8.2%; 1.04 billion won", "wrong"),
        ("8.2%", "wrong"),  # every blank must be answered
        ("8.2% 1.04 trillion won", "wrong"),
    ],
)
def test_a_cloze_with_several_blanks_takes_the_answers_in_order_separated_by_semicolons(
    typed: str, verdict: str
) -> None:
    assert grade(TWO_BLANKS, typed).verdict == verdict


def test_a_comma_inside_an_expected_answer_means_only_semicolons_separate() -> None:
    question = Question(
        id="c3",
        kind="cloze",
        prompt="Signed on _____ in _____.",
        answer="January 26, 1950 · Seoul",
        answer_kind="date",
        sentence="Signed on January 26, 1950 in Seoul.",
        sentence_index=1,
        cloze="Signed on {{c1::January 26, 1950}} in {{c1::Seoul}}.",
        answers=("January 26, 1950", "Seoul"),
    )
    assert grade(question, "January 26, 1950; Seoul").correct
    assert not grade(question, "January 26, 1950, Seoul").correct
