"""The automatic flaw checks: each flaw of QUALITY.md is caught, and clean questions pass."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from handmade import analysis_of

from quizgen.model import Question
from quizgen.questions.flaws import dangling_reference, duplicate_flaws, flaws_of
from quizgen.questions.text import contains_phrase
from quizgen.questions.verbs import has_verb

SENTENCE = "Thus, South Korean joint defence spending in 2019 has been increased by 8.2%, to 1.04 trillion won."
MCQ = Question(
    id="q1", kind="mcq", answer="8.2%", answer_kind="percent", sentence=SENTENCE, sentence_index=8,
    prompt="Thus, South Korean joint defence spending in 2019 has been increased by _____, to 1.04 trillion won.",
    options=("6.4%", "8.2%", "10.5%", "12.1%"),
)
CLOZE = Question(
    id="c1", kind="cloze", answer="8.2%", answer_kind="percent", sentence=SENTENCE, sentence_index=8,
    prompt="Thus, South Korean joint defence spending in 2019 has been increased by _____, to 1.04 trillion won.",
    cloze="Thus, South Korean joint defence spending in 2019 has been increased by {{c1::8.2%}}, to 1.04 trillion won.",
    answers=("8.2%",),
)
PEOPLE = replace(
    MCQ, answer="Donald Trump", answer_kind="person", options=("Donald Trump", "Joe Biden", "Barack Obama"),
    sentence="The cost-sharing deal failed due to the opposition of the then US President Donald Trump.",
    prompt="The cost-sharing deal failed due to the opposition of the then US President _____.",
)

def _cloze_card(prompt: str, answer: str, kind: str, blank: str) -> Question:
    """A cloze card asking `answer` where the prompt shows `blank`, its sentence the prompt filled in."""
    return Question(
        id="x", kind="cloze", prompt=prompt, answer=answer, answer_kind=kind,
        sentence=prompt.split(": ", 1)[-1].replace(blank, answer), sentence_index=0,
        cloze=prompt.replace(blank, "{{c1::" + answer + "}}"), answers=(answer,),
    )



def test_clean_questions_have_no_flaw():
    assert flaws_of(MCQ) == ()
    assert flaws_of(CLOZE) == ()
    assert flaws_of(PEOPLE) == ()


@pytest.mark.parametrize(
    ("question", "flaw"),
    [
        (replace(MCQ, prompt="By how much (8.2%) has South Korean defence spending in 2019 been increased?"),
         "answer-in-prompt"),
        (replace(CLOZE, prompt=CLOZE.prompt.replace("1.04 trillion won", "8.2% of 1.04 trillion won")),
         "answer-in-prompt"),
        (replace(MCQ, answer="8.3%", options=("6.4%", "8.3%", "10.5%")), "answer-not-in-sentence"),
        (replace(PEOPLE, options=("Donald Trump", "Trump", "Barack Obama")), "option-contains-answer"),
        (replace(MCQ, options=("8.2%", "8.2% a year", "6.4%")), "option-contains-answer"),
        (replace(MCQ, options=("8.2%", "8.20%", "6.4%")), "option-contains-answer"),
        (replace(MCQ, options=("8.2%", "13%", "13 per cent")), "options-not-distinct"),
        (replace(MCQ, options=("8.2%", "6.4%", " 6.4 % ")), "options-not-distinct"),
        (replace(MCQ, options=("8.2%", "2018", "6.4%")), "option-of-another-kind"),
        (replace(MCQ, options=("8.2%", "$6.4 billion", "6.4%")), "option-of-another-kind"),
        (replace(PEOPLE, options=("Donald Trump", "Seoul", "Barack Obama")), "option-of-another-kind"),
        (replace(PEOPLE, options=("Donald Trump", "1,000", "Barack Obama")), "option-of-another-kind"),
        (replace(MCQ, options=("8.2%", "6%", "10.5%")), "option-changes-format"),
        (replace(MCQ, options=("8.2%", "6.4 per cent", "10.5%")), "option-changes-format"),
        (replace(MCQ, options=("8.2%", "-6.4%", "10.5%")), "option-changes-format"),
        (replace(PEOPLE, options=("Donald Trump", "Barack Obama", "US")), "option-in-sentence"),
        (replace(PEOPLE, prompt="Barack Obama had left. " + PEOPLE.prompt), "option-in-prompt"),
        (replace(MCQ, options=("8.2%",)), "too-few-options"),
        (replace(MCQ, prompt="Spending rose by an _____ rise.", sentence="Spending rose by an 8.2% rise.",
                 options=("8.2%", "6.4%", "11.5%")), "grammar-cue"),
        (replace(CLOZE, sentence=SENTENCE.replace("won", "won {{see note}}")), "markup-in-source"),
        (replace(CLOZE, sentence=SENTENCE.replace("won", "won::KRW")), "markup-in-source"),
        (replace(MCQ, sentence=SENTENCE.replace("won", "<b>won</b>")), "html-in-source"),
        (replace(MCQ, prompt=MCQ.prompt.replace("won", "won &amp; more")), "html-in-source"),
        (replace(CLOZE, cloze=CLOZE.cloze.replace("c1", "c2")), "cloze-markup-missing"),
        (replace(CLOZE, cloze="{{c1:8.2%}} " + SENTENCE), "cloze-markup-missing"),
        (replace(CLOZE, cloze=CLOZE.cloze.replace("{{c1::8.2%}}", "{{c1::8.2}}%")), "cloze-answers-differ"),
        (replace(CLOZE, answers=("8.2%", "2020")), "answer-not-in-sentence"),
        (replace(CLOZE, cloze=CLOZE.cloze.replace("1.04 trillion", "1 trillion")), "cloze-text-differs-from-sentence"),
    ],
)
def test_each_automatic_flaw_is_caught(question, flaw):
    assert flaw in flaws_of(question)


PIECES = "Her cycle depicts the twelve months of the year in twelve character pieces."


@pytest.mark.parametrize(
    ("prompt", "answer", "flawed"),
    [
        ("Her cycle depicts the twelve months of the year in _____.", "twelve character pieces", True),
        ("Her cycle depicts the months of the year in _____.", "twelve character pieces", False),
        ("Her cycle depicts the twelve months of the year in _____.", "12 character pieces", False),
    ],
)
def test_a_count_word_already_in_the_stem_gives_the_answer_away(prompt, answer, flawed):
    sentence = PIECES.replace("twelve character", answer.split()[0] + " character").replace(
        "the twelve months", "the twelve months" if "twelve months" in prompt else "the months")
    question = replace(MCQ, prompt=prompt, sentence=sentence, answer=answer, answer_kind="quantity",
                       options=(answer, "nine character pieces", "ten character pieces", "eight character pieces"))
    assert ("answer-part-in-prompt" in flaws_of(question)) is flawed


def test_a_cloze_may_drop_the_sentences_leading_connective_and_carry_context_before_it():
    shown = "In 2019 defence spending rose. " + CLOZE.cloze.replace("Thus, South", "South")
    assert flaws_of(replace(CLOZE, cloze=shown)) == ()


def test_a_short_figure_inside_a_longer_one_is_not_the_answer_in_the_prompt():
    question = replace(MCQ, answer="13%", options=("13%", "10%", "15%"), sentence="Prices rose 113% and then 13%.",
                       prompt="Prices rose 113% and then _____ in the following year.")
    assert "answer-in-prompt" not in flaws_of(question)


def test_an_option_the_article_types_as_a_place_is_of_another_kind_among_people():
    analysis = analysis_of("Talks were held in [Vinland](place).", "[Donald Trump](person) opposed the deal.")
    question = replace(PEOPLE, options=("Donald Trump", "Vinland", "Barack Obama"))
    assert "option-of-another-kind" not in flaws_of(question)
    assert "option-of-another-kind" in flaws_of(question, analysis)


def test_a_famous_person_among_places_is_of_another_kind_but_a_place_named_like_a_first_name_is_not():
    places = replace(PEOPLE, answer="Seoul", answer_kind="place", options=("Seoul", "Tokyo", "Victoria"),
                     sentence="The talks were held in Seoul last week.", prompt="The talks were held in _____ last week.")
    assert flaws_of(places) == ()
    assert "option-of-another-kind" in flaws_of(replace(places, options=("Seoul", "Tokyo", "Winston Churchill")))


def test_a_year_among_years_is_clean_but_a_date_among_years_is_not():
    question = replace(MCQ, answer="2019", answer_kind="year", options=("2017", "2019", "2020"),
                       prompt=MCQ.prompt.replace("2019", "_____").replace("_____,", "8.2%,"))
    assert flaws_of(question) == ()
    assert "option-of-another-kind" in flaws_of(replace(question, options=("2017", "2019", "March 2020")))


@pytest.mark.parametrize(
    ("prompt", "flaw"),
    [
        ("Spending rose by _____.", "prompt-too-short"),
        ("Who founded NATO?", "prompt-too-short"),
        ("Troops in Korea: the _____ of the deal", "no-verb"),
        ("The Origin of Species by means of _____", "no-verb"),
        # one item of a list introduced elsewhere (review 53)
        ("Leonardo da Vinci (_____), painter of the Mona Lisa, who also filled notebooks with designs for machines;",
         "list-fragment"),
        ("Michelangelo, who carved the statue of David and painted the Sistine ceiling between _____,", "list-fragment"),
    ],
)
def test_short_or_verbless_prompts_are_flawed(prompt, flaw):
    question = replace(MCQ, prompt=prompt)
    assert flaw in flaws_of(question)


@pytest.mark.parametrize(
    "prompt",
    [
        "Who founded the Red Cross?",
        "When did negotiations for a new agreement begin?",
        "Negotiations for a new agreement began in _____.",
        "Plants use sunlight to make _____ from water.",
        "_____ expect the bank to raise rates again.",
        "The _____ drives the whole cycle by supplying energy.",
        "Photosynthesis converts light energy into _____ energy.",
    ],
)
def test_complete_prompts_are_long_enough_and_have_a_verb(prompt):
    flaws = flaws_of(replace(MCQ, prompt=prompt))
    assert "prompt-too-short" not in flaws and "no-verb" not in flaws


@pytest.mark.parametrize(
    ("prompt", "dangling"),
    [
        ("They agreed to hold the next round of talks in _____.", True),
        ("It was a frank discussion held in _____.", True),
        ("However, it was not reached because of _____.", True),
        ("“The two sides had a frank discussion in _____”, the statement said.", True),
        ("At the end of March 2020, the parties tentatively agreed to increase the share by _____.", True),
        ("In 1911, she received the Nobel Prize in _____ alone.", True),
        ("When did they sign the agreement on mutual defence?", True),
        ("The terms of their stay are governed by an agreement signed on _____.", True),
        ("This agreement was signed on _____ by both countries.", True),
        ("The company reported revenue of _____ last year.", True),
        ("In November 2019, it was reported that Washington had demanded _____.", False),
        ("It was also noted that the United States insisted that _____ pay.", False),
        ("US troops have been in _____ since the Korean War.", False),
        ("Jong-eun-bo and his US counterpart met on _____.", False),
        ("_____ and his US counterpart met on Friday in Seoul.", False),
        ("In “Seoul and Washington agree”: They agreed to meet in _____.", False),
        ("Since 2018, Washington has been demanding that Seoul increase its share by _____.", False),
        ("Plants absorb light, and they use it to make _____.", False),
    ],
)
def test_a_prompt_leaning_on_an_unresolved_pronoun_is_flawed(prompt, dangling):
    assert dangling_reference(prompt) is dangling
    assert ("dangling-reference" in flaws_of(replace(MCQ, prompt=prompt))) is dangling


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Darwin visited the Galapagos in 1835.", True),
        ("Negotiations began in September 2019.", True),
        ("The deal was signed.", True),
        ("Photosynthesis converts light into energy.", True),
        ("Seoul and Washington agree to accelerate talks", True),
        ("The Origin of Species", False),
        ("Plans for a new bridge", False),
        ("Chapter IV. Natural Selection", False),
        ("Five hundred years of the United Kingdom", False),
        # "names" is a verb after its subject (blind review 85), a cloze's hint is no verb, and stands for a noun
        ("[term] names one particular person, place or organisation.", True),
        ("Key terms [name]: tissue in plant stems", False),
        ("The two upper chambers, the [term], receive blood.", True),
        ("The names of the kings", False),
        # review 99: what a process does ("the Haber process fixes about [quantity] to make fertiliser")
        ("Lightning also fixes a small amount of nitrogen.", True),
        ("The fixes of the old road", False),
    ],
)
def test_a_verb_is_found_in_sentences_but_not_in_headline_fragments(text, verb):
    assert has_verb(text) is verb


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [("Prices rose 113%.", "13%", False), ("Prices rose 13%.", "13%", True), ("the US troops", "us", True),
     ("the USSR", "US", False), ("1.04 trillion", "04", False), ("Donald Trump spoke", "trump", True)],
)
def test_containment_is_of_whole_words_and_figures(text, phrase, found):
    assert contains_phrase(text, phrase) is found


def test_the_same_question_twice_or_the_same_answer_from_one_sentence_is_a_duplicate():
    again = replace(MCQ, id="q2")
    reworded = replace(MCQ, id="q3", prompt="By how much was South Korean joint defence spending in 2019 increased?")
    as_cloze = replace(CLOZE, id="c9")
    other_answer = replace(MCQ, id="q4", answer="2019", answer_kind="year", options=("2017", "2019", "2020"))
    assert duplicate_flaws([MCQ, again, reworded, as_cloze, other_answer]) == {
        "q2": ("duplicate-question",),
        "q3": ("duplicate-question",),
    }


def test_a_sentence_the_article_repeats_gives_a_duplicate_even_at_another_position():
    repeated = replace(MCQ, id="q7", sentence_index=20)
    assert duplicate_flaws([MCQ, repeated]) == {"q7": ("duplicate-question",)}
    assert duplicate_flaws([MCQ, CLOZE]) == {}


@pytest.mark.parametrize(
    ("prompt", "answer", "expected"),
    [
        ("He was signed to replace _____, which made Hartley the most expensive player.", "Joe Hartley", True),
        ("The title went to _____ (PSG) after a late goal in the final.", "Paris Saint-Germain", True),
        ("In 1903 Marie Curie shared the prize with _____ for their work.", "Pierre Curie", True),
        ("Delegates met in Cologne and formed the _____ that winter.", "Cologne Confederation", True),
        ("The US agreed with the _____ on troops on the Korean Peninsula.", "Republic of Korea", False),
        ("She studied physics at the _____ in 1891.", "University of Paris", False),
    ],
)
def test_part_of_a_name_elsewhere_in_the_prompt_gives_it_away(prompt, answer, expected):
    from quizgen.model import Question

    question = Question(
        id="x", kind="mcq", prompt=prompt, answer=answer, answer_kind="name", sentence=prompt.replace("_____", answer),
        sentence_index=0, options=(answer, "Other One", "Third Name"),
    )
    assert ("answer-part-in-prompt" in flaws_of(question)) is expected


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        ("The Indian Space Research Organisation, or _____, said the launch went well.", "ISRO", True),
        ("The Geosynchronous Satellite Launch Vehicle, known as the _____, flew.", "GSLV", True),
        ("The _____ (ISRO) said the launch went well.", "Indian Space Research Organisation", True),
        ("The agency _____ said the launch went well in India.", "ISRO", False),
        ("She married the Genoese sea captain and settled in _____.", "Genoa", True),
        ("She married the sea captain and settled in _____.", "Genoa", False),
        ("From “The American Civil Rights Movement”: a campaign in the _____ against segregation.",
         "United States", True),
        ("An Italian painter moved to _____ in 1559.", "Madrid", False),
        ("The Franco-Prussian War began in 1870. Prussia's enemy was _____.", "France", True),
    ],
)
def test_an_acronym_beside_its_expansion_or_a_demonym_of_the_place_gives_it_away(prompt, answer, given_away):
    from quizgen.model import Question

    question = Question(
        id="x", kind="cloze", prompt=prompt, answer=answer, answer_kind="place",
        sentence=prompt.replace("_____", answer), sentence_index=0,
        cloze=prompt.replace("_____", "{{c1::" + answer + "}}"), answers=(answer,),
    )
    assert ("answer-part-in-prompt" in flaws_of(question)) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("Phagocytes engulf microbes in a process called _____ and digest them.", "phagocytosis"),
        ("The Rhine flows into _____ (German: Bodensee) near the Swiss border.", "Lake Constance"),
    ],
)
def test_a_word_of_the_same_stem_or_a_bracket_after_the_blank_gives_a_name_away(prompt, answer):
    from quizgen.model import Question

    question = Question(
        id="x", kind="cloze", prompt=prompt, answer=answer, answer_kind="term",
        sentence=prompt.replace("_____", answer), sentence_index=0,
        cloze=prompt.replace("_____", "{{c1::" + answer + "}}"), answers=(answer,),
    )
    assert "answer-part-in-prompt" in flaws_of(question)


@pytest.mark.parametrize(
    ("prompt", "dangling"),
    [
        ("From “Seoul and Washington agree”: The parties agreed to increase the share by _____.", False),
        # A title that is a name says what "it" or "she" is; a headline does not.
        ("From “Rhine”: At about 1,230 km, it is the second-longest river after the _____.", False),
        ("From “Lise Meitner”: She became the first woman professor of physics in _____.", False),
        ("From “Floods force 12,000 from their homes in Italy”: She said aid of _____ would follow.", True),
        # A title that names a topic says what neither is.
        ("From “How the Ground Beneath Us Moves”: It creates chains of volcanoes, such as the _____.", True),
        ("From “The Causes of the First World War”: It was dangerous in the _____.", True),
        ("From “Supply and Demand”: It rose by _____ in a year.", True),
        ("From “The Heart and Circulation”: It sits in the chest between the _____.", False),
    ],
)
def test_the_title_before_a_prompt_settles_what_it_names(prompt, dangling):
    assert dangling_reference(prompt) is dangling


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "given_away"),
    [
        ("From “Waves and Sound”: A [term] is a disturbance that carries energy.", "wave", "term", True),
        ("From “Chapter 2: Reading Maps”: A [term] is a flat drawing of the land.", "map", "term", True),
        ("From “Chapter 4: Glasses”: A [term] is a solid without a crystal order.", "glass", "term", True),
        ("The assembly was called the Senate. Its members, called [term], served for life.", "senators", "term",
         True),
        ("Marxism is the set of ideas, developed by [name], which holds that the state will wither.", "Karl Marx",
         "name", True),
        ("The Bodleian opened in 1602 and is named after its founder, Sir [person].", "Thomas Bodley", "person",
         True),
        ("It is described by Snell's law, named after the astronomer [person], who found it.", "Willebrord Snellius",
         "person", True),
        ("The Transport Act set the rules for the [term] of goods.", "transfer", "term", False),
        ("Shen Kuo wrote of the movable type made by the craftsman [name] in the 1040s.", "Bi Sheng", "name", False),
        ("Christian and Muslim traders met the explorer [person] at the port.", "Vasco da Gama", "person", False),
        # a name joined into another by a hyphen
        ("The Mid-Atlantic Ridge is an example; it widens the [place] by about 2.5 centimetres a year.",
         "Atlantic Ocean", "place", True),
        ("The Trans-Siberian Railway was built across [place] between 1891 and 1916.", "Siberia", "place", True),
        ("Mongol forces raided the coasts of south-east Asia, reaching [place] in 1293.", "East Timor", "place",
         False),
        # a learned word built on the name, lower-cased inside the prompt (blind review 99)
        ("A nilometer is a structure built to measure the level of the water of the [place].", "Nile River", "place",
         True),
        ("A nilometer stood on the southern tip of [place] in Cairo.", "Roda Island", "place", False),
    ],
)
def test_a_word_made_from_the_answer_or_its_plural_gives_it_away(prompt, answer, kind, given_away):
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, kind, f"[{kind}]"))) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        ("The diamond weighed _____ carats (621.35 g) when it was found.", "3,106.75", True),
        ("In all, about 2.48 million cubic metres (_____ cubic yards) of concrete were used.", "3.25 million", True),
        ("The road runs for _____ km (about 40 miles) along the coast.", "64", True),
        ("The shares rose to _____ (up 5%) by noon.", "214", False),
        ("The diamond weighed _____ carats when it was found.", "3,106.75", False),
    ],
)
def test_the_hidden_amount_in_other_units_in_a_bracket_beside_the_blank_gives_it_away(prompt, answer, given_away):
    question = replace(MCQ, prompt=prompt, answer=answer, answer_kind="number", options=(answer, "1", "2"),
                       sentence=prompt.replace("_____", answer))
    assert ("answer-in-prompt" in flaws_of(question)) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        ("_____ lie on the river: Vienna, Bratislava, Budapest and Belgrade, more than on any other.",
         "Four national capitals", True),
        ("The empire was divided into _____, or suyus: Chinchaysuyu, Antisuyu, Qullasuyu and Kuntisuyu.",
         "four provinces", True),
        ("_____ lie on the river: Vienna and Budapest among them.", "Four national capitals", False),
        # review 54: four islands named and a fifth told of after them
        ("The dragon lives on _____ in the chain: Komodo, Rinca, Gili Motang and Nusa Kode, all within the park, "
         "and the western coasts of the much larger island of Flores.", "five islands", True),
        ("The river flows through _____: Austria, Slovakia and Hungary, and then, far to the south, the plains of "
         "Serbia.", "four countries", True),
        ("The river flows through _____: Austria, Slovakia and Hungary, and then, far to the south, the plains of "
         "Serbia.", "eight countries", False),
        # blind review 82: the count's own list in brackets after the blank
        ("It runs through or along the borders of _____ (Zambia, Angola, Namibia, Botswana, Zimbabwe and "
         "Mozambique) before reaching the sea.", "six countries", True),
        ("The alliance had _____ (France, Spain, or Portugal) at its core.", "three kingdoms", True),
        # ... while a bracket that is no list of them, or lists fewer, keeps the count asked
        ("It runs through _____ (among them Zambia and Angola) before reaching the sea.", "six countries", False),
        ("It runs through _____ (about 1,600 miles) before reaching the sea.", "six countries", False),
        # blind review 97: the names the count counts, set beside it
        ("The archipelago consists of _____, Socotra, Abd al Kuri, Samhah and Darsa, together with several small "
         "rocky islets.", "four main islands", True),
        ("The archipelago consists of _____, Socotra and its neighbours, together with several small rocky islets.",
         "four main islands", False),
    ],
)
def test_a_count_of_the_names_listed_after_a_colon_gives_it_away_in_a_multiple_choice_prompt(
    prompt, answer, given_away
):
    question = replace(MCQ, prompt=prompt, answer=answer, answer_kind="quantity",
                       options=(answer, "six " + answer.split()[-1], "two " + answer.split()[-1]),
                       sentence=prompt.replace("_____", answer))
    assert ("answer-part-in-prompt" in flaws_of(question)) is given_away


@pytest.mark.parametrize(
    ("kind", "prompt", "answer", "given_away"),
    [
        ("mcq", "From “The Black Death, 1347–1351”: Between _____ the plague killed a third of Europe.",
         "1347 and 1351", True),
        ("cloze", "Set in a town between [range], it follows lives during the debates over the Reform Act of 1832.",
         "1829 and 1832", True),
        ("mcq", "The war of _____ ended with the treaty signed in 1370.", "1367–1370", False),
        ("cloze", "Set in a town between [range], it follows several lives.", "1829 and 1832", False),
    ],
)
def test_a_span_of_years_whose_ends_the_prompt_states_is_given_away(kind, prompt, answer, given_away):
    blank = "[range]" if kind == "cloze" else "_____"
    question = Question(
        id="x", kind=kind, prompt=prompt, answer=answer, answer_kind="range",
        sentence=prompt.split(": ", 1)[-1].replace(blank, answer), sentence_index=0,
        options=(answer, "1365–1370", "1366–1370") if kind == "mcq" else (),
        cloze=prompt.replace(blank, "{{c1::" + answer + "}}") if kind == "cloze" else "",
        answers=(answer,) if kind == "cloze" else (),
    )
    assert ("answer-part-in-prompt" in flaws_of(question)) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "reckoned"),
    [
        # the other end of a change and its rate give the answer
        ("By the end of the trial, 400 patients on placebo had fallen ill, compared with [number] on the drug, a "
         "relative reduction of 25%.", "300", "number", True),
        ("By the end of the trial, [quantity] on placebo had fallen ill, compared with 300 on the drug, a relative "
         "reduction of 25%.", "400 patients", "quantity", True),
        ("From “Museum visits up 20% to 36 million”: Visits rose last year from [amount].", "30 million", "money",
         True),
        ("Pre-tax profit fell 18% to £412 million, from [amount] a year earlier.", "£502 million", "money", True),
        # a rate from the two ends of the change
        ("Profit rose to $130 million from $100 million, an increase of [percent].", "30%", "percent", True),
        # blind review 87: two figures and the share one falls short of the other by, each asked in turn
        ("Huygens obtained a value of roughly 220,000 kilometres per second, about 27% below the modern value of "
         "[number] km/s.", "299,792", "number", True),
        ("Huygens obtained a value of roughly 220,000 kilometres per second, about [percent] below the modern value "
         "of 299,792 km/s.", "27%", "percent", True),
        ("Huygens obtained a value of roughly [quantity], about 27% below the modern value of 299,792 km/s.",
         "220,000 kilometres per second", "quantity", True),
        # figures the prompt gives that make no sum for the answer
        ("Huygens obtained a value of roughly 220,000 kilometres per second, about 10% below the modern value of "
         "[number] km/s.", "299,792", "number", False),
        ("The summit stands 300 metres above the pass, and the lake lies [quantity] below it.", "120 metres",
         "quantity", False),
        ("Profit rose 12% to $130 million, and the company hired [number] new staff.", "45", "number", False),
        # (a rate the title gives of another change is held to the sum's own closeness: 135 × 1.12 is 151.2)
        ("From “Aldermoor to raise chocolate prices by up to 12%”: In 2024 it trimmed its sharing bags from "
         "[quantity] to 135 grams.", "150 grams", "quantity", False),
        ("Of the 400 members, 25% voted and [number] stayed away.", "300", "number", False),  # no change is told
        ("Profit rose to $130 million from $100 million, an increase of [percent].", "25%", "percent", False),
    ],
)
def test_a_figure_the_prompt_gives_by_a_rate_of_change_is_given_away(prompt, answer, kind, reckoned):
    question = Question(
        id="x", kind="cloze", prompt=prompt, answer=answer, answer_kind=kind,
        sentence=re.sub(r"\[\w+\]", answer, prompt.split(": ", 1)[-1]), sentence_index=0,
        cloze=re.sub(r"\[\w+\]", "{{c1::" + answer + "}}", prompt), answers=(answer,),
    )
    assert ("answer-part-in-prompt" in flaws_of(question)) is reckoned


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        # review 64, 67: the other shares of the sentence leave the answer by a subtraction from 100
        ("From “Soil”: Soil is thin. A typical soil is about [percentage] mineral particles, 25 percent air, 25 percent "
         "water and only around 5 percent organic matter.", "45 percent", True),
        ("Its waters are shared by three countries: Tanzania holds about 49 per cent, Uganda about [percentage] and "
         "Kenya about 6 per cent.", "45 per cent", True),
        ("Of the club's members, 62% are women and [percentage] men.", "38%", True),
        ("The vote split 51.5% for the motion, [percentage] against and 3.5% abstaining.", "45%", True),
        # shares that leave something over, a change that makes 100 by chance, a share in the sentence before
        ("Tanzania holds about 49 per cent, Uganda about [percentage] and Kenya about 6 per cent.", "40 per cent",
         False),
        ("Turnout rose 12% to [percentage] this year.", "88%", False),
        ("Inflation was 60%. Of the voters, [percentage] backed the plan.", "40%", False),
    ],
)
def test_a_share_the_other_shares_of_its_sentence_leave_out_of_100_is_given_away(prompt, answer, given_away):
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, "percent", "[percentage]"))) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "given_away"),
    [
        # review 63: a year of the first millennium BC from another and a length, and the length from the two years
        ("In 431 BC the war broke out between Athens and Sparta. It lasted 27 years and ended in [number] BC.", "404",
         "number", True),
        ("In 431 BC the war broke out between Athens and Sparta. It lasted [quantity] and ended in 404 BC.",
         "27 years", "quantity", True),
        ("The caliph took the city in 711, and 21 years later, in [year], his army was stopped at Tours.", "732",
         "year", True),
        # review 62: a length told round from two years of three digits
        ("Between 235 and 284 the empire went through a crisis. In those [quantity] more than twenty emperors "
         "claimed the throne.", "fifty years", "quantity", True),
        ("Between 235 and 284 the empire went through a crisis. In those [quantity] more than twenty emperors "
         "claimed the throne.", "sixty years", "quantity", False),
        # review 62, 66: a count whose parts follow the blank
        ("He created the Tetrarchy, a system of rule by [quantity], two senior and two junior, each with a region.",
         "four emperors", "quantity", True),
        ("He created the Tetrarchy, a system of rule by [number] emperors, two senior and two junior.", "four",
         "number", True),
        ("The ocean has [quantity]: two in the north, two in the south and one near the equator.", "five gyres",
         "quantity", True),
        ("[quantity] have died, nine of them children under the age of five.", "Eleven people", "quantity", False),
        ("The council has [quantity], two of them from the opposition.", "seven members", "quantity", False),
        # review 64, 67: a list after a colon some way on, with a bracket inside or around it
        ("Geographers identify [quantity] that control which soil develops in a place: climate, organisms, relief "
         "(the shape and slope of the land), parent material and time.", "five factors", "quantity", True),
        ("Jupiter was accompanied by [number] small moons (now called the Galilean moons: Io, Europa, Ganymede and "
         "Callisto).", "four", "number", True),
        # blind review 97: the names the count counts, set beside it
        ("From “Socotra”: The archipelago consists of [number] main islands, Socotra, Abd al Kuri, Samhah and "
         "Darsa, together with several small rocky islets.", "four", "number", True),
        ("From “Socotra”: The archipelago consists of [number] main islands, Socotra, Abd al Kuri, Samhah and "
         "Darsa, together with several small rocky islets.", "five", "number", False),
        ("From “Socotra”: The archipelago consists of [number] main islands, the largest of them Socotra.", "four",
         "number", False),
        # blind review 74: a colon further on, past an aside in brackets
        ("From “The Hanse”: In [number] foreign cities the Hanse ran large trading bases called Kontore (singular: "
         "Kontor): the Peterhof in Novgorod, Bryggen in Bergen, the Steelyard in London and the Kontor in Bruges.",
         "four", "number", True),
        # blind review 77: labelled from the first letter to the last
        ("From “Göbekli Tepe”: Here, [quantity], labelled A to D by excavators, are formed by rings of stone walls.",
         "four large enclosures", "quantity", True),
        ("From “Göbekli Tepe”: Here, [quantity], labelled A to D by excavators, are formed by rings of stone walls.",
         "six large enclosures", "quantity", False),
    ],
)
def test_a_count_or_year_the_rest_of_the_prompt_sums_up_is_given_away(prompt, answer, kind, given_away):
    blank = re.search(r"\[\w+\]", prompt).group()
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, kind, blank))) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "given_away"),
    [
        # reviews 56, 63, 64: a round figure in the title tells the answer to its last figure
        ("From “Regulator fines airline over late refunds to 38,000 passengers”: The regulator said that _____ "
         "passengers had not been repaid in time.", "38,400", "number", True),
        ("From “Measles drive launched as cases pass 4,000”: Officials said _____ have been confirmed since October.",
         "4,318 cases", "quantity", True),
        ("From “Cabin crew walkout grounds more than 600 flights”: The airline cancelled _____ flights on Friday.",
         "612", "number", True),
        ("From “Port deal worth $200 million signed”: The port will cost _____ to build.", "$230 million", "money",
         True),
        # a figure the round one does not round to, a year, a figure with no zeros to round
        ("From “Regulator fines airline over late refunds to 38,000 passengers”: The airline paid out _____ in "
         "compensation.", "€4.2 million", "money", False),
        ("From “The Year 2000 Problem”: Firms spent _____ hours checking their systems.", "2,040", "number", False),
        ("From “Strike grounds 612 flights”: The airline carried _____ passengers on Friday.", "640", "number",
         False),
    ],
)
def test_a_round_figure_in_the_title_gives_away_the_answer_it_rounds(prompt, answer, kind, given_away):
    question = replace(MCQ, prompt=prompt, answer=answer, answer_kind=kind, options=(answer,),
                       sentence=prompt.split(": ", 1)[1].replace("_____", answer))
    assert ("answer-part-in-prompt" in flaws_of(question)) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        # reviews 51, 64: the share told as a fraction in the sentence or the title
        ("Nearly three quarters of those infected ([percentage]) had never received a dose of the vaccine.",
         "74 percent", True),
        ("From “University closes station after government cuts grant by a third”: The grant was reduced by "
         "[percentage], the university said.", "32 per cent", True),
        ("More than half of the voters ([percentage]) backed the plan in the end.", "53%", True),
        ("Roughly one in five adults smoke, about [percentage] of the population.", "21%", True),
        # a fraction far from the share, a half of the year, a half-life
        ("Nearly three quarters of the town was flooded, and [percentage] of homes lost power.", "40 percent", False),
        ("In the first half of the year, sales rose by [percentage] on the year before.", "48%", False),
        ("The drug's half-life is short, and [percentage] of it leaves the body within a day.", "52%", False),
    ],
)
def test_a_share_told_as_a_fraction_in_the_prompt_is_given_away(prompt, answer, given_away):
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, "percent", "[percentage]"))) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "given_away"),
    [
        # review 64: the blank is the result or a term of a sum written out in the prompt
        ("Before the price rise its weekly revenue was $8 x 1,000 = [amount]; afterwards it was lower.", "$8,000",
         "money", True),
        ("Before the price rise its weekly revenue was $8 x [number] = $8,000; afterwards it was lower.", "1,000",
         "number", True),
        ("The elasticity is 30% / 20% = [number], so demand is elastic.", "1.5", "number", True),
        ("The average is (12 + 18) / 2 = [number] points per game.", "15", "number", True),
        # a sum written out beside the blank but without it
        ("Revenue was $8 x 1,000 = $8,000, and the firm sold [number] units the next week.", "700", "number", False),
    ],
)
def test_a_blank_inside_a_sum_written_out_in_the_prompt_is_given_away(prompt, answer, kind, given_away):
    blank = re.search(r"\[\w+\]", prompt).group()
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, kind, blank))) is given_away


# The same number with another unit right after it is another fact, not the answer stated: "around _____ amperes
# … about 30,000 °C" asks the current, the temperature does not tell it. A scale word ("£412m") is no unit, and
# the same unit again, or two plain words that may name one thing, still state it.
@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "stated"),
    [
        ("From “Lightning”: A discharge of around _____ amperes heats the air to about 30,000 °C.",
         "30,000", "number", False),
        ("From “Lightning”: A discharge of around 30,000 amperes heats the air to about _____.",
         "30,000 °C", "quantity", False),
        ("From “Rivers”: The river runs for _____ through hills that rise to 400 metres.", "400 km", "quantity", False),
        ("From “Rivers”: The river runs for _____ km through hills that rise to 400 metres.", "400", "number", False),
        ("From “Council approves £412m budget”: Councillors voted through a _____ budget.", "£412 million", "money",
         True),
        ("From “Heat”: The air reached _____ °C at noon and 30,000 °C in the flash.", "30,000", "number", True),
        ("From “Heat”: The air reached 30,000 °C at noon and _____ in the flash.", "30,000 °C", "quantity", True),
        ("From “Towns”: The flood displaced _____ people, and 30,000 residents lost power.", "30,000", "number", True),
        ("From “Towns”: The flood displaced _____ people, and 30,000 lost power.", "30,000", "number", True),
    ],
)
def test_the_same_number_in_another_unit_does_not_state_the_answer(prompt, answer, kind, stated):
    mcq = Question(
        id="x", kind="mcq", prompt=prompt, answer=answer, answer_kind=kind,
        sentence=prompt.split(": ", 1)[-1].replace("_____", answer), sentence_index=0,
        options=(answer, "1" + answer.lstrip("£"), "2" + answer.lstrip("£"), "3" + answer.lstrip("£")),
    )
    assert ("answer-in-prompt" in flaws_of(mcq)) is stated
    cloze = _cloze_card(prompt.replace("_____", f"[{kind}]"), answer, kind, f"[{kind}]")
    assert ("answer-in-prompt" in flaws_of(cloze)) is stated


def test_a_number_in_words_beside_another_unit_still_states_the_answer():
    # "A frequency of _____ means one wave per second" (1 Hz): the words put the unit's definition, not a new fact
    prompt = "From “Waves”: A frequency of _____ means one wave per second."
    question = Question(id="x", kind="mcq", prompt=prompt, answer="1 Hz", answer_kind="quantity",
                        sentence=prompt.split(": ", 1)[-1].replace("_____", "1 Hz"), sentence_index=0,
                        options=("1 Hz", "2 Hz", "5 Hz", "10 Hz"))
    assert "answer-in-prompt" in flaws_of(question)


@pytest.mark.parametrize(
    ("kind", "prompt", "answer", "wrong", "given_away"),
    [
        # review 68: the title shows the year (or an end) that only the answer holds
        ("date", "From “Castlemere unveils £640m tram line linking city centre and airport by 2031”: The route, known "
         "for now as Line 1, is due to open to passengers in _____.", "the spring of 2031",
         ("the spring of 2028", "the spring of 2029", "the spring of 2032"), True),
        ("range", "From “The Unification of Germany, 1815–1871”: After the defeat of Napoleon, the Congress of Vienna "
         "(_____) replaced the old Holy Roman Empire with the German Confederation.", "1814–1815",
         ("1812–1813", "1816–1817", "1817–1818"), True),
        # every wrong option keeps the year, or none of the answer's years is shown
        ("date", "From “Castlemere unveils £640m tram line linking city centre and airport by 2031”: The route, known "
         "for now as Line 1, is due to open to passengers in _____.", "the spring of 2031",
         ("the autumn of 2031", "the summer of 2031", "the winter of 2031"), False),
        ("date", "From “The French Revolution, 1789–1799”: On _____ a crowd in Paris stormed the Bastille.",
         "14 July 1789", ("21 May 1789", "15 April 1789", "7 June 1789"), False),
        ("date", "From “The Cold War”: In _____ Stalin blocked all road and rail routes into West Berlin.",
         "June 1948", ("July 1950", "November 1949", "December 1951"), False),
    ],
)
def test_a_year_of_the_answer_the_prompt_shows_gives_it_away_when_no_wrong_option_holds_it(
    kind, prompt, answer, wrong, given_away
):
    question = Question(
        id="x", kind="mcq", prompt=prompt, answer=answer, answer_kind=kind,
        sentence=prompt.split(": ", 1)[-1].replace("_____", answer), sentence_index=0, options=(answer, *wrong),
    )
    assert ("answer-part-in-prompt" in flaws_of(question)) is given_away


def test_a_year_of_a_cloze_answer_in_the_titles_span_gives_nothing_away():
    """'From “The French Revolution, 1789–1799”: On [date] a crowd … stormed the Bastille' (14 July 1789): a span of
    years in the title tells no one date of it, and a cloze has no options to set the answer apart."""
    card = _cloze_card("From “The French Revolution, 1789–1799”: On [date] a crowd in Paris stormed the Bastille.",
                       "14 July 1789", "date", "[date]")
    assert "answer-part-in-prompt" not in flaws_of(card)


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "blank", "given_away"),
    [
        # reviews 53, 68: the title states a total, the prompt the other parts
        ("From “Castlemere unveils £640m tram line linking city centre and airport by 2031”: Most of the money, "
         "[amount], is coming from a national transport fund, with a further £150 million borrowed by the council "
         "and £80 million raised through a supplementary levy.", "£410 million", "money", "[amount]", True),
        ("From “Castlemere unveils £640m tram line linking city centre and airport by 2031”: Most of the money, "
         "£410 million, is coming from a national transport fund, with a further [amount] borrowed by the council "
         "and £80 million raised through a supplementary levy.", "£150 million", "money", "[amount]", True),
        ("From “Ashby's profit falls 11% as supermarket cuts 1,450 jobs and closes 22 stores”: Most of the job "
         "losses will fall at the head office, where around 900 roles are going. A further [number] positions will "
         "disappear when 22 smaller stores close.", "550", "number", "[number]", True),
        # parts that leave something over, or a list in which one figure is the sum of two others by chance
        ("From “Castlemere unveils £640m tram line”: Most of the money, [amount], is coming from a national "
         "transport fund, with a further £150 million borrowed by the council.", "£410 million", "money", "[amount]",
         False),
        ("From “Wildfire forces town to evacuate”: As of Wednesday morning, 214 firefighters were working on the "
         "blaze, supported by 19 helicopters, [number] air tankers and 26 pieces of heavy equipment.", "seven",
         "number", "[number]", False),
        # blind review 89: a total whose parts a colon lists
        ("From “Mixing Colour”: A complete wheel therefore has 12 segments: 3 primaries, 3 secondaries and [number] "
         "tertiaries.", "6", "number", "[number]", True),
        ("From “Orchestra”: The orchestra has 60 players: 3 conductors rehearse with [number] violinists.", "24",
         "number", "[number]", False),
        # blind review 85: the share that is left of a whole whose other share the card shows
        ("From “Uganda's coffee earnings hit record”: Robusta makes up about 85% of Uganda's output. The remaining "
         "[percentage] is arabica, grown on the slopes of Mount Elgon.", "15%", "percent", "[percentage]", True),
        ("From “Uganda's coffee earnings hit record”: Robusta makes up about 85% of Uganda's output. Coffee earns "
         "[percentage] of the country's export income.", "15%", "percent", "[percentage]", False),
        # a total in another currency is no total of these parts
        ("From “Castlemere unveils $640m tram line”: Most of the money, [amount], is coming from a national "
         "transport fund, with a further £150 million borrowed by the council and £80 million raised through a "
         "levy.", "£410 million", "money", "[amount]", False),
    ],
)
def test_the_rest_of_a_total_the_prompt_states_with_its_other_parts_is_given_away(
    prompt, answer, kind, blank, given_away
):
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, kind, blank))) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "blank", "given_away"),
    [
        # reviews 71-73: the other steps of a regular series in the blank's sentence give it away
        ("From “Radioactivity and Half-Life”: A sample with an activity of 800 Bq will fall to 400 Bq after "
         "[quantity], 200 Bq after 16 days and 100 Bq after 24 days.", "8 days", "quantity", "[quantity]", True),
        ("From “Radioactivity and Half-Life”: A sample with an activity of 800 Bq will fall to 400 Bq after 8 days, "
         "200 Bq after 16 days and 100 Bq after [quantity].", "24 days", "quantity", "[quantity]", True),
        ("From “Radioactivity and Half-Life”: A sample with an activity of 800 Bq will fall to [quantity] after 8 "
         "days, 200 Bq after 16 days and 100 Bq after 24 days.", "400 Bq", "quantity", "[quantity]", True),
        ("From “Binary Numbers”: Larger quantities are measured in kilobytes (1,000 bytes), megabytes ([number] "
         "bytes) and gigabytes (1,000,000,000 bytes).", "1,000,000", "number", "[number]", True),
        ("From “Binary Numbers”: Larger quantities are measured in kilobytes ([number] bytes), megabytes (1,000,000 "
         "bytes) and gigabytes (1,000,000,000 bytes).", "1,000", "number", "[number]", True),
        ("From “Binary Numbers”: Larger quantities are measured in kilobytes (1,000 bytes), megabytes (1,000,000 "
         "bytes) and gigabytes ([number] bytes).", "1,000,000,000", "number", "[number]", True),
        # the figures of a list share its last figure's unit; "8-bit" is no member of the list
        ("From “Binary Numbers”: Reading from the right, the place values in an 8-bit number are 1, 2, 4, 8, 16, 32, "
         "64 and [number].", "128", "number", "[number]", True),
        ("From “Birds”: The three counts found 40, 55 and [number] birds.", "70", "number", "[number]", True),
        # figures that merely grow, years, steps of another unit, two figures only, or all the same keep no series
        ("From “Birds”: The count found 40 birds, 55 nests and [number] eggs.", "70", "number", "[number]", False),
        ("From “Wolves”: The pack grew from 4 wolves in 2001 to 9 wolves in 2005 and [number] wolves in 2009.",
         "20", "number", "[number]", False),
        ("From “Surveys”: The birds were counted in 1998, 2003, 2008 and [number].", "2013", "number", "[number]",
         False),
        ("From “Radioactivity”: The sample fell to 400 Bq after [quantity], then to 200 Bq.", "8 days", "quantity",
         "[quantity]", False),
        ("From “Radioactivity”: The sample fell to 200 Bq after [quantity] and to 100 Bq after 24 days.", "16 days",
         "quantity", "[quantity]", False),
        ("From “Football”: The side won 2 games in August, 2 games in September and [number] games in October.", "2",
         "number", "[number]", False),
    ],
)
def test_a_figure_one_step_of_a_regular_series_in_its_sentence_is_given_away(prompt, answer, kind, blank, given_away):
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, kind, blank))) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        # reviews 71, 72: the count of whole numbers from one stated end to the other, both counted
        ("From “Binary Numbers”: One byte can hold [number] different patterns, from 00000000 (0) to 11111111 (255).",
         "256", True),
        ("From “Binary Numbers”: With 8 bits, the smallest number that can be stored is 00000000 (0) and the largest "
         "is 11111111 (255), giving [number] different values.", "256", True),
        ("From “Seats”: The rows are numbered 0 to 39, so the hall has [number] rows.", "40", True),
        # a count that is no span of the figures, a small count, or years
        ("From “Binary Numbers”: One byte holds 8 bits and can store [number] different patterns.", "256", False),
        ("From “Football”: The side won 3 games in August, 5 in September and [number] in October.", "3", False),
        ("From “Census”: Between 1990 and 1999 the town grew by [number] families.", "10", False),
    ],
)
def test_a_count_of_the_numbers_from_one_stated_end_to_the_other_is_given_away(prompt, answer, given_away):
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, "number", "[number]"))) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        # blind review 78: the nickname writes the hidden year short
        ("From “The Irish Famine”: In 1846 nearly the entire crop failed, and [year], known as \"Black '47\", saw the "
         "highest death toll.", "1847", True),
        ("From “The Irish Famine”: In [year] nearly the entire crop failed, and 1847, known as \"Black '47\", saw the "
         "highest death toll.", "1846", False),
    ],
)
def test_a_year_the_prompt_writes_short_is_given_away(prompt, answer, given_away):
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, "year", "[year]"))) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "blank", "given_away"),
    [
        # blind reviews 77, 78: the total told first and its parts after it, or a part told "of" the total
        ("From “Johannes Gutenberg”: Around 180 copies are thought to have been printed, roughly [number] on paper "
         "and 45 on vellum.", "135", "number", "[number]", True),
        ("From “Johannes Gutenberg”: Around [number] copies are thought to have been printed, roughly 135 on paper "
         "and 45 on vellum.", "180", "number", "[number]", True),
        ("From “Four-day week trial”: The report found that [number] of the 24 performance measures the council "
         "tracks improved during the trial, four were unchanged and three got worse.", "17", "number", "[number]",
         True),
        ("From “Castlemere budget”: The council will spend £640 million, £410 million from a fund and [amount] "
         "borrowed.", "£230 million", "money", "[amount]", True),
        # figures listed side by side, one the sum of two others by chance; parts that leave something over
        ("From “Wildfire forces town to evacuate”: The blaze was fought with 19 helicopters, [number] air tankers "
         "and 26 pieces of heavy equipment.", "7", "number", "[number]", False),
        ("From “Johannes Gutenberg”: Around 180 copies are thought to have been printed, roughly [number] on paper "
         "and 40 on vellum.", "135", "number", "[number]", False),
        ("From “Four-day week trial”: The report found that [number] of the 24 performance measures improved.",
         "17", "number", "[number]", False),
        # figures that count other things make a sum only by chance (29 = 21 + 8, 6 = 5 + 1), and a figure in the
        # title and again in the sentence is no total of itself and another
        ("From “The Ottoman Empire”: The turning point came on 29 May 1453, when the 21-year-old Sultan Mehmed II "
         "captured Constantinople after a siege of nearly [quantity].", "eight weeks", "quantity", "[quantity]",
         False),
        ('"This is what we have been saying for five years," said Tariq Osei, a courier who was one of [quantity].',
         "six lead claimants", "quantity", "[quantity]", False),
        ("From “Ice storm leaves 240,000 without power”: About 240,000 homes were without electricity after an ice "
         "storm coated the region in up to [quantity] of freezing rain.", "30 millimetres", "quantity",
         "[quantity]", False),
        # a total in another currency is no total of these parts
        ("From “Castlemere budget”: The council will spend $640 million, £410 million from a fund and [amount] "
         "borrowed.", "£230 million", "money", "[amount]", False),
    ],
)
def test_a_total_or_part_the_other_figures_of_its_sentence_add_up_to_is_given_away(
    prompt, answer, kind, blank, given_away
):
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, kind, blank))) is given_away


BEES = (
    "From “Beekeepers in Scotland lose colonies in worst winter on record”: The survey collected responses from "
    "1,186 beekeepers who between them managed 9,420 colonies going into winter last October. By the end of March, "
)


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "blank", "given_away"),
    [
        # blind review 77: a part "of" a whole and the whole give its rate; the rate and the whole give the part
        (BEES + "3,485 of those colonies had been lost, a rate of [percentage].", "37 percent", "percent",
         "[percentage]", True),
        (BEES + "[number] of those colonies had been lost, a rate of 37 percent.", "3,485", "number", "[number]",
         True),
        # a rate the figures do not make, a part told without "of", and a rate of one decimal the figures miss
        (BEES + "3,485 of those colonies had been lost, a rate of [percentage].", "41 percent", "percent",
         "[percentage]", False),
        (BEES + "[number] colonies had been lost, and 37 percent of beekeepers lost none.", "3,485", "number",
         "[number]", False),
        (BEES + "3,485 of those colonies had been lost, a rate of [percentage].", "37.5 percent", "percent",
         "[percentage]", False),
    ],
)
def test_a_share_or_part_the_prompts_part_of_a_whole_reckons_is_given_away(prompt, answer, kind, blank, given_away):
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, kind, blank))) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "given_away"),
    [
        # blind review 80: the answer repeats a figure the stem shows for another thing
        ("The fishery, which had landed around 40,000 tonnes a year and employed some _____ in the early 1960s, "
         "collapsed.", "40,000 people", "quantity", True),
        ("The county had 350 schools and spent _____ on them.", "$350 million", "money", True),
        # ... while another figure, or a small one, stays asked
        ("The fishery, which had landed around 40,000 tonnes a year and employed some _____ in the early 1960s, "
         "collapsed.", "10,000 people", "quantity", False),
        ("The 3 ships carried _____.", "3 tonnes", "quantity", False),
        ("The fishery landed 40,000.5 tonnes and employed _____.", "40,000 people", "quantity", False),
    ],
)
def test_an_answer_repeating_a_figure_its_stem_shows_for_another_thing_is_given_away(prompt, answer, kind, given_away):
    question = replace(MCQ, prompt=prompt, answer=answer, answer_kind=kind, options=(answer, "1", "2"),
                       sentence=prompt.replace("_____", answer))
    assert ("answer-part-in-prompt" in flaws_of(question)) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        # blind reviews 40, 42, 98: the year the pandemic is known by, and the year before it
        ("From “Fringe”: The Fringe Society said 3,746 shows were staged, an increase on 2023, when the pandemic had "
         "forced the festival to cancel its [year] edition.", "2020", True),
        ("From “NHS”: The waiting list began to grow sharply in [year], when the COVID-19 pandemic forced hospitals "
         "to cancel planned operations.", "2020", True),
        ("From “A-levels”: The share of top grades remains above the 25.4% recorded in [year], the last year before "
         "the coronavirus pandemic forced schools to close.", "2019", True),
        # ... and no other year, nor these years on a card that tells of no pandemic
        ("From “A-levels”: The share of top grades remains above the 25.4% recorded in [year], the last year before "
         "the coronavirus pandemic forced schools to close.", "2018", False),
        ("From “Fringe”: The festival sold 2.6 million tickets in [year], a record.", "2020", False),
        ("From “NHS”: The waiting list began to grow in [year], two years after the COVID-19 pandemic began.",
         "2019", False),
        # judged ok (review 98): a year told as before the pandemic, not as the year before it
        ("From “Fringe”: The previous record, of 2.47 million, was set in [year], before the pandemic forced the "
         "festival to cancel its 2020 edition.", "2019", False),
    ],
)
def test_a_year_the_pandemic_names_is_given_away(prompt, answer, given_away):
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, "year", "[year]"))) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "given_away"),
    [
        # blind review 81: a part "from" the whole
        ("From “Netball”: Campbell-Reid scored 47 goals from 50 attempts, a shooting accuracy of _____, and was "
         "named player of the match.", "94 percent", "percent", True),
        ("From “Netball”: Campbell-Reid scored 47 goals from 50 attempts, a shooting accuracy of _____, and was "
         "named player of the match.", "88 percent", "percent", False),
        ("From “Cars”: 173,600 new passenger cars were registered in 2024, and 97,900 used cars were sold, up _____ "
         "on the year.", "56.4%", "percent", False),
    ],
)
def test_a_share_worked_out_from_a_part_told_beside_its_whole_is_given_away(prompt, answer, kind, given_away):
    question = replace(MCQ, prompt=prompt, answer=answer, answer_kind=kind, options=(answer, "1", "2"),
                       sentence=prompt.split(": ", 1)[-1].replace("_____", answer))
    assert ("answer-part-in-prompt" in flaws_of(question)) is given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "given_away"),
    [
        # blind review 93: the round bound below the exact figure of the title
        ("From “Norovirus outbreak sickens 312 on cruise ship docked in Southampton”: More than [number] passengers "
         "and crew aboard the cruise ship have fallen ill.", "300", "number", True),
        ("From “Norovirus outbreak sickens 312 on cruise ship docked in Southampton”: More than [number] passengers "
         "and crew aboard the cruise ship have fallen ill.", "200", "number", False),
        ("From “Norovirus outbreak sickens 312 on cruise ship docked in Southampton”: The ship carries [number] "
         "passengers.", "300", "number", False),
        # judged ok (review 79): another figure, a twentieth or more away
        ("From “Svalbard seed vault takes in record 64,300 samples”: The previous record, set in February 2020, was "
         "just over [number] samples.", "60,000", "number", False),
        # blind reviews 82, 85: a speed the distance and time of the stem divide out
        ("From “Tour of Flanders”: Vermeulen covered the 269 km route from Bruges in 6 hours 12 minutes, an average "
         "speed of [quantity], in dry but gusty conditions.", "43.4 km/h", "quantity", True),
        ("From “Tour de France”: He crossed the line at 1,910 metres after 171.5 km from Montélimar in 4 hours 21 "
         "minutes 37 seconds, an average speed of [quantity].", "39.3 km/h", "quantity", True),
        ("From “Tour of Flanders”: Vermeulen covered the 269 km route from Bruges in 6 hours 12 minutes, with a top "
         "speed of [quantity] on the descent.", "68.2 km/h", "quantity", False),
    ],
)
def test_a_bound_of_the_titles_figure_or_a_speed_the_stem_divides_out_is_given_away(prompt, answer, kind, given_away):
    blank = re.search(r"\[\w+\]", prompt).group()
    assert ("answer-part-in-prompt" in flaws_of(_cloze_card(prompt, answer, kind, blank))) is given_away
