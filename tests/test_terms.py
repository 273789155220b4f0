"""Key terms a textbook defines: found whole, in the shapes textbooks use, and never one that gives itself away."""

from __future__ import annotations

from pathlib import Path

import pytest

import quizgen
from quizgen.analyse.definitions import SHAPES, gives_itself_away, stem
from quizgen.analyse.terms import find_repeated_term_spans, find_term_spans, repeated_terms


def terms_in(sentence: str) -> list[str]:
    spans = find_term_spans(sentence)
    assert all(sentence[span.start : span.end] == span.text for span in spans)
    return [span.text for span in spans]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda shape: shape.name)
def test_each_definition_shape_finds_the_term_of_its_example(shape):
    assert shape.term in terms_in(shape.example)


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # The description first, the term after it (review 30, rivers; review 32, circulation).
        ("The boundary between two neighbouring drainage basins is the watershed, which usually follows a ridge of "
         "high ground.", ["watershed"]),
        ("The place where a river begins is its source, and the place where it flows into the sea or a lake is its "
         "mouth.", ["source", "mouth"]),
        ("The point at which the demand and supply curves cross is the equilibrium.", ["equilibrium"]),
        ("The outer layer of the skin is the epidermis.", []),  # no clause, no position: a part, said plainly
        ("The outermost layer is the epidermis, which protects the body.", ["epidermis"]),
        ("The material a river carries is called its load.", ["load"]),
        ("The wealth a person owns is called their assets.", ["assets"]),
        # The term in apposition to the description that opens the sentence.
        ("The two upper chambers, the atria, receive blood returning to the heart.", ["atria"]),
        ("The innermost layer, the endometrium, thickens each month.", ["endometrium"]),
        # The term with its definition beside it, after "is a" (review 32, trade).
        ("The most common tool is a tariff, a tax on imported goods.", ["tariff"]),
        ("The active ingredient is a stimulant, a substance that speeds up the nervous system.", ["stimulant"]),
        # A place first, then the term that stands there (review 28, the cell).
        ("Inside the nucleus is the nucleolus, where ribosomes are assembled.", ["nucleolus"]),
        ("Beneath the crust lies the mantle, a layer of hot rock about 2,900 km thick.", ["mantle"]),
        # A unit defined by units.
        ("One ampere is a flow of one coulomb of charge per second.", ["ampere"]),
        ("One volt is equal to one joule per coulomb.", ["volt"]),
        # A kind defined by the generic "a"/"an" (review 31, civics; review 32, trade).
        ("A bill is a proposed law.", ["bill"]),
        ("A quota is a limit on the quantity of a good that may be imported.", ["quota"]),
        ("An indulgence was a pardon that reduced the punishment a person's soul would suffer after death.",
         ["indulgence"]),
        ("A vassal was a person who held land from a lord in return for service.", ["vassal"]),
        # "X of a good is …": the qualifier is no part of the term (review 28, supply and demand).
        ("The quantity demanded of a good is the amount that buyers are willing and able to purchase.",
         ["quantity demanded"]),
        ("The boiling point of a liquid is the temperature at which it turns into a gas.", ["boiling point"]),
        ("The small intestine is a long tube in which food is digested and absorbed.", ["small intestine"]),
        # Heads that name a process or an amount may take "of the …" (review 30, rivers; review 32, trade).
        ("Hydraulic action is the force of the water itself, which breaks the rock apart.", ["Hydraulic action"]),
        ("Opportunity cost is the value of the next best alternative given up when a choice is made.",
         ["Opportunity cost"]),
        ("Urbanisation is the growth in the proportion of people living in towns and cities.", ["Urbanisation"]),
        ("Ribosomes are the sites of protein synthesis.", ["Ribosomes"]),
        ("Capillaries are tiny vessels with walls only one cell thick.", ["Capillaries"]),
        # Named by a word for its kind, by "the term", by "refers to", by the law it states.
        ("Plants take in light using the green pigment chlorophyll.", ["chlorophyll"]),
        ("The pancreas releases the hormone insulin, which lowers blood sugar.", ["insulin"]),
        ("The term Industrial Revolution describes the change from farming to machine manufacture.",
         ["Industrial Revolution"]),
        ("Biodiversity refers to the variety of living things in an area.", ["Biodiversity"]),
        # "X means …", "A/An X is one that / any … that" (review 59: a passage on energy gave 2 items)
        ("Biomass means burning plant material, such as wood chips or crop waste.", ["Biomass"]),
        ("A non-renewable resource is one that exists in a fixed amount and cannot be replaced.",
         ["non-renewable resource"]),
        ("An energy resource is any natural source that people can use to produce heat.", ["energy resource"]),
        ("The octet rule states that atoms tend to have eight electrons in their outer shell.", ["octet rule"]),
        # A condition that defines what a generic subject has (review 32, trade).
        ("A country has an absolute advantage in a good when it can produce more of that good than another "
         "country with the same resources.", ["absolute advantage"]),
        ("A firm has a natural monopoly when one producer can supply the whole market most cheaply.",
         ["natural monopoly"]),
    ],
)
def test_a_defined_term_is_found_in_the_shapes_textbooks_use(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    "sentence",
    [
        # News says "is the" of things that are not terms: no describing head, a past tense, a speaker.
        "The biggest problem is the cost.",
        "The reason that prices rose is the war.",
        "The company that owns the site is the developer, which bought it in 2019.",
        "The area where the fire started is the park.",
        "The team that wins is the champion.",
        "The group that organised the march is the union, which has 5,000 members.",
        "The largest shareholder is the government.",
        "The main cause of the delay is the weather, officials said.",
        "The upper house is the Senate, which must approve the bill.",
        "Its capital is called its heart.",
        # An apposition that names people, or a ranking, is not a term.
        "The new owners, the family, plan to reopen the hotel.",
        "The two sides, the unions, say the offer is too low.",
        "The victim, the mother of two, died at the scene.",
        # "One …", "A …", "… refers to", "… states" in their everyday senses.
        "One option is a tax per household.",
        "One problem is the cost of fuel per litre.",
        "A strike is an option, the union said.",
        "A decision is a long way off.",
        "The ruling refers to events in 2019.",
        "The new rule states that players must wear helmets.",
        "A team has an advantage when it plays at home.",
        "Inside the box was a letter, which the police kept.",
        "It is a tragedy, a blow for the whole town.",
        "The main tool was a hammer, a gift from his father.",
        "Inside the building is a museum, which opened in 2001.",
        # A word for a kind of chemical before a common noun: no chemical's name.
        "Police said the protein shake, which he drank, was contaminated.",
        "She was given the hormone treatment, which failed.",
        # A group any kind of being has is who is meant, not a term (review 54: "[term] are carnivores" = Adults).
        "Adults are carnivores that eat almost any animal they can overpower.",
        "Males are animals that defend a territory of their own.",
        "A good plan is one that works for everyone.",
        "This means that prices will rise again next year.",
        # an apposition that sums up the clause describes no word before its comma (review 56)
        "After the Fourth Dynasty, pyramids became smaller and more cheaply built, a sign that royal power was shrinking.",
        "Unusually, the temple faces west rather than east, a feature that some historians link to Vishnu.",
    ],
)
def test_everyday_sentences_of_the_same_shapes_define_no_term(sentence):
    assert terms_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # The whole term after "called" (review 31: "separation", review 28: "law").
        ("This principle is called the separation of powers.", ["separation of powers"]),
        ("This tendency of prices to move towards equilibrium is sometimes called the law of supply and demand.",
         ["law of supply and demand"]),
        ("Energy that cannot be destroyed obeys what is called the conservation of energy.", []),  # "Energy" tells
        # "energy" tells the head, not which energy: the modifier alone is asked (round C: "the [critical] angle")
        ("The stored energy of a raised object is called the potential energy of position.", ["potential"]),
        ("A change in the genes of a population over time is known as the theory of evolution.",
         ["theory of evolution"]),
        # "of" goes on only to a noun, and only after one word: "of some of …", "of ions" are no part of the term.
        ("Such changes reach their acme in the so-called alternate generations of some of the lower animals.",
         ["alternate generations"]),
        ("Atoms packed in a regular pattern form what is called a crystal lattice of ions.", ["crystal lattice"]),
    ],
)
def test_a_named_term_is_kept_whole(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Review 29: "ions" gives "ionic bond" away; "ocean acidification" after "the oceans … more acidic".
        ("An ionic bond is the electrostatic attraction between oppositely charged ions.", []),
        ("CO2 absorbed by the oceans makes seawater more acidic; this is known as ocean acidification.", []),
        ("Governments restrict trade to protect domestic industries, a policy known as protectionism.", []),
        ("A drainage basin is the area of land drained by a river and its tributaries.", []),
        ("Electric current is the rate at which electric charge flows past a point.", []),
        ("The difference between the two rates, known as the interest rate spread, is a bank's profit.", []),
        ("The place where two plates meet is called a plate boundary.", []),
        # The subject a sentence opens by defining is asked whole or not at all: "[Mass] movement is the downhill
        # movement of …" left half the term in the stem (blind review 88, bad)
        ("Mass movement is the downhill movement of weathered material under the influence of gravity.", []),
        ("Kinetic energy is the energy an object has because it is moving.", ["Kinetic"]),  # an adjective classes
        # A shared beginning alone is no other form of the word: "nucleus" does not tell "nucleoid".
        ("Prokaryotic cells have no nucleus; their DNA lies in a region called the nucleoid.", ["nucleoid"]),
        ("A covalent bond is a shared pair of electrons between two atoms.", ["covalent bond"]),
        # Another name in brackets right after the term, left off its card, tells it nothing (blind review 103)
        ("The money a business receives from selling its products is called revenue (or sales revenue).", ["revenue"]),
        ("Each was an independent city-state called a polis (plural poleis).", ["polis"]),
        ("Sales revenue is the money a business receives, called revenue for short.", []),  # a word outside brackets
    ],
)
def test_a_term_whose_word_stands_elsewhere_in_the_sentence_is_not_asked(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("word", "other", "same"),
    [
        ("ionic", "ions", True),
        ("drainage", "drained", True),
        ("protectionism", "protect", True),
        ("supply", "supplied", True),
        ("tributary", "tributaries", True),
        ("Ohm's", "ohmic", True),
        ("plates", "plate", True),  # "-es" after a stem that ends in "e" (review 36: "rates" and "rate")
        ("waves", "wave", True),
        ("nucleoid", "nucleus", False),
        ("cellulose", "cell", False),
        ("evapotranspiration", "evaporation", False),
    ],
)
def test_forms_of_one_word_share_a_stem(word, other, same):
    assert (stem(word) == stem(other)) is same


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        ("If one bulb in a series circuit fails, the circuit is broken.", []),
        ("The carbon cycle is the movement of carbon between the air, the oceans and rocks.", []),
        ("In a series circuit the same current passes through each component.", ["series circuit"]),
    ],
)
def test_a_repeated_term_whose_word_stands_elsewhere_in_the_sentence_is_not_asked(sentence, terms):
    repeated = frozenset({"series circuit", "carbon cycle"})
    assert [span.text for span in find_repeated_term_spans(sentence, repeated)] == terms


def test_a_giveaway_is_judged_outside_the_term_itself():
    sentence = "A covalent bond is a shared pair of electrons."
    assert not gives_itself_away("covalent bond", 2, sentence)
    assert gives_itself_away("covalent bond", 2, sentence + " Covalent compounds melt easily.")


def test_a_textbook_passage_asks_the_terms_it_defines():
    text = (
        "Rivers and Their Work\n\n"
        "The boundary between two neighbouring drainage basins is the watershed, which usually follows a ridge "
        "of high ground. Hydraulic action is the force of the water itself, which breaks the rock apart. "
        "The material a river carries is called its load.\n\n"
        "How a Bill Becomes Law\n\n"
        "The Constitution divides the power of the national government among three branches. This principle "
        "is called the separation of powers. A bill is a proposed law."
    )
    asked = {question.answer for question in quizgen.generate(text).questions}
    assert {"watershed", "Hydraulic action", "separation of powers", "bill"} <= asked
    assert "separation" not in asked


@pytest.mark.parametrize(
    ("prompt", "dangling"),
    [
        # The cloze's "[term]" stands where the name is: "they" has it to point to, as it has "_____".
        ("A [term] is any arrangement that brings buyers and sellers together so that they can trade.", False),
        ("A _____ is any arrangement that brings buyers and sellers together so that they can trade.", False),
        ("The [organisation] responded with its own reforms, known as the Counter-Reformation.", False),
        ("The terms of their stay were agreed in [year].", True),
    ],
)
def test_a_cloze_blank_is_what_a_later_pronoun_points_to(prompt, dangling):
    from quizgen.questions.flaws import dangling_reference

    assert dangling_reference(prompt) is dangling


def test_a_key_term_the_article_keeps_using_is_still_asked():
    # Review 30: "potential difference" stands in five sentences of the electricity article; each mention made it
    # weigh less, until no sentence of it was worth asking.
    article = Path(__file__).parent.parent / "benchmarks" / "quality" / "articles" / "r30-text-1.txt"
    # (asked where it is defined, "[Potential difference] is the energy transferred per unit of charge …")
    assert "potential difference" in {question.answer.lower() for question in quizgen.generate(article).questions}


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Review 35: "They called [it] the res publica": a pronoun is never the term; the name after it is.
        ('They called it the res publica, meaning "the public thing", from which our word republic comes.',
         ["res publica"]),
        ("Darwin called it natural selection, by analogy with the breeding of animals.", ["natural selection"]),
        ("The senator called it a disgrace.", []),  # a judgement, not a name
        ("Our classifications will then give what may be called the plan of creation.", ["plan of creation"]),
        ("Critics called them reckless.", []),
        ("The minister called it the end of an era.", []),
        # Review 35: "the three biggest [producers], the longest in …": a ranked common noun, and a ranking of the
        # clause, not an apposition.
        ("In 2014, AMCU led a five-month strike across the three biggest producers, the longest in the country's "
         "mining history.", []),
        ("Output fell at the two largest mills, the worst in a decade.", []),
        ("Saliva contains amylase, an enzyme that breaks down starch.", ["amylase"]),
        # Review 34: "The [vertical columns] are called groups": the description that a sentence names is no term.
        ("The vertical columns are called groups, and the horizontal rows are called periods.", ["groups", "periods"]),
        ("The large flat areas beside a river are known as floodplains.", ["floodplains"]),
        # Review 30: "Solution, also called corrosion": two names of one thing are one fact, asked once.
        ("Solution, also called corrosion, happens when slightly acidic water dissolves rocks such as limestone.",
         ["corrosion"]),
        ("Weathering, also known as denudation, happens when rock is broken down where it stands.", ["denudation"]),
        # "results" is a noun after a word of when: no term "results from" (blind review 88 asked "[Early]", bad)
        ("Early results from camera and sonar surveys, published in January, recorded no strikes.", []),
        ("Erosion results from the movement of water, wind and ice.", ["Erosion"]),
    ],
)
def test_a_term_is_a_real_term_and_one_fact_is_asked_once(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Review 34: "[nodes] of Ranvier" and "nodes of [Ranvier]": a part named after a person is one term.
        ("In myelinated axons the impulse jumps between gaps in the sheath called nodes of Ranvier, and can reach "
         "speeds of up to 120 metres per second.", ["nodes of Ranvier"]),
        ("Urine is concentrated in a hairpin section of the tubule known as the loop of Henle.", ["loop of Henle"]),
        # Not a place, and not half of a name: "the [capital] of France", "the [reign] of Terror".
        ("The city was known as the capital of France.", []),
        ("The period known as the reign of Terror began in 1793.", []),
    ],
)
def test_a_term_named_after_a_person_is_kept_whole(sentence, terms):
    assert terms_in(sentence) == terms


def test_a_term_named_after_a_person_is_asked_whole_not_by_its_name():
    text = (
        "The Nerve Impulse\n\n"
        "A nerve impulse is an electrical signal that travels along a neuron. In myelinated axons the impulse jumps "
        "between gaps in the sheath called nodes of Ranvier, and can reach speeds of up to 120 metres per second."
    )
    asked = {question.answer for question in quizgen.generate(text).questions}
    assert "nodes of Ranvier" in asked
    assert not {"nodes", "Ranvier"} & asked


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # A glossary entry (review 33, fronts: "Key terms").
        ("Isobar: a line on a map joining places of equal pressure.", ["Isobar"]),
        ("Occlusion: the stage at which the cold front catches up with the warm front.", ["Occlusion"]),
        ("Opportunity cost: the value of the next best alternative given up.", ["Opportunity cost"]),
        # Captions, notes, fields and columns have a colon too; a run of entries is no one entry.
        ("Photo: a man waits outside the court in Lagos.", []),
        ("UPDATE: the road has reopened to traffic.", []),
        ("Price: a bargain at the door of the hall.", []),
        ("Notebook: a few thoughts on the match.", []),
        ("consul: one of two chief magistrates elected each year veto: the power to block a decision", []),
        # A kind narrowed by a clause, then its name (review 36, ecosystems).
        ("A carnivore that eats herbivores, such as a fox, is a secondary consumer.", ["secondary consumer"]),
        ("A triangle that has three equal sides is an equilateral triangle.", ["equilateral"]),  # "triangle" shown
        ("An animal that eats only plants is a herbivore.", ["herbivore"]),
        ("A woman who lives nearby is a nurse.", []),  # a person, not a kind
        ("A car that was stolen last week is a total loss.", []),  # the past: news
        ("A company that makes chips is a big supplier.", []),  # a judging adjective
        # "anything that" (review 36, money).
        ("Money is anything that is widely accepted as payment for goods and services.", ["Money"]),
        ("A citizen is anyone who holds the nationality of a state.", ["citizen"]),
        ("Football is something that brings people together.", []),
        # A term in apposition to what kind of process or amount it is (review 36, money).
        ("Before money existed, people relied on barter, the direct exchange of one good for another.", ["barter"]),
        ("Savers lose out through inflation, a general rise in the price level.", ["inflation"]),
        ("The company blamed bad weather, a rise in costs and a fall in demand.", []),  # a list
        ("Shares fell after the announcement, a loss of 5% in a day.", []),  # an event, and a figure
        ("In the middle and lower course, a river flows in wide bends called meanders.", ["meanders"]),
        # The phrase after the comma is the subject of what follows, or the noun before it is no bare term (the
        # book, "On the Origin of Species").
        ("When a plant is placed in a new country, among new competitors, the conditions of its life will be "
         "changed.", []),
        ("The fish stay upright owing to the depth of their bodies, the small size of their fins, and their weight.",
         []),
        ("A small change may make, during such periods, a great difference in survival.", []),
        ("The tail came to be used as a whip, an organ of balance, or as an aid in turning.", []),  # a list
        # A part of the body or the Earth after "the" (an unseen plate tectonics passage).
        ("Plates are carried by currents in the mantle, the layer of hot rock beneath the crust.", ["mantle"]),
        ("Police searched the house, the layer of dust in the hall untouched.", []),
        # "a word meaning" (review 35, the Roman Republic); a measure as the defining head (review 35, waves).
        ('Each consul could block the decisions of the other with a veto, a Latin word meaning "I forbid".', ["veto"]),
        ('Citizens met in the agora, a Greek word meaning "gathering place".', ["agora"]),
        ("The amplitude of a wave is the maximum displacement of a particle from its rest position.", ["amplitude"]),
        ("The intensity of an earthquake is the strength of the shaking at a particular place.", ["intensity"]),
        # What happens at or in a kind of thing (review 33, fronts; review 35, waves), not on one occasion.
        ("At a destructive boundary, an oceanic plate sinks beneath a continental plate.", ["destructive boundary"]),
        ("In a longitudinal wave, the particles vibrate parallel to the direction of travel.", ["longitudinal wave"]),
        ("In a parallel circuit, the current is shared between the branches.", ["parallel circuit"]),
        ("At a warm front, warm air moves forward and rises over the colder air.", []),  # "warm" gives it away
        ("In a joint statement, the ministers said the talks would continue.", []),
        ("In a landmark ruling, the court ordered the firm to pay.", []),
        ("At a news conference, officials gave few details.", []),
        ("In a second step, the mixture is heated.", []),
        # A role, then what it means after a colon (review 36, money).
        ("First, money is a medium of exchange: it is used to buy and sell.", ["medium of exchange"]),
        ("Second, it is a unit of account: prices, wages and debts are measured in it.", ["unit of account"]),
        ("It is a matter of time: the firm will fail.", []),
        ("This is a test of nerve: who blinks first?", []),
        # A kind of thing by what it names, describes or measures (blind review 85: word classes gave 2 items).
        ("A proper noun names one particular person, place or organisation.", ["proper noun"]),
        ("A verb tells us what someone or something does or is.", ["verb"]),
        ("An adjective describes or gives more information about a noun.", ["adjective"]),
        ("A barometer measures air pressure.", ["barometer"]),
        ("A new report describes how the company lost money.", []),
        ("A spokesman describes the plan as a failure, the minister said.", []),
        ("A recent survey measures what voters think.", []),
        # A term may open on an adjective made from a name (blind review 84), a nationality only describes.
        ("A set of three whole numbers that fits the rule is called a Pythagorean triple.", ["Pythagorean triple"]),
        ("A rule known as Boolean logic is used in every computer.", ["Boolean logic"]),
        ("The company was called a Brazilian firm.", []),
        # A capacity defines (blind review 87: "Energy is the capacity to do work" unasked); a venue's does not.
        ("Energy is the capacity to do work.", ["Energy"]),
        ("The stadium has the capacity of 40,000 people.", []),
        # A term by two names (blind review 82)
        ("The values of x that make the equation true are called its roots or solutions.", ["roots"]),
    ],
)
def test_more_shapes_of_a_textbook_definition_find_their_term(sentence, terms):
    assert terms_in(sentence) == terms


NEURONS = (
    "There are three types of neuron. Sensory neurons carry impulses from receptors to the CNS. Relay neurons (also "
    "called interneurons) are found within the CNS and connect other neurons. Motor neurons carry impulses from the "
    "CNS to effectors, which are muscles or glands."
)
ROCKS = (
    "There are three main types of rock. Igneous rocks form when magma cools. Sedimentary rocks are made of layers "
    "of sediment. Metamorphic rocks have been changed by heat and pressure."
)


@pytest.mark.parametrize(
    ("passage", "kinds"),
    [
        # Review 34: the three neuron types, each described by the sentence it opens.
        (NEURONS, {"Sensory neurons", "Relay neurons", "Motor neurons"}),
        (ROCKS, {"Igneous rocks", "Sedimentary rocks", "Metamorphic rocks"}),
        # "Some people", "Other people": no kinds of their own; an announcement of kinds then talk of other things.
        ("There are two kinds of people. Some people stay. Other people leave.", set()),
        ("There are three types of neuron. The brain has billions. Scientists study them. Sensory neurons carry "
         "impulses.", set()),
    ],
)
def test_the_kinds_a_textbook_announces_are_its_terms(passage, kinds):
    assert repeated_terms([passage]) >= kinds
    assert not {term for term in repeated_terms([passage]) if term[:1].isupper()} - kinds


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        ("Sensory neurons carry impulses from receptors to the CNS.", ["Sensory neurons"]),
        # A repeated term inside a longer one is half of it: "central [nervous system]".
        ("The central nervous system is made up of the brain and the spinal cord.", []),
        ("The nervous system has two main parts.", ["nervous system"]),
        ("Darwin's theory explains natural selection by heredity.", ["natural selection"]),  # a verb, no modifier
    ],
)
def test_a_repeated_term_is_found_whole(sentence, terms):
    repeated = frozenset({"Sensory neurons", "nervous system", "natural selection"})
    assert [span.text for span in find_repeated_term_spans(sentence, repeated)] == terms


def test_a_sentence_that_names_what_it_describes_is_asked_on_its_own():
    # Review 34/35: "The highest points of a wave are called crests" leans on no sentence before it.
    text = (
        "Waves and Sound\n\n"
        "A wave is a disturbance that transfers energy from one place to another. Waves on a stretched rope are "
        "transverse. The highest points of a transverse wave are called crests and the lowest points are called "
        "troughs."
    )
    asked = {question.answer: question.prompt for question in quizgen.generate(text).questions}
    assert {"crests", "troughs"} <= set(asked)
    assert "stretched rope" not in asked["crests"]


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Round C: a term is a noun phrase, and it ends before a verb (r39 chemistry, r42 Inca; of our own).
        ("You can tell a reaction took place: a gas is given off, a solid called a precipitate forms, or the colour "
         "changes.", ["precipitate"]),
        ("Relay runners called chasquis carried messages along it, covering up to 240 kilometres in a day.",
         ["chasquis"]),
        ("Long chains called polymers make up most plastics.", ["polymers"]),
        ("Nerve cells called neurons carry signals.", ["neurons"]),
        ("A device called a transformer changes the voltage of an alternating current.", ["transformer"]),
        ("Hot springs leave a pale rock called travertine.", ["travertine"]),
        # A participle that works as a preposition opens a clause, not a term (r38 news).
        ("Including debt, the transaction values Meridian at about 4.1 billion euros.", []),
        ("Excluding fuel, the index rose by 2 percent.", []),
        # A predicate that is no noun (r40 news, r42 news).
        ("Analysts said that while the overall list was shrinking, the number of patients waiting had risen.", []),
        ("At least four people were still missing, the coast guard said.", []),
        ("Sales were falling, the company admitted.", []),
        ("The key property is viscosity, a liquid's resistance to flow.", ["viscosity"]),
        # "the largest being …" ranks what follows, it does not describe the word before it (r41 Baikal).
        ("More than 300 rivers flow into the lake, the largest being the Selenga, which enters from Mongolia.", []),
        ("Four roads lead into the town, the oldest being the Roman road.", []),
        # A question asks about a term and defines nothing (r39 chemistry: a heading "What is a chemical reaction?").
        ("What is a chemical reaction?", []),
        ("Why is a gene called dominant?", []),
    ],
)
def test_a_term_is_a_noun_phrase_that_ends_before_a_verb(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("passage", "not_terms"),
    [
        # Round C: a subject and its verb repeated are no term ("Sedimentary [rocks form] from layers").
        ("Igneous rocks form when magma cools. Sedimentary rocks form from layers. Metamorphic rocks form under heat.",
         {"rocks form"}),
        ("Here light travels fast. In water light travels slower. When light travels into glass it bends.",
         {"light travels"}),
        ("The income approach adds up wages. The production approach adds up value. The third approach adds up "
         "spending.", {"approach adds"}),
        ("Warm air moves up. Warm air moves over the sea. So warm air moves.", {"air moves"}),
        ("Output was 3 trillion rupiah. Costs were 2 trillion rupiah. Debts were 1 trillion rupiah.",
         {"trillion rupiah"}),
    ],
)
def test_a_subject_and_its_verb_are_no_repeated_term(passage, not_terms):
    assert not repeated_terms([passage]) & not_terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Round C: "Sedimentary rocks" begins before "rocks", though its first word is capitalised.
        ("Sedimentary rocks are made of layers of sediment.", []),
        ("Central nervous system: the brain and the spinal cord.", []),
        ("What is a nervous system?", []),
        ("The nervous system has two main parts.", ["nervous system"]),
    ],
)
def test_a_repeated_term_begins_where_its_phrase_begins(sentence, terms):
    repeated = frozenset({"nervous system", "sedimentary rocks", "rocks"})
    assert [span.text for span in find_repeated_term_spans(sentence, repeated)] == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Round C (r41 muscles): each card showed the other term, which gives it away. Where the first stands whole
        # inside the second, neither is asked; where they share a root, the first is asked alone.
        ("The muscle that contracts to produce a movement is called the agonist, and the muscle that relaxes is "
         "called the antagonist.", []),
        ("The living parts are called biotic factors and the non-living parts are called abiotic factors.", []),
        ("An organism with two identical alleles is homozygous for that gene, while one with two different alleles "
         "is heterozygous.", ["homozygous"]),
        ("Organisms that make their own food are called autotrophs, and those that eat others are called "
         "heterotrophs.", ["autotrophs"]),
        ("Cells without a nucleus are called prokaryotes, and cells with one are called eukaryotes.", ["prokaryotes"]),
        # Two terms of different roots tell each other nothing: both are asked (r39 chemistry, judged ok).
        ("The starting substances are called reactants, and the new substances formed are called products.",
         ["reactants", "products"]),
        ("The vertical columns are called groups, and the horizontal rows are called periods.", ["groups", "periods"]),
        # A root the sentence shows anyway tells nothing more (r35 waves, judged ok).
        ("Sound with a frequency above 20,000 Hz is called ultrasound, and sound below 20 Hz is called infrasound.",
         ["ultrasound", "infrasound"]),
    ],
)
def test_of_two_terms_that_tell_each_other_at_most_the_first_is_asked(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Round C: where the sentence shows the head of a compound again, the modifier alone is the blank.
        ("This angle is called the critical angle; for crown glass it is about 41 degrees.", ["critical"]),
        ("In a displacement reaction, a more reactive element takes the place of a less reactive one, as when zinc "
         "is placed in copper sulfate solution.", ["displacement"]),
        ("Only a few materials, called ferromagnetic materials, are strongly attracted to magnets.", ["ferromagnetic"]),
        ("Rocks that have been changed by heat are called metamorphic rocks.", ["metamorphic"]),
        # A modifier the sentence shows as well, a side of two, or a compound with "of": no card.
        ("An ionic bond is the electrostatic attraction between oppositely charged ions.", []),
        ("Every magnet has two poles, called the north pole and the south pole.", []),
        ("The total resistance is the sum of the individual resistances.", []),  # an amount, not a kind
        ("Multiple parts are variable in number, perhaps arising from such parts not being specialised.", []),
        ("The upper layer, called the upper mantle, is partly molten.", []),
    ],
)
def test_a_compound_whose_head_the_sentence_repeats_is_asked_by_its_modifier(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Round C genetics (r39): a quality a kind has when a condition holds, and what a thing has, then its name.
        ("An allele is dominant if its effect is seen whenever it is present, even in a single copy.", ["dominant"]),
        ("A gas is ideal if its particles take up no space and do not attract each other.", ["ideal"]),
        ("The combination of alleles an organism carries is its genotype.", ["genotype"]),
        ("The set of chemical reactions that take place in a cell is its metabolism.", ["metabolism"]),
        ("A deal is possible if both sides agree.", []),  # an everyday adjective
        ("A player is injured if he cannot train.", []),  # a participle
        ("The main reason for the fall is its debt.", []),  # a judgement, not a description
        ("The company that owns the site is its landlord.", []),  # a thing of the news
        # Round C chemistry and genetics: a kind narrowed by a clause, then the adjective that names it.
        ("A reaction that takes in energy from its surroundings, so that the temperature falls, is endothermic; the "
         "decomposition of calcium carbonate is an example.", ["endothermic"]),
        ("An organism with two identical alleles (TT or tt) is homozygous for that gene, while one with two different "
         "alleles (Tt) is heterozygous.", ["homozygous"]),
        ("A material that lets electricity flow through it easily is conductive.", ["conductive"]),
        ("A vaccine that works is important.", []),
        ("A car that was stolen last week is missing.", []),
        # Round C economics (r41): a kind that arises for a reason.
        ("Frictional unemployment arises because it takes time for workers to find jobs that match their skills.",
         ["Frictional unemployment"]),
        ("Acid rain is caused by sulfur dioxide and nitrogen oxides from power stations.", ["Acid rain"]),
        # Round C glaciers and economics: adjectives parted by a comma before a landform; a measure of what.
        ("Drumlins are smooth, oval hills of till shaped like an upturned spoon.", ["Drumlins"]),
        ("Eskers are long, winding ridges of sand and gravel laid down by meltwater.", ["Eskers"]),
        ("Protesters are angry, tired people of the town.", []),
        ("Nominal GDP measures output at current prices, while real GDP measures it at the prices of a fixed base "
         "year.", ["Nominal"]),
        ("Albedo measures how much of the light that falls on a surface is reflected.", ["Albedo"]),
        ("Unemployment measured 5 percent last year.", []),
        # Round C economics: a sum or a total defines what it adds up to.
        ("The labour force is the sum of the employed and the unemployed.", ["labour force"]),
        ("Gross income is the total of all the money a household receives before tax.", ["Gross income"]),
        ("The delay is caused by the strike.", []),
        # Round C magnetism (r42): a term named after someone, after "the"; the head shown again leaves the name.
        ("The change in pitch of a passing siren is known as the Doppler effect.", ["Doppler effect"]),
        ("Heating a magnet above a certain temperature, called the Curie temperature, destroys this alignment.",
         ["Curie"]),
        ("She called Smith yesterday.", []),
        ("He called the Senate leaders to a meeting.", []),
    ],
)
def test_round_c_shapes_of_a_definition_find_their_term(sentence, terms):
    assert terms_in(sentence) == terms


SKELETON = (
    "The skeleton is divided into two parts. The axial skeleton, which consists of the skull and the spine, forms the "
    "central axis of the body. The appendicular skeleton consists of the bones of the limbs."
)
MUSCLES = (
    "There are three types of muscle tissue. Skeletal muscle is attached to bones. Smooth muscle, found in the walls of "
    "the gut, works involuntarily. Cardiac muscle is found only in the heart."
)
UNEMPLOYMENT = (
    "Economists distinguish three types of unemployment. Frictional unemployment arises because it takes time to find "
    "a job. Structural unemployment occurs when skills do not match jobs. Cyclical unemployment is caused by downturns."
)
ROCK_GROUPS = [
    "A rock is a solid mixture of minerals. Geologists divide rocks into three groups according to how they form.",
    "Igneous rocks form when molten rock cools. Granite is an example.",
    "Sedimentary rocks form from layers of sediment. Sandstone and shale are examples. Most fossils are found in them.",
    "Metamorphic rocks form when existing rocks are changed by heat.",
]


@pytest.mark.parametrize(
    ("passage", "kinds"),
    [
        # Round C: kinds announced by "is divided into", "distinguish", "divide … into", of a head of two words, and
        # described in the paragraphs after the announcement.
        ([SKELETON], {"axial skeleton", "appendicular skeleton"}),
        ([MUSCLES], {"Skeletal muscle", "Smooth muscle", "Cardiac muscle"}),
        ([UNEMPLOYMENT], {"Frictional unemployment", "Structural unemployment", "Cyclical unemployment"}),
        (ROCK_GROUPS, {"Igneous rocks", "Sedimentary rocks", "Metamorphic rocks"}),
        (["The company is divided into two parts. The retail arm will be sold. Its bank stays."], set()),
        (["Voters divide parties into two groups. The big parties win. The others lose."], set()),
    ],
)
def test_the_kinds_a_textbook_announces_in_other_words_are_its_terms(passage, kinds):
    found = repeated_terms(passage)
    assert found >= kinds
    assert not found - kinds


def test_a_kind_the_sentence_it_opens_shows_again_is_asked_by_its_modifier():
    kinds = repeated_terms(ROCK_GROUPS)
    assert [span.text for span in find_repeated_term_spans("Igneous rocks form when molten rock cools.", kinds)] == [
        "Igneous"
    ]
    sentence = "Sedimentary rocks form from layers of sediment."  # "sediment" tells "Sedimentary" too: no card
    assert find_repeated_term_spans(sentence, kinds) == []


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Round C: a glossary's entries, after a "Key terms:" label or on lines of their own, parted by a colon or a
        # dash, with or without an article (an unseen glaciers glossary; r33's "Sans-culottes: radical working people
        # of Paris, so called …").
        ("Key terms: Firn: granular snow that has survived at least one summer melt season.", ["Firn"]),
        ("Ablation – the loss of ice from a glacier by melting, evaporation and calving.", ["Ablation"]),
        ("Till - unsorted material deposited directly by a glacier.", ["Till"]),
        ("Key term: A drumlin is a smooth, oval hill of till shaped like an upturned spoon.", ["drumlin"]),
        ("Key term: The Meiji Restoration refers to the return of political power to the emperor in 1868.",
         ["Meiji Restoration"]),
        # The glossary's list of terms alone defines nothing, nor does a headline or a label with a dash.
        ("Key terms: gene, allele, dominant, recessive, genotype, phenotype.", []),
        ("Ukraine: troops advance on Kherson as winter nears.", []),
        ("Brexit - what happens next for the border.", []),
        ("Update - the road has reopened to traffic.", []),
        ("The ruling refers to events in 2019.", []),
        # "In a parallel circuit each component …": without a comma, a determiner opens what happens there.
        ("In a parallel circuit each component is connected on its own branch.", ["parallel circuit"]),
        ("In a small town the school is the centre of life.", []),
        ("In a joint statement the ministers said the talks would continue.", []),
    ],
)
def test_a_glossary_entry_is_a_definition(sentence, terms):
    assert terms_in(sentence) == terms


def test_the_glossary_list_of_terms_is_asked_nothing():
    repeated = frozenset({"cell theory", "nervous system"})
    sentence = "Key terms: cell theory, prokaryote, eukaryote, organelle, nucleolus."
    assert find_repeated_term_spans(sentence, repeated) == []
    assert [span.text for span in find_repeated_term_spans("The cell theory has three parts.", repeated)] == [
        "cell theory"
    ]


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Reviews 46, 54, 56: a figure beside the term is the fact; the term is its unit or its measure, and guessed.
        ("Households that use more than 22 cubic metres of water a month will pay a surcharge.", []),
        ("The reform will gradually raise the retirement age to 68 by 2040.", []),
        ("Rivers and lakes hold less than 1% of all fresh water.", []),
        ("Interest on the national debt rose by 12 percent of the budget.", []),
        ("The bank cut the interest rate from 5.25% to 5%.", []),
        # Review 32: after "such as" the term is one example of a kind, and any other fills the blank too.
        ("The blood removes waste products such as carbon dioxide.", []),
        ("Gases including water vapour trap heat near the surface.", []),
        # ... and examples after it tell the kind, "itself" points back (blind review 88: "migrating [wild birds] such as
        # geese and swans", "the [salt flat] itself is almost lifeless")
        ("In winter migrating wild birds such as geese and swans carry the virus south.", []),
        ("Although the salt flat itself is almost lifeless, flamingos breed nearby.", []),
        ("In winter migrating wild birds carry the virus south.", ["wild birds"]),
        # A figure elsewhere in the sentence, or none: the term is still asked.
        ("Photosynthesis turns carbon dioxide and water into glucose.", ["carbon dioxide"]),
        ("The boiling point of water is 100 °C at sea level.", ["boiling point"]),
        ("In 2019 the central bank raised the interest rate in May.", ["interest rate"]),
    ],
)
def test_a_repeated_term_beside_a_figure_or_given_as_an_example_is_not_asked(sentence, terms):
    repeated = frozenset({"cubic metres", "retirement age", "fresh water", "national debt", "interest rate",
                          "carbon dioxide", "water vapour", "boiling point", "wild birds", "salt flat"})
    assert [span.text for span in find_repeated_term_spans(sentence, repeated)] == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Reviews 43, 60: what is done to the subject is no definition of it; the trachea fits the blank as well.
        ("The airways are lined with cells that produce mucus, which traps dust.", []),
        ("The nose and airways are lined with sticky mucus that traps particles.", []),
        ("The alveoli are surrounded by capillaries that carry blood to and from the lungs.", []),
        # What a thing is made of, or how it forms, still says what it is.
        ("Sedimentary rocks are made from pieces of older rock that settle in layers.", ["Sedimentary"]),
        ("Bones are made of living cells that lay down calcium phosphate.", ["Bones"]),
        ("Neurons are specialised cells that carry electrical impulses.", ["Neurons"]),
    ],
)
def test_a_subject_something_is_done_to_is_no_defined_term(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("sentence", "thin"),
    [
        # Reviews 47, 52, 56: under five words a definition cannot tell its term from others of the kind.
        ("The troposphere is the lowest layer.", True),
        ("Dry air is a mixture of gases.", True),
        ("The monarch is the head of state.", True),
        ("Rosters are the second sticking point.", True),
        ("Ribosomes are the sites of protein synthesis.", False),
        ("Melting is the change from solid to liquid.", False),
        ("The stratosphere is the layer above the troposphere, where the ozone layer lies.", False),
    ],
)
def test_a_definition_too_short_to_pin_down_its_term_is_not_asked(sentence, thin):
    from quizgen.analyse.terms import defined_too_thinly

    [span] = find_term_spans(sentence)  # found all the same: what an "it" in the next sentence points to
    assert defined_too_thinly(sentence, span) is thin


def test_a_thinly_defined_term_is_not_asked_but_still_says_what_it_is():
    text = (
        "The Atmosphere\n\n"
        "The atmosphere is the layer of gases that surrounds the Earth and is held in place by gravity. "
        "The troposphere is the lowest layer. It extends to about 8 km above the poles and 16 km above the equator."
    )
    questions = quizgen.generate(text).questions
    assert "troposphere" not in {question.answer for question in questions}
    [eight] = [question for question in questions if question.answer == "8 km"]
    assert eight.prompt.startswith("From “The Atmosphere”: The troposphere is the lowest layer. It extends to about")


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Review 60: a noun phrase takes no "the" after its noun; the word before it is the verb.
        ("Tiny hairs called cilia sweep the mucus up to the throat.", ["cilia"]),
        ("Special cells called phagocytes engulf the bacteria and digest them.", ["phagocytes"]),
        ("Microbes called bacteria release the toxins that cause the disease.", ["bacteria"]),
        ("Blood enters a knot of capillaries called the glomerulus at high pressure.", ["glomerulus"]),
        # Reviews 53, 61: a superlative or an age judges the thing; it names no term.
        ("Khone Phapheng is often described as the largest waterfall in Southeast Asia by volume.", []),
        ("His story Somnium, sometimes called an early work of science fiction, appeared in 1634.", []),
        ("The falls are known as the greatest waterfall of the region, and draw many visitors.", []),
        # Review 43: a bare "The law states …" names no law; "Hooke's law" was the sentence before.
        ("The law states that the extension of a spring is proportional to the force applied to it.", []),
        ("The theory predicts that the universe will keep expanding.", []),
        ("The law of demand states that people buy less of a good as its price rises.", ["law of demand"]),
    ],
)
def test_a_named_term_is_the_name_not_a_verb_a_judgement_or_a_bare_law(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # A name with an aside in brackets after it is still a name to learn (stomata: a key term of photosynthesis
        # that no sentence defines with "X is …").
        ("Carbon dioxide enters the leaf through tiny pores called stomata (singular: stoma), mainly underneath.",
         ["stomata"]),
        ("He introduced reforms called glasnost (openness) and signed arms-control agreements.", ["glasnost"]),
        ("A cell with two full sets of chromosomes is called diploid (2n).", ["diploid"]),
        # Its initials in brackets say where it ends, past an "of" (review 64: "price elasticity" was asked, cut);
        # the card leaves the bracket out (see test_a_terms_initials_or_symbol_in_brackets_are_left_off_its_card).
        ("This balance of terror became known as mutually assured destruction (MAD).",
         ["mutually assured destruction"]),
        ("The agency uses a measure known as gross domestic product (GDP) to track output.",
         ["gross domestic product"]),
        ("Economists measure this using a concept called price elasticity of demand (PED).",
         ["price elasticity of demand"]),
        ("Planners use a tool called the cost of living index (CLI) to compare cities.", ["cost of living index"]),
        # Letters that spell no run of the words do not stretch the term.
        ("Economists measure this using a concept called price elasticity of demand (XYZ).", ["price elasticity"]),
    ],
)
def test_a_named_term_may_carry_an_aside_or_its_initials_in_brackets(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("text", "answer", "prompt_ends"),
    [
        # Review 65: "Current (I) is the rate …" and "Resistance (R) describes …" were found and never asked, for a
        # bracket right after the blank spells the answer out; without the bracket the card reads whole.
        ("Electricity\n\nCurrent (I) is the rate at which electric charge flows past a point, measured in amperes.",
         "Current", "[term] is the rate at which electric charge flows past a point, measured in amperes."),
        ("Electricity\n\nResistance (R) describes how strongly a component opposes the flow of electric charge.",
         "Resistance", "[term] describes how strongly a component opposes the flow of electric charge."),
        # Review 64: a term's own initials, and a condition on the measure its initials name.
        ("Nuclear Strategy\n\nA standoff in which either side could destroy the other in reply became known as "
         "mutually assured destruction (MAD).", "mutually assured destruction", "in reply became known as [term]."),
        ("Physics Basics\n\nWavelength (λ) is the distance between two neighbouring crests of a water wave.",
         "Wavelength", "[term] is the distance between two neighbouring crests of a water wave."),
    ],
)
def test_a_terms_initials_or_symbol_in_brackets_are_left_off_its_card(text, answer, prompt_ends):
    prompts = {question.answer: question.prompt for question in quizgen.generate(text).questions}
    assert prompts[answer].endswith(prompt_ends)


def test_a_bracket_after_a_term_that_is_no_initials_or_symbol_stays_on_its_card():
    text = "Genetics\n\nA cell with two full sets of chromosomes in its nucleus is called diploid (2n) by biologists."
    prompts = {question.answer: question.prompt for question in quizgen.generate(text).questions}
    assert all("(2n)" in prompt for prompt in prompts.values())


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # The object of a verb, then after a colon the kind of thing it is (antibodies: a key term with no "X is …").
        ("Artists depended on patrons: wealthy individuals or organisations who paid for their work.", ["patrons"]),
        ("White blood cells release antibodies: Y-shaped proteins that stick to one particular antigen.",
         ["antibodies"]),
        # A predicate, a counted or determined word, or a run of glossary entries, is no such term.
        ("Deflation may sound welcome, but it can be harmful: consumers who expect falling prices wait.", []),
        ("There was one problem: farmers who could not pay their rent.", []),
        ("Key terms caravan: a group of merchants who travel together oasis: a fertile place that has water.", []),
    ],
)
def test_a_term_before_a_colon_and_the_kind_of_thing_it_is_is_defined(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Review 66: "defined as" defines the subject; the noun after it ("the [value] of …") is no name.
        ("Opportunity cost is defined as the value of the next best alternative forgone when a choice is made.",
         ["Opportunity cost"]),
        ("Speed is defined as the distance an object travels in one unit of time.", ["Speed"]),
        ("How much a material slows light is given by its refractive index, n, defined as the speed of light in a "
         "vacuum divided by the speed of light in the material.", []),
        # Review 64: a glossary entry with an aside in brackets before its colon, the definition a clause.
        ("Elastic supply (PES greater than 1): output changes by a larger percentage than price.",
         ["Elastic supply"]),
        ("Inelastic demand (PED less than 1): quantity demanded changes by a smaller percentage than price.",
         ["Inelastic"]),  # ("demanded" shows "demand": the modifier alone)
        ("Photo (Reuters): a man waits outside the closed bank in Athens.", []),
        # A law or a theory by its name, before "tells us"; a law named after someone.
        ("The law of supply tells us that firms offer more of a good as its price rises.", ["law of supply"]),
        ("For many components these quantities are linked by Ohm's law: V = I × R.", ["Ohm's law"]),
        ("A floating body is pushed up by a force equal to the weight of water it displaces, Archimedes' principle.",
         ["Archimedes' principle"]),
        ("The minister's rule was questioned by the court.", []),
        # A measure with "of" in its name; a symbol in brackets after the term.
        ("Rate of return measures the profit on an investment as a share of its cost.", ["Rate of return"]),
        ("Viscosity (η) describes how strongly a fluid resists flowing.", ["Viscosity"]),  # a Greek symbol too
        ("Resistance (R) describes how strongly a component opposes the flow of electric charge.", ["Resistance"]),
        ("Current (I) is the rate at which electric charge flows past a point in a circuit.", ["Current"]),
        # A quantity and the sum that makes it; a clause of news only tells of a thing.
        ("It shows how a price change will affect a firm's total revenue, which is simply price multiplied by "
         "quantity sold.", ["total revenue"]),
        ("Accountants then work out the profit, which is revenue minus costs.", ["profit"]),
        ("The bridge, which is owned by the state, was closed for repairs.", []),
        ("Its debt, which was twice its revenue, alarmed investors.", []),
        # What scholars call a kind of thing, the name ending the clause; a judgement or a name going on is none.
        ("Air and seawater are so plentiful that using them deprives no one else; economists call these free goods.",
         ["free goods"]),
        ("Geographers call them ox-bow lakes.", ["ox-bow lakes"]),
        ("Critics call it a tax grab.", []),
        ("Economists call this a bubble.", []),
        ("Biologists call these organisms producers because they make their own food.", []),
        # the plural after "these" says what is named: "these birds migrants" names migrants; "gas giants" is whole
        ("Every autumn swallows fly south to Africa. Scientists call these birds migrants.", ["migrants"]),
        ("Astronomers call these gas giants.", ["gas giants"]),
    ],
)
def test_round_8_shapes_of_a_textbook_definition_find_their_term(sentence, terms):
    assert terms_in(sentence) == terms


def test_the_terms_a_glossary_list_names_are_found_where_the_passage_uses_them():
    listed = repeated_terms(
        ["Key terms: scarcity, economic good, factors of production, production possibility frontier.",
         "Economists group the resources used in production into the factors of production."]
    )
    assert {"economic good", "economic goods", "factors of production", "factor of production",
            "production possibility frontier"} <= listed
    assert "scarcity" not in listed  # a word alone is too common to look for
    found = find_repeated_term_spans("Bread is one of the economic goods a bakery sells.", listed)
    assert [span.text for span in found] == ["economic goods"]
    # its initials in brackets spell it out
    assert find_repeated_term_spans("They drew a production possibility frontier (PPF).", listed) == []


def test_a_term_its_sentence_defines_is_asked_though_the_article_keeps_using_it():
    text = (
        "Opportunity Cost\n\nEvery choice involves giving something up. Opportunity cost is defined as the value of "
        "the next best alternative forgone when a choice is made. If Priya takes the job, the opportunity cost is the "
        "match she would have played. If she plays, the opportunity cost is the wage. A council that builds a pool "
        "bears the opportunity cost of the roads it does not repair. The opportunity cost of a tractor is wheat."
    )
    asked = {question.answer for question in quizgen.generate(text).questions}
    assert "Opportunity cost" in asked
    assert "value" not in asked


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        ("A heating curve shows flat sections at the melting and boiling points.", []),
        ("Herbivores are eaten by primary or secondary consumers.", []),
        ("A liquid turns into a gas at its boiling point.", ["boiling point"]),
        ("Salt and carbon dioxide are both compounds.", ["carbon dioxide"]),
    ],
)
def test_a_repeated_term_that_shares_its_head_with_the_word_before_and_is_not_asked(sentence, terms):
    repeated = frozenset({"boiling point", "boiling points", "secondary consumers", "carbon dioxide"})
    assert [span.text for span in find_repeated_term_spans(sentence, repeated)] == terms


@pytest.mark.parametrize(
    "sentence",
    [
        # Reviews 63-65: blanks that hid an ordinary word. A superlative apposition after a bare word ranks the clause.
        "The regulator fined the airline after passengers waited months for refunds on cancelled flights, the largest "
        "penalty of its kind ever imposed in the country.",
        "The club sold its stadium to developers, the biggest deal in the league's history.",
        # A verb before the apposition, whose object it is.
        "Parliament has twice debated, but never passed, a law that would make vaccination compulsory.",
        "The council considered, and finally approved, a plan that would close two schools.",
        # An auxiliary or a relative before "called a": the verb "call", not a name.
        "The telecoms union, which has called a one-day strike for March 20, rejected the offer.",
        "The opposition will have called a vote of no confidence by Friday.",
        # "described as a …": how someone saw it.
        "In 1837 she experienced what she later described as a call from God to devote herself to service.",
        "The minister described it as a betrayal of the voters.",
        # "in reverse:", "in short:": a phrase of manner before a colon.
        "Respiration is essentially photosynthesis in reverse: glucose reacts with oxygen to produce carbon dioxide.",
        # "The mountain is …", "The city is …": the article's subject named again.
        "The mountain is a large stratovolcano made up of three distinct cones.",
        "The city is a major port that handles most of the country's trade.",
    ],
)
def test_an_ordinary_word_of_the_story_is_no_term(sentence):
    assert terms_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # An article before the word: a superlative may still describe it; a name after "is called a" is a name.
        ("Blood leaves the heart through the aorta, the largest artery in the body.", ["aorta"]),
        ("A gap between two neurons is called a synapse.", ["synapse"]),
        ("Photosynthesis is the process by which plants make glucose from carbon dioxide and water.",
         ["Photosynthesis"]),
        ("The heart is a muscular organ that pumps blood around the body.", ["heart"]),
    ],
)
def test_the_same_shapes_in_a_textbook_still_find_their_term(sentence, terms):
    assert terms_in(sentence) == terms


def test_a_rank_or_an_office_is_no_repeated_term():
    texts = [
        "Its main line is long. Two branches leave the main line. A third runs parallel to the main line.",
        "The prime minister spoke. The prime minister resigned. A new prime minister was named.",
        "The central bank raised rates. The central bank meets monthly. The central bank is independent.",
    ]
    found = repeated_terms(texts)
    assert "main line" not in found and "prime minister" not in found
    assert "central bank" in found


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        ("The circulation is sometimes described as a global conveyor belt: a parcel of water may take 1,000 years.",
         ["global conveyor belt"]),
        ("Flood defences are built for what is often described as a one-in-200-year event, and more.",
         ["one-in-200-year event"]),
    ],
)
def test_a_name_of_its_own_after_described_as_a_is_still_a_term(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Review 70: "movement of people", repeated as what three kinds of migration are, was asked as a term.
        ("The first is rural-urban migration, the movement of people from the countryside into towns.", []),
        ("Suburbanisation is the movement of people from the inner city to the edges of the urban area.", []),
        # Guards: the repeated term itself, where no other term stands before it, stays.
        ("The movement of people into cities has sped up since 1950.", ["movement of people"]),
        ("Cities grow in part through the movement of people from the countryside.", ["movement of people"]),
    ],
)
def test_a_repeated_phrase_that_says_what_a_defined_term_is_is_not_a_term(sentence, terms):
    repeated = frozenset({"movement of people"})
    assert [span.text for span in find_repeated_term_spans(sentence, repeated)] == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Review 70: "described as the [prime] of his age" hid a word of a phrase about Newton's life.
        ("Newton spent 1665 at Woolsthorpe, a period he later described as the prime of his age for invention.", []),
        ("The tour came at what critics called the height of her fame.", []),
        # Guards: a term that goes on with "of" and a noun.
        ("This idea is known as the separation of powers.", ["separation of powers"]),
        ("Tiny gaps in the sheath are called nodes of Ranvier.", ["nodes of Ranvier"]),
    ],
)
def test_a_noun_followed_by_someones_possessive_is_no_named_term(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # Review 66: an item of a list in lower case is no sentence of its own, unless it is a glossary entry, a term
        # and its definition parted by a dash.
        ("Economics\n\nEconomists group the resources used in production into four factors of production:\n"
         "- enterprise - the skill of organising the other three factors and taking risks to start a business.",
         "enterprise"),
        # … with no verb, ending the list item with a semicolon (the card ends it with a stop).
        ("Economics\n\nEconomists group the resources used in production into four factors of production:\n"
         "- labour - the physical and mental effort of workers;\n- land - all natural resources.", "labour"),
        ("Geography\n\nGlaciers leave several kinds of deposit behind them:\n"
         "- till – unsorted material deposited by a glacier as it melts back.", "till"),
    ],
)
def test_a_glossary_entry_in_a_list_is_asked(text, asked):
    prompts = {question.answer: question.prompt for question in quizgen.generate(text).questions}
    assert prompts[asked].endswith(".")


def test_an_item_of_a_list_that_is_no_glossary_entry_is_still_not_asked():
    text = (
        "The Mongols\n\nThe Mongol Empire split into four khanates:\n"
        "- the Yuan dynasty in China, founded by Kublai Khan in 1271;\n- the Golden Horde in Russia.\n"
    )
    assert "1271" not in {question.answer for question in quizgen.generate(text).questions}


def test_a_list_under_a_key_terms_heading_names_the_passages_terms():
    # blind review 75: "Key terms" as a heading over "derived demand, equilibrium wage, trade union" gave one item
    article = (
        "Labour Markets and Wages\n\nThe wage settles where the number of workers firms want to hire equals the number "
        "of people who want to work. This is the equilibrium wage.\n\nWages are also affected by trade unions, which "
        "bargain on behalf of workers.\n\nKey terms\n\nequilibrium wage, trade union"
    )
    answers = {q.answer for q in quizgen.generate(article).questions}
    assert {"equilibrium wage", "trade unions"} <= answers, answers


def test_a_listed_term_followed_by_its_verb_is_asked():
    # blind review 76: "A bubble sort goes through a list …" read "sort goes" as one phrase and asked nothing
    article = (
        "Sorting Algorithms\n\nA bubble sort goes through a list comparing each pair of neighbouring items and "
        "swapping them if they are in the wrong order. Each complete run through the list is called a pass. Further "
        "passes are made until no swaps are needed.\n\nKey terms\n\nbubble sort, pass"
    )
    assert "bubble sort" in {q.answer for q in quizgen.generate(article).questions}


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Blind review 79: "Direct [proportion]" hid half the entry's head, bad.
        ("Direct proportion: a relationship in which two quantities change by the same scale factor.",
         ["Direct proportion"]),
        ("Free trade – the exchange of goods between countries without tariffs or quotas", ["Free trade"]),
        ("Simplest form: a ratio whose parts have no common factor except 1.", ["Simplest form"]),
        ("The devshirme: a system in which Christian boys were taken from their families", ["devshirme"]),
        ("Worked example: a car of mass 1,200 kg accelerates at 2.5 m/s².", []),  # a label of what follows
    ],
)
def test_the_head_of_a_glossary_entry_is_its_term_whole(sentence, terms):
    assert [span.text for span in find_term_spans(sentence)] == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        ("The price of labour is the wage.", ["wage"]),  # blind review 75: no item of it
        ("The rate of flow of charge is the current.", ["current"]),
        ("The cost of the project is the highest.", []),  # a judgement, no term
        ("The price of oil is the key.", []),
    ],
)
def test_a_definition_that_ends_on_its_term_finds_it(sentence, terms):
    assert [span.text for span in find_term_spans(sentence)] == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Blind review 73: no item of the passage's "condition" or "count-controlled loop".
        ("It uses a condition, which is a test that is either true or false.", ["condition"]),
        ("A count-controlled loop, such as a for loop, repeats a fixed number of times.", ["count-controlled"]),
        # Blind review 77: the membrane of the cell is the example; its kind is the term
        ("A partially permeable membrane, such as the cell membrane, lets small molecules like water pass through.",
         ["partially permeable"]),
        # A glossary entry that opens on a count (the dev texts' "Clauses and Sentence Types")
        ("compound sentence: two or more main clauses joined by a coordinating conjunction", ["compound sentence"]),
        # A part of a hyphened term that the sentence shows tells it
        ("A condition-controlled loop, such as a while loop, keeps repeating for as long as a condition stays true.",
         []),
        ("A big company, such as Apple, makes phones.", []),  # no compound of a subject
        ("The lender, which was a bank that failed in 2008, was sold.", []),  # news, in the past
    ],
)
def test_a_kind_described_beside_its_term_finds_the_term(sentence, terms):
    assert [span.text for span in find_term_spans(sentence)] == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        ("Osmosis is a special case of diffusion.", ["Osmosis"]),  # blind review 77: no item of the second term
        ("A tariff is a type of tax.", ["tariff"]),
        ("Diffusion is a special case of the movement of particles in a gas.", []),  # what it is a case of goes on
    ],
)
def test_a_term_said_to_be_a_kind_of_another_is_found(sentence, terms):
    assert [span.text for span in find_term_spans(sentence)] == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Blind review 74: what the subject is, named by a listed term whose head the sentence shows again
        ("Fractions that look different can have the same value: 3/4, 6/8 and 75/100 are equivalent fractions, "
         "because multiplying both parts by one number does not change the value.", ["equivalent"]),
        ("We compare equivalent fractions with other fractions.", []),  # only mentioned: its head tells it
    ],
)
def test_a_repeated_term_that_says_what_the_subject_is_is_asked_by_its_modifier(sentence, terms):
    found = find_repeated_term_spans(sentence, frozenset({"equivalent fractions"}))
    assert [span.text for span in found] == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Blind review 80: a phrase of setting that opens the sentence is no term described by what follows its comma
        ("In a crystal lattice, the smallest repeating group of ions is called a unit cell.", ["unit cell"]),
        ("On a violin fingerboard, the smallest step between two neighbouring notes is called a semitone.",
         ["semitone"]),
        # (guards) a term in apposition after an opening phrase's comma, and one in the middle of a sentence
        ("Blood leaves the heart through the aorta, the largest artery in the body.", ["aorta"]),
        ("The enzyme breaks down starch with help from amylase, an enzyme that is made in the mouth.", ["amylase"]),
        # A word that may be a verb, right after a verb, is the first word of the term: half of it is no card, and
        # both words are given away by "equal" ("use equal [temperament]", blind review 80)
        ("Most pianos use equal temperament, a tuning system in which each octave has twelve equal steps.", []),
        ("Tuners today use equal temperament, a tuning system in which each octave has twelve identical steps.",
         ["equal temperament"]),
        ("Inflation matters because it reduces purchasing power, the amount that a sum of money can buy.",
         ["purchasing power"]),
        ("Green plants use light energy, a form of radiation that travels as waves.", ["light energy"]),
        # (guard) a verb's object with no word before it that modifies it
        ("Red blood cells contain haemoglobin, a protein that carries oxygen.", ["haemoglobin"]),
    ],
)
def test_a_setting_or_half_a_compound_is_no_term_in_apposition(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Blind review 80: a comparison after "described as" is how a thing seems, no term
        ("A major key is often described as brighter or happier.", []),
        ("The sound of a plucked string is usually called warmer than that of a bowed one.", []),
        # (guards) kinds, a name with an article, or a plural kind, are still terms
        ("Rocks that cool slowly are described as coarse-grained or fine-grained.", ["coarse-grained"]),
        ("Because it attacks anything foreign, the response is described as non-specific.", ["non-specific"]),
        ("The circulation is sometimes described as a global conveyor belt: a parcel of water may take 1,000 years.",
         ["global conveyor belt"]),
        ("Plants that make their own food are described as autotrophs.", ["autotrophs"]),
    ],
)
def test_a_comparison_after_described_as_is_no_term(sentence, terms):
    assert terms_in(sentence) == terms


@pytest.mark.parametrize(
    ("sentence", "term", "away"),
    [
        # Blind review 80: "per year" tells "annual"
        ("Loans are charged a percentage per year, known as the annual percentage rate.", "annual", True),
        ("A medicine taken once a day is given as a daily dose.", "daily", True),
        ("The annual rainfall is the total rain that falls in a place.", "annual", False),
    ],
)
def test_a_word_of_time_is_given_away_by_its_unit(sentence, term, away):
    assert gives_itself_away(term, sentence.index(term), sentence) is away


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Blind review 81: the measure of a share in words is no term of its own
        ("Government bonds, which make up about a third of the pension fund, fell.", []),
        ("More than half of the pension fund is held abroad.", []),
        ("The pension fund is a pool of money that pays retired workers.", ["pension fund"]),  # (guard)
    ],
)
def test_a_repeated_term_measured_by_a_share_in_words_is_not_asked(sentence, terms):
    found = find_repeated_term_spans(sentence, frozenset({"pension fund"}))
    assert [span.text for span in found] == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # Blind review 81: a theorem or a law is named whole, with the field "of" names
        ("Every proof of this kind uses what is known as the fundamental theorem of calculus.",
         ["fundamental theorem of calculus"]),
        ("The idea is called the theory of evolution by natural selection.", ["theory of evolution"]),  # (guard)
    ],
)
def test_a_theorem_named_by_its_field_is_kept_whole(sentence, terms):
    assert terms_in(sentence) == terms


def test_a_key_term_the_title_names_is_asked_where_the_sentence_says_what_it_is_made_of():
    # Blind review 81: "balanced diet" was a key term of the chapter and never asked; the title still gives it away,
    # so it is left off the card
    text = (
        "Food Groups and a Healthy Plate\n\n"
        "Foods are sorted into groups by the main nutrient they supply. A healthy plate contains foods from every "
        "group in the right proportions, with plenty of fruit and vegetables. A healthy plate is easy to plan. "
        "Most schools teach children about the healthy plate."
    )
    asked = {question.answer: question.prompt for question in quizgen.generate(text).questions}
    assert asked["healthy plate"] == (
        "A [term] contains foods from every group in the right proportions, with plenty of fruit and vegetables."
    )
