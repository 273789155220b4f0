"""Whatever a student feeds the real `quizgen` command, it answers with a result or one line and exit 1.

The basic cases (missing path, directory, empty file, binary file, unknown -f) are in test_cli_basics.py;
these are the rest of issue 6's battery: encodings, NULs, huge lines, text with nothing to ask,
other scripts, outputs that cannot be written, banks of the wrong shape.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen import generate

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "source" / "us-troops-korea.txt"
BOOK = ROOT.parent / "shared" / "corpora" / "origin-of-species.txt"
NO_FACTS = "Hello there.\n\nThis is a short note with nothing in it to learn about at all, really.\n"
ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}


def quizgen(*args: str | Path, cwd: Path | None = None, env: dict | None = None, timeout: float = 120):
    """The real command in a child process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *map(str, args)],
        capture_output=True, text=True, cwd=cwd, env=env or ENV, timeout=timeout,
    )  # fmt: skip


def one_error_line(result: subprocess.CompletedProcess) -> str:
    """The single 'Error: …' line of a failed run (exit 1, nothing on stdout, no traceback)."""
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def bank_of(result: subprocess.CompletedProcess) -> dict:
    assert result.returncode == 0, result.stderr
    bank = json.loads(result.stdout)
    del bank["source"]["path"]
    return bank


@pytest.fixture(scope="module")
def sample_bank() -> dict:
    return bank_of(quizgen("generate", SAMPLE, "-f", "json", "-o", "-"))


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return folder / name


# Encodings: decoded to the very same bank as the UTF-8 file, or refused with what was expected.

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(SAMPLE_TEXT.encode("cp1252"), id="windows-1252"),
        pytest.param(SAMPLE_TEXT.encode("utf-16"), id="utf-16-with-mark"),
        pytest.param(b"\xfe\xff" + SAMPLE_TEXT.encode("utf-16-be"), id="utf-16-big-endian-with-mark"),
        pytest.param(SAMPLE_TEXT.encode("utf-16-le"), id="utf-16-without-mark"),
        pytest.param(SAMPLE_TEXT.encode("utf-32"), id="utf-32-with-mark"),
        pytest.param(b"\xef\xbb\xbf" + SAMPLE_TEXT.encode("utf-8"), id="utf-8-with-mark"),
        pytest.param(SAMPLE_TEXT.replace("\n", "\r\n").encode("utf-8"), id="windows-line-ends"),
    ],
)
def test_other_encodings_of_the_sample_give_the_same_bank_as_utf8(tmp_path, sample_bank, encoded):
    source = write(tmp_path, SAMPLE.name, encoded)
    assert bank_of(quizgen("generate", source, "-f", "json", "-o", "-")) == sample_bank


def test_latin1_accents_are_read_as_the_letters_they_are(tmp_path):
    text = SAMPLE_TEXT.replace("Donna Welton", "Zoë Müller-Façade")
    source = write(tmp_path, "accents.txt", text.encode("cp1252"))
    bank = bank_of(quizgen("generate", source, "-f", "json", "-o", "-"))
    sentences = " ".join(q["sentence"] for q in bank["questions"])
    assert "Zoë Müller-Façade" in sentences and "Ã" not in sentences


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            "Мост открыли в 1999 году, он стоил 45 миллионов долларов. Мэр Иван Петров был там.".encode("cp1251"),
            "is not UTF-8 text (byte 0xcc at position 0) nor Western (Windows-1252) text; save it as UTF-8",
            id="cyrillic-code-page",
        ),
        pytest.param(
            b"The bridge opened in 1999 \x81\x8d and cost 45 million dollars.\n",
            "is not UTF-8 text (byte 0x81 at position 26); save it as UTF-8",
            id="bytes-windows-1252-leaves-undefined",
        ),
        pytest.param(
            b"\xff\xfe" + "The bridge opened in 1999.".encode("utf-16-le") + b"\x00\xd8",
            "looks like UTF-16 text but is not valid UTF-16",
            id="broken-utf-16",
        ),
        pytest.param(b"\x00" * 3000 + b"The bridge opened in 1999.", "looks like a binary file, not text", id="nul-bytes"),
        pytest.param(b"%PDF-1.7\n" + bytes(range(256)) * 20, "looks like a binary file, not text", id="pdf-saved-as-txt"),
    ],
)
def test_text_that_cannot_be_decoded_is_refused_with_what_was_expected(tmp_path, data, expected):
    source = write(tmp_path, "article.txt", data)
    assert one_error_line(quizgen("generate", source, "-o", tmp_path / "out.json")) == f"Error: {source}: {expected}"
    assert not (tmp_path / "out.json").exists()


def test_a_few_stray_nul_bytes_in_real_text_are_dropped_like_other_control_characters(tmp_path, sample_bank):
    # A crash can pad a saved file with NULs; the text around them is still the article.
    padded = SAMPLE_TEXT.replace("as soon as possible.", "as soon as possible.\x00\x00").encode("utf-8") + b"\x00" * 8
    source = write(tmp_path, SAMPLE.name, padded)
    assert bank_of(quizgen("generate", source, "-f", "json", "-o", "-")) == sample_bank


def test_a_damaged_pdf_is_one_line(tmp_path):
    source = write(tmp_path, "paper.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage")
    line = one_error_line(quizgen("generate", source, "-f", "json", "-o", "-"))
    assert line.startswith(f"Error: {source}: is not a readable PDF (")


# Size and shape: a 2 MB line, a run-on sentence.


@pytest.mark.skipif(not BOOK.exists(), reason="the shared corpus is not beside the repository")
def test_a_2mb_file_on_a_single_line_is_read_like_the_book(tmp_path):
    # A book saved without line breaks: sentences must still be found without a cost per sentence
    # that grows with the line (it took hours before). The timeout only guards against a hang.
    text = " ".join(BOOK.read_text(encoding="utf-8-sig").split())
    source = write(tmp_path, "one-line.txt", (text + " " + text)[:2_000_000].encode("utf-8"))
    result = quizgen("generate", source, "-f", "json", "-o", tmp_path / "bank.json", timeout=300)
    assert result.returncode == 0, result.stderr
    bank = json.loads((tmp_path / "bank.json").read_text(encoding="utf-8"))
    # Most of what the book asks (each answer is asked once, so the repeated half adds nothing; the lost
    # chapter headings and paragraphs cost a few items).
    assert len(bank["questions"]) >= 0.7 * len(generate(BOOK).questions)
    assert all(answer in q["sentence"] for q in bank["questions"] for answer in q.get("answers") or [q["answer"]])


def test_a_run_on_sentence_gives_no_questions_of_its_own_and_does_not_hang(tmp_path):
    figures = ", ".join(f"{n % 97 + 1}% of the farms in {1800 + n % 200}" for n in range(3000))
    run_on = f"The survey of the valley found that {figures}."  # 60,000 characters, not one full stop
    source = write(tmp_path, "survey.txt", f"{SAMPLE_TEXT}\n\n{run_on}\n".encode())
    bank = bank_of(quizgen("generate", source, "-f", "json", "-o", "-", timeout=120))
    sentences = {q["sentence"] for q in bank["questions"]}
    assert len(sentences) >= 5 and all(s in " ".join(SAMPLE_TEXT.split()) for s in sentences)


# Nothing to ask: an error, and nothing written or replaced.


@pytest.mark.parametrize("output_format", ["json", "csv", "apkg"])
def test_text_with_no_facts_is_an_error_and_an_existing_output_stays(tmp_path, output_format):
    source = write(tmp_path, "note.txt", NO_FACTS.encode())
    target = write(tmp_path, f"note.{output_format}", b"yesterday's work")
    line = one_error_line(quizgen("generate", source, "-o", target))
    assert line == f"Error: no questions could be made from {source}"
    assert target.read_bytes() == b"yesterday's work"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["note.txt", f"note.{output_format}"])


def test_no_facts_to_standard_output_prints_nothing_but_the_error(tmp_path):
    source = write(tmp_path, "note.txt", NO_FACTS.encode())
    assert one_error_line(quizgen("generate", source, "-f", "csv", "-o", "-")) == (
        f"Error: no questions could be made from {source}"
    )


def test_no_facts_in_the_default_deck_folder_writes_no_deck(tmp_path):
    write(tmp_path, "note.txt", NO_FACTS.encode())
    line = one_error_line(quizgen("generate", "note.txt", cwd=tmp_path))
    assert line == "Error: no questions could be made from note.txt"
    assert list((tmp_path / "decks").iterdir()) == []


def test_preview_of_text_with_no_facts_is_the_same_error(tmp_path):
    source = write(tmp_path, "note.txt", NO_FACTS.encode())
    assert one_error_line(quizgen("preview", source)) == f"Error: no questions could be made from {source}"


def test_one_source_without_facts_stops_a_run_of_several_before_anything_is_written(tmp_path):
    note = write(tmp_path, "note.txt", NO_FACTS.encode())
    out = tmp_path / "out"
    out.mkdir()
    line = one_error_line(quizgen("generate", SAMPLE, note, "-f", "json", "-o", out))
    assert line == f"Error: no questions could be made from {note}"
    assert list(out.iterdir()) == []


# Other scripts: a clean bank whose answers are in the article, or the no-questions error.

OTHER_SCRIPTS = {
    "arabic": "افتتح الجسر الجديد في عام 1999 بتكلفة 45 مليون دولار. وقال رئيس البلدية أحمد خالد إن المشروع استغرق خمس سنوات.",
    "hebrew": "הגשר החדש נפתח בשנת 1999 בעלות של 45 מיליון דולר. ראש העיר דוד כהן אמר כי הפרויקט נמשך חמש שנים.",
    "chinese": "新大桥于1999年开通，耗资4500万美元。市长张伟表示，该项目历时五年。人口增长了12%，达到350万人。",
    "japanese": "新しい橋は1999年に開通し、費用は4500万ドルでした。市長の田中太郎は、計画に5年かかったと述べました。",
    "mixed": (
        "The new bridge in Tel Aviv (גשר חדש) opened in 1999 and cost 45 million dollars, said the city council.\n"
        "Mayor David Cohen said the project to build the bridge took five years and employed 300 workers.\n"
        "The old bridge, called 老桥 by Chinese visitors, was built in 1921 and carried 12,000 cars every day."
    ),
}


@pytest.mark.parametrize("script", OTHER_SCRIPTS)
def test_right_to_left_and_cjk_text_gives_a_clean_bank_or_the_no_questions_error(tmp_path, script):
    text = OTHER_SCRIPTS[script]
    source = write(tmp_path, f"{script}.txt", text.encode("utf-8"))
    result = quizgen("generate", source, "-f", "json", "-o", "-")
    if result.returncode == 1:
        assert one_error_line(result) == f"Error: no questions could be made from {source}"
        return
    questions = bank_of(result)["questions"]
    assert questions and all(q["answer"] in q["sentence"] and q["sentence"] in " ".join(text.split()) for q in questions)


def test_mixed_scripts_keep_their_letters_in_the_questions(tmp_path):
    source = write(tmp_path, "mixed.txt", OTHER_SCRIPTS["mixed"].encode("utf-8"))
    questions = bank_of(quizgen("generate", source, "-f", "json", "-o", "-"))["questions"]
    assert any("老桥" in q["prompt"] for q in questions)


def test_bidirectional_overrides_are_taken_out_so_no_prompt_prints_backwards(tmp_path, sample_bank):
    # U+202E (right-to-left override) left open in a prompt reverses the rest of the terminal line.
    tampered = SAMPLE_TEXT.replace("Donna Welton", "\u202eDonna Welton\u202c").replace("8.2%", "\u20668.2%\u2069")
    source = write(tmp_path, SAMPLE.name, tampered.encode("utf-8"))
    assert bank_of(quizgen("generate", source, "-f", "json", "-o", "-")) == sample_bank


# Outputs that cannot be written: told at once, before the work.


def test_an_output_folder_that_does_not_exist_is_one_line(tmp_path):
    target = tmp_path / "nowhere" / "bank.json"
    line = one_error_line(quizgen("generate", SAMPLE, "-o", target))
    assert line == f"Error: {tmp_path / 'nowhere'}: output folder does not exist"


def test_an_output_path_through_a_regular_file_is_one_line(tmp_path):
    blocker = write(tmp_path, "notes.txt", b"a file, not a folder")
    line = one_error_line(quizgen("generate", SAMPLE, "-o", blocker / "decks" / "korea.apkg"))
    assert line == f"Error: {blocker}: is a file, not a folder; cannot write {blocker / 'decks' / 'korea.apkg'}"
    assert blocker.read_bytes() == b"a file, not a folder"


def test_a_deck_path_that_is_a_folder_is_one_line(tmp_path):
    line = one_error_line(quizgen("generate", SAMPLE, "-o", tmp_path))
    assert line == f"Error: {tmp_path}: is a directory; give a file name to write"


def test_a_file_named_decks_in_the_way_of_the_default_folder_is_one_line(tmp_path):
    write(tmp_path, "decks", b"not a folder")
    line = one_error_line(quizgen("generate", SAMPLE, cwd=tmp_path))
    assert line == "Error: decks: is a file, not a folder; give -o PATH"


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs /sys, which even root cannot create files in")
def test_a_folder_that_cannot_be_written_is_one_line():
    # Tests run as root, for whom chmod 500 does not stop a write; /sys refuses new files to everyone.
    line = one_error_line(quizgen("generate", SAMPLE, "-o", "/sys/kernel/korea.apkg"))
    assert line == "Error: /sys/kernel: cannot write here (Permission denied)"


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path):
    child = subprocess.Popen(
        [sys.executable, "-m", "quizgen", "generate", str(SAMPLE), "-f", "json", "-o", "-"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV,
    )  # fmt: skip
    child.stdout.close()  # as `| head` does once it has read enough
    _, errors = child.communicate(timeout=120)
    assert (child.returncode, errors) == (141, b"")


# Banks for `quizgen quiz` that are not banks (a newer version is tested in test_quiz_cli.py).

SOURCE = {"title": "t", "slug": "s", "sha256": "0" * 64}
MCQ = {"id": "a", "kind": "mcq", "prompt": "p", "answer": "1950", "answer_kind": "year", "sentence": "s 1950",
       "sentence_index": 0, "options": ["1949", "1950"]}  # fmt: skip


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "not valid JSON (Expecting value: line 1 column 1 (char 0))"),
        ('{"format": "quizgen-bank", ', "not valid JSON (Expecting property name enclosed in double quotes: line 1 column 28 (char 27))"),
        ("[1, 2, 3]", 'not a quizgen question bank (no "format": "quizgen-bank")'),
        ({"format": "anki"}, 'not a quizgen question bank (no "format": "quizgen-bank")'),
        ({"format": "quizgen-bank", "version": "1"}, "the bank has no valid version number"),
        ({"format": "quizgen-bank", "version": 1, "questions": []}, 'the bank has no "source" object'),
        ({"format": "quizgen-bank", "version": 1, "source": {"title": "t"}, "questions": []}, 'the bank\'s "source" has no "slug"'),
        ({"format": "quizgen-bank", "version": 1, "source": SOURCE, "questions": {}}, 'the bank has no "questions" list'),
        ({"format": "quizgen-bank", "version": 1, "source": SOURCE, "questions": ["x"]}, "question 1 is not an object"),
        ({"format": "quizgen-bank", "version": 1, "source": SOURCE, "questions": [MCQ, {"id": "b"}]}, 'question 2 has no "kind"'),
        ({"format": "quizgen-bank", "version": 1, "source": SOURCE, "questions": [{**MCQ, "options": "1950"}]}, 'question 1: "options" should be a list'),
        ({"format": "quizgen-bank", "version": 1, "source": SOURCE, "questions": [{**MCQ, "sentence_index": "7"}]}, 'question 1: "sentence_index" should be a whole number'),
        ({"format": "quizgen-bank", "version": 1, "source": SOURCE, "questions": [{**MCQ, "options": ["1949"]}]}, "question 1: a multiple-choice answer must be one of its options"),
        ({"format": "quizgen-bank", "version": 1, "source": SOURCE, "questions": [{**MCQ, "kind": "essay"}]}, "question 1: unknown question kind 'essay'"),
        ({"format": "quizgen-bank", "version": 1, "source": SOURCE, "questions": []}, "no questions to ask (quizgen found no facts to ask about)"),
    ],
)  # fmt: skip
def test_a_bank_of_the_wrong_shape_is_refused_with_the_question_and_field_at_fault(tmp_path, content, expected):
    bank = tmp_path / "bank.json"
    bank.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    progress = tmp_path / "progress.sqlite3"
    line = one_error_line(quizgen("quiz", bank, "--progress", progress))
    assert line == f"Error: {bank}: {expected}"
    assert not progress.exists()


def test_a_bank_that_is_not_utf8_is_one_line(tmp_path):
    bank = write(tmp_path, "bank.json", b'{"format": "quizgen-bank\xff"}')
    line = one_error_line(quizgen("quiz", bank, "--progress", tmp_path / "p.sqlite3"))
    assert line.startswith(f"Error: {bank}: not valid JSON (")


# Every command that reads an article shares the same messages.


@pytest.mark.parametrize("command", [["generate"], ["preview"], ["facts"], ["quiz"]])
def test_every_command_that_reads_an_article_refuses_a_missing_one_the_same_way(tmp_path, command):
    missing = tmp_path / "missing.txt"
    extra = ["--progress", str(tmp_path / "p.sqlite3")] if command == ["quiz"] else []
    assert one_error_line(quizgen(*command, missing, *extra)) == f"Error: {missing}: no such file"
