"""quizgen: grounded multiple-choice and cloze questions from an article, offline.

    >>> import quizgen
    >>> bank = quizgen.generate("source/us-troops-korea.txt")
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.errors import QuizgenError

if TYPE_CHECKING:
    from quizgen.model import Document, Question, QuestionBank
    from quizgen.templates import TemplateSet

__all__ = ["Question", "QuestionBank", "QuizgenError", "generate"]


def __getattr__(name: str) -> object:
    # The data model loads on first use, not at import: `quizgen --help` starts faster without it.
    if name in ("Question", "QuestionBank"):
        from quizgen import model

        return getattr(model, name)
    raise AttributeError(f"module 'quizgen' has no attribute {name!r}")


def generate(
    source: str | Path | Document,
    templates: TemplateSet | str | Path | None = None,
    seed: int = 0,
    max_items: int | None = None,
) -> QuestionBank:
    """Questions from a path, the article's text, or a Document; the same input and seed give the same bank."""
    # Imported here, not at the top, so that `quizgen --help` does not pay for the whole pipeline.
    from quizgen.pipeline import generate_bank

    return generate_bank(source, templates=templates, seed=seed, max_items=max_items)
