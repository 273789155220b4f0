"""Turn a Document into sentences with typed spans: figures first, then names and terms."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace

from quizgen.analyse.definitions import is_a_glossary_entry
from quizgen.analyse.gazetteer import place_type
from quizgen.analyse.names import find_name_spans
from quizgen.analyse.numeric import find_numeric_spans
from quizgen.analyse.person_names import names_someone
from quizgen.analyse.sentences import sentence_offsets
from quizgen.analyse.terms import KEY_TERMS_HEADING, find_repeated_term_spans, find_term_spans, repeated_terms
from quizgen.model import Document, Sentence, Span


def _spans_for(
    text: str, known_people: AbstractSet[str], terms: frozenset[str], organisations: AbstractSet[str] = frozenset()
) -> tuple[Span, ...]:
    """Figures first, then names and terms where no figure already stands."""
    spans = find_numeric_spans(text)
    taken = [False] * len(text)
    for span in spans:
        taken[span.start : span.end] = [True] * (span.end - span.start)
    names = find_name_spans(text, known_people, organisations)
    # (a formula's symbol, "g is the gravitational field strength", is no term to recall: the line says what it
    # stands for, and the blank would ask a letter)
    defined = [term for term in find_term_spans(text) if len(term.text) > 1]
    # "nodes of Ranvier": a term that holds a name whole comes first; the name alone would be half of it
    whole = [term for term in defined if any(
        term.start <= name.start and name.end <= term.end and term.text != name.text for name in names
    )]
    found = whole + names + defined + find_repeated_term_spans(text, terms)
    for span in found:
        if not any(taken[span.start : span.end]):
            taken[span.start : span.end] = [True] * (span.end - span.start)
            spans.append(span)
    return tuple(sorted(spans, key=lambda span: span.start))


def _texts_with_their_labels(document: Document) -> list[str]:
    """The text of each block under no heading of its own, a list under a "Key terms" heading labelled as one:
    "Key terms" over "derived demand, equilibrium wage, trade union" names the passage's key terms as "Key terms:
    derived demand, …" on one line does (blind review 75 wrote its list under a heading)."""
    texts, previous = [], None
    for block in document.blocks:
        # (a short list with no full stop reads as a heading itself)
        labelled = previous is not None and previous.is_heading and KEY_TERMS_HEADING.fullmatch(previous.text.strip())
        if labelled:
            texts.append(f"Key terms: {block.text}")
        elif not block.is_heading:
            texts.append(block.text)
        previous = block
    return texts


def split_sentences(document: Document) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    people: set[str] = set()
    organisations: set[str] = set()  # "payments firm Helix Pay", then "Helix Pay said": still the firm
    short_forms: set[str] = set()
    terms = repeated_terms(_texts_with_their_labels(document))
    for block_index, block in enumerate(document.blocks):
        for start, end in sentence_offsets(block.text):
            text = block.text[start:end]
            found = () if block.is_heading or _a_piece_of_a_list(text) else _spans_for(
                text, people, terms, organisations
            )
            spans = _as_short_forms(found, short_forms)
            organisations.update(span.text for span in spans if span.kind == "organisation")
            for span in spans:
                # "Garrett Morgan" then "Morgan": a surname alone is a person once the full name was seen.
                if span.kind == "person" or (span.kind == "name" and names_someone(span, text)):
                    people.update((span.text, span.text.split()[-1]))
            sentences.append(
                Sentence(
                    text=text,
                    index=len(sentences),
                    block=block_index,
                    section=block.section,
                    is_heading=block.is_heading,
                    spans=spans,
                )
            )
    return tuple(sentences)


def _a_piece_of_a_list(text: str) -> bool:
    """"the Yuan dynasty in China, founded by Kublai Khan in 1271.": a sentence that opens in lower case is an item
    of a list cut from the words that lead into it ("The Mongol Empire split into four khanates: …"), no statement
    of its own; reviewers judged every item asked from one bad (reviews 49-50). ("iPhone sales rose" is a
    sentence: a name may open in lower case before a capital.)"""
    # (A glossary entry in a list stands alone: "labour - the physical and mental effort of workers;" under "four
    # factors of production:" defines a key term, review 66.)
    return (
        text[:1].islower() and not text[1:2].isupper() and not is_a_glossary_entry(text)
        and not SYMBOL_EXPLAINED.match(text)
    )


# "g is the gravitational field strength, 9.8 N/kg on Earth": the line under a formula that says what a symbol
# stands for is a statement of its own, though it opens in lower case (review 103 lost its "9.8 N/kg").
SYMBOL_EXPLAINED = re.compile(r"[A-Za-zα-ωΔ](?:\s\([^()]{1,40}\))? (?:is|=|stands for|represents) ")


_COMPANY_HEADS = frozenset(
    "Company Co Co. Inc Inc. Corp Corp. Corporation Ltd Ltd. LLC plc Group Holdings Industries Motors Airlines".split()
)


def _as_short_forms(spans: tuple[Span, ...], short_forms: set[str]) -> tuple[Span, ...]:
    """"Severn Valley Water Company", then "Severn Valley was disappointed": a name the article used as the
    start of a company's name is that company for short, not the valley its head word suggests.

    `short_forms` gathers the starts (two words or more) of the companies named so far. Only companies: a
    school or a hospital takes its town's name ("Loretta Springs High School") and the town stays a place;
    so does a start the gazetteer knows ("New York" of "New York Times").
    """
    for span in spans:
        words = span.text.split()
        if span.kind == "organisation" and len(words) >= 3 and words[-1] in _COMPANY_HEADS:
            # ("Joseph Asscher & Co.": the words before "&" name the man the firm is named after, and "Joseph
            # Asscher made the first cleave" is the man; review 51 found him hinted [organisation], bad)
            short_forms.update(
                " ".join(words[:count]) for count in range(2, len(words)) if words[count] not in ("&", "and")
            )
    return tuple(
        replace(span, kind="organisation")
        if span.kind in ("place", "name") and span.text in short_forms and not place_type(span.text)
        else span
        for span in spans
    )
