"""Properties over any text at all: reading, analysis and generation never crash, and what they make is sound.

Two kinds of input: arbitrary Unicode (with the characters that break parsers mixed in), which mostly
makes no questions; and article-like text built from templates with random figures and names, which
makes many, so that the properties of the questions are exercised too.
"""

from __future__ import annotations

import os
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.analyse import analyse
from quizgen.errors import QuizgenError
from quizgen.model import Document, QuestionBank
from quizgen.questions import questions_from
from quizgen.questions.flaws import flaws_of
from quizgen.read import document_from_text
from quizgen.templates import default_templates

TEMPLATES = default_templates()
# 150 examples keep the suite fast; QUIZGEN_PROPERTY_EXAMPLES=2000 makes a thorough hunt.
SETTINGS = settings(
    max_examples=int(os.environ.get("QUIZGEN_PROPERTY_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Characters that break readers: line ends of every kind, controls, NUL, invisible and bidi marks,
# markup, quotes, sentence ends, digits and currency.
AWKWARD = st.sampled_from(
    list("\r\n\t\x00\x0b\x0c\x1b\x7f\u2028\u2029\u0085\u00a0\u200b\ufeff\u202e\u2066\u00ad")
    + list(".!?…;:\"'“”‘’()[]{}<>&#%$€£¥-–—/\\_*")
    + ["{{c1::", "}}", "::", "<b>", "</b>", "<script>", "&amp;", "[bold]", "[/bold]", "Mr.", "U.S.", "e.g.", "\n\n"]
)
ANY_TEXT = st.lists(st.one_of(st.text(max_size=30), AWKWARD, st.integers(0, 10**7).map(str)), max_size=60).map(
    "".join
)
FORMATS = st.sampled_from(["txt", "md", "html"])


def read_or_refuse(text: str, input_format: str) -> Document | None:
    """The Document, or None where the reader refused the text with a QuizgenError (the only error allowed)."""
    try:
        return document_from_text(text, path="any.txt", input_format=input_format)
    except QuizgenError:
        return None


def bank_for(document: Document, seed: int = 0) -> QuestionBank:
    return questions_from(analyse(document), TEMPLATES, seed=seed)


def assert_sound(bank: QuestionBank, document: Document) -> None:
    """Every item: no automatic flaw, every answer verbatim in its sentence, every sentence from the source."""
    analysis = analyse(document)
    source_text = " ".join(" ".join(block.text for block in document.blocks).split())
    for question in bank.questions:
        assert flaws_of(question, analysis) == (), (question, flaws_of(question, analysis))
        answers = question.answers if question.kind == "cloze" else (question.answer,)
        assert all(answer and answer in question.sentence for answer in answers), question
        assert " ".join(question.sentence.split()) in source_text, question
        if question.kind == "mcq":
            assert question.options.count(question.answer) == 1 and len(set(question.options)) == len(question.options)
    ids = [question.id for question in bank.questions]
    assert len(ids) == len(set(ids))


def assert_spans_slice(document: Document) -> None:
    for sentence in analyse(document).sentences:
        assert sentence.text and sentence.text in document.blocks[sentence.block].text
        for span in sentence.spans:
            assert sentence.text[span.start : span.end] == span.text


@SETTINGS
@given(ANY_TEXT, FORMATS)
def test_reading_any_text_gives_a_document_or_a_quizgen_error(text, input_format):
    document = read_or_refuse(text, input_format)
    if document is None:
        return
    assert document.blocks and all(block.text.strip() for block in document.blocks)
    assert not any(char in block.text for block in document.blocks for char in "\x00\r\u202e\u2066\ufeff")


@SETTINGS
@given(ANY_TEXT, FORMATS)
def test_every_span_found_in_any_text_slices_its_sentence_to_its_text(text, input_format):
    document = read_or_refuse(text, input_format)
    if document is not None:
        assert_spans_slice(document)


@SETTINGS
@given(ANY_TEXT, FORMATS)
def test_questions_from_any_text_are_sound_or_there_are_none(text, input_format):
    document = read_or_refuse(text, input_format)
    if document is not None:
        assert_sound(bank_for(document), document)


# Article-like text: sentences from templates, with random figures, names and places.

FIRST = ["Maria", "John", "Aiko", "Kwame", "Sofia", "Liam", "Olga", "Ahmed", "Chen", "Isabel"]
LAST = ["Okafor", "Schmidt", "Tanaka", "Moreau", "Silva", "Novak", "Haddad", "Lindqvist", "Walsh", "Kim"]
PLACES = ["Lisbon", "Nairobi", "Osaka", "Toronto", "Krakow", "Lima", "Dublin", "Hanoi", "Accra", "Perth"]
ORGS = ["the World Bank", "the city council", "the health ministry", "Acme Holdings", "the central bank"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
SENTENCES = [
    "In {year}, {person} became the first mayor of {place} to win a third term, with {pct} of the vote.",
    "The new bridge in {place} cost {money} and opened on {day} {month} {year}.",
    "According to {org}, unemployment in {place} fell from {pct} to {pct2} between {year} and {year2}.",
    "{person} founded the company in {place} in {year} with {count} employees.",
    "The population of {place} grew by {pct} to {count} people in {year}, {org} said.",
    "The museum in {place}, which opened in {year}, holds more than {count} paintings.",
    "Engineers led by {person} finished the {km}-kilometre tunnel under {place} in {year}.",
    "Exports from {place} rose to {money} in {year}, up from {money2} a decade earlier.",
]


def article(seed: int, hostile: str = "") -> str:
    """A title and 3–10 sentences of a news story, every figure and name drawn from `seed`."""
    rng = random.Random(seed)

    def fill(template: str) -> str:
        year = rng.randint(1850, 2024)
        return template.format(
            year=year, year2=year + rng.randint(1, 30), day=rng.randint(1, 28), month=rng.choice(MONTHS),
            person=f"{rng.choice(FIRST)} {rng.choice(LAST)}", place=rng.choice(PLACES), org=rng.choice(ORGS),
            pct=f"{rng.randint(1, 60)}.{rng.randint(0, 9)}%", pct2=f"{rng.randint(1, 60)}%",
            money=f"${rng.randint(2, 900)} million", money2=f"${rng.randint(2, 900)} million",
            count=f"{rng.randint(2, 900):,}" if rng.random() < 0.5 else f"{rng.randint(1000, 90000):,}",
            km=rng.randint(2, 60),
        )  # fmt: skip

    body = [fill(rng.choice(SENTENCES)) for _ in range(rng.randint(3, 10))]
    if hostile:
        clause = f"One clause was marked{hostile} by {rng.choice(ORGS)} in {rng.randint(1900, 2020)}."
        body.insert(rng.randint(0, len(body)), clause)
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    return f"{rng.choice(PLACES)} in figures{hostile}\n\n" + "\n\n".join(paragraphs) + "\n"


# Mostly clean articles; some with a hostile piece in the title and in one sentence.
ARTICLES = st.builds(
    article, st.integers(0, 2**32), st.sampled_from(["", "", "", " [bold]", " <b>", " {{c1::x}}", " &amp;", " 3 < 5"])
)


@SETTINGS
@given(ARTICLES, st.integers(0, 5))
def test_questions_from_article_like_text_are_sound(text, seed):
    document = document_from_text(text, path="article.txt")
    assert_spans_slice(document)
    assert_sound(bank_for(document, seed), document)


def test_the_article_like_texts_do_make_questions():
    # Otherwise the property above would hold vacuously.
    made = [len(bank_for(document_from_text(article(seed), path="a.txt")).questions) for seed in range(25)]
    assert sum(1 for count in made if count >= 3) >= 20, made
