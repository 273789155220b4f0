"""The question bank as JSON (the versioned contract) and as CSV (for Anki's and Quizlet's importers)."""

from __future__ import annotations

import json

from quizgen.model import QuestionBank


def bank_to_json(bank: QuestionBank) -> str:
    """Byte-stable JSON: the same bank always gives the same text."""
    return json.dumps(bank.to_dict(), ensure_ascii=False, indent=2) + "\n"


def bank_to_csv(bank: QuestionBank) -> str:
    raise NotImplementedError("CSV export is built in issue 3")
