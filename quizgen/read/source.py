"""Open a source file, decode it and hand it to the reader for its format."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.model import Document
from quizgen.read.gutenberg import unwrap_gutenberg
from quizgen.read.sections import Part, Sectioned, by_chapter_lines
from quizgen.read.text import join_lines, looks_like_heading, paragraphs

# The formats quizgen reads, and the file endings that name them.
INPUT_FORMATS = ("txt", "md", "html", "pdf")
_EXTENSIONS = {
    ".txt": "txt", ".text": "txt", "": "txt",
    ".md": "md", ".markdown": "md", ".mdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".pdf": "pdf",
}  # fmt: skip
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)

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


def read_plain_text(text: str) -> tuple[str, Sectioned]:
    """A plain-text source: a Gutenberg wrapper skipped, paragraphs as blocks, a book split into chapters."""
    book = unwrap_gutenberg(text)
    parts = [Part(join_lines(p), looks_like_heading(p)) for p in paragraphs(book.text)]
    sectioned = by_chapter_lines(parts)
    first = sectioned.blocks[0] if sectioned.blocks else None
    return book.title or (first.text if first is not None and first.is_heading else ""), sectioned


def document_from_text(
    text: str, title: str | None = None, path: str = "", slug: str | None = None, input_format: str = "txt"
) -> Document:
    """A Document from the text of a source; the source's own title is used unless one is given."""
    cleaned = clean_text(text)
    if input_format == "md":
        from quizgen.read.markdown import read_markdown  # only Markdown sources need markdown-it

        found_title, sectioned = read_markdown(cleaned)
    elif input_format == "html":
        from quizgen.read.html import read_html

        found_title, sectioned = read_html(cleaned)
    else:
        found_title, sectioned = read_plain_text(cleaned)
    return _document(sectioned, title if title is not None else found_title, path, slug, cleaned.encode("utf-8"))


def _document(sectioned: Sectioned, title: str, path: str, slug: str | None, identity: bytes) -> Document:
    if not sectioned.blocks:
        raise QuizgenError(f"{path or 'text'}: is empty (no text to make questions from)")
    return Document(
        title=" ".join(title.split()),
        slug=slug or slugify(Path(path).stem if path else title[:60]),
        sha256=hashlib.sha256(identity).hexdigest(),
        blocks=sectioned.blocks,
        path=path,
        sections=sectioned.sections,
    )


def format_of(path: Path, input_format: str | None = None) -> str:
    """The source's format: as given, else from its file ending; an unknown ending is a QuizgenError."""
    if input_format is not None:
        chosen = input_format.lower().lstrip(".")
        chosen = {"htm": "html", "markdown": "md", "text": "txt"}.get(chosen, chosen)
        if chosen not in INPUT_FORMATS:
            raise QuizgenError(f"unknown input format {input_format!r}; choose one of {', '.join(INPUT_FORMATS)}")
        return chosen
    found = _EXTENSIONS.get(path.suffix.lower())
    if found is None:
        raise QuizgenError(
            f"{path}: cannot tell the format from the ending {path.suffix!r}; "
            f"use .txt, .md, .html or .pdf, or say --input-format"
        )
    return found


def read_source(path: str | Path, input_format: str | None = None) -> Document:
    """Read a source file into a Document, or raise a QuizgenError that says what and where.

    The format comes from the file's ending (.txt, .md, .html/.htm, .pdf) unless `input_format` names it.
    """
    path = Path(path)
    where = str(path)
    chosen = format_of(path, input_format)
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
    if chosen == "pdf":
        from quizgen.read.pdf import read_pdf  # pypdf is slow to import; only PDF sources need it

        title, sectioned = read_pdf(data, where)
        return _document(sectioned, title, where, None, data)
    if chosen == "html":
        return document_from_text(_decode_html(data, where), path=where, input_format=chosen)
    return document_from_text(decode(data, where), path=where, input_format=chosen)


def _decode_html(data: bytes, where: str) -> str:
    """A page's text: UTF-8 unless its <meta charset> says otherwise."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace").lstrip("\ufeff")
        except LookupError:
            pass  # an unknown charset name: fall back to the usual guess
    return decode(data, where)
