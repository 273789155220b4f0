"""Sentences that point at the one before with no pronoun a title could stand for: "that year", "there"."""

from __future__ import annotations

import re

from quizgen.model import NAME_KINDS, Sentence, Span
from quizgen.questions.descriptions import KIND_NOUNS, described_anywhere
from quizgen.questions.verbs import PRESENT_FORMS, VERB_FORMS

# Openers that point at the sentence before without a pronoun: "From there it flows …", "Similar treaties
# followed", "Two years later …", "That year …".
POINTING_OPENER = re.compile(
    r"^(?:(?:From|Near|Beyond|Below|Above|Around|Past|Over) (?:there|here)\b|(?:By|Until|Since|Before) then\b|"
    r"(?:Inside|Nearby|Beside it|Next to it|Around it|Within it|Below it|Above it)\b|"
    r"There\b(?=,? (?!(?:is|are|was|were|has|have|had|will|would|may|might|can|could|seems?|appears?|remains?)\b))|"
    r"At (?:that|the) time\b|"
    # "In the autumn of the same year he made …": the same as which? ("In the same year, 1881, …" says.)
    # ("In the same years he met …": the years of the commission the sentence before told of.)
    r"(?:In|During) (?:the (?:spring|summer|autumn|fall|winter|course|middle|end) of )?"
    r"the same (?:years?|decade|period)\b(?!,? \d)|"
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
    # "After that, the bark is removed every nine years": after the first harvest, which the sentence before told.
    r"(?:After|Before|Following|Despite|Because of|Apart from|Besides) (?:that|this|these|those)\b(?! [a-z]+ of\b)|"
    r"(?:Thereafter|Afterwards|Afterward)\b|"
    # "A revised version was staged in Prague", "A sequel followed in 1998": a version of what?
    r"(?:A|An) (?:[a-z]+ )?(?:version|sequel|successor|remake|revision|adaptation|translation|copy|replica|"
    r"second edition|new edition)\b(?! (?:of|to)\b)|"
    # "The X is an example.", "The estate of Machu Picchu … is the best-known example.", "The Mid-Atlantic Ridge is an
    # example; it widens …"
    r".*\b(?:is|are|was|were) (?:a |an |another |one |the )?(?:[\w-]+ ){0,2}examples?(?:\.?$|[;:] ))"
)

_BARE_QUANTIFIER = re.compile(
    # ("The small remainder drains through …": the remainder of the water the sentence before told of.)
    r"^(?:Some|Most|Much|Many|Others|The (?:[a-z]+ )?rest|The (?:[a-z]+ )?remainder|Half|Part)"
    r"(?: of (?:it|them|this|these))? ([a-z]+)\b"
)


# "Five of the fittings are decorated …", "One of the judges, …": a share of a group the sentence before named.
# ("One of the founders of the Royal Society" and "One of the largest …" say which.)
_SHARE_OF_THE = re.compile(
    r"^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d+) of the (?:[a-z][\w-]* )?[a-z]+s\b"
    r"(?! (?:of|in|on|at|from|who|that|which)\b)"
)


def bare_quantifier_subject(text: str) -> bool:
    """"Some soaks into the soil", "Most of it evaporates", "Several were taken abroad", "Two are held by the
    British Library": some of what the sentence before named."""
    match = _BARE_QUANTIFIER.match(text)
    if match is None:
        return _bare_count_subject(text)
    word = match.group(1)
    return " of " in match.group() or word in VERB_FORMS or word in PRESENT_FORMS and word.endswith("s")


# A count with no noun after it, then its verb: "Several were taken abroad …" (of the soapstone birds the sentence
# before told of), "Two are held by the British Library …" (two of the four copies of Magna Carta), "Four survive".
# ("Two people were killed", "Several hundred …", "One of the …", "All told, …" have a noun, a number or a comma.)
_BARE_COUNT = re.compile(
    r"^(?:Several|Few|A few|All|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Only (?:one|two|"
    r"three|four|five|six|a few)) ([a-z]+)\b(?!,)(?: (that)\b| ([a-z]+))?"
)
# A verb that is never an adjective before a noun, as "established" is in "Several established routes lead …".
_AUXILIARIES = frozenset("are were have had can could will would may might must should do did".split())
_PLURAL_NOUN = re.compile(r"[a-z]+[^su]s|men|women|people|children")
# ("Each has 6 protons, but carbon-12 has 6 neutrons …" names what "each" is itself, later in the sentence.)
_SINGULAR_COUNTS = ("One", "Only one")
# "Two is the only even prime": a number as a noun takes a singular verb; a count of things a plural one.
_SINGULAR_VERBS = frozenset("is was has does".split())


_MEASURES = frozenset("percent per cent thousand hundred million billion dozen score times".split())
_PREPOSITIONS_AFTER_A_VERB = frozenset("at in on for from with by as under into through across".split())


def _bare_count_subject(text: str) -> bool:
    match = _BARE_COUNT.match(text)
    if match is None:
        return False
    word, that, after = match.group(1), match.group(2), match.group(3) or ""
    if word not in _AUXILIARIES and _PLURAL_NOUN.fullmatch(after):
        return False  # "Several established routes lead to the summit": a participle before its noun
    if text.startswith(_SINGULAR_COUNTS):
        return word in VERB_FORMS or word in PRESENT_FORMS and word.endswith("s")
    if word in _SINGULAR_VERBS or word in PRESENT_FORMS and word.endswith("s"):
        return False
    # ("Few believe that …", "All agree that …": people in general, no group the sentence before named.)
    if word in VERB_FORMS or word in PRESENT_FORMS and that is None:
        return True
    # "Ten operate at 50 hertz …" (ten of the generating units, blind review 87): a word no list knows, not a plural
    # noun nor a measure ("Ten percent in …"), and a preposition after it, is a count's verb.
    return not _PLURAL_NOUN.fullmatch(word) and word not in _MEASURES and after in _PREPOSITIONS_AFTER_A_VERB


# "signed the same agreement", "A similar event in 1871": the same as what? ("at the same time" is no pointer.)
SAME_AS_BEFORE = re.compile(r"\b(?:[Tt]he same|[Aa] similar|[Aa]nother such) (?!(?:time|way|year|period)\b)[a-z]+")
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
    # ("By this means …": by what means?)
    r"\b(?:in (?:this|that|the same|a similar) (?:way|fashion|manner)|by (?:this|that|such) means|"
    r"by contrast|in contrast|(?:went|goes|go) further|both [a-z]+s|the (?:last|next|first|previous|other) one|"
    r"the (?:former|latter)|"
    r"the (?:two|three) (?:men|women|machines|countries|sides|companies|cities|men's)|"
    # "In the 1950s both were displaced by basic oxygen steelmaking" (blind review 80: the Bessemer and open-hearth
    # processes of the sentence before), "As both were small children …" (review 81: two sons): a bare "both".
    r"\bboth(?= (?:[a-z]+ed|were|are|had|have|became|began|went|grew|remained|lived|died|"
    r"came|made|won|lost|survived|still|also|later|soon)\b)|"
    # "The slope is much steeper, about 1 in 50": steeper than what? ("made the engine far more efficient" and
    # "the air becomes clearer" tell of a change, which compares the thing with itself.)
    r"(?<!whichever )(?<!whatever )(?:is|are|was|were) (?:(?:much|far|even|still|slightly|considerably|"
    rf"significantly|somewhat) )?(?!{_NOT_COMPARATIVE})(?-i:[a-z]{{3,}}er|more [a-z]+|less [a-z]+)\b"
    r"(?![^.;]*\bthan\b)(?=[,.;]| (?:and|but|so|because|as|at|in|on)\b)|"
    # "The Sea Around Us (1951) was a very different story": different from what? ("differs from", "different
    # from the …" say.)
    r"(?:is|are|was|were) (?:a )?(?:very |quite |rather |completely |entirely |altogether )?different"
    r"(?: (?:story|matter|case|picture|thing))?(?=[,.;])"
    r")\b",
    re.IGNORECASE,
)
# Comparisons and pairs, looked for only in sentences with their words in (a book's worth of facts asks):
_COMPARED_WITH_BEFORE = re.compile(
    # "The line was extended further south-west": further than what? ("recommended further strengthening" adds.)
    r"(?<=ed )further(?= (?:north|south|east|west|inland|afield|upstream|downstream|away|back|along|into|up|down|"
    r"out|in|to)\b)|"
    # "By February 1861 six more states had followed": more than which? (Not "… 20 more seats than …".)
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+) more [a-z]+s\b(?![^.;]*\bthan\b)|"
    # "The boundary between the two is …": the two what? "… built between the two rivers": which rivers?
    r"\bbetween the (?:two|three)\b",
    re.IGNORECASE,
)


def _only_the_sentence_before(text: str, sentence: Sentence, shift: int) -> bool:
    """ "in this way", "by contrast", "the two countries": only the sentence before completes them; but "Brazil
    declared its independence from Portugal …, and the two countries signed a treaty …" names its two itself (blind
    review 30: the sentence before shown with it was "an unrelated lead sentence")."""
    match = _ONLY_THE_SENTENCE_BEFORE.search(text)
    if match is None:
        return False
    if not re.match(r"the (?:two|three) |both\b", match.group(), re.IGNORECASE):
        return True
    named = (*NAME_KINDS, "term")
    return sum(span.end - shift <= match.start() and span.kind in named for span in sentence.spans) < 2


def _compared_with_before(text: str, sentence: Sentence, shift: int) -> bool:
    """ "extended further south-west", "six more states", "between the two rivers": only the sentence before says
    than what, or which two; "The Rhine and the Main meet at Mainz, which lies between the two rivers" says itself."""
    if " further " not in text and " more " not in text and "etween the " not in text:
        return False
    match = _COMPARED_WITH_BEFORE.search(text)
    if match is None or not match.group().lower().startswith("between"):
        return match is not None
    named = (*NAME_KINDS, "term")
    return sum(span.end - shift <= match.start() and span.kind in named for span in sentence.spans) < 2


# "When the king refused, …", "Hilbert replied that …", "Ford followed suit": refused what, replied to whom? In a
# later clause the sentence itself may say ("… invited him to his court, but Zeno declined").
_ELIDED_OBJECT = re.compile(
    # ("Fourteen states attended; no African ruler was invited": attended what? The conference the sentence before
    # told of, blind review 84.)
    r"^[^,;:]*?\b(?:(?:refused|declined|relented|complied|objected|agreed|accepted|conceded|attended|participated|"
    r"took part)(?=[,;:.]| and\b| but\b)|"
    # "The first woman to do so was Nancy Astor": to do what?
    # ("Doing so is called crop rotation", "By doing so, …": doing what? "… and in doing so saved …" says.)
    r"(?:replied|retorted|responded)(?! to\b)|followed suit|did (?:so|likewise|the same)|to do so\b|[Dd]oing so\b|"
    # "The Liverpool and Manchester Railway followed in 1830", "A Maltese uprising … followed, and …": followed
    # what? ("the tsunami that followed" and "… founded in 1660, and the French Academy followed" say.)
    r"(?<!that )(?<!which )followed(?=[,;:.]| in (?:\d|the (?:same|following|next)\b)))"
)
# "… the following year", "… that same day": a time that only the sentence before can say.
_POINTING_TIME = re.compile(
    # ("She returned to Oxford the same year …": the year of what the sentence before told, blind review 77.)
    r"\b(?:the following|the next|the previous|that same|that) (?:year|month|day|week|decade|century)\b|"
    r"\bthe same (?:year|month|day|week|decade|century)\b(?!,? (?:\d|in\b|of\b|as\b))|"  # ("the same year, 1881")
    # "reached the port about 40 minutes later": later than what?
    r"\b(?:seconds|minutes|hours|days|weeks|months|years|decades|a (?:minute|day|week|month|year|decade)|an hour) "
    r"later\b|"  # ("Bekele crossed the line 9 seconds later": later than the winner)
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


def points_at_the_sentence_before(text: str, sentence: Sentence, shift: int) -> bool:
    """Does the sentence point at the one before with no pronoun a title could stand for: "Similar treaties
    followed", "that year", "Some soaks into the soil", "linked to a similar raid", "The slope is much steeper",
    "When the king refused", "saw this as a threat"? Only the sentence before says what is meant."""
    return bool(
        POINTING_OPENER.match(text)
        or _time_points_back(text, sentence, shift)
        or bare_quantifier_subject(text)
        or _SHARE_OF_THE.match(text)
        or _SAME_AS_OPENER.match(text)
        or _only_the_sentence_before(text, sentence, shift)
        or _compared_with_before(text, sentence, shift)
        or _ELIDED_OBJECT.match(text)
        or _demonstrative_object(text)
        or ELIDED_NOUN.match(text)
        or " of the " in text and ONE_OF_A_NUMBER.search(text)
        or text.startswith("A ") and ONE_OF_A_NUMBER.search(text)
        or demonstrated_noun(text, sentence, shift)
        or that_points_back(text, sentence, shift)
        or there_points_back(text, sentence, shift)  # "died there": no title says where
        or _such_a_thing_before(text, sentence, shift)
        or _FIRST_SUCH_SUBJECT.match(text) is not None
        or _THE_POST.search(text) is not None
        or _SUPERLATIVE_OF_NOTHING.search(text) is not None
        or _THEN_CALLED.search(text) is not None
        or _EXPECTED_A_FIGURE.match(text) is not None
        or _a_second_of_nothing(text)
        or figure_of_nothing(text)
        or _COMPARED_CHANGE.search(text) is not None
        or _ITS_OWN_REVIEW.search(text) is not None
    )


# "The European Medicines Agency began its own review in June": its own, beside the review of the drug the sentence
# before told of. ("… published its own report on the fire" says of what.)
_ITS_OWN_REVIEW = re.compile(
    r"\b(?:its|their) own (?:review|investigation|inquiry|probe|assessment|study|analysis|audit)\b"
    r"(?! (?:of|into|on)\b)"
)


# "Around 97% is salt water in the oceans", "Of the remaining 3% (fresh water), roughly two-thirds is locked up …":
# a share of a whole only the sentence before names (the Earth's water). ("Around 97% of the Earth's water …" says.)
_SHARE_OF_NOTHING = re.compile(
    r"^(?:(?:Around|About|Roughly|Nearly|Almost|Only|Just|Some|Over|More than|Less than|Fewer than) )?"
    r"\d[\d.,]*(?:%| ?per ?cent| percent) (?:is|are|was|were|comes?|came|lives?|lived|goes|went)\b|"
    r"^Of the (?:remaining|rest|other)\b"
)
# "Only about 1.7 million are in use today, the association estimates.", "Some 300 survive": a count with no noun,
# as the sentence's subject, of things only the sentence before names (blind review 98: "the card has no subject:
# '… are in use today' never says that heat pumps are meant"). Plural verbs only: "1,000 is the usual limit" is a
# number spoken of as a number. ("About 1.7 million households are …" says what; "2022 had the hottest day" is a
# year, and "had" no verb of a count.)
_COUNT_OF_NOTHING = re.compile(
    r"^(?:(?:Only|Just|About|Around|Roughly|Nearly|Almost|Some|Over|Under|More than|Fewer than|Perhaps|An estimated)"
    r" ){0,2}(?!(?:1\d{3}|20\d{2})\b)\d[\d.,]*(?: (?:thousand|million|billion))? "
    r"(?:(?:still|now|currently|already|also) )?(?:are|were|remain|remained|survive|survived|exist|existed)\b",
    re.IGNORECASE,
)


def figure_of_nothing(text: str) -> bool:
    """ "Around 97% is salt water …", "Only about 1.7 million are in use today …": a share or a count as the
    sentence's subject, with no noun to say of what."""
    return _SHARE_OF_NOTHING.match(text) is not None or _COUNT_OF_NOTHING.match(text) is not None
# "… reported a smaller increase of around 4 percentage points": smaller than the increase the sentence before gave.
# ("a smaller increase than in 2019" says.)
_COMPARED_CHANGE = re.compile(
    r"\b[Aa] (?:smaller|larger|bigger|higher|lower|greater|sharper|steeper|slower|faster) "
    r"(?:increase|rise|fall|decline|drop|gain|loss|share|jump|cut)\b(?![^.;]*\bthan\b)"
)


# "The bond is then called a polar covalent bond": then, when what the sentence before set out holds.
_THEN_CALLED = re.compile(r"\b(?:is|are|was|were) then (?:called|known as|termed|named)\b")
# "Analysts polled by LSEG had, on average, expected about $5.71 billion.": expected that much of what only the
# sentence before says (the quarter's revenue). ("Analysts had expected revenue of $5.7 billion" says.)
_EXPECTED_A_FIGURE = re.compile(
    r"^(?:[A-Z][\w-]* ){0,2}(?:[Aa]nalysts|[Ee]conomists|[Ff]orecasters|[Ii]nvestors|[Tt]raders|[Mm]arkets)\b[^.;]*\b"
    r"(?:expected|forecast|predicted|estimated|anticipated|projected)(?:, [^,]+,)? "
    r"(?:(?:about|around|roughly|some|just|only|nearly|almost|close to|an average of) )?"
    # ("Economists … had expected growth of 3.1%": growth of what only the sentence before says, blind review 84.)
    r"(?:(?:growth|a rise|an increase|a fall|a decline|a drop|a gain|a contraction) of )?"
    r"(?:(?:about|around|roughly|some|just|only|nearly|almost|close to) )?"
    r"[$€£¥]?\d[\d,.]*(?: ?(?:%|per ?cent|million|billion|trillion|bn|m))?(?: [a-z]+ [a-z]+)?[.!]?$"
)
# "A sister institute opened in Warsaw in 1932", "The Russians returned and rebuilt the fort, and a second siege
# began in 1686": a second siege or a sister institute, as what a sentence or its clause is about, after a first only
# the sentence before names. ("a Radium Institute in Paris and a second institute in Warsaw" names the first; "on a
# second expedition in 1862", "for a fourth consecutive month", "a sister city of Buffalo" reviewers let pass.)
_A_SECOND = re.compile(
    r"(?:^|, and |; )[Aa] (?:(?:second|third|fourth|fifth) |(?<![a-z] )sister )([a-z]{3,}) "
    r"(?:[a-z]+ed|began|was|were|broke|came|followed|took|rose|grew|stood|fell|won)\b"
)


def _a_second_of_nothing(text: str) -> bool:
    for match in _A_SECOND.finditer(text):
        noun = match.group(1)
        stem = noun[:-1] if noun.endswith("s") else noun
        if not re.search(rf"\b{re.escape(stem)}", text[: match.start()], re.IGNORECASE):
            return True
    return False


# "He held the post for more than forty years", "… was elected to the post by the assembly": which post only the
# sentence before says, and no title does. ("the post of governor" says; "was given the title of extraordinary
# professor, but the post remained unpaid" sums up its own first clause; "the post for foreign affairs" says which,
# but "for more than forty years" is how long, not which post.)
_THE_POST = re.compile(
    r"^(?:(?!, (?:and|but|yet) |; ).)*?\bthe (?:post|office|position)\b(?! (?:of|in|at|as)\b)"
    r"(?! for (?!(?:more|less|over|under|about|nearly|almost|some|just|only|life|the rest|a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|\d+)\b)[a-z])"
)
# "Only the polar deserts of Antarctica and the Arctic are larger.": larger than what the sentence before named.
_BARE_COMPARATIVE = re.compile(
    rf"\b(?:is|are|was|were) (?:(?:much|far|even|still|slightly) )?(?!{_NOT_COMPARATIVE})(?:[a-z]{{3,}}er|more [a-z]+)"
    r"(?=[.;]?$)"
)


def compares_with_the_sentence_before(text: str) -> bool:
    """ "Only the polar deserts of Antarctica and the Arctic are larger.", "Greater Tokyo … remains the largest.": a
    comparison whose other side only the sentence before names. Set before another sentence it explains nothing
    (reviewers, of "… are larger. It stretches some 4,800 kilometres …" in "Sahara Desert": "the prepended sentence
    dangles (larger than what?)")."""
    return _BARE_COMPARATIVE.search(text) is not None or _SUPERLATIVE_OF_NOTHING.search(text) is not None


# "-est" words that are no superlatives ("the forest", "a protest").
_NOT_SUPERLATIVE = (
    r"(?:inter|for|w|hon|mod|harv|prot|requ|cont|sugg|arr|dig|inv|manif|conqu|qu|cr|ch|gu|n|r|t|b|p|z|v|l|"
    r"tempest|southw|northw|midw)est"
)
_SUPERLATIVE_SUBJECT_BODY = (
    rf"The (?:(?:most|least) [a-z]+|(?!{_NOT_SUPERLATIVE}\b)[a-z]{{2,}}est|biggest) (?:is|was|are|were)\b"
)
# "The most active is …", "The largest was …": a superlative subject whose group only the sentence before names.
SUPERLATIVE_SUBJECT = re.compile(_SUPERLATIVE_SUBJECT_BODY)
# "Greater Tokyo, with around 37 million people, remains the largest.", "Dharavi in Mumbai, one of Asia's largest,
# is home to …": the largest of what only the sentence before says (megacities, slums), and no title does.
# ("the largest city in Asia", "one of the largest universities in Italy" say of what.)
_SUPERLATIVE_OF_NOTHING = re.compile(
    rf"(?:\b(?:is|are|was|were|remains|remained|became|becomes|is still|was still) (?:now |still |by far )?the "
    rf"|\bone of (?:the |[A-Z][\w-]*['’]s? ))"
    rf"(?!{_NOT_SUPERLATIVE}\b)(?:[a-z]{{2,}}est|most [a-z]+|biggest)(?=[,.;:]|$)"
    # "Several active volcanoes lie beneath the ice. The most active is Grímsvötn, …": the subject is the most active
    # of what only the sentence before names (blind review 85). ("The most active volcano is …" says.)
    r"|^" + _SUPERLATIVE_SUBJECT_BODY
)


# "… lived in such villages", "… moved slowly over such a hotspot": villages or a hotspot like those the sentence
# before described. ("such as", "its first such link" and "such a large share that …" say what they mean.)
_SUCH_A_THING = re.compile(
    r"(?<!\bfirst )(?<!\bonly )(?<!\bno )(?<!\bany )\bsuch (?:an? )?(?!as\b)[a-z]+\b(?![^,.;]{0,30}\b(?:that|as)\b)",
    re.IGNORECASE,
)
_NEW_CLAUSE = re.compile(r"(?:, (?:and|but|yet)|;) $")
# "The first such venues opened in Seville in the 1840s": as the sentence's subject, the first of a kind only the
# sentence before describes (blind review 95: "'The first such venues' has no referent on the card: the café cantante
# is named only in the previous sentence"). (After a comma, "…, the first such treatment licensed …" sums up its own
# clause.)
_FIRST_SUCH_SUBJECT = re.compile(r"^The (?:first|earliest|last|only) such [a-z]+")


def _such_a_thing_before(text: str, sentence: Sentence, shift: int) -> bool:
    """ "such villages" with nothing before it that it sums up; "… with the Ordinance of Labourers (1349) and the
    Statute of Labourers (1351), but such laws were hard to enforce" sums up the two it has just named."""
    match = _SUCH_A_THING.search(text)
    if match is None:
        return False
    named = (*NAME_KINDS, "term")
    named_before = sum(span.end - shift <= match.start() and span.kind in named for span in sentence.spans)
    return not (_NEW_CLAUSE.search(text, 0, match.start()) and named_before >= 2)


# "Santa Luzia is the only one of the ten that is uninhabited", "A second siege began in 1686": ten what, second
# after which?
ONE_OF_A_NUMBER = re.compile(
    r"\b(?:one|two|three|none|all|each|most|some|many|several|the (?:last|first|only|youngest|oldest|eldest)) of the "
    r"(?P<number>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b(?! (?!is\b|was\b|has\b)[a-z]+s\b)|"
    r"^A (?:second|third|fourth|fifth) (?!time\b|half\b)[a-z]+"  # ("… in Paris and a second institute in Warsaw")
)
# "He published an account of this journey": which journey? ("this year" is a time; "and this led to …" sums up.)
_DEMONSTRATED_MID = re.compile(
    r"(?<=[a-z] )(?:this|these|those) (?!(?:year|month|week|day|time|morning|evening|summer|winter|spring|autumn|"
    r"season|century|decade|is|was|are|were|has|had|have|can|could|will|would|may|might)\b)([a-z]{3,})\b"
)


_NOT_A_NOUN_AFTER_THIS = frozenset(
    "which who whom that of in on at to for with from by and or as than two three".split()
)


def _named_before(text: str, sentence: Sentence, shift: int) -> int:
    """Where the sentence's first name of a thing ends (a place, a genus …), or -1: "this bird" or "that country"
    after one may be it ("In the genus Prion, … the beak of this bird", "in parts of Natal … that country")."""
    return min(
        (span.end - shift for span in sentence.spans if span.kind in ("place", "organisation", "name", "term")),
        default=-1,
    )


def _a_kind_named_before(word: str, match_start: int, named_end: int) -> bool:
    return word.lower().rstrip("s") in KIND_NOUNS and 0 <= named_end <= match_start


_CALLS_THINGS_BEFORE = re.compile(r"\b[a-z]{2,}[^s\W]s\b.*\b(?:call|calls|called|name|names|named|term|terms|termed) $")


def demonstrated_noun(text: str, sentence: Sentence, shift: int) -> bool:
    """ "an account of this journey": "this" and a noun the sentence has not named ("… 847 plants, and … 764, but
    … are included in these numbers" and "some of these floated" point within the sentence, or at no noun)."""
    if " this " not in text and " these " not in text and " those " not in text:
        return False  # (most sentences: a book's worth of facts ask)
    named_end = _named_before(text, sentence, shift)
    for match in _DEMONSTRATED_MID.finditer(text):
        word, before = match.group(1), text[: match.start()]
        verb = word in VERB_FORMS or word in PRESENT_FORMS or len(word) > 4 and word.endswith("ed")
        named_before = re.search(rf"\b{re.escape(word.rstrip('s'))}", before) is not None or (
            word in ("number", "numbers", "figure", "figures") and re.search(r"\d", before) is not None
        )
        clause_opens = before.split()[-1] in _CLAUSE_WORDS  # "… and this led to unrest" sums up its own clause
        # "A few things, such as the air we breathe, are so plentiful …; economists call these free goods": the
        # word after "call these" is the name they are given, and "these" the things the sentence named.
        clause_opens = clause_opens or _CALLS_THINGS_BEFORE.search(before) is not None
        named_before = named_before or _a_kind_named_before(word, match.start(), named_end)
        if not verb and not named_before and word not in _NOT_A_NOUN_AFTER_THIS and not clause_opens:
            return True
    return False


def points_to_a_time_before(text: str, sentence: Sentence, shift: int) -> bool:
    """ "… opened an investigation the following month", "Two years later …", "A similar raid …": a sentence that
    needs the one before it for its time or its comparison, and so explains nothing after it. (`text` is the
    sentence without its connective, `shift` how many characters that took.)"""
    return bool(POINTING_OPENER.match(text) or _SAME_AS_OPENER.match(text) or _time_points_back(text, sentence, shift))


# "The smallest is the stapes", "The largest, Isla del Sol, …", "The remaining vehicles …": one of a group only the
# sentence before names ("The longest bone in the body is the femur."); no title says which group.
ELIDED_NOUN = re.compile(
    r"^The (?:(?:[a-z]{2,}est|first|second|third|last|next)(?=[,;]| (?:is|was|are|were|has|had|have|lies|stands|"
    r"reaches|measures|can|could|will|would)\b)|(?:remaining|rest|other|former|latter)\b)"
)
# "meet that target under the act", "rejected that account after …": "that" pointing at what the sentence before
# said. (After "said", "showed", "found" or "the idea", "that" opens a clause: "found that people in cities …".)
_THAT_NOUN = re.compile(
    r"\b(?<![A-Za-z]-)(?P<before>[a-z]+) that (?!(?:is|was|are|were|the|a|an|this|it|its|they|he|she|we|year|month|"
    r"week|day|time|morning|evening|night|season|summer|winter|spring|autumn|century|decade)\b)[a-z]{3,}"
    r"(?=[,.;:]| (?:after|before|under|in|on|at|for|with|by|from|to|of|until|since|and|but)\b)"
)
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were)(?: (?:a|an|the))?(?: [a-z]+)? $")
_CLAUSE_OPENERS_BEFORE_THAT = re.compile(
    r"^(?:s(?:aid|ays?|o|uch|how\w*|tat\w*|uggest\w*|ure)|announc\w*|argu\w*|believ\w*|claim\w*|conclu\w*|"
    r"confirm\w*|decid\w*|declar\w*|discover\w*|estimat\w*|expect\w*|fear\w*|f[oi]und|finds|hop\w*|insist\w*|"
    r"kn[eo]w\w*|learn\w*|mean\w*|not\w*|prov\w*|reali[sz]\w*|recogni[sz]\w*|report\w*|reveal\w*|rul\w*|"
    r"thought|think\w*|warn\w*|wr[io]te\w*|written|agree\w*|add\w*|explain\w*|predict\w*|ensur\w*|now|given|"
    r"except|provided|assum\w*|demand\w*|requir\w*|order\w*|ask\w*|told|tell\w*|understood|understand\w*|"
    r"certain|clear|likely|possible|true|fact|idea|belief|evidence|view|news|hope|sign|chance|way|means|"
    r"than|and|but|or|because|is|was|are|were|be|been|indicat\w*|admit\w*|acknowledg\w*|den(?:y|ies|ied)|"
    r"emphasi[sz]\w*|stress\w*|point\w*|observ\w*|demonstrat\w*|determin\w*|establish\w*|impl(?:y|ie[sd])|"
    r"mention\w*|promis\w*|replied|respond\w*|complain\w*|objected|recommend\w*|propos\w*|urg\w*)$"
)
_PREPOSITIONS = frozenset(
    "in at on of to by for under from with into onto about against over across through during after before "
    "since until within without beyond despite towards toward upon".split()
)


# "Roughly 1.2 trillion crowns of that increase came from …": a share of a change or a sum the sentence before told
# of, whatever verb follows (blind review 81: "'That increase' is unresolved"), where the rule above wants a
# preposition or a stop after the noun.
_OF_THAT_AMOUNT = re.compile(
    r"\b(?P<before>of|from) that (?:increase|rise|fall|decline|drop|gain|loss|growth|total|sum|amount|figure|money|"
    r"spending|surplus|deficit|profit|income|revenue)\b(?! (?:of|in|on)\b)"
)


def that_points_back(text: str, sentence: Sentence | None = None, shift: int = 0) -> bool:
    """ "meet that target", "rejected that account": "that" after a verb or a preposition, and the noun after it not
    named earlier in the sentence ("an element … of that element", "in parts of Natal … that country")."""
    if " that " not in text:
        return False
    named_end = _named_before(text, sentence, shift) if sentence is not None else -1
    for match in [*_THAT_NOUN.finditer(text), *_OF_THAT_AMOUNT.finditer(text)]:
        before = match.group("before")
        verb = before in VERB_FORMS or before in PRESENT_FORMS or len(before) > 4 and before.endswith("ed")
        # ("Variable costs are costs that rise and fall": after "are", "costs" is a noun and "that" opens a clause,
        # review 103)
        verb = verb and not (_COPULA_BEFORE.search(text, 0, match.start()) and not before.endswith(("ed", "en")))
        noun = match.group().split()[-1]
        within = re.search(rf"\b{re.escape(noun[:-1] if noun.endswith('s') else noun)}", text[: match.start()])
        within = within is not None or _a_kind_named_before(noun, match.start(), named_end)
        if (before in _PREPOSITIONS or verb) and not _CLAUSE_OPENERS_BEFORE_THAT.match(before) and not within:
            return True
    return False


# "A similar event in 1871 …", "The same species …": at the start, the same as something only the sentence before
# told of. Later in a sentence "the same" often looks back within it ("each flower … on the same plant").
_SAME_AS_OPENER = re.compile(r"(?:The same|A similar|Another such) (?!(?:time|way|year|period)\b)[a-z]+")

# "founded an organ school there in 1881", "Passengers there waited": a place named before it, or in the sentence
# before. (At a clause's start, or before "is" or "lived", "there" is empty: "and there was no room".)
_PLACE_THERE = re.compile(
    r"(?<=[a-z] )(?<!\band )(?<!\bbut )(?<!\bso )(?<!\bthat )(?<!\bwhere )(?<!\bwhen )(?<!\bif )(?<!\bas )"
    r"(?<!\bwhile )(?<!\bthen )(?<!\bhere and )there\b(?! (?:is|are|was|were|has|have|had|will|would|may|might|must|"
    r"should|can|could|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|lived|came|used|being|be)\b)"
)


def there_points_back(text: str, sentence: Sentence, shift: int) -> bool:
    """ "Janáček founded an organ school there": where? "Returning to Brno, Janáček founded … there" and
    "Students of the university have included Copernicus, who studied there" say where themselves."""
    match = _PLACE_THERE.search(text) if "there" in text else None
    if match is None or described_anywhere(text, match.start()):
        return False
    return not any(may_be_a_place(span, sentence) and span.end - shift <= match.start() for span in sentence.spans)


def may_be_a_place(span: Span, sentence: Sentence) -> bool:
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
