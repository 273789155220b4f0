"""Reading and rewriting figures: values, formats and the normalisation options are compared by."""

from __future__ import annotations

from decimal import Decimal

import pytest

from quizgen.analyse.numeric import find_numeric_spans
from quizgen.questions.numbers import figures_in, normalise, replace_figure, same_format, value_of
from quizgen.questions.text import needs_an


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("8.2%", "8.2"),
        ("13 per cent", "13"),
        ("1.04 trillion won", "1040000000000"),
        ("$915 million", "915000000"),
        ("$4.7 billion", "4700000000"),
        ("€1.2bn", "1200000000"),
        ("£300", "300"),
        ("US$5 million", "5000000"),
        ("5 million dollars", "5000000"),
        ("28,500", "28500"),
        ("1,000", "1000"),
        ("two million", "2000000"),
        ("Twenty-five", "25"),
        ("five-fold", "5"),
        ("fivefold", "5"),
        ("3-fold", "3"),
        ("twice", "2"),
        ("300 km", "300"),
        ("26th", "26"),
    ],
)
def test_a_figure_is_read_with_its_scale_word(text, value):
    assert value_of(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1950-1953", "26 January 1950", "Seoul", ""])
def test_a_text_with_no_single_figure_has_no_value(text):
    assert value_of(text) is None


@pytest.mark.parametrize(
    ("text", "new", "expected"),
    [
        ("8.2%", "6.4", "6.4%"),
        ("8.2%", "10", "10.0%"),
        ("28,500", "31000", "31,000"),
        ("1,000", "800", "800"),
        ("915", "1140", "1,140"),
        ("1000", "2000", "2000"),
        ("$4.7 billion", "3.85", "$3.9 billion"),
        ("1.04 trillion won", "1.2", "1.20 trillion won"),
        ("five-fold", "3", "three-fold"),
        ("Five-fold", "7", "Seven-fold"),
        ("twenty-five years", "31", "thirty-one years"),
        ("26th of May", "3", "3rd of May"),
        ("the end of March 2020", "2018", "the end of March 2018"),
    ],
)
def test_a_new_value_is_written_in_the_old_figures_format(text, new, expected):
    figure = figures_in(text)[-1]
    assert replace_figure(text, figure, Decimal(new)) == expected


def test_a_number_in_words_beyond_ninety_nine_cannot_be_written_so():
    figure = figures_in("five-fold")[0]
    assert replace_figure("five-fold", figure, Decimal(250)) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1,000", "1000"),
        ("13%", "13 per cent"),
        ("45 percent", "45%"),
        ("8.20%", "8.2%"),
        ("the US", "US"),
        ("U.S.", "US"),
        ("Donald  Trump", "donald trump"),
        ("Jong-eun-bo", "Jongeunbo"),
        ("five-fold", "fivefold"),
        ("1950–1953", "1950-1953"),
        ("“Seoul”", "Seoul"),
    ],
)
def test_options_that_differ_only_in_case_spacing_punctuation_or_number_format_are_equal(first, second):
    assert normalise(first) == normalise(second)


@pytest.mark.parametrize(("first", "second"), [("8.2%", "82%"), ("1,000", "100"), ("$4.7 billion", "$4.7 million"),
                                               ("2018", "2019"), ("South Korea", "North Korea")])
def test_different_values_stay_different_after_normalising(first, second):
    assert normalise(first) != normalise(second)


@pytest.mark.parametrize(
    ("answer", "option", "same"),
    [
        ("8.2%", "6.4%", True),
        ("8.2%", "6%", False),  # decimals
        ("8.2%", "6.4 per cent", False),  # the sign's wording
        ("28,500", "31,000", True),
        ("28,500", "31000", False),  # separators
        ("915", "1,140", True),  # a short figure says nothing about separators
        ("$4.7 billion", "$3.9 billion", True),
        ("$4.7 billion", "$3.9 million", False),  # scale word
        ("$4.7 billion", "€3.9 billion", False),  # currency
        ("$4.7 billion", "3.9 billion dollars", False),
        ("300 km", "400 km", True),
        ("300 km", "400 miles", False),  # unit
        ("-3.2%", "2.1%", False),  # sign
        ("five-fold", "three-fold", True),
        ("five-fold", "3-fold", False),  # words versus digits
        ("five-fold", "threefold", False),
        ("twice", "three times", True),
        ("26 January 1950", "3 March 1951", True),
        ("26 January 1950", "January 3, 1950", False),
        ("Aug. 20", "Sept. 3", True),
        ("Aug. 20", "May 3", True),
        ("1950–53", "1948–51", True),
        ("1950–53", "1948-51", False),  # the dash
        ("Friday", "Monday", True),
        ("the end of March 2020", "the end of June 2020", True),
        ("the end of March 2020", "June 2020", False),
    ],
)
def test_same_format_means_only_the_values_differ(answer, option, same):
    assert same_format(answer, option) is same


@pytest.mark.parametrize(
    ("text", "an"),
    [
        ("8.2%", True), ("80 million", True), ("11", True), ("18,000", True), ("1,100", False), ("15%", False),
        ("$915 million", False), ("enzyme", True), ("university", False), ("European", False), ("hour", True),
        ("FBI", True), ("UN", False), ("NATO", False), ("one-off", False), ("umbrella", True), ("leaf", False),
    ],
)
def test_a_or_an_follows_the_sound_of_the_first_word(text, an):
    assert needs_an(text) is an


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # Review 69: "1.6" and "10" were read apart, and "8 metres per second" as a speed of its own (review 40).
        ("The charge on one electron is tiny (about 1.6 × 10⁻¹⁹ coulombs), but it equals a proton's charge.",
         ["1.6 × 10⁻¹⁹"]),
        ("In a vacuum, light travels at about 3.00 × 10^8 metres per second.", ["3.00 × 10^8"]),
        ("Avogadro's number is 6.02 x 10^23 particles per mole.", ["6.02 x 10^23"]),
        # Guards: a product that is no power of ten stays figures apart.
        ("Inflation is (126 − 120) ÷ 120 × 100 = 5 percent.", ["126", "120", "120", "100", "5 percent"]),
        ("The room measures 4 × 5 metres.", ["4", "5 metres"]),
    ],
)
def test_a_figure_in_scientific_notation_is_one_figure(sentence, figures):
    assert [span.text for span in find_numeric_spans(sentence)] == figures
