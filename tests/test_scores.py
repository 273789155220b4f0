"""Match scores: the lead's result is asked under a [score] hint, never [range]; a score of a list of sets, another
match's score and a score past the lead are not asked (blind reviews 81-95)."""

import pytest

import quizgen
from quizgen.analyse.numeric import find_numeric_spans

HANDBALL = (
    "Denmark win handball title\n\n"
    "Denmark became the first men's team to win four consecutive world handball championships on Sunday, holding "
    "off a late French comeback to win a tense final 31-28 in front of 17,800 fans at the Unity Arena.\n\n"
    "Earlier on Sunday, Croatia beat co-hosts Norway 29-26 to take the bronze medal, their first podium finish since "
    "2009."
)
HOCKEY = (
    "Belgium win hockey title\n\n"
    "Belgium won the men's EuroHockey Championship for the third time on Saturday, beating the Netherlands 3-1 in a "
    "penalty shoot-out after the final finished 2-2 in regulation time. About 9,000 fans watched in Mönchengladbach."
)
VOLLEYBALL = (
    "Serbia win volleyball title\n\n"
    "Serbia won the Volleyball Nations League for the first time on Sunday, in front of almost 11,000 fans. "
    "The Serbians took the match 25-21, 25-19, 25-23 in just 84 minutes.\n\n"
    "In the bronze-medal match earlier in the day, Italy beat the United States 3-1 (25-20, 22-25, 25-18, 25-22)."
)
ICE_HOCKEY = (
    "Latvia reach semi-finals\n\n"
    "Latvia beat Canada in overtime on Thursday to reach the semi-finals of the ice hockey world championship for the "
    "first time, before 12,000 fans in Prague.\n\n"
    "They will now meet Switzerland, 5-1 winners over Sweden, in Saturday's first semi-final."
)


def prompts_of(article: str) -> dict[str, str]:
    return {q.answer: q.prompt for q in quizgen.generate(article).questions}


@pytest.mark.parametrize(
    ("article", "answer", "shown"),
    [
        pytest.param(HANDBALL, "31-28", "to win a tense final [score] in front of", id="a-final-score-in-the-lead"),
        pytest.param(HOCKEY, "2-2", "after the final finished [score] in regulation time", id="a-drawn-score"),
    ],
)
def test_the_score_of_the_match_the_story_reports_is_hinted_score(article, answer, shown):
    prompt = prompts_of(article)[answer]
    assert shown in prompt and "[range]" not in prompt


@pytest.mark.parametrize(
    ("article", "answer"),
    [
        # blind review 94: the third set of a list of sets, and the fourth of another match's
        pytest.param(VOLLEYBALL, "25-23", id="the-last-set-of-a-list"),
        pytest.param(VOLLEYBALL, "25-22", id="a-set-of-the-bronze-match"),
        # blind review 95: the bronze match, past the lead; blind review 90: another quarter-final's score
        pytest.param(HANDBALL, "29-26", id="another-matchs-score"),
        pytest.param(ICE_HOCKEY, "5-1", id="the-next-opponents-score"),
    ],
)
def test_a_set_score_or_another_matchs_score_is_not_asked(article, answer):
    answers = prompts_of(article)
    assert answers and answer not in answers, list(answers)


def test_a_list_of_ranges_is_no_list_of_scores():
    # a range runs upward in every pair, so "9-11, 12-14 and 15-17" keeps the range it had
    sentence = "Training groups are split by age into 9-11, 12-14 and 15-17, with about 420 children in all."
    assert [(span.text, span.kind) for span in find_numeric_spans(sentence)] == [("12-14", "range"), ("420", "number")]


def test_a_vote_told_like_a_score_is_not_hinted_score():
    article = ("Court ruling\n\nThe Supreme Court ruled 5-4 on Tuesday that the 1972 Clean Farms Act still applied to "
               "about 3,400 farms in Iowa.")
    assert prompts_of(article)["5-4"].startswith("From “Court ruling”: The Supreme Court ruled [range] on Tuesday")


def test_years_before_christ_that_fall_are_no_score():
    # review 63 judged "In [508-507] BC a nobleman named Cleisthenes introduced reforms" ok
    article = ("Athens\n\nAthens was the largest city of ancient Greece, home to about 250,000 people. "
               "In 508-507 BC a nobleman named Cleisthenes introduced reforms that gave power to ordinary citizens.")
    assert "In [range] BC a nobleman" in prompts_of(article)["508-507"]
