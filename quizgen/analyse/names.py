"""Find proper names in a sentence and type them by cues, not by a statistical model.

A run of capitalised words is a name; what kind it is comes from the words around it (a title or
role before it: person), its last word (Ministry, University: organisation; Peninsula, River: place),
the bundled gazetteer (place), or a person already named in the article. No cue: kind "name".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Set
from dataclasses import dataclass

from quizgen.analyse.gazetteer import PLACE_HEADS, nationality_words, place_type
from quizgen.analyse.labels import (
    OPENING_LABEL,
    PARTY_WORDS,
    is_a_label,
    is_a_nationality_noun,
    without_nationality,
    without_post_nominals,
)
from quizgen.model import Span

# Titles and roles that introduce a person: "President Donald Trump", "his counterpart Donna Welton".
PERSON_TITLES = frozenset(
    """Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady King Queen Prince Princess Pope Emperor Empress
    President Vice-President Chancellor Minister Secretary Senator Governor Mayor General Admiral
    Colonel Captain Lieutenant Sergeant Judge Justice Rev Reverend Father Saint Sheikh Ayatollah Tsar Czar
    Chairman Chairwoman Chair Chief Executive Commissioner Ambassador Director Representative Rep Sen Gov Gen Col Capt
    Lt Officer Inspector Constable Superintendent Detective Councillor Cllr Alderman Archbishop Cardinal Rabbi
    Imam Baron Baroness Viscount Viscountess Marquess Countess""".split()
)
PERSON_ROLES = frozenset(
    """president minister secretary commissioner counterpart spokesman spokeswoman spokesperson chairman
    chairwoman chair director chief ambassador envoy senator governor mayor leader official officer
    professor scientist naturalist author writer poet novelist painter composer philosopher economist
    historian researcher journalist reporter editor founder inventor explorer general admiral captain
    judge lawyer king queen emperor prince princess chancellor premier diplomat representative negotiator
    ceo executive manager coach player striker actor actress singer musician astronaut engineer
    physician doctor surgeon botanist geologist zoologist biologist chemist physicist mathematician
    curator sheriff deputy detective inspector superintendent constable commander warden
    colleague friend wife husband son daughter father mother brother sister""".split()
)
# Kin words name a relation, not a role: "Son Heung-min", "Brother Roger" stay whole at a sentence's start.
_KIN = frozenset("colleague friend wife husband son daughter father mother brother sister".split())
# "Martin Luther King Jr.": a suffix stays with the name, and the word before it is a surname, not a title.
_NAME_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())
# A word said of a person right after the name: "Lyell argued", "Welton said".
PERSON_VERBS = frozenset(
    "who said says told wrote writes argued argues added noted stated claimed believed believes thought "
    "explained announced insisted warned replied asked died observed remarked".split()
)
ORGANISATION_HEADS = frozenset(
    """Ministry University Agency Council Inc Inc. Corp Corp. Corporation Company Co Co. Ltd Ltd. LLC plc
    Bank Party Committee Commission Department Institute Institution Association Organisation Organization
    Union Society Foundation Court Parliament Congress Senate Army Navy Group Fund Office Bureau Service
    Authority Board League Federation Assembly Church College School Academy Museum Library Times Post
    Administration Government Cabinet Forces Force Police Guard Alliance Coalition Network Press Trust
    Airlines Motors Industries Holdings Laboratory Laboratories Hospital Club Team Studio Studios Infirmary Clinic
    Hospice Sanatorium Asylum Dispensary Project Initiative Brigade Corps Regiment Battalion Squadron
    Services Athletics Terminals Logistics Resources Minerals Mining Technologies Solutions Systems
    Pharmaceuticals Shipping Airways Energy Capital Partners Foods Insurance Media Water Gas Electric Rail
    Railways Telecom""".split()
)
# "Lake Erie", "Mount Fuji", "Cape Horn": a place word before the name.
PLACE_STARTS = ("Republic of", "Lake ", "Mount ", "Mt. ", "Cape ", "Gulf of", "Bay of", "Isle of", "River ", "Port ")
ORGANISATION_STARTS = (
    "Ministry of", "University of", "Bank of", "Department of", "Institute of", "Office of", "Order of",
)
KNOWN_ORGANISATIONS = frozenset(
    "NATO UN EU WHO UNESCO UNICEF IMF OPEC ASEAN FBI CIA NASA NSA BBC CNN IAEA WTO OECD ICC Interpol".split()
)
# Capitalised words that begin sentences or headings but are not names.
COMMON_CAPITALISED = frozenset(
    """The A An In On At By For From To Of And But Or Nor So Yet As If When While Since After Before Until
    During Although Though Because However Thus Therefore Moreover Furthermore Meanwhile Also Then Still
    This That These Those It Its They Their He His She Her We Our You Your I My Me Us Who Whom Whose What
    Which Where Why How There Here Some Many Most Much More All Each Every Both Either Neither No Not
    One Two Three Four Five Six Seven Eight Nine Ten Such Other Another Only Even Just Yes Nevertheless
    Later Earlier Today Yesterday Tomorrow Now Under Over Between Among Against Without Within Through
    According Despite Following Including Instead Unlike Like Once Hence Indeed Finally First Second
    Third Last Next Chapter Section Part Figure Table Fig With Amid Across Along Around Beyond
    Toward Towards Upon Via Customers Officials Residents Analysts Investors Experts Critics Researchers
    Shares Sales Prices Profits Revenue Exports Imports Stocks Workers Students Scientists Doctors Police
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
# Lower-case particles inside one name: "Republic of Korea", "Llywelyn ap Gruffudd", "Johannes van der Waals".
_PARTICLES = "of de da di del du des van von der den la le al ap ab ibn bin bint ben mac ó y &"
# Words ending in these, followed by a lower-case word, are adjectives of nationality: "South Korean joint".
_DEMONYM_END = re.compile(r"(?:an|ese|ish|ian|ean|ic|i|ch)$")
# "Tern-5", "Boeing-737"; "Smoot–Hawley" and "Rhine–Main–Danube": a dash compound is one word of a name.
_CAPITALISED_WORD = r"[A-Z][\w]*(?:[-–'’][A-Za-z]\w*)*(?:-\d+\w*)?\.?(?:[A-Z]\.)*"
_CONNECTOR = "(?:" + "|".join(_PARTICLES.split()) + ")"
# A run of capitalised words, joined by spaces or connectors: "Republic of Korea", "Bank of the West".
_RUN = re.compile(
    rf"(?<![\w'’–-]){_CAPITALISED_WORD}(?:[ -](?:{_CONNECTOR} (?:{_CONNECTOR} )?(?:the )?|the )?{_CAPITALISED_WORD})*"
)


_POSSESSIVE_INSIDE = re.compile(r"['’]s ")
# Head words of things built: "Devil's Bridge", "Jungfrau Railway" — a work of hands, never a person.
BUILT_HEADS = frozenset(
    """Bridge Cathedral Church Tower Castle Hall Palace Abbey Gate Square Park Chapel Inn Wharf Dyke Railway Dam
    Canal Lighthouse Temple Wall Station Line Tunnel Observatory Fort Mine Pass Viaduct Aqueduct Harbour
    Port""".split()
)
# A single head word after a possessive is the name's own: "Commissioner's Office", "King's College".
_POSSESSED_HEADS = ORGANISATION_HEADS | PLACE_HEADS | BUILT_HEADS


_LOOK_AROUND = 40


@dataclass(frozen=True)
class _Pair:
    """Two runs of capitalised words that may be one name: the text of each, what stands between them, and
    up to 40 characters on either side."""

    before: str
    between: str
    after: str
    following: str  # the text after the later run
    preceding: str  # the text before the earlier run


def _runs(sentence: str) -> list[tuple[int, int, bool]]:
    """Character ranges of capitalised word runs, joined by connectors like 'of' ("Republic of Korea"), each
    with whether its acronym after it in brackets confirmed the whole of it.

    A possessive splits a run: "Castleford's Riverside Stadium" is Castleford and Riverside Stadium.
    """
    runs = []
    for match in _RUN.finditer(sentence):
        start = match.start()
        for possessive in _POSSESSIVE_INSIDE.finditer(sentence, start, match.end()):
            rest = sentence[possessive.end() : match.end()].split()
            owner = sentence[start : possessive.start()]
            if len(rest) == 1 and rest[0] in _POSSESSED_HEADS and not place_type(owner):
                continue  # "the Information Commissioner's Office", "Devil's Bridge", "St Patrick's Cathedral"
            runs.append((start, possessive.start()))
            start = possessive.end()
        runs.append((start, match.end()))
    for joins, betweens in _JOINS:
        if len(runs) > 1:
            runs = _joined(sentence, runs, joins, betweens)
    return _spelled_out(sentence, _with_species(sentence, runs))


# "(GATT)", "(AIMA)", "(MoH)": an acronym in brackets right after the name it stands for.
_ACRONYM_AFTER = re.compile(r" \((?=[A-Z][A-Za-z]*[A-Z]\))")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]")
_NAME_TOKEN = re.compile(r"[\w’'./–-]+|[,&]")
# What an acronym's letters skip inside the name: "Agreement on Tariffs and Trade", "Integration, Migrations".
_OWNER_BEFORE = re.compile(r" (?:of|for|at|from|with)(?: the)? $")
_ACRONYM_SKIPS = frozenset("of for on and the in to at de du des la le & ,".split())


def _spelled_out(sentence: str, runs: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Runs merged into the whole name that a following acronym spells out.

    "the Agency for Integration, Migrations and Asylum (AIMA)", "the Global Snow Leopard and Ecosystem
    Protection Program (GSLEP)": the capital letters of the acronym, matched from the last backwards with the
    capitalised words before the bracket, tell where the name starts; a list, an "and" or an "on" inside
    it no longer cuts it. No match, no change.
    """
    marked = [(start, end, False) for start, end in runs]
    for bracket in _ACRONYM_AFTER.finditer(sentence):
        acronym = _ACRONYM.match(sentence, bracket.end())
        start = _acronym_start(sentence, bracket.start(), acronym.group() if acronym else "")
        inside = [run for run in marked if start is not None and start <= run[1] and run[0] < bracket.start()]
        if not inside or not (start is not None and (len(inside) > 1 or start < inside[0][0])):
            continue
        marked = [run for run in marked if run not in inside]
        owner = _OWNER_BEFORE.search(sentence, inside[0][0], start) if inside[0][0] < start else None
        if owner:  # "Smith of the Acme Widget Company (AWC)": Smith stays a name of his own
            marked.append((inside[0][0], owner.start(), False))
        marked.append((start if owner else min(start, inside[0][0]), bracket.start(), True))
        marked.sort()
    return marked


def _acronym_start(sentence: str, end: int, acronym: str) -> int | None:
    """Where the name ending at `end` starts, if the capitals of `acronym` are its words' initials."""
    letters = "".join(letter for letter in acronym if letter.isupper())
    if len(letters) < 2:
        return None
    words = [token for token in _NAME_TOKEN.finditer(sentence, max(0, end - 160), end)][::-1]
    words = [token for token in words if token.group() not in _ACRONYM_SKIPS]
    # "… Ecosystem Protection Program (GSLEP)": the head may be left out of the acronym.
    tails = (words, words[1:]) if words and words[0].group() in _ON_HEADS else (words,)
    for tail in tails:
        start = _initials_start(tail, letters)
        if start is not None:
            return start
    return None


def _initials_start(words: list[re.Match[str]], letters: str) -> int | None:
    """The start of the last of `words` (read backwards) whose initials spell `letters`, read from the end."""
    for count, token in enumerate(words, start=1):
        if not token.group()[:1].isupper():
            return None
        # "Non-Proliferation" gives N and P to "NPT"; "Co-operation" only C to "OECD".
        parts = [part[0] for part in re.split(r"[-–]", token.group()) if part[:1].isupper()]
        initials = "".join(parts) if letters.endswith("".join(parts)) else token.group()[0]
        if not letters.endswith(initials):
            return None
        letters = letters[: -len(initials)]
        if not letters:
            return token.start() if count > 1 else None
    return None


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
    if " " in before or " " not in after:
        return False
    heads = (ORGANISATION_HEADS, PLACE_HEADS, _UNIT_HEADS)
    if any(last in head_words or last[:-1] in head_words for head_words in heads):
        return True  # "Forth and Clyde Canal", "Atlantic and Pacific Oceans"
    if place_type(before):
        return False  # "Japan and Mount St. Helens", "Sydney and Elizabeth Reed Morgan": two names
    # "Small and Large Magellanic Clouds", "Central and Western Europe", "Royal and Imperial Chamber Virtuoso"
    return bool(_PLURAL.search(last) or before in _DEMONYM_QUALIFIERS or before in _SIZE_QUALIFIERS
                or _ADJECTIVE_END.search(before))


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
    return (
        between == " for the "
        and before.split()[-1] in _CAUSE_HEADS
        and after.split()[-1] not in ORGANISATION_HEADS
        and not place_type(after)
    )


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
    """"the Intergovernmental Panel on Climate Change", "the General Agreement on Tariffs": a body or an
    agreement "on" its field is one name; "the Commission on Monday", "the Bank on Wall Street" are not."""
    if pair.between not in (" on ", " on the ") or pair.before.split()[-1] not in _ON_HEADS:
        return False
    after = pair.after.split()
    if after[0] in COMMON_CAPITALISED or after[-1] in STREET_HEADS | PLACE_HEADS or place_type(pair.after.rstrip(".")):
        return False
    return len(after) > 1 or " " in pair.before


# Bodies and agreements named after the field they work on.
_ON_HEADS = frozenset(
    """Agreement Convention Conference Panel Forum Treaty Protocol Summit Declaration Charter Accord Commission
    Committee Group Council Court Tribunal Inquiry Review Board Authority Agency Office Institute Centre Center
    Task Force Programme Program Initiative Network Alliance""".split()
)


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
_JOINS: tuple[tuple[Callable[[_Pair], bool], Container[str]], ...] = (
    (_and_joins, frozenset({" and "})),
    (_plural_possessive_joins, frozenset({"' ", "’ "})),
    (_slash_joins, _Slashed()),
    (_work_title_joins, frozenset({" by a ", " by an "})),
    (_for_joins, frozenset({" for ", " for the "})),
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


# "the First Obstetrical Clinic of the Vienna General Hospital": a part of an institution, not a person.
_UNIT_HEADS = frozenset("Clinic Ward Division Unit Faculty Centre Center Wing Laboratory Lab Section Branch".split())
_FOR_HEADS = frozenset("Centre Center Centers Centres Fund Campaign Network Coalition Movement Partnership".split())


def _strip_run(sentence: str, start: int, end: int) -> tuple[int, int]:
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
        if _TITLE_ON.match(text) and (
            stripped in _COMMON_PREPOSITIONS or _AFTER_A_LOWER_CASE_WORD.search(sentence, max(0, start - 30), start)
        ):
            break  # "In On the Principles of Political Economy", "his essay On Liberty": a work's title
        if first_word in _COUNT_WORDS and _PLURAL_POSSESSIVE.match(text, len(first_word)):
            break
        last_word = text.rsplit(" ", 1)[-1]
        if first_word in _COUNT_WORDS and " " in text and (
            _AFTER_A_LOWER_CASE_WORD.search(sentence, 0, start) or last_word in _EVENT_HEADS or last_word in _LAW_HEADS
        ):
            break  # "the Seven Sisters" mid-sentence, "Ten Hours Act supporters": the count is in the name
        if first_word in _ORDINALS and " " in text and last_word.rstrip(".,") in _EVENT_HEADS | _ORDINAL_HEADS:
            break  # "the First World War", "the Second Vatican Council", "the Fifth Republic"
        honour_of = _HONOUR_OF.match(sentence, start + len(first_word)) if first_word in _HONOURS else None
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
_COUNT_WORDS = frozenset("One Two Three Four Five Six Seven Eight Nine Ten Hundred Thousand".split())
_ORDINALS = frozenset("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth".split())
_ORDINAL_HEADS = frozenset("Republic Reich Council Crusade Amendment Empire Dynasty Congress Coalition".split())
_PLURAL_POSSESSIVE = re.compile(r" [A-Z]\w*s['’] ")
_HONOUR_OF = re.compile(r" of (?:the )?(?=[A-Z])")


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
        # "Department of Justice", "Vienna General Hospital", "Sir John Leman School", "General Agreement on
        # Tariffs": a title word inside an institution's name, which ends in its head before "of", "on", "for".
        named_part = _FIELD_JOINT.split(sentence[word_end:end], maxsplit=1)[0].split()
        inside_a_name = sentence[max(0, word_start - 3) : word_start] == "of " or (
            bool(named_part) and (named_part[-1] in ORGANISATION_HEADS or named_part[-1] in _ON_HEADS)
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
        if sentence[piece_start:piece_end] in nationality_words():
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
            and sentence[piece_start:cut].split()[-1] not in ORGANISATION_HEADS | _UNIT_HEADS
            and bool(after_of)
            and after_of[-1] in ORGANISATION_HEADS
        )
        if (titled or person_then_body) and cut != -1:
            rest = cut + 4
            rest += 4 if sentence.startswith("the ", rest) else 0
            split += [(piece_start, cut, True), (rest, piece_end, False)]
        else:
            split.append((piece_start, piece_end, titled))
    return split


# Words that make a title of the title after them: "Prime Minister", "Deputy Mayor", "Vice President".
_TITLE_MODIFIERS = (
    "Prime|Deputy|Vice|Foreign|Home|Finance|Defence|Defense|Interior|Health|Education|Justice|Trade|Acting|"
    "Former|Assistant|Associate|Attorney|Lord|Chief|First|Grand|Supreme|Senior|Junior|Shadow"
)
_TRAILING_TITLE_MODIFIERS = re.compile(rf"(?:(?:^| )(?:{_TITLE_MODIFIERS}))+$")
_FIELD_JOINT = re.compile(r" (?:of|on|for) ")
_DEPARTMENT = re.compile(r"of (?:the )?(?:[A-Z][\w’'-]*(?: and)? )+?(?=[A-Z][a-z])")


def _without_department(sentence: str, piece: tuple[int, int, bool]) -> tuple[int, int, bool]:
    start, end, titled = piece
    department = _DEPARTMENT.match(sentence, start, end) if titled else None
    return (department.end(), end, titled) if department and department.end() < end else piece


_COMPASS = frozenset("North South East West Central Northern Southern Eastern Western Upper Lower".split())
STREET_HEADS = frozenset("Street Lane Road Avenue Drive Close Boulevard Terrace Crescent".split())


def _kind_of(sentence: str, start: int, end: int, after_title: bool, people: Container[str]) -> str | None:
    text = sentence[start:end]
    words = text.split()
    before = sentence[:start].rstrip().lower().rstrip(",")
    after = re.sub(r"^(?:['’]s)?[ ,]*", "", sentence[end:]).lower()
    previous_word = before.rsplit(" ", 1)[-1] if before else ""
    next_word = after.split(" ", 1)[0] if after else ""
    # "Acts of Parliament", "the Treaty of the Union": a law or an event of a body is not the body.
    head = text.split(" of ", 1)[0].split()[-1]
    of_a_body = head in _EVENT_HEADS or head in _LAW_HEADS
    # "National Association for the Advancement of Colored People", "Coordinating Group on Vaccine Provision":
    # the institution's head stands before "for" or "on".
    for_a_cause = any(
        joint in text and text.split(joint, 1)[0].split()[-1] in ORGANISATION_HEADS for joint in (" for ", " on ")
    )
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
    if _ORGANISATION_BEFORE.search(near_before) or _ORGANISATION_APPOSITION.match(sentence, end):
        return "organisation"  # "payments firm Helix Pay", "Helix Pay, one of the fastest-growing payment apps"
    person_word = not (words[-1] in _NAME_SUFFIXES or words[-1] in PARTY_WORDS or words[-1] in _THING_LAST_WORDS)
    if person_word and (text in people or words[-1] in people) and _SAID_RIGHT_AFTER.match(sentence, end):
        return "person"  # "“… it is family,” Montenegro said": Luís Montenegro, named before, not the country
    # "Kingdom of Denmark" is a kingdom, "the Conquest of the Desert" a conquest: a head stands before "of".
    place_head = head in PLACE_HEADS or (words[-1] in PLACE_HEADS and head not in _EVENT_HEADS)
    # "East Africa", "Central Asia", "Northern Italy": a compass word before a place is a place.
    place_head = place_head or (len(words) > 1 and words[0] in _COMPASS and bool(place_type(" ".join(words[1:]))))
    if place_type(text) or place_head or text.startswith(PLACE_STARTS):
        return "place"
    if _PLACE_BEFORE.search(before):
        return "place"  # "born in Lyme Regis", "the town of Faenza"
    if _THING_BEFORE.search(before) or words[0] in _HONOURS:
        return "name"  # "the band Coastal Echo", "a Dame Commander of the Order": no person
    if after_title or previous_word in PERSON_ROLES:
        return "person"
    if _role_in_apposition(sentence, end):
        return "person"  # "Llywelyn ap Gruffudd, the Welsh prince", "Maria Delgado, director of …"
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


# "the 1990 World Cup", "the 2021–22 Premier League season": an edition of an event, never a person.
_EDITION_BEFORE = re.compile(r"\bthe \d{4}(?:[–-]\d{2,4})?$")
# "Montenegro said", "Rangel told reporters": a verb of saying right after the name, no comma between.
_SAID_RIGHT_AFTER = re.compile(r" (?:said|says|told|added|wrote|argued|insisted|warned|replied|noted)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|on|of|to|for|from|by|with|during|after|before)(?: the)?(?: \d{4})?$")
# Last words of names that are things, events or awards, never a person's: "World Cup", "Nobel Prize".
_THING_LAST_WORDS = frozenset(
    """Cup Cups Prize Prizes Award Awards Games Olympics Championship Championships Open Trophy Medal Festival
    Final Finals Tournament Series Rally Marathon Derby Classic Prix Cross Legion Revolution Rising Republic War
    Wars Empire Dynasty Era Age Act Treaty Agreement Accord Pact Plan Programme Program Project Mission
    Confederation Federation League Day Works Mills Gardens Brothers Sons""".split()
) | BUILT_HEADS | ORGANISATION_HEADS | PLACE_HEADS
# "payments firm Helix Pay", "the carrier Northwind": a business named by what it is.
_ORGANISATION_NOUNS = (
    "firm|firms|company|companies|bank|banks|lender|insurer|carrier|airline|retailer|startup|start-up|maker|"
    "manufacturer|operator|provider|conglomerate|charity|broadcaster|publisher|apps|platform|supermarket|chain"
)
_ORGANISATION_BEFORE = re.compile(rf"\b(?:{_ORGANISATION_NOUNS}),?$")
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


# "the band Coastal Echo", "Her largest work, Single Form": a name given to a thing, not a person.
THING_NOUNS = (
    "band|group|album|song|film|novel|book|ship|sculpture|statue|painting|poem|opera|reef|festival|"
    "hotel|magazine|newspaper|series|brand|app|rocket|satellite|mission|work"
)
_KIN_OF = re.compile(
    r"\b(?:son|sons|daughter|daughters|child|children|wife|husband|widow|father|mother|brother|sister|heir|"
    r"nephew|niece|grandson|granddaughter|parents) of$"
)
# "Acts of Parliament", "the Charter of the United Nations": laws a body made, not the body.
_LAW_HEADS = frozenset("Act Acts Law Laws Bill Bills Statute Statutes Treaties Charter Charters Decree Decrees".split())
# "the Conquest of the Desert", "the Battle of the River Plate": events, though they end in a place word.
_EVENT_HEADS = frozenset(
    """Battle Siege Conquest Sack Fall Capture Treaty Peace Massacre Invasion Crossing Retreat Relief Partition
    Liberation Occupation War Wars Campaign Expedition Discovery Burning Revolt Rebellion Uprising Settlement""".split()
)
# ", the Welsh prince", ", director of": up to three words in apposition, where a role says "a person";
# a possessive stops it ("Chelsea, the club's captain" is no person).
_APPOSITION = re.compile(r", (?:(?:the|a|an|its|their) )?([A-Za-z-]+(?: [A-Za-z-]+){0,2})(?=[ ,.;])")
_CLAUSE_WORDS = frozenset("where which who whom whose when while and but or as if that said says to in on at".split())


def _role_in_apposition(sentence: str, end: int) -> bool:
    """", the Welsh prince": a role names the person; ", where the mayor …" is a clause, not an apposition."""
    apposition = _APPOSITION.match(sentence, end)
    for word in apposition.group(1).split() if apposition else ():
        if word in PERSON_ROLES:
            return True
        if word in _CLAUSE_WORDS:
            return False
    return False


_THING_BEFORE = re.compile(rf"\b(?:{THING_NOUNS}),?$")
_HONOURS = frozenset("Commander Knight Officer Member Companion Fellow".split())
# Era markers and honours: capitalised, but no name on their own ("second century AD", "Dame Commander").
_NOT_NAMES_ALONE = frozenset(("AD", "BC", "BCE", "CE")) | _HONOURS
_PLACE_BEFORE = re.compile(
    r"\b(?:born in|died in|grew up in|raised in|moved to|emigrated to|settled in|"
    r"(?:town|city|village|port|capital) of)$"
)


# "South Korean", "North American": a compass word before a demonym.
_DEMONYM_QUALIFIERS = frozenset("South North East West Central Northern Southern Eastern Western Latin New".split())


def _is_demonym(sentence: str, start: int, end: int, after_title: bool) -> bool:
    """'Korean troops', 'South Korean joint spending': adjectives of nationality, not names.

    'Priya Raman said' and 'Meloni told' are people: a verb said of a person, or a title, decides.
    """
    text = sentence[start:end]
    words = text.split()
    next_word = sentence[end:].lstrip().split(" ", 1)[0] if sentence[end:].strip() else ""
    if after_title or not next_word[:1].islower() or next_word in PERSON_VERBS or text.isupper():
        return False
    if not (_DEMONYM_END.search(words[-1]) or words[-1] in nationality_words()) or place_type(text):
        return False
    return len(words) == 1 or (len(words) == 2 and words[0] in _DEMONYM_QUALIFIERS)


class _Either:
    """Membership in either of two sets, without building their union."""

    def __init__(self, first: Set[str], second: Set[str]) -> None:
        self.first, self.second = first, second

    def __contains__(self, item: object) -> bool:
        return item in self.first or item in self.second


def _trimmed(sentence: str, start: int, end: int, after_title: bool) -> tuple[int, int, bool]:
    """A piece without the words around a person's name that are no part of it — a nationality before it
    ("the Frenchman Jean-François Gerbillon"), honours after it ("Andrew Cole SC") — and whether they said
    it is a person."""
    name_start = without_nationality(sentence, start, end)
    if name_start > start and sentence[start:end].split()[-1] not in _THING_LAST_WORDS:
        after_title = after_title or is_a_nationality_noun(sentence[start : name_start - 1])
        start = name_start
    name_end = without_post_nominals(sentence, start, end)
    return start, name_end, after_title or name_end < end


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
    for run_start, run_end, spelled_out in _runs(sentence):
        start, end = _strip_run(sentence, run_start, run_end)
        if start >= end:
            continue
        pieces = [(start, end, False)] if spelled_out else _split_at_titles(sentence, start, end)
        for piece in pieces:
            piece_start, piece_end, after_title = _trimmed(sentence, *piece)
            text = sentence[piece_start:piece_end]
            if not text or text.rstrip(".") in COMMON_CAPITALISED or text in PERSON_TITLES:
                continue
            opening = piece_start == 0 or OPENING_LABEL.match(sentence, 0, piece_start)  # "Example: Suppose"
            if opening and " " not in text and not (place_type(text) or text in people):
                continue  # a lone capitalised first word is usually just the start of the sentence
            if len(text) < 2 or text.isdigit():
                continue
            if text in ORGANISATION_HEADS or text in PLACE_HEADS or text in _NOT_NAMES_ALONE:
                continue  # "the Assembly", "Call and Post": a head word alone names nothing
            if _is_demonym(sentence, piece_start, piece_end, after_title):
                continue
            if is_a_label(sentence, piece_start, piece_end):
                continue  # "Stage II", "(Na+)", "German: Donau", "12:14 GMT"
            if text in known_organisations:
                kind: str | None = "organisation"  # "Helix Pay said": the firm named before, not a person
            else:
                kind = _kind_of(sentence, piece_start, piece_end, after_title, people)
            if kind is None:
                continue
            if kind == "person":
                found_here.update((text, text.split()[-1]))
            spans.append(Span(text=text, start=piece_start, end=piece_end, kind=kind))
    return spans
