"""Sources of every format through `quizgen generate`: format by ending or --input-format, sections in the bank."""

import json
import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.cli import app

runner = CliRunner()

# Sentences with facts in them: a source from which no question can be made is an error.
NOTES = (
    "# Rivers\n\n## Floods\n\nThe Severn rose by three metres in the spring of 1911.\n\n"
    "## Bridges\n\nThe new stone bridge over the Severn opened in 1913.\n"
)


def _bank(result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_markdown_source_gives_a_bank_with_its_sections(tmp_path: Path):
    notes = tmp_path / "rivers.md"
    notes.write_text(NOTES, encoding="utf-8")
    bank = _bank(runner.invoke(app, ["generate", str(notes), "-f", "json", "-o", "-"]))
    assert bank["source"]["title"] == "Rivers"
    assert bank["source"]["sections"] == ["", "Floods", "Bridges"]


def test_input_format_option_reads_a_txt_file_as_markdown(tmp_path: Path):
    notes = tmp_path / "rivers.txt"
    notes.write_text(NOTES.replace("three metres", "**three metres**"), encoding="utf-8")
    as_text = _bank(runner.invoke(app, ["generate", str(notes), "-f", "json", "-o", "-"]))
    as_markdown = _bank(runner.invoke(app, ["generate", str(notes), "--input-format", "md", "-f", "json", "-o", "-"]))
    # Plain text reads heading lines as headings too, but keeps other markup as it stands; Markdown strips it.
    assert as_text["source"]["title"] == as_markdown["source"]["title"] == "Rivers"
    assert as_markdown["source"]["sections"] == ["", "Floods", "Bridges"]
    assert {q["sentence"] for q in as_text["questions"]} >= {"The Severn rose by **three metres** in the spring of 1911."}
    assert {q["sentence"] for q in as_markdown["questions"]} >= {"The Severn rose by three metres in the spring of 1911."}


def test_bad_input_format_is_a_one_line_error(tmp_path: Path):
    notes = tmp_path / "rivers.txt"
    notes.write_text(NOTES, encoding="utf-8")
    result = runner.invoke(app, ["generate", str(notes), "--input-format", "docx", "-o", "-"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: unknown input format 'docx'; choose one of txt, md, html, pdf"


def test_max_per_section_must_be_positive(tmp_path: Path):
    notes = tmp_path / "rivers.md"
    notes.write_text(NOTES, encoding="utf-8")
    result = runner.invoke(app, ["generate", str(notes), "--max-per-section", "0", "-o", "-"])
    assert result.exit_code == 2


def test_no_progress_bar_when_standard_error_is_not_a_terminal(tmp_path: Path):
    notes = tmp_path / "rivers.md"
    notes.write_text(NOTES, encoding="utf-8")
    result = runner.invoke(app, ["generate", str(notes), "-f", "json", "-o", "-"])
    assert result.stderr == ""


BOOK = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "origin-of-species.txt"


@pytest.mark.skipif(not BOOK.exists(), reason="the shared corpus is not beside the repository")
def test_a_book_shows_a_progress_bar_on_a_terminal_and_clears_it(tmp_path: Path):
    import pexpect

    out = tmp_path / "book.json"
    # Two copies of the book: several seconds of work, well past the bar's one-second delay on any machine.
    book = tmp_path / "origin-of-species.txt"
    text = BOOK.read_text(encoding="utf-8")
    book.write_text(text + "\n\n" + text, encoding="utf-8")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "quizgen", "generate", str(book), "-f", "json", "-o", str(out)],
        encoding="utf-8",
        timeout=120,
        dimensions=(24, 100),
    )
    child.expect(pexpect.EOF)
    screen = child.before
    # The bar appears after a second, at whichever stage the run has reached by then.
    assert re.search(r"origin-of-species\.txt: (?:analysing|making questions) .*━", screen)
    assert screen.rstrip().splitlines()[-1].endswith(f"to {out}")  # and gone before the summary line
    assert json.loads(out.read_text(encoding="utf-8"))["source"]["title"] == "On the Origin of Species"
