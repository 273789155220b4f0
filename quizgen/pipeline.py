"""The one-way pipeline: read -> analyse -> questions. Pure apart from reading the source."""

from __future__ import annotations

from pathlib import Path

from quizgen.analyse import analyse
from quizgen.model import Document, QuestionBank
from quizgen.questions import questions_from
from quizgen.read import document_from_text, read_source
from quizgen.templates import TemplateSet, load_templates


def _document(source: str | Path | Document) -> Document:
    if isinstance(source, Document):
        return source
    if isinstance(source, Path):
        return read_source(source)
    # A short one-line string that names an existing file is a path; anything else is text.
    if "\n" not in source and len(source) < 4096 and Path(source).is_file():
        return read_source(source)
    return document_from_text(source)


def generate_bank(
    source: str | Path | Document,
    templates: TemplateSet | str | Path | None = None,
    seed: int = 0,
    max_items: int | None = None,
) -> QuestionBank:
    """Questions from one source (a path, the text itself, or a Document), deterministic for a seed."""
    template_set = templates if isinstance(templates, TemplateSet) else load_templates(templates)
    return questions_from(analyse(_document(source)), template_set, seed=seed, max_items=max_items)
