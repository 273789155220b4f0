"""The question bank as JSON (the versioned contract) and as CSV (for Anki's and Quizlet's importers)."""

from __future__ import annotations

import json

from quizgen.model import Question, QuestionBank


def bank_to_json(bank: QuestionBank) -> str:
    """Byte-stable JSON: the same bank always gives the same text."""
    return json.dumps(bank.to_dict(), ensure_ascii=False, indent=2) + "\n"


CSV_SEPARATOR = "\t"
OPTION_LABELS = "ABCDEF"


def bank_to_csv(bank: QuestionBank) -> str:
    """Two tab-separated columns, front and back, one question a line, plain text, no header.

    Quizlet's import splits each line at the tab into term and definition and knows no quoting, and
    Anki's text importer reads the same file into a Basic note. So no field holds a tab or a line
    break, and a field is quoted only where Anki would otherwise misread it: when it starts with a
    double quote, or (first column) with "#", which Anki takes for a comment line.
    """
    return "".join(_csv_line(_front(question), question.answer) for question in bank.questions)


def _front(question: Question) -> str:
    if question.kind != "mcq":
        return question.prompt
    options = " ".join(f"({label}) {option}" for label, option in zip(OPTION_LABELS, question.options, strict=False))
    return f"{question.prompt} {options}"


def _csv_line(front: str, back: str) -> str:
    return f"{_csv_field(front, first=True)}{CSV_SEPARATOR}{_csv_field(back, first=False)}\n"


def _csv_field(text: str, first: bool) -> str:
    flat = " ".join(text.split())  # tabs and line breaks would start a new column or a new card
    if flat.startswith('"') or (first and flat.startswith("#")):
        return '"' + flat.replace('"', '""') + '"'
    return flat
