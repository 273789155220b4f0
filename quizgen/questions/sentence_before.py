"""Whether the sentence before can explain this one: it names what this one leans on, and stands alone itself."""

from __future__ import annotations

import re

from quizgen.model import Analysis, Sentence, Span
from quizgen.questions.descriptions import (
    DESCRIBED_KIND,
    DESCRIBED_SUBJECT,
    PICKING_WORDS,
    described_anywhere,
    described_nouns,
)
from quizgen.questions.leaning import (
    DEMONSTRATIVES,
    EXPLETIVE_IT,
    REFERRING,
    TRAILING_SPEAKER,
    counts_or_relates_what_came_before,
    leans_on_previous,
    names_something,
    pronoun_leaned_on,
    strip_connective,
)
from quizgen.questions.pointers import (
    ELIDED_NOUN,
    ONE_OF_A_NUMBER,
    SUPERLATIVE_SUBJECT,
    compares_with_the_sentence_before,
    points_to_a_time_before,
    that_points_back,
)


def previous_in_section(sentence: Sentence, analysis: Analysis) -> Sentence | None:
    """The sentence before, under the same heading: a sentence across a heading ("… visibility can reach 40
    metres. | History | The first Europeans to reach the lake …") is about another part of the subject, and
    explains nothing here."""
    if sentence.index == 0:
        return None
    before = analysis.sentences[sentence.index - 1]
    return None if before.is_heading or before.section != sentence.section else before


# "the two", "the pair": people only a sentence naming both explains ("the two countries" says what they are).
_THE_TWO = re.compile(r"\bthe (?:two|three|pair|duo)\b(?! (?!is\b|was\b|has\b)[a-z]+s\b)", re.IGNORECASE)
# "this rate", "these cells": a noun the sentence before may have used ("that" is as often a conjunction, and
# "this year" points at a time, not at a word).
_DEMONSTRATED_NOUN = re.compile(
    r"\b(?:this|these|those) (?!(?:the|its|his|her|their|our|is|was|are|were|year|month|week|day|time|"
    r"morning|evening|summer|winter|spring|autumn|season|century|decade)\b)([a-z]{3,})\b"
)
# A quotation or first-person aside brings its own unexplained "I" and "we": it explains nothing.
# ("King Francis I of France" is no one speaking.)
# ("I'd expect …" speaks as plainly as "I expect …".)
_SPOKEN = re.compile(r"^[“\"‘']|\b(?:[Mm]y|[Ww]e|[Oo]ur)\b|\bI (?=[a-z’'])(?!of\b)|\bI[’'](?:d|m|ve|ll)\b")


# "Connecting a charged object to the ground in this way is called earthing.", "Goods like this … are called …": a
# naming sentence whose subject is what the sentence before did or told of, done "in this way" or "like this"; it
# sums that sentence up, which need name nothing itself.
_NAMES_WHAT_CAME_BEFORE = re.compile(
    r"\b(?:(?:in|by) (?:this|that|such a) (?:way|manner|means|method)|doing so|[a-z]+ like (?:this|these|that|those))"
    r"\b[^.;:]*? (?:is|are|was|were) (?:also |often |sometimes |usually )?(?:called|known as|termed|named)\b",
    re.IGNORECASE,
)


# "the plates lock together", "fill the gap": a description that goes on from an earlier sentence ("the weight of
# tall stone vaults", "the first" say what they are).
_CONTINUED_DESCRIPTION = re.compile(r"\bthe (?!(?:first|last|same|most|[a-z]+est)\b)[a-z][\w-]*\b(?! of\b)")


# "Forty-nine copies survive …", "Twelve of the carvings …" aside: a count of things as the sentence's subject, with
# nothing after them to say whose or of what. Copies, members or pieces of something the sentence before must name:
# under "Johannes Gutenberg", a letter praising the Bible's script shown before "_____ survive, in whole or in part;
# 21 of them are complete" never says the copies are of the Gutenberg Bible (blind review 78).
_COUNTED_SUBJECT = re.compile(
    r"^(?:\d[\d,]*|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-[a-z]+)?|"
    r"Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve) "
    # ("Two years later they founded …" counts time.)
    r"(?!(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b)([a-z]+s)\b(?! (?:of|from|in|at|on)\b)"
)


_CALLED = re.compile(r"\b(?:called|known as|termed|named)\b")
# "Three of them, …", "Most of these …": a count of a group, as the sentence's subject.
_COUNT_OF_THEM = re.compile(
    r"^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d+|Some|Most|Many|All|Several|Half|Each) "
    r"of (?:them|these|those)\b"
)


def explains(previous: Sentence, text: str, lean_ok: bool = False) -> bool:
    """Can the sentence before stand in front of this one? It must stand alone itself, name something (unless
    this one only sums it up: "This process …"), not be an unattributed quotation, and — for "The report …"
    — mention a report, or at least a name of the right kind."""
    before, shift = strip_connective(previous.text)
    if points_to_a_time_before(before, previous, shift):
        return False  # "The SFO opened an investigation the following month." brings a dangling pointer of its own
    if compares_with_the_sentence_before(before):
        return False  # "Only the polar deserts of Antarctica and the Arctic are larger.": than what?
    counted = _COUNTED_SUBJECT.match(text)
    if counted and counted.group(1)[:5] not in previous.text.lower():
        return False  # "Forty-nine copies survive, …; 21 of them are complete" needs the sentence that says of what
    number = ONE_OF_A_NUMBER.search(text)
    if number and number.group("number") and not re.search(rf"\b{number.group('number')}\b", previous.text, re.I):
        return False  # "… is the only one of the ten" needs the sentence that says ten of what
    # ("The upper chambers, called atria, … the lower chambers, called ventricles, … The wall between the two …")
    if _THE_TWO.search(text) and sum(span.kind in ("person", "name", "term") for span in previous.spans) < 2:
        return False  # "In 1917 the two identified …" needs a sentence naming both, not "At first she …"
    described = DESCRIBED_SUBJECT.match(text)
    sums_up = described is not None and described.group().startswith(DEMONSTRATIVES)
    # "… increases at so high a rate … Man has doubled in 25 years, and at this rate …": the word itself
    demonstrated = _DEMONSTRATED_NOUN.search(text)
    sums_up = sums_up or (
        demonstrated is not None
        and demonstrated.group(1)[:5] in previous.text.lower()
        and not leans_on_previous(previous)
    )
    # "The longest bone is the femur. The smallest is …"; "… aims to cut emissions by 51%. … meet that target"
    that_pointer = that_points_back(text)
    # "… walls of stone blocks cut so precisely … The estate of Machu Picchu … is the best-known example."
    example = re.search(r"\bexamples?(?:\.?$|[;:] )", text) is not None
    sums_up = sums_up or ELIDED_NOUN.match(text) is not None or that_pointer or example
    sums_up = sums_up or _NAMES_WHAT_CAME_BEFORE.search(text) is not None
    # "Four copies of the 1215 charter survive. Two are held by the British Library …": two of the copies.
    sums_up = sums_up or counts_or_relates_what_came_before(text)
    # "Several active volcanoes lie beneath the ice. The most active is Grímsvötn …": the most active of them (blind
    # review 85): a superlative subject sums up what the sentence before names.
    sums_up = sums_up or SUPERLATIVE_SUBJECT.match(text) is not None
    # "There are seven main groups of nutrients. Three of them, carbohydrates, proteins and fats, … are therefore
    # called macronutrients": three of the groups (a terms fixer's case, round O's r81-text-2).
    # (Only where it names them: "Three of them, a 71-year-old man from [Bristol], …" would be asked a victim's home
    # town, which no teacher asks.)
    sums_up = sums_up or _COUNT_OF_THEM.match(text) is not None and _CALLED.search(text) is not None
    # "The Mid-Atlantic Ridge is an example" of what "Divergent boundaries, where …" said two sentences back; "Magma
    # rises to fill the gap …" in between names nothing, and its "the gap" goes on from that line, which it does
    # not repeat. ("Inca builders were known for walls of stone blocks cut so precisely …" says of what.)
    continues = example and _CONTINUED_DESCRIPTION.search(before) is not None
    if not names_something(previous) and (not sums_up or continues) and not lean_ok:
        return False  # (with lean_ok the title goes in front, and says what the sentence before is about)
    quoted = _SPOKEN.search(previous.text) is not None or previous.text.startswith(("“", '"'))
    # 'I'd expect most of the sector to move by Easter."': the tail of a quotation the sentence before it opened,
    # whose speaker it never names (reviewers: "the prompt opens mid-quote … 'He' is never named").
    quoted = quoted or _quotation_unpaired(previous.text)
    if quoted and not attributed(previous):
        return False
    pronoun_after = described is not None and REFERRING.search(EXPLETIVE_IT.sub("", text), described.end())
    if pronoun_after and pronoun_after.group().lower() in ("it", "its") and not described.group().endswith("s"):
        pronoun_after = None  # "The original canal was 40 feet wide, and it used 83 locks": "it" is the canal
    leaning = not quoted and not lean_ok and leans_on_previous(previous)
    # "Atoms are most stable when this outer shell is full. This idea is called …": a "this" inside the
    # sentence before does not stop it from being what "This idea" sums up.
    inner_this = sums_up and pronoun_leaned_on(previous) in ("this", "these") and not previous.text.startswith("Th")
    # "The walkout followed talks between the Coastal Stevedores Union and …" explains "The union …", though
    # it opens with a description of its own; "the parties" inside it would explain nothing.
    names_it = (
        described is not None
        and DESCRIBED_SUBJECT.match(strip_connective(previous.text)[0]) is not None
        and not REFERRING.search(previous.text)
        and any(noun[:5] in previous.text.lower() for noun in described_nouns(text))
    )
    described_only = described is not None and not pronoun_after and not names_it
    # "The fund's manager argued that … The jury rejected that account": what "that account" points at is the
    # sentence before, whose own description a title may explain.
    described_only = described_only and not that_pointer
    if leaning and not inner_this and (pronoun_leaned_on(previous) or described_only):
        # "The basic unit of the nervous system is the neuron." may explain a "them"; "He did" explains
        # nothing, and "The tower was made of granite." does not say which tower "The tower is 35 m tall" is.
        return False
    if described is None or pronoun_after or sums_up:
        # "The human brain contains 86 billion of them": "them" is what the sentence before explains;
        # "This responsiveness …" sums up the sentence before under another word.
        return True
    nouns = described_nouns(text)
    if not nouns or any(noun[:5] in previous.text.lower() for noun in nouns):
        return True
    if nouns[-1].endswith("est") or nouns[-1] in PICKING_WORDS:
        return True  # "The largest, …", "The remaining 10 percent": one of what the sentence before named
    kinds = DESCRIBED_KIND.get(nouns[-1].rstrip("s"))
    return kinds is not None and any(span.kind in kinds for span in previous.spans)


def _quotation_unpaired(text: str) -> bool:
    """Does the sentence open or close a quotation that goes on in another sentence?"""
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


def speaker_unexplained(text: str, previous: Sentence) -> str:
    """ "Crews came from Leeds and Bradford, he said.": the speaker of a report is never someone it names, so
    only a sentence before that names someone (or a biography's title) says who. Returns "he" or "she" when
    the sentence before names nobody, else ""."""
    match = TRAILING_SPEAKER.search(text)
    if match is None or any(_may_be_someone(span, previous) for span in previous.spans):
        return ""
    return "she" if " she " in match.group() else "he"


# "in Armley", "from Leeds": a name of no kind the analyser knows is a place after these, not a speaker.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|across|around)\s+(?:the\s+)?$")


def _may_be_someone(span: Span, sentence: Sentence) -> bool:
    return span.kind == "person" or span.kind == "name" and not _PLACE_BEFORE.search(sentence.text, 0, span.start)


# "Nordvik's chief executive … told reporters the company would …": a name's possessive before the description.
_POSSESSIVE_NAME = re.compile(r"\b[A-Z][\w-]+['’]s\b")


def owner_named_before(text: str) -> bool:
    """ "Nordvik's chief executive, Mette Halvorsen, told reporters the company would sell …": the sentence names
    whose company it is before it says "the company"; the sentence before has nothing to add."""
    described = described_anywhere(text)
    noun = described.group().split()[-1].lower() if described else ""
    owner = described is not None and _POSSESSIVE_NAME.search(text, 0, described.start()) is not None
    return owner and "organisation" in DESCRIBED_KIND.get(noun, ())


def mentions_described(previous: Sentence, text: str) -> bool:
    """Does the sentence before name what "the group" or "the bridge" in this one is (the noun itself, or
    a name of the kind the noun stands for)?"""
    described = described_anywhere(text)
    if described is None:
        return False
    noun = described.group().split()[-1].lower()
    kinds = DESCRIBED_KIND.get(noun.rstrip("s"), ())
    if "place" in kinds:
        kinds = ("place",)  # "the town's mayor" is not explained by "after Casaubon's death", a name of no known kind
    return noun[:5] in previous.text.lower() or any(span.kind in kinds for span in previous.spans)


def attributed(previous: Sentence) -> bool:
    """'“We are fighting on three fronts,” said Dana Whitfield, the fire chief.': a quotation that says who
    spoke explains the "she" that follows."""
    closing = max(previous.text.rfind("”"), previous.text.rfind('"'))
    return closing > 0 and any(span.kind in ("person", "name") and span.start > closing for span in previous.spans)


# "Soil creep is the slowest type", "Delivering four doses on schedule will be the hardest part": a superlative of a
# sort or a share with nothing after it to say of what (blind reviews 84, 88: "'the slowest type' of what (mass
# movement) is not shown"). ("the most common type of rock", "the hardest part to build" say of what.)
_RANKED_SORT_OF_NOTHING = re.compile(
    r"\bthe (?:most [a-z]+|least [a-z]+|(?!(?:interest|forest|harvest|honest|modest|west|rest|test|contest|protest|"
    r"request|conquest|arrest|chest|nest|quest)\b)[a-z]{2,}est) "
    r"(?:types?|kinds?|forms?|sorts?|parts?|categor(?:y|ies)|class(?:es)?|variet(?:y|ies)|stages?|phases?)\b"
    r"(?! (?:of|in|among|to|that|which|for|on)\b)"
)
# "how those votes are turned into seats" after "… citizens cast votes …": a demonstrative inside the sentence,
# before a noun only the sentence before used (blind review 71). (Times are "this year", "that summer"; "those
# given a placebo", "those who …" are people the sentence says.)
_DEMONSTRATED_INSIDE = re.compile(
    r"(?<=.)\b(?:this|these|those) (?!(?:the|its|his|her|their|our|is|was|are|were|year|month|week|day|time|"
    r"morning|evening|summer|winter|spring|autumn|season|century|decade|period|point|stage|way|who|whom|which|that|"
    r"with|without|in|of|at|on|for|from|by|under|over|born|given|taken|known|seen|made|left)\b)"
    r"(?![a-z]+(?:ed|ing)\b)([a-z]{3,})\b"
)
_CLAUSE_BEFORE = re.compile(r"[;:]|, (?:and|but|so|which|while)\b")
# "the forum's chief executive" after "The Irish Digital Infrastructure Forum …", "After the sultanate was
# abolished" after "… the Mahra Sultanate of Qishn and Socotra …" (blind reviews 75, 91): a name's head word, said
# as a common noun, stands for that name, which only the sentence before gives. Only as a subject, or a speaker:
# "in charge of the state's labour department", "the support of the barons" the title leaves plain enough.
_THE_NOUN = re.compile(
    r"(?:(?<=^)The|(?<=, )the|(?<=\bsaid )the|(?<=\bwhen )the|(?<=\bafter )the|(?<=\bAfter )the|(?<=\bthat )the) "
    r"([a-z]{4,})(?:['’]s)?\b(?! of\b)"
)
_SUBJECT_VERB_AFTER = re.compile(
    r"(?:['’]s(?: [a-z-]+){1,2}|(?: (?:also|then|later|soon|never|only))?) "
    r"(?:was|were|is|are|has|had|have|will|would|could|did|said|says|became|remained|[a-z]+ed)\b"
)


# "The process is known as [columnar jointing].", "The company, which employs about 320 people …": a bare "the" and
# a word for a process or a firm as the whole subject stands for what the sentence before told of (blind reviews 100
# and 102: "which process?", "the company is never named"). A headline naming a business ("Meadowvale Dairies fined
# …", "Tribunal rules Wayfare couriers are workers") says which company: reviewers passed "The company was also
# ordered to pay …" under it. ("The project", "The plan" are as often the entry's own subject, the Falkirk Wheel or
# Valletta's street plan, and judged ok there.)
_THE_PROCESS = re.compile(
    r"^The (?:process|method|technique|procedure)(?= (?:is|was|are|were|has|had|also)\b|, which\b)"
)
_THE_FIRM = re.compile(r"^The (?:company|firm)(?= (?:is|was|are|were|has|had|also|later|then|soon)\b|, which\b)")
# a capitalised word after the headline's first ("Tribunal rules Wayfare …"), or two opening it ("Meadowvale Dairies")
_NAME_IN_HEADLINE = re.compile(r"^\S+ .*\b[A-Z][a-z]{2,}|^[A-Z][a-z]+ [A-Z][a-z]{2,}")


def _undertaking_of_the_sentence_before(text: str, title: str) -> bool:
    """Does the sentence open on "The process" that the title does not name, or on "The company" under a title that
    names no business?"""
    if _THE_PROCESS.match(text):
        return re.search(r"\b(?:process|method|technique|procedure)\b", title, re.IGNORECASE) is None
    return _THE_FIRM.match(text) is not None and _NAME_IN_HEADLINE.search(title) is None and not re.search(
        r"\b(?:company|firm)\b", title, re.IGNORECASE
    )


def leans_on_the_sentence_before(text: str, previous: Sentence | None, title: str) -> bool:
    """Does the sentence speak of something only the sentence before says: "the slowest type" (of what?), "those
    votes" of a sentence about votes, "the sultanate" of a name given just before? A title does not say it; the
    sentence before may."""
    if _RANKED_SORT_OF_NOTHING.search(text):
        return True
    if previous is None:
        return False
    if _undertaking_of_the_sentence_before(text, title):
        return True
    title, before = title.lower(), previous.text
    for match in _DEMONSTRATED_INSIDE.finditer(text):
        stem, said_before = match.group(1)[:5], text[: match.start()]
        if _CLAUSE_BEFORE.search(said_before):
            break  # "In 1954 she determined the structure of vitamin B12; the committee cited this work": that work
        if stem in before.lower() and stem not in title and stem not in said_before.lower():
            return True
    for match in _THE_NOUN.finditer(text):
        noun = match.group(1)
        said = text[max(0, match.start() - 5) : match.start()] == "said "
        if not said and not _SUBJECT_VERB_AFTER.match(text, match.end()):
            continue
        if noun in title or re.search(rf"\b{noun.capitalize()}\b", text):
            continue  # ("the Forum" named in the sentence itself)
        # ("the Mahra Sultanate", "the Irish Digital Infrastructure Forum", "the Kingdom of Dalmatia")
        head = rf"\b(?!(?:The|A|An|This|That)\b)[A-Z][\w’'-]+ (?:of [A-Z][\w’'-]+ )?{noun.capitalize()}\b"
        if re.search(rf"{head}|\b{noun.capitalize()} of (?:the )?[A-Z]", before):
            return True
    return False
