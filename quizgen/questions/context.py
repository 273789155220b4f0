"""Make a prompt stand alone: tidy its opening, and supply the sentence or title its pronouns lean on."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from quizgen.analyse.facts import DATELINE
from quizgen.analyse.name_words import EVENT_HEADS
from quizgen.analyse.person_names import looks_like_a_person
from quizgen.analyse.sentence_spans import SYMBOL_EXPLAINED
from quizgen.analyse.terms import opens_on
from quizgen.model import NAME_KINDS, Analysis, Sentence, Span
from quizgen.questions.article_index import AnalysisKey
from quizgen.questions.descriptions import (
    DESCRIBED_KIND,
    DESCRIBED_ROLE,
    DESCRIBED_SUBJECT,
    PICKING_WORDS,
    described_anywhere,
    described_nouns,
)
from quizgen.questions.flaws import gives_away
from quizgen.questions.it_referent import leans_on_it, opens_on_the_title, title_stands_for_it
from quizgen.questions.leaning import (
    DEMONSTRATIVES,
    EXPLETIVE_IT,
    PERSONAL,
    leans_on_previous,
    names_something,
    object_of_its_own_subject,
    pronoun_leaned_on,
    strip_connective,
)
from quizgen.questions.not_asked import asks_or_points_away, fragment_about_its_answer
from quizgen.questions.pointers import (
    ELIDED_NOUN,
    compares_with_the_sentence_before,
    demonstrated_noun,
    figure_of_nothing,
    points_at_the_sentence_before,
    points_to_a_time_before,
)
from quizgen.questions.sentence_before import (
    attributed,
    explains,
    leans_on_the_sentence_before,
    mentions_described,
    owner_named_before,
    previous_in_section,
    speaker_unexplained,
)
from quizgen.questions.titles import (
    NAME_TITLE,
    TITLE_PRONOUNS,
    describes_title_subject,
    names_another_thing,
    names_one_subject,
    names_one_thing,
    one_of_the_titles_many,
    one_thing_described,
    organisation_the_title_leaves_unnamed,
    refers_to_title_subject,
    thing_the_title_leaves_unnamed,
    title_names_person,
    title_resolves,
)

# What the rest of quizgen and its tests ask of this module, though some of it now lives in the modules above.
__all__ = [
    "context_for",
    "kind_only_the_title_named",
    "leans_on_previous",
    "names_one_subject",
    "naming_the_subject",
    "needs_the_title",
    "question_context",
    "strip_connective",
    "title_context",
]


def needs_the_title(sentence: Sentence, hidden: tuple[Span, ...], analysis: Analysis | None = None) -> bool:
    """Is the title all that says what the sentence is about, once its answer is hidden? "Annual inflation stood
    at 1.55 percent, within [Bank Indonesia]'s target range" names nothing else; "A [bill] is a proposed law"
    defines its term and needs nothing. A title that gives the answer away cannot be shown, and such a sentence
    is then not asked.

    Past an article's opening, a sentence that names things still leans on the title for what it is about:
    "Investigators also established that two of the vessel's four life rafts had failed …", "Turnout in the Baltic
    state peaked at 75.2 percent in 1992" (reviewers found such bare sentences the commonest reason an untitled item
    failed). Only the opening lines, a story's lead or an entry's first sentence, say it themselves."""
    if any(span.kind == "term" for span in hidden):
        return False
    if _dateline_named_the_place(sentence):
        return True  # "CARLISLE, England — … left large parts of the city under water": which city?
    if not names_something(sentence, hidden):
        return True
    return analysis is not None and not _opens_the_article(sentence, analysis)


# A news story's standfirst and lead, an entry's first sentence and the one after it: what the article is about is
# said there in full, not leaned on.
_OPENING_LINES = 2


def _opens_the_article(sentence: Sentence, analysis: Analysis) -> bool:
    body = (s.index for s in analysis.sentences if not s.is_heading and s.text.strip())
    opening = [index for index, _ in zip(body, range(_OPENING_LINES), strict=False)]
    return sentence.index in opening


def title_context(title: str) -> str:
    return f"From “{title}”:" if title else ""


def context_for(sentence: Sentence, analysis: Analysis, hidden: tuple[Span, ...] = ()) -> str | None:
    """What must stand before the sentence for a student to understand it without the article.

    "" when it stands alone; the previous sentence when a pronoun leans on it and that sentence names
    someone or something; the article's title when the sentence names nothing of its own; None when
    nothing makes it clear, and the sentence is better not asked. A fragment whose subject is its answer
    ("_____ marked a turning point.") is asked only after a sentence that explains it ("… Cape Verde became
    independent on 5 July 1975. _____ was its first president.").
    """
    if _year_reckoned_from_another(sentence, hidden) or _carries_on_a_supposed_case(sentence, analysis):
        return None
    if _defines_by_what_went_before(sentence):
        # "A new business owner needs to know how many products must be sold to avoid a loss. [Break-even analysis]
        # is a method used to find this figure." (review 103: alone, which figure?)
        before = previous_in_section(sentence, analysis)
        if before is None or _sentence_before_standing_alone(sentence, analysis) is None:
            return None
        shown = strip_connective(before.text)[0]
        return None if any(gives_away(span.kind, span.text, shown) for span in hidden) else shown
    if defines_a_named_term(sentence, analysis):
        return ""  # "Diffusion is the net movement of particles from … where they are …" under "Diffusion"
    if _all_but_a_pronoun_and_a_verb(sentence, hidden):
        return None
    if _object_pronoun_only_the_hidden_person_names(sentence, analysis, hidden):
        return None
    needed = _context_needed(sentence, analysis, hidden)
    if needed is not None and not needed.removeprefix(title_context(analysis.document.title)).strip():
        # Nothing but the title was to go before it: it does not say which arrangement or issue.
        if _abstract_the_title_leaves_unnamed(strip_connective(sentence.text)[0], analysis):
            needed = _sentence_before_standing_alone(sentence, analysis)
    if needed is not None and not needed.removeprefix(title_context(analysis.document.title)).strip():
        text = strip_connective(sentence.text)[0]
        if _introduced_just_before(text, sentence, analysis) or _measure_named_just_before(text, sentence, analysis):
            # (When the sentence before leans on another, the title stays: reviewers passed "Atahualpa had just won
            # the war …" in "Inca Empire" with it, and a chain of sentences would explain no better.)
            before = _sentence_before_standing_alone(sentence, analysis)
            # (nor when it gives the answer away: "Joseph Meister, a nine-year-old boy …" before "… treat the boy
            # …, and _____ survived")
            needed = before if before and not any(span.text in before for span in hidden) else needed
    if needed is not None and not needed.removeprefix(title_context(analysis.document.title)).strip():
        title = analysis.document.title
        if _PLACE_BASED_SUBJECT.match(strip_connective(sentence.text)[0]) and any(
            gives_away(span.kind, span.text, title) for span in hidden
        ):
            # "The London-listed group said … came to [$21.4 billion]" under "Northmere Energy profits slip to $21bn
            # …": the headline that says which group gives the figure away, and left off it leaves the group unnamed
            # (blind review 48); the sentence before names it ("Northmere Energy reported …"), or the fact is not
            # asked.
            needed = _the_sentence_before_shown(sentence, analysis, hidden)
        if _names_one_of_the_parts_counted_before(sentence, analysis):
            # "Every metaphor has two parts. The subject being described is called the [tenor] …": of what only the
            # sentence before says; when it cannot be shown, the sentence is not asked.
            needed = _the_sentence_before_shown(sentence, analysis, hidden)
    if needed is not None and not needed.removeprefix(title_context(analysis.document.title)).strip():
        previous = previous_in_section(sentence, analysis)
        if leans_on_the_sentence_before(strip_connective(sentence.text)[0], previous, analysis.document.title):
            # "Soil creep is the slowest type", "… how those votes are turned into seats": of what, which votes,
            # only the sentence before says; when it cannot be shown, the sentence is not asked.
            needed = _the_sentence_before_shown(sentence, analysis, hidden)
    if needed is not None and _shown_before_leans_further(needed, sentence, analysis):
        return None
    if needed is not None and _shown_before_points_back(needed, sentence, analysis):
        return None
    if needed is not None and _shown_before_leans_on_a_title_left_off(needed, sentence, analysis, hidden):
        return None
    if needed is not None and _symbol_of_a_formula_not_shown(sentence, needed):
        # "Ep = mgh" just before "Here h is the height in metres and g is …" is the formula it speaks of: it goes
        # in front (blind review 87).
        return _formula_before(sentence, analysis, hidden)
    if needed == "" and _dateline_named_the_place(sentence):
        needed = title_context(analysis.document.title)
    if needed is not None and fragment_about_its_answer(sentence, hidden):
        return needed if needed.removeprefix(title_context(analysis.document.title)).strip() else None
    return needed


# "in 1969, thirty-five years later", "Two decades earlier, in 1848": a time counted from another, beside the
# year it dates. ("revealing its solution two years later" counts from the year asked; "a year later than planned"
# says from what.)
_COUNTED = r"(?:\d+|a|an|one|[a-z]+(?:-[a-z]+)?) (?:years?|decades?|months?) (?:later|earlier)\b(?! than\b)"
_COUNTED_AFTER = re.compile(rf"^,? (?:(?:some|about|nearly|almost|exactly|only|just) )?{_COUNTED}", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(rf"\b{_COUNTED},? (?:in|on|by) $", re.IGNORECASE)


def _year_reckoned_from_another(sentence: Sentence, hidden: tuple[Span, ...]) -> bool:
    """Is a hidden year or date counted from a time told elsewhere? "Her team finally solved its structure in
    _____, thirty-five years later" leaves "later than what" open, and the sentence before that says ("She had
    photographed an insulin crystal in 1934 …") gives the answer away by a sum (blind review 77: "'thirty-five
    years later' point[s] back to insulin and 1934, neither shown on the card"). Such a year is not asked."""
    return any(
        span.kind in ("year", "date")
        and (_COUNTED_AFTER.match(sentence.text[span.end :]) or _COUNTED_BEFORE.search(sentence.text[: span.start]))
        for span in hidden
    )


# "Rømer assisted him", "Curie thanked her": the biography's subject, by name, doing something to someone else.
_SUBJECT_ACTS_ON_SOMEONE = re.compile(r"^(\w[\w’'-]+) (?:[a-z]+ly )?[a-z]+ (?:him|her)\b")


def _object_pronoun_only_the_hidden_person_names(
    sentence: Sentence, analysis: Analysis, hidden: tuple[Span, ...]
) -> bool:
    """In a biography, does the sentence open on its subject, by name, acting on a "him" or "her" that only the hidden
    person is? Under "Ole Rømer", "Rømer assisted him, and when [Picard] returned to France in 1672 he brought the
    Dane with him" leaves "him" no one once Picard is hidden (blind review 87: "'Rømer assisted him' and 'he brought
    the Dane' point to no one"); the title cannot say who, since "him" is not Rømer. Such a person is not asked."""
    match = _SUBJECT_ACTS_ON_SOMEONE.match(strip_connective(sentence.text)[0])
    if match is None or not any(span.kind == "person" for span in hidden):
        return False
    if match.group(1) not in analysis.document.title.split() or not title_names_person(analysis):
        return False
    return not any(
        span.kind == "person" and span not in hidden and span.text not in analysis.document.title
        for span in sentence.spans
    )


# "You should know ", "There are ", "We will meet ": a pronoun and a verb or two, and nothing said of what.
# ("They married on 21 August 1929" is someone's wedding, which the sentence before says.)
_PRONOUN_AND_VERB = re.compile(r"^(?:You|We|There|Here)(?: [a-z]+){0,3} $")


def _all_but_a_pronoun_and_a_verb(sentence: Sentence, hidden: tuple[Span, ...]) -> bool:
    """Is the hidden phrase all the sentence says, after a pronoun and its verb? "You should know four main types:"
    opens a textbook's list, and "You should know _____." (blind review 80: "does not say types of what") asks a
    bare quantity of nothing; the list after it is where the types are."""
    text, shift = strip_connective(sentence.text)
    return any(
        _PRONOUN_AND_VERB.match(text[: span.start - shift]) and re.fullmatch(r"[.:!]?", text[span.end - shift :])
        for span in hidden
    )


# "b is the coefficient of x", "The number a is called …": a letter standing for a number, as a word of its own.
# ("5 m", "e.g.", "(b)" and "Vitamin C" are units, abbreviations, labels and names; "Kahlo y Calderón", "Uber v
# Aslam", "Dom Pedro e …" a name's joining words, and never read as symbols.)
_SYMBOL = re.compile(
    r"(?<![\w'’(.-])(?<!\d )[b-df-hj-np-uwxz](?![\w'’.)(-])|"
    r"\b(?:number|variable|constant|letter|symbol)s? a(?= (?:is|are|was|were|has|and)\b|[,.;])"
)
# "If a is a factor of b, then b is called a multiple of a": a sentence that says what its letters are itself.
_SETS_ITS_LETTERS = re.compile(r"(?:If|Let|Suppose|Given|For (?:any|every|all|each))\b")
# "ax² + bx + c = 0", "b² − 4ac", "(1 + r/100)": a formula, which says what its letters are.
_FORMULA = re.compile(r"[=≠<>+−×÷²³^]|\w/\w")


# "9.8 N/kg", "340 m/s": a unit, not a formula.
_UNIT_RATIO = re.compile(r"(?<=\d)\s?[A-Za-zµ°]{1,3}/[A-Za-z]{1,3}\b")


def _has_formula(text: str) -> bool:
    return _FORMULA.search(_UNIT_RATIO.sub("", text)) is not None


def _formula_before(sentence: Sentence, analysis: Analysis, hidden: tuple[Span, ...]) -> str | None:
    """The title and the line before, when that is a formula on a line of its own ("Ep = mgh", which the reader takes
    for a heading) and gives nothing away; else None."""
    if sentence.index == 0:
        return None
    line = analysis.sentences[sentence.index - 1]
    # (under "p = ρ × g × h" and "where:", a line per symbol: "g is the gravitational field strength, 9.8 N/kg"
    # speaks of the formula over the lines that explain its other letters, review 103)
    steps_back = 1
    while (
        not line.is_heading and _explains_a_symbol(line.text) and steps_back < 6 and sentence.index > steps_back
    ):
        steps_back += 1
        line = analysis.sentences[sentence.index - steps_back]
    if not line.is_heading or line.section != sentence.section or "=" not in line.text:
        return None
    formula = line.text if line.text.endswith((".", ":")) else f"{line.text}."
    shown = f"{title_context(analysis.document.title)} {formula}".strip()
    return None if any(span.text in shown for span in hidden) else shown


def _explains_a_symbol(line: str) -> bool:
    """"where:", "ρ (the Greek letter rho) is the density of the liquid", "h = height in metres": a line under a
    formula."""
    return line.strip() in ("where", "where:") or SYMBOL_EXPLAINED.match(line) is not None


def _symbol_of_a_formula_not_shown(sentence: Sentence, needed: str) -> bool:
    """Does the sentence speak of letters a formula before it set out, with no formula on the card? "The number a
    is called the leading coefficient, b is the coefficient of x, and c is known as the constant term" names the
    parts of "ax² + bx + c = 0" two sentences back (blind review 82: "'The number a' only makes sense with the
    standard form … which the card does not show"). It is asked only after a shown sentence with its formula."""
    text = _UNIT_RATIO.sub("", sentence.text)  # (the "h" of "km/h" is no letter of a formula)
    if _has_formula(sentence.text) or not _SYMBOL.search(text) or _SETS_ITS_LETTERS.match(text):
        return False
    return not _has_formula(needed)


# "Imagine a child weighing 300 N …", "Suppose a bank receives a deposit of $1,000 …": a case made up to be worked.
_SUPPOSED_CASE = re.compile(r"^(?:Imagine|Suppose|Picture|Consider|Assume|Let us (?:say|suppose|imagine))\b")


def _carries_on_a_supposed_case(sentence: Sentence, analysis: Analysis) -> bool:
    """Does the sentence work on a case the sentence before made up? "The anticlockwise moment is 300 × 2 = 600 Nm"
    after "Imagine a child weighing 300 N sitting 2 m from the centre of a seesaw" asks what the example works out,
    and neither alone nor after the example says which moment it is (blind review 78: "Without the seesaw example
    … the card cannot show whether it is the clockwise or anticlockwise moment, or what is being calculated"). Its
    figures and names belong to the example, not to what is taught: it is not asked."""
    previous = previous_in_section(sentence, analysis)
    return previous is not None and _SUPPOSED_CASE.match(strip_connective(previous.text)[0]) is not None
# After a term that opens a sentence, what makes the sentence its definition: "Diffusion is the …", "Ratio: a …".
# ("Lightning is the same process on an enormous scale" leans on the sentence before, and "Temperature and heat are
# words we use every day" defines nothing.)
_DEFINING_AFTER_THE_TERM = re.compile(
    r"(?: (?:is|are) (?:the|a|an) (?!(?:same|similar|opposite|reverse|other|former|latter)\b)| means | ?[:–—] )"
)
_DEFINED_BEFORE_THE_TERM = re.compile(r"The [a-z][^,;:]* (?:is|are) (?:the|a|an) ")


def defines_a_named_term(sentence: Sentence, analysis: Analysis) -> bool:
    """Does the sentence open on the definition of a term that the title or the heading above it names ("Diffusion
    is the net movement of particles from a region where they are at a higher concentration …" under "Diffusion",
    "Ratio: a comparison of two or more quantities of the same kind." under "Ratio and Proportion")? Such a sentence
    is the fact a teacher asks of the chapter, and it stands alone: its "they" and "the same" point within it, to
    the particles and the quantities it names (blind reviews 77 and 79 found no item of either passage's key term).
    The title that names the term is not shown with it."""
    term = next((span for span in sentence.spans if span.kind == "term"), None)
    if term is None:
        return False
    text = sentence.text
    opens = (
        opens_on(text, term.start)
        and _DEFINING_AFTER_THE_TERM.match(text, term.end) is not None
    )
    # "The price of labour is the wage." under "Labour Markets and Wages": a definition ending on its term, which
    # says which wage it means (blind review 75)
    closes = text[term.end :] in ("", ".") and _DEFINED_BEFORE_THE_TERM.fullmatch(text, 0, term.start) is not None
    if not opens and not (closes and not leans_on_previous(sentence)):
        return False
    return any(gives_away("term", term.text, name) for name in _names_above(sentence, analysis) if name)


def _defines_by_what_went_before(sentence: Sentence) -> bool:
    """Does the sentence open on a term and define it by a demonstrative that points back ("Break-even analysis is a
    method used to find this figure.")?"""
    term = next((span for span in sentence.spans if span.kind == "term"), None)
    if term is None or not opens_on(sentence.text, term.start):
        return False
    if _DEFINING_AFTER_THE_TERM.match(sentence.text, term.end) is None:
        return False
    # (of a noun the sentence has not named: "…, and this process takes place in the chloroplasts" points within it)
    return demonstrated_noun(sentence.text, sentence, 0)


def _names_above(sentence: Sentence, analysis: Analysis) -> tuple[str, str]:
    """The title, and the heading nearest above the sentence ("" when there is none)."""
    heading = next(
        (before.text for before in reversed(analysis.sentences[: sentence.index]) if before.is_heading), ""
    )
    return analysis.document.title, heading


# "… left large parts of the city under water": a place the sentence does not name.
_THE_PLACE = re.compile(r"\bthe (?:city|town|village|port|island|country|capital|region|state|province)\b(?!['’]s? )")


def _dateline_named_the_place(sentence: Sentence) -> bool:
    """Did a dateline the prompt leaves out name the place the sentence calls "the city"? Under "CARLISLE, England
    — ", "A £38 million flood-defence scheme … was formally opened on Friday, almost nine years after Storm Desmond
    left large parts of the city under water" says which city only with the dateline (reviewers: "the city
    unresolved, Carlisle never named"); the title, which names it, must go before, and when it gives the answer away
    ("£38m flood barrier opens in Carlisle …" over "A £38 million flood-defence scheme …") the item is not asked."""
    match = DATELINE.match(sentence.text)
    if match is None or _THE_PLACE.search(sentence.text, match.end()) is None:
        return False
    place = re.split(r"[,(—–-]", match.group())[0].strip().title()  # ("THESSALONIKI, Greece — Thessaloniki …")
    return place not in sentence.text[match.end() :]


def _shown_before_points_back(needed: str, sentence: Sentence, analysis: Analysis) -> bool:
    """Does the sentence set before this one open on one of a group only the sentence before it names? Under
    "Hagia Sophia", "The first, known as the Great Church, was dedicated in 360 …" shown before "A second church …
    was consecrated in 415" says "the first" of what only to a reader who saw "the site" named before it
    (reviewers: "the context sentence it adds opens with a dangling 'The first'"); "The smallest is …", "The
    remaining …" are as lost. Such a sentence explains nothing, and the sentence is not asked. (Other pointers in
    it, "went further", "both kingdoms", a quotation's "every year", reviewers let pass.)"""
    title = title_context(analysis.document.title)
    previous = previous_in_section(sentence, analysis)
    if previous is None or not needed.removeprefix(title).strip() or _quotation_left_open(previous.text):
        return False  # (a quotation's opening sentence is shown with the one that closes it, by design)
    before = strip_connective(previous.text)[0]
    return before in needed and ELIDED_NOUN.match(before) is not None


# "The arrangement ended …", "… tried to settle the issue", "The revolt led to …", "The move was criticised …",
# "The most widely used scale was devised …", "The pair had been searching …": a thing the article told of before,
# which no title names unless it says the word.
_ABSTRACT = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )"  # ("Continental drift is the idea, put forward …, that …")
    r"\b[Tt]he (?!(?:first|last|same|current|existing|present|[a-z]+est)\b)"
    # "The most widely used scale"; no plural ("… that the continents move slowly" is a verb) nor "of" among the
    # words before ("the restoration of imperial rule" says which rule).
    r"(?:(?!(?:of|in|on|at|to|for|by|with|from|and|or)\b)[a-z][a-z-]*[a-rt-z] ){0,3}?"
    r"(issue|rule|arrangement|proclamation|revolt|rebellion|uprising|scheme|meeting|reforms?|measures?|scale|"
    r"definition|idea|theory|move|practice|tool|pair|phenomenon)\b"
    r"(?! (?:of|that)\b)"
    # "The work was overseen by the general Meng Tian" in "Great Wall of China" (the walls Qin Shi Huang had linked),
    # "The expedition reached Cape Chelyuskin", "Today the figure is more than one in two" (the share of people in
    # towns): a piece of work, a journey or a figure the sentence before told of, as the sentence's subject. (Later in
    # a sentence, "authorising the work", "disagree about the true figure", the sentence itself mostly says which.)
    # "The result was hyperinflation, …" after "… the government printed money to pay them", "The listing was
    # extended to the Albanian side in 2019" after "… inscribed on the UNESCO World Heritage List" (blind reviews 84,
    # 85): the result of, or the listing told of in, the sentence before.
    r"|^(?:[A-Z][^,]{0,40}, |(?:Today|Now|By then|In \d{4}) )?[Tt]he (?:[a-z]+ )?"
    r"(work|expedition|figure|result|outcome|consequence|listing|ruling|verdict)\b"
    r"(?! (?:of|that|on)\b)"
)


def _abstract_the_title_leaves_unnamed(text: str, analysis: Analysis) -> bool:
    """Does the sentence speak of "the arrangement", "the issue" or "the revolt" under a title without that word?
    Reviewers: "'When did the arrangement end?' - the arrangement (British protectorate) is never stated"; "'The
    revolt' … unresolved". ("The pH scale", "the idea that knowledge comes from experience" say which; "the
    current scheme" is the one in force.)"""
    match = _ABSTRACT.search(text)
    return match is not None and (match.group(1) or match.group(2))[:5] not in analysis.document.title.lower()


# "beneath the rack where …", "the drain": a definite description, and the words after it (a second noun, or none).
_THE_THING = re.compile(r"\bthe (?!(?:first|last|same|most|other|[a-z]+est)\b)([a-z][a-z-]{2,})\b(?! of\b)")


def _introduced_just_before(text: str, sentence: Sentence, analysis: Analysis) -> bool:
    """Does the sentence speak of "the rack" that the sentence before brought in as "a cheese-turning rack"? Under
    a headline on a dairy's fine, "Inspectors in February 2023 found a cracked floor tile beneath the rack where
    water had pooled for months" means the rack "… matched samples taken from a drain and a cheese-turning rack at
    the site" told of, which neither the title nor the sentence says (blind review 78: "'the rack' refers back to
    the cheese-turning rack in the previous sentence, which the card does not show"). The sentence before then goes
    in front, or the sentence is not asked. (A thing the sentence itself or the title names is known.)"""
    previous = previous_in_section(sentence, analysis)
    if previous is None:
        return False
    title = analysis.document.title.lower()
    before_it = strip_connective(previous.text)[0]
    for match in _THE_THING.finditer(text):
        noun = match.group(1)
        # (each pattern is built for its noun, so a plain look for the noun first spares compiling most of them)
        if noun not in before_it.lower():
            continue
        if noun in title or noun in text[: match.start()].lower() and re.search(
            rf"\b{re.escape(noun)}", text[: match.start()], re.IGNORECASE
        ):
            continue  # ("Many axons are wrapped in … which insulates the axon": the sentence's own axons)
        introduced = rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b"
        if re.search(introduced, before_it, re.IGNORECASE):
            return True
        # "… was placed on the List of World Heritage in Danger …" before "… it was removed from the list in 2014"
        # (blind review 92: "'the list' (the Danger list) unresolved"): a name whose head is the noun.
        if re.search(rf"\bthe {re.escape(noun.capitalize())} of [A-Z]", before_it):
            return True
    return False


# "A ratio above 60 per cent …", "A reading below 90 …": a threshold of a measure the sentence calls by its kind only.
_THRESHOLD_OF_A_MEASURE = re.compile(
    r"(?:A|An) (ratio|reading|score|index|value|level|measurement)s? "
    r"(?:of )?(?:above|below|over|under|more than|less than|greater than|higher than|lower than)\b"
)


def _measure_named_just_before(text: str, sentence: Sentence, analysis: Analysis) -> bool:
    """Does the sentence open on a threshold of "a ratio" that the sentence before named? Under "Market Structures",
    "A ratio above [60 per cent] usually indicates an oligopoly" means the four-firm concentration ratio "A useful
    measure is the concentration ratio: …" defined (blind review 49, bad: "'A ratio' unresolved: the four-firm
    concentration ratio is never named"). The sentence before then goes in front, or the title stays."""
    match = _THRESHOLD_OF_A_MEASURE.match(text)
    previous = previous_in_section(sentence, analysis)
    if match is None or previous is None:
        return False
    noun = match.group(1)
    return noun not in analysis.document.title.lower() and re.search(rf"\b{noun}\b", previous.text, re.I) is not None


# "The London-listed group", "The Amsterdam-based company": an organisation the sentence calls by where it is.
_PLACE_BASED_SUBJECT = re.compile(
    r"^The [A-Z][\w.]*-(?:based|listed|headquartered|owned|registered) [a-z]+"
)


# "Every metaphor has two parts.", "Economists describe money by the three functions it performs.": a sentence that
# counts the parts or kinds of something, which the sentences after it then name one by one.
_PARTS_COUNTED = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|several) (?:main |basic |key |major |distinct |important |essential )?"
    r"(?:parts|types|kinds|forms|components|elements|stages|phases|functions|features|properties|layers|groups|"
    r"categories|classes|sorts|ways|roles|steps)\b"
)
# "… is called the tenor", "First, money is a …": a sentence that names one of them.
_NAMES_ONE = re.compile(r"\b(?:called|known as|termed)\b|^(?:First|Second|Third|Fourth|Finally|Firstly|Secondly),")


def _names_one_of_the_parts_counted_before(sentence: Sentence, analysis: Analysis) -> bool:
    """Does the sentence name one of the parts or kinds the sentence before counted? "The subject being described is
    called the tenor, and the image used to describe it is called the vehicle" after "Every metaphor has two parts."
    never says whose parts they are (blind review 96: "the prompt drops 'Every metaphor has two parts'"), nor does
    "First, money is a medium of exchange" say first of what (blind review 36). The sentence before goes in front."""
    previous = previous_in_section(sentence, analysis)
    if previous is None or _PARTS_COUNTED.search(previous.text) is None:
        return False
    # (Only a sentence that leans on something, or counts on: "Prokaryotic cells, found in bacteria and archaea, have
    # no nucleus; their DNA lies in a region … called the nucleoid" says of what itself after "Cells are divided into
    # two basic types.")
    ordinal = _NAMES_ONE.match(sentence.text) is not None
    return ordinal or _NAMES_ONE.search(sentence.text) is not None and leans_on_previous(sentence)


def _sentence_before_standing_alone(sentence: Sentence, analysis: Analysis) -> str | None:
    """The title and the sentence before, when that stands alone ("Under a treaty signed in 1900, Tonga became a
    British protected state." before "The arrangement ended …", "… the other 90 percent is lost as heat." before
    "The idea was set out by …"); else None, and the sentence is better not asked."""
    previous = previous_in_section(sentence, analysis)
    if previous is None or leans_on_previous(previous):
        return None
    if previous.text.startswith(("“", '"')) or _quotation_left_open(previous.text):
        return None
    return _title_and(previous, analysis)


def _the_sentence_before_shown(sentence: Sentence, analysis: Analysis, hidden: tuple[Span, ...]) -> str | None:
    """The title and the sentence before, when that stands alone or leans only on the title ("Later it came under
    the Mahra Sultanate …" in "Socotra") and does not give the answer away; else None."""
    previous = previous_in_section(sentence, analysis)
    before = _sentence_before_standing_alone(sentence, analysis)
    if before is None and previous is not None:
        leaned = pronoun_leaned_on(previous)
        text = strip_connective(sentence.text)[0]
        if leaned in TITLE_PRONOUNS and title_resolves(leaned, analysis) and explains(previous, text, lean_ok=True):
            before = _title_and(previous, analysis)
    if before is None or any(span.text in before for span in hidden):
        return None
    return before


def _title_and(previous: Sentence, analysis: Analysis) -> str:
    """The title, then the sentence before, to stand before an asked sentence that needs both."""
    return f"{title_context(analysis.document.title)} {strip_connective(previous.text)[0]}".strip()


def _shown_before_leans_further(needed: str, sentence: Sentence, analysis: Analysis) -> bool:
    """Does the sentence set before this one open on an "it" that is not the entry's subject? Under "Cullinan
    Diamond", "It was set in the head of the Sovereign's Sceptre …" explains the "it" of "Until the cutting of the
    Golden Jubilee Diamond in 1985, it was the largest polished diamond in the world" only to a reader who saw
    "Cullinan I (Great Star of Africa) is a pear-shaped stone …" first; shown alone, its own "It" reads as the title
    (reviewers: "the added context itself starts with an unresolved 'It'"). Such a sentence is not asked."""
    title = title_context(analysis.document.title)
    previous = previous_in_section(sentence, analysis)
    if previous is None or not needed.removeprefix(title).strip() or _quotation_left_open(previous.text):
        return False  # (a quotation's opening sentence is shown with the one that closes it, by design)
    before = strip_connective(previous.text)[0]
    if title_names_person(analysis) and _PERSON_ACTS_ON_IT.match(before):
        # "He named it Petropavlovsk after his two ships" in "Vitus Bering": the title says who "he" is, never what
        # "it" is (blind review 73: "the lead-in 'He named it Petropavlovsk' leaves 'it' unresolved").
        return True
    opens_on_it = _OPENS_ON_IT.match(before) is not None
    return opens_on_it and not title_stands_for_it(previous, analysis)


def _shown_before_leans_on_a_title_left_off(
    needed: str, sentence: Sentence, analysis: Analysis, hidden: tuple[Span, ...]
) -> bool:
    """Does the sentence set before this one lean on a title that gives the answer away, and so is left off the
    card? Under "Itaipu Dam", "With an installed capacity of 14,000 megawatts (MW), it is one of the largest
    hydroelectric power stations in the world …" shown before "The dam is owned and operated by [Itaipu Binacional]"
    says which dam only with the title, which tells the answer (blind review 87: "the prompt says only 'it', 'the dam'
    and 'the two countries', so the student cannot tell which dam or countries are meant"). Such a sentence is not
    asked."""
    title = analysis.document.title
    previous = previous_in_section(sentence, analysis)
    if previous is None or not needed.removeprefix(title_context(title)).strip():
        return False
    if not any(gives_away(span.kind, span.text, title) for span in hidden):
        return False
    # (Only a pronoun the title stands for: "Some problems can be broken down into smaller versions of the same
    # problem." before "Solving a problem in this way is called [recursion]" leans on no title.)
    return leans_on_previous(previous) and pronoun_leaned_on(previous) in TITLE_PRONOUNS


# "He named it …", "She later sold them to …": the person the sentence opens on acts on an "it" nothing before names.
_PERSON_ACTS_ON_IT = re.compile(r"(?:He|She|They) (?:[a-z]+ly )?[a-z]+ed (?:it|them)\b")


# "It was set in …", "Its nave …", "At 57.1 kilometres it is …": a sentence whose subject is an "it".
_OPENS_ON_IT = re.compile(r"(?:It|Its)\b|[A-Z][^,;]{0,40}?,? it (?!is (?:said|thought|known|likely)\b)[a-z]+\b")


def _context_needed(sentence: Sentence, analysis: Analysis, hidden: tuple[Span, ...]) -> str | None:
    title = title_context(analysis.document.title)
    if asks_or_points_away(sentence, analysis):
        return None  # "What is a chemical reaction?" asks; "Baiji, a river dolphin …" under "See also" points away
    if _closes_a_bracket_it_never_opened(sentence.text):
        return None  # "18 July] 1635 – 3 March 1703) was an English natural philosopher …": a split sentence's tail
    if len(_SPACED_DASH.findall(sentence.text)) >= _DASHES_IN_A_LIST:
        return None  # "Dorothea Brooke – the heroine Edward Casaubon – a clergyman …": a list's lines run together
    quotation = _quotation_left_open(sentence.text)
    if quotation:
        # A quotation of several sentences: one that ends it is asked with the sentence that opened it; one
        # that opens it would need the sentences after it, and is not asked.
        previous = previous_in_section(sentence, analysis)
        if quotation == "closes" and previous is not None and _quotation_left_open(previous.text) == "opens":
            # … when it says who spoke: '"… It is exactly the opposite," he told the broadcaster ORF.' and
            # '"Nobody takes this decision lightly. But a junior flight attendant here earns …"' name nobody, and
            # their "here" and "our customers" are no one's (reviewers: "an unattributed quote").
            return f"{title} {previous.text}".strip() if attributed(sentence) else None
        return None
    text = strip_connective(sentence.text)[0]
    many = one_of_the_titles_many(text, analysis)
    if many:
        # "… the slope of the front …" under "Weather Fronts": which front? The sentence before may say.
        previous = previous_in_section(sentence, analysis)
        if previous is None or many not in previous.text.lower() or leans_on_previous(previous):
            return None
        return f"{title} {strip_connective(previous.text)[0]}"
    if not leans_on_previous(sentence):
        described = described_anywhere(text) is not None
        # In an entry about one thing or person, a stray "its", "her" or "the glacier" means that subject,
        # even when the sentence names someone or something else first.
        about_subject = bool(title) and refers_to_title_subject(text, analysis)
        # In a biography, a sentence that names nobody ("A journey to Italy in 1839 proved decisive") is
        # about its subject: the title says whose journey.
        nobody = bool(title) and title_names_person(analysis) and not any(
            s.kind == "person" and s not in hidden for s in sentence.spans
        )
        # A sentence that names one thing is asked about it too, with that name hidden and the title before it:
        # its other items get the title as well, so one sentence reads the same in every item made from it.
        named = sum(span.kind in NAME_KINDS + ("term",) for span in sentence.spans)
        if about_subject and leans_on_it(text, sentence, analysis) and not title_stands_for_it(sentence, analysis):
            # "… navigated and mapped it in 1800" after "It is the largest river bifurcation …": not the river
            previous = previous_in_section(sentence, analysis)
            if previous is not None and explains(previous, text):
                return strip_connective(previous.text)[0]
            return _title_and_previous(previous, analysis)
        unnamed = thing_the_title_leaves_unnamed(text, sentence, analysis)
        if unnamed:
            # "Portions of the unfinished work were read to Pope Eugenius III …" in "Hildegard of Bingen": which work?
            return _naming_an_organisation(previous_in_section(sentence, analysis), text, analysis, unnamed)
        if named >= 2 and names_something(sentence, hidden) and not described and not about_subject and not nobody:
            return ""
        if described and not (about_subject and _describes_the_title(text, analysis)):
            # "When the bridge opened …" in "Emily Warren Roebling", "… linked the group to 15 attacks" under a
            # headline, "In 1515 the emperor granted him …" in "Albrecht Dürer": the sentence before says which
            # bridge, group or emperor, when it does, better than a title.
            previous = previous_in_section(sentence, analysis)
            explained = previous is not None and explains(previous, text) and mentions_described(previous, text)
            if organisation_the_title_leaves_unnamed(text, analysis):
                return _naming_an_organisation(previous, text, analysis)
            if explained and not owner_named_before(text):
                return strip_connective(previous.text)[0]
        role = DESCRIBED_ROLE.search(text) if not about_subject else None
        if role and role.group(1)[:5] not in analysis.document.title.lower():
            # A headline or title says what "the announcement" or "the northern shore" is, but not who "the
            # striker" is: the sentence before names him ("Martinez … fired past goalkeeper Camilo Vargas …"),
            # or the sentence is not asked.
            previous = previous_in_section(sentence, analysis)
            named = previous is not None and any(span.kind == "person" for span in previous.spans)
            return strip_connective(previous.text)[0] if named and explains(previous, text) else None
        return title
    pronoun = pronoun_leaned_on(sentence)
    shift = len(sentence.text) - len(text)
    # The title says which canal "The canal" is, or who "he" is; never which year "that year" is, or than what
    # "much steeper" is.
    points_back = points_at_the_sentence_before(text, sentence, shift)
    title_says = bool(title) and not points_back
    if title_says and not pronoun and describes_title_subject(text, analysis):
        return title  # "The canal cost $7,143,789." in "Erie Canal"
    one_thing = names_one_thing(analysis) and not title_names_person(analysis)
    if title_says and not pronoun and one_thing and one_thing_described(text):
        return title  # "The building is famous for its dome" in "Hagia Sophia"; not "The two canals"
    # In a biography "she" is its subject: the title says so more surely than the sentence before.
    if title_says and pronoun in PERSONAL and title_resolves(pronoun, analysis):
        if _an_it_the_person_is_not(text, sentence):
            # "By the time of her death it had planted more than 30 million trees": she, but what is it? "After he
            # presented it to the Royal Society, he was elected a Fellow in 1672" in "Isaac Newton": the sentence
            # before says ("He built the first practical reflecting telescope, …"), when it names a thing.
            return _naming_an_organisation(previous_in_section(sentence, analysis), text, analysis, ("name", "term"))
        unnamed = thing_the_title_leaves_unnamed(text, sentence, analysis)
        if unnamed:
            # "In 1958 she became … in the university's physics department" in "Chien-Shiung Wu": which university?
            # "He transformed the project completely" in "Antoni Gaudí": which project?
            return _naming_an_organisation(previous_in_section(sentence, analysis), text, analysis, unnamed)
        if _a_thing_doing_what_the_title_leaves_unnamed(text, sentence, analysis):
            previous = previous_in_section(sentence, analysis)
            shown = _naming_an_organisation(previous, text, analysis, ("name", "term"))
            if shown and not any(span.text in shown for span in hidden):
                return shown
        return title
    previous = previous_in_section(sentence, analysis)
    # Only a biography's title, or a sentence naming someone, says who "he" is.
    nobody = previous is not None and speaker_unexplained(text, previous)
    if nobody and not (title and title_resolves(nobody, analysis)):
        previous = None
    if title_says and not pronoun and previous is not None and _headline_says_instead(text, previous, analysis):
        return title
    if previous is not None and explains(previous, text):
        before = strip_connective(previous.text)[0]
        describes = DESCRIBED_SUBJECT.match(before) is not None or described_anywhere(before) is not None
        if title and (not names_something(previous) or refers_to_title_subject(before, analysis) or (
            describes and title_resolves("", analysis, before)
        )):
            # "When sunlight warms the sea, … This process is called evaporation."; "The lake's … The largest"
            return f"{title} {before}"
        described = described_anywhere(text)
        if title and described and not NAME_TITLE.match(analysis.document.title.strip()):
            noun = described.group().split()[-1].lower()
            if noun[:5] not in before.lower():
                # "Halvorsen acknowledged the risk. She said the company …": the headline names the company.
                return f"{title} {before}"
        return before
    # "It contains 41 islands. The largest, …" in "Lake Titicaca": the title says what "it" is, and the
    # sentence before then says what "the largest" is one of.
    if previous is not None and title:
        leaned = pronoun_leaned_on(previous)
        if leaned in TITLE_PRONOUNS and title_resolves(leaned, analysis) and explains(previous, text, lean_ok=True):
            return f"{title} {strip_connective(previous.text)[0]}"
    if points_back and figure_of_nothing(text):
        # "The slump is a setback for the government's plan to have six million heat pumps operating … Only about
        # [1.7 million] are in use today": the sentence before says what is counted, and the headline what "the
        # slump" is (blind review 98: "the card has no subject").
        return _title_and_previous(previous, analysis)
    if points_back:
        return None  # "in this way", "by contrast", "a similar event": no title completes a comparison
    # A headline rarely says who "he" or "it" is, but it does say who "the parties" or "the river" are,
    # and a biography's title says who "she" is.
    # ("The median sales price in Ohio rose …" is anchored by its own name; "The river crested …" is not.)
    anchored = "" if names_something(sentence) else text
    if not pronoun and previous is not None and _introduced_in(previous, text):
        return None  # "In 1546 they built a fortified temple … The temple was captured in 1580": that temple
    if pronoun in ("it", "them") and object_of_its_own_subject(sentence) and not (
        previous is not None and opens_on_the_title(previous, analysis)
    ):
        # "Isidore the Younger, nephew of the original architect, rebuilt it …" in "Hagia Sophia": not the entry
        # the title names, but the dome "… in May 558 the main dome collapsed." before it names. (After "The
        # species was first described in 1775 …", "… Gray placed it in its own genus" is the snow leopard.)
        return _sentence_before_standing_alone(sentence, analysis)
    if title and title_resolves(pronoun, analysis, anchored):
        if leans_on_it(text, sentence, analysis) and not title_stands_for_it(sentence, analysis):
            return _title_and_previous(previous, analysis)  # "The population was … It fell to about 245 in 2008"
        if pronoun in ("it", "its") and previous is not None and names_another_thing(previous, analysis) and not (
            compares_with_the_sentence_before(strip_connective(previous.text)[0])
        ):
            # "The highest point is Pico do Fogo, an active volcano. Its most recent eruption …" in "Cape Verde":
            # "its" may be the volcano as well as the country, and the sentence before says so. ("Only the polar
            # deserts of Antarctica and the Arctic are larger. It stretches …" in "Sahara Desert" compares them with
            # the entry's subject, and shown alone says larger than what: the title, and the entry's name for "It",
            # say more.)
            return f"{title} {strip_connective(previous.text)[0]}"
        if _fronted_it(text, pronoun) and previous is not None and opens_on_the_title(previous, analysis):
            # "The lake measures roughly 337 kilometres … Despite its size it is relatively shallow" in "Lake
            # Victoria": an "it" after an opening phrase is not written as the entry's name, and the card leaned on
            # the title alone (reviewers: "relies on the title for the referent"); the sentence before says "the
            # lake" (and what size), when it needs no time of its own from the sentence before it.
            before, shift = strip_connective(previous.text)
            if not points_to_a_time_before(before, previous, shift) and not _quotation_left_open(previous.text):
                return f"{title} {before}"
        return title
    return None


def _fronted_it(text: str, pronoun: str) -> bool:
    """Is the sentence's "it" after an opening phrase ("Despite its size it is …", "Downstream of Ciudad Guayana it
    divides …"), where no name can be written for it as for an opening "It"?"""
    return pronoun in ("it", "its") and re.match(r"(?:It|Its)\b", text) is None and _OPENS_ON_IT.match(text) is not None


# "it had planted", "it launched": an "it" doing something; "presented it to", "sold it in": an "it" done to.
# ("found it difficult to …", "made it possible": an empty "it" before what it stands for.)
_IT_DOES = re.compile(
    r"\bit (?:\w+ly )?(?:had|has|was|is|would|will|\w+ed)\b|"
    r"(?<=[a-z]ed )it\b(?= (?:to|in|at|on|for|from|with|as|into|back|away|out|up|down)\b|[,.;])"
)
# "By the time of her death": a time, never what "it" is.
_A_THING_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that)\s+(?!(?:time|end|start|beginning|age|death|year|years|day|days|course)\b)[a-z]",
    re.IGNORECASE,
)


def _an_it_the_person_is_not(text: str, sentence: Sentence) -> bool:
    """In a biography the title says who "her" is, but not what the "it" beside it is: "By the time of her death it
    had planted more than 30 million trees in Kenya, and in 1986 it launched a Pan-African Green Belt Network" in
    "Wangari Maathai" is her Green Belt Movement (reviewers: "the card never says 'it' is the Green Belt
    Movement"). An "it" with a thing named before it in the sentence is that thing."""
    if _PERSON_ACTS_ON_IT.match(text):
        return True  # "He named it Petropavlovsk after his two ships": she or he, but what is it?
    match = _IT_DOES.search(EXPLETIVE_IT.sub(lambda m: "_" * len(m.group()), text))
    if match is None or _A_THING_BEFORE.search(text, 0, match.start()):
        return False
    shift = len(sentence.text) - len(text)
    return not any(
        span.kind in ("place", "organisation", "name", "term") and span.end - shift <= match.start()
        and not looks_like_a_person(span, sentence.text)
        for span in sentence.spans
    )


# "… confirmed that the molecule contained …", "… how the drug worked": a thing the sentence calls by what it is,
# doing something. ("the time was", "the year ended" are times.)
_A_THING_DOING = re.compile(
    r"\bthe (?!(?:time|year|day|age|end|start|first|last|same|[a-z]+est)\b)([a-z]{3,}) "
    r"(?:(?!(?:need|seed|feed|bred|speed|red|bed|shed)\b)[a-z]+ed|was|were|is|are|had|has|could|would|did)\b"
)


def _a_thing_doing_what_the_title_leaves_unnamed(text: str, sentence: Sentence, analysis: Analysis) -> bool:
    """Does a biography's sentence speak of "the molecule" or "the drug" that neither it nor the title names? In
    "Dorothy Hodgkin", "In 1945 she and her colleagues confirmed that the molecule contained a beta-lactam ring, a
    result that helped chemists to understand how the drug worked" is about penicillin, which only the sentence
    before names (blind review 77: "'The molecule' and 'the drug' are never named"). The title says who "she" is;
    the sentence before, when it names a thing, says what the molecule is. (A name before it in the sentence may be
    what it is: "he sailed through the Kara Sea to the mouth of the Yenisei River, showing that the route could be
    used …".)"""
    title = analysis.document.title.lower()
    shift = len(sentence.text) - len(text)
    for match in _A_THING_DOING.finditer(text):
        noun = match.group(1)
        if noun in title or re.search(rf"\b{re.escape(noun)}", text[: match.start()], re.IGNORECASE):
            continue
        return not any(
            span.kind in ("place", "organisation", "name", "term") and span.end - shift <= match.start()
            and not looks_like_a_person(span, sentence.text)
            for span in sentence.spans
        )
    return False


def _naming_an_organisation(
    previous: Sentence | None, text: str, analysis: Analysis, kinds: tuple[str, ...] = ("organisation", "name")
) -> str | None:
    """The title and the sentence before, when that names the organisation a biography's "the firm" or "the
    university" is ("Wu remained at Columbia after the war …"), or a name of the other `kinds` ("the project": a
    named thing, not a person); else None, as after "It was first used to cool department stores …", which names no
    firm."""
    if previous is None:
        return None
    leaned = pronoun_leaned_on(previous)  # ("… her experiments on beta decay": the title before it says whose)
    if not explains(previous, text, lean_ok=leaned in PERSONAL and title_resolves(leaned, analysis)):
        return None
    title = analysis.document.title
    if not any(
        span.kind in kinds and span.text not in title and not looks_like_a_person(span, previous.text)
        # ("during the Spanish Civil War" does not say which church "the church" is)
        and not (kinds == ("name",) and span.text.split()[-1] in EVENT_HEADS)
        for span in previous.spans
    ):
        return None
    return _title_and(previous, analysis)


def _headline_says_instead(text: str, previous: Sentence, analysis: Analysis) -> bool:
    """Does the headline say what the sentence's opening description is, where the sentence before does not?
    "The company will pay an interim dividend …" under "Halvorsen Marine profit jumps 38% …" is Halvorsen; the
    analyst's quote before it ("… said Kari Nygaard, a shipping analyst at the bank.") speaks of no company, and
    only brings a "them" and a bank of its own. (A sentence before that stands alone may still go before: it
    adds to what the headline says, and takes nothing from it.)"""
    described = DESCRIBED_SUBJECT.match(text)
    nouns = described_nouns(text) if described and not described.group().startswith(DEMONSTRATIVES) else []
    if not nouns or NAME_TITLE.match(analysis.document.title.strip()):
        return False
    if nouns[-1] not in DESCRIBED_KIND or nouns[-1][:5] in previous.text.lower():
        return False
    if not (leans_on_previous(previous) or pronoun_leaned_on(previous) or previous.text.startswith(("“", '"'))):
        return False
    return title_resolves("", analysis, text)


def _describes_the_title(text: str, analysis: Analysis) -> bool:
    """Is the sentence's description ("the glacier" in "Aletsch Glacier") the entry's subject itself?"""
    described = described_anywhere(text)
    return described is not None and described.group().split()[-1].lower() in analysis.document.title.lower().split()


def _introduced_in(previous: Sentence, text: str) -> bool:
    """Does the sentence before bring in the thing the sentence's opening description names ("… built a fortified
    temple …" before "The temple was captured …")? The description then means that one, which no title says."""
    described = DESCRIBED_SUBJECT.match(text)
    nouns = described_nouns(text) if described and text.startswith("The ") else []
    if not nouns or nouns[-1].endswith("est") or nouns[-1] in PICKING_WORDS:
        return False
    introduced = rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(nouns[-1])}\b"  # ("the outer core" is known)
    return re.search(introduced, previous.text, re.IGNORECASE) is not None


def _title_and_previous(previous: Sentence | None, analysis: Analysis) -> str | None:
    """The title and the sentence before, when the title is all that sentence needs ("The population was estimated
    at 567 animals in 1997." in "Vaquita"); else None."""
    title = title_context(analysis.document.title)
    if previous is None or not title or pronoun_leaned_on(previous):
        return None
    before, shift = strip_connective(previous.text)
    if points_to_a_time_before(before, previous, shift) or context_for(previous, analysis) != title:
        return None
    return f"{title} {before}"


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
    if subject is not None and re.match(r"an? (?:second|third|fourth|fifth|further|new)\b", subject.group(1)):
        return None  # "When did a second siege begin?": of what? The sentence says, with a blank.
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
    if _first_name_the_sentence_before_completes(question, sentence, before):
        return before
    # "When was a sequel released?" leans as "A sequel was released …" did.
    stem = _WH_OPENING.sub("", question)
    stem = stem[:1].upper() + stem[1:]
    still_leans = any(leans_on_previous(replace(sentence, text=asked, spans=())) for asked in (question, stem))
    return before if still_leans or _DEFINITE.search(question) else ""


def _first_name_the_sentence_before_completes(question: str, sentence: Sentence, before: str) -> bool:
    """Does the question call someone by one word the sentence before gives in full? "When did Fabrizio die?" from
    "The couple settled in Sicily, but Fabrizio died in 1578." never says who Fabrizio is (blind review 82); "…
    to Fabrizio de Moncada, a Sicilian nobleman, …" before it does, and stays."""
    for span in sentence.spans:
        word = span.text
        if span.kind not in ("person", "name") or " " in word or word not in question:
            continue
        if re.search(rf"\b{re.escape(word)} (?:(?:de|da|di|del|della|van|von|der|le|la|du) )?[A-Z]", before):
            return True
    return False


# "open the river to steamers", "the lake's level": the kind of thing an entry is about, as only its title names it.
# (A company, a city: a story's organisation or place, which the hidden name itself may be.)
# "a group formed last year to oppose the scheme", "the project's backers": what a story's headline is about (a
# mine, a plan), which only the headline names (blind review 71, bad: "no title prefix, so 'the scheme' … left
# unresolved").
_THE_KIND = re.compile(
    r"\bthe (river|lake|mountain|volcano|glacier|island|desert|valley|bay|delta|waterfall|"
    r"scheme|project|proposal|mine)\b"
    r"(?!['’]?s? (?:of|in|at|on)\b)"
)


def kind_only_the_title_named(sentence: Sentence, hidden: Span, before: str) -> bool:
    """With its answer hidden, does the sentence speak of "the river" that only the title, left off because it
    shares a word with the answer, would name? In "Zambezi", "His [name] of 1858–1864 … was intended to open the
    river to steamers" hides "Zambezi Expedition", and no river is named on the card (blind review 82); the
    sentence before, when shown, may name it ("… the Zambezi River …")."""
    if hidden.kind in ("place", "term"):
        return False  # ("… the [place] left the lake dry": the hidden place may be the lake; a term says itself)
    shown = sentence.text[: hidden.start] + "_____" + sentence.text[hidden.end :]
    for match in _THE_KIND.finditer(shown):
        noun = match.group(1)
        if not re.search(rf"\b{noun}\b", before + " " + shown[: match.start()], re.IGNORECASE):
            return True
    return False


def _closes_a_bracket_it_never_opened(text: str) -> bool:
    """ "18 July] 1635 – 3 March 1703) was an English natural philosopher …": the tail of a sentence the splitter
    cut inside its brackets ("Robert Hooke (/hʊk/; 28 July [O.S. 18 July] 1635 – …"), with no subject of its own
    (reviewers: "the prompt starts mid-parenthesis with no subject")."""
    depth = 0
    for character in text:
        depth += (character in "([") - (character in ")]")
        if depth < 0:
            return True
    return False


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


def naming_the_subject(text: str, sentence: Sentence, analysis: Analysis) -> tuple[str, int]:
    """The sentence with an opening "It" or "Its" that stands for the entry's subject written as the entry's name,
    and how many characters longer that made it: "It lies only in shallow, murky waters …" under "Vaquita" becomes
    "The vaquita lives only …", "Its nave is 70 metres long." under "Salisbury Cathedral" "Salisbury Cathedral's
    nave …". Reviewers found a title-resolved "It" an item's commonest flaw in an entry: the card reads as a
    fragment once pulled out of its deck. The text is unchanged when the "It" may be anything else."""
    opening = re.match(r"(It|Its) (?=[a-z])", text)
    title = analysis.document.title.strip()
    if opening is None or EXPLETIVE_IT.match(text) or not names_one_subject(title) or title_names_person(analysis):
        return text, 0
    if not title_resolves("it", analysis) or not title_stands_for_it(sentence, analysis):
        return text, 0
    name = _how_the_article_names(title.partition(" (")[0], analysis)
    if not name:
        return text, 0
    named = name + ("'s" if opening.group(1) == "Its" else "")
    return named + text[len(opening.group(1)) :], len(named) - len(opening.group(1))


# Kinds of place a name may end on and the article leave off: "Sahara Desert" is "the Sahara" in its own entry.
_DROPPED_KINDS = frozenset("desert river lake sea ocean mountains mountain island islands volcano glacier".split())


def _how_the_article_names(name: str, analysis: Analysis) -> str:
    """ "Hoover Dam" as the article writes it, or "The vaquita", "The Orinoco River" when it writes "the" before it,
    or "The Sahara" for "Sahara Desert" when it never writes the kind; "" when the article never writes the name."""
    named = _named_form(name, AnalysisKey(analysis))
    words = name.split()
    if not named and len(words) > 1 and words[-1].lower() in _DROPPED_KINDS:
        return _named_form(" ".join(words[:-1]), AnalysisKey(analysis))
    return named


# Once per article: a book asks for its title's form once per item, and each search reads every sentence (0.75 s
# of a whole book's 3.4 s before it was kept).
@lru_cache(maxsize=8)
def _named_form(name: str, key: AnalysisKey) -> str:
    forms: dict[str, int] = {}
    pattern = re.compile(rf"\b(?:(the|The) )?({re.escape(name)})\b(?![’'-]?\w)", re.IGNORECASE)
    for sentence in key.analysis.sentences:
        if sentence.is_heading:
            continue
        for match in pattern.finditer(sentence.text):
            form = ("The " if match.group(1) else "") + match.group(2)
            forms[form] = forms.get(form, 0) + 1
    if not forms:
        return ""
    best = max(forms, key=lambda form: (forms[form], form))
    return best[:1].upper() + best[1:]
