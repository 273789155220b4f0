"""Open a source file, decode it and hand it to the reader for its format."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.model import Document
from quizgen.read.text import blocks_from_plain_text

# Spaces that look like a space but are not one; they would split words apart in matching.
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def slugify(name: str) -> str:
    """A stable, filesystem- and tag-safe name: 'US Troops Korea.txt' -> 'us-troops-korea'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "source"


def decode(data: bytes, where: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise QuizgenError(f"{where}: starts with a UTF-16 mark but is not valid UTF-16") from None
    if b"\x00" in data[:4096]:
        raise QuizgenError(f"{where}: looks like a binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if _looks_binary(data):
            raise QuizgenError(f"{where}: looks like a binary file, not text") from None
        try:
            # Windows-1252 is what a "plain text" file that is not UTF-8 almost always is.
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise QuizgenError(
                f"{where}: is not UTF-8 text (bad byte at position {error.start}); save it as UTF-8"
            ) from None


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    return controls > len(sample) * 0.05


def clean_text(text: str) -> str:
    """Line ends, odd spaces and invisible characters made plain; visible characters are kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    return _CONTROL.sub(" ", text)


def document_from_text(text: str, title: str | None = None, path: str = "", slug: str | None = None) -> Document:
    """A Document from plain text; the first line is the title unless one is given."""
    cleaned = clean_text(text)
    blocks = blocks_from_plain_text(cleaned)
    if not blocks:
        raise QuizgenError(f"{path or 'text'}: is empty (no text to make questions from)")
    found_title = title if title is not None else (blocks[0].text if blocks[0].is_heading else "")
    return Document(
        title=found_title,
        slug=slug or slugify(Path(path).stem if path else found_title[:60]),
        sha256=hashlib.sha256(cleaned.encode("utf-8")).hexdigest(),
        blocks=blocks,
        path=path,
    )


def read_source(path: str | Path) -> Document:
    """Read a source file into a Document, or raise a QuizgenError that says what and where."""
    path = Path(path)
    where = str(path)
    if not path.exists():
        raise QuizgenError(f"{where}: no such file")
    if path.is_dir():
        raise QuizgenError(f"{where}: is a directory, not a file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise QuizgenError(f"{where}: cannot be read ({error.strerror})") from None
    if not data.strip():
        raise QuizgenError(f"{where}: is empty (no text to make questions from)")
    return document_from_text(decode(data, where), path=where)
