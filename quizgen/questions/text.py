"""Small text tests shared by distractors and flaw checks: whole-phrase containment and 'a' versus 'an'."""

from __future__ import annotations

import re

# Letters whose spoken name starts with a vowel sound: "an FBI agent", "an MP", "an X-ray".
_VOWEL_SOUND_LETTERS = frozenset("AEFHILMNORSX")
_SILENT_H = ("hour", "honest", "honour", "honor", "heir")
# "a university", "a European", "a one-off", "a US official": a vowel letter with a consonant sound.
_CONSONANT_SOUND = re.compile(r"^(?:uni|use|usu|uti|ura|ure|uro|eu|ewe|one\b|once\b|ubiq)", re.IGNORECASE)


def contains_phrase(text: str, phrase: str) -> bool:
    """Is `phrase` in `text` as a whole run of words, not inside a longer word or number (13% in 113%)?"""
    if not phrase:
        return False
    text, phrase = text.lower(), phrase.lower()
    start = text.find(phrase)
    while start != -1:
        end = start + len(phrase)
        glued_before = start > 0 and (_wordy(text[start - 1]) or text[start - 1] in ".,")
        glued_after = end < len(text) and (
            _wordy(text[end]) or (text[end] in ".," and end + 1 < len(text) and _wordy(text[end + 1]))
        )
        if not glued_before and not glued_after:
            return True
        start = text.find(phrase, start + 1)
    return False


def _wordy(character: str) -> bool:
    return character.isalnum() or character == "_"


def needs_an(text: str) -> bool:
    """Would 'an' rather than 'a' come before this text? ('an 8.2% rise', 'an FBI', 'a university')."""
    text = text.lstrip("\"'“‘($£€¥ ")
    if not text:
        return False
    digits = re.match(r"\d[\d,]*", text)
    if digits:
        whole = digits.group().replace(",", "")
        # 8, 80, 800 ("eight…"), 11 and 18 ("eleven", "eighteen"), 11,000 ("eleven thousand")
        return whole[0] == "8" or (len(whole) % 3 == 2 and whole[:2] in ("11", "18"))
    word = re.match(r"[A-Za-z][\w'-]*", text)
    if not word:
        return False
    first = word.group()
    spelt = len(first) <= 3 or not re.search(r"[AEIOU]", first[:2])  # "FBI", "HSBC"; not "NATO"
    if first.isupper() and len(first) > 1 and spelt:
        return first[0] in _VOWEL_SOUND_LETTERS  # spelt out letter by letter: "an FBI", "a UN"…
    if len(first) == 1:
        return first.upper() in _VOWEL_SOUND_LETTERS
    lowered = first.lower()
    if lowered.startswith(_SILENT_H):
        return True
    if _CONSONANT_SOUND.match(lowered):
        return False
    return lowered[0] in "aeiou"
