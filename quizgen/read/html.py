"""HTML: the page's main text only; navigation, scripts, styles, forms and boilerplate are dropped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from quizgen.read.sections import Part, Sectioned, by_heading_level
from quizgen.read.text import table_row_text

# Whole subtrees that are never the article: page chrome, code, embedded media, forms.
_DROPPED_TAGS = {
    "nav", "aside", "script", "style", "noscript", "template", "form", "button", "select", "textarea",
    "svg", "canvas", "iframe", "object", "video", "audio", "figure", "pre", "menu", "dialog", "head",
}  # fmt: skip
_DROPPED_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"}
# class/id words that mark chrome on pages that do not use the HTML5 tags for it.
_CHROME_WORDS = {
    "nav", "navbar", "navigation", "menu", "sidebar", "footer", "cookie", "cookies", "banner", "breadcrumb",
    "breadcrumbs", "share", "social", "related", "comments", "newsletter", "subscribe", "advert", "ads",
    "promo", "popup", "modal", "skip",
    # encyclopedia pages: contents box, [edit] links, citation markers and lists, navigation boxes
    "toc", "editsection", "reference", "references", "reflist", "navbox", "catlinks", "noprint",
}  # fmt: skip
_CHROME_NAMES = {"sr-only", "visually-hidden", "screen-reader-text", "mw-jump-link"}  # for screen readers only
# Never judged by class: a page may well call its <body> "has-sidebar" and its article "article-share".
_NOT_BY_CLASS = {"html", "body", "main", "article"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "li", "dt", "dd", "blockquote", "h1", "h2", "h3", "h4", "h5",
    "h6", "tr", "table", "ul", "ol", "dl", "body", "header", "footer", "br", "hr", "caption", "address",
}  # fmt: skip
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
_HEADING = re.compile(r"^h([1-6])$")
_BR = "\x00"  # stands for <br>: the source's own text never holds NUL (cleaning replaced it)
_BR_PARAGRAPH = re.compile(r"\x00\s*\x00")
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·•-]\s+")


class _PageParser(HTMLParser):
    """Collects blocks of text, noting which lie inside <main>/<article> and which are headings."""

    def __init__(self, class_hints: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.class_hints = class_hints
        self.stack: list[str] = []
        self.drop_depth = 0  # >0 while inside a dropped subtree
        self.main_depth = 0
        self.heading = 0
        self.words: list[str] = []
        self.cells: list[str] | None = None  # the cells of the table row being read
        self.cell_tags: list[str] = []
        self.headers: list[str] = []
        self.in_title = False
        self.page_title = ""
        self.parts: list[tuple[Part, bool]] = []  # (part, inside main content)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """`<![if !IE]>` and `<![CDATA[…]]>` are sections the standard parser knows; any other keyword
        (`<![A:`, found by the property tests) made it fail an assertion. A browser reads such a section as a
        bogus comment up to the next ">", and so does this."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _VOID_TAGS:
            if tag == "br" and not self.drop_depth:
                self.words.append(_BR)  # one <br> is a line break; two in a row end a paragraph
            return
        self.stack.append(tag)
        if self.drop_depth or _is_chrome(tag, dict(attrs), self.main_depth > 0, self.class_hints):
            self.drop_depth += 1
            return
        if tag in ("main", "article") or dict(attrs).get("role") == "main":
            self.main_depth += 1
        if tag in _BLOCK_TAGS or tag in ("td", "th"):
            self._flush()
        if tag == "tr":
            self.cells, self.cell_tags = [], []
        elif tag in ("td", "th"):
            self.cell_tags.append(tag)
        found = _HEADING.match(tag)
        if found:
            self.heading = int(found.group(1))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID_TAGS or tag not in self.stack:
            return
        while self.stack:  # close whatever the page left open inside this element
            open_tag = self.stack.pop()
            self._close(open_tag)
            if open_tag == tag:
                break

    def _close(self, tag: str) -> None:
        if self.drop_depth:
            self.drop_depth -= 1
            return
        if tag in ("td", "th") and self.cells is not None:
            self.cells.append(" ".join("".join(self.words).split()))
            self.words = []
            return
        self._flush()
        if tag == "tr" and self.cells is not None:
            if self.cell_tags and all(t == "th" for t in self.cell_tags):
                self.headers = self.cells
            elif any(self.cells):
                self.parts.append((Part(table_row_text(self.headers, self.cells)), self.main_depth > 0))
            self.cells = None
        if tag == "table":
            self.headers = []
        if _HEADING.match(tag):
            self.heading = 0
        if tag in ("main", "article"):
            self.main_depth = max(0, self.main_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.page_title += data
        elif not self.drop_depth and self.stack:
            self.words.append(data)

    def _flush(self) -> None:
        if self.cells is not None:  # inside a table row: the words belong to the cell being read
            return
        pieces = _BR_PARAGRAPH.split("".join(self.words))
        self.words = []
        for piece in pieces:
            text = " ".join(piece.replace(_BR, " ").split())
            if text:
                self.parts.append((Part(text, bool(self.heading), self.heading), self.main_depth > 0))


def _is_chrome(tag: str, attrs: dict[str, str | None], inside_main: bool, class_hints: bool) -> bool:
    if tag in _DROPPED_TAGS or attrs.get("role") in _DROPPED_ROLES or "hidden" in attrs:
        return True
    if attrs.get("aria-hidden") == "true" or tag == "footer":
        return True
    if tag == "header" and not inside_main:
        return True  # the page's banner and footer; an article's own <header> holds its title
    if not class_hints or tag in _NOT_BY_CLASS:
        return False
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    return bool(_CHROME_WORDS.intersection(re.split(r"[\s_-]+", names)) or _CHROME_NAMES.intersection(names.split()))


def _parsed(text: str, class_hints: bool) -> _PageParser:
    parser = _PageParser(class_hints)
    parser.feed(text)
    parser.close()
    parser._flush()
    return parser


def read_html(text: str) -> tuple[str, Sectioned]:
    """The page's title and its main text as sectioned blocks."""
    parser = _parsed(text, class_hints=True)
    if not any(not part.is_heading for part, _ in parser.parts):
        parser = _parsed(text, class_hints=False)  # the class words were wrong about this page: trust tags only
    in_main = [part for part, inside in parser.parts if inside]
    parts = in_main or [part for part, _ in parser.parts]
    first_h1 = next((p.text for p in parts if p.level == 1), "")
    page_title = " ".join(parser.page_title.split())
    title = first_h1 or (_TITLE_SEPARATOR.split(page_title)[0] if page_title else "")
    return title, by_heading_level(parts)
