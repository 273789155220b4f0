"""What stands beside an answer and would tell it: the same range in other units, a unit's symbol in brackets, the
next ordinal after a count, a short name clipped from the answer's words."""

from __future__ import annotations

import pytest

import quizgen
from quizgen.model import Question
from quizgen.questions.flaws import flaws_of


def _given_away(prompt: str, answer: str, kind: str) -> bool:
    """Does the automatic check find the answer told by its cloze card's own prompt?"""
    question = Question(
        id="x", kind="cloze", prompt=prompt, answer=answer, answer_kind=kind,
        sentence=prompt.replace("_____", answer), sentence_index=0,
        cloze=prompt.replace("_____", "{{c1::" + answer + "}}"), answers=(answer,),
    )
    return "answer-part-in-prompt" in flaws_of(question)


def _prompts(tmp_path, body: str) -> dict[str, str]:
    path = tmp_path / "figures.txt"
    path.write_text(f"Plants\n\n{body}\n", encoding="utf-8")
    return {question.answer: question.prompt for question in quizgen.generate(path).questions}


@pytest.mark.parametrize(
    ("body", "answer", "shown", "hidden"),
    [
        # blind review 95: "(16 to 82 ft)" after the blank converts back to the answer
        ("Baobabs typically reach heights of 5 to 25 metres (16 to 82 ft), and some species exceed 30 m. "
         "Their flowers open at night and are pollinated by fruit bats.",
         "5 to 25 metres", ", and some species exceed 30 m.", "82 ft"),
        # blind review 94: "(nm)" after the blank tells the unit the answer spells out
        ("Viruses are much smaller than bacteria, usually between 20 and 300 nanometres (nm) across. "
         "They can be seen only with an electron microscope.",
         "20 and 300 nanometres", " across.", "(nm)"),
    ],
)
def test_a_range_in_other_units_or_a_units_symbol_after_the_blank_is_left_out(tmp_path, body, answer, shown, hidden):
    prompt = _prompts(tmp_path, body)[answer]
    assert shown in prompt
    assert hidden not in prompt


def test_the_other_units_stay_beside_a_figure_not_asked(tmp_path):
    prompts = _prompts(
        tmp_path,
        "Baobabs typically reach heights of 5 to 25 metres (16 to 82 ft), and some species exceed 30 m. "
        "Their flowers open at night and are pollinated by fruit bats.",
    )
    assert "reach heights of 5 to 25 metres (16 to 82 ft), and some species exceed [quantity]." in prompts["30 m"]


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        # the next ordinal counts on from the answer (blind review 95, bad)
        ("France have won the event _____, most recently in 2017, and were chasing a record seventh crown.",
         "six times", True),
        ("She has won _____ titles and is chasing her 5th.", "four", True),
        # an ordinal of something else, or the same ordinal, tells nothing
        ("France have won the event _____ and finished third in 2019.", "six times", False),
        ("In her seventh season she won _____ titles.", "seven", False),
        # an ordinal that counts nothing on from the answer (review of this rule)
        ("In the third quarter the team scored _____.", "two goals", False),
        ("It has _____, the second largest in the region.", "one airport", False),
    ],
)
def test_the_next_ordinal_in_the_prompt_gives_a_count_away(prompt, answer, given_away):
    assert _given_away(prompt, answer, "quantity") is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        # a short name clipped from the answer's words spells it out (blind review 95)
        ("Funds came from the state-owned _____, or KenGen, which paid 18% of the cost.",
         "Kenya Electricity Generating Company", True),
        ("Parcels went by _____ (FedEx) overnight.", "Federal Express", True),
        # a name in two capitals that is not made from the answer
        ("Videos on YouTube were made by _____ in 2019.", "British Broadcasting Corporation", False),
    ],
)
def test_a_name_clipped_from_the_answers_words_gives_it_away(prompt, answer, given_away):
    assert _given_away(prompt, answer, "organisation") is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        # a prompt word with an ending put on it is the answer's (blind review 98, bad)
        ("Endocrine glands have no ducts, which is why they are sometimes described as _____.", "ductless glands",
         True),
        # a word that only begins like another is no derivation of it
        ("The glands release hormones into the blood, as _____ do.", "ductless glands", False),
    ],
)
def test_an_answer_word_made_from_a_prompt_word_is_given_away(prompt, answer, given_away):
    assert _given_away(prompt, answer, "term") is given_away
