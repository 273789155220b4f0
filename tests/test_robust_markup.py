"""Hostile text stays text: HTML, entities, cloze syntax and rich markup in an article never act as markup.

The Anki exporter is tested on hand-made hostile banks in test_anki_export.py, and the quiz on a hostile
bank in test_quiz_cli.py; here a hostile *article* goes through the real command into a deck, a CSV
and the terminal, and the escaping functions are checked on any text at all.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import anki.lang
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest, ImportCsvRequest
from anki.utils import strip_html
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.export.anki import deck_part
from quizgen.export.anki_text import cloze_field, field_text
from quizgen.model import Question

anki.lang.set_lang("en")  # strip_html needs a language

ARTICLE = """AT&T [bold]Annual[/bold] Report :: 2020

AT&T paid 4.5 billion dollars for the [bold]fibre network[/bold] in 2019, the company's chief executive John Stankey said on Monday.

Prices at the <b>market</b> in the old town of Ruritania rose by 8% in 2020, the statistics office reported.

<script>alert('x')</script> The city council approved 300 new homes on the edge of the river valley in March 2018.

Engineers wrote {{c1::x}} on the plans, and the new bridge cost 45 million pounds when it opened in 2015.

The tax rate, printed as [red]3 < 5[/red] in the annual report, rose to 7.5% in 2021 according to the central bank of Ruritania.

The final score was 10 }} 3 after the cup final in Madrid, which was watched by 52,000 fans in 1998.

The word &amp; appeared in 45 court documents filed by the lawyer Jane Doe in Chicago in 2012.

The museum, which opened in 1887 with 1,200 paintings, was founded by the banker Henry Tate in London.
"""
TITLE = "AT&T [bold]Annual[/bold] Report :: 2020"
MARKUP = re.compile(r"<(?!/?(?:div|ol|li|span|br|hr|b|i|style|p)\b)|<script|<b>market|\{\{c1::x|&amp;amp;")
ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "300"}


def quizgen(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *map(str, args)], capture_output=True, text=True, env=ENV, timeout=120
    )


def shown(card_html: str) -> str:
    """What the student reads: the text without tags, entities decoded, spaces collapsed."""
    return " ".join(strip_html(card_html).split())


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The hostile article, and its bank, deck and CSV as the real command writes them."""
    folder = tmp_path_factory.mktemp("hostile")
    source = folder / "hostile.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    for suffix in ("json", "apkg", "csv"):
        result = quizgen("generate", source, "-o", folder / f"hostile.{suffix}")
        assert result.returncode == 0, result.stderr
    bank = json.loads((folder / "hostile.json").read_text(encoding="utf-8"))
    return folder, source, bank


def test_sentences_with_html_or_cloze_syntax_give_no_items_and_the_rest_do(made):
    _, _, bank = made
    sentences = {q["sentence"] for q in bank["questions"]}
    assert len(bank["questions"]) >= 6
    assert bank["source"]["title"] == TITLE
    assert not any(mark in sentence for sentence in sentences for mark in ("<b>", "<script", "{{", "}}", "&amp;"))
    assert any("[bold]fibre network[/bold]" in s for s in sentences) and any("[red]3 < 5[/red]" in s for s in sentences)


def test_every_anki_card_shows_the_articles_text_literally(made, tmp_path):
    folder, _, bank = made
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(package_path=str(folder / "hostile.apkg"), options=ImportAnkiPackageOptions())
        log = col.import_anki_package(request).log
        questions = {q["id"]: q for q in bank["questions"]}
        assert len(log.new) == col.card_count() == len(questions)
        assert {col.get_note(nid).fields_check() for nid in col.find_notes("")} == {0}
        for card_id in col.find_cards(""):
            card = col.get_card(card_id)
            question = questions[card.note()["QuizgenId"]]
            front, back = card.question().split("</style>")[1], card.answer().split("</style>")[1]
            assert not MARKUP.search(front) and not MARKUP.search(back), front
            assert col.decks.name(card.did) == "AT&T [bold]Annual[/bold] Report : 2020"  # one level, not two
            if question["kind"] == "mcq":
                assert shown(front) == " ".join(f"{question['prompt']} {' '.join(question['options'])}".split())
            else:
                assert shown(front) == " ".join(question["prompt"].split())  # "[person]": the hint, as in the bank
                assert question["sentence"] in shown(back)
            if "3 < 5" in question["sentence"]:
                assert "3 &lt; 5" in back
    finally:
        col.close()


def test_the_csv_imported_with_ankis_own_guesses_shows_the_bank_text(made, tmp_path):
    folder, _, bank = made
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        metadata = col.get_csv_metadata(str(folder / "hostile.csv"), None)
        col.import_csv(ImportCsvRequest(path=str(folder / "hostile.csv"), metadata=metadata))
        notes = [col.get_note(nid) for nid in sorted(col.find_notes(""))]
        fronts = [" ".join(html.unescape(strip_html(note.fields[0])).split()) for note in notes]
        expected = [" ".join(f"{q['prompt']} {labelled(q.get('options', []))}".split()) for q in bank["questions"]]
        assert fronts == expected
        assert not any(MARKUP.search(note.fields[0]) for note in notes)
    finally:
        col.close()


def labelled(options: list[str]) -> str:
    return " ".join(f"({letter}) {option}" for letter, option in zip("ABCDEF", options, strict=False))


def test_preview_prints_rich_markup_in_the_article_literally(made):
    _, source, _ = made
    result = quizgen("preview", source)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{TITLE} — ")
    assert "[bold]fibre network[/bold]" in result.stdout
    assert "printed as [red]3 < 5[/red] in the annual report" in result.stdout


def test_facts_prints_rich_markup_in_the_article_literally(made):
    _, source, _ = made
    result = quizgen("facts", source, "--json")
    assert result.returncode == 0, result.stderr
    assert any("[red]3 < 5[/red]" in row["sentence"] for row in json.loads(result.stdout))
    table = quizgen("facts", source)
    assert table.returncode == 0 and "[bold]" in table.stdout


# The escaping functions, on any text at all.

HOSTILE_PIECES = st.sampled_from(
    ["<", ">", "&", "&amp;", "&#58;", "<b>", "</b>", "<script>", "{{", "}}", "{{c1::", "::", ":", "[sound:a.mp3]",
     "[bold]", "[/]", '"', "'", "\\", "\n", "\t", " ", "c1", "x"]
)  # fmt: skip
HOSTILE_TEXT = st.lists(st.one_of(HOSTILE_PIECES, st.text(max_size=5)), max_size=12).map("".join)
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(HOSTILE_TEXT)
def test_field_text_leaves_nothing_anki_could_read_as_markup_and_shows_the_text_as_it_was(text):
    field = field_text(text)
    assert not set(field) & set("<>{}:")
    assert html.unescape(field) == text


@FAST
@given(HOSTILE_TEXT)
def test_a_title_is_always_one_deck_level(text):
    assert "::" not in deck_part(text)


@FAST
@given(before=HOSTILE_TEXT, answer=st.text(min_size=1, max_size=8).filter(str.strip), after=HOSTILE_TEXT)
def test_a_cloze_field_has_exactly_one_blank_whatever_surrounds_the_answer(before, answer, after):
    sentence = before + answer + after
    question = Question(
        id="q", kind="cloze", prompt="", answer=answer, answer_kind="term", sentence=sentence, sentence_index=0,
        cloze=before + "{{c1::" + answer + "}}" + after, answers=(answer,),
    )  # fmt: skip
    field = cloze_field(question)
    assert field.count("{{") == field.count("}}") == 1 and field.count("::") == 1
    head, rest = field.split("{{c1::")
    hidden, tail = rest.split("}}")
    assert html.unescape(head + hidden + tail) == sentence
    assert html.unescape(hidden) == answer
