"""Where a name is followed by its acronym in brackets, the acronym's letters say where the name starts:
"the Agency for Integration, Migrations and Asylum (AIMA)" is one name, though a comma and an "and" cut it."""

from __future__ import annotations

import re

from quizgen.analyse.name_words import ON_HEADS

# "(GATT)", "(AIMA)", "(MoH)": an acronym in brackets right after the name it stands for.
_ACRONYM_AFTER = re.compile(r" \((?=[A-Z][A-Za-z]*[A-Z]\))")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z]")
_NAME_TOKEN = re.compile(r"[\w’'./–-]+|[,&]")
# What an acronym's letters skip inside the name: "Agreement on Tariffs and Trade", "Integration, Migrations".
_OWNER_BEFORE = re.compile(r" (?:of|for|at|from|with)(?: the)? $")
_ACRONYM_SKIPS = frozenset("of for on and the in to at de du des la le & ,".split())


def spelled_out(sentence: str, runs: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
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
        if start is None:
            start = _chain_start(sentence, marked, bracket.start())
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


# What joins the words of an institution's name between its capitalised runs: "Central Office for the Fight
# against Trafficking in Cultural Goods".
_CHAIN_JOINERS = frozenset((" for the ", " for ", " against ", " in ", " of ", " of the ", " on ", " on the "))


def _chain_start(sentence: str, runs: list[tuple[int, int, bool]], end: int) -> int | None:
    """Where a name that an acronym of another language follows starts: "France's Central Office for the Fight
    against Trafficking in Cultural Goods (OCBC)" — the runs joined by small words before the bracket, all of them
    (its letters, French ones, say nothing; a piece of the name alone would be asked as if it were the name)."""
    ends = {run_end: run_start for run_start, run_end, _ in runs}
    start = ends.get(end)
    count = 1
    while start is not None:
        joiner = next((j for j in _CHAIN_JOINERS if sentence.endswith(j, 0, start)), None)
        earlier = ends.get(start - len(joiner)) if joiner else None
        if earlier is None:
            break
        start, count = earlier, count + 1
    return start if count >= 3 else None


def _acronym_start(sentence: str, end: int, acronym: str) -> int | None:
    """Where the name ending at `end` starts, if the capitals of `acronym` are its words' initials."""
    letters = "".join(letter for letter in acronym if letter.isupper())
    if len(letters) < 2:
        return None
    words = [token for token in _NAME_TOKEN.finditer(sentence, max(0, end - 160), end)][::-1]
    words = [token for token in words if token.group() not in _ACRONYM_SKIPS]
    # "… Ecosystem Protection Program (GSLEP)": the head may be left out of the acronym.
    tails = (words, words[1:]) if words and words[0].group() in ON_HEADS else (words,)
    for tail in tails:
        start = _initials_start(tail, letters)
        if start is not None:
            return start
    # "Center of Reform on Economics (CORE)": a small word may give its letter too.
    every_word = [token for token in _NAME_TOKEN.finditer(sentence, max(0, end - 160), end)][::-1]
    return _initials_with_small_words(every_word, letters)


def _initials_with_small_words(words: list[re.Match[str]], letters: str, used: int = 0) -> int | None:
    """Like _initials_start, where each small word ("of", "on") may give its initial or be passed over."""
    if not letters or not words:
        return None
    token, rest = words[0].group(), words[1:]
    if token in _ACRONYM_SKIPS:
        if token[:1].upper() == letters[-1] and token.isalpha():
            if len(letters) == 1:
                return None  # a name does not start with its small word
            found = _initials_with_small_words(rest, letters[:-1], used + 1)
            if found is not None:
                return found
        return _initials_with_small_words(rest, letters, used)
    if not token[:1].isupper() or token[0] != letters[-1]:
        return None
    if len(letters) == 1:
        return words[0].start() if used > 0 else None
    return _initials_with_small_words(rest, letters[:-1], used + 1)


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


# What a textbook puts in brackets right after a term it introduces: its initials, "production possibility frontier
# (PPF)"; its symbol, "Current (I)", "Resistance (R)", "Resistance (Ω)"; or a condition on the measure the initials
# stand for, "Unit elastic demand (PED equal to 1)". A cloze card leaves the bracket out: after the blank it spells
# the answer (a flaw a reviewer marks), and what is left reads whole ("[term] is the rate at which charge flows").
# Or another name for the term, "revenue (or sales revenue)", "an experiment (or trial)", "Pivot (fulcrum):",
# "a polis (plural poleis)" (blind review 103 lost the revenue card so): after the blank it is a second answer, and
# the card reads whole without it.
_TERMS_ASIDE = re.compile(
    r" \((?:[A-Z]{2,6}s?|[A-Za-z]{1,2}|[Α-Ωα-ω]|[A-Z]{2,6} (?:[^()]{1,30})|"
    r"(?:or|also called|also known as|sometimes called|plural|singular):? [a-z][a-z-]*(?: [a-z][a-z-]*){0,2}|"
    # (one word only: "the edad de oro (golden age)" translates, and the card would ask the foreign words bare)
    r"[a-z][a-z-]{2,})\)"
)


def term_aside_end(sentence: str, term_end: int) -> int | None:
    """Where the bracket of initials or symbol right after a term ends, if one follows it."""
    aside = _TERMS_ASIDE.match(sentence, term_end)
    return aside.end() if aside else None


def _initials_of(words: list[str]) -> str:
    return "".join(word[0] for word in words if word.lower() not in _ACRONYM_SKIPS).upper()


def words_spelled_by_initials(words: list[str], after: str) -> int:
    """How many of the words the initials in brackets after them spell ("price elasticity of demand (PED)": all four,
    the "of" skipped as acronyms skip it); 0 when no such bracket follows or the letters spell no run of them."""
    initials = re.match(r"\(([A-Z]{2,6})\)", after)
    if not initials:
        return 0
    for count in range(len(words), 0, -1):
        if words[count - 1].lower() not in _ACRONYM_SKIPS and _initials_of(words[:count]) == initials.group(1):
            return count
    return 0
