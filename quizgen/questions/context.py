"""Make a prompt stand alone: tidy its opening, and supply the sentence its pronouns lean on."""

from __future__ import annotations

import re
from dataclasses import replace

from quizgen.analyse.facts import DATELINE, looks_like_a_person
from quizgen.analyse.gazetteer import PLACE_HEADS
from quizgen.analyse.names import BUILT_HEADS, ORGANISATION_HEADS
from quizgen.model import NAME_KINDS, Analysis, Sentence, Span
from quizgen.questions.verbs import PRESENT_FORMS, VERB_FORMS

# Openers that tie a sentence to the one before without adding meaning of their own.
_CONNECTIVE = re.compile(
    r"^(?:Thus|Hence|However|Therefore|Moreover|Furthermore|Also|In addition|Meanwhile|Nevertheless|"
    r"Nonetheless|Still|Besides|Consequently|As a result|Indeed|Instead|Then|And|But|So),\s+"
)
# Words whose referent lies outside the sentence when nothing named comes before them.
_REFERRING = re.compile(
    r"\b(?:it|its|they|their|them|he|his|him|she|her|this|these|those|such an?|"
    r"the two sides|both sides|the parties|the former|the latter|the two [a-z]+s|both [a-z]+s|the above|"
    r"the (?:two|three|pair|duo)(?= (?:[a-z]+ed|were|had|have|are|did|went|became|began|made|found|met|wrote)\b))\b",
    re.IGNORECASE,
)
_PLURAL_PRONOUN = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)
_PERSONAL = frozenset("he his him she her".split())
_PERSONAL_WORD = re.compile(r"\b(?:he|his|him|she|her)\b", re.IGNORECASE)
# A title that is a name ("Hoover Dam", "Clara Schumann", "Bank of England"), not a headline.
NAME_TITLE = re.compile(r"^[A-Z][\w’'.-]*(?: (?:(?:of|the|and|de|la|von|van) )*[A-Z][\w’'.-]*){0,4}$")
SUBJECT_NAMED_WITHIN = 12
# Titles that name a topic, not one thing "it" could be: "How the Ground Moves", "Causes of the War".
_TOPIC_OPENERS = frozenset(
    "How Why What When Where Who Understanding Introducing Introduction Causes Effects Origins History Principles "
    "Basics Types Kinds".split()
)


def names_one_subject(title: str) -> bool:
    """Does the title name one thing or person a stray "it" or "she" could be? "Hoover Dam", "The Water Cycle",
    "Lise Meitner" do; "Supply and Demand", "How the Ground Beneath Us Moves" and "The Causes of the First
    World War" name a topic, which no pronoun stands for."""
    title = title.strip().partition(" (")[0]  # "Vasa (ship)" names Vasa
    if not NAME_TITLE.match(title) or " and " in title and not title.startswith("The "):
        return False  # ("The Heart and Circulation" is about the heart first)
    words = title.split()
    head = words[1] if words[0] == "The" and len(words) > 1 else words[0]
    return head not in _TOPIC_OPENERS


# "it" or "them" as an object mid-sentence points back within the sentence; as a subject, to the one before.
_OBJECT_PRONOUNS = frozenset("it them him".split())
_FRONTED_THEN_PRONOUN = re.compile(
    r"^(?:In|At|On|After|Before|During|Since|By|Over|Under|Within|Following|Despite|Across|For|Unlike|Like|With|"
    r"Without|Against|Alongside|Through|Having|Between|Among|Throughout|Around|Along|Until|Beyond|Near|Upon|"
    r"(?:[A-Z][a-z]+(?:ed|ing)|Built|Born|Made|Known|Led|Held|Written|Drawn|Taken|Given|Chosen|Shown|Seen|Won) "
    r"(?:by|with|from|to|under|for|in|at|on|as)\b)"
    r"(?:[^,]|,(?=\d)|, (?!(?:it|they|he|she)\b)){0,120}, "  # "Built by Gilbert de Clare, Earl of Gloucester, … it"
    r"(?:it|they|he|she)\b",
)
# An opening infinitive has no subject of its own, so nothing it names is the pronoun after it.
_INFINITIVE_THEN_PRONOUN = re.compile(r"^To [a-z]+\b[^,]{0,120}, (?:it|they|he|she)\b")
# "them" needs something plural before it in its own sentence ("86 billion of them" in "The brain contains
# …" means the neurons of the sentence before).
_PLURAL_BEFORE = re.compile(
    r"^[A-Z][a-z]+(?: [a-z]+)?(?:[^su\W]s|ies)\b|"  # "Plants release water through their leaves", "Severe floods"
    r"\b(?:the|these|those|many|some|all|both|several|few|other|their|its|his|her|our|two|three|four|five|\d[\d,.]*)"
    r"\s+(?:[\w-]+\s+)?(?:[a-z]+[^su\W]s|[a-z]+ies)\b|\b(?:people|men|women|children)\b|"
    r"(?<!\d )\band\b(?! \d)",  # "Smith and Jones … they"; "between 1219 and 1221 they" joins no one
    re.IGNORECASE,
)
# "one of them", "most of these": a share of a group only an earlier sentence names.
_ONE_OF_THEM = re.compile(
    r"\b(?:one|two|three|some|many|most|all|each|none|several|both|either|neither|any|half|few|\d+) of "
    r"(?:them|these|those)\b",
    re.IGNORECASE,
)
_THING_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their|our)\s+[a-z]", re.IGNORECASE)
_OPENING_CLAUSE = re.compile(r"^(?:Because|Since|As|When|If|Although|While|Once|After|Before|By)\b[^,]{8,}, $")
_VERB_AFTER = re.compile(r" (?:\w+ed|is|was|has|had|will|would|can|could|may|might|did|does|remains|became)\b")
_CLAUSE_START = re.compile(
    r"(?:^|[,;:]\s|\b(?:and|but|so|because|when|while|although|that|after|before|until|as)\s)$", re.IGNORECASE
)
# "The Amsterdam-based company …", "The river is formed by …": a description standing for a name the
# article gave earlier, as the subject of the sentence.
_ROLE_NOUNS = (
    r"striker|forward|midfielder|defender|goalkeeper|coach|manager|winger|captain|physicist|chemist|engineer|"
    r"architect|composer|painter|writer|poet|judge|doctor|surgeon|nurse|teacher|professor|chairman|spokesman|"
    r"spokeswoman|spokesperson|widow|founder|inventor|explorer"
)
_DESCRIBED_NOUNS = (
    r"company|firm|group|club|team|country|city|town|river|lake|region|party|alliance|agreement|deal|treaty|"
    r"plan|move|decision|report|study|government|ministry|agency|bank|council|court|organisation|"
    r"organization|university|school|museum|park|island|mountain|war|battle|ship|vessel|ferry|wreck|disease|"
    r"virus|drug|species|process|system|device|product|seats|recall|project|programme|program|law|bill|"
    r"campaign|election|vote|event|festival|competition|tournament|race|side|candidate|player|scientist|"
    r"author|artist|leader|president|minister|official|couple|pair|men|women|people|victims|passengers|"
    r"researchers|scientists|officials|scale|step|stage|cycle|reaction|airline|carrier|order|outage|dam|"
    r"bridge|tower|building|church|cathedral|lighthouse|press|machine|bacterium|strain|crew|fire|blaze|storm|"
    r"flood|earthquake|hurricane|family|utility|union|strike|firm's|company's|trial|vaccine|test|experiment|"
    r"canal|railway|castle|match|final|game|season|treatment|patients|children|book|novel|film|painting|poem|"
    r"review|issue|probe|investigation|inquiry|merger|takeover|acquisition|lawsuit|ruling|verdict|levee|"
    r"clinic|ward|studies|glacier|volcano|species|bird|animal|announcement|change|shore|site|plant|facility|"
    r"expedition|siege|invasion|collapse|contract|transfer|offer|bid|commission|committee|panel|"
    r"reserve|movement|reef|estate|palace|temple|monastery|abbey|fort|fortress|harbour|port|station|mine|valley|"
    r"basin|summit|crater|cave|collection|exhibition|album|opera|symphony|series|magazine|newspaper|speech|"
    r"discovery|invention|technique|design|gang|coin|mission|vehicle|raid|rocket|satellite|theft|robbery|"
    r"thieves|suspects|statue|crown|runway|engine|machines|"
    rf"{_ROLE_NOUNS}"
)
# "the striker", "the physicist": a person only a name says, never a headline.
_DESCRIBED_ROLE = re.compile(rf"\bthe (?!(?:first|only|[a-z]+est) )(?:[\w-]+ )?({_ROLE_NOUNS})\b(?! [A-Z])")
# A subject that is a description, not a name: "The tower was …", "The process releases …", "Its
# walls …", "Under the deal, …". It stands for something the article named before.
_DESCRIBED_SUBJECT = re.compile(
    r"^(?:The|This|That|These|Those|Its|Their|His|Her) (?:[a-z][\w-]* ){0,2}?[a-z][\w-]*\b(?! of [A-Z])|"
    rf"^(?:[A-Z][a-z]+ )(?:[a-z]+ )?(?:the|this|that) (?:[\w-]+ ){{0,1}}?(?:{_DESCRIBED_NOUNS}),"
)
# "According to the CPSC, the company has received …": a described thing later in the sentence is
# explained by the article's title, even when the sentence names something else.
# ("the process by which cells …", "the government of King Louis XVI" say what they describe.)
_DESCRIBED_ANYWHERE = re.compile(
    r"\b(?:the|this|that) (?!(?:first|only|[a-z]+est) )(?:[a-z][\w-]* )??(?!government\b)"
    rf"(?:{_DESCRIBED_NOUNS})\b"
    r"(?! (?:of [A-Z]|(?:by which|in which|through which|that|which|who|whose|where|called|known as)\b))"
)
# "It was reported that …", "it is said that …": an empty "it" that refers to nothing.
# Openers that point at the sentence before without a pronoun: "From there it flows …", "Similar treaties
# followed", "Two years later …", "That year …".
_POINTING_OPENER = re.compile(
    r"^(?:(?:From|Near|Beyond|Below|Above|Around|Past|Over) (?:there|here)\b|(?:By|Until|Since|Before) then\b|"
    r"(?:Inside|Nearby|Beside it|Next to it|Around it|Within it|Below it|Above it)\b|"
    r"There\b(?=,? (?!(?:is|are|was|were|has|have|had|will|would|may|might|can|could|seems?|appears?|remains?)\b))|"
    r"At (?:that|the) time\b|"
    r"(?:Similar|Such|Another|Both|Neither|The same|The other|Other)\b|"
    r"(?:That|The next|The following|The same|The previous) "
    r"(?:year|month|day|week|decade|season|summer|winter|spring|autumn)\b|"
    r"(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|A few) "
    r"(?:years?|months?|days?|weeks?|decades?|centuries|century) (?:later|earlier|afterwards?)\b|"
    # "Within weeks the council chose …", "Within six weeks most of Europe was at war", "Hours later …": of what?
    # ("Within two years of its opening" says of what.)
    r"(?:Within|Inside|After) (?:a few |several |a |an |[\w-]+ )?(?:minutes?|hours?|days?|weeks?|months?|years?)\b"
    r"(?! (?:of|after|before|from)\b)|"
    r"(?:Minutes|Hours|Days|Weeks|Months|Years|Decades) (?:later|afterwards?)\b|"
    r"(?:Similarly|Likewise)\b|"
    # "A revised version was staged in Prague", "A sequel followed in 1998": a version of what?
    r"(?:A|An) (?:[a-z]+ )?(?:version|sequel|successor|remake|revision|adaptation|translation|copy|replica|"
    r"second edition|new edition)\b(?! (?:of|to)\b)|"
    r".*\b(?:is|are|was|were) (?:a |an |another |one )?(?:[\w-]+ )?examples?\.?$)"  # "The X is an example."
)
# "The opposite of inflation is …", "The capital of France": a description that says what it describes.
_SELF_CONTAINED = re.compile(
    r"^The [a-z][\w-]*(?: [a-z][\w-]*)? (?:"
    r"of (?!(?:the|this|that|these|those|its|their|his|her|it|them)\b)[a-zA-Z]|"  # "The opposite of inflation"
    r"(?:that|which|who) [a-z]+s? |between [a-z]|in the [a-z]+ of |"  # "The force that holds atoms together"
    r"(?:on|for|in|at|from|with) (?:a|an) [a-z])"  # "The average rate on a two-year fixed mortgage": a kind of rate
)


def _self_contained(text: str) -> bool:
    """ "The force that holds atoms together …" says what it describes; "The work showed that …" does not."""
    match = _SELF_CONTAINED.match(text)
    if match is None:
        return False
    second = match.group().split()[2]
    return not (second in VERB_FORMS or second in PRESENT_FORMS)


_BARE_QUANTIFIER = re.compile(
    r"^(?:Some|Most|Much|Many|Others|The rest|The remainder|Half|Part)(?: of (?:it|them|this|these))? ([a-z]+)\b"
)


def _bare_quantifier_subject(text: str) -> bool:
    """"Some soaks into the soil", "Most of it evaporates": some of what the sentence before named."""
    match = _BARE_QUANTIFIER.match(text)
    if match is None:
        return False
    word = match.group(1)
    return " of " in match.group() or word in VERB_FORMS or word in PRESENT_FORMS and word.endswith("s")


# "signed the same agreement", "A similar event in 1871": the same as what? ("at the same time" is no pointer.)
_SAME_AS_BEFORE = re.compile(r"\b(?:[Tt]he same|[Aa] similar|[Aa]nother such) (?!(?:time|way|year|period)\b)[a-z]+")
# Words ending in -er that compare nothing.
_NOT_COMPARATIVE = (
    r"(?:after|under|over|never|ever|other|together|rather|either|neither|whether|later|earlier|water|number|"
    r"order|power|paper|member|border|winter|summer|matter|river|center|centre|computer|leader|manager|officer|"
    r"her|per|offer|cover|enter|consider|deliver|gather|answer|suffer|wonder|remember|corner|danger|career|"
    r"player|owner|partner|minister|teacher|writer|worker|farmer|soldier|ruler|founder|engineer|designer|"
    r"painter|singer|quarter|letter|chapter|master|sister|brother|daughter|mother|father|tower|theater|chamber)\b"
)
# "formed in this way", "The Mississippi, by contrast, …", "Ricardo went further", "both machines", "The last one
# was held in …": a comparison or a pointer only the sentence before completes; no title says what it is.
_ONLY_THE_SENTENCE_BEFORE = re.compile(
    r"\b(?:in (?:this|that|the same|a similar) (?:way|fashion|manner)|by contrast|in contrast|(?:went|goes|go) "
    r"further|both [a-z]+s|the (?:last|next|first|previous|other) one|the (?:former|latter)|"
    r"the (?:two|three) (?:men|women|machines|countries|sides|companies|cities|men's)|"
    # "The slope is much steeper, about 1 in 50": steeper than what? ("made the engine far more efficient" and
    # "the air becomes clearer" tell of a change, which compares the thing with itself.)
    r"(?<!whichever )(?<!whatever )(?:is|are|was|were) (?:(?:much|far|even|still|slightly|considerably|"
    rf"significantly|somewhat) )?(?!{_NOT_COMPARATIVE})(?-i:[a-z]{{3,}}er|more [a-z]+|less [a-z]+)\b"
    r"(?![^.;]*\bthan\b)(?=[,.;]| (?:and|but|so|because|as|at|in|on)\b)"
    r")\b",
    re.IGNORECASE,
)
# "When the king refused, …", "Hilbert replied that …", "Ford followed suit": refused what, replied to whom? In a
# later clause the sentence itself may say ("… invited him to his court, but Zeno declined").
_ELIDED_OBJECT = re.compile(
    r"^[^,;:]*?\b(?:(?:refused|declined|relented|complied|objected|agreed|accepted|conceded)(?=[,;:.]| and\b| but\b)|"
    r"(?:replied|retorted|responded)(?! to\b)|followed suit|did (?:so|likewise|the same))"
)
# "… the following year", "… that same day": a time that only the sentence before can say.
_POINTING_TIME = re.compile(
    r"\b(?:the following|the next|the previous|that same|that) (?:year|month|day|week|decade|century)\b|"
    # "reached the port about 40 minutes later": later than what?
    r"\b(?:minutes|hours|days|weeks|months|years|decades|a (?:minute|day|week|month|year|decade)|an hour) later\b|"
    r"\b(?i:soon|shortly|not long|immediately) afterwards?\b(?! (?:the|a|an|his|her|its|their|[A-Z\d]))"
)


_TIME_UNIT = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$")


def _time_points_back(text: str, sentence: Sentence, shift: int) -> bool:
    """ "He died in Guarujá that year": which year? "In 1837 he began law and switched the following year" and
    "… separated about 27 minutes after launch, and … shortly afterwards" say so themselves."""
    match = _POINTING_TIME.search(text)
    return match is not None and not any(
        span.kind in ("year", "date") and span.start - shift < match.start()
        or span.kind == "quantity" and _TIME_UNIT.search(span.text) and span.end - shift < match.start()
        for span in sentence.spans
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
_DEMONSTRATIVES = ("This ", "That ", "These ", "Those ")
# Pronouns a title naming a thing or a person can stand for; "they", "these" or "this" need a sentence.
_TITLE_PRONOUNS = frozenset("it its he his him she her".split())
_EXPLETIVE_IT = re.compile(
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


def _points_back(text: str, sentence: Sentence, shift: int) -> bool:
    """Does the sentence point at the one before with no pronoun a title could stand for: "Similar treaties
    followed", "that year", "Some soaks into the soil", "linked to a similar raid", "The slope is much steeper",
    "When the king refused", "saw this as a threat"? Only the sentence before says what is meant."""
    return bool(
        _POINTING_OPENER.match(text)
        or _time_points_back(text, sentence, shift)
        or _bare_quantifier_subject(text)
        or _SAME_AS_OPENER.match(text)
        or _ONLY_THE_SENTENCE_BEFORE.search(text)
        or _ELIDED_OBJECT.match(text)
        or _demonstrative_object(text)
    )


# "A similar event in 1871 …", "The same species …": at the start, the same as something only the sentence before
# told of. Later in a sentence "the same" often looks back within it ("each flower … on the same plant").
_SAME_AS_OPENER = re.compile(r"(?:The same|A similar|Another such) (?!(?:time|way|year|period)\b)[a-z]+")


def leans_on_previous(sentence: Sentence) -> bool:
    """True when a pronoun or vague reference comes before anything named in the sentence that it could
    stand for (a person for "he"/"her", any name for "it"/"they")."""
    text = strip_connective(sentence.text)[0]
    shift = len(sentence.text) - len(text)
    # ("The vertical columns are called groups" names what it describes: it leans on nothing either)
    defined_here = any(span.kind == "term" and (
        span.start - shift <= 4 or _NAMED_BEFORE.search(text, 0, max(0, span.start - shift))
    ) for span in sentence.spans)
    if _DESCRIBED_SUBJECT.match(text) and not _self_contained(text) and not defined_here:
        return True  # ("The heart is a muscular organ …" defines "heart": it leans on nothing)
    if _points_back(text, sentence, shift) or _object_pronoun_is_someone_else(text, sentence, shift):
        return True
    if _SAME_AS_BEFORE.search(text):
        return True  # "… to use the same vehicle next year": same as what? (a title may say)
    if _there_points_back(text, sentence, shift):
        return True
    text = _EXPLETIVE_IT.sub(lambda m: "_" * len(m.group()), text)
    if _speaker_unnamed(text, sentence, shift):
        return True
    match = _REFERRING.search(text)
    if not match:
        return False
    word = match.group().lower()
    if word.startswith(("the ", "both")):
        return True
    subject = _VERB_AFTER.match(text, match.end()) is not None  # "In tests it removed …": "it" does something
    if word in ("this", "these") and _OPENING_CLAUSE.match(text[: match.start()]):
        return False  # "Because blood passes through the heart twice, this arrangement is called …"
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
    if word in _OBJECT_PRONOUNS and within and not subject and not _CLAUSE_START.search(text[: match.start()]):
        return False  # "… lowers the melting point of the rock above it": "it" is the rock, in the sentence
    if _FRONTED_THEN_PRONOUN.match(text):
        return True  # "In a trial of 11,400 children in Ghana, it cut …": names in the opening phrase are not "it"
    # "he" is a person; "it" is never one ("Georges Cuvier doubted that it was genuine").
    if word in _PERSONAL:
        named = [s for s in sentence.spans if s.kind in ("person", "name")]
    else:
        named = [s for s in sentence.spans if s.kind in NAME_KINDS and s.kind != "person" and not (
            s.kind == "name" and looks_like_a_person(s, sentence.text))]
    first_name = min((s.start - shift for s in named), default=len(text))
    return match.start() < first_name


# "… were injured across the region, she said.": the speaker of a report is never someone it names.
_TRAILING_SPEAKER = re.compile(
    r", (?:he|she) (?:said|says|added|adds|told \w+|explained|noted|wrote|warned|stressed)[.!?]?$"
)


# "founded an organ school there in 1881", "Passengers there waited": a place named before it, or in the sentence
# before. (At a clause's start, or before "is" or "lived", "there" is empty: "and there was no room".)
_PLACE_THERE = re.compile(
    r"(?<=[a-z] )(?<!\band )(?<!\bbut )(?<!\bso )(?<!\bthat )(?<!\bwhere )(?<!\bwhen )(?<!\bif )(?<!\bas )"
    r"(?<!\bwhile )(?<!\bthen )(?<!\bhere and )there\b(?! (?:is|are|was|were|has|have|had|will|would|may|might|must|"
    r"should|can|could|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|lived|came|used|being|be)\b)"
)


def _there_points_back(text: str, sentence: Sentence, shift: int) -> bool:
    """ "Janáček founded an organ school there": where? "Returning to Brno, Janáček founded … there" and
    "Students of the university have included Copernicus, who studied there" say where themselves."""
    match = _PLACE_THERE.search(text)
    if match is None or _DESCRIBED_ANYWHERE.search(text, 0, match.start()):
        return False
    return not any(_may_be_a_place(span, sentence) and span.end - shift <= match.start() for span in sentence.spans)


def _may_be_a_place(span: Span, sentence: Sentence) -> bool:
    """ "Brno", "the Sorbonne", "the stronghold of Tarbatu": a name "there" may stand for; "Janáček founded",
    a name doing something, is someone."""
    if span.kind != "name":
        return span.kind in ("place", "organisation")
    following = re.match(r"\s+([a-z]+)", sentence.text[span.end :])
    return following is None or following.group(1) not in VERB_FORMS and following.group(1) not in PRESENT_FORMS


# "saw this as a threat", "dreaming about this since …": "this" standing for what the sentence before said.
_DEMONSTRATIVE_OBJECT = re.compile(
    r"(?<=[a-z] )(?:this|these)(?=[,.;:!?”\"]| (?:as|in|on|at|by|for|with|from|into|to|since|until|was|is|were|"
    r"are|would|will|had|has|could|can|may|might|meant|means|led|leads|happened)\b)"
)
# After these, "this" is the subject of a clause and may sum up the clause before it in the same sentence.
_CLAUSE_WORDS = frozenset("and but so or because since although though while when as if that which whereas".split())


def _demonstrative_object(text: str) -> bool:
    """ "Austria-Hungary … saw this as a threat": a bare "this" after a verb or preposition points back out of the
    sentence; "… rose in 1923, and this led to unrest" sums up its own first clause."""
    for match in _DEMONSTRATIVE_OBJECT.finditer(text):
        before = text[: match.start()].split()
        if before and before[-1] not in _CLAUSE_WORDS:
            return True
    return False


def _speaker_unnamed(text: str, sentence: Sentence, shift: int) -> bool:
    """'"… pay for it," he said.': a he or she with nobody named before it in the sentence; or a report that
    ends "…, she said."."""
    match = re.search(r"\b(?:he|she)\b", text, re.IGNORECASE)
    if match is None:
        return False
    if _TRAILING_SPEAKER.search(text):
        return True
    return not any(s.kind in ("person", "name") and s.start - shift < match.start() for s in sentence.spans)


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


def _pronoun_leaned_on(sentence: Sentence) -> str:
    """The word the sentence leans on ("she", "it", "this", "similar"), or "" when it leans on a
    description ("The river …", "the two sides") instead."""
    text = strip_connective(sentence.text)[0]
    if _bare_quantifier_subject(text):
        return "some"
    opener = _POINTING_OPENER.match(text) or _DEMONSTRATIVE_PRONOUN.match(text)
    if opener:
        return opener.group(1 if opener.re is _DEMONSTRATIVE_PRONOUN else 0).lower()
    text = _EXPLETIVE_IT.sub(lambda m: "_" * len(m.group()), text)
    match = _REFERRING.search(text)
    described = _DESCRIBED_SUBJECT.match(text)
    if described and not described.group().endswith("s"):
        plural = _PLURAL_PRONOUN.search(text, described.end())
        if plural and not _PLURAL_BEFORE.search(text, described.end(), plural.start()):
            return plural.group().lower()  # "The human brain contains 86 billion of them": them, not the brain
    if described and described.group().startswith(_DEMONSTRATIVES + ("Its ", "Their ", "His ", "Her ")):
        # "This responsiveness": what the sentence before said; "Her husband": whose?
        return described.group().split()[0].lower()
    if match is None or match.group().lower().startswith(("the ", "both")) or described:
        return ""
    return match.group().lower()


def _names_something(sentence: Sentence, hidden: tuple[Span, ...] = ()) -> bool:
    return any(span.kind in NAME_KINDS + ("term",) and span not in hidden for span in sentence.spans)


def needs_the_title(sentence: Sentence, hidden: tuple[Span, ...]) -> bool:
    """Is the title all that says what the sentence is about, once its answer is hidden? "Annual inflation stood
    at 1.55 percent, within [Bank Indonesia]'s target range" names nothing else; "A [bill] is a proposed law"
    defines its term and needs nothing. A title that gives the answer away cannot be shown, and such a sentence
    is then not asked."""
    return not _names_something(sentence, hidden) and not any(span.kind == "term" for span in hidden)


def title_context(title: str) -> str:
    return f"From “{title}”:" if title else ""


def context_for(sentence: Sentence, analysis: Analysis, hidden: tuple[Span, ...] = ()) -> str | None:
    """What must stand before the sentence for a student to understand it without the article.

    "" when it stands alone; the previous sentence when a pronoun leans on it and that sentence names
    someone or something; the article's title when the sentence names nothing of its own; None when
    nothing makes it clear, and the sentence is better not asked.
    """
    title = title_context(analysis.document.title)
    if len(_SPACED_DASH.findall(sentence.text)) >= _DASHES_IN_A_LIST:
        return None  # "Dorothea Brooke – the heroine Edward Casaubon – a clergyman …": a list's lines run together
    quotation = _quotation_left_open(sentence.text)
    if quotation:
        # A quotation of several sentences: one that ends it is asked with the sentence that opened it; one
        # that opens it would need the sentences after it, and is not asked.
        previous = _previous_in_section(sentence, analysis)
        if quotation == "closes" and previous is not None and _quotation_left_open(previous.text) == "opens":
            return f"{title} {previous.text}".strip()
        return None
    text = strip_connective(sentence.text)[0]
    many = _one_of_the_titles_many(text, analysis)
    if many:
        # "… the slope of the front …" under "Weather Fronts": which front? The sentence before may say.
        previous = _previous_in_section(sentence, analysis)
        if previous is None or many not in previous.text.lower() or leans_on_previous(previous):
            return None
        return f"{title} {strip_connective(previous.text)[0]}"
    if not leans_on_previous(sentence):
        described = _DESCRIBED_ANYWHERE.search(text) is not None
        # In an entry about one thing or person, a stray "its", "her" or "the glacier" means that subject,
        # even when the sentence names someone or something else first.
        about_subject = bool(title) and _refers_to_title_subject(text, analysis)
        # In a biography, a sentence that names nobody ("A journey to Italy in 1839 proved decisive") is
        # about its subject: the title says whose journey.
        nobody = bool(title) and _title_names_person(analysis) and not any(
            s.kind == "person" and s not in hidden for s in sentence.spans
        )
        # A sentence that names one thing is asked about it too, with that name hidden and the title before it:
        # its other items get the title as well, so one sentence reads the same in every item made from it.
        named = sum(span.kind in NAME_KINDS + ("term",) for span in sentence.spans)
        if named >= 2 and _names_something(sentence, hidden) and not described and not about_subject and not nobody:
            return ""
        if described and not about_subject:
            # "When the bridge opened …" in "Emily Warren Roebling", "… linked the group to 15 attacks" under a
            # headline: the sentence before says which bridge or group, when it does, better than a title.
            previous = _previous_in_section(sentence, analysis)
            explained = previous is not None and _explains(previous, text) and _mentions_described(previous, text)
            if explained and not _owner_named_before(text):
                return strip_connective(previous.text)[0]
            # A headline or title says what "the announcement" or "the northern shore" is, but not who "the
            # striker" is: people are named, or the sentence is not asked.
            role = _DESCRIBED_ROLE.search(text)
            if role and role.group(1)[:5] not in analysis.document.title.lower():
                return None
        return title
    pronoun = _pronoun_leaned_on(sentence)
    shift = len(sentence.text) - len(text)
    # The title says which canal "The canal" is, or who "he" is; never which year "that year" is, or than what
    # "much steeper" is.
    points_back = _points_back(text, sentence, shift)
    title_says = bool(title) and not points_back
    if title_says and not pronoun and _describes_title_subject(text, analysis):
        return title  # "The canal cost $7,143,789." in "Erie Canal"
    one_thing = _names_one_thing(analysis) and not _title_names_person(analysis)
    if title_says and not pronoun and one_thing and _one_thing_described(text):
        return title  # "The building is famous for its dome" in "Hagia Sophia"; not "The two canals"
    # In a biography "she" is its subject: the title says so more surely than the sentence before.
    if title_says and pronoun in _PERSONAL and _title_resolves(pronoun, analysis):
        return title
    previous = _previous_in_section(sentence, analysis)
    # Only a biography's title, or a sentence naming someone, says who "he" is.
    nobody = previous is not None and _speaker_unexplained(text, previous)
    if nobody and not (title and _title_resolves(nobody, analysis)):
        previous = None
    if previous is not None and _explains(previous, text):
        before = strip_connective(previous.text)[0]
        describes = _DESCRIBED_SUBJECT.match(before) is not None or _DESCRIBED_ANYWHERE.search(before) is not None
        if title and (not _names_something(previous) or _refers_to_title_subject(before, analysis) or (
            describes and _title_resolves("", analysis, before)
        )):
            # "When sunlight warms the sea, … This process is called evaporation."; "The lake's … The largest"
            return f"{title} {before}"
        described = _DESCRIBED_ANYWHERE.search(text)
        if title and described and not NAME_TITLE.match(analysis.document.title.strip()):
            noun = described.group().split()[-1].lower()
            if noun[:5] not in before.lower():
                # "Halvorsen acknowledged the risk. She said the company …": the headline names the company.
                return f"{title} {before}"
        return before
    # "It contains 41 islands. The largest, …" in "Lake Titicaca": the title says what "it" is, and the
    # sentence before then says what "the largest" is one of.
    if previous is not None and title:
        leaned = _pronoun_leaned_on(previous)
        if leaned in _TITLE_PRONOUNS and _title_resolves(leaned, analysis) and _explains(previous, text, lean_ok=True):
            return f"{title} {strip_connective(previous.text)[0]}"
    if points_back:
        return None  # "in this way", "by contrast", "a similar event": no title completes a comparison
    # A headline rarely says who "he" or "it" is, but it does say who "the parties" or "the river" are,
    # and a biography's title says who "she" is.
    # ("The median sales price in Ohio rose …" is anchored by its own name; "The river crested …" is not.)
    anchored = "" if _names_something(sentence) else text
    if title and _title_resolves(pronoun, analysis, anchored):
        if pronoun in ("it", "its") and previous is not None and _names_another_thing(previous, analysis):
            # "The highest point is Pico do Fogo, an active volcano. Its most recent eruption …" in "Cape Verde":
            # "its" may be the volcano as well as the country, and the sentence before says so.
            return f"{title} {strip_connective(previous.text)[0]}"
        return title
    return None


def _names_another_thing(previous: Sentence, analysis: Analysis) -> bool:
    """Does the sentence before name a place or thing other than the entry's subject, which a following "it"
    may stand for ("By 264 BC Rome controlled …" in "The Roman Republic")? Not when it is itself about the
    subject ("The treaty allowed Russia …" in "Treaty of Nerchinsk", "… it bought Salora" in "Nokia"), or leans
    on someone no title names ("On 17 June 1397 he was crowned …")."""
    title = analysis.document.title.strip().partition(" (")[0]
    text = strip_connective(previous.text)[0]
    nouns = _described_nouns(text) if _DESCRIBED_SUBJECT.match(text) else []
    if any(noun in title.lower().split() for noun in nouns) or _pronoun_leaned_on(previous):
        return False
    return any(
        _may_be_a_place(span, previous) and not looks_like_a_person(span, previous.text)
        and not _names_title(span.text, title) and span.text not in title
        for span in previous.spans
    )


# "When did a suspension bridge open?": the question's subject is an indefinite description.
_INDEFINITE_SUBJECT = re.compile(
    r"^(?:When|Where|Who|Whom|What|Which|Why|How(?: [a-z]+)?) (?:did|does|do|was|were|is|are|has|have|had|will|would) "
    r"((?:a|an) [a-z][\w-]*(?: [a-z][\w-]*)?)"
)
_WH_OPENING = re.compile(
    r"^(?:When|Where|Who|Whom|What|Which|Why|How(?: [a-z]+)?)(?: [a-z]+)? "
    r"(?:did|does|do|was|were|is|are|has|have|had|will|would) "
)
# "in the area", "the company": a description, which the sentence before may have been there to explain.
_DEFINITE = re.compile(r"\bthe (?!(?:first|last|same|most|world|[a-z]+est)\b)[a-z][\w-]*\b(?! of\b)")
_NAME_AND_COMMA = re.compile(r"[A-Z][\w’'-]*(?: (?:of |the )?[A-Z][\w’'-]*)*, $")


def question_context(question: str, sentence: Sentence, before: str) -> str | None:
    """What a wh-question made from the sentence keeps of the sentence before the sentence needed: all of it
    while the question still leans on it ("Since when have labour relations in the area been tense?"), else "".
    None when the question dropped what the sentence said itself, so that it leans where the sentence did not
    ("Returning to Brno, Janáček founded an organ school there" -> "When did Janáček found an organ school
    there?"), or asks about "a suspension bridge" the sentence named ("the Forth Road Bridge, a suspension
    bridge opened in 1964"): the sentence is then better asked with a blank."""
    subject = _INDEFINITE_SUBJECT.match(question)
    if subject is not None:
        at = sentence.text.find(subject.group(1))
        if at > 0 and _NAME_AND_COMMA.search(sentence.text, 0, at):
            return None
    if not before:
        # The sentence's own names, where the question kept them, are still there for its pronouns.
        kept = tuple(
            replace(span, start=at, end=at + len(span.text))
            for span in sentence.spans
            if (at := question.find(span.text)) >= 0
        )
        asked = replace(sentence, text=question, spans=kept)
        return None if leans_on_previous(asked) and not leans_on_previous(sentence) else ""
    # "When was a sequel released?" leans as "A sequel was released …" did.
    stem = _WH_OPENING.sub("", question)
    stem = stem[:1].upper() + stem[1:]
    still_leans = any(leans_on_previous(replace(sentence, text=asked, spans=())) for asked in (question, stem))
    return before if still_leans or _DEFINITE.search(question) else ""


_SPACED_DASH = re.compile(r" [–—-] ")
_DASHES_IN_A_LIST = 3  # a sentence has at most a pair of dashes around an aside


def _quotation_left_open(text: str) -> str:
    """ "opens" for '"I have been dreaming about this since I was a kid in Edinburgh.', whose quotation goes on
    in the next sentence; "closes" for 'Inspections are rare," said Jayesh Solanki.', which ends one the sentence
    before opened; "" when its quotation marks pair up."""
    curly_open, curly_close = text.count("“"), text.count("”")
    if curly_open != curly_close:
        return "opens" if curly_open > curly_close else "closes"
    straight = [match.start() for match in re.finditer('"', text)]
    if len(straight) % 2 == 0:
        return ""
    first = straight[0]
    closing = first > 0 and text[first - 1] in ",.!?…"
    return "closes" if closing else "opens"


def _previous_in_section(sentence: Sentence, analysis: Analysis) -> Sentence | None:
    # Walk back by index: slicing the sentences for every fact would copy a book's worth each time.
    earlier = (analysis.sentences[i] for i in range(sentence.index - 1, -1, -1))
    return next((s for s in earlier if not s.is_heading and s.section == sentence.section), None)


# "the two", "the pair": people only a sentence naming both explains ("the two countries" says what they are).
_THE_TWO = re.compile(r"\bthe (?:two|three|pair|duo)\b(?! [a-z]+s\b)", re.IGNORECASE)
# "this rate", "these cells": a noun the sentence before may have used ("that" is as often a conjunction, and
# "this year" points at a time, not at a word).
_DEMONSTRATED_NOUN = re.compile(
    r"\b(?:this|these|those) (?!(?:the|its|his|her|their|our|is|was|are|were|year|month|week|day|time|"
    r"morning|evening|summer|winter|spring|autumn|season|century|decade)\b)([a-z]{3,})\b"
)
# A quotation or first-person aside brings its own unexplained "I" and "we": it explains nothing.
_SPOKEN = re.compile(r"^[“\"‘']|\b(?:[Mm]y|[Ww]e|[Oo]ur)\b|\bI (?=[a-z’'])")
# What kind of name a described subject stands for: "The company" for an organisation, "the river" a place.
_DESCRIBED_KIND = {
    **dict.fromkeys(
        "company firm group club team bank agency ministry council court airline carrier utility union".split(),
        ("organisation", "name"),
    ),
    **dict.fromkeys("country city town".split(), ("place", "name")),  # "the river" needs a river named
    **dict.fromkeys(
        "scientist author artist leader president minister official player candidate couple pair".split(),
        ("person", "name"),
    ),
}


def _explains(previous: Sentence, text: str, lean_ok: bool = False) -> bool:
    """Can the sentence before stand in front of this one? It must stand alone itself, name something (unless
    this one only sums it up: "This process …"), not be an unattributed quotation, and — for "The report …"
    — mention a report, or at least a name of the right kind."""
    if _THE_TWO.search(text) and sum(span.kind in ("person", "name") for span in previous.spans) < 2:
        return False  # "In 1917 the two identified …" needs a sentence naming both, not "At first she …"
    described = _DESCRIBED_SUBJECT.match(text)
    sums_up = described is not None and described.group().startswith(_DEMONSTRATIVES)
    # "… increases at so high a rate … Man has doubled in 25 years, and at this rate …": the word itself
    demonstrated = _DEMONSTRATED_NOUN.search(text)
    sums_up = sums_up or (
        demonstrated is not None
        and demonstrated.group(1)[:5] in previous.text.lower()
        and not leans_on_previous(previous)
    )
    if not _names_something(previous) and not sums_up and not lean_ok:
        return False  # (with lean_ok the title goes in front, and says what the sentence before is about)
    quoted = _SPOKEN.search(previous.text) is not None or previous.text.startswith(("“", '"'))
    if quoted and not _attributed(previous):
        return False
    pronoun_after = described is not None and _REFERRING.search(_EXPLETIVE_IT.sub("", text), described.end())
    if pronoun_after and pronoun_after.group().lower() in ("it", "its") and not described.group().endswith("s"):
        pronoun_after = None  # "The original canal was 40 feet wide, and it used 83 locks": "it" is the canal
    leaning = not quoted and not lean_ok and leans_on_previous(previous)
    # "Atoms are most stable when this outer shell is full. This idea is called …": a "this" inside the
    # sentence before does not stop it from being what "This idea" sums up.
    inner_this = sums_up and _pronoun_leaned_on(previous) in ("this", "these") and not previous.text.startswith("Th")
    # "The walkout followed talks between the Coastal Stevedores Union and …" explains "The union …", though
    # it opens with a description of its own; "the parties" inside it would explain nothing.
    names_it = (
        described is not None
        and _DESCRIBED_SUBJECT.match(strip_connective(previous.text)[0]) is not None
        and not _REFERRING.search(previous.text)
        and any(noun[:5] in previous.text.lower() for noun in _described_nouns(text))
    )
    described_only = described is not None and not pronoun_after and not names_it
    if leaning and not inner_this and (_pronoun_leaned_on(previous) or described_only):
        # "The basic unit of the nervous system is the neuron." may explain a "them"; "He did" explains
        # nothing, and "The tower was made of granite." does not say which tower "The tower is 35 m tall" is.
        return False
    if described is None or pronoun_after or sums_up:
        # "The human brain contains 86 billion of them": "them" is what the sentence before explains;
        # "This responsiveness …" sums up the sentence before under another word.
        return True
    nouns = _described_nouns(text)
    if not nouns or any(noun[:5] in previous.text.lower() for noun in nouns):
        return True
    if nouns[-1].endswith("est") or nouns[-1] in _PICKING_WORDS:
        return True  # "The largest, …", "The remaining 10 percent": one of what the sentence before named
    kinds = _DESCRIBED_KIND.get(nouns[-1].rstrip("s"))
    return kinds is not None and any(span.kind in kinds for span in previous.spans)


def _speaker_unexplained(text: str, previous: Sentence) -> str:
    """ "Crews came from Leeds and Bradford, he said.": the speaker of a report is never someone it names, so
    only a sentence before that names someone (or a biography's title) says who. Returns "he" or "she" when
    the sentence before names nobody, else ""."""
    match = _TRAILING_SPEAKER.search(text)
    if match is None or any(_may_be_someone(span, previous) for span in previous.spans):
        return ""
    return "she" if " she " in match.group() else "he"


# "in Armley", "from Leeds": a name of no kind the analyser knows is a place after these, not a speaker.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|across|around)\s+(?:the\s+)?$")


def _may_be_someone(span: Span, sentence: Sentence) -> bool:
    return span.kind == "person" or span.kind == "name" and not _PLACE_BEFORE.search(sentence.text, 0, span.start)


# "Nordvik's chief executive … told reporters the company would …": a name's possessive before the description.
_POSSESSIVE_NAME = re.compile(r"\b[A-Z][\w-]+['’]s\b")


def _owner_named_before(text: str) -> bool:
    """ "Nordvik's chief executive, Mette Halvorsen, told reporters the company would sell …": the sentence names
    whose company it is before it says "the company"; the sentence before has nothing to add."""
    described = _DESCRIBED_ANYWHERE.search(text)
    noun = described.group().split()[-1].lower() if described else ""
    owner = described is not None and _POSSESSIVE_NAME.search(text, 0, described.start()) is not None
    return owner and "organisation" in _DESCRIBED_KIND.get(noun, ())


def _mentions_described(previous: Sentence, text: str) -> bool:
    """Does the sentence before name what "the group" or "the bridge" in this one is (the noun itself, or
    a name of the kind the noun stands for)?"""
    described = _DESCRIBED_ANYWHERE.search(text)
    if described is None:
        return False
    noun = described.group().split()[-1].lower()
    kinds = _DESCRIBED_KIND.get(noun.rstrip("s"), ())
    if "place" in kinds:
        kinds = ("place",)  # "the town's mayor" is not explained by "after Casaubon's death", a name of no known kind
    return noun[:5] in previous.text.lower() or any(span.kind in kinds for span in previous.spans)


def _attributed(previous: Sentence) -> bool:
    """'“We are fighting on three fronts,” said Dana Whitfield, the fire chief.': a quotation that says who
    spoke explains the "she" that follows."""
    closing = max(previous.text.rfind("”"), previous.text.rfind('"'))
    return closing > 0 and any(span.kind in ("person", "name") and span.start > closing for span in previous.spans)


def _described_nouns(text: str) -> list[str]:
    """The words of an opening description, up to its verb: "The old bridge, called …" -> old, bridge; up to
    its owner: "The company's shares rose …" -> company."""
    found = []
    for word in re.findall(r"[\w'-]+|[^\w\s]", text)[1:4]:
        lowered = word.lower()
        verb = lowered in VERB_FORMS or lowered in PRESENT_FORMS
        # "The report comes": report is a noun; so is "point" in "The highest point is …", after a superlative.
        noun_after_superlative = bool(found) and found[-1].endswith("est") and lowered not in VERB_FORMS
        if not word[0].isalpha() or not word.islower() or verb and found and not noun_after_superlative:
            break
        if lowered.endswith("'s"):
            found.append(lowered[:-2])
            break
        found.append(lowered)
    return found


def _describes_title_subject(text: str, analysis: Analysis) -> bool:
    """ "The original canal was …" in an entry titled "Erie Canal": the description is the title's subject."""
    # "Vasa (ship)": an entry's title may say what kind of thing its name is.
    name, _, kind = analysis.document.title.strip().partition(" (")
    described = _DESCRIBED_SUBJECT.match(text)
    if described is None or not NAME_TITLE.match(name):
        return False
    heads = {name.split()[-1].lower(), kind.rstrip(")").split()[-1].lower() if kind.strip(")") else ""}
    return described.group().rstrip(",").split()[-1].lower() in heads


_PICKING_WORDS = frozenset("remaining rest first second third last latter former other next same previous".split())


def _one_thing_described(text: str) -> bool:
    """"The building …", "The present church …": one thing, which an entry about one thing is about; "The
    largest, …" or "The remaining 10 percent" is one of several things the sentence before named."""
    nouns = _described_nouns(text) if text.startswith("The ") else []
    if nouns and (nouns[-1].endswith("est") or nouns[-1] in _PICKING_WORDS):
        return False
    counted = any(word in ("two", "three", "four", "both", "other", "first", "second") for word in nouns)
    # "its dome" is the building's; "doubted that it was genuine" is something else again.
    other = re.search(r"\b(?:it|they|them|their|he|him|his|she|her|this|these|those)\b", text, re.IGNORECASE)
    return bool(nouns) and not counted and not other and (not nouns[-1].endswith("s") or nouns[-1].endswith("ss"))


def _refers_to_title_subject(text: str, analysis: Analysis) -> bool:
    """In an entry titled with a name ("Aletsch Glacier", "Clara Schumann"): does the sentence speak of
    that subject ("its flank", "wrote to her", "the glacier's edge") without naming it?"""
    title = analysis.document.title.strip()
    if not NAME_TITLE.match(title) or _names_title(text, title):
        return False
    if _PERSONAL_WORD.search(text):
        return _title_resolves("she" if re.search(r"\b(?:she|her)\b", text, re.IGNORECASE) else "he", analysis)
    if re.search(r"\b(?:it|its)\b", _EXPLETIVE_IT.sub("", text), re.IGNORECASE):
        return not _title_names_person(analysis)
    head = title.split()[-1].lower()
    return len(head) > 3 and re.search(rf"\bthe {re.escape(head)}\b", text, re.IGNORECASE) is not None


def _names_title(text: str, title: str) -> bool:
    """ "Aletsch has been shrinking" names "Aletsch Glacier", "Leavitt's law" names "Henrietta Swan Leavitt";
    "The Aletsch Forest" names something else."""
    if title in text:
        return True
    words = title.split()
    first = next((w for w in words if w[:1].isupper() and w not in ("The", "A", "An", "On")), words[0])
    following = words[words.index(first) + 1 : words.index(first) + 2]
    for match in re.finditer(rf"\b{re.escape(first)}\b", text):
        after = re.match(r"(?:[’']s)?\s+([A-Z][\w-]*)", text[match.end() :])
        if after is None or [after.group(1)] == following:
            return True
    surname = words[-1]
    return re.search(rf"\b{re.escape(surname)}\b(?!\s+[A-Z])", text) is not None


def _names_one_thing(analysis: Analysis) -> bool:
    """"Falkirk Wheel" names one thing, which the article then writes with capitals; "Supply and Demand"
    or "Plate Tectonics" names a topic, which the article writes in lower case."""
    title = analysis.document.title.strip()
    if not NAME_TITLE.match(title) or " " not in title or title.startswith("The "):
        return False
    lowered = title.lower()
    return not any(lowered in s.text for s in analysis.sentences[1 : SUBJECT_NAMED_WITHIN * 2])


def _headline_names(text: str, title: str, analysis: Analysis) -> bool:
    """Does the headline name what the sentence's description stands for? "The company" or "the parties"
    under a headline that names someone, yes; "The river crested" under "Floods force 600 from homes",
    only if the headline speaks of a river."""
    if _DESCRIBED_SUBJECT.match(text):
        nouns = _described_nouns(text)
    else:
        described = _DESCRIBED_ANYWHERE.search(text)
        nouns = [described.group().split()[-1].lower()] if described else []
    if not nouns:
        return True
    if _one_of_many_in(title, nouns[-1]) and not _plural_in_a_name(title, nouns[-1], analysis):
        return False  # "The rate has declined …" under "Mortgage rates ease": which rate?
    generic = ("parties", "sides", "countries", "nations", "side", "two")
    return any(noun in _DESCRIBED_KIND or noun in generic or noun[:5] in title.lower() for noun in nouns)


def _one_of_many_in(title: str, noun: str) -> bool:
    """Does the title speak of many of what "the front" or "the rate" is one ("Weather Fronts and Depressions",
    "Mortgage rates ease"), so that it does not say which?"""
    words = re.findall(r"[a-z]+", title.lower())
    plurals = {noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else noun + "s"}
    return noun not in words and any(word in plurals for word in words)


# "the front is shallow", "The rate has declined": a bare singular description, then a verb or a stop ("the order
# backlog" and "the cold front" say more).
_THE_NOUN = re.compile(r"\b[Tt]he ([a-z]{3,})(?=[,.;:]| ([a-z]+))")


def _one_of_the_titles_many(text: str, analysis: Analysis) -> str:
    """ "Because the slope of the front is shallow …" under "Weather Fronts": the noun ("front") the title speaks
    of in the plural, or "". ("The airline" under "Cascadia Airlines Grounds Fleet" is the airline the title names.)"""
    title = analysis.document.title
    for match in _THE_NOUN.finditer(text):
        noun, following = match.group(1), match.group(2)
        verb_after = following is None or following in VERB_FORMS or following in PRESENT_FORMS or following == "of"
        if verb_after and _one_of_many_in(title, noun) and not _plural_in_a_name(title, noun, analysis):
            return noun
    return ""


def _plural_in_a_name(title: str, noun: str, analysis: Analysis) -> bool:
    """Is the title's plural part of a name the article writes with capitals ("Cascadia Airlines")?"""
    named = re.search(rf"\b([A-Z][\w-]* {noun[:1].upper()}{noun[1:-1]}\w*)", title)
    return named is not None and any(
        named.group(1) in s.text for s in analysis.sentences[:SUBJECT_NAMED_WITHIN] if not s.is_heading
    )


def _title_names_person(analysis: Analysis) -> bool:
    """Is the title the name of the person the article is about ("Clara Schumann")? Its opening then says
    "she" or "he" more often than "it"."""
    if not NAME_TITLE.match(analysis.document.title.strip()):
        return False  # a headline is nobody's name, however often its story says "she"
    feminine, masculine, neuter, named = _opening_pronouns(analysis)
    personal = feminine + masculine
    return named and personal >= 1 and personal > neuter


def _opening_pronouns(analysis: Analysis) -> tuple[int, int, int, bool]:
    """How often the opening says she/her, he/his/him and it/its, and whether it names the title as a person:
    found once per analysis, since every fact of a book asks."""
    cached = _OPENING_COUNTS.get(id(analysis))
    if cached is not None and cached[0] is analysis.sentences:
        return cached[1]
    opening = " ".join(s.text for s in analysis.sentences[: SUBJECT_NAMED_WITHIN * 2]).lower()
    title = analysis.document.title.strip()
    surname = title.split()[-1] if title else ""
    # "Clara Schumann" names her; "The Protestant Reformation" names no one, though "the Reformation" is a name.
    personal_title = bool(title) and not title.startswith("The ") and len(title.split()) <= 4 and (
        title.split()[-1] not in _THING_TITLE_HEADS  # "Jungfrau Railway" is nobody, however often it says "he"
    )
    first = title.split()[0] if title else ""
    named = personal_title and any(  # "Dorothy Mary Crowfoot Hodgkin" names "Dorothy Hodgkin"
        span.kind in ("person", "name")
        and (span.text in (title, surname) or span.text.startswith(first + " ") and span.text.endswith(" " + surname))
        for s in analysis.sentences[:SUBJECT_NAMED_WITHIN] for span in s.spans
    )
    counts = (
        len(re.findall(r"\b(?:she|her|hers)\b", opening)),
        len(re.findall(r"\b(?:he|his|him)\b", opening)),
        len(re.findall(r"\b(?:it|its)\b", opening)),
        named,
    )
    _OPENING_COUNTS.clear()  # one analysis at a time: the cache never grows
    _OPENING_COUNTS[id(analysis)] = (analysis.sentences, counts)
    return counts


_THING_TITLE_HEADS = ORGANISATION_HEADS | PLACE_HEADS | BUILT_HEADS
_OPENING_COUNTS: dict[int, tuple[tuple[Sentence, ...], tuple[int, int, int, bool]]] = {}


def _title_resolves(pronoun: str, analysis: Analysis, text: str = "") -> bool:
    """Does the title say who or what the pronoun is? "Hoover Dam" says what "it" is; "Clara Schumann"
    who "she" is, when the article names her as a person and mostly says "she". A headline ("Seoul and
    Washington agree …") says neither, but it does say who "the parties" are (pronoun ""). No title says
    what "they", "these" or "this" are."""
    title = analysis.document.title.strip()
    if not pronoun:
        # A headline says who "the parties" or "the company" are; "Falkirk Wheel" does not say which "the
        # two canals" or "the locks" are (its own "the wheel" was handled before).
        return (
            not _names_one_thing(analysis)
            and not _title_names_person(analysis)
            and _headline_names(text, title, analysis)
        )

    if not names_one_subject(title) or pronoun not in _TITLE_PRONOUNS:
        return False
    if pronoun not in _PERSONAL:
        return not _title_names_person(analysis) and not _plural_head(title)
    # "Bell Rock Lighthouse" is named too, but its article says "it": "His plan" there is someone else's.
    return _title_names_person(analysis) and _subject_pronoun(analysis) == (
        "she" if pronoun in ("she", "her") else "he"
    )


def _plural_head(title: str) -> bool:
    """ "States of Matter", "Rocky Mountains": many things, which "it" is none of."""
    head = title.split(" of ", 1)[0].split()[-1].lower()
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "ics"))


def _subject_pronoun(analysis: Analysis) -> str:
    """ "she" or "he": the one a biography's opening uses most, which is then its subject's."""
    feminine, masculine, _, _ = _opening_pronouns(analysis)
    return "she" if feminine > masculine else "he"
