"""Is there a verb? The word lists live with the analysis, which needs them to tell a term from a verb's object."""

from quizgen.analyse.verbs import PRESENT_FORMS, VERB_FORMS, has_verb

__all__ = ["PRESENT_FORMS", "VERB_FORMS", "has_verb"]
