"""Turn a Document into sentences with typed spans, and rank the facts worth asking about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import replace

from quizgen.analyse.gazetteer import PLACE_HEADS, nationality_words, place_type
from quizgen.analyse.name_words import LOWER, PERSON_TITLES, UPPER
from quizgen.analyse.names import STREET_HEADS, THING_NOUNS, find_name_spans
from quizgen.analyse.numeric import TIME_ZONES, find_numeric_spans
from quizgen.analyse.sentences import sentence_offsets
from quizgen.analyse.terms import find_repeated_term_spans, find_term_spans, repeated_terms
from quizgen.model import NAME_KINDS, NUMERIC_KINDS, Analysis, Document, Fact, Sentence, Span

# How worth learning each kind of fact is, before the sentence and the article have their say.
KIND_WEIGHT = {
    "money": 1.0, "percent": 1.0, "date": 0.9, "year": 0.85, "person": 0.9, "range": 0.8,
    "multiplier": 0.8, "quantity": 0.8, "term": 0.8, "number": 0.6, "organisation": 0.7,
    "place": 0.6, "name": 0.45,
}
WEEKDAY = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
MIN_WORDS, MAX_WORDS = 6, 60
# Past this a 'sentence' is a run-on without stops (a PDF dump, a list): no item can stand alone, and
# checking each of its figures against the whole of it would cost minutes.
MAX_SENTENCE_WORDS = 150
MIN_SCORE = 0.3
_WORD = re.compile(r"\w+")
# Worked examples and hypotheticals: their figures are illustrations, not facts to learn.
_HYPOTHETICAL = re.compile(
    r"\b(?:[Ii]f|[Ss]uppose|[Ii]magine|[Ff]or example|[Ff]or instance|e\.g\.|[Ss]ay)\b|^(?:Consider|Picture|Take)\b"
)
# "two markers", "three changes", "the two canals": a small count of things, or a count the article already
# gave ("the"), is a detail no teacher asks; "three months" or "two hours" of time may be the point.
_DESIGNATION_BEFORE = re.compile(r"(?<![.!?] )(?<!^)\b[A-Z][a-z]+ $")
_DESIGNATION_AFTER = re.compile(r" (?:[A-Z][a-z]|[ap]\.m\.|[ap]m\b|o'clock)")
_STREET = re.compile(rf" (?:{'|'.join(sorted(STREET_HEADS | {'St', 'Rd', 'Ave', 'Way'}))})$")  # and abbreviated
_SMALL_COUNT = re.compile(r"^(?:one|two|three|both|a couple of)\s", re.IGNORECASE)
_TIME_UNITS = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)$")
# Names every student knows: hiding them tests nothing.
OBVIOUS_NAMES = frozenset("Earth Sun Moon God World Internet".split())
# "Ferreira, 24, has scored": an age in apposition is a side detail.
_AGE = re.compile(r"[A-Za-z], $")
_AGE_ADJECTIVE = re.compile(r"-year-old\b|-(?:month|week)-old\b| years? old\b")
_BEFORE_ITS_LIST = re.compile(r"(?: [a-z-]+){0,3}\s*(?::|\s[–—-]\s)\s*\w")
# A news dateline: "MAKASSAR, Indonesia — ", "LONDON (Reuters) - ": where the story was filed, not a fact.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]{2,}(?:, [A-Z][\w.'’ -]*?)?(?: \([A-Za-z .]+\))?|\((?:AP|Reuters|AFP|UPI|PA)\)) ?[—–-]{1,2} "
)
# Sentences that are bylines, credits, captions or references rather than statements of fact.
_NOT_A_STATEMENT = re.compile(r"^(?:Photo|Image|Source|Credit|Copyright|Reuters|AP|AFP|Fig\.|Figure|Table|See also)\b")


def _spans_for(
    text: str, known_people: AbstractSet[str], terms: frozenset[str], organisations: AbstractSet[str] = frozenset()
) -> tuple[Span, ...]:
    """Figures first, then names and terms where no figure already stands."""
    spans = find_numeric_spans(text)
    taken = [False] * len(text)
    for span in spans:
        taken[span.start : span.end] = [True] * (span.end - span.start)
    names = find_name_spans(text, known_people, organisations)
    defined = find_term_spans(text)
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


def split_sentences(document: Document) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    people: set[str] = set()
    organisations: set[str] = set()  # "payments firm Helix Pay", then "Helix Pay said": still the firm
    short_forms: set[str] = set()
    terms = repeated_terms([block.text for block in document.blocks if not block.is_heading])
    for block_index, block in enumerate(document.blocks):
        for start, end in sentence_offsets(block.text):
            text = block.text[start:end]
            found = () if block.is_heading else _spans_for(text, people, terms, organisations)
            spans = _as_short_forms(found, short_forms)
            organisations.update(span.text for span in spans if span.kind == "organisation")
            for span in spans:
                # "Garrett Morgan" then "Morgan": a surname alone is a person once the full name was seen.
                if span.kind == "person" or (span.kind == "name" and looks_like_a_person(span, text)):
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
            short_forms.update(" ".join(words[:count]) for count in range(2, len(words)))
    return tuple(
        replace(span, kind="organisation")
        if span.kind in ("place", "name") and span.text in short_forms and not place_type(span.text)
        else span
        for span in spans
    )


def _sentence_weight(sentence: Sentence, position: float) -> float:
    words = len(_WORD.findall(sentence.text))
    # "This process is called evaporation.": a short sentence that names a key term is still worth asking.
    shortest = 4 if any(span.kind == "term" for span in sentence.spans) else MIN_WORDS
    if sentence.is_heading or not shortest <= words <= MAX_SENTENCE_WORDS or _NOT_A_STATEMENT.match(sentence.text):
        return 0.0
    weight = 1.0 if words <= MAX_WORDS else 0.5
    if sentence.text[:1] in "“\"'‘":
        weight *= 0.7  # a quotation: opinion more often than fact
    if "{{" in sentence.text or "}}" in sentence.text:
        weight = 0.0  # would fight the cloze markup
    return weight * (1.0 - 0.2 * position)


def _figure_factor(span: Span, sentence: Sentence) -> float:
    """How much of a figure's kind weight it keeps in this sentence: 0 for side details and illustrations."""
    text = sentence.text
    if _HYPOTHETICAL.search(text) or _WORKED_SUM.search(text):
        return 0.0  # (the figures of a worked sum, "I = V / R = 230 / 23 = 10 A", are read off, not learnt)
    before = text[max(0, span.start - 4) : span.start]  # not the whole prefix: n spans cost n² on a long one
    after = text[span.end : span.end + 40]
    if span.kind == "number" and _AGE.search(before) and after[:1] == ",":
        return 0.0  # "Ferreira, 24, has scored": an age in apposition
    if re.search(r"\.\d{4,}", span.text):
        return 0.0  # "$1.2660": a rate to four decimals is noise, not a fact
    if span.kind == "quantity" and _RELATIVE_TIME.search(text, max(0, span.start - 12), span.end + 12):
        return 0.0  # "over the past 12 months", "three days later": a span of time, not a fact
    if _AGE_ADJECTIVE.match(after):
        return 0.0  # "a 34-year-old engineer": an age is a side detail
    # ("between 1850 and 1855" is one range span, and two times)
    times = sum(1 + (s.kind == "range" and len(_YEAR_IN.findall(s.text)) > 1) for s in sentence.spans
                if s.kind in ("year", "date") or s.kind == "range" and _YEAR_IN.search(s.text))
    if span.kind in ("year", "date") and times >= 2 and RECKONED_TIME.search(text):
        return 0.0  # "in 1934 … until 1969, thirty-five years later", "in May 1837 … the following month, on 12
        # June 1837": either one is sums from the other, not memory
    if span.kind == "quantity" and _TIME_UNITS.search(span.text) and times >= 2:
        return 0.0  # "more than five years … between 1850 and 1855": the two years give the length away
    if range_end(span, sentence):
        return 0.0  # "between 1929 and [1934]", "1 to [2] µm": half a range is guessed from the other half
    if _CLOCK_AFTER.match(text, span.end):
        return 0.0  # "by 1100 GMT", "12:14 GMT": a clock time, not a fact to learn
    if span.kind in ("year", "date") and _AS_OF_BEFORE.search(text, max(0, span.start - 60), span.start):
        return 0.0  # "a population of about 97,000 in [2023]": when a figure was counted, not a fact of its own
    if span.kind in ("year", "date") and _BY_YEAR_OPENING.match(text) and span.start < 12 and any(
        other.kind in ("number", "quantity", "percent", "money") for other in sentence.spans
    ):
        return 0.0  # "By [2024] the WTO had 166 members": the date of a count
    if _inside_quotation(text, span) or _OR_BEFORE.search(text, max(0, span.start - 14), span.start):
        return 0.0  # "“…losing eight or nine days a month”": talk, and "eight or [nine]" guesses itself
    if span.kind == "percent" and _complement_in(span, sentence):
        return 0.0  # "about 10 percent … the other [90 percent]": one is a hundred less the other
    if span.kind == "year" and (_STUDY_AFTER.match(text, span.end) or _AS_OF_HAD.match(text, span.end) and (
        text[max(0, span.start - 3) : span.start].lower() == "by "
    )):
        return 0.0  # "according to a [2023] study", "by [1914] Britain had 29 of these ships": when, not what
    if _after_a_person_in_brackets(span, sentence):
        return 0.0  # "Expeditions led by Vassili Poyarkov (1643–1646)": a side person's dates
    if _BEFORE_ITS_LIST.match(after):
        return 0.0  # "through six countries – Switzerland, …": the list that follows gives the count away
    if any(conversion_of(other, sentence) == span for other in sentence.spans if other.end <= span.start):
        return 0.0  # "160 km (100 mi)", "400,000 rupees ($4,800)": the same figure again, asked with the first
    if span.kind == "number" and (_DESIGNATION_BEFORE.search(text, max(0, span.start - 30), span.start) or
                                  _DESIGNATION_AFTER.match(text, span.end)):
        return 0.0  # "Highway 37", "Game 3", "asteroid 5383 Leavitt", "2 p.m.": a label or a clock, not a figure
    if span.kind == "quantity" and _SMALL_COUNT.match(span.text) and not _TIME_UNITS.search(span.text):
        return 0.0  # "rose above two markers", "its two opposing arms"
    if span.kind in ("quantity", "number") and text[max(0, span.start - 4) : span.start].lower() == "the ":
        return 0.0  # "for the three months to September 30": a count the reader already has
    if span.kind == "number" and len(span.text) <= 2 and "." not in span.text:
        return 0.6  # a bare small number is rarely the point of a sentence
    return 1.0


_YEAR_IN = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
_PEOPLE_PLURAL = re.compile(r"^(?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:an|ite|ese|i)s$")  # "Europeans", "Cape Verdeans"
_PEOPLE_PLURAL_NAMED_BY_A_PLACE = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+(?:an|ese)s$")  # "Cape Verdeans" ("Adulis": no)
_WORKED_SUM = re.compile(r"\d\s*[=×÷*/]\s*\d|=\s*\d")
_ANOTHER_NAME_BEFORE = re.compile(
    r"\b(?:also|sometimes|often|formerly|originally|later|commonly|popularly) (?:called|known as|named|spelled|"
    r"referred to as)(?: the)? $"
)
# Two figures of one kind joined as a range: "between 1929 and 1934", "1 to 2 µm", "330 to 340", "in 2022 and
# 2023", "the 1970s and 1980s". ("rose 6.4% to 214 crowns" joins two kinds; "from 280 ppm to 420 ppm" is a
# change, whose two figures are two facts.)
_RANGE_JOIN = re.compile(r"^(?: (?:to|and|or|through|until|till) | ?[–—-] ?)$")
# "by 1100 GMT", "5 p.m.": the time zones the span finder knows, or a.m./p.m. (it leaves most clocks unclaimed)
_CLOCK_AFTER = re.compile(rf" ?(?:{'|'.join(sorted(TIME_ZONES))}|local time|[ap]\.m\.|[ap]m)\b")
_AS_OF_BEFORE = re.compile(
    r"\b(?:population|inhabitants|residents)(?: of)?(?: about| around| some| roughly| nearly| over| more than)? "
    r"\d[\d,.]*(?: million| thousand)?(?: [a-z]+)? in $|\d[\d,.]*(?: million| thousand)? (?:inhabitants|residents) in $"
)
_BY_YEAR_OPENING = re.compile(r"^By (?:the end of |the start of |early |late |mid-)?\d")


# " (", " (about ", ", about ": between a figure and the same figure in other units or another currency.
_CONVERSION_BETWEEN = re.compile(
    r"^(?: \(|, )(?:or |about |around |roughly |some |approximately |approx\. |nearly |c\. |equal to |US)*$"
)


def conversion_of(span: Span, sentence: Sentence) -> Span | None:
    """The same figure again right after the span, in other units or another currency: "($915 million)" after
    "1.04 trillion won", "(100 mi)" after "160 km", ", about $45 million" after "310 million Danish kroner"."""
    if span.kind not in ("money", "quantity", "number"):
        return None
    text = sentence.text
    for other in sentence.spans:
        if other.start <= span.end or other.start - span.end > 16 or other.kind not in ("money", "quantity", "number"):
            continue
        between = text[span.end : other.start]
        bracketed = between.lstrip(", ").startswith("(")
        if _CONVERSION_BETWEEN.match(between) and (not bracketed or text[other.end : other.end + 1] == ")") and (
            other.kind == span.kind or span.kind == "quantity" and other.kind == "number" or bracketed
        ):
            return other
        return None
    return None


_STUDY_AFTER = re.compile(r" (?:study|report|survey|poll|census|paper|analysis|estimate|review)\b")
_AS_OF_HAD = re.compile(
    r",? (?:[\w'’-]+ ){1,5}(?:had|has|numbered|counted|totalled|totaled|reached) (?:about |some |nearly )?\d"
)
_OR_BEFORE = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) or $")


def _complement_in(span: Span, sentence: Sentence) -> bool:
    value = _percent_value(span.text)
    return value is not None and any(
        other is not span and other.kind == "percent" and _percent_value(other.text) == 100 - value
        for other in sentence.spans
    )


def _percent_value(text: str) -> float | None:
    match = re.match(r"[\d.]+", text)
    return float(match.group()) if match else None


def range_end(span: Span, sentence: Sentence) -> bool:
    """Is the figure one end of a range whose other end stands right beside it?"""
    if span.kind not in NUMERIC_KINDS or span.kind == "range":
        return False
    text = sentence.text
    for other in sentence.spans:
        if other is span or other.kind not in NUMERIC_KINDS:
            continue
        first, second = (other, span) if other.end <= span.start else (span, other)
        joined = _RANGE_JOIN.match(text[first.end : second.start])
        if joined is None:
            continue
        same_kind = first.kind == second.kind or first.kind == "number"  # "1 to 2 µm", "10 and 30 micrometres"
        change = text[max(0, first.start - 12) : first.start].rstrip().lower().endswith(("from", "from about"))
        if same_kind and not (change and "to" in joined.group() and first.kind not in ("year", "date")):
            return True
    return False


def _after_a_person_in_brackets(span: Span, sentence: Sentence) -> bool:
    text = sentence.text
    if text[span.start - 1 : span.start] != "(" or ")" not in text[span.end : span.end + 2]:
        return False
    return any(
        other.end in (span.start - 2, span.start - 1)
        and (other.kind == "person" or other.kind == "name" and looks_like_a_person(other, text))
        for other in sentence.spans
    )


def _modifies(word: str) -> bool:
    """Is the lower-case word after a name the noun it describes ("Helper T cells"), not a word of the clause
    ("Malthus applied", "Paris during")?"""
    return word not in _FUNCTION_WORDS and not word.endswith(("ed", "ing"))


def _in_brackets(text: str, span: Span) -> bool:
    opened = text.rfind("(", 0, span.start)
    return opened != -1 and text.rfind(")", opened, span.start) == -1 and text.find(")", span.end) != -1


_SAYS = r"(?:said|says|told|added|reported|announced|warned|noted|estimated|wrote)"
# "Malawi's Ministry of Health said", "according to the European Commission": who reports a fact, not the fact.
_SOURCE_SAYS = re.compile(rf"(?:['’]s [\w -]{{1,40}})? {_SAYS}\b")
_SOURCE_BEFORE = re.compile(r"\baccording to (?:the )?$|\b(?:data|figures|estimates) (?:from|by) (?:the )?$")
# "said Abena Owusu, a 34-year-old trader", "Joris Verhoeven, a researcher at Delft, said": one of many who
# could have been asked; "“…,” said Jean Mensa": who spoke a quotation. "Pete Buttigieg said the department
# would …" reports what someone the story is about did.
_SPEAKER_BEFORE = re.compile(rf"\b{_SAYS} (?:[A-Z][a-z]+\.? )?$")
_SPEAKER_AFTER = re.compile(rf"(?:, [^,]{{1,60}},)? {_SAYS}\b")
_ANYONE_AFTER = re.compile(r", (?:a|an|\d+,) ")


def _attribution(text: str, span: Span) -> bool:
    """Is the name the source of what the sentence reports, rather than part of it?"""
    after = text[span.end : span.end + 80]
    before = text[max(0, span.start - 40) : span.start]
    person = span.kind == "person" or span.kind == "name" and looks_like_a_person(span, text)
    if not person:
        return _SOURCE_BEFORE.search(before) is not None or _SOURCE_SAYS.match(after) is not None
    speaker = _SPEAKER_BEFORE.search(before) is not None or _SPEAKER_AFTER.match(after) is not None
    quoted = "“" in text or '"' in text
    return speaker and (quoted or _ANYONE_AFTER.match(after) is not None)


# "Prime Minister Narendra Modi's office": an office-holder named only to say whose office spoke.
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(PERSON_TITLES))})\.? $")
# "told reporters in Santiago", "told a news conference in Bandung", "at a ceremony in Rome": where someone spoke.
_WHERE_SPOKEN = re.compile(
    r"\b(?:told|briefed|addressed) (?:reporters|journalists|the press|a news conference|a press conference|"
    r"a briefing|parliament|lawmakers|supporters)(?: on \w+)? (?:in|at) (?:the )?$|"
    r"\bat (?:a|the) (?:news conference|press conference|briefing|ceremony|rally|summit) (?:in|at) (?:the )?$"
)
# "starring Juliet Aubrey as Dorothea and Rufus Sewell as Will Ladislaw": the cast of an adaptation.
_STARRING_BEFORE = re.compile(
    r"\bstarring (?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* as [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*,? (?:and )?)*$"
)
_AS_A_ROLE_AFTER = re.compile(r" as [A-Z]")
# "Via Zamboni", "Rue de Rivoli": a street named after its word for street.
_STREET_BEFORE = re.compile(r"\b(?:Via|Viale|Rue|Calle|Rua|Avenida|Corso|Strada|Ulica) $")
_POSSESSIVE_AFTER = re.compile(r"['’]s? ")
_IN_A_LIST_OF_THINGS = re.compile(r"\b[a-z]+(?:,| and| or) $")


def _in_passing(text: str, span: Span) -> bool:
    """Is the name only a side detail of its sentence, whatever its kind?

    "[Apple]'s iPhone", "[Kenya]'s Abel Kipsang", "[Plato]'s Academy": a thing's owner, not what is said of it
    (a person's may be: "[Ricardo]'s famous example"); "Prime Minister [Narendra Modi]'s office": an office-holder
    who only owns the office; "told reporters in [Santiago]": where someone spoke; "starring [Juliet Aubrey] as
    Dorothea": the cast; "Via [Zamboni]": a street.
    """
    before = text[max(0, span.start - 80) : span.start]
    # ("the subject of [Robert Southey]'s 1802 poem": an owner after "of" may well be a person)
    person = span.kind == "person" or span.kind == "name" and _LOOKS_PERSONAL.match(span.text) is not None
    if _POSSESSIVE_AFTER.match(text, span.end) and (not person or _TITLE_BEFORE.search(before)):
        return True
    if span.kind in ("place", "name") and _WHERE_SPOKEN.search(before):
        return True
    if _STARRING_BEFORE.search(before) and _AS_A_ROLE_AFTER.match(text, span.end):
        return True
    if person and _KIN_IN_APPOSITION.search(before):
        return True
    return _STREET_BEFORE.search(before) is not None


# "Märta Ulfsdotter, a daughter of [Saint Bridget of Sweden]": a relative of someone the sentence mentions in passing.
_KIN_IN_APPOSITION = re.compile(
    r", (?:a|the|an) (?:\w+ )?(?:son|daughter|wife|husband|widow|father|mother|brother|sister|grandson|granddaughter|"
    r"nephew|niece|cousin|pupil|student) of (?:(?:the|his|her) )?(?:[A-Z][\w.’'-]* )*$"
)


def _spelled_beside(text: str, span: Span) -> bool:
    """Does the sentence give the name away in another form? "a coup in Bissau" beside "[Guinea-Bissau]"; "the
    asteroid 7001 Noether" beside the crater "[Nöther]"."""
    if "-" not in span.text and "–" not in span.text and text.isascii():
        return False  # no double name, and no letter to spell another way: most sentences (a book stays fast)
    others = set(_WORD_OF_A_NAME.findall(text[: span.start] + " " + text[span.end :]))
    parts = [part for part in re.split(r"[-–]", span.text) if len(part) > 3]
    if len(parts) > 1 and any(part in others for part in parts):
        return True
    folded, lower = _folded(span.text), span.text.lower()
    return " " not in span.text and any(_folded(word) == folded and word.lower() != lower for word in others)


_WORD_OF_A_NAME = re.compile(rf"[{UPPER}][\w’'-]+")
_FOLDINGS = str.maketrans({"ö": "oe", "ä": "ae", "ü": "ue", "ø": "oe", "æ": "ae", "å": "aa", "ß": "ss"})


def _folded(word: str) -> str:
    """"Nöther" and "Noether", "Müller" and "Mueller": one name in two spellings."""
    return word.lower().translate(_FOLDINGS)


def _part_of_a_quoted_title(text: str, span: Span) -> bool:
    """Is the span a piece of a quoted title of a work ("A Wife's Duty", "The Road Not Taken")?"""
    opened = max(text.rfind("“", 0, span.start), text.rfind('"', 0, span.start))
    closing = min((i for i in (text.find("”", span.end), text.find('"', span.end)) if i != -1), default=-1)
    if opened == -1 or closing == -1 or closing - opened > 80:
        return False
    quoted = text[opened + 1 : closing].strip(" ,.")
    # ("Portrait of a Young Woman with a Lute": a title's small words stay small.)
    words = [w for w in quoted.split() if len(w) > 3 and w not in _TITLE_SMALL_WORDS]
    return quoted != span.text and bool(words) and all(w[:1].isupper() for w in words)


_TITLE_SMALL_WORDS = frozenset("with from into upon over under about after before than that this like near".split())


def _inside_quotation(text: str, span: Span) -> bool:
    opened = text.rfind("“", 0, span.start)
    if opened != -1 and text.find("”", opened) >= span.end:
        return True
    return text.count('"', 0, span.start) % 2 == 1 and '"' in text[span.end :]  # straight quotation marks


def _place_factor(span: Span, text: str) -> float:
    before = text[max(0, span.start - 40) : span.start]
    if _AFTER_A_PLACE.search(before):
        return 0.0  # "Cincinnati, Ohio", "Passy, France": the state or country after a town is a given
    if _COMPASS_BEFORE.search(before[-12:]):
        return 0.0  # "most populous country in western Europe": the continent is obvious
    if _EXAMPLE_LOCATION.search(before[-30:]):
        return 0.5  # "Mauna Loa in Hawaii": where an example is, rarely the point of the sentence
    return 1.0


def _span_weight(span: Span, sentence: Sentence, mentions: Counter[str], title: str) -> float:
    """How worth learning one span is, before the sentence's own weight."""
    text = sentence.text
    dateline = DATELINE.match(text)
    if dateline and span.start < dateline.end():
        return 0.0  # "MAKASSAR, Indonesia —": where the story was filed
    if span.kind not in NUMERIC_KINDS and (span.text in OBVIOUS_NAMES or (
        span.kind != "term" and _is_the_subject(span.text, title)
    )):
        return 0.0  # the article's own subject, or a name everyone knows
    if span.kind in ("name", "place") and _STREET.search(span.text):
        return 0.0  # "Mill Lane", "Water Street": where in town, rarely worth learning
    if span.kind == "name" and re.match(r" \d", text[span.end : span.end + 2]):
        return 0.0  # "Highway" of "Highway 37": the label of a number
    if span.kind == "name" and " " not in span.text and span.text.lower() in title.split():
        return 0.0  # "Carbon" in an article called "The Carbon Cycle": the title gives it away
    if span.text.isupper() and text[span.start - 1 : span.start] == "(" and text[span.end : span.end + 1] == ")":
        return 0.0  # "World Health Organization (WHO)": the abbreviation spells out what stands before it
    if span.kind in NAME_KINDS and _ANOTHER_NAME_BEFORE.search(text, max(0, span.start - 40), span.start):
        return 0.0  # "The Kingdom of Aksum, sometimes called the [Aksumite Empire]": the subject's other name
    if span.kind not in NUMERIC_KINDS and _in_brackets(text, span):
        return 0.0  # "Tartu (German: Dorpat)", "Aksum (also spelled Axum)": another name, an aside
    if (span.kind == "name" and _PEOPLE_PLURAL.match(span.text)) or (
        span.kind == "place" and _PEOPLE_PLURAL_NAMED_BY_A_PLACE.match(span.text) and not place_type(span.text)
    ):
        return 0.0  # "one of the first [Europeans]", "many [Christians]": a people is context, not a fact
    if span.kind in NAME_KINDS and _attribution(text, span):
        return 0.0  # "…, the European Commission said", "said Kari Nygaard, a shipping analyst": a source
    if span.kind in NAME_KINDS and (_in_passing(text, span) or _spelled_beside(text, span)):
        return 0.0  # "[Apple]'s iPhone", "told reporters in [Santiago]", "a coup in Bissau … [Guinea-Bissau]"
    weight = KIND_WEIGHT[span.kind]
    if span.kind == "number" and "," in span.text:
        weight = KIND_WEIGHT["quantity"]  # "187,000": a large count is usually the headline figure
    if span.kind == "date" and WEEKDAY.match(span.text):
        weight = 0.15  # "on Friday": true but not worth learning
    if span.kind == "name" and looks_like_a_person(span, text):
        weight = KIND_WEIGHT["person"] * 0.8  # "Gavrilo Princip": two capitalised words, likely a person
    if span.kind in NUMERIC_KINDS:
        weight *= _figure_factor(span, sentence)
    if span.kind == "place":
        weight *= _place_factor(span, text)
    if span.kind in ("person", "name") and text[:1] in "“\"" and span.start > text.find("”", 1) > 0:
        weight *= 0.4  # "“…,” said Dr. Julia Coronado": who is quoted is rarely the point
    if span.kind not in NUMERIC_KINDS and _part_of_a_quoted_title(text, span):
        return 0.0  # "Wife" of the essay “A Wife's Duty”: a word of a title, not a name
    if _inside_quotation(text, span):
        weight *= 0.3  # "“We scored three more times,” he said": a quotation is talk, not the fact
    following = _NEXT_WORD.match(text, span.end)
    if span.text.isupper() and following:
        weight *= 0.5  # an abbreviation used as a modifier: "US troops", "UK economy"
    elif span.kind == "name" and following and _modifies(following.group(1)):
        weight *= 0.5  # "Helper T cells", "Y-shaped proteins": a capitalised modifier, not a name to learn
    elif span.kind == "place" and following and _modifies(following.group(1)) and _IN_A_LIST_OF_THINGS.search(
        text, max(0, span.start - 20), span.start
    ):
        weight *= 0.5  # "beech, silver fir and [Norway] spruce": a place in the name of a kind of thing
    # A name the article repeats everywhere is context, not a fact to learn.
    repeats = mentions[span.text.lower()]
    return weight / (1.0 + 0.35 * max(0, repeats - 1))


# Last words of two-word names that are things or events, not people: "Korean War", "Nobel Prize".
_THING_HEADS = frozenset(
    """War Wars Prize Award Awards Cup League Stadium Reserve Hall Bridge Street Road Square Park Centre Center
    Act Treaty Revolution Games Day Economics Exchange Index Times Post Journal Review Station Airport Tower
    Palace Castle Cathedral Church Abbey Museum Gallery Theatre Theater Festival Conference Summit Agreement
    Accord Pact Plan Programme Program Project Mission Fund Trust Finance Group Ocean Sea River Mountains
    Valley Desert Islands Peninsula Empire Dynasty Era Age Period Syndrome Disease Effect Law Theory
    Equation Cycle Reaction Model System Network Line Express Motors Airlines Energy Pharma Bank United City
    Rovers Wanderers Athletic Albion Town County Rangers Canal Cloud Clouds Way Medal Trophy""".split()
)
_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)")
_RELATIVE_TIME = re.compile(
    r"\b(?:past|last|next|previous|coming|first|following) [\w,-]+ (?:seconds|minutes|hours|days|weeks|months|years|"
    r"decades)\b|\b(?:seconds|minutes|hours|days|weeks|months|years|decades) (?:later|earlier|ago|afterwards)\b"
)
# A time reckoned from another: "thirty-five years later", "after ten years", "the following month".
RECKONED_TIME = re.compile(
    r"\b[\w-]+ (?:years?|months?|weeks?|days?|decades?) (?:later|earlier|after|before)\b|"
    r"\bafter [\w-]+ (?:years|months|weeks|days|decades)\b|"
    r"\b(?:the )?(?:following|next|previous|same) (?:day|week|month|year|spring|summer|autumn|winter)\b",
    re.IGNORECASE,
)
_EXAMPLE_LOCATION = re.compile(r"[A-Z][\w’'-]+ in $")
_AFTER_A_PLACE = re.compile(r"(?:[A-Z][\w.’'-]+|province|state|county|region|prefecture|district), $")
_COMPASS_BEFORE = re.compile(r"\b(?:northern|southern|eastern|western|central|north|south|east|west) $", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    "in on at of and or to for with by from as into than but nor said says told added was is has had have "
    "were are will would could can may might who which that whose where when while after before since".split()
)
_PLACE_FIRST_WORDS = frozenset(
    """San Santa Santo São Sao Sankt St St. Saint Fort Port Mount Lake Cape New Old Great Little Upper Lower North
    South East West Northern Southern Eastern Western Central""".split()
)
# "Gavrilo Princip", "Cesária Évora": two capitalised words, accents and all.
_LOOKS_PERSONAL = re.compile(rf"^[{UPPER}][{LOWER}'’-]+ (?:[{UPPER}]\. )?[{UPPER}][{LOWER}'’-]+$")
# "born in Lyme Regis", "beating Millbrook United": where a name follows these, it is a place or a side.
_NOT_A_PERSON_BEFORE = re.compile(
    r"\b(?:in|on|at|near|from|to|into|of|beating|beat|against|versus|vs\.?)\s+(?:the\s+)?$|"
    rf"\b(?:{THING_NOUNS}|company|firm|club|team|play|show),?\s+$"  # "the band Coastal Echo"
)


def looks_like_a_person(span: Span, text: str) -> bool:
    """"Gavrilo Princip": two capitalised words, likely a person — unless the last is a thing's head
    ("Nobel Prize", "Millbrook United") or a preposition puts it in a place ("in Lyme Regis")."""
    words = span.text.split()
    return (
        _LOOKS_PERSONAL.match(span.text) is not None
        and words[-1] not in _THING_HEADS
        and words[-1] not in PLACE_HEADS
        and words[0] not in nationality_words()  # "the British Isles", "the Roman Forum"
        and words[0] not in _PLACE_FIRST_WORDS  # "São Vicente", "Santa Luzia", "Lower Lakes", "Fort Worth"
        and not _NOT_A_PERSON_BEFORE.search(text, 0, span.start)
    )


def _is_the_subject(name: str, title: str) -> bool:
    """The article's own subject: the name is (most of) its title ("Marie Curie"), not merely in it."""
    if not title:
        return False
    # "Anning" in "Mary Anning": a biography's subject by surname is given away by the title too.
    surname = len(title.split()) in (2, 3) and name.lower() == title.split()[-1] and name[:1].isupper()
    return surname or name.lower() in title and len(name) >= 0.6 * len(title)


def rank_facts(sentences: tuple[Sentence, ...], title: str = "") -> tuple[Fact, ...]:
    mentions = Counter(span.text.lower() for sentence in sentences for span in sentence.spans)
    total = max(1, len(sentences) - 1)
    facts = []
    for sentence in sentences:
        sentence_weight = _sentence_weight(sentence, sentence.index / total)
        if not sentence_weight:
            continue
        for span in sentence.spans:
            score = sentence_weight * _span_weight(span, sentence, mentions, title.lower())
            if score >= MIN_SCORE:
                facts.append(Fact(sentence=sentence, span=span, score=round(score, 4)))
    return tuple(sorted(facts, key=lambda fact: (-fact.score, fact.sentence.index, fact.span.start)))


def analyse(document: Document) -> Analysis:
    """Sentences with their typed spans, and the facts worth asking about, best first."""
    sentences = split_sentences(document)
    return Analysis(document=document, sentences=sentences, facts=rank_facts(sentences, document.title))
