"""Markdown sources: headings become sections, the markup is gone, code and images are dropped."""

from pathlib import Path

from quizgen.read import read_source

NOTES = """---
title: "Cell Biology Notes"
author: someone
---

# Cell biology

Cells were first seen by **Robert Hooke** in *1665*, using a
[microscope](https://example.org/microscope) of his own design.
![a cork cell](cork.png)

## The nucleus

The nucleus holds the cell's DNA.<br>It is about `6 µm` across.

```python
print("not study text")
```

- Ribosomes make proteins.
- Mitochondria make *ATP*.

## Membranes

| Part | Thickness |
|------|-----------|
| Plasma membrane | 7.5 nm |

> The membrane is a fluid mosaic.

### Transport

Water crosses by osmosis.
"""


def _read(tmp_path: Path, text: str, name: str = "notes.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_source(path)


def test_markdown_markup_is_stripped_to_the_words(tmp_path: Path):
    texts = [b.text for b in _read(tmp_path, NOTES).blocks]
    assert "Cells were first seen by Robert Hooke in 1665, using a microscope of his own design." in texts
    assert "The nucleus holds the cell's DNA. It is about 6 µm across." in texts


def test_code_blocks_and_images_are_dropped(tmp_path: Path):
    texts = " ".join(b.text for b in _read(tmp_path, NOTES).blocks)
    assert "print" not in texts and "not study text" not in texts
    assert "cork" not in texts and "png" not in texts


def test_lists_tables_and_quotes_are_kept_as_text(tmp_path: Path):
    texts = [b.text for b in _read(tmp_path, NOTES).blocks]
    assert "Ribosomes make proteins." in texts
    assert "Mitochondria make ATP." in texts
    assert "Part: Plasma membrane; Thickness: 7.5 nm" in texts
    assert "The membrane is a fluid mosaic." in texts


def test_second_level_headings_are_sections_under_a_lone_title(tmp_path: Path):
    document = _read(tmp_path, NOTES)
    assert document.title == "Cell Biology Notes"  # the front matter's title
    assert document.sections == ("", "The nucleus", "Membranes")
    by_text = {b.text: b for b in document.blocks}
    assert by_text["Cell biology"].is_heading and by_text["Cell biology"].section == 0
    assert by_text["The nucleus"].is_heading and by_text["The nucleus"].section == 1
    assert by_text["Water crosses by osmosis."].section == 2
    assert by_text["Transport"].is_heading and by_text["Transport"].section == 2


def test_title_is_the_first_heading_without_front_matter(tmp_path: Path):
    document = _read(tmp_path, "# Photosynthesis\n\nPlants make sugar from light.\n", name="photo.markdown")
    assert document.title == "Photosynthesis"
    assert document.sections == ("",)
    assert [(b.text, b.is_heading) for b in document.blocks] == [
        ("Photosynthesis", True),
        ("Plants make sugar from light.", False),
    ]


def test_several_top_headings_are_each_a_section(tmp_path: Path):
    document = _read(tmp_path, "# One\n\nFirst part.\n\n# Two\n\nSecond part.\n")
    assert document.sections == ("One", "Two")
    assert [b.section for b in document.blocks] == [0, 0, 1, 1]
