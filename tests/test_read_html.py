"""HTML sources: only the page's main text; navigation, scripts, styles and page chrome are dropped."""

from pathlib import Path

import pytest

from quizgen.read import read_source

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Korean War ceasefire | World News Daily</title>
  <style>body { font-family: serif; }</style>
  <script>var tracking = "Do not read this";</script>
</head>
<body>
  <header><a href="/">World News Daily</a> <nav><a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
  <div class="cookie-banner">We use cookies. Accept?</div>
  <main>
    <article>
      <header><h1>The Korean War ceasefire</h1><p class="byline">By A. Writer</p></header>
      <p>The armistice was signed on 27 July 1953 at Panmunjom &amp; fighting
         stopped the same night.</p>
      <h2>Casualties</h2>
      <p>About 36,000 American soldiers died.<br>Most were in the army.</p>
      <script>document.write("injected ad text")</script>
      <figure><img src="map.png" alt="A map"><figcaption>Map of the front</figcaption></figure>
      <h2>Aftermath</h2>
      <p>The Demilitarized Zone is about 4&nbsp;km wide &mdash; it still divides the peninsula.</p>
      <table>
        <tr><th>Country</th><th>Troops in 1953</th></tr>
        <tr><td>United States</td><td><p>302,483</p></td></tr>
      </table>
      <aside>Read more: <a href="/x">Ten facts about Korea</a></aside>
      <form><label>Subscribe to our newsletter</label><input type="email"></form>
    </article>
  </main>
  <footer>Copyright 2024 World News Daily. All rights reserved.</footer>
</body>
</html>
"""


def _read(tmp_path: Path, html: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return read_source(path)


def test_only_the_article_text_is_kept(tmp_path: Path):
    document = _read(tmp_path, PAGE)
    assert [b.text for b in document.blocks] == [
        "The Korean War ceasefire",
        "By A. Writer",
        "The armistice was signed on 27 July 1953 at Panmunjom & fighting stopped the same night.",
        "Casualties",
        "About 36,000 American soldiers died. Most were in the army.",
        "Aftermath",
        "The Demilitarized Zone is about 4 km wide — it still divides the peninsula.",
        "Country: United States; Troops in 1953: 302,483",
    ]


def test_scripts_navigation_and_boilerplate_never_reach_the_text(tmp_path: Path):
    text = " ".join(b.text for b in _read(tmp_path, PAGE).blocks)
    for unwanted in ("Do not read", "font-family", "Sport", "cookies", "injected", "Map of the front",
                     "Ten facts", "newsletter", "Copyright", "World News Daily"):  # fmt: skip
        assert unwanted not in text


def test_title_comes_from_the_heading_and_headings_make_sections(tmp_path: Path):
    document = _read(tmp_path, PAGE)
    assert document.title == "The Korean War ceasefire"
    assert document.sections == ("", "Casualties", "Aftermath")
    heading = next(b for b in document.blocks if b.text == "Aftermath")
    assert heading.is_heading and heading.section == 2


def test_page_without_main_element_keeps_body_text_and_takes_the_title_element(tmp_path: Path):
    html = (
        "<html><head><title>Photosynthesis - Study Site</title></head><body>"
        "<div id='main-nav'><a>Home</a></div>"
        "<div class='content'><p>Plants turn light into sugar.</p><p>Oxygen is released.</p></div>"
        "</body></html>"
    )
    document = _read(tmp_path, html, name="photo.htm")
    assert document.title == "Photosynthesis"
    assert [b.text for b in document.blocks] == ["Plants turn light into sugar.", "Oxygen is released."]


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Built in 1901<![A:note]> of local stone.</p>", "Built in 1901 of local stone."),
        ("<p>Built in 1901<![if !IE]> of local stone.<![endif]></p>", "Built in 1901 of local stone."),
        ("<p>Built in 1901 of local stone.</p><![A:", "Built in 1901 of local stone."),
    ],
)
def test_a_marked_section_the_parser_does_not_know_is_skipped_like_a_comment(tmp_path: Path, html: str, text: str):
    assert _read(tmp_path, html).blocks[0].text == text


def test_declared_charset_is_honoured(tmp_path: Path):
    path = tmp_path / "old.html"
    html = "<html><head><meta charset='iso-8859-1'></head><body><p>Caf\u00e9 opened in 1901.</p></body></html>"
    path.write_bytes(html.encode("iso-8859-1"))
    assert read_source(path).blocks[0].text == "Caf\u00e9 opened in 1901."


def test_two_line_breaks_in_a_row_end_a_paragraph(tmp_path: Path):
    html = "<html><body><p>First line\n\nstill first.<br>Same paragraph.<br><br>Second paragraph.</p></body></html>"
    texts = [b.text for b in _read(tmp_path, html).blocks]
    assert texts == ["First line still first. Same paragraph.", "Second paragraph."]


ENCYCLOPEDIA = """<html><head><title>Panmunjom - Wikipedia</title></head>
<body class="skin-vector has-sidebar">
<a class="mw-jump-link" href="#content">Jump to content</a>
<div id="mw-navigation"><a>Main page</a><a>Random article</a></div>
<main id="content">
  <h1 id="firstHeading">Panmunjom</h1>
  <div id="toc" class="toc"><h2>Contents</h2><ul><li>1 History</li><li>2 Tourism</li></ul></div>
  <h2>History<span class="mw-editsection">[edit]</span></h2>
  <p>The armistice was signed here in 1953.<sup class="reference"><a href="#cite-1">[1]</a></sup></p>
  <h2>Tourism<span class="mw-editsection">[edit]</span></h2>
  <p>About 100,000 people visit each year.</p>
  <h2>References</h2>
  <ol class="references"><li>Smith, J. (2001). Korea. p. 12.</li></ol>
  <div class="navbox">Korean War · Korean DMZ · Joint Security Area</div>
</main>
</body></html>"""


def test_encyclopedia_page_loses_its_contents_box_edit_links_and_citations(tmp_path: Path):
    document = _read(tmp_path, ENCYCLOPEDIA, name="panmunjom.html")
    assert document.title == "Panmunjom"
    assert [b.text for b in document.blocks if not b.is_heading] == [
        "The armistice was signed here in 1953.",
        "About 100,000 people visit each year.",
    ]
    assert document.sections == ("", "History", "Tourism", "References")


def test_class_words_that_would_drop_the_whole_page_are_not_trusted(tmp_path: Path):
    html = "<html><body><div class='content has-sidebar'><p>The dam was finished in 1936.</p></div></body></html>"
    assert [b.text for b in _read(tmp_path, html).blocks] == ["The dam was finished in 1936."]
