"""Plain-text sources: whole paragraphs, headings kept apart, Gutenberg wrappers skipped, format by ending."""

from pathlib import Path

import pytest

from quizgen.errors import QuizgenError
from quizgen.read import document_from_text, read_source

GUTENBERG = """\ufeffThe Project Gutenberg EBook of A Small Book, by Ann Author

This eBook is for the use of anyone anywhere at no cost.

Title: A Small Book

Author: Ann Author

*** START OF THIS PROJECT GUTENBERG EBOOK A SMALL BOOK ***




Produced by Some Volunteer




A SMALL BOOK.

The harbour was built in 1821 and
enlarged in 1870, when the railway
reached the town.

End of Project Gutenberg's A Small Book, by Ann Author

*** END OF THIS PROJECT GUTENBERG EBOOK A SMALL BOOK ***

***** This file should be named 99999.txt or 99999.zip *****
Updated editions will replace the previous one.
"""


def test_hard_wrapped_lines_make_one_paragraph_block():
    document = document_from_text("Title here\n\nThe war began in\n1950 and ended\nin 1953.\n\nA second one.\n")
    assert [b.text for b in document.blocks] == [
        "Title here",
        "The war began in 1950 and ended in 1953.",
        "A second one.",
    ]
    assert [b.is_heading for b in document.blocks] == [True, False, False]


def test_a_heading_is_never_glued_to_the_next_sentence():
    document = document_from_text("REVENUE GROWS\n\nRevenue rose 8.2% in 2024.\n")
    assert document.blocks[0].text == "REVENUE GROWS"
    assert document.blocks[0].is_heading
    assert document.blocks[1].text == "Revenue rose 8.2% in 2024."


def test_capitalised_title_with_a_full_stop_is_a_heading():
    document = document_from_text("CAUSES OF VARIABILITY.\n\nWhen we compare the individuals, we see.\n")
    assert document.blocks[0].is_heading


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a headline may end on a quotation (review 44 lost its title, and every item its context)
        ('Ferry inquiry blames overloading and "culture of shortcuts"\n\nThe report was published.\n',
         'Ferry inquiry blames overloading and "culture of shortcuts"'),
        ("Minister calls strike ‘a betrayal’\n\nTeachers walked out on Monday.\n", "Minister calls strike ‘a betrayal’"),
        # a line that closes a quoted sentence is body text, not a title
        ('He said: "We will appeal."\n\nThe court sat on Monday.\n', ""),
    ],
)
def test_the_first_line_is_the_title_unless_it_ends_a_sentence(text, title):
    assert document_from_text(text).title == title


def test_a_short_question_on_a_line_of_its_own_is_a_section_heading():
    document = document_from_text("The Water Cycle\n\nWhere is the Earth's water?\n\nAround 97% is salt water.\n")
    assert [(block.text, block.is_heading) for block in document.blocks] == [
        ("The Water Cycle", True), ("Where is the Earth's water?", True), ("Around 97% is salt water.", False),
    ]
    assert not document_from_text("Title\n\nWhy would a bank lend money to a stranger it has never met?\n").blocks[1].is_heading


@pytest.mark.parametrize(
    ("paragraph", "heading"),
    [
        # a whole sentence, then words that lead into a formula on the next line: prose (blind review 102 lost its
        # one definition, read as a heading)
        ("Density is the mass of a substance per unit volume. It is calculated with the formula", False),
        ("Speed is the distance an object travels in a unit of time. We write this as", False),
        ("In general, if a^x = y, then x is the logarithm of y to base a. We write this as", False),  # (review 99)
        # guards: headlines and titles with a stop inside stay headings
        ("Manchester United vs. Tottenham live", True),
        ("U.S. stocks fall as Fed holds rates", True),
        ("St. Petersburg in the age of Peter the Great", True),
        ("3.2 Density", True),
        ("Step 1. Find the volume", True),
    ],
)
def test_a_line_that_opens_on_a_whole_sentence_is_no_heading(paragraph, heading):
    document = document_from_text(f"Title\n\n{paragraph}\n\nA last sentence here.\n")
    assert [(block.text, block.is_heading) for block in document.blocks][1] == (paragraph, heading)


def test_plain_text_keeps_hyphens_at_line_ends():
    document = document_from_text("Heading\n\nThe plants are self-\nfertilised in the wild.\n")
    assert document.blocks[1].text == "The plants are self- fertilised in the wild."


def test_gutenberg_header_credit_and_licence_are_skipped(tmp_path: Path):
    book = tmp_path / "small-book.txt"
    book.write_text(GUTENBERG, encoding="utf-8")
    document = read_source(book)
    assert document.title == "A Small Book"
    assert [b.text for b in document.blocks] == [
        "A SMALL BOOK.",
        "The harbour was built in 1821 and enlarged in 1870, when the railway reached the town.",
    ]
    assert document.slug == "small-book"


def test_unknown_file_ending_names_the_file_and_the_way_out(tmp_path: Path):
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK\x03\x04")
    with pytest.raises(QuizgenError) as caught:
        read_source(odd)
    message = str(caught.value)
    assert str(odd) in message and "--input-format" in message and "\n" not in message


def test_input_format_overrides_the_file_ending(tmp_path: Path):
    notes = tmp_path / "notes.txt"
    notes.write_text("# Notes\n\nThe *treaty* was signed in **1953**.\n", encoding="utf-8")
    assert read_source(notes).blocks[1].text == "The *treaty* was signed in **1953**."
    assert read_source(notes, input_format="md").blocks[1].text == "The treaty was signed in 1953."


def test_unknown_input_format_is_refused(tmp_path: Path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Some text.\n", encoding="utf-8")
    with pytest.raises(QuizgenError, match="unknown input format 'rtf'"):
        read_source(notes, input_format="rtf")


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        pytest.param(
            "Key terms\n\nconcentration gradient – the difference in concentration between two areas\n"
            "turgid – describes a plant cell that is swollen and firm with water\n",
            [("Key terms", True), ("concentration gradient – the difference in concentration between two areas", False),
             ("turgid – describes a plant cell that is swollen and firm with water", False)],
            id="blind-review-77-a-glossary-one-entry-a-line-is-one-block-an-entry",
        ),
        pytest.param(
            "Terms\n\nbaron: a powerful noble who held land directly from the king\n"
            "scutage: a payment made to the king instead of military service\n",
            [("Terms", True), ("baron: a powerful noble who held land directly from the king", False),
             ("scutage: a payment made to the king instead of military service", False)],
            id="entries-after-a-colon",
        ),
        pytest.param(
            "Notes\n\nThe river rose: the water reached\nthe bridge by noon and the town\nwas flooded.\n",
            [("Notes", True), ("The river rose: the water reached the bridge by noon and the town was flooded.", False)],
            id="hard-wrapped-prose-stays-one-paragraph",
        ),
        pytest.param(
            "Ukraine: troops advance on Kherson\n\nTroops advanced on Tuesday.\n",
            [("Ukraine: troops advance on Kherson", True), ("Troops advanced on Tuesday.", False)],
            id="a-headline-with-a-colon-stays-a-heading",
        ),
    ],
)
def test_each_line_of_a_glossary_is_a_block_of_its_own(text, blocks):
    document = document_from_text(text)
    assert [(b.text, b.is_heading) for b in document.blocks] == blocks



@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        pytest.param(
            "Hormones\n\n| Feature | Nervous system | Endocrine system |\n|---|---|---|\n"
            "| Carried by | neurones | blood |\n| Speed | very fast | slower |\n",
            [("Hormones", True), ("Feature: Carried by; Nervous system: neurones; Endocrine system: blood", False),
             ("Feature: Speed; Nervous system: very fast; Endocrine system: slower", False)],
            id="blind-review-98-a-markdown-table-in-plain-text-is-read-row-by-row",
        ),
        pytest.param(
            "Greek Tragedy\n\nAeschylus (c. 525–456 BC) ........ the Oresteia trilogy (458 BC)\n"
            "Sophocles (c. 496–406 BC) ........ Oedipus the King, Antigone\n",
            [("Greek Tragedy", True), ("Aeschylus (c. 525–456 BC): the Oresteia trilogy (458 BC)", False),
             ("Sophocles (c. 496–406 BC): Oedipus the King, Antigone", False)],
            id="review-103-a-table-set-with-dot-leaders-is-read-row-by-row",
        ),
        pytest.param(
            "Memory\n\nStore | Duration | Capacity\nSensory register | under 0.5 seconds | very large\n"
            "Short-term memory | about 18–30 seconds | 7 ± 2 items\n",
            [("Memory", True), ("Store: Sensory register; Duration: under 0.5 seconds; Capacity: very large", False),
             ("Store: Short-term memory; Duration: about 18–30 seconds; Capacity: 7 ± 2 items", False)],
            id="review-104-a-table-of-bars-with-no-rule-or-outer-bars-is-read-row-by-row",
        ),
        pytest.param(
            "Menu\n\nHome | News | Sport\nWeather today is fine.\nMore | Less\n",
            [("Menu", True), ("Home | News | Sport Weather today is fine. More | Less", False)],
            id="lines-with-bars-of-unequal-cells-are-no-table",
        ),
    ],
)
def test_a_markdown_table_in_plain_text_is_read_as_a_markdown_files_is(text, blocks):
    document = document_from_text(text)
    assert [(b.text, b.is_heading) for b in document.blocks] == blocks


def test_a_sentence_that_trails_off_in_dots_is_no_table():
    document = document_from_text("Notes\n\nAnd then.... nothing at all.\n")
    assert [b.text for b in document.blocks][1:] == ["And then.... nothing at all."]


def test_lines_framed_by_bars_without_a_rule_under_the_first_are_no_table():
    document = document_from_text("Notes\n\n| this line | is framed |\n| and so | is this |\n")
    assert [b.text for b in document.blocks][1:] == ["| this line | is framed | | and so | is this |"]
