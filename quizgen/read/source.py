"""Open a source file, decode it and hand it to the reader for its format."""

from __future__ import annotations

import hashlib
import re
import stat
import unicodedata
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.model import Document
from quizgen.read.gutenberg import unwrap_gutenberg
from quizgen.read.limits import max_source_bytes, too_big
from quizgen.read.sections import Part, Sectioned, by_chapter_lines, by_heading_level
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
# Zero-width characters, and the bidirectional embeddings and overrides: an unclosed override in a
# prompt would print the rest of the line backwards (what the "Trojan Source" attack relies on).
# NUL too: it is padding (a crash, a fixed-size record), never a character of the article.
_INVISIBLE = re.compile(r"[\x00\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


def slugify(name: str) -> str:
    """A stable, filesystem- and tag-safe name: 'US Troops Korea.txt' -> 'us-troops-korea'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "source"


def decode(data: bytes, where: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 without one, else Windows-1252.

    A file that is mostly control bytes is binary and refused; a stray NUL in real text is dropped later
    with the other control characters. Windows-1252 is accepted only while it reads as Western text:
    a Cyrillic or Greek code page read that way would be letters from the wrong alphabet, so it is refused.
    """
    encoding = _marked_encoding(data) or _bomless_utf16(data[:_SAMPLE])
    if encoding:
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError:
            name = encoding.upper()[:6]  # "UTF-16", whichever byte order
            raise QuizgenError(f"{where}: looks like {name} text but is not valid {name}") from None
    if _looks_binary(data):
        raise QuizgenError(f"{where}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        not_utf8 = f"{where}: is not UTF-8 text (byte 0x{data[error.start]:02x} at position {error.start})"
        try:
            # Windows-1252 is what a "plain text" file that is not UTF-8 almost always is.
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise QuizgenError(f"{not_utf8}; save it as UTF-8") from None
        if _looks_foreign(text):
            raise QuizgenError(f"{not_utf8} nor Western (Windows-1252) text; save it as UTF-8") from None
        return text


_SAMPLE = 4096
_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)  # fmt: skip


def _marked_encoding(data: bytes) -> str | None:
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 saved without a mark: mostly-Latin text has a NUL in every other byte, and only there."""
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    return controls > len(sample) * 0.05


def _looks_foreign(text: str) -> bool:
    """Letters mostly outside ASCII after a Windows-1252 reading: another alphabet's code page."""
    letters = [char for char in text[:20_000] if char.isalpha()]
    return len(letters) >= 20 and sum(1 for char in letters if not char.isascii()) > 0.3 * len(letters)


def clean_text(text: str) -> str:
    """Line ends, odd spaces and invisible characters made plain; visible characters are kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    return _CONTROL.sub(" ", text)


# "# Quadratic Equations", "## Causes": a Markdown heading line in a file saved as plain text (notes and texts
# written for Markdown are often saved as .txt); its "#" marks are markup, not words of the title.
_ATX_HEADING = re.compile(r"^(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$")


def read_plain_text(text: str) -> tuple[str, Sectioned]:
    """A plain-text source: a Gutenberg wrapper skipped, paragraphs as blocks, a book split into chapters, or into
    sections by its Markdown heading lines when it has them."""
    book = unwrap_gutenberg(text)
    parts = [_plain_part(p) for p in paragraphs(book.text)]
    sectioned = by_heading_level(parts) if any(p.level for p in parts) else by_chapter_lines(parts)
    first = sectioned.blocks[0] if sectioned.blocks else None
    return book.title or (first.text if first is not None and first.is_heading else ""), sectioned


def _plain_part(paragraph: str) -> Part:
    heading = _ATX_HEADING.match(paragraph) if "\n" not in paragraph.strip() else None
    if heading is not None:
        return Part(heading.group(2), is_heading=True, level=len(heading.group(1)))
    return Part(join_lines(paragraph), looks_like_heading(paragraph))


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


def read_source(path: str | Path, input_format: str | None = None, max_bytes: int | None = None) -> Document:
    """Read a source file into a Document, or raise a QuizgenError that says what and where.

    The format comes from the file's ending (.txt, .md, .html/.htm, .pdf) unless `input_format` names it.
    A file over `max_bytes` (default: QUIZGEN_MAX_SIZE, else 20 MB; 0 for no limit) is refused before
    it is read, so that a disk image or a log named .txt costs neither minutes nor gigabytes.
    """
    path = Path(path)
    where = str(path)
    limit = max_source_bytes() if max_bytes is None else max_bytes
    data = _read_bytes(path, where, limit)
    chosen = format_of(path, input_format)
    if not data.strip():
        raise QuizgenError(f"{where}: is empty (no text to make questions from)")
    if chosen == "pdf":
        from quizgen.read.pdf import read_pdf  # pypdf is slow to import; only PDF sources need it

        title, sectioned = read_pdf(data, where)
        return _document(sectioned, title, where, None, data)
    if chosen == "html":
        return document_from_text(_decode_html(data, where), path=where, input_format=chosen)
    return document_from_text(decode(data, where), path=where, input_format=chosen)


def _read_bytes(path: Path, where: str, limit: int) -> bytes:
    """The file's bytes, refused by its size before reading; a pipe or device is read only up to the limit."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise QuizgenError(f"{where}: is a directory, not a file")
        if limit and stat.S_ISREG(status.st_mode) and status.st_size > limit:
            raise too_big(where, status.st_size, limit)
        with path.open("rb") as source:
            data = source.read(limit + 1) if limit else source.read()
    except (FileNotFoundError, NotADirectoryError):
        raise QuizgenError(f"{where}: no such file") from None
    except OSError as error:
        raise QuizgenError(f"{where}: cannot be read ({error.strerror or error})") from None
    if limit and len(data) > limit:
        raise too_big(where, None, limit)  # a file that grew, or a pipe: its size was not known beforehand
    return data


def _decode_html(data: bytes, where: str) -> str:
    """A page's text: UTF-8 unless its <meta charset> says otherwise."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace").lstrip("\ufeff")
        except LookupError:
            pass  # an unknown charset name: fall back to the usual guess
    return decode(data, where)
