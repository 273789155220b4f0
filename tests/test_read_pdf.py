"""PDF sources: the text layer in whole paragraphs, running heads and page numbers gone, outline as sections."""

from pathlib import Path

import pytest
from fpdf import FPDF

from quizgen.errors import QuizgenError
from quizgen.read import read_source

CHAPTERS = {
    "The River": [
        ["The river rose by three metres in 1911 and flooded the",
         "lower town, which was rebuilt on the hill within a year."],
        ["The new bridge, opened in 1913, cost 40,000 pounds and was",
         "paid for by a tax on the market's stall-",
         "holders, who protested for months."],
    ],
    "The Market": [
        ["The market moved to the square in 1920, where it still",
         "meets every Saturday morning."],
        ["Its busiest day was recorded in 1958, when 12,000 people",
         "came to see the new town hall."],
    ],
}  # fmt: skip


def _write_book(path: Path, outline: bool = True) -> None:
    """Two chapters over three pages, with a running head and a page number on every page."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    page_number = 0

    def new_page() -> None:
        nonlocal page_number
        page_number += 1
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        pdf.cell(0, 5, "A History of the Town", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-15)
        pdf.cell(0, 5, str(page_number), align="C")
        pdf.set_y(30)

    for number, (title, paragraphs) in enumerate(CHAPTERS.items(), 1):
        new_page()
        if outline:
            pdf.start_section(f"Chapter {number}. {title}")
        pdf.set_font("Helvetica", "B", 16)
        pdf.cell(0, 10, f"Chapter {number}. {title}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        pdf.set_font("Helvetica", size=11)
        for paragraph in paragraphs:
            for line in paragraph:
                pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
    new_page()  # a last page with a short epilogue
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, "The town hall was restored in 2001.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("A History of the Town")
    pdf.output(str(path))


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "town-history.pdf"
    _write_book(path)
    return path


def test_pdf_paragraphs_are_whole_and_broken_words_are_mended(book: Path):
    texts = [b.text for b in read_source(book).blocks]
    assert (
        "The river rose by three metres in 1911 and flooded the lower town, which was rebuilt on the hill within a year."
        in texts
    )
    assert (
        "The new bridge, opened in 1913, cost 40,000 pounds and was paid for by a tax on the market's stallholders, who protested for months."
        in texts
    )


def test_running_heads_and_page_numbers_are_dropped(book: Path):
    texts = [b.text for b in read_source(book).blocks]
    assert not any("A History of the Town" in t for t in texts)
    assert not any(t.strip() in {"1", "2", "3"} for t in texts)


def test_pdf_outline_gives_the_sections(book: Path):
    document = read_source(book)
    assert document.sections == ("Chapter 1. The River", "Chapter 2. The Market")
    assert document.title == "A History of the Town"  # from the PDF's metadata
    heading = document.blocks[0]
    assert heading.text == "Chapter 1. The River" and heading.is_heading and heading.section == 0
    epilogue = document.blocks[-1]
    assert epilogue.text == "The town hall was restored in 2001." and epilogue.section == 1


def test_pdf_without_outline_falls_back_to_chapter_lines(tmp_path: Path):
    path = tmp_path / "no-outline.pdf"
    _write_book(path, outline=False)
    assert read_source(path).sections == ("Chapter 1. The River", "Chapter 2. The Market")


def test_pdf_without_a_text_layer_says_so(tmp_path: Path):
    scanned = tmp_path / "scanned.pdf"
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a drawing, as a scan is a picture: no text to extract
    pdf.output(str(scanned))
    with pytest.raises(QuizgenError) as caught:
        read_source(scanned)
    message = str(caught.value)
    assert message.startswith(f"{scanned}: the PDF has no text layer") and "\n" not in message


def test_broken_pdf_is_one_line_naming_the_file(tmp_path: Path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage\n%%EOF\n")
    with pytest.raises(QuizgenError) as caught:
        read_source(broken)
    message = str(caught.value)
    assert message.startswith(f"{broken}: is not a readable PDF") and "\n" not in message
