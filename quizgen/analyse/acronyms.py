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
    tails = (words, words[1:]) if words and words[0].group() in ON_HEADS else (words,)
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
