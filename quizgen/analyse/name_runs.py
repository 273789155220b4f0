"""Find the runs of capitalised words in a sentence that are whole names, before anything types them.

A run is a stretch of capitalised words joined by spaces or particles ("Republic of Korea"); runs that one
name splits ("the Stockton and Darlington Railway", "the General Agreement on Tariffs and Trade (GATT)")
are joined again by named rules, and the words that only start a sentence are stripped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass

from quizgen.analyse.acronyms import spelled_out
from quizgen.analyse.gazetteer import PLACE_HEADS, place_type
from quizgen.analyse.name_words import (
    BUILT_HEADS,
    COMMON_CAPITALISED,
    DEMONYM_QUALIFIERS,
    EVENT_HEADS,
    HONOURS,
    LAW_HEADS,
    MONUMENT_HEADS,
    ON_HEADS,
    ORGANISATION_HEADS,
    PERSON_TITLES,
    STREET_HEADS,
    THING_NOUNS,
    UNIT_HEADS,
    UPPER,
    WORK_HEADS,
)

# Lower-case particles inside one name: "Republic of Korea", "Llywelyn ap Gruffudd", "Johannes van der Waals",
# "Kingston upon Hull".
# ("Istituto Centrale per il Restauro", "Piazza della Signoria", "Institut für Physik", "Partido dos Trabalhadores")
_PARTICLES = (
    "of de da di del du des van von der den la le al ap ab arap ibn bin bint ben mac ó y & upon "
    "per il lo della delle degli dei dello für zur zum do dos das"
)
# "Tern-5", "Boeing-737"; "Smoot–Hawley" and "Rhine–Main–Danube": a dash compound is one word of a name.
_CAPITALISED_WORD = rf"[{UPPER}][\w]*(?:[-–'’][A-Za-z{UPPER}]\w*)*(?:-\d+\w*)?\.?(?:[A-Z]\.)*"
_CONNECTOR = "(?:" + "|".join(_PARTICLES.split()) + ")"
# A run of capitalised words, joined by spaces or connectors: "Republic of Korea", "Bank of the West".
_RUN = re.compile(
    rf"(?<![\w'’–-]){_CAPITALISED_WORD}(?:[ -](?:{_CONNECTOR} (?:{_CONNECTOR} )?(?:the )?|the )?{_CAPITALISED_WORD})*"
)
_POSSESSIVE_INSIDE = re.compile(r"['’]s ")
# A single head word after a possessive is the name's own: "Commissioner's Office", "King's College", "Trajan's
# Forum" (review 47: "Trajan's [Forum]" hid half the name, bad).
_POSSESSED_HEADS = ORGANISATION_HEADS | PLACE_HEADS | BUILT_HEADS | MONUMENT_HEADS
_LOOK_AROUND = 40
# Plurals with "'s" that name a group, never one owner: a name they open goes on past the possessive.
_PLURAL_PEOPLE = frozenset("Women Men Children People Peoples Workingmen Gentlemen Ladies".split())


@dataclass(frozen=True)
class _Pair:
    """Two runs of capitalised words that may be one name: the text of each, what stands between them, and
    up to 40 characters on either side."""

    before: str
    between: str
    after: str
    following: str  # the text after the later run
    preceding: str  # the text before the earlier run


def capitalised_runs(sentence: str) -> list[tuple[int, int, bool]]:
    """Character ranges of capitalised word runs, joined by connectors like 'of' ("Republic of Korea"), each
    with whether its acronym after it in brackets confirmed the whole of it.

    A possessive splits a run: "Castleford's Riverside Stadium" is Castleford and Riverside Stadium.
    """
    runs = []
    for match in _runs_without_a_bare_the(sentence):
        start = match.start()
        for possessive in _POSSESSIVE_INSIDE.finditer(sentence, start, match.end()):
            rest = sentence[possessive.end() : match.end()].split()
            owner = sentence[start : possessive.start()]
            if len(rest) == 1 and rest[0] in _POSSESSED_HEADS and not place_type(owner):
                continue  # "the Information Commissioner's Office", "Devil's Bridge", "St Patrick's Cathedral"
            if owner.split()[-1] in PERSON_TITLES and rest and rest[-1].rstrip(".") in _POSSESSED_HEADS:
                continue  # "the Prime Minister's National Relief Fund": an office's body, named after the office
            if owner.split()[-1] in _PLURAL_PEOPLE:
                continue  # "the Women's Social and Political Union", "People's Republic": whose, not who (review 67)
            runs.append((start, possessive.start()))
            start = possessive.end()
        runs.append((start, match.end()))
    for joins, betweens in _JOINS:
        if len(runs) > 1:
            runs = _joined(sentence, runs, joins, betweens)
    return spelled_out(sentence, _with_numbers(sentence, _with_species(sentence, runs)))


class _Piece:
    """A stretch of a run, with the two methods of a match that capitalised_runs reads."""

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _runs_without_a_bare_the(sentence: str) -> list[re.Match[str] | _Piece]:
    """Runs, each cut where a bare "the" joins two names that an epithet does not: "Near the Equator the Sun is
    high" names the Equator and the Sun; "Yaroslav the Wise", "William the Conqueror" are one name."""
    pieces: list[re.Match[str] | _Piece] = []
    for match in _RUN.finditer(sentence):
        if " the " not in match.group():
            pieces.append(match)  # most runs: a name without a "the" (the cheap test keeps a book fast)
            continue
        start = match.start()
        for the in _BARE_THE.finditer(sentence, start, match.end()):
            # ("Tsar Peter the Great's new fleet": the epithet of a possessive, blind review 73 found "Tsar [Peter]")
            epithet = re.sub(r"['’]s$", "", sentence[the.end() : match.end()].split(" ", 1)[0].rstrip(".,"))
            word_before = sentence[start : the.start()].rsplit(" ", 1)[-1]
            if epithet in _EPITHETS or _AGENT_NOUN.search(epithet) or word_before in COMMON_CAPITALISED:
                continue  # (and "In On the Principles of Political Economy": a title's own "On the")
            pieces.append(_Piece(start, the.start()))
            start = the.end()
        pieces.append(match if start == match.start() else _Piece(start, match.end()))
    return pieces


# " the " right after a capitalised word, not after a particle ("Bank of the West" stays whole).
_BARE_THE = re.compile(rf"(?<=[\w.])(?<! of)(?<! de)(?<! and) the (?=[{UPPER}])")
# "Alfred the Great", "Ivan the Terrible", "Edward the Confessor", "Pliny the Elder": a ruler's or writer's epithet.
_EPITHETS = frozenset(
    """Great Wise Terrible Bold Pious Fair Good Bad Bald Fat Tall Short Red Black White Just Simple Mad Unready
    Magnificent Lionheart Venerable Blessed Apostle Apostate Baptist Evangelist Martyr Strong Brave Cruel
    Victorious Peaceful Pure Lame Proud Quiet Silent Old Young Little Elder Younger Deacon Grammarian""".split()
)
_AGENT_NOUN = re.compile(r"[a-z](?:er|or)$")  # "the Conqueror", "the Navigator", "the Lawgiver"


def _joined(
    sentence: str, runs: list[tuple[int, int]], joins: Callable[[_Pair], bool], betweens: Container[str]
) -> list[tuple[int, int]]:
    """Runs merged with the run before them where `joins` says the two are one name; `joins` is asked only
    where what stands between the two runs is one of `betweens` (most pairs of runs are far apart)."""
    merged: list[tuple[int, int]] = [runs[0]]
    for start, end in runs[1:]:
        previous_start, previous_end = merged[-1]
        between = sentence[previous_end:start]
        if between in betweens and joins(
            _Pair(
                before=sentence[previous_start:previous_end],
                between=between,
                after=sentence[start:end],
                following=sentence[end : end + _LOOK_AROUND],
                preceding=sentence[max(0, previous_start - _LOOK_AROUND) : previous_start],
            )
        ):
            merged[-1] = (previous_start, end)
        else:
            merged.append((start, end))
    return merged


def _and_joins(pair: _Pair) -> bool:
    """"the Forth and Clyde Canal", "Central and Western Europe": a modifier, "and", then a name of two or
    more words that ends in a head they share is one name; "Britain and France", "Asia and North America"
    and "Voltaire and Jean-Jacques Rousseau" stay two, for nothing after "and" is shared.

    "the Department of Health and Social Care", "the General Agreement on Tariffs and Trade": an office of
    two fields is one name too; so is a work's title before "published" ("Pride and Prejudice, published").
    """
    before, after = pair.before, pair.after
    if pair.between != " and ":
        return False
    if _PUBLISHED.match(pair.following) and (" " not in after or " of " in before):
        return True  # "On the Principles of Political Economy and Taxation, published in 1817"
    if _FIELD_OF.search(before):
        return not (after.split()[-1] in ORGANISATION_HEADS or place_type(after) or len(after.split()) > 3)
    last = after.split()[-1]
    the_before = before.startswith("The ") or _THE_BEFORE.search(pair.preceding) is not None
    if last in BUILT_HEADS and len(after.split()) == 2 and the_before and " " not in before.removeprefix("The "):
        return True  # "the Stockton and Darlington Railway": one railway; "London and Tower Bridge" are two
    # ("the Women's Social and Political Union": the group that owns the name comes before its modifier)
    owners = before.split(" ", 1)
    before = owners[1] if len(owners) == 2 and re.sub(r"['’]s$", "", owners[0]) in _PLURAL_PEOPLE else before
    if " " in before or " " not in after:
        return False
    heads = (ORGANISATION_HEADS, PLACE_HEADS, UNIT_HEADS)
    if any(last in head_words or last[:-1] in head_words for head_words in heads):
        return True  # "Forth and Clyde Canal", "Atlantic and Pacific Oceans"
    if place_type(before):
        return False  # "Japan and Mount St. Helens", "Sydney and Elizabeth Reed Morgan": two names
    # "Small and Large Magellanic Clouds", "Central and Western Europe", "Royal and Imperial Chamber Virtuoso"
    # ("Sal and Boa Vista" are two islands: "Sal" is too short to be an adjective.)
    return bool(_PLURAL.search(last) or before in DEMONYM_QUALIFIERS or before in _SIZE_QUALIFIERS
                or (len(before) > 4 and _ADJECTIVE_END.search(before)))


# "Department of Health", "Ministry for Housing", "Agreement on Tariffs": an office named after its field,
# which may be two.
_FIELD_OF = re.compile(r"\b(?:(?:Department|Ministry|Office|Secretariat) (?:of|for)|[A-Z][a-z]+ on) (?!the )")
_THE_BEFORE = re.compile(r"\b[Tt]he $")
# ", published in 1817", " (1813)": what follows the title of a work.
_PUBLISHED = re.compile(r",? (?:(?:first |later )?published|written|\(\d{4}\))")
# "Magellanic Clouds", "Southern Uplands": a plural head; "Hobbes", "Jones", "Atlas" are not plurals.
_PLURAL = re.compile(r"[^eus]s$")
_ADJECTIVE_END = re.compile(r"(?:al|ic|ern|ive|ous)$")
_SIZE_QUALIFIERS = frozenset("Upper Lower Inner Outer Greater Lesser Small Large Little Big Old".split())


def _plural_possessive_joins(pair: _Pair) -> bool:
    """"the Peasants' Revolt", "the Farmers' Union": a plural possessive inside one name."""
    return pair.before.endswith("s") and pair.between in ("' ", "’ ")


def _for_joins(pair: _Pair) -> bool:
    """"International Union for Conservation of Nature", "Centers for Disease Control": an institution's
    head word, "for", and a name are one name; so is "the National Association for the Advancement of
    Colored People", where the institution's cause may take a "the" — but a body after "for the" is a
    second body ("the Council for the World Bank").

    "Secretary of State for Transport", "Minister for Transport": an office goes on with "for" too.
    """
    before, between, after = pair.before, pair.between, pair.after
    if between == " for ":
        last = before.split()[-1]
        office = last in PERSON_TITLES or before.split(" of ", 1)[0].split()[-1] in PERSON_TITLES
        return last in ORGANISATION_HEADS or last in _FOR_HEADS or office
    # "the Carabinieri Command for the Protection of Cultural Heritage": a cause named by a deed is a body's too
    cause = _CAUSE_WORD.search(after.split()[0]) is not None and " " in before
    return (
        between == " for the "
        and (before.split()[-1] in _CAUSE_HEADS or cause)
        and after.split()[-1] not in ORGANISATION_HEADS
        and not place_type(after)
    )


def _deed_object_joins(pair: _Pair) -> bool:
    """"the International Fund for Saving the Aral Sea", "the Society for Preventing the Spread of Rabies": a body's
    cause named by a deed goes on with the deed's object; cut at "the", "[International Fund for Saving] the Aral
    Sea" was asked (blind review 80, bad)."""
    words = pair.before.split()
    return (
        pair.between == " the " and len(words) >= 3 and words[-2] == "for" and _DEED.fullmatch(words[-1]) is not None
        and (words[-3] in _CAUSE_HEADS or words[-3] in ORGANISATION_HEADS)
    )


_DEED = re.compile(r"[A-Z][a-z]{2,}ing")
_CAUSE_WORD = re.compile(r"(?:tion|ment|ance|ence|sion)$|^(?:Fight|Study|Care|Defence|Defense|Relief|Welfare)$")
# Institutions named after a cause: "Society for the Protection of Birds", "Fund for the Arts".
_CAUSE_HEADS = frozenset(
    """Association Society Council Institute Institution Foundation Fund League Union Commission Committee
    Campaign Centre Center Trust Alliance Coalition Movement Organisation Organization Agency""".split()
)


def _slash_joins(pair: _Pair) -> bool:
    """"the Atacama Large Millimeter/submillimeter Array": a lower-case alternative after a slash stays
    inside the name it interrupts."""
    return _SLASHED_WORD.fullmatch(pair.between) is not None


_SLASHED_WORD = re.compile(r"/[a-z][\w-]* ")


def _work_title_joins(pair: _Pair) -> bool:
    """"she answered with Boy Bitten by a Crayfish.": "by a" between capitalised words, the last of them
    ending the phrase, is inside the title of a work; "by the" is not ("the Bank of England by the Treasury")."""
    return (
        pair.between in (" by a ", " by an ") and " " in pair.before and " " not in pair.after
        and pair.following[:1] in ",.;:"
    )


def _on_joins(pair: _Pair) -> bool:
    """"the Intergovernmental Panel on Climate Change", "the General Agreement on Tariffs", "the Trottier Institute
    for Research on Exoplanets": a body or an agreement "on" its field is one name; "the Commission on Monday",
    "the Bank on Wall Street" are not."""
    if pair.between not in (" on ", " on the "):
        return False
    # "the Trottier Institute for Research on Exoplanets": a body "for" a field goes on with the field's "on"
    for_a_field = " for " in pair.before and pair.before.split(" for ", 1)[0].split()[-1] in _CAUSE_HEADS | ON_HEADS
    if pair.before.split()[-1] in WORK_HEADS:
        return True  # "Four Books on Human Proportion", "An Essay on the Principle of Population": a work on its topic
    if pair.before.split()[-1] not in ON_HEADS and not for_a_field:
        return False
    after = pair.after.split()
    if after[0] in COMMON_CAPITALISED or after[-1] in STREET_HEADS | PLACE_HEADS or place_type(pair.after.rstrip(".")):
        return False
    return len(after) > 1 or " " in pair.before


def _campus_joins(pair: _Pair) -> bool:
    """"the University of California, Berkeley": a campus after a comma belongs to its university; a country
    ("the University of Toronto, Canada"), a second body or a list ("…, Berkeley and Stanford") does not."""
    if pair.between != ", " or not _UNIVERSITY_OF.search(pair.before) or len(pair.after.split()) > 3:
        return False
    if pair.after.split()[-1] in ORGANISATION_HEADS or place_type(pair.after.rstrip(".")) in _NOT_A_CAMPUS:
        return False
    return _CAMPUS_ENDS.match(pair.following) is not None


class _Slashed:
    """What stands between the two halves of "Millimeter/submillimeter Array": a slash and a lower-case word."""

    def __contains__(self, between: object) -> bool:
        return isinstance(between, str) and _SLASHED_WORD.fullmatch(between) is not None


# Each way two runs join into one name, with what may stand between them; in this order, so that
# "General Agreement on Tariffs" is one before "and Trade" joins it.
def _firm_joins(pair: _Pair) -> bool:
    """"Tancred, Arrol and Company", "Dombey and Son": a firm of partners is one name; its "and Company" or
    "and Sons" ends it, and a partner before a comma belongs to it."""
    if pair.between == " and ":
        return pair.after in _FIRM_ENDS
    return pair.between == ", " and " " not in pair.before and pair.after.endswith(_FIRM_AND_ENDS)


_FIRM_ENDS = frozenset("Company Co Co. Son Sons Partners Brothers Associates".split())
_FIRM_AND_ENDS = tuple(f" and {end}" for end in _FIRM_ENDS)


def _subtitle_joins(pair: _Pair) -> bool:
    """"Middlemarch, A Study of Provincial Life": a capitalised "A" after a comma opens a subtitle (prose would
    write "a"); two words are more often a place of their own ("Paris, A Coruña and Lisbon")."""
    return pair.after.startswith(("A ", "An ")) and len(pair.after.split()) >= 3


def _and_of_joins(pair: _Pair) -> bool:
    """"the Declaration of the Rights of Man and of the Citizen": an "and of" goes on with the name's own "of"."""
    return " of " in pair.before and " " not in pair.after and not place_type(pair.after.rstrip("."))


def _title_case_joins(pair: _Pair) -> bool:
    """"the Key to All Mythologies", "On Life According to Nature": a capitalised small word inside a run shows
    a title in title case, whose lower-case "to" or "with" does not end it ("from Delft to The Hague" does).

    No title opens with a day or a month: "published on Wednesday in The Astrophysical Journal" names a journal.
    A title's "The" or "A" after a lower-case word goes on past "in", "at" or "from" only after a word for a work
    ("his novel A Death in Venice"): "the house of A Matanza in Padrón" is a house, in a town.
    """
    before, after = pair.before.split(), pair.after.split()
    if all(word in COMMON_CAPITALISED for word in before):
        return False
    # (only inside a run: "According to Diogenes Laërtius" opens a sentence with "According")
    small_word = after[0] in _TITLE_CASE_WORDS and len(after) > 1 or before[-1] in _TITLE_CASE_WORDS and len(before) > 1
    # "he wrote The Road to Wigan Pier": a capitalised "The" after a lower-case word starts a work's title
    if not small_word and before[0] in ("The", "A", "An") and _AFTER_A_LOWER_CASE_WORD.search(pair.preceding):
        small_word = pair.between not in _PLACE_JOINERS or _WORK_BEFORE.search(pair.preceding) is not None
    if _WORK_ON_BEFORE.search(pair.preceding) and pair.between == " in ":
        return True  # "Reflections on the Revolution in France": a work's topic goes on, to a place too
    return bool(small_word) and not place_type(pair.after.rstrip(".")) and not place_type(pair.before)


_WORK_ON_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(WORK_HEADS))}) on (?:the )?$")
# Joiners that may as well say where a thing is: "A Matanza in Padrón", "The Crown at Ely".
_PLACE_JOINERS = frozenset((" in ", " at ", " from "))
# "his novel A Death in Venice", "she wrote The Man from Snowy River": a word for a work, then its title.
_WORK_BEFORE = re.compile(rf"\b(?:{THING_NOUNS}|novella|wrote|published|painted|composed|directed|titled|entitled),? $")


# Small words that only a title capitalises inside a sentence (not "in May", "on Monday").
_TITLE_CASE_WORDS = frozenset(
    """The A An All On In Of To For From With By At And But Or Nor Without Within Beyond According Against Among
    Between Under Over Into Upon Through After Before Who What Where When Why How This That These Those My Our
    Your His Her Its Their No Not Every Each""".split()
)
# What stands between the words of a title in title case: "Key to All", "According to Nature".
_TITLE_JOINERS = frozenset(f" {word} " for word in "to with in for from by at into upon".split())

_JOINS: tuple[tuple[Callable[[_Pair], bool], Container[str]], ...] = (
    (_firm_joins, frozenset({" and "})),
    (_firm_joins, frozenset({", "})),
    (_subtitle_joins, frozenset({", "})),
    # (not a bare " and of ": "the Stoic philosopher Ariston of Chios and of Arcesilaus" are two teachers; blind
    # review 74 found them asked as one person, bad)
    (_and_of_joins, frozenset({" and of the "})),
    (_title_case_joins, _TITLE_JOINERS),
    (_and_joins, frozenset({" and "})),
    (_plural_possessive_joins, frozenset({"' ", "’ "})),
    (_slash_joins, _Slashed()),
    (_work_title_joins, frozenset({" by a ", " by an "})),
    (_for_joins, frozenset({" for ", " for the "})),
    (_deed_object_joins, frozenset({" the "})),
    (_on_joins, frozenset({" on ", " on the "})),
    (_and_joins, frozenset({" and "})),
    (_campus_joins, frozenset({", "})),
)
_UNIVERSITY_OF = re.compile(r"(?:^|\b)University of [A-Z][\w ]*$")
_NOT_A_CAMPUS = frozenset(("country", "us_state", "continent", "region"))
_CAMPUS_ENDS = re.compile(r"(?:[,.;:)(]|$| in | on | at | where | that | which | who )")
# "Yersinia pestis", "Homo sapiens": a genus and its species, one name with a lower-case second word.
_SPECIES = re.compile(r" [a-z]{3,}(?:us|is|um|ae|ii|ensis|ens|ica|icus|ata|atus|ella|ia|oides)\b(?![\w'’-])")


def _with_species(sentence: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A one-word run followed by a species epithet takes it in."""
    extended = []
    for start, end in runs:
        species = _SPECIES.match(sentence, end) if " " not in sentence[start:end] and start > 0 else None
        extended.append((start, species.end()) if species else (start, end))
    return extended


# "String Quartet No. 2", "Sonata Op. 27": a work's number after "No." or "Op." ends its name.
_WORK_NUMBER = re.compile(r" \d+\b(?![.,]\d)")


def _with_numbers(sentence: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A run that ends in "No." or "Op." takes in the number after it: "His String Quartet No. 2" (not
    "[String Quartet No]. 2")."""
    extended = []
    for start, end in runs:
        number = _WORK_NUMBER.match(sentence, end) if sentence.endswith((" No.", " Op."), start, end) else None
        extended.append((start, number.end()) if number else (start, end))
    return extended


_FOR_HEADS = frozenset("Centre Center Centers Centres Fund Campaign Network Coalition Movement Partnership".split())


def strip_run(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading sentence-start words and a trailing full stop that ends the sentence.

    Kept: a work's own "The" mid-sentence ("Rousseau's book The Social Contract") and a count that names
    an event ("the Seven Years' War") or starts a name mid-sentence ("the Ten Hours Act"). Dropped: an honour
    before its body ("a Fellow of the Royal Society").
    """
    stripped = ""
    while True:
        text = sentence[start:end]
        first_word = text.split(" ", 1)[0]
        if _TITLE_THE.match(text) and _AFTER_A_LOWER_CASE_WORD.search(sentence, 0, start):
            break
        if first_word in _TITLE_CASE_WORDS and _WORK_BEFORE.search(sentence, max(0, start - 30), start) and not all(
            word in COMMON_CAPITALISED for word in text.split()
        ):
            break  # "his last opera, From the House of the Dead": the small word opens the work's title
        if _TITLE_ON.match(text) and (
            stripped in _COMMON_PREPOSITIONS or _AFTER_A_LOWER_CASE_WORD.search(sentence, max(0, start - 30), start)
        ):
            break  # "In On the Principles of Political Economy", "his essay On Liberty": a work's title
        if first_word in _COUNT_WORDS and _PLURAL_POSSESSIVE.match(text, len(first_word)):
            break
        last_word = text.rsplit(" ", 1)[-1]
        if first_word in _COUNT_WORDS and " " in text and (
            _AFTER_A_LOWER_CASE_WORD.search(sentence, 0, start) or last_word in EVENT_HEADS or last_word in LAW_HEADS
            or stripped in _POSSESSIVE_DETERMINERS
        ):
            break  # "the Seven Sisters" mid-sentence, "Ten Hours Act supporters", "His Four Books on …": in the name
        if first_word in ORDINALS and " " in text and last_word.rstrip(".,") in _NAME_HEADS_AFTER_AN_ORDINAL:
            break  # "the First World War", "the Second Vatican Council", "the Fifth Republic"
        if first_word in ORDINALS and _ordinal_head_of(text):
            break  # "the Second Battle of Panipat", "the First Battle of Bull Run": the ordinal numbers the battle
        head_inside = _ordinal_name_end(text) if first_word in ORDINALS else None
        if head_inside:
            end = start + head_inside  # "After the Second World War Aalto taught": no comma, the war ends there
            break
        # "local First Nations", "The Second Temple": after a lower-case word or "The" a capital ordinal is the name's
        # (review 67 found "local First [Nations]"); opening a sentence, it may be "First" of a sequence
        if first_word in ORDINALS and " " in text and (
            stripped == "The" or _AFTER_A_LOWER_CASE_WORD.search(sentence, max(0, start - 30), start)
        ):
            break
        if first_word in _ERA_MARKERS and " " in text and _NUMBER_BEFORE.search(sentence, max(0, start - 12), start):
            start += len(first_word) + 1
            start += 4 if sentence.startswith("the ", start) else 0
            continue  # "By 264 BC Rome controlled", "in 27 BC the Senate gave": the era ends the date, not a name
        if _PLACE_ADJECTIVE.fullmatch(first_word) and " " in text:
            start += len(first_word) + 1
            continue  # "Texas-based Orbis Technologies", "Glasgow-born Jane Hill": where from, not the name
        honour_of = _HONOUR_OF.match(sentence, start + len(first_word)) if first_word in HONOURS else None
        if honour_of:
            start = honour_of.end()
            continue
        if first_word.rstrip(".") in COMMON_CAPITALISED and " " in text:
            stripped = first_word
            start += len(first_word) + 1
            connector = re.match(r"(?:(?:of|de|la|the|and) )+", sentence[start:end])
            start += connector.end() if connector else 0  # "Shares of Lumora": the name is Lumora
            continue
        break
    ordinal = _NUMBERED_ORDINAL_BEFORE.search(sentence, max(0, start - 8), start)
    if ordinal:
        start = ordinal.start()  # "The 21st Century Museum of Contemporary Art": the ordinal opens the name
    for possessive in ("’s", "'s", "’", "'"):
        if sentence[start:end].endswith(possessive):
            end -= len(possessive)
            break
    if sentence[start:end].endswith(".") and not re.search(r"[A-Z]\.[A-Z]\.$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr)\.$",
                                                             sentence[start:end]):
        end -= 1
    return start, end


# "book The Social Contract", "in The Times": a capitalised "The" after a lower-case word belongs to the name.
_TITLE_THE = re.compile(r"(?:The|An?) [A-Z]")  # "her memoir A Russian Childhood" too
# "On Liberty", "On the Origin of Species": a title that opens with "On", known by the word before it — a
# lower-case word, or a preposition that "On" cannot follow as a preposition of its own ("In On the …").
_TITLE_ON = re.compile(r"On (?:the )?[A-Z]")
_COMMON_PREPOSITIONS = frozenset("In From With By For After Before Like Unlike".split())
_AFTER_A_LOWER_CASE_WORD = re.compile(r"\b[a-z]+ $")
_PLACE_ADJECTIVE = re.compile(r"[\w’'.-]+-(?:based|born|owned|led|made|registered|headquartered|listed|bred|raised)")
_POSSESSIVE_DETERMINERS = frozenset("His Her Their Its My Our Your".split())
_COUNT_WORDS = frozenset("One Two Three Four Five Six Seven Eight Nine Ten Hundred Thousand".split())
ORDINALS = frozenset("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth".split())
_ORDINAL_HEADS = frozenset("Republic Reich Council Crusade Amendment Empire Dynasty Congress Coalition".split())
_NUMBERED_ORDINAL_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}(?:st|nd|rd|th) $")


_NAME_HEADS_AFTER_AN_ORDINAL = EVENT_HEADS | _ORDINAL_HEADS


def _ordinal_head_of(text: str) -> bool:
    """"Second Battle of Panipat": an ordinal, its head, then "of" and the rest of the name."""
    words = text.split(" ")
    return len(words) > 3 and words[1] in _NAME_HEADS_AFTER_AN_ORDINAL and words[2] == "of"


def _ordinal_name_end(text: str) -> int | None:
    """Where the name an ordinal opens ends, when capitalised words run on past its head ("Second World War
    Aalto"): just after the head; None if the head ends the run or there is none."""
    words = text.split(" ")
    heads = _NAME_HEADS_AFTER_AN_ORDINAL
    for index, word in enumerate(words[1:-1], 1):
        # ("the Second Battle of Panipat", "the Fourth Crusade of 1202": "of" carries the name on; review 65 found
        # "won the [name] of Panipat")
        if word in heads and words[index + 1] not in heads and words[index + 1] != "of":
            return len(" ".join(words[: index + 1]))
    return None


_PLURAL_POSSESSIVE = re.compile(r" [A-Z]\w*s['’] ")
_HONOUR_OF = re.compile(r" of (?:the )?(?=[A-Z])")
_ERA_MARKERS = frozenset("BC BCE AD CE B.C. A.D.".split())
# ("the 1st-century AD Periplus of the Erythraean Sea", blind review 91: a century ends the date too)
_NUMBER_BEFORE = re.compile(r"(?:\d|\bcentury|\bmillennium) $")
