"""Books split into chapters with their real titles; the table of contents and the index are not chapters."""

import json
from pathlib import Path

import pytest

from quizgen.read import document_from_text, read_source

BOOK = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "origin-of-species.txt"

PROSE = "The river rose by 3 metres in 1911, and the town was moved uphill within a year. " * 3
RIVER = (
    "The Severn flooded the lower town in 1911, when the water rose by 3 metres in a single night. "
    "The council spent 40,000 pounds on a new embankment, which was finished in 1913."
)
MARKET = (
    "The cattle market moved to Castle Square in 1920, after the old hall burned down. "
    "By 1958 about 12,000 people came to the Saturday market, twice as many as in 1930."
)

SMALL_BOOK = f"""A HISTORY OF THE TOWN

CONTENTS

  CHAPTER I.

  THE RIVER.

  CHAPTER II.

  THE MARKET.

  INDEX.


CHAPTER I. THE RIVER.

{RIVER}

{PROSE}

CHAPTER II. THE MARKET--CONTINUED.

{MARKET}

{PROSE}

INDEX.

  River, floods of, 3

  Market, 9
"""


def _titles_and_first_texts(document):
    return [
        (title, next(b.text for b in document.blocks if b.section == i)) for i, title in enumerate(document.sections)
    ]


def test_chapters_become_sections_and_the_contents_list_is_dropped():
    document = document_from_text(SMALL_BOOK)
    assert _titles_and_first_texts(document) == [
        ("", "A HISTORY OF THE TOWN"),
        ("Chapter I. The River", "CHAPTER I. THE RIVER."),
        ("Chapter II. The Market—Continued", "CHAPTER II. THE MARKET--CONTINUED."),
    ]
    texts = [b.text for b in document.blocks]
    assert "CONTENTS" not in texts
    assert "THE RIVER." not in texts  # the contents' entry, not the chapter


def test_the_index_at_the_back_is_not_study_text():
    document = document_from_text(SMALL_BOOK)
    assert not any("Market, 9" in b.text for b in document.blocks)
    assert document.blocks[-1].text == PROSE.strip()


def test_chapter_title_on_the_line_after_the_chapter_number():
    text = f"My Book\n\nChapter 1\n\nThe Early Years\n\n{PROSE}\n\nChapter 2\n\nLater On\n\n{PROSE}\n"
    document = document_from_text(text)
    assert document.sections == ("", "Chapter 1. The Early Years", "Chapter 2. Later On")
    assert [b.is_heading for b in document.blocks if b.section == 1] == [True, True, False]


def test_a_short_article_has_one_untitled_section(sample_path: Path):
    assert read_source(sample_path).sections == ("",)


def test_a_sentence_that_mentions_a_chapter_is_not_a_chapter():
    text = f"Notes\n\nChapter 3 explains the floods of 1911.\n\n{PROSE}\n\nChapter 4 is shorter.\n"
    assert document_from_text(text).sections == ("",)


@pytest.mark.skipif(not BOOK.exists(), reason="the shared corpus is not beside the repository")
def test_origin_of_species_splits_into_its_fifteen_chapters_with_real_titles():
    document = read_source(BOOK)
    assert document.title == "On the Origin of Species"
    chapters = [s for s in document.sections if s.startswith("Chapter")]
    assert chapters == [
        "Chapter I. Variation Under Domestication",
        "Chapter II. Variation Under Nature",
        "Chapter III. Struggle for Existence",
        "Chapter IV. Natural Selection; or the Survival of the Fittest",
        "Chapter V. Laws of Variation",
        "Chapter VI. Difficulties of the Theory",
        "Chapter VII. Miscellaneous Objections to the Theory of Natural Selection",
        "Chapter VIII. Instinct",
        "Chapter IX. Hybridism",
        "Chapter X. On the Imperfection of the Geological Record",
        "Chapter XI. On the Geological Succession of Organic Beings",
        "Chapter XII. Geographical Distribution",
        "Chapter XIII. Geographical Distribution—Continued",
        "Chapter XIV. Mutual Affinities of Organic Beings: Morphology—Embryology—Rudimentary Organs",
        "Chapter XV. Recapitulation and Conclusion",
    ]
    assert document.sections[:2] == ("", "Introduction")
    assert document.sections[-1] == "Glossary of the Principal Scientific Terms Used in the Present Volume"


@pytest.mark.skipif(not BOOK.exists(), reason="the shared corpus is not beside the repository")
def test_origin_of_species_without_gutenberg_licence_or_contents():
    document = read_source(BOOK)
    texts = [b.text for b in document.blocks]
    assert not any("Project Gutenberg" in t for t in texts[-50:])
    assert not any(t.startswith("Produced by") for t in texts)
    assert "CONTENTS." not in texts
    chapter_one = document.sections.index("Chapter I. Variation Under Domestication")
    first_prose = next(b for b in document.blocks if b.section == chapter_one and not b.is_heading)
    assert first_prose.text.startswith("When we compare the individuals of the same variety or sub-variety")
    # every chapter holds real text, not only its title and synopsis
    for index, _ in enumerate(document.sections):
        assert sum(1 for b in document.blocks if b.section == index and not b.is_heading) >= 5


def test_a_book_becomes_a_deck_with_a_subdeck_per_chapter(tmp_path: Path):
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
    from typer.testing import CliRunner

    from quizgen.cli import app

    book = tmp_path / "town.txt"
    book.write_text(SMALL_BOOK, encoding="utf-8")
    bank_result = CliRunner().invoke(app, ["generate", str(book), "-f", "json", "-o", "-"])
    assert bank_result.exit_code == 0, bank_result.output
    questions = json.loads(bank_result.stdout)["questions"]
    if not questions:
        pytest.skip("question assembly has not landed yet: the bank is empty")
    deck = tmp_path / "town.apkg"
    result = CliRunner().invoke(app, ["generate", str(book), "-o", str(deck), "--deck-name", "Town"])
    assert result.exit_code == 0, result.output
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(package_path=str(deck), options=ImportAnkiPackageOptions())
        col.import_anki_package(request)
        assert col.card_count() == len(questions)  # one card per question
        decks = {col.decks.name(col.get_card(cid).did) for cid in col.find_cards("")}
        assert decks <= {"Town::Chapter I. The River", "Town::Chapter II. The Market—Continued"}
        assert {q["section"] for q in questions} == {"Chapter I. The River", "Chapter II. The Market—Continued"}
    finally:
        col.close()


def test_max_per_section_caps_each_chapter(tmp_path: Path):
    from typer.testing import CliRunner

    from quizgen.cli import app

    book = tmp_path / "town.txt"
    book.write_text(SMALL_BOOK, encoding="utf-8")
    full = CliRunner().invoke(app, ["generate", str(book), "-f", "json", "-o", "-"])
    capped = CliRunner().invoke(app, ["generate", str(book), "-f", "json", "-o", "-", "--max-per-section", "1"])
    assert full.exit_code == 0 and capped.exit_code == 0, full.output + capped.output
    sections = [q["section"] for q in json.loads(capped.stdout)["questions"]]
    if not json.loads(full.stdout)["questions"]:
        pytest.skip("question assembly has not landed yet: the bank is empty")
    assert sorted(sections) == sorted(set(sections))  # at most one per chapter
    assert len(json.loads(full.stdout)["questions"]) > len(sections)


NOTES_SAVED_AS_TEXT = f"""# The Town ##

{RIVER}

## The River

{RIVER}

## The Market

{MARKET}

#floods was the word of the week in 1911.
"""


def test_markdown_headings_in_a_plain_text_file_are_headings_without_their_marks(tmp_path: Path):
    # Blind review 82 wrote "# Quadratic Equations" into a .txt file, and every card read 'From "# Quadratic …"'.
    path = tmp_path / "notes.txt"
    path.write_text(NOTES_SAVED_AS_TEXT, encoding="utf-8")
    document = read_source(path)
    assert document.title == "The Town"
    assert document.sections == ("", "The River", "The Market")
    assert [b.text for b in document.blocks if b.is_heading] == ["The Town", "The River", "The Market"]
    assert document.blocks[-1].text == "#floods was the word of the week in 1911."
    as_markdown = tmp_path / "notes.md"
    as_markdown.write_text(NOTES_SAVED_AS_TEXT, encoding="utf-8")
    assert read_source(as_markdown).sections == document.sections


def test_a_plain_text_file_without_markdown_headings_keeps_its_first_line_as_title(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_text(f"The Town\n\n{RIVER}\n\n{MARKET}\n", encoding="utf-8")
    document = read_source(path)
    assert document.title == "The Town" and document.sections == ("",)
