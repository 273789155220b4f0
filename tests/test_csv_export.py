"""The CSV bank: two tab-separated columns that Quizlet splits and Anki's own text importer reads."""

from __future__ import annotations

import html
import json
from pathlib import Path

from anki.collection import Collection, ImportCsvRequest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.export.bank import bank_to_csv
from quizgen.model import Question, QuestionBank


def mcq(qid: str, prompt: str, answer: str, options: tuple[str, ...]) -> Question:
    return Question(
        id=qid, kind="mcq", prompt=prompt, answer=answer, answer_kind="year", sentence=prompt,
        sentence_index=0, options=options,
    )  # fmt: skip


def cloze(qid: str, prompt: str, marked: str, answer: str) -> Question:
    return Question(
        id=qid, kind="cloze", prompt=prompt, answer=answer, answer_kind="percent", sentence=prompt,
        sentence_index=0, cloze=marked, answers=(answer,),
    )  # fmt: skip


def bank(*questions: Question) -> QuestionBank:
    return QuestionBank(title="Sample", slug="sample", sha256="0" * 64, questions=questions)


SAMPLE = bank(
    mcq("m1", "The troops arrived in _____.", "1950", ("1945", "1950", "1953")),
    cloze("c1", "Spending rose by _____ last year.", "Spending rose by {{c1::8.2%}} last year.", "8.2%"),
)


def test_each_question_is_one_line_with_front_and_back():
    assert bank_to_csv(SAMPLE) == (
        "The troops arrived in _____. (A) 1945 (B) 1950 (C) 1953\t1950\n"
        "Spending rose by _____ last year.\t8.2%\n"
    )


def test_tabs_and_line_breaks_in_the_article_never_split_a_card():
    text = bank(cloze("c", "Rose\tby _____\nlast year.", "Rose\tby {{c1::8%}}\nlast year.", "8%"))
    assert bank_to_csv(text) == "Rose by _____ last year.\t8%\n"


def test_fields_are_quoted_only_where_anki_would_misread_them():
    tricky = bank(
        cloze("q", '"We stay," he said in _____.', '"We stay," he said in {{c1::2020}}.', "2020"),
        cloze("h", "#1 ranked in _____.", "#1 ranked in {{c1::2020}}.", "2020"),
        mcq("m", 'A "quoted" word in _____?', '"1950"', ('"1950"', "1951")),
    )
    assert bank_to_csv(tricky).splitlines() == [
        '"""We stay,"" he said in _____."\t2020',
        '"#1 ranked in _____."\t2020',
        'A "quoted" word in _____? (A) "1950" (B) 1951\t"""1950"""',
    ]


def anki_import(tmp_path: Path, csv_text: str, allow_html: bool | None = None) -> list[list[str]]:
    """Import the text as Anki's File > Import would with the file's own guesses; the notes' fields."""
    source = tmp_path / "bank.csv"
    source.write_text(csv_text, encoding="utf-8", newline="")
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        metadata = col.get_csv_metadata(str(source), None)
        assert metadata.delimiter == metadata.Delimiter.TAB
        if allow_html is not None:
            metadata.is_html = allow_html
        log = col.import_csv(ImportCsvRequest(path=str(source), metadata=metadata)).log
        assert len(log.new) == csv_text.count("\n")
        return [col.get_note(nid).fields for nid in sorted(col.find_notes(""))]
    finally:
        col.close()


def test_anki_imports_each_line_as_a_basic_note_with_front_and_back(tmp_path):
    assert anki_import(tmp_path, bank_to_csv(SAMPLE)) == [
        ["The troops arrived in _____. (A) 1945 (B) 1950 (C) 1953", "1950"],
        ["Spending rose by _____ last year.", "8.2%"],
    ]


def test_anki_reads_quoted_and_hash_fields_back_exactly(tmp_path):
    tricky = bank(
        cloze("q", '"We stay," he said in _____.', '"We stay," he said in {{c1::2020}}.', "2020"),
        cloze("h", "#1 ranked in _____.", "#1 ranked in {{c1::2020}}.", "2020"),
    )
    fields = anki_import(tmp_path, bank_to_csv(tricky))
    assert [[html.unescape(field) for field in note] for note in fields] == [
        ['"We stay," he said in _____.', "2020"],
        ["#1 ranked in _____.", "2020"],
    ]


def test_article_markup_stays_text_when_html_is_off(tmp_path):
    hostile = bank(mcq("m", "<b>Bold</b> and <script>x</script> in _____ a::b {{c1::x}}", "1999", ("1999", "2000")))
    fields = anki_import(tmp_path, bank_to_csv(hostile), allow_html=False)
    # With "Allow HTML" off, Anki stores the text escaped, so it shows exactly as written.
    assert fields == [
        [
            "&lt;b&gt;Bold&lt;/b&gt; and &lt;script&gt;x&lt;/script&gt; in _____ a::b {{c1::x}} (A) 1999 (B) 2000",
            "1999",
        ]
    ]


def test_the_sample_articles_csv_imports_into_anki_with_one_note_per_question(tmp_path):
    sample = str(Path(__file__).resolve().parents[1] / "source" / "us-troops-korea.txt")
    runner = CliRunner()
    as_csv = runner.invoke(app, ["generate", sample, "-f", "csv", "-o", "-"])
    as_json = runner.invoke(app, ["generate", sample, "-f", "json", "-o", "-"])
    assert as_csv.exit_code == 0 and as_json.exit_code == 0
    questions = [Question.from_dict(q) for q in json.loads(as_json.stdout)["questions"]]
    assert len(questions) >= 10
    assert all(line.count("\t") == 1 for line in as_csv.stdout.splitlines())  # what Quizlet splits on
    fields = anki_import(tmp_path, as_csv.stdout)
    assert [[html.unescape(field) for field in note] for note in fields] == [
        [_front_text(q), q.answer] for q in questions
    ]


def _front_text(question: Question) -> str:
    options = " ".join(f"({letter}) {option}" for letter, option in zip("ABCDEF", question.options, strict=False))
    return f"{question.prompt} {options}".strip()
