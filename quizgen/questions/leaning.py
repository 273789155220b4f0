"""Does a sentence lean on something outside it (a pronoun, a description, a pointer), and on which word?"""

from __future__ import annotations

import re

from quizgen.analyse.facts import DATELINE
from quizgen.analyse.gazetteer import PLACE_HEADS
from quizgen.analyse.names import BUILT_HEADS, ORGANISATION_HEADS
from quizgen.analyse.person_names import looks_like_a_person
from quizgen.model import NAME_KINDS, Sentence, Span
from quizgen.questions.descriptions import DESCRIBED_SUBJECT, PERSON_NOUNS, self_contained
from quizgen.questions.pointers import (
    POINTING_OPENER,
    SAME_AS_BEFORE,
    bare_quantifier_subject,
    points_at_the_sentence_before,
)
from quizgen.questions.verbs import PRESENT_FORMS, VERB_FORMS

# Openers that tie a sentence to the one before without adding meaning of their own.
_CONNECTIVE = re.compile(
    r"^(?:Thus|Hence|However|Therefore|Moreover|Furthermore|Also|In addition|Meanwhile|Nevertheless|"
    r"Nonetheless|Still|Besides|Consequently|As a result|Indeed|Instead|Then|And|But|So|"
    r"In response|In reply),\s+"  # "In response, Pius V brought together …": the fact stands without it
    # A textbook's label before a sentence: "Key term: The Meiji Restoration refers to …", "Note: …".
    r"|^(?:Key (?:terms?|ideas?|points?|facts?)|Note|Definition|Remember|Summary|Tip):\s+(?=[A-Z])"
)
# Words whose referent lies outside the sentence when nothing named comes before them.
REFERRING = re.compile(
    r"\b(?:it|its|they|their|them|he|his|him|she|her|this|these|those|such an?|"
    r"the two sides|both sides|the parties|the former|the latter|the two [a-z]+s|both [a-z]+s|the above|"
    r"the (?:two|three|pair|duo)(?= (?:[a-z]+ed|were|had|have|are|did|went|became|began|made|found|met|wrote)\b))\b",
    re.IGNORECASE,
)
_PLURAL_PRONOUN = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)
PERSONAL = frozenset("he his him she her".split())
PERSONAL_WORD = re.compile(r"\b(?:he|his|him|she|her)\b", re.IGNORECASE)

# "it" or "them" as an object mid-sentence points back within the sentence; as a subject, to the one before.
_OBJECT_PRONOUNS = frozenset("it them him".split())
_FRONTED_THEN_PRONOUN = re.compile(
    r"^(?:In|At|On|After|Before|During|Since|By|Over|Under|Within|Following|Despite|Across|For|Unlike|Like|With|"
    r"Without|Against|Alongside|Through|Having|Between|Among|Throughout|Around|Along|Until|Beyond|Near|Upon|"
    # ("Working closely with Termen, she helped …": an adverb between, and Termen is still not "she", blind review 88)
    r"(?:[A-Z][a-z]+(?:ed|ing)|Built|Born|Made|Known|Led|Held|Written|Drawn|Taken|Given|Chosen|Shown|Seen|Won)"
    r"(?: [a-z]+ly)? (?:by|with|from|to|under|for|in|at|on|as)\b)"
    r"(?:[^,]|,(?=\d)|, (?!(?:it|they|he|she)\b)){0,120}, "  # "Built by Gilbert de Clare, Earl of Gloucester, … it"
    r"(?:it|they|he|she)\b",
)
# An opening infinitive has no subject of its own, so nothing it names is the pronoun after it.
_INFINITIVE_THEN_PRONOUN = re.compile(r"^To [a-z]+\b[^,]{0,120}, (?:it|they|he|she)\b")
# "To pay their soldiers, emperors debased the coinage": the owner of an opening infinitive's "their" is the
# subject named right after it, not anyone of the sentence before.
_INFINITIVE_OWNED_BY_ITS_SUBJECT = re.compile(
    r"^To [a-z]+ (?:their|its|his|her) [^,]{1,60}, "
    r"(?!(?:it|they|he|she|we|you|this|these|that|those|the|a|an)\b)[a-z]+\b",
    re.IGNORECASE,
)
# "them" needs something plural before it in its own sentence ("86 billion of them" in "The brain contains
# …" means the neurons of the sentence before).
_PLURAL_BEFORE = re.compile(
    r"^[A-Z][a-z]+(?: [a-z]+)?(?:[^su\W]s|ies)\b|"  # "Plants release water through their leaves", "Severe floods"
    r"\b(?:the|these|those|many|some|all|both|several|few|other|their|its|his|her|our|two|three|four|five|\d[\d,.]*)"
    r"\s+(?:[\w-]+\s+)?(?:[a-z]+[^su\W]s|[a-z]+ies)\b|\b(?:people|men|women|children)\b|"
    # "Smith and Jones … they"; "between 1219 and 1221 they" joins no one, nor do "extracting and assaying" (blind
    # review 93: "With Norman Heatley, who devised methods for extracting and assaying the drug, they showed …").
    # ("comparing each pair of items and swapping them" joins two doings of the items, which "them" are.)
    r"(?<!\d )(?<!ing )\band\b(?! \d)",
    re.IGNORECASE,
)
# "one of them", "most of these": a share of a group only an earlier sentence names.
_ONE_OF_THEM = re.compile(
    r"\b(?:one|two|three|some|many|most|all|each|none|several|both|either|neither|any|half|few|\d+) of "
    r"(?:them|these|those)\b",
    re.IGNORECASE,
)
# "An early form of it", "Copies of them": the sentence's opening words, a thing of the "it" after them.
_OPENING_PHRASE_OF = re.compile(r"^(?:An?|The|One|Part|Parts|Copies|Versions)(?: [a-z][a-z-]*){0,3} (?:of|from) $")
_THING_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their|our)\s+[a-z]", re.IGNORECASE)
_OPENING_CLAUSE = re.compile(r"^(?:Because|Since|As|When|If|Although|While|Once|After|Before|By)\b[^,]{8,}, $")
_VERB_AFTER = re.compile(r" (?:\w+ed|is|was|has|had|will|would|can|could|may|might|did|does|remains|became)\b")
_CLAUSE_START = re.compile(
    r"(?:^|[,;:]\s|\b(?:and|but|so|because|when|while|although|that|after|before|until|as)\s)$", re.IGNORECASE
)

# An object "him" or "her" ("Pickering assigned her to …", "… wrote to her,") — not a possessive "her work".
_OBJECT_PERSONAL = re.compile(
    r"\b(?:him|her(?=\s+(?:to|for|as|in|on|at|with|from|by|into|about|that|a|an|the|and|or|but)\b|[,.;:!?)”\"]|$))",
    re.IGNORECASE,
)
# Between a subject and its object pronoun, no comma or clause word: the pronoun is then someone else.
_CLAUSE_BREAK = re.compile(r"[,;:(—–]|\b(?:that|when|while|who|whom|whose|after|before|because|and|but|if|as)\b")
# "This is a reflex", "These were …": a demonstrative standing for a whole claim, not a description.
_DEMONSTRATIVE_PRONOUN = re.compile(
    r"^(This|That|These|Those) (?:is|was|are|were|has|have|had|can|could|will|would|may|might|means?|meant|"
    r"shows?|showed|led|leads|made|makes|gives?|gave|became|becomes)\b"
)
DEMONSTRATIVES = ("This ", "That ", "These ", "Those ")
# "It was reported that …", "it is said that …": an empty "it" that refers to nothing.
EXPLETIVE_IT = re.compile(
    # ("It was first used to cool department stores", opening a sentence, is a thing that was used.)
    r"(?!^It (?:was|is|has been|had been) (?:\w+ ){0,2}?(?!decided|agreed|resolved)\w+ed to\b)"
    r"\bit (?:was|is|has been|had been|will be) (?:\w+ ){0,2}?"
    r"(?:\w+ed|said|known|thought|clear|likely|possible|true) (?:that|to)\b",
    re.IGNORECASE,
)


def strip_connective(text: str) -> tuple[str, int]:
    """The sentence without a leading "Thus, " or dateline (capitalised again) and how many characters went;
    a colon that opened a list the sentence leaves out ends it as a full stop ("… passes through four stages.")."""
    if text.endswith(":"):
        text = text[:-1] + "."
    match = DATELINE.match(text) or _CONNECTIVE.match(text)
    if not match or len(text) <= match.end():
        return text, 0
    rest = text[match.end() :]
    return rest[0].upper() + rest[1:], match.end()


_NAMED_BEFORE = re.compile(
    r"^[^,;]+ (?:is|are) (?:also |usually |often |sometimes )?(?:called|known as|termed) (?:the |a |an )?$"
)


# "An allele is recessive if …", "A reaction that releases energy … is exothermic, and it …": a sentence about
# a kind of thing, named with "a"/"an" as its subject, says what its own "it" is ("A charged balloon will stick to
# a wall: its negative charge …" says what it can do, and "its" is the balloon's as well).
# ("Bread is not rare, yet it is scarce …": a bare noun opening the sentence is as plainly what its "it" is.)
# ("The money a business receives from selling its products …", "The energy an object has …": a subject described by
# what any such thing does is as plainly that thing's "its", blind review 103.)
_GENERIC_SUBJECT = re.compile(
    r"^(?:(?:A|An) [a-z][\w-]*(?: [a-z][\w-]*)? (?:is|are|has|that|which|with|in|will|can|may|must|does)|"
    r"The [a-z]+(?: [a-z]+)? (?:that |which )?(?:a|an) [a-z][\w-]* [a-z]+s|"
    r"(?!(?:It|Its|This|That|These|Those|He|She|They|There|Here|Such|Each|What|Which|Who|One|Another|Other|Both|"
    r"All|Some|Many|Most|Few|Either|Neither)\b)[A-Z][a-z]+ (?:is|has|will|can|may|must|does))\b"
)


def its_is_the_subjects(before: str) -> bool:
    """Is an "its" after `before` the kind of thing its sentence opened on? ("A charged balloon will even stick to
    a wall: its negative charge …"; only the last sentence of `before` counts.)"""
    return _GENERIC_SUBJECT.match(re.split(r"(?<=[.!?]) ", before)[-1]) is not None


def they_are_named_before(before: str) -> bool:
    """Are a "they"/"them"/"their" after `before` the things its sentence named? ("A few things, such as seawater,
    are so plentiful that using them …"; only the last sentence of `before` counts, and it must name them first.)"""
    last = re.split(r"(?<=[.!?]) ", before)[-1]
    if _FRONTED_PHRASE.match(last):
        return False  # "Over thousands of years they wear away rock": the years are not "they"
    # ("The terms of their stay …": a "their" in the subject itself is someone else's; a later clause's is not.)
    later_clause = re.search(r"[,;]|\b(?:that|and|which|when|if|so)\b", last) is not None
    return later_clause and _PLURAL_BEFORE.search(last) is not None


_FRONTED_PHRASE = re.compile(
    r"(?:In|At|On|After|Before|During|Since|By|Over|Under|Within|Across|For|Through|Throughout|Until|Between|Among)\b"
)


# "In cooler seasons the difference was between 1 and 3 per cent" (the difference in yield between the new wheat
# and the old), "In the Amazon, the main cause is clearing land for cattle ranching" (of deforestation): a word for
# a relation between things, as a subject after an opening phrase, says of what only in the sentence before.
# (Opening the sentence, "The difference was …" is a described subject already; "the difference between the two
# groups", "the main cause of the fire" say of what.)
_RELATION_OF_NOTHING = re.compile(
    r"^(?:In|At|On|During|For|Among|Across|Over|Under|Within|After|Before|Since|By|Throughout)\b[^,;]{1,60}?,? "
    r"the (?:(?:main|chief|principal|primary|biggest|largest|greatest|single|key|real|only|net|overall|average|"
    r"underlying|immediate|default|usual|normal|typical|upper|lower|maximum|minimum|legal|standard) )?"
    r"(?:difference|gap|cause|reason|result|effect|consequence|outcome|increase|decrease|"
    # "In Python, the default limit is about 1,000 calls": a limit on the recursive calls the sentence before told
    # of (blind review 97: "does not say … what limit").
    r"rise|fall|drop|gain|loss|limit|threshold|cap|ceiling)s? "
    r"(?:is|was|are|were|has|had|lies|lay|ranged|amounted|remains|remained)\b"
)


def counts_or_relates_what_came_before(text: str) -> bool:
    """"Two are held by the British Library …", "In the Amazon, the main cause is …": a share of, or a relation
    between, what the sentence before told of; that sentence explains it though it need name nothing ("Four copies
    of the 1215 charter survive.", "Rainforests are being cleared at a rapid rate.")."""
    return bare_quantifier_subject(text) or _RELATION_OF_NOTHING.match(text) is not None


# "After his election as president in 1932, Roosevelt asked …", "During her reign, Victoria …": a possessive in an
# opening phrase whose owner is the person named right after it (blind review 71: the sentence before was shown for a
# "his" the sentence says itself, and brought a dangling "In that role" of its own).
_OPENING_POSSESSIVE = re.compile(
    r"^(?:After|Before|During|Upon|On|Following|Despite|Since|Until|Throughout|At|In)\b[^,;]{0,60}?\b(his|her)\b"
    r"[^,;]{0,60}, (?=[A-Z])"
)


def _without_a_possessive_the_subject_owns(text: str, sentence: Sentence, shift: int) -> str:
    """The text with an opening phrase's "his" or "her" blanked when the person named right after the phrase owns
    it."""
    match = _OPENING_POSSESSIVE.match(text)
    if match is None or not any(
        span.kind == "person" and span.start - shift == match.end() for span in sentence.spans
    ):
        return text
    return text[: match.start(1)] + "_" * len(match.group(1)) + text[match.end(1) :]


# "an object", "a business": a thing of no particular kind, named in a sentence that defines a term, is what the
# sentence's "it" or "its" is ("Potential energy is stored energy that an object has because of its position", "The
# money a business receives from selling its products is called revenue"; blind reviews 87, 103 lost both cards).
_ANY_SUCH_THING = re.compile(r"\b(?:[Aa]|[Aa]n|[Aa]ny|[Ee]ach|[Ee]very) [a-z][a-z-]+\b")
# "Storing the same data in several places", "the same flower or another flower on the same plant", "the same
# charge as": the sentence itself says what is the same as what.
_SAME_COMPARED = re.compile(
    r"\b[Tt]he same [a-z]+(?: [a-z]+)? (?:as\b|or (?:another|a different)\b|"
    r"(?:in|at|on|for|across|to) (?:several|many|multiple|different|two|both|all|every|each|more than one)\b)"
)


def same_as_within(text: str) -> bool:
    """Does the sentence's first "the same X" compare within the sentence itself (every later one then follows the
    same comparison)?"""
    first = SAME_AS_BEFORE.search(text)
    return first is not None and _SAME_COMPARED.match(text, first.start()) is not None


def leans_on_previous(sentence: Sentence) -> bool:
    """True when a pronoun or vague reference comes before anything named in the sentence that it could
    stand for (a person for "he"/"her", any name for "it"/"they")."""
    text = strip_connective(sentence.text)[0]
    shift = len(sentence.text) - len(text)
    # ("The vertical columns are called groups" names what it describes: it leans on nothing either)
    defined_here = any(span.kind == "term" and (
        span.start - shift <= 4 or _NAMED_BEFORE.search(text, 0, max(0, span.start - shift))
    ) for span in sentence.spans)
    if DESCRIBED_SUBJECT.match(text) and not self_contained(text) and not defined_here:
        return True  # ("The heart is a muscular organ …" defines "heart": it leans on nothing)
    if points_at_the_sentence_before(text, sentence, shift) or _object_pronoun_is_someone_else(text, sentence, shift):
        return True
    if SAME_AS_BEFORE.search(text) and not same_as_within(text):
        return True  # "… to use the same vehicle next year": same as what? (a title may say)
    if _RELATION_OF_NOTHING.match(text):
        return True  # "In cooler seasons the difference was between 1 and 3 per cent": the difference in what?
    text = EXPLETIVE_IT.sub(lambda m: "_" * len(m.group()), text)
    text = _without_a_possessive_the_subject_owns(text, sentence, shift)
    if _ORGANISATION_SPEAKER.search(text):
        return True  # "A total of 246,380 UK 18-year-olds had been placed by midday, it said.": who said?
    if _speaker_unnamed(text, sentence, shift):
        return True
    if _means_to_act_on_what_came_before(text) or _called_by_its_subject(text):
        return True  # "… found a way to extract it": extract what? "… described them as trained officials": whom?
    match = REFERRING.search(text)
    if not match:
        return False
    word = match.group().lower()
    if word.startswith(("the ", "both")):
        return True
    if word in ("it", "its") and _GENERIC_SUBJECT.match(text[: match.start()]):
        return False  # "An allele is recessive if its effect …": a kind of thing, and "its" is that kind's
    if word in ("it", "its") and defined_here and _ANY_SUCH_THING.search(text, 0, match.start()):
        return False  # "The energy an object has because it is moving is called kinetic energy": any object
    subject = _VERB_AFTER.match(text, match.end()) is not None  # "In tests it removed …": "it" does something
    if word in ("this", "these") and _OPENING_CLAUSE.match(text[: match.start()]):
        return False  # "Because blood passes through the heart twice, this arrangement is called …"
    owned = _INFINITIVE_OWNED_BY_ITS_SUBJECT.match(text)
    if owned and word in ("their", "its", "his", "her") and match.end() < owned.end():
        return False  # (so it may stand before "The result was inflation, …", blind review 85)
    if _INFINITIVE_THEN_PRONOUN.match(text):
        return True  # "To explain why a murder in the Balkans led to war, they …": the Balkans are not "they"
    plural_before = _PLURAL_BEFORE.search(text[: match.start()]) is not None
    if word in ("they", "them", "their", "these", "those") and plural_before and match.start() > 0:
        return False  # "Because none of the engineers had built a canal, they learned on the job"
    if _ONE_OF_THEM.search(text, 0, match.end()) and not plural_before:
        return True  # "Queen Victoria sang one of them": one of the songs the sentence before named
    if word == "it":
        # "… the rock above it": a thing before it in the sentence; "Engineers postponed it": none
        before = text[: match.start()]
        within = _THING_BEFORE.search(before) is not None or any(
            s.kind in ("place", "organisation", "term") and s.end - shift <= match.start() for s in sentence.spans
        )
    else:
        within = word != "them" or plural_before
    if word in ("it", "them") and _OPENING_PHRASE_OF.match(text[: match.start()]):
        return True  # "An early form of it appears in Euclid's Elements": a form is not of itself (blind review 81)
    if word in ("it", "them") and not subject and _object_of_its_own_subject(text[: match.start()]):
        return True  # "The government of Chancellor Olaf Scholz raised it to 12 euros": not the government
    if word in _OBJECT_PRONOUNS and within and not subject and not _CLAUSE_START.search(text[: match.start()]):
        return False  # "… lowers the melting point of the rock above it": "it" is the rock, in the sentence
    if _FRONTED_THEN_PRONOUN.match(text):
        return True  # "In a trial of 11,400 children in Ghana, it cut …": names in the opening phrase are not "it"
    # "he" is a person; "it" is never one ("Georges Cuvier doubted that it was genuine").
    if word in PERSONAL:
        named = [s for s in sentence.spans if may_be_someone(s, sentence)]
    else:
        named = [s for s in sentence.spans if s.kind in NAME_KINDS and s.kind != "person" and not (
            s.kind == "name" and looks_like_a_person(s, sentence.text))]
    first_name = min((s.start - shift for s in named), default=len(text))
    return match.start() < first_name


# "[After thirteen tense days, ]the Soviet leader Nikita Khrushchev[, …,] agreed to remove ": a subject, perhaps a
# span of time before it and an aside after it, then its verb, and the pronoun its object.
_SUBJECT_THEN_VERB = re.compile(
    r"^(?:[A-Z][a-z]+ [^,;:]{0,40}\b(?:seconds|minutes|hours|days|weeks|months|years|decades), )?"
    r"(?P<subject>[A-Za-z][^,;:()]*?)(?:, [^,;:()]+,)? "
    r"(?P<verbs>(?:(?:has|have|had|was|were|will|would|could|did|then|later|also|soon|finally|eventually) )*"
    r"(?:[a-z]+ to )?(?P<verb>[a-z]+)) $"
)
_CLAUSE_IN_SUBJECT = re.compile(r"\b(?:and|or|but|who|which|that|when|where|while|because|if|as|after|before)\b")
# "Visitors to the cathedral reach it": a thing after a preposition in the subject may be the "it".
_THING_IN_SUBJECT = re.compile(r"\b(?:of|to|from|in|at|on|near|for|with) (?:the|a|an) ([^,]+)")


def object_of_its_own_subject(sentence: Sentence) -> bool:
    """Is the sentence's first pronoun an "it" or "them" that its subject's verb acts on ("… rebuilt it")?"""
    text = EXPLETIVE_IT.sub(lambda m: "_" * len(m.group()), strip_connective(sentence.text)[0])
    match = REFERRING.search(text)
    if match is None or match.group().lower() not in ("it", "them") or _VERB_AFTER.match(text, match.end()):
        return False  # ("The Department for Education said it was investing …": "it" says who did)
    return _object_of_its_own_subject(text[: match.start()])


def _object_of_its_own_subject(before: str) -> bool:
    """Is the pronoun the object of a verb whose subject is all that comes before it? "The government of
    Chancellor Olaf Scholz raised it to 12 euros", "Isidore the Younger, nephew of the original architect, rebuilt
    it", "After thirteen tense days, the Soviet leader Nikita Khrushchev agreed to remove them": a subject is not
    its own object (that would be "itself"), so the "it" is the wage, the dome, the missiles of a sentence before.
    ("The river carries sediment to the sea and deposits it", "Visitors to the cathedral reach it" say.)"""
    match = _SUBJECT_THEN_VERB.match(before)
    if match is None or not before[:1].isupper():
        return False
    verb = match.group("verb")
    if not (verb in VERB_FORMS or verb in PRESENT_FORMS or verb.endswith("ed") or verb[2:] in VERB_FORMS):
        return False  # ("re" + "built")
    owner = before[match.start("subject") : match.start("verbs")]
    if _CLAUSE_IN_SUBJECT.search(owner):
        return False
    return not any(
        thing.group(1).split()[-1].lower() not in PERSON_NOUNS for thing in _THING_IN_SUBJECT.finditer(owner)
    )


# "found a way to extract it", "won permission to demolish it", "had no money to repair them": the "it" is neither
# the means nor the one who has it, but what the sentence before told of (blind review 95: "Between 1939 and 1941 a
# team at the University of Oxford led by Howard Florey and Ernst Chain found a way to extract it" is penicillin,
# which only "Fleming was unable to purify penicillin in useful amounts." names).
_MEANS_TO_ACT_ON_IT = re.compile(
    r"\b(?:found|find|finds|devised|developed|sought|had|has|needed|lacked|gave|won|received|got|made|obtained) "
    r"(?:(?:a|an|the|no) )?(?:[a-z]+ )?(?:way|ways|means|method|technique|plan|attempt|bid|chance|permission|licence|"
    r"license|right|money|funds|order|decision|effort|approval) to [a-z-]+ (?:it|them)\b"
)
# Before it, another clause ("The castle fell into ruin, and the council found no money to repair it") or a thing
# in the subject ("Owners of the house sought permission to demolish it") may be what "it" is.
_CLAUSE_OR_THING_BEFORE = re.compile(
    r"[;:]|, (?:and|but|so|which|who|when|where|while)\b|\band (?![A-Z\d])|"
    r"\b(?:which|who|whose|that|when|where|while|because|after|before|until|if|although|it|they)\b|"
    r"\b(?:of|to|for|on|in) (?:the|a|an|its|this|their) [a-z]"
)


def _means_to_act_on_what_came_before(text: str) -> bool:
    """Is an "it" or "them" what a subject found a way, or won permission, to act on, with nothing before the subject's
    verb that it could be?"""
    match = _MEANS_TO_ACT_ON_IT.search(text)
    return match is not None and _CLAUSE_OR_THING_BEFORE.search(text, 0, match.start()) is None


# "Katja Brenner, managing director of the port authority, described it as a vote of confidence", "Later writers
# of the Renaissance, who admired …, dismissed it as 'Gothic'", "Spanish chroniclers such as …, and the mestizo
# author …, described them as trained officials" (blind reviews 70, 83, 93): what one calls something is not
# oneself, nor anything said of oneself, so the "it" is what the sentence before told of.
_CALLED_AS = re.compile(
    r"\b(?:described|dismissed|called|regarded|hailed|praised|critici[sz]ed|branded|labell?ed|welcomed|condemned|"
    r"denounced|characteri[sz]ed|viewed|mocked|ridiculed|derided|saw|sees|describes|regards|calls) (?:it|them) as\b"
    r"(?! (?:an? )?[a-z]+ (?:to|that)\b)"  # ("regarded it as essential that …", "saw it as a duty to …": an empty "it")
)
# A clause before the subject ("When the bridge opened, critics described it as …") or after a first verb ("…
# built a bridge; critics described it as …", "… and later described it as") may name what "it" is; a relative
# clause inside the subject (", who admired …,") is the subject's own.
_CLAUSE_BEFORE_THE_SUBJECT = re.compile(
    r"^(?:When|After|Although|Though|Because|While|If|Once|As|Since|Before|Until)\b|[;:]|"
    r"(?:,|\b) ?(?:and|but|so|yet) (?!(?:the|a|an|his|her|its|their|[A-Z])\b)[a-z]"
)


def _called_by_its_subject(text: str) -> bool:
    """Is an "it" or "them" what the sentence's subject called or judged it to be, with no clause before it that
    could name it?"""
    match = _CALLED_AS.search(text)
    return match is not None and _CLAUSE_BEFORE_THE_SUBJECT.search(text, 0, match.start() + 1) is None


# "… were injured across the region, she said.": the speaker of a report is never someone it names.
_ORGANISATION_SPEAKER = re.compile(r", it (?:said|says|added|reported|announced|estimated)[.!?]?$")
TRAILING_SPEAKER = re.compile(
    r", (?:he|she) (?:said|says|added|adds|told \w+|explained|noted|wrote|warned|stressed)[.!?]?$"
)


def _speaker_unnamed(text: str, sentence: Sentence, shift: int) -> bool:
    """'"… pay for it," he said.': a he or she with nobody named before it in the sentence; or a report that
    ends "…, she said."."""
    match = re.search(r"\b(?:he|she)\b", text, re.IGNORECASE)
    if match is None:
        return False
    if TRAILING_SPEAKER.search(text):
        return True
    return not any(may_be_someone(s, sentence) and s.start - shift < match.start() for s in sentence.spans)


# "While in hiding at Wartburg Castle, he translated …": a name after "at" or "in", or one that ends like a place or
# a building, is not who "he" is.
_PLACE_BEFORE = re.compile(r"\b(?:at|in|near|from|to|into|across|outside|inside|around)\s+(?:the\s+)?$")
_NOBODYS_HEADS = PLACE_HEADS | BUILT_HEADS | ORGANISATION_HEADS


def may_be_someone(span: Span, sentence: Sentence) -> bool:
    if span.kind == "person":
        return True
    if span.kind != "name" or span.text.split()[-1] in _NOBODYS_HEADS:
        return False
    return not _PLACE_BEFORE.search(sentence.text, 0, span.start)


def _object_pronoun_is_someone_else(text: str, sentence: Sentence, shift: int) -> bool:
    """ "Narendra Modi congratulated him": an object pronoun is never the subject of its own clause, so when
    the only person named before it is that subject, the pronoun means someone from an earlier sentence."""
    match = _OBJECT_PERSONAL.search(text)
    if match is None:
        return False
    people = [s for s in sentence.spans if s.kind in ("person", "name") and s.end - shift <= match.start()]
    if len(people) != 1:
        return False
    between = text[people[0].end - shift : match.start()]
    return len(between.split()) <= 4 and not _CLAUSE_BREAK.search(between)


def pronoun_leaned_on(sentence: Sentence) -> str:
    """The word the sentence leans on ("she", "it", "this", "similar"), or "" when it leans on a
    description ("The river …", "the two sides") instead."""
    text = strip_connective(sentence.text)[0]
    if bare_quantifier_subject(text):
        return "some"
    opener = POINTING_OPENER.match(text) or _DEMONSTRATIVE_PRONOUN.match(text)
    if opener:
        return opener.group(1 if opener.re is _DEMONSTRATIVE_PRONOUN else 0).lower()
    text = EXPLETIVE_IT.sub(lambda m: "_" * len(m.group()), text)
    match = REFERRING.search(text)
    described = DESCRIBED_SUBJECT.match(text)
    if described and not described.group().endswith("s"):
        plural = _PLURAL_PRONOUN.search(text, described.end())
        if plural and not _PLURAL_BEFORE.search(text, described.end(), plural.start()):
            return plural.group().lower()  # "The human brain contains 86 billion of them": them, not the brain
    if described and described.group().startswith(DEMONSTRATIVES + ("Its ", "Their ", "His ", "Her ")):
        # "This responsiveness": what the sentence before said; "Her husband": whose?
        return described.group().split()[0].lower()
    if match is None or match.group().lower().startswith(("the ", "both")) or described:
        return ""
    return match.group().lower()


def names_something(sentence: Sentence, hidden: tuple[Span, ...] = ()) -> bool:
    return any(span.kind in NAME_KINDS + ("term",) and span not in hidden for span in sentence.spans)
