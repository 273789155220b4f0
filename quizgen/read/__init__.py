"""Readers: one per source format, each turning a file into a Document."""

from quizgen.read.source import document_from_text, read_source

__all__ = ["document_from_text", "read_source"]
