"""Judge the free text a question pattern lifts from a sentence: a noun phrase that stands alone, or nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizgen.model import NAME_KINDS, Span

# A wrong question is worse than none: these word lists make a slot refuse text it cannot vouch for.
PRONOUNS = frozenset("i me you we us he him she her it they them one".split())
POSSESSIVES = frozenset("my your our his her its their".split())
DEMONSTRATIVES = frozenset("this that these those such here there".split())
# Referents a reader without the article cannot resolve (QUALITY.md: "the two sides").
DANGLING_PHRASES = ("the two", "both", "the parties", "the sides", "the former", "the latter", "the same",
                   "the other", "the above", "the following", "each", "either", "neither", "another", "others")
DETERMINERS = frozenset("the a an".split())
PREPOSITIONS = frozenset(
    "in on at by for from to with without after before during since until about against among between into "
    "through under over within across behind beyond despite following according as of via per upon".split()
)
CONJUNCTIONS = frozenset("and or nor but".split())
CONNECTIVES = frozenset(
    "thus however therefore meanwhile moreover furthermore hence consequently also and but so yet then still "
    "besides additionally finally instead indeed nevertheless nonetheless later overall accordingly now".split()
)
# Words that betray a verb or a second clause inside what should be a noun phrase.
VERBISH = frozenset(
    "am is are was were be been being has have had do does did will would shall should can could may might must "
    "that which who whom whose where when while whereas because although though if unless whether not never "
    "said says say noted reported announced stated added told claimed argued insisted demanded agreed decided "
    "confirmed revealed warned believed expected estimated showed found began begun started ended rose risen fell "
    "fallen grew grown increased decreased dropped declined jumped climbed shrank reached founded established "
    "signed opened launched died born created built completed published released introduced adopted formed held "
    "took won became become elected named appointed wrote written invented discovered headquartered located".split()
)
ADVERBS = frozenset(
    "also only still already just then later recently eventually finally officially initially originally "
    "reportedly tentatively previously first again even further".split()
)
LY_NOUNS = frozenset("family supply assembly ally rally monopoly anomaly reply belly jelly bully italy july".split())
# Where a clause can begin: after punctuation, or after "that" following a verb that reports a fact
# ("the bank said that …"); not after a relative "that" ("the talks that the US started").
REPORTING = (
    "said says reported reports noted notes announced announces confirmed confirms revealed reveals showed shows "
    "found finds estimated estimates stated states added forecast forecasts predicted predicts expects expected"
)
# Words that open news copy as common nouns ("Revenue rose 12%"), never as names.
COMMON_SUBJECTS = frozenset(
    "revenue revenues profit profits income turnover output growth inflation unemployment spending production "
    "demand supply trade investment employment debt borrowing work rain snow traffic water power food oil gas "
    "research play war peace life death"
    .split()
)
# Endings of common nouns ("Negotiations", "Production"), for a one-word subject at the sentence start.
COMMON_NOUN_ENDINGS = r"(s|tion|ment|ness|ity|ing|ance|ence|ism|ure|age|ship|dom|ery|cy)\Z"
# "more than 2,300 doses": a comma between digits groups thousands and ends no clause (blind review 102, the
# subject was cut to "300 doses").
BOUNDARY = re.compile(r"(?<!\d),|,(?!\d)|[;:—–“\"(\[]|\s-\s|\b(?:" + "|".join(REPORTING.split()) + r"|and)\s+that\s")
_WORD = re.compile(r"[^\W_][\w’'.-]*")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def _balanced(text: str) -> bool:
    pairs = (("(", ")"), ("[", "]"), ("“", "”"))
    return all(text.count(a) == text.count(b) for a, b in pairs) and text.count('"') % 2 == 0


def _is_acronym(word: str) -> bool:
    return (len(word) > 1 and word.isupper()) or any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word)


def _lower(word: str) -> str:
    # "US" is a country, "us" a pronoun: acronyms never count as function words.
    return "" if _is_acronym(word) else word.lower()


def _dangling(lowered: list[str]) -> bool:
    """Opens with a pronoun or demonstrative, or leans anywhere on "the two sides" and its like."""
    joined = " " + " ".join(lowered) + " "
    return bool(lowered) and (
        lowered[0] in PRONOUNS | POSSESSIVES | DEMONSTRATIVES
        or any(f" {phrase} " in joined for phrase in DANGLING_PHRASES)
    )


def noun_phrase_ok(text: str, max_words: int, stop_words: Iterable[str] = ()) -> bool:
    """True when `text` reads as a short noun phrase that a student understands without the article."""
    found = words(text)
    if not found or len(found) > max_words or not _balanced(text) or re.search(r"[,;:!?]|\.\s", text):
        return False
    # Past the first word a capital marks a name ("sales in May"), never a function word.
    lowered = [_lower(w) if i == 0 or not w[0].isupper() else "" for i, w in enumerate(found)]
    stops = VERBISH | {s.lower() for s in stop_words}
    if _dangling(lowered) or lowered[0] in PREPOSITIONS | CONJUNCTIONS or lowered[-1] in PREPOSITIONS | CONJUNCTIONS:
        return False
    # "the terms of their stay": whose? A short phrase has nothing inside it for a pronoun to point to.
    if any(w in stops or w in PRONOUNS or w in POSSESSIVES for w in lowered):
        return False
    last = lowered[-1]
    if last in ADVERBS | DETERMINERS | POSSESSIVES or (last.endswith("ly") and len(last) > 4 and last not in LY_NOUNS):
        return False
    for before, word in zip(lowered, lowered[1:], strict=False):
        # "the plan the US started": a determiner mid-phrase must follow a preposition or a conjunction.
        if word in DETERMINERS and before not in PREPOSITIONS | CONJUNCTIONS:
            return False
    for before, word, after in zip(lowered, lowered[1:], lowered[2:] + [""], strict=False):
        # "the agreement signed by …": a participle that opens a phrase starts a clause we cannot carry
        # over; "the average fixed mortgage rate" (a noun follows) is an adjective and fine.
        if word.endswith("ed") and len(word) > 4 and before not in DETERMINERS | PREPOSITIONS | CONJUNCTIONS:
            if after in ("", *PREPOSITIONS, *DETERMINERS):
                return False
    return True


def clause_ok(text: str, max_words: int = 40) -> bool:
    """True for the rest of a sentence carried into a question: balanced, one sentence, no dangling start."""
    found = words(text)
    if not found or len(found) > max_words or not _balanced(text) or re.search(r"[.!?](\s|$)|[;:]", text):
        return False
    lowered = [_lower(w) for w in found]
    # A possessive may point back inside the question ("Seoul … its share"); "they" or "he" rarely can.
    return not _dangling(lowered) and not any(w in PRONOUNS for w in lowered)


def clause_start(text: str, end: int) -> tuple[int, bool]:
    """Where the clause that ends at `end` begins (after the last comma, dash, colon…), connectives skipped,
    and whether that is the start of the sentence (so its capital letter says nothing about a name)."""
    start = 0
    for match in BOUNDARY.finditer(text, 0, end):
        start = match.end()
    at_sentence_start = not any(c.isalnum() for c in text[:start])
    while True:
        match = re.match(r"\s*([^\W\d_]+)\b,?", text[start:end])
        if not match or match.group(1).lower() not in CONNECTIVES or match.group(1) == "US":
            break
        start += match.end()
    while start < end and text[start].isspace():
        start += 1
    return start, at_sentence_start


def comma_list_risk(text: str, start: int, subject: str) -> bool:
    """'Seoul, Busan and Incheon grew': after a comma, a subject with 'and' may be the tail of a list.
    Safe only when what precedes the comma is an opening phrase ('In 2019,', 'Thus,')."""
    if not re.search(r"\b(and|or)\b", subject) or not text[:start].rstrip().endswith(","):
        return False
    before = text[: text[:start].rstrip().rfind(",")]
    opening = before[before.rfind(",") + 1 :]
    first = words(opening)
    return not first or first[0].lower() not in PREPOSITIONS | CONNECTIVES


_REFLEXIVES = frozenset("himself herself itself themselves".split())


def opening_case(text: str, start: int, subject: str, spans: Iterable[Span]) -> str:
    """The subject as it reads inside a question: a sentence-initial capital is dropped unless it marks a name."""
    found = words(subject)
    if not found:
        return subject
    first = found[0]
    in_name = any(s.kind in NAME_KINDS and s.start <= start < s.end for s in spans)
    if in_name or _is_acronym(first) or first == "I" or re.match(r"[A-Z][a-z]+['’]s\b", subject):
        return subject  # "Coastal's stock": a possessive capital is a name's
    if first.lower() not in DETERMINERS and len(found) > 1 and found[1][:1].isupper():
        return subject  # "South Korean spending": a name of several capitalised words
    if len(found) > 2 and found[1] == "and" and found[2][:1].isupper():
        return subject  # "Lee and Yang received …": two names
    if len(found) > 1 and first.lower() not in DETERMINERS and found[1] in _REFLEXIVES:
        return subject  # "Valette himself died in 1568": a capital stressed by "himself" is a name's
    if len(found) == 1 and first.lower() not in COMMON_SUBJECTS and not re.search(COMMON_NOUN_ENDINGS, first.lower()):
        return subject  # "Cork has a population of …": alone, a capitalised word is more likely a name
    return subject[0].lower() + subject[1:]


# Words that open a qualifier of a figure, carried from the sentence into its question.
QUALIFIER_STARTS = frozenset(
    "in on at by during after before from against since over to compared versus last this next than year year-on-year"
    .split()
)
QUALIFIER_WORDS = 14
# A qualifier ends where the next clause or aside begins: "rose 5% in 2019 and 3% in 2020", "…, or $1.94".
_TIME_WORDS = re.compile(
    r"\b(?:year|years|quarter|quarters|month|months|week|weeks|season|seasons|decade|decades|period|half|century|"
    r"today|yesterday|morning|evening|night|spring|summer|autumn|winter)\b",
    re.IGNORECASE,
)
# What a {change} slot holds: a figure or words for one ("12%", "a quarter of a percentage point").
CHANGE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|half|quarter|third|hundred|thousand|"
    r"million|billion|point|points|percent|per cent|fold)\b",
    re.IGNORECASE,
)
ORDINALS = frozenset("first second third fourth last next past previous same early late mid final".split())
# Words after a figure that add nothing a question must keep.
DROPPABLE = frozenset("people inhabitants residents worldwide overall globally annually nationwide".split())
_UP_FROM = re.compile(r",\s*(?:up|down)\s+(from)\s", re.IGNORECASE)
# (a comma between digits is a thousands separator: "to $426,900" is not cut at "$426")
_QUALIFIER_END = re.compile(r",(?!\d)|[;:—(\[“\"]|\s[-–]\s|[.!?](?:\s|\Z)|\s(?:and|or|but|while|whereas|as)\s")


def trailing_qualifier(text: str, end: int) -> str | None:
    """What follows a figure and says when or against what ("in 2019", "on Monday", "from a year earlier"):
    the words, "" when nothing of the kind follows, None when it does but cannot stand in a question."""
    stop = _QUALIFIER_END.search(text, end)
    phrase = text[end : stop.start() if stop else len(text)].strip()
    found = words(phrase)
    # "has climbed to 6.85%, up from 2.34% in December 2021": the starting level reads as "from …".
    since = _UP_FROM.match(text, stop.start()) if stop and not found else None
    if since:
        return trailing_qualifier(text, since.start(1))
    if not found:
        return ""
    if found[0].lower() not in QUALIFIER_STARTS:
        # "worldwide" may go; "fell 10% short of forecasts", "won 5% of the vote" say something else.
        return "" if len(found) == 1 and found[0].lower() in DROPPABLE else None
    if len(found) > QUALIFIER_WORDS or not clause_ok(phrase) or found[-1].lower() in PREPOSITIONS:
        return None
    if any(_lower(word) in PRONOUNS | POSSESSIVES for word in found):
        return None  # "in their first hour": whose, once the question stands alone?
    return phrase


def opening_qualifier(text: str, start: int, spans: Iterable[Span] = ()) -> str:
    """An opening "In 2019," or "Last year," before the clause at `start`, written to end a question ("in 2019");
    else "". Only a time: "In a statement, …" does not qualify the figure."""
    before = text[:start].rstrip()
    if not before.endswith(","):
        return ""
    phrase = before[:-1].strip()
    found = words(phrase)
    if not found or found[0].lower() not in QUALIFIER_STARTS or len(found) > 8:
        return ""
    if re.search(r"[,;:—–“\"()]", phrase) or not clause_ok(phrase):
        return ""
    dated = any(span.kind in ("year", "date") and span.end <= len(before) for span in spans)
    if not dated and not _TIME_WORDS.search(phrase):
        return ""
    # Words of time only ("In the third quarter of 2023"): "In a statement on Monday" is about something else.
    plain = PREPOSITIONS | DETERMINERS | ORDINALS
    if any(w[:1].islower() and w.lower() not in plain and not _TIME_WORDS.fullmatch(w) for w in found[1:]):
        return ""
    return phrase if _is_acronym(found[0]) else phrase[0].lower() + phrase[1:]
