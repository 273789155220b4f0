"""Question patterns: turn a sentence of a known shape into a natural wh-question about one of its spans."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from quizgen.model import Sentence, Span
from quizgen.placeholders import Slot, fill
from quizgen.questions.compiled_patterns import (
    CompiledPattern,
    CompiledPatterns,
    Literal,
    compile_patterns,
    sentence_words,
)
from quizgen.questions.phrases import (
    CHANGE,
    clause_ok,
    clause_start,
    comma_list_risk,
    noun_phrase_ok,
    opening_case,
    opening_qualifier,
    trailing_qualifier,
)
from quizgen.questions.verbs import PRESENT_FORMS

__all__ = ["CompiledPattern", "compile_patterns", "question_from_patterns"]

# "Erie Canal runs", "Apple makes": a name then a verb of the present tense starts a clause, not a subject.
_NAME_THEN_WORD = re.compile(r"[A-Z][\w-]* ([a-z]+s)\b")


def _name_then_verb(subject: str) -> bool:
    return any(match.group(1) in PRESENT_FORMS for match in _NAME_THEN_WORD.finditer(subject))


SUBJECT_WORDS = 12  # a free slot that opens the rule: the clause's subject
MIDDLE_WORDS = 8  # a free slot between two pieces of text
MIDDLE_CHARS = 160  # as far as such a slot is looked for, so a long sentence costs no more than a short one
_FINAL = re.compile(r"[\s.!?…]+\Z")
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_AND_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[A-Z0-9$€£¥]\S*\s+(?:and|or|&)\s+\Z")
_THE, _THE_BEFORE = re.compile(r"the\s+", re.I), re.compile(r"(?<!\w)the\s+\Z", re.I)
# A figure changes over a period or against something ("rose 5% in 2019", "fell 0.4% against the dollar"):
# a question about it keeps those words, or it has as many answers as the article has periods.
FIGURE_KINDS = frozenset({"percent", "money", "number", "quantity", "multiplier"})
_RELATIVE = re.compile(r",\s*(?:which|who|whose|that)\b", re.IGNORECASE)
# A name that only qualifies the name before it ("Essen, Germany", "Austin, Texas"): a relative clause after it
# is about the phrase the pair belongs to, not the second name.
_QUALIFIED_NAME = re.compile(r"[A-Z][\w'’.-]*,\s+(?:the\s+)?\Z")
_START, _END = "<start", "<end"  # where the match begins and ends: never a slot's name, so never filled


def question_from_patterns(sentence: Sentence, span: Span, compiled: tuple[CompiledPattern, ...]) -> str | None:
    """The question of the first rule whose shape fits the sentence with its asked slot exactly on `span`."""
    if span not in sentence.spans:
        return None
    present = sentence_words(sentence.text)
    rules = compiled.candidates(span.kind, present) if isinstance(compiled, CompiledPatterns) else compiled
    for rule in rules:
        if span.kind in rule.kinds and rule.words <= present:
            question = _Match(rule, sentence, span).question()
            if question is not None and (_SECOND_CLAUSE.search(question) or _PAST_VERB_AFTER_DID.search(question)):
                return None  # its blank form reads as the sentence does
            if question is not None:
                # "To what percentage did The average rate … fall?": the sentence's capital, inside a question
                return _CAPITAL_AFTER_AUXILIARY.sub(lambda m: m.group(1) + m.group(2).lower(), question)
    return None


# "When did East Germany build the wall …, and the wall became a symbol …?": a second clause with its own subject
# after the asked one cannot be turned with it into one question.
# "the highest loss since records began in 2008": the rule's verb ("began") belongs to a clause that opens inside a
# slot ("since records"), not to the slot's subject; asked, it read "When did the highest loss since records
# begin?" (blind review 77). (After "since 1990" or "since the war," the slot goes on past a phrase, no clause.)
_OPENS_A_CLAUSE = re.compile(
    r"\b(?:since|because|although|though|whereas|unless|until|till|once|while)\s+(?!\d|then\b)[^\d,;:()]*$"
)
_SECOND_CLAUSE = re.compile(r", (?:and|but|while|whereas) (?:the|a|an|its|his|her|their|this|these|those) ")
# "When did Bruegel marry Mayken Coecke and moved to Brussels?" (blind review 81): the rule turned the first verb to
# its base form and left the one coordinated with it in the past; the cloze reads right, so that is asked instead
# (a verb of a clause the question keeps, ", which removed phosphorus and allowed …", is no such verb)
_PAST_VERB_AFTER_DID = re.compile(
    r"\b(?:did|does|do)\b(?:(?!, (?:which|who|whose|where)\b)[^;])* and (?:then |later |also |soon )?"
    r"(?:(?!\w*eed\b|hundred\b)[a-z]{2,}ed|went|became|began|took|made|won|left|wrote|built|gave|found|led|fought"
    r"|sold|bought|met|ran|saw|spent|taught|brought|held|kept|lost|sent|told|came)\b"
)
_CAPITAL_AFTER_AUXILIARY = re.compile(
    r"\b((?:did|does|do|was|were|is|are|has|have|had|will|would|can|could) )(The|A|An|This|These|Its|Their)\b"
)


def _coordinated(text: str, span: Span) -> bool:
    """'founded by Smith and Jones', 'in 2019 and 2020': the span is one of several answers, so no single one."""
    after = re.match(r"\s+(?:and|or|&)\s+[A-Z0-9$€£¥]", text[span.end :])
    before = _AND_BEFORE.search(text, max(0, span.start - 80), span.start)
    return bool(after or before)


class _Match:
    """One attempt of one rule on one sentence: the asked slot is pinned to the span, the rest is searched."""

    def __init__(self, rule: CompiledPattern, sentence: Sentence, span: Span) -> None:
        self.rule, self.sentence, self.span, self.text = rule, sentence, span, sentence.text

    def question(self) -> str | None:
        asked = self.rule.pieces[self.rule.asked]
        if not isinstance(asked, Slot) or asked.kinds is None or self.span.kind not in asked.kinds:
            return None
        if self.span not in self.sentence.spans:
            return None
        pinned = {asked.name: self.span.text}
        for before in self._backward(self.rule.asked - 1, self.span.start, pinned):
            for values in self._forward(self.rule.asked + 1, self.span.end, before):
                if "change" in values and not CHANGE.search(values["change"]):
                    continue  # "grew revenue to $3 billion": {change} is the amount that changed, else no fit
                if any(_OPENS_A_CLAUSE.search(value) for value in values.values() if isinstance(value, str)):
                    continue
                question = self._phrase(values)
                if question is not None and self.span.kind in FIGURE_KINDS:
                    question = self._qualified(question, values[_START], values[_END])
                if question is not None:
                    # Checked only once the shape fits: they do not depend on how it fits.
                    if _coordinated(self.text, self.span) or self._ambiguous(asked):
                        return None
                    return None if _POSSESSIVE.match(self.text, self.span.end) else question
        return None

    def _qualified(self, question: str, start: int, end: int) -> str | None:
        """The question with the sentence's "in 2019", "on Monday", "against the dollar" kept; None when such
        words are there but cannot be carried over (a pronoun, a long clause)."""
        tail = trailing_qualifier(self.text, end)
        if tail is None:
            return None
        opening = opening_qualifier(self.text, start, self.sentence.spans)
        extra = " ".join(part for part in (tail, opening) if part)
        if not extra:
            return question
        question = question[:-1] + " " + extra + "?"
        return None if self._gives_away(question) else question

    def _phrase(self, values: Mapping[str, str]) -> str | None:
        question = " ".join(fill(self.rule.pattern.ask, values).split())
        question = _FINAL.sub("", question.rstrip("?").rstrip()) + "?"
        question = question[:1].upper() + question[1:]
        return None if self._gives_away(question) else question

    def _gives_away(self, question: str) -> bool:
        """The stem must not give the answer away (the same figure written elsewhere in the sentence)."""
        return bool(re.search(rf"(?<!\w){re.escape(self.span.text)}(?!\w)", question, re.IGNORECASE))

    def _ambiguous(self, asked: Slot) -> bool:
        """'rose by 5% in 2019 and by 3% in 2020': the rule's word before the answer ("by") introduces another
        figure of the kind too, so the question, which drops "in 2019", would have two right answers."""
        before = self.rule.pieces[self.rule.asked - 1] if self.rule.asked else None
        found = re.search(r"(\w+)\s*\Z", before.text) if isinstance(before, Literal) else None
        if found is None:
            return False
        # Only where the word comes again right after "and", "or" or a comma: "began in 1939 and ended in 1945"
        # has two verbs, so two questions, each with its one answer.
        lead = re.compile(rf"(?:\band|\bor|,)\s+{re.escape(found.group(1))}\s+(?:the\s+)?\Z", re.IGNORECASE)
        return any(
            other != self.span
            and other.kind in (asked.kinds or ())
            and lead.search(self.text, max(0, other.start - 40), other.start)
            for other in self.sentence.spans
        )

    def _spans_at(self, slot: Slot, start: int | None = None, end: int | None = None) -> Iterator[Span]:
        for span in self.sentence.spans:
            if span.kind in (slot.kinds or ()) and (start is None or span.start == start) and (
                end is None or span.end == end
            ):
                # "Seoul's Gangnam district" is not Seoul: a possessive name belongs to a longer phrase.
                if not _POSSESSIVE.match(self.text, span.end):
                    yield span

    def _name_starts(self, pos: int) -> list[int]:
        """Where a span may start for a slot at `pos`: there, or after a "the" that names often carry
        outside their span ("the United States"), which the slot then keeps."""
        article = _THE.match(self.text, pos)
        return [pos, article.end()] if article else [pos]

    def _forward(self, i: int, pos: int, values: dict[str, str]) -> Iterator[dict[str, str]]:
        pieces = self.rule.pieces
        if i == len(pieces):
            yield {**values, _END: pos}
            return
        piece = pieces[i]
        if isinstance(piece, Literal):
            match = piece.forward.match(self.text, pos)
            if match:
                yield from self._forward(i + 1, match.end(), values)
        elif piece.kinds is not None:
            for start in self._name_starts(pos):
                for span in self._spans_at(piece, start=start):
                    yield from self._forward(i + 1, span.end, {**values, piece.name: self.text[pos : span.end]})
        elif i == len(pieces) - 1:
            end = len(_FINAL.sub("", self.text))
            rest = self.text[pos:end].strip()
            if pos < end and clause_ok(rest):
                yield {**values, piece.name: rest, _END: end}
        else:
            following = pieces[i + 1]
            assert isinstance(following, Literal)  # parse_pattern puts words between slots
            for match in following.forward.finditer(self.text, pos, pos + MIDDLE_CHARS + following.reach()):
                chunk = self.text[pos : match.start()].strip()
                if noun_phrase_ok(chunk, MIDDLE_WORDS):
                    yield from self._forward(i + 1, match.start(), {**values, piece.name: chunk})

    def _backward(self, i: int, pos: int, values: dict[str, str]) -> Iterator[dict[str, str]]:
        if i < 0:
            if self._opens_a_clause(pos):
                yield {**values, _START: pos}
            return
        piece = self.rule.pieces[i]
        if isinstance(piece, Literal):
            match = piece.ending.search(self.text, max(0, pos - piece.reach()), pos)
            if match:
                yield from self._backward(i - 1, match.start(), values)
        elif piece.kinds is not None:
            for span in self._spans_at(piece, end=pos):
                article = _THE_BEFORE.search(self.text, max(0, span.start - 12), span.start)
                for start in ([article.start()] if article else []) + [span.start]:
                    # "The Empire State Building, which opened …": the sentence's capital is not the name's.
                    value = self.text[start:pos]
                    value = "the" + value[3:] if start < span.start and value.startswith("The") else value
                    yield from self._backward(i - 1, start, {**values, piece.name: value})
        elif i == 0:
            found = self._subject(pos)
            if found is not None:
                yield {**values, piece.name: found[0], _START: found[1]}
        else:
            previous = self.rule.pieces[i - 1]
            assert isinstance(previous, Literal)
            window = max(0, pos - MIDDLE_CHARS - previous.reach())
            ends = sorted({m.end() for m in previous.forward.finditer(self.text, window, pos)}, reverse=True)
            for start in ends:
                chunk = self.text[start:pos].strip()
                if noun_phrase_ok(chunk, MIDDLE_WORDS):
                    yield from self._backward(i - 1, start, {**values, piece.name: chunk})

    def _opens_a_clause(self, pos: int) -> bool:
        """A rule that opens with a typed slot makes it the subject: "the daughter of Ada Lovelace was born in
        London" is not about Ada Lovelace. Only an apposition ("{place}, the capital of …") may sit anywhere."""
        first, pieces = self.rule.pieces[0], self.rule.pieces
        if isinstance(first, Literal):
            # "In 1912 the scientist proposed …" opens its clause; "… studied in 1912 the …" is another shape.
            return clause_start(self.text, pos)[0] == pos
        if first.kinds is None:
            return True
        # "Parliament met in Canberra, the capital of …" may; "the bridge near Paris, which opened in 1931" is
        # not about Paris, so a name that a relative clause follows must open its clause like any other.
        if len(pieces) > 1 and isinstance(pieces[1], Literal) and pieces[1].text.startswith(","):
            if not _RELATIVE.match(pieces[1].text):
                return True
            if _QUALIFIED_NAME.search(self.text, max(0, pos - 60), pos):
                return False  # "the opera house in Essen, Germany, which opened in 1988": Germany did not open
        # Between the clause start and the span: nothing, "the", or a title ("Governor", "US President").
        before = self.text[clause_start(self.text, pos)[0] : pos].split()
        return all(word[:1].isupper() or word.lower() == "the" for word in before)

    def _subject(self, end: int) -> tuple[str, int] | None:
        """The opening free slot: from the start of the clause to where the rule's words begin (and where)."""
        start, at_sentence_start = clause_start(self.text, end)
        subject = self.text[start:end].strip()
        if not noun_phrase_ok(subject, SUBJECT_WORDS, self.rule.stop_words) or _name_then_verb(subject):
            return None  # "the Erie Canal runs for 363 miles … and opened in 1825" has a verb of its own
        if comma_list_risk(self.text, start, subject):
            return None
        if at_sentence_start:
            return opening_case(self.text, start, subject, self.sentence.spans), start
        return subject, start
