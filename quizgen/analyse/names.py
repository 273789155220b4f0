"""Find proper names in a sentence and type them by cues, not by a statistical model.

A run of capitalised words is a name (name_runs finds the whole of it); what kind it is comes from the
words around it (a title or role before it: person), its last word (Ministry, University: organisation;
Peninsula, River: place), the bundled gazetteer (place), or a person or a business already named in the
article. No cue: kind "name". Labels that name nothing (labels) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Container, Set

from quizgen.analyse.gazetteer import PLACE_HEADS, nationality_words, place_type
from quizgen.analyse.labels import (
    CONSERVATION_STATUSES,
    DATELINE,
    OPENING_LABEL,
    PARTY_WORDS,
    is_a_label,
    is_a_nationality_noun,
    without_nationality,
    without_post_nominals,
)
from quizgen.analyse.name_runs import ORDINALS, capitalised_runs, strip_run
from quizgen.analyse.name_words import (
    AWARD_HEADS,
    BUILT_HEADS,
    COMMON_CAPITALISED,
    CONFERRED_TITLE_HEADS,
    DEMONYM_QUALIFIERS,
    EVENT_HEADS,
    FAITH_WORDS,
    HONOURS,
    KNOWN_ORGANISATIONS,
    LAW_HEADS,
    MONUMENT_HEADS,
    ON_HEADS,
    ORGANISATION_HEADS,
    ORGANISATION_STARTS,
    PERSON_ROLES,
    PERSON_TITLES,
    PERSON_VERBS,
    PLACE_STARTS,
    STREET_HEADS,
    THING_NOUNS,
    UNIT_HEADS,
    UPPER,
    WORK_HEADS,
)
from quizgen.model import Span

# STREET_HEADS, THING_NOUNS, BUILT_HEADS and ORGANISATION_HEADS are read from here by later stages too.
__all__ = ["BUILT_HEADS", "ORGANISATION_HEADS", "STREET_HEADS", "THING_NOUNS", "find_name_spans"]

# Kin words name a relation, not a role: "Son Heung-min", "Brother Roger" stay whole at a sentence's start.
_KIN = frozenset("colleague friend wife husband son daughter father mother brother sister".split())
# "Martin Luther King Jr.": a suffix stays with the name, and the word before it is a surname, not a title.
_NAME_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())
# Words ending in these, followed by a lower-case word, are adjectives of nationality: "South Korean joint".
_DEMONYM_END = re.compile(r"(?:an|ese|ish|ian|ean|ic|i|ch)$")


def _split_at_titles(sentence: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """'US President Donald Trump' -> ('US', no title), ('Donald Trump', after a title)."""
    pieces: list[tuple[int, int, bool]] = []
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", sentence[start:end])]
    piece_start = start
    after_title = False
    for index, (word_start, word_end) in enumerate(words):
        word = sentence[word_start:word_end].rstrip(".")
        next_word = sentence[slice(*words[index + 1])] if index + 1 < len(words) else ""
        # "Spokesman Pieter De Smet said": a role opening the sentence is capitalised only for being first.
        opening_role = word_start == 0 and word.lower() in PERSON_ROLES and word.lower() not in _KIN
        if not (word in PERSON_TITLES or opening_role) or next_word in _NAME_SUFFIXES:
            continue
        if next_word in ORGANISATION_HEADS or next_word in _EVENT_LAST_WORDS:
            continue  # "Major League Baseball", "General Electric", "Marshal Plan": a title word opens a name
        # "Department of Justice", "Vienna General Hospital", "Sir John Leman School", "General Agreement on
        # Tariffs": a title word inside an institution's name, which ends in its head before "of", "on", "for".
        named_part = _FIELD_JOINT.split(sentence[word_end:end], maxsplit=1)[0].split()
        # ("the daughter of King Valdemar", "in the presence of Admiral Klas Fleming": an "of" before the run is
        # no part of it.) "the UNESCO Representative List of the Intangible Cultural Heritage": one word and
        # "of the" after a title word make a thing's name, not a person's.
        inside_a_name = (word_start > start and sentence[word_start - 3 : word_start] == "of ") or (
            bool(named_part) and (named_part[-1] in ORGANISATION_HEADS or named_part[-1] in ON_HEADS)
        ) or (
            # "the Saint Lawrence Seaway", "Saint Paul's Cathedral": a saint's name on a place or a building
            len(named_part) > 1 and (named_part[-1] in PLACE_HEADS | BUILT_HEADS | _ROAD_HEADS)
        ) or (_ONE_WORD_OF_THE.match(sentence, word_end, end) is not None and next_word not in PERSON_TITLES | HONOURS
        ) or (
            # "Mount Saint Elias", "Lake St. Clair", "Fort St. John": a saint's name on a place after its place word
            # (blind review 73 found "Mount Saint [person]", bad)
            sentence.startswith(PLACE_STARTS, piece_start) and sentence[piece_start:word_start].count(" ") == 1
        )
        if inside_a_name:
            continue
        piece_words = sentence[piece_start : word_start - 1].split()
        between_titles = after_title and len(piece_words) <= 2  # "Chief Fire Officer": one title
        # "Prime Minister", "Foreign Minister", "Police Officer": a word of the title, not a name ("US" is one)
        title_word = len(piece_words) == 1 and not piece_words[0].isupper() and not place_type(piece_words[0])
        # "Portuguese Prime Minister", "Deputy Prime Minister": the words of a title, and a nationality
        # before them, name nobody.
        piece_end = word_start - 1
        modifiers = _TRAILING_TITLE_MODIFIERS.search(sentence[piece_start:piece_end])
        piece_end = piece_start + modifiers.start() if modifiers else piece_end
        # "Holy Roman Emperor Frederick I", "Bharuch District Collector Tushar Sumera": the words before a title
        # belong to it, unless they name a place or a body ("US President", "Harvard University Professor").
        before_title = sentence[piece_start:piece_end]
        if before_title in nationality_words() or not (
            place_type(before_title) or before_title.isupper() or before_title.split()[-1:] in _BODY_LAST_WORDS
        ):
            piece_end = piece_start
        if piece_start < piece_end and not between_titles and not title_word:
            pieces.append((piece_start, piece_end, after_title))
        piece_start = word_end + 1
        after_title = True
    if piece_start < end:
        pieces.append((piece_start, end, after_title))
    # "Secretary of Commerce Gina Raimondo": the department belongs to the title, not to the name;
    # "the Secretary of State for Transport" names an office and nobody in it.
    pieces = [_without_department(sentence, piece) for piece in pieces]
    pieces = [piece for piece in pieces if not (piece[2] and sentence.startswith(("of ", "for "), piece[0]))]
    # A person's name does not contain "of": "Dr. Jane Goodall of the World Health Organization",
    # "Tomás Ferrer of the Progress Party".
    split: list[tuple[int, int, bool]] = []
    for piece_start, piece_end, titled in pieces:
        cut = sentence.find(" of ", piece_start, piece_end)
        after_of = sentence[cut + 4 : piece_end].removeprefix("the ").split() if cut != -1 else []
        person_then_body = (
            cut != -1
            and not sentence[piece_start:cut].startswith(ORGANISATION_STARTS + ("Republic", "Kingdom", "Duke", "Earl"))
            and len(sentence[piece_start:cut].split()) in (2, 3)
            # ("Two Treatises of Government", "The Wealth of Nations": no name of a person opens with a count)
            and sentence[piece_start:cut].split()[0] not in COMMON_CAPITALISED
            # ("the Emmy Noether Programme of the German Research Foundation" is a programme of a body)
            and sentence[piece_start:cut].split()[-1] not in ORGANISATION_HEADS | UNIT_HEADS | _THING_LAST_WORDS
            and bool(after_of)
            # ("Caroline Piaulet-Ghorayeb of the University of Montreal": a body whose head comes first)
            and (after_of[-1] in ORGANISATION_HEADS or " ".join(after_of).startswith(ORGANISATION_STARTS))
        )
        if titled and cut != -1 and _RULER_OF_A_PLACE.fullmatch(sentence, piece_start, piece_end) and (
            _RULER_TITLE_BEFORE.search(sentence, max(0, piece_start - 12), piece_start)
        ):
            split.append((piece_start, piece_end, True))  # "King Albert of Mecklenburg": a ruler's whole name
        elif (titled or person_then_body) and cut != -1:
            rest = cut + 4
            rest += 4 if sentence.startswith("the ", rest) else 0
            split += [(piece_start, cut, True), (rest, piece_end, False)]
        else:
            split.append((piece_start, piece_end, titled))
    return split


# Words that make a title of the title after them: "Prime Minister", "Deputy Mayor", "Vice President".
_TITLE_MODIFIERS = (
    "Prime|Deputy|Vice|Foreign|Home|Finance|Defence|Defense|Interior|Health|Education|Justice|Trade|Acting|"
    "Former|Assistant|Associate|Attorney|Lord|Chief|First|Grand|Supreme|Senior|Junior|Shadow|"
    # "Planning Cabinet Secretary Adan Mohamed", "Permanent Secretary", "Press Secretary": a title, no body
    "Cabinet|Permanent|Principal|Parliamentary|Press|Private|Managing"
)
_TRAILING_TITLE_MODIFIERS = re.compile(rf"(?:(?:^| )(?:{_TITLE_MODIFIERS}))+$")
# "the Queen Ka'ahumanu Highway", "King Edward VII Road": a road named after a ruler is no person (blind review
# 92 found "along the Queen [person]", bad).
_ROAD_HEADS = frozenset("Highway Road Motorway Expressway Freeway Boulevard Parkway Turnpike".split())
_FIELD_JOINT = re.compile(r" (?:of|on|for) ")
_ONE_WORD_OF_THE = re.compile(r" [A-Z][\w’'-]* of the ")
_BODY_LAST_WORDS = [[word] for word in ORGANISATION_HEADS]
# "Albert of Mecklenburg", "Valdemar IV of Denmark", "Catherine of Aragon": a ruler's or saint's one name, a
# numeral, and the land, after a title of rule ("President Macron of France" is Macron, of France).
_RULER_OF_A_PLACE = re.compile(r"[A-Z][\w’'-]+(?: [IVX]+)? of (?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+)?")
_RULER_TITLE_BEFORE = re.compile(
    r"\b(?:King|Queen|Prince|Princess|Emperor|Empress|Saint|St\.?|Pope|Duke|Duchess|Tsar|Czar|Archduke|Count|"
    r"Countess|Earl|Lord|Lady|Sultan|Shah|Khan|Margrave|Elector|Bishop|Archbishop) $"
)
_DEPARTMENT = re.compile(r"of (?:the )?(?:[A-Z][\w’'-]*(?: and)? )+?(?=[A-Z][a-z])")


def _without_department(sentence: str, piece: tuple[int, int, bool]) -> tuple[int, int, bool]:
    start, end, titled = piece
    department = _DEPARTMENT.match(sentence, start, end) if titled else None
    return (department.end(), end, titled) if department and department.end() < end else piece


_COMPASS = frozenset("North South East West Central Northern Southern Eastern Western Upper Lower".split())
_CONTINENT_ADJECTIVES = frozenset("European Asian African American Arctic Antarctic".split())
# "zirconium from Trail Ridge", "the Great Dismal Swamp": landforms the gazetteer's heads leave out, and no one's
# surname (blind review 100 hinted Trail Ridge [person], bad). ("Hill", "Marsh", "Point", "Head" are surnames as
# often: "Helen Marsh said …".)
_LANDFORM_HEADS = frozenset("Ridge Ridges Swamp Dunes Cliffs Escarpment Moor Moors Fens Wetlands".split())
# "the Kestrel Bar": an article right before a name.
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an)$")


def _kind_of(sentence: str, start: int, end: int, after_title: bool, people: Container[str]) -> str | None:
    text = sentence[start:end]
    words = text.split()
    before = sentence[:start].rstrip().lower().rstrip(",")
    after = re.sub(r"^(?:['’]s)?[ ,]*", "", sentence[end:]).lower()
    previous_word = before.rsplit(" ", 1)[-1] if before else ""
    next_word = after.split(" ", 1)[0] if after else ""
    # "Acts of Parliament", "the Treaty of the Union": a law or an event of a body is not the body.
    head = text.split(" of ", 1)[0].split()[-1]
    of_a_body = head in EVENT_HEADS or head in LAW_HEADS
    # "National Association for the Advancement of Colored People", "Coordinating Group on Vaccine Provision":
    # the institution's head stands before "for" or "on".
    for_a_cause = any(
        joint in text and text.split(joint, 1)[0].split()[-1] in ORGANISATION_HEADS for joint in (" for ", " on ")
    )
    if " of " in text and head in CONFERRED_TITLE_HEADS | AWARD_HEADS:
        # "named a Doctor of the Church", "the Medal of Honor": a title or an award the body gives, not the body
        # (review 64 found "named a [organisation]" for Doctor of the Church, bad)
        return "name"
    if words[-1] in _CONTEST_BODY_HEADS and (
        _MATCH_NOUN_AFTER.match(sentence, end) or _WON_THE_BEFORE.search(before[-30:])
    ):
        return "name"  # "a heavy defeat in a Nations League match", "won the Premier League": a competition
    if (building := _a_building(sentence, start, end, before)) is not None:
        return building
    if len(words) > 2 and words[1] in WORK_HEADS and words[0] in COMMON_CAPITALISED:
        return "name"  # "Two Treatises of Government", "An Essay on the Principle of Population": a work
    work_noun = _A_WORK_NAMED_BEFORE.search(sentence[max(0, start - 30) : start])
    # (after a comma only in apposition, a comma after it too: "In the film, Tom Hanks plays" names an actor)
    a_work_named = work_noun is not None and (not work_noun.group(1) or sentence[end : end + 1] == ",")
    if _MADE_A_WORK_BEFORE.search(before[-20:]) or a_work_named:
        # "she painted Henry Ford Hospital", "his first landscape series, Famous Places of the Eastern Capital,": a
        # work, whatever its head word says (review 58; blind review 76 found the series hinted [organisation])
        return "name"
    if text in KNOWN_ORGANISATIONS or text.startswith(ORGANISATION_STARTS) or for_a_cause or (
        words[-1] in ORGANISATION_HEADS and not of_a_body
    ):
        return "organisation"
    if words[-1] in STREET_HEADS and len(words) > 1:
        return "name"  # "who lives on Cowpen Lane, said": a street, however a verb of saying follows it
    if after_title and not text.startswith(PLACE_STARTS):
        return "person"  # "Queen Victoria" is a queen, though Victoria is a city too
    if _KIN_OF.search(before):
        return "person"  # "the seventh of eleven children of Sydney and Elizabeth Reed Morgan"
    near_before = before[-40:]  # the patterns below end at the name: searching all of `before` costs a book n²
    if _EDITION_BEFORE.search(near_before) or _WORK_APPOSITION.match(sentence, end):
        return "name"  # "at the 1990 World Cup", "the Periplus of the Erythraean Sea, a Greek guide to trade"
    if _TRADE_OF_EITHER_BEFORE.search(near_before) and _PERSONAL_WORDS.fullmatch(text):
        # "the publisher Hieronymus Cock", "the instrument maker John Harrison", but "the car maker Aston Martin": a
        # trade that a person or a firm may ply does not say which (blind review 81 hinted Cock [organisation], bad)
        return "name"
    if _ORGANISATION_BEFORE.search(near_before) or (
        _ORGANISATION_APPOSITION.match(sentence, end) and not place_type(text)
    ):
        # "payments firm Helix Pay", "Helix Pay, one of the fastest-growing payment apps"; but in "the Buffalo Forge
        # Company in Buffalo, New York, a maker of heaters" the maker is the company, and New York a state
        return "organisation"
    person_word = not (words[-1] in _NAME_SUFFIXES or words[-1] in PARTY_WORDS or words[-1] in _EVENT_LAST_WORDS)
    # "the Berlin Wall", "London Bridge": a built thing named after its place is nobody ("Peter Hall" is someone).
    person_word = person_word and not (words[-1] in BUILT_HEADS and len(words) > 1 and place_type(words[0]))
    # "the 21st Century Museum of Contemporary Art, a circular glass building designed by …": a museum is nobody
    person_word = person_word and not (" of " in text and head in ORGANISATION_HEADS | BUILT_HEADS | MONUMENT_HEADS)
    if person_word and (text in people or words[-1] in people) and _SAID_RIGHT_AFTER.match(sentence, end):
        return "person"  # "“… it is family,” Montenegro said": Luís Montenegro, named before, not the country
    # "Kingdom of Denmark" is a kingdom, "the Conquest of the Desert" a conquest: a head stands before "of".
    place_head = head in PLACE_HEADS or (words[-1] in PLACE_HEADS | _LANDFORM_HEADS and head not in EVENT_HEADS)
    # "East Africa", "Central Asia", "Northern Italy", "European Russia": a compass word or a continent's adjective
    # before a place is a place (review 64 found "peasants from [person] and Ukraine").
    place_head = place_head or (
        len(words) > 1 and words[0] in _COMPASS | _CONTINENT_ADJECTIVES and bool(place_type(" ".join(words[1:])))
    ) or _a_nations_quarter(text)
    # "this Second Republic collapsed", "the Third Reich": a numbered regime is a period of a place, not a place
    place_head = place_head and words[0] not in ORDINALS
    if person_word and (
        _KIN_RIGHT_BEFORE.search(near_before) or (len(words) > 1 and _KIN_RIGHT_AFTER.match(sentence, end))
        or _a_known_person_opening(sentence, end, text, people)
    ):
        # "two daughters, Virginia and Livia", then "Virginia, known in the convent as Sister Maria Celeste, …":
        # a daughter, not the state (review 67 found "[place], known in the convent as …", bad)
        return "person"
    if len(words) == 1 and (otherwise := _a_town_word_used_otherwise(sentence, start, end, before)):
        return otherwise
    if place_type(text) or place_head or text.startswith(PLACE_STARTS):
        return "place"
    if _PLACE_BEFORE.search(before):
        return "place"  # "born in Lyme Regis", "the town of Faenza"
    if _THING_BEFORE.search(before) or words[0] in HONOURS:
        return "name"  # "the band Coastal Echo", "a Dame Commander of the Order": no person
    if after_title or previous_word in PERSON_ROLES:
        return "person"
    if len(words) >= 2 and _OCCUPATION_IN_IST_BEFORE.search(near_before):
        return "person"  # "the violinist Matteo Fornari" (review 48 found him hinted [name]), "the pianist Clara Wieck"
    if person_word and not _LOCATIVE_BEFORE.search(near_before) and _role_in_apposition(sentence, end):
        # "Llywelyn ap Gruffudd, the Welsh prince", "Maria Delgado, director of …"; but "born at Søborg Castle
        # on Zealand, the youngest daughter of King Valdemar" is a place: the apposition is the subject's
        return "person"
    # "her home in Silver Spring" after "Silent Spring", "the Kestrel Bar" after "Its 45-gram Kestrel Bar": a name
    # right after an article or a preposition of place is nobody's, whatever the article named before (reviews
    # 62-65: cards hinted [person] for a town, a region and a chocolate bar, all judged bad).
    # (Only right before it: "the architect Aino Marsio" is someone, and not every word that says so is a role.)
    person_word = person_word and not (_ARTICLE_BEFORE.search(near_before) or _LOCATIVE_BEFORE.search(near_before))
    if person_word and (text in people or words[-1] in people):
        return "person"  # "Lyell" after "Charles Lyell"; but "II" after "Elizabeth II" is nobody's surname
    said_of_a_person = next_word in PERSON_VERBS or after.startswith(("was born", "were born"))
    # "Lorenzo, an Argentine who was part of the squad at the 1990 World Cup, said": the verb is Lorenzo's.
    said_of_a_person = said_of_a_person and not (
        sentence[end : end + 1] == "," and next_word != "who" and _PREPOSITION_BEFORE.search(near_before)
    )
    if len(words) >= 2 and all(w[:1].isupper() and not w.isupper() for w in words) and said_of_a_person:
        return "person" if person_word else "name"
    return "name"


# Bodies whose name also names a contest they run: "the Nations League", "the Premier League".
_CONTEST_BODY_HEADS = frozenset("League Conference".split())
# "a Nations League match", "the Premier League title": the league is the competition ("a Premier League club"
# leaves it the body).
_MATCH_NOUN_AFTER = re.compile(
    r" (?:match|matches|game|games|fixture|fixtures|final|finals|semi-finals?|quarter-finals?|title|titles|season|"
    r"seasons|campaign|tie|qualifier|qualifiers|opener|clash|table|standings|debut|record)\b"
)
# "won the Premier League", "finished sixth in the Premier League", "relegated from the Championship"
_WON_THE_BEFORE = re.compile(
    r"\b(?:(?:won|win|wins|winning|lifted|retained|clinched|top of|bottom of|relegated from|promoted to) the"
    r"|finished (?:[a-z]+ )?in the)$"
)
# A church is a body ("the Roman Catholic Church") and a building; named after a saint, it is the building:
# "met in St Paul's Church in Frankfurt" (review 68 found it hinted [organisation]).
_CHURCH_HEADS = frozenset("Church Chapel Cathedral Abbey Basilica Minster Priory".split())
_SAINT_FIRST = frozenset("St St. Saint San Santa Santo Sant Sainte".split())
# "completed above the Divinity School": a place by it says the institution is meant as its building (review 46).
_BESIDE_BEFORE = re.compile(
    r"\b(?:above|below|beneath|beside|behind|opposite|next to|adjoining|outside|inside|in front of)(?: the)?$"
)
_BUILDING_BODY_HEADS = frozenset(
    "Church College School Hospital Museum Library Infirmary Clinic Hospice Sanatorium Laboratory Academy".split()
)
# "the violinist", "his long-time colleague, the cellist": an occupation in -ist right before a full name, after an
# article or a possessive ("the list", "the mist" are too short to be one).
_OCCUPATION_IN_IST_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its) [a-z-]{3,}ist,?$")
# "his daughter Virginia", "two daughters, Virginia and Livia": a kin word right before a name makes it a person.
_KIN_RIGHT_BEFORE = re.compile(
    r"\b(?:son|sons|daughter|daughters|wife|husband|widow|brother|brothers|sister|sisters|children|nephew|niece|"
    r"grandson|granddaughter),?$"
)
# "Charles Darwin and his son Francis", "Pierre Curie and his wife": the one whose kin follows is a person (review
# 103 hinted Darwin [name])
_KIN_RIGHT_AFTER = re.compile(
    r" and (?:his|her) (?:son|sons|daughter|daughters|wife|husband|brother|brothers|sister|sisters|"
    r"children|nephew|niece|father|mother|parents)\b"
)
# "Virginia, known in the convent as …", "Virginia, who …": a sentence opening with someone named before.
_PERSON_APPOSITION_AFTER = re.compile(r", (?:known|who|whose|born|aged|now|later|then)\b")


def _award_apart_from_its_body(sentence: str, piece: tuple[int, int, bool]) -> list[tuple[int, int, bool]]:
    """"the Copley Medal of the Royal Society" -> "Copley Medal", "Royal Society": an award and the body that gives it
    are two answers; asked as one, a student writes the body (review 68). "the Medal of Honor" stays whole."""
    start, end, titled = piece
    cut = sentence.find(" of ", start, end)
    award = sentence[start:cut].split() if cut != -1 else []
    if titled or len(award) < 2 or award[-1] not in AWARD_HEADS:
        return [piece]
    body_start = cut + 4 + (4 if sentence.startswith("the ", cut + 4) else 0)
    body = sentence[body_start:end]
    if not body or not (body.split()[-1] in ORGANISATION_HEADS or body in KNOWN_ORGANISATIONS
                        or body.startswith(ORGANISATION_STARTS)):
        return [piece]
    return [(start, cut, False), (body_start, end, False)]


# "At Padua Galileo studied", "In London Smith said": an opening "In" or "At", a place, then the sentence's subject.
_OPENING_IN_OR_AT = re.compile(r"(?:In|At) $")
_A_VERB_AFTER = re.compile(r" [a-z]")


def _place_apart_from_a_known_person(
    sentence: str, piece: tuple[int, int, bool], people: Container[str]
) -> list[tuple[int, int, bool]]:
    """"At Padua Galileo studied falling bodies" -> "Padua", "Galileo": where the sentence opens with "In" or "At",
    a run ending in a surname the article already gave a person, with no comma between the place and the subject,
    is two names (review 67 found the answer "Padua Galileo", bad). "In John Smith's view" keeps its possessive."""
    start, end, titled = piece
    text = sentence[start:end]
    words = text.split()
    if titled or len(words) < 2 or text in people or words[-1] not in people:
        return [piece]
    if not _OPENING_IN_OR_AT.fullmatch(sentence, 0, start) or not _A_VERB_AFTER.match(sentence, end):
        return [piece]
    surname_start = end - len(words[-1])
    return [(start, surname_start - 1, False), (surname_start, end, True)]


def _a_building(sentence: str, start: int, end: int, before: str) -> str | None:
    """"place" for a church or an institution meant as its building ("met in St Paul's Church", "above the Divinity
    School"), "name" for a saint's church elsewhere; None where the words leave it the body it may be."""
    words = sentence[start:end].split()
    saints_church = words[-1] in _CHURCH_HEADS and len(words) > 1 and (
        words[0] in _SAINT_FIRST or any(word.endswith(("'s", "’s", "s'", "s’")) for word in words[:-1])
    )
    if saints_church:
        return "place" if (_LOCATIVE_BEFORE.search(before[-40:]) or _BESIDE_BEFORE.search(before[-20:])) else "name"
    if words[-1] in _BUILDING_BODY_HEADS and len(words) > 1 and _BESIDE_BEFORE.search(before[-20:]):
        return "place"
    return None


def _a_known_person_opening(sentence: str, end: int, text: str, people: Container[str]) -> bool:
    """Does the sentence open with a person the article named before, an apposition about them after?"""
    start = end - len(text)
    return not sentence[:start].strip(_OPENING_MARKS) and text in people and bool(
        _PERSON_APPOSITION_AFTER.match(sentence, end)
    )


def _a_town_word_used_otherwise(sentence: str, start: int, end: int, before: str) -> str | None:
    """The kind of a one-word town the gazetteer knows (Toyota, Sofia, Albuquerque, Brent, Kikuyu are all
    towns) where the words around it say it names something else; None where it may well be the town.

    A cloze card hinted [place] sends the student to the town (reviews 48-60: 5 of 5 such cards bad or
    borderline, 'the hint points to the wrong kind of answer'). Countries and regions are left alone:
    "developed by France" and "a Canadian … family" are the place's own."""
    if place_type(sentence[start:end]) not in ("city", "capital"):
        return None
    in_a_place = _LOCATIVE_BEFORE.search(before[-40:]) or _PLACE_BEFORE.search(before)
    if not in_a_place and _ROLE_APPOSITION.match(sentence, end):
        # "Albuquerque, the company's chief financial officer, said"; but "Barth was born in Hamburg, the son of a
        # merchant": the son is the subject
        return "person"
    if _VESSEL_BEFORE.search(before) or _THING_BEFORE.search(before):
        return "name"  # "the steamer Sofia reached latitude 81°42′N"
    if _MADE_BY_BEFORE.search(before[-30:]) or _BENCHMARK_AFTER.match(sentence, end):
        return "name"  # "a system developed by Toyota in Japan", "Brent crude averaged $82.50 a barrel"
    if place_type(sentence[start:end]) == "city" and _A_BEFORE.search(before) and _NOUN_AFTER.match(sentence, end):
        return "name"  # "into a Kikuyu farming family": a people or a make before a noun, not a town
    return None


_ROLE_APPOSITION = re.compile(
    rf", (?:the|a|an|its|their) (?:(?!(?:where|which|who|whom|whose|when|that|and|of|in|on|at)\b)[\w’'-]+ ){{0,4}}?"
    rf"(?:{'|'.join(sorted(PERSON_ROLES))})(?![\w'’])"
)
_VESSEL_BEFORE = re.compile(
    r"\b(?:steamer|steamship|liner|vessel|yacht|schooner|frigate|tanker|cruiser|battleship|warship|"
    r"submarine|brig|barque|locomotive|aircraft|airship)$"
)
_MADE_BY_BEFORE = re.compile(
    r"\b(?:developed|invented|designed|manufactured|produced|made|pioneered|patented|marketed|sold) by$"
)
_BENCHMARK_AFTER = re.compile(r" crude\b")
_A_BEFORE = re.compile(r"(?:^|\s)an?$")
_NOUN_AFTER = re.compile(r" [a-z]")


# "she painted Henry Ford Hospital", "he composed Finlandia": a name right after the verb of making a work is the
# work ("painted the Sistine Chapel", with "the" between, is the place).
_A_WORK_NAMED_BEFORE = re.compile(
    r"\b(?:series|album|song|film|novel|story|essay|painting|poem|opera|symphony|sculpture|statue)(,?) (?:the )?$"
)
_MADE_A_WORK_BEFORE = re.compile(r"\b(?:painted|composed|sculpted|wrote|recorded|directed|filmed) ?$")
# A capitalised "The" inside a sentence opens a work's title; a small word and a capital after the run go on with it.
# ("The Times in London" is whole; "The Magpie on the Gallows", "The Hunters in the Snow" go on past a small word and
# "the", blind review 81 found "[name] on the Gallows")
_TITLE_GOES_ON = re.compile(r" (?:for|with|without|against|about) [A-Z]| (?:on|in|at|under|over) the [A-Z]")
# "the 1990 World Cup", "the 2021–22 Premier League season": an edition of an event, never a person.
_EDITION_BEFORE = re.compile(r"\bthe \d{4}(?:[–-]\d{2,4})?$")
# "Montenegro said", "Rangel told reporters": a verb of saying right after the name, no comma between.
_SAID_RIGHT_AFTER = re.compile(r" (?:said|says|told|added|wrote|argued|insisted|warned|replied|noted)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|on|of|to|for|from|by|with|during|after|before)(?: the)?(?: \d{4})?$")
# Last words of names that are events, awards or pacts, never a person's surname: "World Cup", "Nobel Prize".
# ("Hall", "Day", "Law", "Cross" are surnames too: "Peter Hall said" is a person.)
_EVENT_LAST_WORDS = frozenset(
    """Cup Cups Prize Prizes Award Awards Games Olympics Championship Championships Trophy Medal Festival Finals
    Tournament Series Marathon Prix Revolution Rising Republic War Wars Empire Dynasty Era Treaty Agreement Accord
    Pact Programme Program Project Mission Confederation Federation League Works""".split()
)
# ... and of names that are things, which a nationality before them belongs to: "the Japanese Red Cross".
_THING_LAST_WORDS = (
    _EVENT_LAST_WORDS | BUILT_HEADS | ORGANISATION_HEADS | PLACE_HEADS
    | frozenset("Open Final Rally Derby Classic Cross Legion Age Act Plan Day Mills Gardens Brothers Sons".split())
)
# "payments firm Helix Pay", "the carrier Northwind": a business named by what it is.
_ORGANISATION_NOUNS = (
    "firm|firms|company|companies|bank|banks|lender|insurer|carrier|airline|retailer|startup|start-up|maker|"
    "manufacturer|operator|provider|conglomerate|charity|broadcaster|publisher|apps|platform|supermarket|chain|"
    "consultancy|consultancies|brokerage"
)
_ORGANISATION_BEFORE = re.compile(rf"\b(?:{_ORGANISATION_NOUNS}),?$")
_TRADE_OF_EITHER_BEFORE = re.compile(r"\b(?:publisher|printer|maker|dealer|bookseller),?$")
# Two or three: "the instrument maker Daniel Gabriel Fahrenheit" (blind review 87 hinted [organisation], bad)
_PERSONAL_WORDS = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")
# ", a Greek guide to trade", ", an epic poem": a work, whatever its head word says.
_WORK_NOUNS = (
    "guide|book|poem|novel|play|treatise|essay|account|chronicle|epic|text|manuscript|map|letter|document|"
    "handbook|manual|report|song|hymn|opera|painting|film|album|collection|dictionary|encyclopedia|journal|"
    "newspaper|magazine|saga|history|memoir|biography|atlas"
)


def _apposition(nouns: str) -> re.Pattern[str]:
    """An apposition that calls the name before it one of `nouns`: ", a Greek guide to trade", ", one of the
    Netherlands' fastest-growing payment apps"."""
    return re.compile(rf", (?:(?:the|a|an|its|their) |one of (?:the )?)(?:[\w’'-]+ ){{0,3}}?(?:{nouns})(?![\w'’])")


_WORK_APPOSITION = _apposition(_WORK_NOUNS)
_ORGANISATION_APPOSITION = _apposition(_ORGANISATION_NOUNS)
_KIN_OF = re.compile(
    r"\b(?:son|sons|daughter|daughters|child|children|wife|husband|widow|father|mother|brother|sister|heir|"
    r"nephew|niece|grandson|granddaughter|parents) of$"
)
# ", the Welsh prince", ", director of": up to three words in apposition, where a role says "a person";
# a possessive stops it ("Chelsea, the club's captain" is no person).
_APPOSITION = re.compile(r", (?:(?:the|a|an|its|their) )?([A-Za-z-]+(?: [A-Za-z-]+){0,2})(?=[ ,.;])")
_NAME_NEXT = re.compile(rf" [{UPPER}]")
# ("in northern Moravia, the son of a schoolteacher": the son is the subject's, Moravia a region)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|on|at|near|across|over|into|through|off)(?: the)?"
    r"(?: (?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?)?$"
)
# "Minister of Infrastructure, Communications and ", "Ministry of Science, Technology and ": an office of several
# fields, whose last field is a piece of its name, never a name of its own.
_OFFICE_FIELDS_BEFORE = re.compile(
    r"\b(?:Minister|Ministry|Department|Secretary|Secretariat|Office|Commissioner|Committee) (?:of|for) "
    r"(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?(?P<more>(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)?)*)(?P<joint>,? and |, )$"
)
_OFFICE_FIELDS_AFTER = re.compile(r"(?:, [A-Z][\w-]*)*,? and [A-Z]")
# "the Forum of Trajan", "the Column of Marcus Aurelius": a monument named after a person is not the person.
_CLAUSE_WORDS = frozenset("where which who whom whose when while and but or as if that said says to in on at".split())


def _a_field_of_an_office(sentence: str, start: int, end: int) -> bool:
    """Is the word one of three or more fields of an office ("Ministry of Science, [Technology] and Innovation",
    "Minister of Infrastructure, Communications and [Transport]")? Two fields ("Minister of Finance and Peter
    Smith") may be a person after the office, and are left to the name runs."""
    before = _OFFICE_FIELDS_BEFORE.search(sentence, max(0, start - 80), start)
    if before is None:
        return False
    if "and" in before.group("joint"):
        return bool(before.group("more"))  # the last field
    return _OFFICE_FIELDS_AFTER.match(sentence, end) is not None  # a field between


# ", an American psychologist", ", a Scottish physician": an occupation in -ist or -ician (review 104 hinted George
# Miller [name]); "insist", "resist" and the like are verbs, and "list", "exist" too short.
_AN_OCCUPATION = re.compile(r"(?!(?:ass|ins|res|cons|pers|subs|des|enl)ist$)[a-z]{3,}(?:ist|ician)")
# (the noun ends the apposition: "the specialist art-crime unit" is a unit)
_OCCUPATION_ENDS = re.compile(r"[,.;:)]|$| (?:of|at|from|in|and|who|whose|with|for|to|on)\b")


def _role_in_apposition(sentence: str, end: int) -> bool:
    """", the Welsh prince": a role names the person; ", where the mayor …" is a clause, not an apposition, and
    "In the Second Punic War, the Carthaginian general Hannibal led" gives the role to the name after it."""
    apposition = _APPOSITION.match(sentence, end)
    at = apposition.start(1) if apposition else 0
    for word in apposition.group(1).split() if apposition else ():
        at = sentence.index(word, at) + len(word)
        if word in PERSON_ROLES or (_AN_OCCUPATION.fullmatch(word) and _OCCUPATION_ENDS.match(sentence, at)):
            return not _NAME_NEXT.match(sentence, at)
        if word in _CLAUSE_WORDS:
            return False
    return False


_THING_BEFORE = re.compile(rf"\b(?:{THING_NOUNS}),?$")
# Era markers and honours: capitalised, but no name on their own ("second century AD", "Dame Commander").
_OPENING_MARKS = "\"'“‘([ "
_NOT_NAMES_ALONE = frozenset(("AD", "BC", "BCE", "CE")) | HONOURS
_PLACE_BEFORE = re.compile(
    r"\b(?:born in|died in|grew up in|raised in|moved to|emigrated to|settled in|"
    r"(?:town|city|village|port|capital) of)$"
)


def _is_demonym(sentence: str, start: int, end: int, after_title: bool) -> bool:
    """'Korean troops', 'South Korean joint spending': adjectives of nationality, not names.

    'Priya Raman said' and 'Meloni told' are people: a verb said of a person, or a title, decides.
    """
    text = sentence[start:end]
    words = text.split()
    next_word = sentence[end:].lstrip().split(" ", 1)[0] if sentence[end:].strip() else ""
    if after_title or not next_word[:1].islower() or next_word in PERSON_VERBS or text.isupper():
        return False
    if not (_DEMONYM_END.search(words[-1]) or words[-1] in nationality_words() or words[-1] in FAITH_WORDS):
        return False
    if place_type(text):
        return False
    return len(words) == 1 or (len(words) == 2 and words[0] in DEMONYM_QUALIFIERS)


def _names_believers_or_a_people(text: str) -> bool:
    """"Sunni Muslim", "Mahayana Buddhist", "Omani Arabs", "Huguenots": believers of a faith or a people, which a
    student cannot be asked as a name (reviews 56-65: hinted [name] or [person], and "Muslim" alone half-answers
    it). A given name "Christian" ("Fletcher Christian") is no faith word; a people's plural is ("Arabs")."""
    last = text.split()[-1]
    if last == "Christian":
        return False
    return last in FAITH_WORDS or (last.endswith("s") and last[:-1] in nationality_words())


def _after_a_dateline(sentence: str, start: int) -> bool:
    """"BALTIMORE, Maryland (AP) — Astronomers using …": the word after a dateline opens the sentence."""
    if sentence[start - 2 : start] not in ("— ", "– ", "- "):
        return False  # (the cheap test first: most names follow no dash)
    dateline = DATELINE.match(sentence)
    return dateline is not None and dateline.end() == start


def _after_a_missed_full_stop(sentence: str, start: int) -> bool:
    """"… a total resistance of 6 Ω. Connected to a 12 V supply, …": a word after a full stop the sentence splitter
    took for an abbreviation's opens a sentence too (review 65 found "[name] to a 12 V supply"). "Dr. Watson",
    "St. Kilda", "J. Smith" stay names: an abbreviation or an initial stands before their stop."""
    stop = _FULL_STOP_BEFORE.search(sentence, max(0, start - 12), start)
    return stop is not None and stop.group(1) not in _ABBREVIATIONS


_FULL_STOP_BEFORE = re.compile(r"(?:^|\s)(\S{2,}|[^A-Za-z\s])\. $")
_ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Dr St Mt Prof Rev Gen Col Lt Capt Sgt Cpl Gov Sen Rep Jr Sr Fr Hon Co Inc Ltd Corp Bros No
    vs etc approx Fig fig Vol vol Ch ch cf al""".split()
)
# "Reading from the right, the place values are …", "Counting from zero, …": a sentence that opens on a verb's -ing
# form, a preposition or an article after it and a comma soon after, opens on a phrase of how, not on the town
# the word also spells (blind reviews 71 and 72: "[place] from right to left", bad). ("Beijing" ends in "-jing".)
_OPENS_A_PARTICIPLE_PHRASE = re.compile(
    r"[^\W\d_]+(?<!j)ing (?:from|to|across|along|down|up|through|over|at|in|on|with|the|a|an|this|these|each|"
    r"every|left|right|aloud|clockwise|anticlockwise|backwards|forwards)\b[^.;:!?]{0,60},"
)
# "Hue is the name of a colour", "Tempo is the word for …": the sentence names its first word as a term (blind
# review 89 found "Hue" hinted [place], bad, the gazetteer knowing a town of that name).
_NAMED_AS_A_TERM = re.compile(r"\W{0,2} (?:is|was) (?:the|a) (?:name|term|word) (?:of|for|given to)\b")
_LONE_ROMAN_NUMERAL = re.compile(r"(?=[IVX]{2,})X{0,3}(?:IX|IV|V?I{0,3})")


class _Either:
    """Membership in either of two sets, without building their union."""

    def __init__(self, first: Set[str], second: Set[str]) -> None:
        self.first, self.second = first, second

    def __contains__(self, item: object) -> bool:
        return item in self.first or item in self.second


_QUARTER_WORDS = _COMPASS | frozenset("Far Near Middle".split())


def _a_nations_quarter(text: str) -> bool:
    """"the Russian Far East", "the Italian South": a nation's adjective before a quarter of the compass is the
    region's name, whole (review 64 found "the Russian [name]" asking only "Far East")."""
    first, _, rest = text.partition(" ")
    return first in nationality_words() and bool(rest) and all(word in _QUARTER_WORDS for word in rest.split())


def _trimmed(sentence: str, start: int, end: int, after_title: bool) -> tuple[int, int, bool]:
    """A piece without the words around a person's name that are no part of it — a nationality before it
    ("the Frenchman Jean-François Gerbillon"), honours after it ("Andrew Cole SC") — and whether they said
    it is a person."""
    name_start = without_nationality(sentence, start, end)
    if name_start > start and not _a_nations_quarter(sentence[start:end]) and (
        sentence[start:end].split()[-1] not in _THING_LAST_WORDS
    ):
        after_title = after_title or is_a_nationality_noun(sentence[start : name_start - 1])
        start = name_start
    name_end = without_post_nominals(sentence, start, end)
    words = sentence[start:name_end].split(" ", 1)
    if len(words) == 2 and words[0] in FAITH_WORDS and place_type(words[1]) in ("country", "region"):
        start += len(words[0]) + 1  # "Catholic France declared war": the country is the name (blind review 82, bad)
    return start, name_end, after_title or name_end < end


def _piece_of_a_code(sentence: str, start: int, end: int) -> bool:
    """Is the text between start and end a piece of a code written with colons ("3C:5A:B4", "12:0F")?"""
    glued_before = sentence[max(0, start - 2) : start]
    glued_after = sentence[end : end + 2]
    return any(ch.isdigit() for ch in sentence[start:end]) and (
        len(glued_before) == 2 and glued_before[1] == ":" and glued_before[0].isalnum()
        or len(glued_after) == 2 and glued_after[0] == ":" and glued_after[1].isalnum()
    )


def find_name_spans(
    sentence: str, known_people: Set[str] = frozenset(), known_organisations: Container[str] = frozenset()
) -> list[Span]:
    """Typed name spans; `known_people` are names (and surnames) the article already showed are people,
    `known_organisations` the names it showed are organisations ("payments firm Helix Pay").

    The caller's set is read, never copied or changed: a book names thousands of people, and copying
    them for each sentence made the analysis grow with the square of the book.
    """
    spans: list[Span] = []
    found_here: set[str] = set()
    people = _Either(known_people, found_here)
    title_goes_on_at = -1  # where the rest of a work's title cut at a small word starts ("… on the [Gallows]")
    for run_start, run_end, spelled_out in capitalised_runs(sentence):
        start, end = strip_run(sentence, run_start, run_end)
        if start >= end:
            continue
        # "she started a shorter story, Miss Brooke,": a work's title keeps its "Miss" or "King"
        a_work = _THING_BEFORE.search(sentence[max(0, start - 30) : start].rstrip().lower().rstrip(","))
        pieces = [(start, end, False)] if spelled_out or a_work else _split_at_titles(sentence, start, end)
        pieces = [part for whole in pieces for part in _award_apart_from_its_body(sentence, whole)]
        pieces = [part for whole in pieces for part in _place_apart_from_a_known_person(sentence, whole, people)]
        for piece in pieces:
            piece_start, piece_end, after_title = _trimmed(sentence, *piece)
            text = sentence[piece_start:piece_end]
            if not text or text.rstrip(".") in COMMON_CAPITALISED or text in PERSON_TITLES:
                continue
            if _piece_of_a_code(sentence, piece_start, piece_end):
                continue  # "3C:5A:B4:1F:09:D2": two hex digits of an address, no name (blind review 96, bad)
            # "Example: Suppose", '"Lenders have been cutting rates,"': a first word after a label or a quotation mark
            opening = not sentence[:piece_start].strip(_OPENING_MARKS) or OPENING_LABEL.match(sentence, 0, piece_start)
            opening = opening or _after_a_dateline(sentence, piece_start)
            opening = opening or (not after_title and _after_a_missed_full_stop(sentence, piece_start))
            if opening and " " not in text and not (place_type(text) or text in people):
                continue  # a lone capitalised first word is usually just the start of the sentence
            if opening and " " not in text and _OPENS_A_PARTICIPLE_PHRASE.match(sentence, piece_start):
                continue  # "[Reading] from right to left, the columns are …": a verb, whatever town it spells
            if len(text) < 2 or text.isdigit() or _LONE_ROMAN_NUMERAL.fullmatch(text):
                continue  # "runs from I to XII": a numeral on its own is a number, no name (review 62: hinted [name])
            if text in ORGANISATION_HEADS or text in PLACE_HEADS or text in _NOT_NAMES_ALONE:
                continue  # "the Assembly", "Call and Post": a head word alone names nothing
            if _is_demonym(sentence, piece_start, piece_end, after_title):
                continue
            if not after_title and _names_believers_or_a_people(text):
                continue  # "a strict [Sunni Muslim]", "By 1698 [Omani Arabs] had driven …": a description, no name
            if " " not in text and _a_field_of_an_office(sentence, piece_start, piece_end):
                continue  # "the Minister of Infrastructure, Communications and [Transport]": a field of an office
            if piece_start == title_goes_on_at:
                continue  # "and The Magpie on the [Gallows] (1568)": the rest of the title is no name either
            if text.startswith("The ") and piece_start > 0 and (goes_on := _TITLE_GOES_ON.match(sentence, piece_end)):
                title_goes_on_at = goes_on.end() - 1
                continue  # "and [The Challenge] for Africa (2009)": a work's title cut at its small word (review 60)
            if is_a_label(sentence, piece_start, piece_end):
                continue  # "Stage II", "(Na+)", "German: Donau", "12:14 GMT"
            if text in CONSERVATION_STATUSES:
                kind: str | None = "term"  # "listed as [Critically Endangered]": a status, asked as a term
            elif opening and _NAMED_AS_A_TERM.match(sentence, piece_end):
                kind = "term"  # "[Hue] is the name of a colour in its pure form": the word defined, no town
            elif text in known_organisations:
                kind = "organisation"  # "Helix Pay said": the firm named before, not a person
            else:
                kind = _kind_of(sentence, piece_start, piece_end, after_title, people)
            if kind is None:
                continue
            if kind == "person":
                found_here.update((text, text.split()[-1]))
            spans.append(Span(text=text, start=piece_start, end=piece_end, kind=kind))
    return spans
