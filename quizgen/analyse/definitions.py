"""The shapes in which a textbook sentence defines a key term, beyond "X is a … that …": each shape a named
rule with a sentence it finds beside it, and the check that a term does not give itself away."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quizgen.analyse.acronyms import term_aside_end


@dataclass(frozen=True)
class DefinitionShape:
    """One way a sentence defines or names a key term; the pattern's group "term" is the term.

    `example` is a sentence the shape finds and `term` the term it finds there (the tests read both).
    `needs` is what else the sentence must hold for the match to be a definition rather than chance, and
    `refuses` what it must not: a past tense or a speaker ("… is an option, the union said") tells news.
    """

    name: str
    pattern: re.Pattern[str]
    example: str
    term: str
    needs: re.Pattern[str] | None = None
    refuses: re.Pattern[str] | None = None
    # What the sentence must begin with, and words it must hold, for the pattern to be tried at all: a book has
    # thousands of sentences, and a plain test of a string is cheaper than any pattern.
    opens: tuple[str, ...] = ()
    gate: tuple[str, ...] = ()


_WORD = r"[a-z][\w-]*"
_TERM = rf"(?P<term>{_WORD}(?: {_WORD}){{0,2}})"
# What a textbook describes a term by: a place, a part, a process, an amount. "The company that owns the site is
# the developer" describes by a company, a thing of the news, and defines nothing.
GENERIC_HEADS = (
    r"(?:place|point|boundary|border|line|edge|area|region|zone|part|layer|process|stage|phase|step|"
    r"material|substance|matter|force|amount|number|value|quantity|rate|price|level|name|study|branch|tube|vessel|"
    r"chamber|structure|organ|membrane|wall|chemical|gas|liquid|fluid|energy|state|form|type|kind|method|ability|"
    r"tendency|curve|cell|bone|muscle|gland|pressure|group|body|bodies)s?"
)
# A describing phrase with a clause or a place in it: "the boundary between two basins", "the place where a
# river begins", "the point at which …"; or a position ("the outer layer", "the higher number").
_QUALIFIED = (
    rf"(?:{_WORD} ){{0,2}}?{GENERIC_HEADS} (?:between|where|when|whereby|at which|by which|in which|"
    r"through which)\b(?: [\w’'-]+){1,10}?"
)
_POSITIONED = rf"(?:upper|lower|higher|inner|outer|outermost|innermost|uppermost) (?:{_WORD} )?{GENERIC_HEADS}"
_SPOKEN = re.compile(r"\b(?:said|says|told|according to)\b")
_PAST = re.compile(
    r"\b(?:was|were|had|did|began|broke|came|fell|found|held|led|left|made|met|rose|took|went|won)\b|"
    r"\b(?:where|when|which) (?:[\w’'-]+ ){0,4}?(?<!\bis )(?<!\bare )(?<!\bbe )[a-z]{2,}ed\b"  # not "are assembled"
)
# What a statement of science is called: "the octet rule", "the law of demand".
_LAWS = r"(?:law|principle|rule|theory|theorem|hypothesis|effect)"
# The endings of the names of chemicals a body or a cell makes: "amylase", "insulin", "chlorophyll", "cortisol".
_CHEMICAL_NAME = r"[a-z][\w-]*(?:ase|in|ine|ol|one|ide|ate|gen|phyll|ite|ene|ose)"

# What news tells of, at or in which something happened once: "At a news conference, …", "In a joint statement, …".
_OCCASIONS = (
    r"(?:conference|meeting|statement|interview|speech|address|ruling|vote|move|decision|report|letter|post|message|"
    r"ceremony|match|game|race|deal|bid|attack|raid|hearing|trial|session|summit|rally|protest|video|poll|survey|"
    r"study|sign|twist|blow|boost|setback|development|briefing)s?"
)
# Where and when anything at all happens: "In a small town, the school is …", "In a normal year, …".
_SETTINGS = (
    r"(?:town|city|village|country|world|house|home|family|way|sense|word|year|day|week|month|time|place|moment|case|"
    r"situation|school|team|game|season|row|bid|effort|hurry)s?"
)
# The labels before a colon that introduce a caption, a note or a field, not a term: "Photo: a man waits …"
# (in any case).
_LABELS = (
    "note|notes|update|updated|photo|photograph|picture|pictured|image|video|watch|listen|source|sources|credit|"
    "caption|correction|warning|example|examples|answer|question|tip|hint|activity|exercise|task|summary|aim|"
    "objective|objectives|background|context|analysis|opinion|comment|explainer|review|verdict|timeline|factbox|"
    "breaking|exclusive|interview|profile|obituary|editorial|above|below|left|right|top|bottom|inset|key|"
    "definition|remember|important|read more|see also|more|also|and|but|so|"
    # the fields of a listing or an infobox: "Price: a bargain at …", "Venue: the town hall"
    "price|cost|location|venue|date|time|status|type|genre|format|length|duration|rating|score|result|winner|"
    "population|capital|area|address|founded|website|motto"
)
# The people a story tells of, who are said to be anything: "Residents who live nearby are said to be worried".
_PEOPLE_OF_A_STORY = (
    r"(?:People|Residents|Officials|Workers|Staff|Fans|Voters|Investors|Students|Children|Families|Parents|Patients|"
    r"Passengers|Police|Those|Others|Many|Some|Most|Several|They|These)"
)
# Adjectives of everyday talk, which a sentence says of anything: "A vaccine that works is important."
_EVERYDAY_ADJECTIVES = (
    r"(?:important|common|possible|impossible|likely|unlikely|useful|necessary|dangerous|rare|true|false|different|"
    r"similar|essential|normal|available|ready|able|unable|free|safe|unsafe|responsible|present|absent|visible|small|"
    r"large|big|high|low|good|bad|better|worse|best|worst|easy|hard|difficult|expensive|cheap|new|old|young|clear|"
    r"strong|weak|enough|correct|wrong|right|valid|invalid|legal|illegal|open|closed|full|empty|active|effective|"
    r"successful|popular|famous|typical|unusual|usual|special|simple|complex|complete|incomplete|equal|unique|"
    r"acceptable|unacceptable|eligible|ineligible|sufficient|insufficient|vital|crucial|critical|key|certain|sure)"
)
SHAPES: tuple[DefinitionShape, ...] = (
    DefinitionShape(
        # A glossary entry, the whole sentence: "Isobar: a line on a map joining places of equal pressure." Not a
        # label ("Photo: a man waits …"), and one entry only (a run of entries, "consul: … veto: …", is no sentence).
        # A dash parts them too, and the definition may go without an article when a clause or a participle says
        # what the thing is ("Till – unsorted material deposited by a glacier"); a headline's "Ukraine: troops
        # advance on Kherson" says what happens, and is no entry.
        "term: a definition",
        re.compile(
            rf"^(?!(?i:{_LABELS})\b)(?P<term>[A-Za-z][a-z-]*(?: [a-z][\w-]*){{0,2}})(?:: | [–—-] )"
            # (not a column's "a few thoughts on …", "a closer look at …")
            r"(?:(?:a|an|the|one of|any) (?!(?:few|little|lot|look|new|brief|quick|short|closer|recap)\b)|"
            # (or a count: "compound sentence: two or more main clauses joined by …", blind review 77's dev texts)
            r"(?:one|two|three|four|(?:one|two) or more) (?!(?:of|more|times|years|days|weeks|months|people)\b)|"
            r"(?!(?:what|why|how|who|when|where|which|it|they|he|she|we|i|you|this|that|these|those|there|here|is|are|"
            r"was|were|will|can|not|no)\b)(?=(?:[a-z][\w-]* ){1,4}(?:that|which|who|where|whose|of|used|made|formed|"
            r"deposited|produced|caused|consisting|found|left|carried)\b))"
            r"[a-z][\w-]*(?: [^\s:–—]+){2,}$"
        ),
        "Isobar: a line on a map joining places of equal pressure.",
        "Isobar",
        refuses=_SPOKEN,
        gate=(": ", " – ", " — ", " - "),
    ),
    DefinitionShape(
        # A glossary entry with an aside in brackets between the term and its colon, a symbol or a range: "Elastic
        # demand (PED greater than 1): quantity demanded changes by a larger percentage than price." The brackets
        # mark an entry, so the definition may be a clause; a headline or a label has no such aside.
        "term (aside): a definition",
        re.compile(
            rf"^(?!(?i:{_LABELS})\b)(?P<term>[A-Z][a-z-]*(?: [a-z][\w-]*){{0,2}}) \([^()]{{1,40}}\): "
            r"(?!(?:it|they|he|she|we|i|you|this|that|these|those|there|here)\b)[a-z][\w-]*(?: [^\s:]+){3,}$"
        ),
        "Elastic supply (PES greater than 1): output changes by a larger percentage than price.",
        "Elastic supply",
        refuses=_SPOKEN,
        gate=("): ",),
    ),
    DefinitionShape(
        # "Opportunity cost is defined as the value of the next best alternative forgone": the subject is the term,
        # and what follows "defined as" is its definition, no name ("the [value] of …" was asked, review 66).
        "a term is defined as",
        re.compile(
            rf"^(?:(?:The|A|An) )?(?P<term>[A-Za-z][a-z][\w-]*(?: {_WORD}){{0,2}}(?: of {_WORD})?)"
            r"(?: \([^()]{1,12}\))? (?:is|are) (?:usually |commonly |often |formally |simply )?defined as\b"
        ),
        "Opportunity cost is defined as the value of the next best alternative forgone when a choice is made.",
        "Opportunity cost",
        refuses=_SPOKEN,  # (the present "is defined" is no news; "when a choice is made" is no past)
        gate=(" defined as ",),
    ),
    DefinitionShape(
        # A quantity and, in a clause after it, the sum that makes it: "a firm's total revenue, which is simply price
        # multiplied by quantity sold", "profit, which is revenue minus costs", "density, which is the ratio of mass to
        # volume". A sum defines; "the bank, which is owned by the state" only tells of it.
        "a quantity, which is a sum",
        re.compile(
            r"(?:\b(?:a|an|the|its|their)|['’]s) (?P<term>[a-z][\w-]{2,}(?: [a-z][\w-]{2,})?), which (?:is|are|equals) "
            r"(?:simply |just |equal to |defined as )?(?:the (?:sum|difference|ratio|product) (?:of|between)\b|"
            r"[a-z][\w-]*(?: [a-z][\w-]*)? (?:multiplied by|divided by|minus|plus|times)\b)"
        ),
        "A firm's total revenue, which is simply price multiplied by quantity sold, rises when demand is inelastic.",
        "total revenue",
        # (news in the past: "its debt, which was twice its revenue"; "multiplied" is no past)
        refuses=re.compile(rf"\b(?:was|were|had)\b|{_SPOKEN.pattern}"),
        gate=(", which ",),
    ),
    DefinitionShape(
        # A term, and in a clause after it what kind of thing it is: "It uses a condition, which is a test that is
        # either true or false." (blind review 73 found no item of it). A thing of the news goes in the past or by a
        # speaker ("the bank, which was a lender that …").
        "a term, which is a kind that",
        re.compile(
            rf"\b(?:a|an|the) (?P<term>{_WORD}(?: {_WORD})?), which (?:is|are) (?:a|an|the) (?:[\w-]+ ){{0,3}}?"
            r"[\w-]+ (?:that|which|who|whose|where|in which|by which)\b"
        ),
        "It uses a condition, which is a test that is either true or false.",
        "condition",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}|\b(?:has|have|will|would)\b"),
        gate=(", which is ", ", which are "),
    ),
    DefinitionShape(
        # A kind of thing, an example of it, and what it does: "A count-controlled loop, such as a for loop, repeats a
        # fixed number of times.", "A partially permeable membrane, such as the cell membrane, lets small molecules
        # through" (blind reviews 73 and 77 found no item of either). A compound only: "A company, such as …" is none.
        "a kind, such as an example, does",
        re.compile(
            rf"^(?:A|An) (?P<term>{_WORD}(?: {_WORD}){{1,2}}), such as (?:a |an |the )?[^,;:]{{2,40}}, "
            r"(?:[a-z]+ )?(?!(?:is|was|has|does)\b)[a-z]+s\b"
        ),
        "A reflex action, such as the knee jerk, happens without conscious thought.",
        "reflex action",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}"),
        opens=("A ", "An "),
        gate=(", such as ",),
    ),
    DefinitionShape(
        # A kind of thing by what it does for a reader or a measurer: "A proper noun names one particular person,
        # place or organisation", "An adjective describes or gives more information about a noun", "A barometer
        # measures air pressure" (blind review 85's word classes gave 2 items: none of its nouns, verbs or adjectives
        # was read as defined). Not a thing of the news ("A new report describes how …"), which goes with a
        # study or a speaker, in the past, or "that"/"how" after the verb.
        "a kind names, describes or measures",
        re.compile(
            rf"^(?:A|An) (?P<term>{_WORD}(?: {_WORD})?) (?:names|describes|measures|represents|denotes|refers to|"
            r"stands for|tells us) (?!(?:that|how|whether|the way)\b)"
        ),
        "A proper noun names one particular person, place or organisation.",
        "proper noun",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}|\b(?:has|have|will|would)\b|"
                           rf"^(?:A|An) (?:{_WORD} )?{_OCCASIONS} "),
        opens=("A ", "An "),
        gate=(" names ", " describes ", " measures ", " represents ", " denotes ", " refers to ", " stands for ",
              " tells us "),
    ),
    DefinitionShape(
        # A measure by what it measures: "The standard deviation measures the typical distance of the data values
        # from the mean" (blind review 88 found no item of the chapter's own term). "The" goes with a measure as well
        # as "A" does; a thing of the news measures in the past, or by a speaker.
        "the measure measures",
        re.compile(rf"^The (?P<term>{_WORD}(?: {_WORD})?) measures (?:the|how|a|an)\b"),
        "The standard deviation measures the typical distance of the data values from the mean.",
        "standard deviation",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}|\b(?:has|have|will|would)\b"),
        opens=("The ",),
        gate=(" measures ",),
    ),
    DefinitionShape(
        # A quantity by the working that finds it: "The mean is found by adding up all the values and dividing the
        # total by the number of values", "Speed is calculated by dividing distance by time" (blind review 86 found
        # the passage's first average unasked). The working is a gerund in the present; "The body was found by a
        # walker" is news, in the past.
        "a quantity is found by doing",
        re.compile(
            rf"^(?:(?:The|A|An) (?P<term>{_WORD}(?: {_WORD})?)|(?P<bare>[A-Z][a-z]{{3,}}(?: {_WORD})?))"
            r"(?: of (?:a|an) [a-z][\w-]*)? (?:is|are) (?:usually |often |always |simply )?"
            r"(?:found|calculated|worked out|obtained|estimated) by [a-z]{3,}ing\b"
        ),
        "The mean is found by adding up all the values and dividing the total by the number of values.",
        "mean",
        # (not `_PAST`, which reads "found" as a past: here it is the participle of the present "is found")
        refuses=re.compile(rf"\b(?:was|were|had|did|has been|have been)\b|{_SPOKEN.pattern}"),
        gate=(" found by ", " calculated by ", " worked out by ", " obtained by ", " estimated by "),
    ),
    DefinitionShape(
        # A term as a kind of a wider one: "Osmosis is a special case of diffusion." (blind review 77 found no item of
        # the chapter's second term). Not "The virus is a type of …": a thing of a story goes with "The".
        "a term is a kind of",
        re.compile(
            rf"^(?:(?:A|An) (?P<term>{_WORD}(?: {_WORD})?)|(?P<bare>[A-Z][a-z]{{3,}}(?: {_WORD})?)) is a (?:special )?"
            r"(?:case|kind|type|form|sort|branch|subset) of (?:a |an |the )?[a-z][\w-]*(?: [a-z][\w-]*)?\.$"
        ),
        "Osmosis is a special case of diffusion.",
        "Osmosis",
        refuses=_SPOKEN,
        gate=(" case of ", " kind of ", " type of ", " form of ", " sort of ", " branch of ", " subset of "),
    ),
    DefinitionShape(
        # A law or a principle named after the one who stated it: "these quantities are linked by Ohm's law: V = I × R",
        # "Hooke's law", "Archimedes' principle".
        "someone's law",
        re.compile(
            r"(?<![\w’'-])(?P<term>[A-Z][a-z]+(?:'s|’s|s'|s’) (?:(?:first|second|third|zeroth) )?"
            r"(?:law|laws|principle|theorem|constant)(?: of [a-z]+)?)\b"  # "Hooke's law of elasticity"
        ),
        "For many components these quantities are linked by Ohm's law: V = I × R.",
        "Ohm's law",
        refuses=_SPOKEN,
        gate=("'s ", "’s ", "s' ", "s’ "),
    ),
    DefinitionShape(
        # The description first, the term after it: the term is what the description is.
        "description is the term",
        re.compile(
            rf"(?:^|; |, and )(?:The|the) (?:{_QUALIFIED}|{_POSITIONED}) (?:is|are) (?:the|its|their) "
            rf"(?P<term>{_WORD}(?: {_WORD})?)(?=[,;.]|$)"
        ),
        "The boundary between two neighbouring drainage basins is the watershed, which follows a ridge.",
        "watershed",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}"),
        gate=(" is the ", " are the ", " is its ", " are its ", " is their ", " are their "),
    ),
    DefinitionShape(
        # A measure of something, then the word for it, which ends the sentence: "The price of labour is the wage."
        # (blind review 75 found no item of it). Not a judgement ("The cost of the project is the highest").
        "the price of x is the term",
        re.compile(
            r"^The (?:price|cost|value|rate|amount|number|study|measure|payment|reward|return) of "
            rf"(?:{_WORD} ){{0,2}}?{_WORD} (?:is|are) (?:the|a|an) "
            rf"(?!(?:{_WORD} )?[a-z]+est\b)(?P<term>{_WORD}(?: {_WORD})?)\.?$"
        ),
        "The price of labour is the wage.",
        "wage",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}"),
        opens=("The ",),
        gate=(" is the ", " are the ", " is a", " are a"),
    ),
    DefinitionShape(
        "description is called its term",
        re.compile(
            rf"^The [^,;]+ (?:is|are) (?:usually |often |sometimes |also )?called (?:its|their) "
            # (or by two names: "are called its roots or solutions", blind review 82)
            rf"(?P<term>{_WORD})(?=[,;.]|$| or {_WORD}[,;.])"
        ),
        "The material a river carries is called its load.",
        "load",
        gate=("called its ", "called their "),
    ),
    DefinitionShape(
        # "The two upper chambers, the atria, receive blood": the term in apposition to what describes it.
        "description, the term, does",
        re.compile(
            rf"^The (?:(?:two|three|four|five|six) )?(?:{_WORD} ){{0,2}}{GENERIC_HEADS}, "
            rf"the (?P<term>{_WORD}(?: {_WORD})?), (?!(?:was|were|had|has|said|says|told|who|which|and|or|but)\b)[a-z]+"
        ),
        "The outermost layer, the epidermis, protects the body from infection.",
        "epidermis",
        opens=("The ",),
        gate=(", the ",),
    ),
    DefinitionShape(
        # "The most common tool is a tariff, a tax on imported goods": the term with its definition beside it. Not
        # after a pronoun ("It is a tragedy, a blow for …") and not of a person ("a veteran, a player who …").
        "is a term, a kind of thing on",
        re.compile(
            r"(?<![Ii]t )(?<![Tt]his )(?<![Tt]hat )(?<![Tt]here )(?<![Ww]hich )(?<![Hh]e )(?<![Ss]he )"
            rf"\bis (?:a|an) (?P<term>{_WORD}), (?:a|an) (?:{_WORD} )?{_WORD} "
            r"(?:on|of|for|against|that|which|paid|charged|levied|imposed|used)\b"
        ),
        "The most common tool is a tariff, a tax on imported goods.",
        "tariff",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}"),
        gate=(" is a",),
    ),
    DefinitionShape(
        # A role named and then explained after a colon: "money is a medium of exchange: it is used to buy and sell".
        # Not a phrase of everyday talk ("It is a matter of time: …", "This is a question of trust: …").
        "is a term of x: what it means",
        re.compile(
            r"\b(?:is|are) (?:a|an) (?P<term>(?!(?:matter|question|case|sign|mark|way|kind|sort|lot|bit|piece|part|"
            rf"source|cause|result|symbol|test|man|woman|member|friend|lesson|story)\b){_WORD} of {_WORD}): [a-z]"
        ),
        "First, money is a medium of exchange: it is used to buy and sell.",
        "medium of exchange",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}"),
        gate=(": ",),
    ),
    DefinitionShape(
        # A place first, then what stands there and what it does: "Inside the nucleus is the nucleolus, where …"
        "inside X is the term, where",
        re.compile(
            r"^(?:Inside|Within|Beneath|Below|Above|Between|At the (?:centre|center|heart|base|top|tip) of) "
            rf"[^,;]{{3,60}}? (?:is|are|lies|lie) (?:a|an|the) (?P<term>{_WORD}(?: {_WORD})?), "
            r"(?:where|which|in which|a|an)\b"
        ),
        "At the centre of the atom is the nucleus, which contains protons and neutrons.",
        "nucleus",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}"),
        opens=("Inside ", "Within ", "Beneath ", "Below ", "Above ", "Between ", "At the "),
    ),
    DefinitionShape(
        # A unit, defined by other units: "One ampere is a flow of one coulomb of charge per second."
        "one unit is",
        re.compile(rf"^One (?P<term>{_WORD}) is (?:a|an|the|equal to|defined as)\b"),
        "One newton is the force that gives a mass of one kilogram an acceleration of one metre per second squared.",
        "newton",
        opens=("One ",),
        needs=re.compile(r"\bis\b.*\b(?:one|equal to|equivalent to)\b"),
    ),
    DefinitionShape(
        # A generic kind, narrowed by a clause, and then the term for it, which ends the sentence. Not of people ("A
        # woman who lives nearby is a nurse" tells of her) and not in the past ("A car that was stolen is a …").
        "a kind that does is a term",
        re.compile(
            rf"^(?:A|An) {_WORD} (?:that|which) [^;:]{{3,90}}? is (?:a|an) (?P<term>{_WORD}(?: {_WORD})?)\.?$"
        ),
        "A carnivore that eats herbivores, such as a fox, is a secondary consumer.",
        "secondary consumer",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}"),
        opens=("A ", "An "),
        gate=(" that ", " which "),
    ),
    DefinitionShape(
        # What happens at or in a kind of thing, in the present of a textbook: "At a destructive boundary, an oceanic
        # plate sinks beneath a continental plate", "In a longitudinal wave, the particles vibrate parallel to …".
        # News tells of one occasion, in the past or by a speaker: "In a joint statement, the ministers said …", "In a
        # landmark ruling, the court ordered …".
        "at a term, what happens",
        re.compile(
            # ("In a modern processor each gate …", "In a typical cell …": an everyday adjective says which one of
            # anything, no kind a student learns; blind review 92, bad)
            rf"^(?:At|In) (?:a|an) (?!(?:{_EVERYDAY_ADJECTIVES}|modern|ordinary|standard|healthy|average)\b)"
            rf"(?P<term>{_WORD} (?!{_OCCASIONS}\b|{_SETTINGS}\b){_WORD})"
            # (without a comma, what follows opens with a determiner: "In a parallel circuit each component is …")
            r"(?:, (?:the |a |an |two |its |their )?[a-z]| (?:the|each|every|all|two|its|their) [a-z])"
        ),
        "At a destructive boundary, an oceanic plate sinks beneath a continental plate.",
        "destructive boundary",
        refuses=re.compile(
            rf"{_PAST.pattern}|{_SPOKEN.pattern}|\b(?:has|have|will|would|gave|got|saw|spoke|sought|thought|brought|"
            r"bought|sent|spent|kept|lost|paid|sold|stood|wrote|chose|drove|flew|grew|knew|ran|sat)\b|"
            r"(?<!\bis )(?<!\bare )(?<!\bbe )\b[a-z]{3,}ed\b"  # "ruled", "ordered"; not "is shared"
        ),
        opens=("At a", "In a"),
    ),
    DefinitionShape(
        # A kind narrowed by a clause, and then the word for it, an adjective that ends the clause: round C's
        # chemistry ("… is exothermic") and genetics ("An organism with two identical alleles is homozygous for that
        # gene"). Not an adjective of everyday talk ("A vaccine that works is important").
        "a kind that does is an adjective",
        re.compile(
            rf"^(?:A|An) {_WORD} (?:that|which|with|whose) [^;:]{{3,90}}? is "
            rf"(?!{_EVERYDAY_ADJECTIVES}\b|[a-z]+(?:ed|ing|ly)\b)(?P<term>{_WORD})(?=[.;]|,? (?:for|while|whereas)\b)"
        ),
        "A reaction that releases energy to its surroundings, so that the temperature rises, is exothermic.",
        "exothermic",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}"),
        opens=("A ", "An "),
        gate=(" that ", " which ", " with ", " whose "),
    ),
    DefinitionShape(
        # A kind, or things in a case, said to be what the term names: "A solution in which no more solute can dissolve
        # is said to be saturated", "Two objects at the same temperature … are said to be in thermal equilibrium",
        # "When every outcome has the same chance of occurring, the outcomes are said to be equally likely" (blind
        # reviews 90 and 93's passages). Only a kind or a case: "The company is said to be in talks" is hearsay of
        # the news.
        "a kind is said to be",
        re.compile(
            rf"^(?:(?:A|An|Any) {_WORD}(?: {_WORD})? [^;:]{{3,100}}? is|"
            rf"(?:Two|Three|Several|All) {_WORD} [^;:]{{3,100}}? are|"
            # ("Bacteria that can survive treatment with an antibiotic are said to be resistant"; not people of a
            # story, "Residents who live nearby are said to be worried")
            rf"(?!{_PEOPLE_OF_A_STORY}\b)[A-Z][a-z]+(?: {_WORD})? (?:that|which|whose|in which) [^;:]{{3,100}}? are|"
            rf"(?:When|If) [^;:]{{3,100}}?, the {_WORD}s are) said to be (?:in )?"
            rf"(?!{_EVERYDAY_ADJECTIVES}\b|in\b|a\b|an\b|the\b|[a-z]+ing\b)(?P<term>{_WORD}(?: {_WORD})?)\.$"
        ),
        "A solution in which no more solute can dissolve is said to be saturated.",
        "saturated",
        refuses=_PAST,
        gate=(" said to be ",),
    ),
    DefinitionShape(
        # What a thing is called, after the name for it: "The name given to the process by which green plants make
        # glucose is photosynthesis", "The term for animals that eat only plants is herbivores".
        "the name given to x is the term",
        re.compile(
            rf"^The (?:name|term|word) (?:given to|used for|for) [^;:]{{5,100}}? (?:is|are) (?:the |a |an )?"
            rf"(?P<term>{_WORD}(?: {_WORD})?)\.?$"
        ),
        "The name given to the process by which green plants make glucose is photosynthesis.",
        "photosynthesis",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}"),
        opens=("The name ", "The term ", "The word "),
    ),
    DefinitionShape(
        # A kind has a quality when a condition holds: "An allele is dominant if its effect is seen …" (round C).
        "a kind is an adjective if",
        re.compile(
            rf"^(?:A|An) {_WORD} is (?!{_EVERYDAY_ADJECTIVES}\b|[a-z]+(?:ed|ing|ly)\b)(?P<term>{_WORD}) "
            r"(?:if|when|whenever)\b"
        ),
        "An allele is recessive if its effect is seen only when two copies are present.",
        "recessive",
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}"),
        opens=("A ", "An "),
        gate=(" if ", " when"),
    ),
    DefinitionShape(
        # What a thing has or shows, described, and then its name: "The combination of alleles an organism carries is
        # its genotype." (round C). The name is one word that ends the sentence; a judgement is no description ("The
        # main reason for the fall is its debt").
        "description is its term",
        re.compile(
            rf"^The {_WORD}(?: [^;:]{{3,80}}?)? (?:is|are) (?:its|their) (?P<term>{_WORD})\.?$"
        ),
        "The characteristic that results, such as tall or short, is its phenotype.",
        "phenotype",
        refuses=re.compile(
            rf"{_PAST.pattern}|{_SPOKEN.pattern}|\b(?:main|key|biggest|largest|only|real|reason|problem|worry|concern|"
            r"question|issue|goal|aim|plan|deal|result|answer|strength|weakness|advantage|risk|priority|focus|first|"
            r"last|next|latest)\b|^The (?:company|firm|business|owner|group|team|club|government|council|city|town|"
            r"country|state|party|union|bank|agency|man|woman|boy|girl|person|people|family|player|leader|president|"
            r"minister|chief|official|spokesman|spokeswoman|manager|coach|star|singer|band|film|show|book)\b"
        ),
        opens=("The ",),
        gate=(" is its ", " are its ", " is their ", " are their "),
    ),
    DefinitionShape(
        # The generic "a"/"an" subject is a kind being defined: "A bill is a proposed law."
        "a term is a",
        re.compile(rf"^(?:A|An) {_TERM}(?: of (?:a|an) {_WORD})? is (?:a|an) [a-z]"),
        "A quota is a limit on the quantity of a good that may be imported.",
        "quota",
        opens=("A ", "An "),
        refuses=_SPOKEN,
    ),
    DefinitionShape(
        # In the past tense only with a clause that says what it was: "An indulgence was a pardon that …"
        "a term was a … that",
        re.compile(rf"^(?:A|An) {_TERM} was (?:a|an) (?:{_WORD} ){{1,6}}(?:that|which|who|whose|granted|given|used)\b"),
        "A serf was a peasant who was bound to the land of a lord.",
        "serf",
        opens=("A ", "An "),
        gate=(" was a",),
        refuses=_SPOKEN,
    ),
    DefinitionShape(
        # "A non-renewable resource is one that exists in a fixed amount", "An energy resource is any natural source
        # that people can use" (review 59): the term, then what kind of thing it is left to the clause
        "a term is one that",
        re.compile(
            rf"^(?:A|An) {_TERM} (?:is|are) (?:one|any (?:{_WORD} ){{0,3}}?{_WORD}) (?:that|which|whose|in which)\b"
        ),
        "A renewable resource is one that is naturally replaced as fast as we use it.",
        "renewable resource",
        opens=("A ", "An "),
        gate=(" is one ", " is any "),
        refuses=_SPOKEN,
    ),
    DefinitionShape(
        "the term X describes",
        re.compile(
            r"^The (?:term|word|phrase|expression) [“\"]?(?P<term>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}?)[”\"]? "
            r"(?:describes|means|refers to|denotes|is used (?:for|to describe))\b"
        ),
        "The term Industrial Revolution describes the change from an economy based on farming to one of industry.",
        "Industrial Revolution",
        opens=("The term ", "The word ", "The phrase ", "The expression "),
    ),
    DefinitionShape(
        # Without an article: "The ruling refers to events in 2019" only points at something.
        "X refers to",
        re.compile(
            # ("Rate of return measures …", "Resistance (R) describes how strongly …": a term with "of" in it, a
            # symbol in brackets after it)
            rf"^(?!(?:The|A|An|This|That|It|Its)\b)(?P<term>[A-Z][a-z][\w-]*(?: {_WORD}){{0,2}}(?: of {_WORD})?"
            r"(?: [A-Z]{2,5})?)(?: \([A-Za-zΑ-Ωα-ω]{1,3}\))? "
            # "Nominal GDP measures output at current prices" (round C), "Biomass means burning plant material"
            r"(?:refers to|denotes|measures|means|describes how (?:strongly|much|quickly|fast|easily|well|far|often)\b)"
        ),
        "Biodiversity refers to the variety of living things in an area.",
        "Biodiversity",
        gate=(" refers to", " denotes", " measures", " means", " describes how "),
        refuses=re.compile(rf"{_PAST.pattern}|{_SPOKEN.pattern}"),
    ),
    DefinitionShape(
        # With "The" only before a name of two capitalised words or more, an era or a movement (round C, Meiji): "The
        # ruling refers to …" points at something.
        "the Named Era refers to",
        re.compile(r"^The (?P<term>[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}) (?:refers to|denotes|describes)\b"),
        "The Meiji Restoration refers to the return of political power to the emperor in 1868.",
        "Meiji Restoration",
        opens=("The ",),
        gate=(" refers to", " denotes", " describes"),
        refuses=_SPOKEN,
    ),
    DefinitionShape(
        # "The law of demand states that …", "Today the cell theory states that …": a law, rule or theory by its name.
        "the law of X states",
        re.compile(
            # (a bare "The law states …" names no law: "Hooke's law" was named in the sentence before, review 43)
            # ("The law of demand tells us that …")
            rf"^(?:[A-Z][a-z]+,? )?(?:The|the) (?!{_LAWS} (?:states|says|holds|predicts|tells us)\b)"
            rf"(?P<term>(?:{_WORD} ){{0,2}}{_LAWS}(?: of {_WORD}(?: (?:and|of) {_WORD})?)?) "
            r"(?:states|says|holds|predicts|tells us)\b"
        ),
        "The octet rule states that atoms tend to gain, lose or share electrons until they have eight.",
        "octet rule",
        gate=(" states", " says", " holds", " predicts", " tells us"),
    ),
    DefinitionShape(
        # A generic subject has the term when a condition holds: the condition defines it. A compound only:
        # "A team has an advantage when it plays at home" is no term.
        "a thing has an X when",
        re.compile(
            rf"^(?:A|An) {_WORD} (?:has|have) (?:a|an) (?P<term>{_WORD} {_WORD}) "
            r"(?:(?:in|of|over|on) [^,;]{1,40}? )?when\b"
        ),
        "A country has an absolute advantage in a good when it can produce more of it with the same resources.",
        "absolute advantage",
        opens=("A ", "An "),
        gate=(" has a", " have a"),
    ),
    DefinitionShape(
        # "the green pigment chlorophyll", "the enzyme amylase": a chemical's name after the kind of chemical it is.
        "the pigment X",
        re.compile(
            r"\bthe (?:[a-z][\w-]* )?(?:pigment|enzyme|hormone|protein|neurotransmitter) "
            rf"(?P<term>{_CHEMICAL_NAME})(?=[,;.)]| (?:which|that|and)\b)"
        ),
        "Chloroplasts absorb light energy using the green pigment chlorophyll.",
        "chlorophyll",
        gate=("pigment ", "enzyme ", "hormone ", "protein ", "neurotransmitter "),
    ),
    DefinitionShape(
        # A quantity, and after a colon the sum that makes it: "calculate the relative frequency: the number of times
        # the event occurs divided by the number of trials" (blind review 90 found the passage's last term unasked).
        # Not the news's "the key figure: the number of jobs added", whose "figure" is the thing the story reports,
        # in the past.
        "the quantity: the sum of",
        re.compile(
            rf"\b(?:the|a|an) (?P<term>{_WORD}(?: {_WORD})?): (?:the|a|an) (?:number|difference|ratio|sum|product|"
            r"quotient|total|proportion|amount) (?:of|between)\b"
        ),
        "To estimate a probability, calculate the relative frequency: the number of times the event occurs divided "
        "by the number of trials.",
        "relative frequency",
        refuses=re.compile(
            rf"{_PAST.pattern}|{_SPOKEN.pattern}|: .*: |"
            rf"\b(?:{_OCCASIONS}|figures?|data|index|count|reading|number): "  # ("the payrolls report: the number …")
        ),
        gate=(": the ", ": a ", ": an "),
    ),
    DefinitionShape(
        # The object of a verb, and after a colon what kind of thing it is: "B lymphocytes produce antibodies: Y-shaped
        # proteins with a shape that fits one antigen", "Artists depended on patrons: wealthy individuals who paid for
        # their work". Not a predicate ("it can be harmful: consumers who …"), nor a word that a count or a determiner
        # leads ("There was one problem: farmers who …", "the new target: customers who …").
        "does a term: a kind who",
        re.compile(
            r"(?<![Bb]e )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bthe )(?<!\ba )(?<!\ban )"
            r"(?<!\bone )(?<!\btwo )(?<!\bthree )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )"
            r"(?<!\bin )"  # "photosynthesis in [reverse]: glucose reacts with …": a phrase of manner, no object
            r"(?<!ly )"  # "consider the story largely [legendary]: excavations show that …": a predicate (review 92)
            rf"(?<=[a-z] )(?P<term>{_WORD}): (?:[A-Z]-)?[a-z][\w-]*(?: (?:or |and )?[a-z][\w-]*){{0,3}} "
            r"(?:who|that|which|whose|with|in which)\b"
        ),
        "B lymphocytes produce antibodies: Y-shaped proteins with a shape that fits one particular antigen.",
        "antibodies",
        refuses=re.compile(rf"{_SPOKEN.pattern}|: .*: "),  # (a run of glossary entries, "caravan: … oasis: …")
        gate=(": ",),
    ),
)
# Words that make a phrase a ranking, not a term: "the outer walls, the oldest part, …".
SUPERLATIVES = frozenset("oldest newest largest biggest smallest longest shortest greatest latest earliest".split())


def defined_terms(sentence: str) -> list[tuple[str, int]]:
    """Every (term, start) a definition shape finds in the sentence."""
    found = []
    for shape in SHAPES:
        if shape.opens and not sentence.startswith(shape.opens):
            continue
        for word in shape.gate:  # a plain loop: any() over a generator costs a book more than the patterns do
            if word in sentence:
                break
        else:
            if shape.gate:
                continue
        for match in shape.pattern.finditer(sentence):
            if (shape.needs and not shape.needs.search(sentence)) or (shape.refuses and shape.refuses.search(sentence)):
                break  # asked only once a shape matches
            group = "term" if match.group("term") is not None else "bare"  # (a shape may name its term twice)
            found.append((match.group(group), match.start(group)))
    return found


def is_a_glossary_entry(sentence: str) -> bool:
    """Is the sentence a glossary entry, a term and its definition parted by a dash or a colon ("labour - the physical
    and mental effort of workers;")? An item of a list may be one, in lower case, and still stand alone."""
    glossary = SHAPES[0]
    return any(word in sentence for word in glossary.gate) and glossary.pattern.match(sentence) is not None and not (
        glossary.refuses and glossary.refuses.search(sentence)
    )


# Endings that make another form of the same word: "ionic" and "ions" are both "ion", "drainage" and "drained"
# both "drain". A longer ending first; a stem keeps three letters at least.
_ENDINGS = (
    ("ations", ""), ("ation", ""), ("ities", ""), ("ity", ""), ("isms", ""), ("ism", ""), ("ions", ""), ("ion", ""),
    ("ically", ""), ("ical", ""), ("ics", ""), ("ic", ""), ("ally", ""), ("al", ""), ("ages", ""), ("age", ""),
    ("ments", ""), ("ment", ""), ("ary", ""), ("ness", ""), ("ives", ""), ("ive", ""), ("ings", ""), ("ing", ""),
    ("ied", "y"), ("ies", "y"), ("ed", ""), ("es", ""), ("s", ""), ("ly", ""),
)
_MIN_STEM = 3


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """A crude root for comparing forms of one word: "protectionism" and "protect" both give "protect"."""
    word = word.lower().removesuffix("'s").removesuffix("’s")
    changed = True
    while changed:
        changed = False
        for ending, replacement in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) + len(replacement) >= _MIN_STEM:
                word = word[: len(word) - len(ending)] + replacement
                changed = True
                break
    # "plates" lost "es" where "plate" keeps its "e": without a final "e" both are "plat", as "waves" and "wave" are
    return word[:-1] if word.endswith("e") and len(word) > _MIN_STEM else word


_WORDS = re.compile(r"[A-Za-z][\w’'-]*")
# Words too small to give a term away when they stand elsewhere in the sentence.
_SMALL = frozenset("of and or the a an in on to for by with at from as".split())


# Words of time whose unit, said elsewhere, tells them: "a percentage per year, known as the [annual] rate" (blind
# review 80, bad).
_UNIT_OF_TIME = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
                 "hourly": "hour"}


def gives_itself_away(term: str, start: int, sentence: str) -> bool:
    """Does a word of the term, or another form of it, stand elsewhere in the sentence? "An [ionic bond] is
    the attraction between charged ions": "ions" tells the student "ionic"."""
    # ("is called revenue (or sales revenue)": a card leaves the other name in brackets out, see `term_aside_end`)
    end = term_aside_end(sentence, start + len(term)) or start + len(term)
    rest = (sentence[:start] + " " + sentence[end:]).lower()
    words = [word for word in _WORDS.findall(term.lower()) if word not in _SMALL]
    units = {_UNIT_OF_TIME[word] for word in words if word in _UNIT_OF_TIME}
    if units and any(re.search(rf"\b{unit}s?\b", rest) for unit in units):
        return True
    if not any(word[:_MIN_STEM] in rest for word in words):
        return False  # a stem keeps its first letters: no word can share one whose letters are absent
    term_stems = {stem(word) for word in words}
    starts = {term_stem[:_MIN_STEM] for term_stem in term_stems}
    return any(stem(word) in term_stems for word in _WORDS.findall(rest) if word[:_MIN_STEM] in starts)
