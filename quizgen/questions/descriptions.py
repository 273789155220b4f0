"""Descriptions that stand for a name ("the company", "The river", "the striker"), and the kind of name."""

from __future__ import annotations

import re

from quizgen.questions.verbs import PRESENT_FORMS, VERB_FORMS

# "The Amsterdam-based company …", "The river is formed by …": a description standing for a name the
# article gave earlier, as the subject of the sentence.
ROLE_NOUNS = (
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
    r"thieves|suspects|statue|crown|runway|engine|machines|emperor|empress|king|queen|pope|sultan|tsar|shah|"
    r"pharaoh|shogun|"
    rf"{ROLE_NOUNS}"
)
# Nouns that say what kind of thing a name is ("The species has the smallest range …" in "Vaquita", "The river" in
# "Orinoco River", "… Natal … that country"), not a part or a property of it ("The population", "this journey").
KIND_NOUNS = frozenset(
    "species genus animal bird fish mammal reptile insect plant tree river lake sea ocean mountain volcano glacier "
    "island continent city town village country state nation empire kingdom republic region province company firm "
    "corporation airline bank club team band group party building cathedral church temple mosque castle palace "
    "tower bridge dam canal railway ship vessel aircraft book novel poem play opera film painting treaty war battle "
    "disease virus element mineral".split()
)
# Nouns that name a person ("the German naturalist", "the original architect"): never what an "it" stands for.
PERSON_NOUNS = frozenset(
    (
        "naturalist botanist scientist explorer writer author poet painter sculptor architect engineer inventor "
        "physicist chemist biologist historian priest monk king queen emperor empress prince princess duke pope "
        "sultan general admiral captain officer soldier sailor merchant farmer leader ruler president minister "
        "man woman boy girl child person nephew niece son daughter brother sister father mother uncle aunt wife "
        "husband " + ROLE_NOUNS.replace("|", " ")
    ).split()
)
# "the striker", "the physicist": a person only a name says, never a headline.
# ("The Inter Milan striker finished as the tournament's top scorer": a club's name is not the player's.)
DESCRIBED_ROLE = re.compile(rf"\b(?i:the) (?!(?:first|only|[a-z]+est) )(?:[\w-]+ ){{0,3}}?({ROLE_NOUNS})\b(?! [A-Z])")
# A subject that is a description, not a name: "The tower was …", "The process releases …", "Its
# walls …", "Under the deal, …". It stands for something the article named before.
DESCRIBED_SUBJECT = re.compile(
    r"^(?:The|This|That|These|Those|Its|Their|His|Her) (?:[a-z][\w-]* ){0,2}?[a-z][\w-]*\b(?! of [A-Z])|"
    rf"^(?:[A-Z][a-z]+ )(?:[a-z]+ )?(?:the|this|that) (?:[\w-]+ ){{0,1}}?(?:{_DESCRIBED_NOUNS}),"
)
# "According to the CPSC, the company has received …": a described thing later in the sentence is
# explained by the article's title, even when the sentence names something else.
# ("the process by which cells …", "the government of King Louis XVI" say what they describe.)
DESCRIBED_ANYWHERE = re.compile(
    r"\b(?:the|this|that) (?!(?:first|only|[a-z]+est) )(?:[a-z][\w-]* )??(?!government\b)"
    rf"(?:{_DESCRIBED_NOUNS})\b"
    # ("the firm SANAA", "the airline Skyvia" name what they describe.)
    r"(?! (?:of (?:the )?[A-Z]|[A-Z]|(?:by which|in which|through which|that|which|who|whose|where|called|known as)\b))"
)
# "Abraham Lincoln, the candidate of …": a description set after a name, which says who or what it is.
_NAME_BEFORE_APPOSITION = re.compile(r"[A-Z][\w’'.-]*, $")


def described_anywhere(text: str, end: int | None = None) -> re.Match[str] | None:
    """The first description in the text ("the company", "the bridge") that no name just before it explains."""
    for match in DESCRIBED_ANYWHERE.finditer(text, 0, len(text) if end is None else end):
        if not _NAME_BEFORE_APPOSITION.search(text, max(0, match.start() - 40), match.start()):
            return match
    return None

# "The opposite of inflation is …", "The capital of France": a description that says what it describes.
_SELF_CONTAINED = re.compile(
    r"^The [a-z][\w-]*(?: [a-z][\w-]*)? (?:"
    r"of (?!(?:the|this|that|these|those|its|their|his|her|it|them)\b)[a-zA-Z]|"  # "The opposite of inflation"
    r"(?:that|which|who) [a-z]+s? |between [a-z]|in the [a-z]+ of |"  # "The force that holds atoms together"
    r"(?:on|for|in|at|from|with) (?:a|an) [a-z])"  # "The average rate on a two-year fixed mortgage": a kind of rate
)


# "The first Europeans to reach the lake", "The longest bone in the body": a superlative that says what it ranks
# among. ("The largest is …", "The first was built in 1820" rank among what the sentence before named.)
_RANKED_WITHIN = re.compile(
    r"^The (?:first|last|only|[a-z]{2,}est) (?:[\w-]+ ){0,2}?[\w-]+ (?:to [a-z]+|(?:in|on|of) (?:the|a|an) [a-z])"
)
# "The simplest measure of spread is the range": a measure, a unit or a kind of a quantity named bare says what it
# ranks among as well (blind review 88: the range went unasked); "The largest of these" ranks among what came before.
_RANKED_KIND_OF = re.compile(
    r"^The (?:first|last|only|[a-z]{2,}est) (?:[a-z]+ )?(?:measure|unit|form|type|kind|method)s? of "
    r"(?!(?:the|this|that|these|those|its|their|his|her|it|them|all|each|both|such)\b)[a-z]{4,}\b"
)


def self_contained(text: str) -> bool:
    """ "The force that holds atoms together …" says what it describes; "The work showed that …" does not."""
    if _RANKED_KIND_OF.match(text):
        return True
    ranked = _RANKED_WITHIN.match(text)
    noun = ranked.group().split()[2].lower() if ranked else ""
    if ranked and noun not in VERB_FORMS and noun not in PRESENT_FORMS:  # ("The largest is in the north")
        return True
    match = _SELF_CONTAINED.match(text)
    if match is None:
        return False
    second = match.group().split()[2]
    return not (second in VERB_FORMS or second in PRESENT_FORMS)


# What kind of name a described subject stands for: "The company" for an organisation, "the river" a place.
DESCRIBED_KIND = {
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


_AFTER_A_DESCRIPTION = frozenset("with of in on at by for from to into as and or that which who".split())


def described_nouns(text: str) -> list[str]:
    """The words of an opening description, up to its verb: "The old bridge, called …" -> old, bridge; up to
    its owner: "The company's shares rose …" -> company."""
    found = []
    for word in re.findall(r"[\w'-]+|[^\w\s]", text)[1:4]:
        lowered = word.lower()
        verb = lowered in VERB_FORMS or lowered in PRESENT_FORMS
        # "The report comes": report is a noun; so is "point" in "The highest point is …", after a superlative.
        noun_after_superlative = bool(found) and found[-1].endswith("est") and lowered not in VERB_FORMS
        # ("The loss compared with …": an unknown verb in -ed, or a preposition, ends the description as well.)
        verb = verb or len(lowered) > 4 and lowered.endswith("ed") or lowered in _AFTER_A_DESCRIPTION
        if not word[0].isalpha() or not word.islower() or verb and found and not noun_after_superlative:
            break
        if lowered.endswith("'s"):
            found.append(lowered[:-2])
            break
        found.append(lowered)
    return found


PICKING_WORDS = frozenset("remaining rest first second third last latter former other next same previous".split())
