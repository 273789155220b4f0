"""Questions: cloze and multiple choice from ranked facts, with distractors and flaw checks."""

from quizgen.questions.build import questions_from

__all__ = ["questions_from"]
