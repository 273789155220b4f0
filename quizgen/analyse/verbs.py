"""Is there a verb? A word list and suffix test good enough to tell a sentence from a headline fragment."""

from __future__ import annotations

import re

_AUXILIARIES = (
    "am is are was were be been being has have had having do does did will would shall should can could "
    "may might must 's 're 've 'd 'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't "
    "didn't won't wouldn't can't cannot couldn't shouldn't"
)
# Irregular past forms and participles: "began", "grew", "taken".
_IRREGULAR = (
    "said made went gone took taken came saw seen knew known got gotten gave given found thought told "
    "became showed shown left felt put brought began begun kept held wrote written stood heard let meant "
    "set met ran paid sat spoke spoken lay lain led read grew grown lost fell fallen sent built understood "
    "drew drawn broke broken spent cut rose risen drove driven bought wore worn chose chosen sought threw "
    "thrown caught dealt won forgot forgotten sold fought taught ate eaten drank drunk sang sung swam flew "
    "flown rode ridden shook shaken stole stolen struck hid hidden bit bitten froze frozen forbade withdrew "
    "withdrawn underwent undergone arose arisen fed fled hung laid bore borne beat beaten bound bred burnt "
    "dug forgave forgiven mistook overcame overtook shot shut slid spun split spread stuck stung swore "
    "sworn swept tore torn woke woken wound sank sunk shrank shrunk rang rung"
)
# Common verbs in their base form; their -s and -ed forms are derived.
_BASE = (
    "say make go take come see know get give find think tell become show leave feel bring begin keep hold name "
    "write stand hear mean meet run pay sit speak lie lead read grow lose fall send build understand draw "
    "break spend cut rise drive buy wear choose seek throw catch deal win forget sell fight teach eat drink "
    "sing swim fly ride shake hide agree accept accelerate add allow appear apply argue ask attack believe "
    "belong call carry cause change claim close consider contain continue cost create cover decide declare "
    "defend demand depend describe design develop die discover discuss divide end enjoy establish exist "
    "expect explain express face fail fill follow form found happen help hope identify include increase "
    "indicate insist introduce involve join kill last learn like limit live look love maintain manage "
    "mention move need note notice occur offer open order own pass plan play point prefer prepare present "
    "prevent produce protect prove provide publish pull push raise reach receive reduce refer reflect "
    "refuse regard remain remember remove replace report represent require resolve return reveal sign "
    "serve settle share start state stay stop study suffer suggest support suppose survive talk tend "
    "travel treat try turn use vary visit vote wait walk want warn watch wish work worry convert contribute "
    "conclude govern negotiate propose announce approve ban elect invade occupy defeat rule reign consume "
    "absorb release emit evolve inherit adapt migrate estimate measure weigh equal exceed total double denote link "
    "triple decline drop soar surge climb shrink sink flow compete breed vary differ resemble seem look "
    "sound consist comprise remain occur spread mark mean celebrate commemorate launch lead host hit "
    "aim soak evaporate condense melt freeze heat warm cool boil collect store drain carry lift lower "
    "burn destroy damage evacuate assign buy borrow lend save invest earn charge rent tax fund "
    # How far a place reaches: "The Sahara stretches some 4,800 kilometres …".
    "stretch extend border "
    # What a process does, as a science textbook says it: "the Haber process fixes about 150 million tonnes a year"
    # (review 99 lost the card as verbless)
    "fix convert break combine dissolve react split form enter leave pass"
)


def _past(base: str) -> set[str]:
    forms = {base + "ed", base + "d"}
    if base.endswith("y"):
        forms.add(base[:-1] + "ied")
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", base):
        forms.add(base + base[-1] + "ed")
    return forms


def _present(base: str) -> set[str]:
    return {base, base + "s", base + "es"} | ({base[:-1] + "ies"} if base.endswith("y") else set())


# Forms that are verbs wherever they stand ("was", "began", "increased").
VERB_FORMS = (
    frozenset(_AUXILIARIES.split())
    | frozenset(_IRREGULAR.split())
    | frozenset(form for base in _BASE.split() for form in _past(base))
)
# Forms that are also nouns ("deal", "plans"): verbs only when no determiner or preposition comes before.
PRESENT_FORMS = frozenset(form for base in _BASE.split() for form in _present(base))
_NOUN_BEFORE = frozenset(
    "the a an this that these those its their his her our my your of for in on at by with from into "
    "to and or new".split()
) | {""}
_HINT = re.compile(r"\[[a-z ]+\]")
# Words ending in -ed that are not verbs.
_NOT_VERBS = frozenset("hundred red bed shed seed speed indeed breed creed need united naked sacred".split())


def has_verb(text: str) -> bool:
    """True if a word is a common verb form, or a lower-case word ending in -ed (past tense, passive)."""
    previous = ""
    # (a cloze's hint stands for a noun, whatever its word: "Key terms [name]: tissue that …" has no verb "name")
    for word in re.findall(r"[A-Za-z’'-]+", _HINT.sub("something", text)):
        lowered = word.lower().replace("’", "'")
        if lowered in VERB_FORMS or (lowered in PRESENT_FORMS and previous not in _NOUN_BEFORE):
            return True
        previous = lowered
        if word.islower() and len(word) > 4 and word.endswith("ed") and lowered not in _NOT_VERBS:
            return True
    return False
