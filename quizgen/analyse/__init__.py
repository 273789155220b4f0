"""Analysis: sentences, typed answer spans, and the facts worth asking about, ranked."""

from quizgen.analyse.facts import analyse

__all__ = ["analyse"]
