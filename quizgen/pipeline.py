"""The one-way pipeline: read -> analyse -> questions. Pure apart from reading the source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from quizgen.analyse import analyse
from quizgen.model import Document, QuestionBank
from quizgen.questions import questions_from
from quizgen.read import document_from_text, read_source
from quizgen.templates import TemplateSet, load_templates


def _document(source: str | Path | Document, input_format: str | None = None) -> Document:
    if isinstance(source, Document):
        return source
    if isinstance(source, Path):
        return read_source(source, input_format)
    # A short one-line string that names an existing file is a path; anything else is text.
    if "\n" not in source and len(source) < 4096 and _names_a_file(source):
        return read_source(source, input_format)
    return document_from_text(source, input_format=input_format or "txt")


def _names_a_file(text: str) -> bool:
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # a word over 255 characters, or a NUL: text, not a file name
        return False


def generate_bank(
    source: str | Path | Document,
    templates: TemplateSet | str | Path | None = None,
    seed: int = 0,
    max_items: int | None = None,
    max_per_section: int | None = None,
    input_format: str | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> QuestionBank:
    """Questions from one source (a path, the text itself, or a Document), deterministic for a seed.

    `on_stage`, if given, is told the name of each stage as it starts ("read", "analyse", "questions"),
    so that a caller can show progress; the pipeline itself never touches the terminal.
    """
    tell = on_stage or (lambda stage: None)
    template_set = templates if isinstance(templates, TemplateSet) else load_templates(templates)
    tell("read")
    document = _document(source, input_format)
    tell("analyse")
    analysis = analyse(document)
    tell("questions")
    return questions_from(analysis, template_set, seed=seed, max_items=max_items, max_per_section=max_per_section)
