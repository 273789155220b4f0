"""Wrong options a student could not rule out at a glance: local features, future years, titles, things, units."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

import pytest
from handmade import analysis_of, fact_of

import quizgen
from quizgen.analyse.numeric import find_numeric_spans
from quizgen.questions.distractors import distractors_for
from quizgen.questions.numbers import figures_in, value_of


def options_for(analysis, answer: str, seed: int = 1, count: int = 3) -> tuple[str, ...]:
    return distractors_for(fact_of(analysis, answer), analysis, count, random.Random(seed))


def mcq_options(text: str, answer: str) -> list[tuple[str, ...]]:
    """The options of every multiple-choice item the student sees for this answer."""
    bank = quizgen.generate(text)
    return [tuple(q.options) for q in bank.questions if q.kind == "mcq" and q.answer == answer]


# --- 1. a small river, lake or glacier gets no famous world feature -------------------------------------------

LOCAL_FEATURES = [
    (
        (
            "The stream ends in a gorge above the [Massa River](place), which drains into the Rhône.",
            "Tourists come in [1995](year).",
        ),
        "Massa River",
        (),
    ),
    (("The path climbs from [Lake Oeschinen](place) to the hut.", "It opened in [1990](year)."), "Lake Oeschinen", ()),
    (
        (
            "Trout swim in the [Kander River](place) below the village.",
            "The [Simme River](place) joins it.",
            "The [Aare River](place) takes both.",
            "A bridge was built in [1901](year).",
        ),
        "Kander River",
        ("Aare River", "Simme River"),
    ),
    (
        ("Barges still sail the [Danube River](place) to the sea.", "Trade grew in [1990](year)."),
        "Danube River",
        ("Amazon River", "Mississippi River", "Nile River"),
    ),
]


@pytest.mark.parametrize(("marked", "answer", "expected"), LOCAL_FEATURES, ids=[row[1] for row in LOCAL_FEATURES])
def test_a_local_river_or_lake_gets_the_articles_own_features_never_the_nile(marked, answer, expected):
    options = options_for(analysis_of(*marked), answer)
    assert sorted(options) == sorted(expected)


def test_a_glacier_article_asks_no_multiple_choice_on_a_swiss_stream():
    text = (
        "Aletsch Glacier\n\nThe Aletsch Glacier is the largest glacier in the Alps. It flows south, ending in a "
        "narrow gorge above the Massa River, which drains into the Rhône. It has been shrinking since 1850."
    )
    for options in mcq_options(text, "Massa River"):
        assert not {"Amazon River", "Nile River", "Yangtze River"} & set(options)


# --- 2. "by 2100" is a year, and its wrong options stay in the future ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Only a few patches of ice may remain by 2100.", "2100"),
        ("By 2150, the sea may have risen by a metre.", "2150"),
        ("The treaty runs until 2125 unless renewed.", "2125"),
        ("Temperatures could rise by 4 degrees in 2100.", "2100"),
    ],
)
def test_a_year_after_2099_after_by_or_until_is_a_year(sentence, year):
    assert [(s.text, s.kind) for s in find_numeric_spans(sentence) if s.text == year] == [(year, "year")]


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [("Sales rose by 2100 last year.", "2100", "number"), ("In 2100 cases the test failed.", "2100 cases", "quantity")],
)
def test_an_amount_past_2099_stays_an_amount(sentence, text, kind):
    assert [(s.text, s.kind) for s in find_numeric_spans(sentence)] == [(text, kind)]


FORECASTS = [
    (
        ("The glacier lost ice in [2022](year).", "Only patches of ice may remain by [2100](year)."),
        "2100",
        ("2075", "2125", "2150"),
    ),
    (
        ("The plan was drawn up in [2019](year).", "Emissions are expected to reach zero by [2050](year)."),
        "2050",
        ("2040", "2060", "2070"),
    ),
    (("The law passed in [2021](year).", "Coal plants will close by [2035](year)."), "2035", ("2040", "2045", "2055")),
    (
        ("The survey was made in [2023](year).", "The population is projected to peak in [2064](year)."),
        "2064",
        ("2063", "2065", "2066"),
    ),
]


@pytest.mark.parametrize(("marked", "answer", "expected"), FORECASTS, ids=[row[1] for row in FORECASTS])
def test_a_forecast_year_gets_round_future_years_after_the_articles_own_time(marked, answer, expected):
    analysis = analysis_of(*marked)
    present = int(value_of(marked[0].split("[")[1].split("]")[0]))
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) == 3 and all(int(o) > present for o in options), options
    assert options_for(analysis, answer) == expected


def test_a_historys_last_year_is_not_always_the_latest_option_nor_far_past_it():
    analysis = analysis_of("The bridge opened in [1912](year).", "It was rebuilt in [1914](year).")
    seen = [int(o) for seed in range(8) for o in options_for(analysis, "1914", seed)]
    assert max(seen) > 1914  # else "pick the latest year" would always win
    assert max(seen) <= 1914 + 30


def test_a_report_of_our_times_goes_at_most_one_year_past_its_latest():
    analysis = analysis_of("Talks began in [2018](year).", "They ended in [2020](year).")
    seen = {int(o) for seed in range(16) for o in options_for(analysis, "2020", seed)}
    assert max(seen) == 2021


def test_the_glacier_forecast_is_asked_with_future_years_only():
    text = (
        "Aletsch Glacier\n\nThe Aletsch Glacier is the largest glacier in the Alps. In the hot summer of 2022 it "
        "lost a great deal of ice. Researchers warn that under a high-emissions scenario, only a few isolated "
        "patches of ice may remain by 2100. Scientists measured its thickness in 2019 and again in 2021."
    )
    bank = quizgen.generate(text)
    asked = [q for q in bank.questions if q.answer == "2100"]
    assert asked and all(q.answer_kind == "year" for q in asked)
    for q in asked:
        if q.kind == "mcq":
            assert all(int(o) > 2022 for o in q.options), q.options


# --- 3. a title before the blank: other holders of that title, never an alias --------------------------------

TITLED = [
    # a prime minister among chess players: no other prime minister, so no wrong option
    (
        (
            "Prime Minister [Narendra Modi](person) congratulated the champion in [2024](year).",
            "The record was set by [Garry Kasparov](person).",
            "[Viswanathan Anand](person) praised him.",
            "FIDE President [Arkady Dvorkovich](person) spoke.",
        ),
        "Narendra Modi",
        (),
    ),
    # the champion's rivals are players; a prime minister or a president of FIDE is no wrong answer for them
    (
        (
            "[Magnus Lund](person) lost the final in [2024](year).",
            "Prime Minister [Narendra Modi](person) wrote.",
            "The record was set by [Garry Kasparov](person).",
            "[Viswanathan Anand](person) praised him.",
            "FIDE President [Arkady Dvorkovich](person) spoke.",
        ),
        "Magnus Lund",
        ("Garry Kasparov", "Viswanathan Anand"),
    ),
    # "known as Meiji" is the emperor himself; a commodore is no emperor
    (
        (
            "Commodore [Perry](person) arrived in [1853](year).",
            "Power passed to the fifteen-year-old Emperor [Mutsuhito](person).",
            "His reign became known as [Meiji](person).",
            "When Emperor [Meiji](person) died, Japan had changed.",
        ),
        "Mutsuhito",
        (),
    ),
    (
        (
            "In [1868](year) power passed to Emperor [Mutsuhito](person) (later [Meiji](person)).",
            "Emperor [Komei](person) had died.",
            "Commodore [Perry](person) arrived.",
        ),
        "Mutsuhito",
        (),
    ),
    # two presidents named in full are two people (one in the prompt), a general is neither; then past presidents
    (
        (
            "President [Barack Obama](person) met President [Donald Trump](person) in [2016](year).",
            "President [Emmanuel Macron](person) of France joined.",
            "General [Mark Milley](person) briefed them.",
        ),
        "Barack Obama",
        ("Emmanuel Macron", "George H. W. Bush", "Bill Clinton"),
    ),
    # a king among emperors, but never a queen among kings
    (
        (
            "King [Gustav III](person) was crowned in [1772](year).",
            "Emperor [Alexander I](person) annexed Finland.",
            "Queen [Louisa Ulrika](person) was his mother.",
        ),
        "Gustav III",
        ("Alexander I",),
    ),
]


@pytest.mark.parametrize(
    ("marked", "answer", "expected"), TITLED, ids=[f"{row[1]}-{i}" for i, row in enumerate(TITLED)]
)
def test_a_titled_answer_gets_only_other_holders_of_its_title_and_never_an_alias(marked, answer, expected):
    assert sorted(options_for(analysis_of(*marked), answer)) == sorted(expected)


def test_the_prime_minister_is_asked_without_chess_players_as_options():
    text = (
        "Indian Teenager Wins World Chess Championship\n\nRohan Iyer beat Norway's Anders Lund on Sunday in 2025. "
        "The victory breaks the record set by Garry Kasparov, who was 22 when he won the title in 1985. "
        "Prime Minister Narendra Modi congratulated him on social media. India's first world champion, "
        "Viswanathan Anand, said the result would inspire a generation. FIDE President Arkady Dvorkovich "
        "announced that the next match would be held in 2027."
    )
    assert mcq_options(text, "Narendra Modi") == []
    for options in mcq_options(text, "Garry Kasparov") + mcq_options(text, "Viswanathan Anand"):
        assert not {"Narendra Modi", "Arkady Dvorkovich"} & set(options), options


# --- 4. a prize, a treaty or a cloud is never a person -------------------------------------------------------


@pytest.mark.parametrize(
    "thing",
    ["Nobel Prize", "Prize", "Treaty of Paris", "Magellanic Clouds", "Milky Way", "Davis Cup", "Cambridge Cemetery"],
)
def test_a_thing_the_tagger_took_for_a_person_is_never_a_wrong_person(thing):
    analysis = analysis_of(
        "[Pickering](person) hired her in [1903](year).",
        "[Hubble](person) used her law.",
        f"She was nominated for the [{thing}](person).",
        "[Hertzsprung](person) measured a distance.",
    )
    for seed in range(8):
        options = options_for(analysis, "Pickering", seed)
        assert thing not in options and thing.split()[-1] not in options, options


def test_a_surname_that_is_also_a_word_stays_a_person():
    analysis = analysis_of(
        "[Ann Lee](person) said in [2023](year).",
        "[Mark Dunn](person) spoke.",
        "[Sue Park](person) spoke.",
        "[Jude Law](person) spoke.",
    )
    assert {"Sue Park", "Jude Law"} <= {o for seed in range(8) for o in options_for(analysis, "Ann Lee", seed)}


# --- 5. months stay under a year, hours under a day ---------------------------------------------------------

BOUNDED = [
    ("He became a grandmaster at 12 years, [10 months](quantity).", "10 months", 12),
    ("The baby walked at [9 months](quantity).", "9 months", 12),
    ("The flight took [20 hours](quantity) in all.", "20 hours", 24),
    ("The race was won in [50 minutes](quantity) flat.", "50 minutes", 60),
    ("The record stood at [45 seconds](quantity).", "45 seconds", 60),
]


@pytest.mark.parametrize(("marked", "answer", "bound"), BOUNDED, ids=[row[1] for row in BOUNDED])
def test_months_hours_and_minutes_stay_below_what_rolls_over(marked, answer, bound):
    analysis = analysis_of(marked, "It happened in [2020](year).")
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2 and all(value_of(o) < bound for o in options), options


def test_a_count_of_months_past_a_year_may_grow():
    analysis = analysis_of("The siege lasted [30 months](quantity).", "It ended in [1650](year).")
    assert any(value_of(o) > 30 for seed in range(4) for o in options_for(analysis, "30 months", seed))


# --- 6. amounts keep the answer's decimals without a nought it does not have --------------------------------

DECIMALS = [
    (
        "The winner will collect [$1.375 million](money) and the loser $1.125 million.",
        "$1.375 million",
        ("$1.625 million", "$1.875 million", "$2.375 million"),
    ),
    ("The central bank set its rate at [4.25%](percent).", "4.25%", ("3.75%", "4.75%", "5.25%")),
    (
        "The fund holds [$2.75 billion](money) in bonds.",
        "$2.75 billion",
        ("$2.25 billion", "$3.25 billion", "$3.75 billion"),
    ),
    (
        "Spending rose to [1.04 trillion won](money) this year.",
        "1.04 trillion won",
        ("1.35 trillion won", "1.46 trillion won", "1.82 trillion won"),
    ),
]


@pytest.mark.parametrize(("marked", "answer", "expected"), DECIMALS, ids=[row[1] for row in DECIMALS])
def test_amounts_with_decimals_never_end_in_a_nought_the_answer_lacks(marked, answer, expected):
    analysis = analysis_of(marked, "The figures were published in [2021](year).")
    assert options_for(analysis, answer) == expected
    for seed in range(8):
        for option in options_for(analysis, answer, seed):
            digits = option.split(".")[1]
            assert not digits[: len(answer.split(".")[1].split()[0].rstrip("%"))].endswith("0"), option


def test_one_decimal_may_end_in_nought_as_rates_are_written():
    analysis = analysis_of("Output fell by [3.2%](percent) in a year.", "The figures came in [2021](year).")
    assert any(o.endswith(".0%") for seed in range(8) for o in options_for(analysis, "3.2%", seed))


def test_a_place_under_its_old_name_is_neither_a_wrong_answer_for_it_nor_a_second_option():
    analysis = analysis_of(
        "The shogunate was based in [Edo](place) (modern [Tokyo](place)).",
        "The emperor lived in [Kyoto](place) in [1850](year).",
        "Trade ran through [Nagasaki](place).",
        "Merchants came from [Osaka](place).",
    )
    for seed in range(8):
        assert "Edo" not in options_for(analysis, "Tokyo", seed)
        assert not {"Edo", "Tokyo"} <= set(options_for(analysis, "Kyoto", seed))


# --- a name the article uses for something else: a field after "Prize in", the subject under another name ------


def test_a_field_after_prize_in_or_letters_to_someone_is_no_town():
    analysis = analysis_of(
        "She was born in [Vienna](place) in [1878](year).",
        "She shared the Nobel Prize in [Chemistry](name).",
        "She wrote letters to [Goethe](name).",
        "She moved to [Stockholm](name).",
    )
    assert options_for(analysis, "Vienna") == ("Graz", "Linz", "Innsbruck")  # (Stockholm is too far from Vienna)
    assert not {"Chemistry", "Goethe"} & {o for seed in range(8) for o in options_for(analysis, "Vienna", seed)}


def test_the_subject_of_a_biography_under_her_maiden_name_is_never_a_wrong_option():
    analysis = analysis_of(
        "She championed the works of her friend [Johannes Brahms](person) in [1854](year).",
        "[Clara Wieck](person) was born in Leipzig.",
        "Her husband [Robert Schumann](person) died.",
        "[Joseph Joachim](person) played.",
    )
    biography = replace(analysis, document=replace(analysis.document, title="Clara Schumann"))
    assert "Clara Wieck" in options_for(analysis, "Johannes Brahms")  # a mere article may offer her
    assert options_for(biography, "Johannes Brahms") == ("Robert Schumann", "Joseph Joachim")


# --- a place the stem's own geography rules out (review 28-32) -------------------------------------------------

# (marked article, answer, options never offered for any seed, options that must all lie in this country or None)
PLACES_BY_THE_MAP = [
    # review 31: "about 40 kilometres northeast of _____" (Athens) offered Lisbon
    (("The largest blaze, near the town of [Marathon](place), about 40 kilometres northeast of [Athens](place), "
      "burned [9,500 hectares](quantity).", "Planes came from [Lisbon](place) in [2024](year)."),
     "Athens", {"Lisbon"}, None),
    (("The museum lies 30 kilometres south of [Munich](place), near the lake.", "A copy is in [Madrid](place).",
      "It opened in [2011](year)."), "Munich", {"Madrid"}, "Germany"),
    # review 28: Barth "passing through _____ and Gwandu" (Sokoto) offered Hamburg
    (("Barth travelled west alone, passing through [Sokoto](place) and Gwandu.", "He was born in [Hamburg](place).",
      "He reached [Yola](place) in [1851](year)."), "Sokoto", {"Hamburg"}, None),
    # review 32: "linked Aksum to _____, Arabia and the Indian Ocean" (Egypt) offered China and India
    (("The port linked Aksum to [Egypt](place), Arabia and the Indian Ocean.", "Silk came from [China](place).",
      "Spices came from [India](place) in [525](year)."), "Egypt", {"China", "India"}, None),
    (("Ricardo's example traded wine from [Portugal](place) for cloth.", "Cars come from [Japan](place).",
      "Coffee comes from [Brazil](place) in [2020](year)."), "Portugal", {"Japan", "Brazil"}, None),
    # review 32: "Himyar, in present-day _____" (Yemen) offered Persia, no present-day country
    (("Kaleb sent an army to Himyar, in present-day [Yemen](place).", "Envoys came from [Persia](place).",
      "Traders sailed from [Eritrea](place) in [2001](year)."), "Yemen", {"Persia"}, None),
    (("The ruins lie in present-day [Iran](place).", "The [Soviet Union](place) lay to the north.",
      "Digging resumed in [1999](year)."), "Iran", {"Soviet Union"}, None),
]


@pytest.mark.parametrize(("marked", "answer", "never", "country"), PLACES_BY_THE_MAP,
                         ids=[f"{row[1]}-{i}" for i, row in enumerate(PLACES_BY_THE_MAP)])
def test_a_place_gets_no_wrong_option_that_the_map_rules_out(marked, answer, never, country):
    from quizgen.questions.places import located_in

    analysis = analysis_of(*marked)
    offered = [options_for(analysis, answer, seed) for seed in range(8)]
    assert all(len(options) >= 2 for options in offered)
    assert not never & {o for options in offered for o in options}
    if country:
        assert {located_in(o) for options in offered for o in options} == {country}


# (marked article, answer, the options for every seed): a place of another type, a sea from a list, a province
# no list can check, a country named by its dynasty: only the article's own of the answer's type, or none.
PLACES_OF_ANOTHER_TYPE = [
    # review 28: "flows … from Lake Võrtsjärv towards _____" (Lake Peipus) offered "Russian" and "Novgorod"
    (("The river flows from Lake Võrtsjärv towards [Lake Peipus](place).", "It nears [Russian](place) land.",
      "Traders came from [Novgorod](place) in [1224](year)."), "Lake Peipus", ()),
    (("Boats cross [Lake Geneva](place) to [Lausanne](place).", "[Lake Constance](place) is larger.",
      "The ferry began in [1823](year)."), "Lake Geneva", ("Lake Constance",)),
    # review 31: "In _____, Ulrich Zwingli led reforms" (Zurich) offered Wartburg Castle
    (("In [Zurich](place), Ulrich Zwingli led reforms from [1519](year).", "Luther hid at [Wartburg Castle](name)."),
     "Zurich", None),
    (("The king was crowned in [Prague](place) in [1347](year).", "He stayed at [Karlstejn Castle](name)."),
     "Prague", None),
    # review 28: "the history of _____" (West Africa, a region) offered Cologne, a city
    (("His account is a source for the history of [West Africa](place).", "He lectured in [Cologne](name).",
      "The book appeared in [1857](year)."), "West Africa", ()),
    (("The khanate ruled much of [Central Asia](place).", "Its capital was in [Samarkand](place).",
      "It fell in [1920](year)."), "Central Asia", "Asia"),  # regions of its own continent only
    # review 32: "the Indian Ocean" got the Arctic, Atlantic and Pacific; "North Sea" the Red and East China Seas
    (("The port linked Aksum to Arabia and the [Indian Ocean](place).", "It stood on the [Red Sea](place) in "
      "[300](year)."), "Indian Ocean", ()),
    (("Since [1992](year) the canal has linked the river to the [North Sea](place).",), "North Sea", ()),
    # review 31: "Liuhe, in _____, Jiangsu province, China" (Taicang) offered New York City and Washington
    (("Wu was born in the town of Liuhe, in [Taicang](place), Jiangsu province, China.",
      "She studied in [Nanjing](place) and worked in [New York City](place) from [1936](year)."), "Taicang", ()),
    (("He was born in [Ulm](place), Baden-Württemberg, Germany.", "He later lived in [Munich](place) and [Berlin]"
      "(place) until [1933](year)."), "Ulm", ()),
    # review 29: "the Qing dynasty of _____" is China by definition
    (("The treaty was signed with the Qing dynasty of [China](place) in [1689](year).", "[Japan](place) stayed out."),
     "China", ()),
]


@pytest.mark.parametrize(("marked", "answer", "expected"), PLACES_OF_ANOTHER_TYPE,
                         ids=[f"{row[1]}-{i}" for i, row in enumerate(PLACES_OF_ANOTHER_TYPE)])
def test_a_place_gets_only_places_of_its_own_type(marked, answer, expected):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        if expected is None:  # a town: no building among the options
            assert options and not any(o.endswith(("Castle", "Cathedral", "Palace")) for o in options)
        elif isinstance(expected, str):  # a region: others of its continent
            assert len(options) == 3 and all(o.endswith(expected) for o in options)
        else:
            assert sorted(options) == sorted(expected)


# --- numbers the stem's relations rule out, and near misses (review 28-32) -------------------------------------

# (marked sentence, answer, a test every wrong option passes)
NUMBERS_BY_THE_STEM = [
    # review 28: "11 of the borough's _____ libraries" offered 7, 8, 10: a whole is above its part
    ("Opening hours at [11](number) of the borough's [14](number) libraries will be cut.", "14", lambda v: v > 11),
    ("Lessons at [15](number) of the town's [18](number) schools resumed.", "18", lambda v: v > 15),
    # review 28: "Of the 4.99% rise, _____ is ringfenced" offered 5%: a part is below its whole
    ("Of the [4.99%](percent) rise, [2%](percent) is ringfenced for care.", "2%", lambda v: v < Decimal("4.99")),
    ("Of the [£14 million](money) grant, [£12 million](money) goes to schools.", "£12 million",
     lambda v: v < 14_000_000),
    # review 28: "up from _____ crowns a year earlier" (now 1.42 billion) offered 1.44 billion
    ("Profit reached [1.42 billion](number) crowns ([$131 million](money)), up from [1.03 billion](number) crowns.",
     "1.03 billion", lambda v: v < Decimal("1.42e9")),
    ("Staff stood at [2,100](number) in May, down from [2,600](number) a year ago.", "2,600", lambda v: v > 2100),
    # review 31: "convicted … on five of _____" (six counts) offered "five counts": a whole after a part in words
    ("The club won eighteen of its [24 games](quantity) this season.", "24 games", lambda v: v > 18),
    ("Voters backed 41 of the [48](number) proposals.", "48", lambda v: v > 41),
    # review 40: "Only _____ of patients were seen within four hours, against a target of 78%" offered 82.9% and 93.7%
    ("Only [61%](percent) of trains ran on time, against a target of [70%](percent).", "61%", lambda v: v < 70),
    ("Sales reached [$3.2 million](money), compared with analysts' expectations of [$2.6 million](money).",
     "$3.2 million", lambda v: v > 2_600_000),
    # review 41: "with 4.4 million, followed by Kiambu with _____ and Nakuru with 2.2 million" offered 1.9 million
    ("Lagos is the largest, with [15.4 million](number), followed by Kano with [4.1 million](number) and Ibadan with "
     "[3.6 million](number).", "4.1 million", lambda v: Decimal("3.6e6") < v < Decimal("15.4e6")),
    ("Lagos is the largest, with [15.4 million](number), followed by Kano with [4.1 million](number) and Ibadan with "
     "[2.9 million](number).", "2.9 million", lambda v: v < Decimal("4.1e6")),
    # blind review 89: "followed by the Volkswagen ID.4 on _____ and the Skoda Enyaq on 6,115" (6,870) offered 5,150
    ("The most popular model was the Tesla Model Y, with [11,240](number) registrations, followed by the Volkswagen "
     "ID.4 on [6,870](number) and the Skoda Enyaq on [6,115](number).", "6,870", lambda v: 6115 < v < 11240),
    # blind review 91: "Dunn, second in 22.04, with the American Brianna Cole third in _____" (22.11) offered 15.48 and
    # 16.58, faster than second place: the figures of two places keep their order
    ("Dunn was second in [22.04](number), with Cole third in [23.80](number).", "23.80", lambda v: v > Decimal("22.04")),
    ("Dunn was second in [22.04](number), with Cole third in [23.80](number).", "22.04", lambda v: v < Decimal("23.80")),
    # blind review 89: "originally about 10 Roman feet (3 m) wide, later reduced to a "narrow wall" of around _____"
    # (2.4 m) offered 3.1 and 3.6 m
    ("The wall was originally [3 metres](quantity) wide, later reduced to a \"narrow wall\" of around [2.4 metres]"
     "(quantity).",
     "2.4 metres", lambda v: v < 3),
    ("The crew numbered [400](number), later cut to about [250](number).", "250", lambda v: v < 400),
    # review 44: "a gross tonnage of 79,280, later increased to _____" offered 58,396, 66,738 and 75,081
    ("The ship's tonnage was [50,000](number), later increased to [68,000](number) after a refit.", "68,000",
     lambda v: v > 50_000),
    ("The ship's tonnage was [68,000](number), later cut to [50,000](number) after a refit.", "68,000",
     lambda v: v > 50_000),
    # review 46: "consuming around 17.5 cubic metres … must bring that figure down to 15 cubic metres" offered 14.0
    ("The city used [25 cubic metres](quantity) a second and must bring that figure down to [18 cubic metres]"
     "(quantity) a second.", "25 cubic metres", lambda v: v > 18),
    # review 43: "reached 238 on Sunday afternoon, well above the threshold of _____" (201) offered 251
    ("The index reached [230](number) on Sunday, well above the threshold of [201](number) for the purple category.",
     "201", lambda v: v < 230),
    # review 52: "Nitrogen makes up about _____ of it by volume and oxygen about 21%" (78%) offered 90% and 98%
    ("Argon makes up about [60%](percent) of the gas by volume and neon about [21%](percent).", "60%",
     lambda v: v <= 79),
    ("Coal supplied [64%](percent) of the power, gas [22%](percent) and wind the rest.", "64%", lambda v: v <= 78),
    # review 32: "56.55 percent" got 56.25, 56.35 and 56.65; review 30: "about 10%" got 9% and 8%
    ("Mahama won [56.55 percent](percent) of the vote.", "56.55 percent",
     lambda v: abs(v - Decimal("56.55")) >= Decimal("2.8")),
    ("The yield rose to [12.35%](percent) on Friday.", "12.35%", lambda v: abs(v - Decimal("12.35")) >= Decimal("0.6")),
    ("The population may decline by about [10%](percent) by 2040.", "10%", lambda v: abs(v - 10) >= Decimal("1.5")),
    ("The storm damaged roughly [2,400](number) homes.", "2,400", lambda v: abs(v - 2400) >= 360),
]


@pytest.mark.parametrize(("marked", "answer", "rule"), NUMBERS_BY_THE_STEM, ids=[r[1] for r in NUMBERS_BY_THE_STEM])
def test_a_wrong_figure_keeps_to_what_the_stem_says_of_it(marked, answer, rule):
    analysis = analysis_of(marked, "The report came out in [2023](year).")
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2 and all(rule(value_of(o)) for o in options), options


@pytest.mark.parametrize(
    "marked",
    [
        # review 28: "Revenue grew 12% to _____, slightly ahead of the 9.6 billion crowns expected" got 11.3-13.7 billion
        "Revenue grew 12% to [9.8 billion](number) crowns, slightly ahead of the [9.6 billion](number) expected.",
        "Profit came in at [$4.1 million](money), just short of the [$4.3 million](money) forecast.",
    ],
)
def test_a_figure_barely_off_another_the_stem_states_gets_no_wrong_options(marked):
    analysis = analysis_of(marked, "The report came out in [2023](year).")
    answer = analysis.facts[0].span.text
    assert options_for(analysis, answer) == ()


@pytest.mark.parametrize(
    ("marked", "answer", "nearest"),
    [
        # review 31: "killed _____" (104 people) got 130, 135 and 146: the answer stood alone below them
        ("A blaze in Mati killed [104 people](quantity).", "104 people", {"94 people", "120 people"}),
        ("The fleet lost [57](number) ships in the storm.", "57", {"51", "66"}),
    ],
)
def test_the_answer_never_stands_apart_from_its_wrong_options(marked, answer, nearest):
    analysis = analysis_of(marked, "The report came out in [2023](year).")
    for seed in range(40):
        options = options_for(analysis, answer, seed)
        below = [o for o in options if value_of(o) < value_of(answer)]
        if not below or len(below) == len(options):  # all on one side: the nearest of that side is there
            assert nearest & set(options), options


# --- years and dates of the answer's own sort (review 28-32) ----------------------------------------------------

# (marked article, answer, a test every wrong option passes)
YEARS_AND_DATES = [
    # review 29: "the 1990 _____" / "the _____ World Cup" offered 1991 and 1993: a World Cup year is on its cycle
    (("He was in the squad at the [1990](year) World Cup.", "He retired in [2024](year)."), "1990",
     lambda o: (int(o) - 1990) % 4 == 0 and int(o) <= 2024),
    (("She won gold at the [2012](year) Olympics in London.", "She retired in [2023](year)."), "2012",
     lambda o: (int(o) - 2012) % 4 == 0 and int(o) <= 2023),
    # review 29: "is expected to arrive in _____" (2030, launch in 2024) offered 2040 and 2050
    (("The probe launched in [2011](year).", "Clipper, due to launch in [2024](year), is expected to arrive in "
      "[2030](year)."), "2030", lambda o: 2024 < int(o) <= 2038),
    (("The council met in [2021](year).", "The bridge, begun in [2023](year), is expected to open in [2027](year)."),
     "2027", lambda o: 2023 < int(o) <= 2035),
    # review 30: "published in the early _____" (2000s) offered 1600s, 1700s and 1800s: decades, never centuries
    (("Genetic studies published in the early [2000s](year) linked it to the tiger.", "It was listed in [2017](year)."),
     "2000s", lambda o: o.endswith("0s") and 1950 <= int(o[:4]) <= 2010),
    (("House prices soared in the [2000s](year) across the region.", "The survey was made in [2019](year)."), "2000s",
     lambda o: o.endswith("0s") and 1950 <= int(o[:4]) <= 2010),
    # review 28: "on _____" (Nov. 21) got "March 16, July 12, April 14": the answer's abbreviated form
    (("The company will pay a dividend on [Nov. 21](date).", "Results came out in [2024](year)."), "Nov. 21",
     lambda o: o.split()[0] in ("Sept.", "Oct.", "Dec.", "Jan.", "Feb.", "Aug.")),
    (("Voting ends on [Sept. 3](date), officials said.", "The poll opened in [2024](year)."), "Sept. 3",
     lambda o: o.split()[0] in ("Aug.", "Oct.", "Nov.", "Dec.", "Jan.", "Feb.")),
    # review 32: "informed the authority on _____" (March 4; other dates March 3-12) got August 11 and July 22; blind
    # review 82 judged months around still bad ("The Tour ends in Paris on Sunday, _____", July 20, got April 11, May
    # 21 and June 14): a story whose dates all fall in one month gets other days of that month
    (("Helix Pay informed the authority on [March 4](date).", "The breach was found on [March 3](date)."),
     "March 4", lambda o: o.split()[0] == "March" and o != "March 3"),
    (("The ship docked on [June 30](date).", "It had left port on [June 2](date)."), "June 30",
     lambda o: o.split()[0] == "June" and o != "June 2"),
    # ... and a story across months still gets days of the months around
    (("The ship docked on [June 30](date).", "It had left port on [May 2](date)."), "June 30",
     lambda o: o.split()[0] in ("March", "April", "May", "July", "August", "September")),
]


@pytest.mark.parametrize(("marked", "answer", "rule"), YEARS_AND_DATES,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(YEARS_AND_DATES)])
def test_a_wrong_year_or_date_is_of_the_answers_own_sort(marked, answer, rule):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) == 3 and all(rule(o) for o in options), options


# --- people of the answer's own sort and form (review 28-32) --------------------------------------------------

# (marked article, answer, names never offered for any seed)
PEOPLE_OF_ANOTHER_SORT = [
    # review 31: "studied under the physicist _____" offered her son and her father
    (("She studied under the physicist [Emilio Segrè](person) in [1940](year).", "Her son, [Vincent Yuan](person), "
      "was born later.", "Her father, [Wu Zhong-Yi](person), ran a school.", "She married the physicist "
      "[Luke Yuan](person).", "[Tsung-Dao Lee](person) proposed the test."), "Emilio Segrè",
     {"Vincent Yuan", "Wu Zhong-Yi"}),
    (("He trained under the painter [Jacques-Louis David](person) in [1790](year).", "His brother, "
      "[Pierre Gros](person), was a clerk.", "The painter [Anne-Louis Girodet](person) was a rival.",
      "[Francois Gerard](person) exhibited too."), "Jacques-Louis David", {"Pierre Gros"}),
    # review 31: "Whitcombe's lawyer, _____" (Andrew Cole SC): only the answer carried "SC"
    (("Whitcombe's lawyer, [Andrew Cole SC](person), argued the fees were legitimate.", "[Ray Warnes](person) "
      "welcomed the verdict.", "[John Kessler](person) sat in [2023](year).", "[Helen Marsh](person) testified."),
     "Andrew Cole SC", {"Ray Warnes", "John Kessler", "Helen Marsh"}),
    (("The march was led by [Martin Luther King Jr.](person) in [1963](year).", "[Bayard Rustin](person) planned it.",
      "[John Lewis](person) spoke."), "Martin Luther King Jr.", {"Bayard Rustin", "John Lewis"}),
    # review 32: "said _____, a researcher at Delft" offered Helix Pay, a company
    (("\"The danger is fraud,\" said [Joris Verhoeven](person), a researcher in [2024](year).", "[Sanne Bakker]"
      "(person) founded [Helix Pay](name).", "[Helix Pay](person) said it had informed the regulator.",
      "[Pieter de Vries](person) agreed."), "Joris Verhoeven", {"Helix Pay"}),
    (("\"It was a shock,\" said [Maria Lopez](person), a lawyer, in [2022](year).", "[Northwind Logistics](name) "
      "cut jobs.", "[Northwind Logistics](person) said sales fell.", "[Tom Hardy](person) agreed."), "Maria Lopez",
     {"Northwind Logistics"}),
]


@pytest.mark.parametrize(("marked", "answer", "never"), PEOPLE_OF_ANOTHER_SORT,
                         ids=[row[1] for row in PEOPLE_OF_ANOTHER_SORT])
def test_a_person_gets_people_of_the_same_sort_and_form(marked, answer, never):
    analysis = analysis_of(*marked)
    assert not never & {o for seed in range(8) for o in options_for(analysis, answer, seed)}


@pytest.mark.parametrize(
    "marked",
    [
        # review 29: "at the 1990 _____" (World Cup, tagged a person) offered Lionel Messi
        ("He was in the squad at the 1990 [World Cup](person).", "[Lionel Messi](person) scored.",
         "[Angel Di Maria](person) retired in [2024](year)."),
        ("She won gold at the [Commonwealth Games](person).", "[Cathy Freeman](person) ran.",
         "[Sally Pearson](person) retired in [2019](year)."),
    ],
)
def test_a_thing_taken_for_a_person_gets_no_people_as_options(marked):
    analysis = analysis_of(*marked)
    assert options_for(analysis, analysis.facts[0].span.text) == ()


# --- organisations of the answer's own field and place (review 31) ---------------------------------------------

# (marked article, answer, the options for every seed)
BODIES = [
    # "under the _____'s civil protection mechanism" (EU) offered the CIA, the BBC and the WHO
    (("Italy sent aircraft under the [EU](organisation)'s civil protection mechanism in [2024](year).",),
     "EU", {"UN", "OECD"}),
    (("[UNICEF](organisation) delivered vaccines to the region in [2021](year).",), "UNICEF", {"UNESCO"}),
    # "first female president of the _____" (American Physical Society) offered the Royal, Geological, Linnean
    (("In [1975](year) she was president of the [American Physical Society](organisation).",),
     "American Physical Society", set()),
    (("He was a fellow of the [American Chemical Society](organisation) from [1950](year).",),
     "American Chemical Society", set()),
    # "entered _____ in Nanjing" offered Princeton, Stanford and Columbia
    (("In [1930](year) she entered [National Central University](organisation) in Nanjing.",
      "She taught at [Princeton University](organisation).", "She worked at [Columbia University](organisation) in "
      "New York."), "National Central University", set()),
    (("He taught at [Kyoto University](organisation) in Kyoto from [1921](year).", "He lectured at "
      "[Osaka University](organisation) in Osaka.", "His pupil went to [Harvard University](organisation)."),
     "Kyoto University", set()),
]


@pytest.mark.parametrize(("marked", "answer", "expected"), BODIES, ids=[row[1] for row in BODIES])
def test_a_body_gets_bodies_of_its_own_field_and_place_or_none(marked, answer, expected):
    analysis = analysis_of(*marked)
    offered = [set(options_for(analysis, answer, seed)) for seed in range(8)]
    assert all(options <= expected for options in offered) and (not expected or any(offered))


# --- figures a measure's own scale rules out (review 33-37) -----------------------------------------------------

LATER = "The report came out in [2023](year)."

# (marked article, answer, a test every wrong option passes; at least two options for every seed)
FIGURES_ON_THEIR_SCALE = [
    # review 34: "a magnitude _____ quake" (8.8) offered 11.0; (7.6) offered 9.9 and 5.3
    (("In 2010 a magnitude [8.8](number) quake killed more than 500 people.", LATER), "8.8",
     lambda v: Decimal("7.3") <= v <= Decimal("9.5")),
    (("A magnitude [6.4](number) earthquake shook eastern Turkey on Monday.", LATER), "6.4",
     lambda v: Decimal("5.1") <= v <= Decimal("7.7")),
    (("A magnitude-[6.1](number) aftershock followed an hour later.", LATER), "6.1",
     lambda v: Decimal("4.8") <= v <= Decimal("7.4")),
    (("Sirius has an apparent magnitude of [1.46](number) as seen from Earth.", LATER), "1.46", lambda v: v > 0),
    # review 37: "came to Athens at about the age of _____" (30) offered 10 for a merchant
    (("Zeno was a merchant who came to Athens at about the age of [30](number).", LATER), "30",
     lambda v: 18 <= v <= 45),
    (("She left school at the age of [16](number) to work in a mill.", LATER), "16", lambda v: v < 18),
    (("He was appointed to the court at the age of [52](number).", LATER), "52", lambda v: 31 <= v <= 78),
    # review 34: "a married woman _____ his junior" (38 years) offered 48 and 53 years
    (("In 1917 he met Kamila, a married woman [38 years](quantity) his junior.", LATER), "38 years",
     lambda v: 22 <= v <= 46),
    (("She married a banker [15 years](quantity) her senior.", LATER), "15 years", lambda v: 9 <= v <= 18),
    (("Rainwater there has a pH of [5.6](number), more acidic than usual.", LATER), "5.6", lambda v: 0 <= v <= 14),
    (("Ian made landfall as a Category [4](number) hurricane.", LATER), "4", lambda v: 1 <= v <= 5),
    (("Ian made landfall as a Category [5](number) hurricane.", LATER), "5", lambda v: 1 <= v <= 4),
    (("Svalbard lies at about [78°N](quantity), far inside the Arctic.", LATER), "78°N", lambda v: 62 <= v < 90),
    # review 34: "a _____-week trial" (52) offered 65 and 39; review 32: "within _____" (72 hours) got 58 hours
    (("The approval rests on a [52](number)-week trial of 612 patients.", LATER), "52", lambda v: v % 26 == 0),
    (("Companies must report a breach within [72 hours](quantity) of finding it.", LATER), "72 hours",
     lambda v: v % 24 == 0),
    (("The phones come with a [24-month](quantity) warranty.", LATER), "24-month", lambda v: v % 6 == 0),
    (("Travellers must stay in quarantine for [14 days](quantity) on arrival.", LATER), "14 days",
     lambda v: v % 7 == 0),
    # review 40: "Water has a refractive index of about _____" (1.33) offered 0.53 and 0.93: an index is never below 1
    (("Water has a refractive index of about [1.33](number), crown glass about [1.52](number).", LATER), "1.33",
     lambda v: 1 <= v <= 4),
    (("Flint glass has an index of refraction of [1.62](number) for yellow light.", LATER), "1.62",
     lambda v: 1 <= v <= 4),
    (("Quartz has a hardness of [7](number) on the Mohs scale.", LATER), "7", lambda v: 1 <= v <= 10),
    (("Diamond, with a Mohs hardness of [9](number), scratches every other mineral.", LATER), "9",
     lambda v: 1 <= v <= 10),
    # review 58: "which at _____ is the highest active volcano in the world" (6,893 metres) offered 9,650 metres
    (("Ojos del Salado, which at [6,893 metres](quantity) is the highest active volcano in the world.", LATER),
     "6,893 metres", lambda v: v <= 8849),
    (("Aconcagua is [6,961 metres](quantity) high.", LATER), "6,961 metres", lambda v: v <= 8849),
    (("K2 stands [8,611 metres](quantity) high, the second-highest mountain on Earth.", LATER), "8,611 metres",
     lambda v: v <= 8849),
    (("Denali's summit is [20,310 feet](quantity) above sea level.", LATER), "20,310 feet", lambda v: v <= 29032),
    # review 45: "With the match level at _____ points each" (6.5) offered 8.1 and 5.2: a score in half points
    (("With the match level at [6.5](number) points each, the game headed for a draw.", LATER), "6.5",
     lambda v: v % 1 == Decimal("0.5")),
    (("Carlsen finished on [8.5 points](quantity), a full point clear of the field.", LATER), "8.5 points",
     lambda v: v % 1 == Decimal("0.5")),
]


@pytest.mark.parametrize(("marked", "answer", "rule"), FIGURES_ON_THEIR_SCALE,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(FIGURES_ON_THEIR_SCALE)])
def test_a_figure_gets_wrong_options_its_own_scale_allows(marked, answer, rule):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2 and all(rule(value_of(o)) for o in options), options


# (marked article, answer): no wrong option makes a fair question, so none is offered (the fact becomes a cloze)
ASKED_WITHOUT_OPTIONS = [
    # review 34: "The strongest earthquake ever recorded, of magnitude _____" offered 11.9 and 6.7
    (("The strongest earthquake ever recorded, of magnitude [9.5](number), struck in 1960.", LATER), "9.5"),
    # review 37: "among the top _____ universities" (200): in the top 300, 400 and 500 as well
    (("It is usually placed among the top [200](number) universities in the world.", LATER), "200"),
    (("The bank is one of the [10](number) largest lenders in Europe.", LATER), "10"),
    # review 36: "the money multiplier equals _____ divided by the reserve ratio" (1) offered 2 and 3
    (("The money multiplier equals [1](number) divided by the reserve ratio.", LATER), "1"),
    (("A gear ratio of [one](number) to four suits steep hills.", LATER), "one"),
    # review 37: "c. 334 – c. _____ BC" offered 157 BC: one end of a span whose other end the stem gives
    (("Zeno of Citium (c. [334](number) – c. [262](number) BC) was a philosopher.", LATER), "262"),
    (("Johannes Kepler ([1571](year) – [1630](year)) was an astronomer.", LATER), "1571"),
    # review 34: "losing eight or _____ a month" (nine days); review 36: "more than four or _____" (five)
    (("For a teenager, losing eight or [nine days](quantity) a month is hard.", LATER), "nine days"),
    (("Most families keep two or [three goats](quantity) for milk.", LATER), "three goats"),
    # review 35: "the semi-finals of the men's _____" (200 metres) offered 300 and 500 metres
    (("The final of the women's [400 metres](quantity) hurdles is on Sunday.", LATER), "400 metres"),
    (("He won the men's [10,000 metres](quantity) in Tokyo.", LATER), "10,000 metres"),
    # review 35: "rise from 14,200 rand to 15,265 rand (_____)": the same amount in dollars
    (("Wages rise from 14,200 rand to 15,265 rand ([$820](money)), the union said.", LATER), "$820"),
    (("The fine of 2 million euros ([$2.2 million](money)) was upheld.", LATER), "$2.2 million"),
    # review 29: "in the _____" (1640s) with 1643 and 1649 in the stem
    (("Expeditions of [1643](year) and [1649](year) reached the Amur in the [1640s](year).",), "1640s"),
    (("Ollila took over in [1992](year), and in the [1990s](year) Nokia led the market.",), "1990s"),
    # review 35: "stabbed him on the Ides of March (_____)": the month is in the stem
    (("Caesar was stabbed on the Ides of March ([15 March](date)) in 44 BC.", LATER), "15 March"),
    (("The March Revolution began on [8 March 1917](date) in Petrograd.", LATER), "8 March 1917"),
    # review 37: "founded in 1088 … celebrated its eighth centenary in _____" (1888)
    (("Founded in 1088, the university celebrated its eighth centenary in [1888](year).", LATER), "1888"),
    (("The town marked the 50th anniversary of its charter in [1962](year).", LATER), "1962"),
    # review 35: "won bronze at the Tokyo Olympics in _____" (2021): the Games are officially "Tokyo 2020"
    (("Kerr won bronze at the Tokyo Olympics in [2021](year).", LATER), "2021"),
    (("She won silver at the Tokyo Paralympics in [2021](year).", LATER), "2021"),
    # review 41: "divided by the labour force, multiplied by _____" (100) offered 70, 80 and 90
    (("The unemployment rate is the unemployed divided by the labour force, multiplied by [100](number).", LATER),
     "100"),
    (("To get degrees Fahrenheit, the Celsius figure is multiplied by [1.8](number) and 32 is added.", LATER), "1.8"),
    (("Density is mass divided by volume, and speed is distance divided by [60](number) here.", LATER), "60"),
    # review 42: "246,380 UK _____-year-olds had been placed" (18) offered 13, 14 and 16
    (("A total of 246,380 UK [18](number)-year-olds had been placed by midday.", LATER), "18"),
    (("The survey tested [15](number)-year-olds in 81 countries.", LATER), "15"),
    # review 49: "54 percent of people aged _____ had voted" (18 to 29) offered 23 to 36 and 25 to 41
    (("Some 54 percent of people aged [18 to 29](range) voted, the poll found.", LATER), "18 to 29"),
    (("The vaccine is offered to children aged between [5 and 11](range) this winter.", LATER), "5 and 11"),
    (("Unemployment among those between the ages of [16 and 24](range) rose sharply.", LATER), "16 and 24"),
]


@pytest.mark.parametrize(("marked", "answer"), ASKED_WITHOUT_OPTIONS,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(ASKED_WITHOUT_OPTIONS)])
def test_a_figure_no_wrong_option_can_make_fair_gets_none(marked, answer):
    assert options_for(analysis_of(*marked), answer) == ()


def test_games_on_their_own_cycle_still_get_options():
    analysis = analysis_of("She won gold at the Beijing Olympics in [2008](year).", "She retired in [2016](year).")
    for seed in range(8):
        options = options_for(analysis, "2008", seed)
        assert len(options) >= 2 and all(int(o) % 4 == 0 for o in options), options


# --- figures the stem's other figures settle (review 33-37) -----------------------------------------------------

# (marked article, answer): the stem gives the answer by a sum, so no option is offered
COMPUTABLE = [
    # review 35: a 7.5% rise "from 14,200 rand to _____" offered 17,555 and 21,371 rand
    (("Members accepted a basic pay increase of [7.5%](percent) in the first year.",
      "The wage will rise from [14,200 rand](money) to [15,265 rand](money), the union said."), "15,265 rand"),
    (("Rents rose [10%](percent) this year.", "A flat now costs [$880](money), up from [$800](money)."), "$880"),
    # review 31: "three-fifths of the Senate, or _____ of its 100 members"
    (("Cloture needs three-fifths of the Senate, or [60](number) of its [100](number) members.", LATER), "60"),
    (("Cloture needs three-fifths of the Senate, or [60](number) of its [100 members](quantity).", LATER),
     "100 members"),
    (("A two-thirds majority, [290](number) of the [435](number) members, is needed.", LATER), "290"),
    # blind review 87: "roughly 220,000 kilometres per second, about 27% below the modern value of _____ km/s"
    # (299,792) offered 224,844 and 209,854; the share and the first speed were asked the same way
    *[(("Huygens obtained a value of roughly [220,000 kilometres per second](quantity), about [27%](percent) below "
        "the modern value of [299,792](number) km/s.", LATER), answer)
      for answer in ("299,792", "27%", "220,000 kilometres per second")],
    (("The new line carries [46,000 passengers](quantity) a day, [15%](percent) more than the "
      "[40,000 passengers](quantity) forecast.", LATER), "46,000 passengers"),
]


@pytest.mark.parametrize(("marked", "answer"), COMPUTABLE, ids=[f"{r[1]}-{i}" for i, r in enumerate(COMPUTABLE)])
def test_a_figure_the_stem_gives_by_a_sum_gets_no_options(marked, answer):
    assert options_for(analysis_of(*marked), answer) == ()


def test_two_figures_and_a_share_that_do_not_agree_by_a_sum_keep_their_options():
    """'220,000, about 10% below 299,792' is no sum (220,000 is 27% below): the figures are asked as any others."""
    analysis = analysis_of("Huygens obtained a value of roughly [220,000 kilometres per second](quantity), about "
                           "[10%](percent) below the estimate of [299,792](number) km/s.", LATER)
    assert options_for(analysis, "10%") == ("15%", "20%", "30%")
    assert options_for(analysis, "299,792") == ("269,813", "344,761", "374,740")


# (marked article, answer, a test every wrong option passes)
WITHIN_A_RANGE = [
    # review 33: "stood at _____, within the target range of 1.5 to 3.5 percent" offered only figures below 1.5
    (("Inflation stood at [1.55 percent](percent), within the target range of [1.5 to 3.5 percent](range).", LATER),
     "1.55 percent", lambda o: Decimal("1.5") <= value_of(o) <= Decimal("3.5")),
    (("Inflation was [2.9 percent](percent) in May, within the target range of [2 to 4 percent](range).", LATER),
     "2.9 percent", lambda o: 2 <= value_of(o) <= 4),
    # review 33: "within Bank Indonesia's target range of _____" offered 1.7 to 4.0 percent (1.55 is stated)
    (("Inflation stood at [1.55 percent](percent), within the target range of [1.5 to 3.5 percent](range).", LATER),
     "1.5 to 3.5 percent", lambda o: (lambda f: f[0].value <= Decimal("1.55") <= f[1].value)(figures_in(o))),
    (("Inflation was [2.9 percent](percent) in May, within the target range of [2 to 4 percent](range).", LATER),
     "2 to 4 percent", lambda o: (lambda f: f[0].value <= Decimal("2.9") <= f[1].value)(figures_in(o))),
    # blind review 71: "usually measure _____ in length, with most individuals around 23 centimetres" (15 to 30)
    # offered 25 to 45 and 30 to 60 centimetres; a typical figure stays in every wrong range, which still neither
    # holds the answer nor lies inside it
    (("Adult axolotls usually measure [15 to 30 centimetres](range) in length, with most individuals around "
      "[23 centimetres](quantity).", LATER), "15 to 30 centimetres",
     lambda o: (lambda f: f[0].value <= 23 <= f[1].value and (f[0].value < 15) == (f[1].value < 30))(figures_in(o))),
    (("Adult axolotls usually measure [15 to 30 centimetres](range) in length, with most individuals around "
      "[23 centimetres](quantity).", LATER), "23 centimetres", lambda o: 15 <= value_of(o) <= 30),
    (("The snakes grow [2 to 6 metres](range) long, averaging [4 metres](quantity).", LATER), "2 to 6 metres",
     lambda o: (lambda f: f[0].value <= 4 <= f[1].value and (f[0].value < 2) == (f[1].value < 6))(figures_in(o))),
]


@pytest.mark.parametrize(("marked", "answer", "rule"), WITHIN_A_RANGE,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(WITHIN_A_RANGE)])
def test_a_figure_and_the_range_the_stem_puts_it_in_stay_together(marked, answer, rule):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2 and all(rule(o) for o in options), options


# --- years and dates near the answer and the article's own time (review 33-37) ---------------------------------

# (marked article, answer, a test every wrong option passes)
YEARS_IN_THE_STORY = [
    # review 34: "Most of the guns were recovered in the _____" (1660s) offered 1610s: before the ship was built
    (("Vasa is a Swedish warship built between [1626 and 1628](range).", "In the [1620s](year) Sweden was at war.",
      "Most of the guns were recovered in the [1660s](year) using a diving bell."), "1660s",
     lambda o: int(o[:4]) >= 1620),
    (("Marie Curie ([7 November 1867](date) – [4 July 1934](date)) was a physicist.",
      "Poland had risen against Russia in [1863](year).", "She moved to Paris in [1871](year)."), "1871",
     lambda o: int(o) >= 1867),
    # review 35: "habilitation in _____" (1919) offered 1923, 1925, 1926 while 1917 was free below
    (("Noether was born in [1882](year).", "She went to Göttingen in [1915](year).", "Her theorem appeared in "
      "[1918](year).", "She received her habilitation in [1919](year).", "From [1920](year) she turned to algebra.",
      "Her [1921](year) paper introduced rings.", "In [1922](year) she became a professor."), "1919",
     lambda o: True),
    (("The firm was founded in [1950](year).", "A plant opened in [1986](year).", "Exports began in [1987](year).",
      "It listed in [1988](year).", "A merger followed in [1990](year).", "A new chief came in [1991](year)."),
     "1988", lambda o: True),
    # review 32: "King Ezana, who ruled in the mid-4th century, converted around _____" got 430 to 440
    (("The abbey, rebuilt in the twelfth century, was consecrated in [1147](year).", LATER), "1147",
     lambda o: 1101 <= int(o) <= 1200),
    (("The 19th-century mill opened in [1895](year).", "It closed in [1990](year)."), "1895",
     lambda o: 1801 <= int(o) <= 1900),
    # review 37: "Britain declared war on Germany on _____" (4 August 1914) offered 6 January and 1 June 1914
    (("Britain declared war on Germany on [4 August 1914](date).", LATER), "4 August 1914",
     lambda o: o.split()[1] in ("May", "June", "July", "September", "October", "November")),
    (("The Soviet Union was dissolved on [26 December 1991](date).", LATER), "26 December 1991",
     lambda o: o.split()[1] in ("September", "October", "November")),
    # review 39: "the plan lacked detail on transport, where emissions rose by 6% in _____" (2022) offered 2025, 2027:
    # a plan or a target named as a noun does not make a sentence look ahead
    (("The government will ban oil boilers in new homes from [2026](year).", "Groups said the plan lacked detail on "
      "transport, where emissions rose by 6% in [2022](year)."), "2022", lambda o: int(o) <= 2023),
    (("The city will close its last coal plant in [2028](year).", "The target was set after a heatwave in "
      "[2019](year) killed 80 people."), "2019", lambda o: int(o) <= 2020),
    (("The first round is on [May 18](date) and the run-off on [June 1](date).", LATER), "June 1",
     lambda o: o.split()[0] in ("June", "July", "August", "September") or int(o.split()[1]) > 18),
]


def test_a_span_of_years_in_a_century_the_stem_names_stays_in_it():
    # review 32: "King Ezana, who ruled in the mid-4th century, converted around _____" (330 to 340) got 430 to 440
    analysis = analysis_of("King Ezana, who ruled in the mid-4th century, converted around [330 to 340](range).", LATER)
    for seed in range(8):
        assert all(301 <= f.value <= 400 for o in options_for(analysis, "330 to 340", seed) for f in figures_in(o))


def _not_apart(answer: str, options: tuple[str, ...]) -> bool:
    """The answer is between its options, or no farther from the nearest than the options are from each other."""
    values = sorted(int(o[:4]) for o in options)
    year = int(answer[:4])
    if values[0] < year < values[-1]:
        return True
    gaps = [b - a for a, b in zip(values, values[1:], strict=False)]
    return min(abs(v - year) for v in values) <= max(gaps)


@pytest.mark.parametrize(("marked", "answer", "rule"), YEARS_IN_THE_STORY,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(YEARS_IN_THE_STORY)])
def test_a_wrong_year_or_date_keeps_to_the_story_and_near_the_answer(marked, answer, rule):
    analysis = analysis_of(*marked)
    for seed in range(12):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2 and all(rule(o) for o in options), options
        if fact_of(analysis, answer).span.kind == "year":
            assert _not_apart(answer, options), options


def test_a_year_that_would_stand_apart_from_every_option_gets_none():
    # 1948 among 1952, 1953 and 1954 (every year nearer is the article's own, none before the story) is no question
    analysis = analysis_of("The Cold War began in [1947](year).", "Berlin was blockaded in [1948](year).",
                           "NATO was founded in [1949](year).", "Korea was at war in [1950](year).",
                           "An armistice was proposed in [1951](year).")
    assert all(options_for(analysis, "1948", seed) == () for seed in range(8))
    # … while 16 among 12, 13 and 14 is a question still
    analysis = analysis_of("She left school at the age of [16](number) to work in a mill.", LATER)
    assert all(len(options_for(analysis, "16", seed)) == 3 for seed in range(8))


# (marked article, answer, options never seen for any seed)
FORMS_KEPT = [
    # review 35: "founding in _____ BC" (753) offered "1,050": a year of an era has no thousands separator
    (("Rome was founded in [753](number) BC by tradition.", LATER), "753", lambda o: "," not in o),
    (("The palace burned in [980](number) BCE.", LATER), "980", lambda o: "," not in o),
    # review 35: "a total length of _____" (2,528.7 metres) offered 2,023.0 metres
    (("The bridge has a total length of [2,528.7 metres](quantity).", LATER), "2,528.7 metres",
     lambda o: ".0 " not in o),
    (("Kozjak has an area of [81.5 hectares](quantity).", LATER), "81.5 hectares", lambda o: ".0 " not in o),
    (("It draws about [1.5 million](number) visitors a year.", LATER), "1.5 million", lambda o: ".0 " not in o),
]


@pytest.mark.parametrize(("marked", "answer", "rule"), FORMS_KEPT, ids=[f"{r[1]}-{i}" for i, r in enumerate(FORMS_KEPT)])
def test_a_wrong_figure_is_written_as_the_answer_would_be(marked, answer, rule):
    analysis = analysis_of(*marked)
    for seed in range(16):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2 and all(rule(o) for o in options), options


# (marked article, answer, the whole no wrong option may reach)
PARTS_OF_A_WHOLE_BEFORE = [
    # review 32: "About _____ of the affected customers" under "hackers stole data of 2.3 million customers"
    (("Helix Pay says hackers stole data of 2.3 million customers.",
      "About [1.9 million](number) of the affected customers are in the Netherlands."), "1.9 million",
     Decimal("2.3e6")),
    (("A quake killed at least 14 people in Chile.", "Officials said [9](number) of the dead were in Taltal."),
     "9", 14),
]


@pytest.mark.parametrize(("marked", "answer", "whole"), PARTS_OF_A_WHOLE_BEFORE,
                         ids=[r[1] for r in PARTS_OF_A_WHOLE_BEFORE])
def test_a_part_of_a_group_the_prompt_has_counted_stays_below_the_count(marked, answer, whole):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2 and all(value_of(o) < whole for o in options), options


# (marked article, answer): no wrong option stands apart from the rest of the options and the answer
NO_OPTION_APART = [
    # review 30: "covering about _____" (7 million square kilometres) offered 20 million beside 5 and 9 million
    (("The Amazon basin covers about [7 million square kilometres](quantity).", LATER), "7 million square kilometres"),
    # review 37: "across almost _____" (two decades) offered six decades beside three
    (("The saga stretched across almost [two decades](quantity).", LATER), "two decades"),
    (("With about [90,000 students](quantity), it is one of the largest universities in Italy.", LATER),
     "90,000 students"),
    (("The archipelago consists of [ten volcanic islands](quantity).", LATER), "ten volcanic islands"),
    (("Tickets cost [£300](money) each at the door.", LATER), "£300"),
]


@pytest.mark.parametrize(("marked", "answer"), NO_OPTION_APART, ids=[r[1] for r in NO_OPTION_APART])
def test_no_wrong_option_stands_apart_from_the_rest(marked, answer):
    analysis = analysis_of(*marked)
    for seed in range(12):
        options = options_for(analysis, answer, seed)
        values = sorted(value_of(v) for v in (*options, answer))
        gaps = [b - a for a, b in zip(values, values[1:], strict=False)]
        assert len(options) >= 2, options
        assert values[0] == value_of(answer) or gaps[0] <= 2 * max(gaps[1:]), options
        assert values[-1] == value_of(answer) or gaps[-1] <= 2 * max(gaps[:-1]), options


def _with_headings(analysis, *indexes):
    sentences = tuple(replace(s, is_heading=True) if s.index in indexes else s for s in analysis.sentences)
    return replace(analysis, sentences=sentences)


@pytest.mark.parametrize(
    ("marked", "answer", "heading"),
    [
        # review 30: under the heading "Erosion", "_____ occurs when stones scrape the bed" offered "Erosion"
        (("[Erosion](term)", "[Abrasion](term) occurs when stones scrape against the bed.", "[Corrosion](term) is "
          "the dissolving of rock.", "[Attrition](term) rounds the stones.", "[Deposition](term) follows."),
         "Abrasion", "Erosion"),
        (("[Respiration](term)", "[Fermentation](term) releases energy without oxygen.", "Cells rely on "
          "[respiration](term) and [fermentation](term).", "[Germination](term) needs energy.", "Plants use "
          "[transpiration](term) too."), "Fermentation", "Respiration"),
    ],
)
def test_the_heading_a_term_stands_under_is_no_wrong_option_for_it(marked, answer, heading):
    analysis = _with_headings(analysis_of(*marked), 0)
    offered = {o for seed in range(8) for o in options_for(analysis, answer, seed)}
    assert offered and heading not in offered, offered


# --- options the stem does not rule out (review 38-42) -----------------------------------------------------------

# (marked article, answer): every wrong range neither holds the answer's nor lies inside it
RANGES_APART = [
    # review 28: "a bacterium is usually only _____ long" (1 to 2 µm) offered "1 to 3 µm"
    (("A cell is 10 to 30 µm across, and a bacterium is usually only [1 to 2 µm](range) long.", LATER), "1 to 2 µm"),
    (("Most adult salmon weigh [4 to 9 kg](range) when they return.", LATER), "4 to 9 kg"),
    (("The tunnel took [120 to 150](range) workers at a time.", LATER), "120 to 150"),
]


@pytest.mark.parametrize(("marked", "answer"), RANGES_APART, ids=[r[1] for r in RANGES_APART])
def test_a_wrong_range_never_holds_the_answer_nor_lies_inside_it(marked, answer):
    (low, high) = (f.value for f in figures_in(answer))
    for seed in range(8):
        options = options_for(analysis_of(*marked), answer, seed)
        assert len(options) >= 2, options
        for option in options:
            a, b = (f.value for f in figures_in(option))
            assert not (a <= low and high <= b or low <= a and b <= high), options


@pytest.mark.parametrize(
    "marked",
    [
        # review 42: "a hospital MRI scanner uses a field of _____ teslas" (1.5 to 3) offered 1.4 to 3, 1.2 to 2, 1.7 to 4
        "A hospital MRI scanner uses a field of [1.5 to 3](range) teslas.",
        "Adults need [0.8 to 1](range) grams of protein per kilogram.",
    ],
)
def test_a_range_whose_ends_differ_in_precision_gets_no_options(marked):
    analysis = analysis_of(marked, LATER)
    assert options_for(analysis, analysis.facts[0].span.text) == ()


# (marked article, answer): the stem bounds the answer on one side, and no wrong value fits between the bound and
# the answer, so the answer would always be the option next to the figure the stem states: none is offered
NO_ROOM_BEFORE_THE_BOUND = [
    # review 40: "stood at 7.57 million cases …, down from _____ in August" (7.64 million) offered 6.88 and 9.93 million
    (("The list stood at [7.57 million cases](quantity) in September, down from [7.64 million](number) in August.",
      LATER), "7.64 million"),
    # review 42: "82% of applicants had been accepted …, up from _____ last year" (80%) offered 40%, 60%, 70%
    (("UCAS said [82%](percent) of applicants had been accepted, up from [80%](percent) last year.", LATER), "80%"),
    (("Membership rose to [1,240](number) this spring, up from [1,210](number) a year ago.", LATER), "1,210"),
    # review 40: "After Maximilian's death in _____, Dürer travelled … in 1520–1521" (1519) offered 1522, 1524, 1527
    (("After Maximilian's death in [1519](year), Dürer travelled to the Low Countries in [1520–1521](range).",
      LATER), "1519"),
    (("The company was sold in [1987](year), after losses in [1984–1986](range).", LATER), "1987"),
    # review 37: "declared war on Russia on _____ and on France on 3 August" (1 August) offered 5 September
    (("Germany declared war on Russia on [1 August](date) and on France on [3 August](date).", LATER), "1 August"),
    # review 40: "Only _____ … against a target of 78%" (72.1%): no option between 72.1% and 78% on its grid
    (("Only [72.1%](percent) of patients were seen within four hours, against a target of [78%](percent).", LATER),
     "72.1%"),
    # review 40: "The list peaked at _____ in September 2023" (7.77 million) after 7.57 and 7.64 million offered 5.83 million
    (("The list stood at [7.57 million cases](quantity), down from [7.64 million](number) in August.",
      "The list peaked at [7.77 million](number) in September 2023."), "7.77 million"),
    # review 31: "convicted on five of _____" (six counts): no whole fits between five and six
    (("A jury convicted him on five of [six counts](quantity), including three counts of corruption.", LATER),
     "six counts"),
    # review 41: "followed by Kiambu with _____ and Nakuru with 2.2 million" (2.4 million)
    (("Nairobi remained the most populous county, with [4.4 million residents](quantity), followed by Kiambu with [2.4 million](number) and Nakuru with "
      "[2.2 million](number).", LATER), "2.4 million"),
]


@pytest.mark.parametrize(("marked", "answer"), NO_ROOM_BEFORE_THE_BOUND,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(NO_ROOM_BEFORE_THE_BOUND)])
def test_an_answer_next_to_the_figure_that_bounds_it_gets_no_options(marked, answer):
    analysis = analysis_of(*marked)
    for seed in range(4):
        assert options_for(analysis, answer, seed) == ()


# (marked article, answer, a test every wrong option passes; at least two options, and one between the answer and
# the figure that bounds it)
ROOM_BEFORE_THE_BOUND = [
    (("The list stood at [6.2 million cases](quantity) in May, down from [7.1 million](number) in January.", LATER),
     "7.1 million", lambda v: v > Decimal("6.2e6"), lambda v: v < Decimal("7.1e6")),
    (("Of the [£14 million](money) grant, [£12 million](money) goes to schools.", LATER), "£12 million",
     lambda v: v < Decimal("14e6"), lambda v: v > Decimal("12e6")),
    (("The new nave was begun in [1838](year), before its towers were finished in [1842–1880](range).",
      LATER), "1838", lambda v: v < 1842, lambda v: v > 1838),
    (("After the war of [1861–1865](range) he settled in Ohio in [1868](year).", "He died in [1890](year)."), "1868",
     lambda v: v > 1865, lambda v: v < 1868),
    # a record stays above every figure of its measure the prompt shows, a record low below
    (("Visitors fell to [2.9 million](number) last year.", "Numbers peaked at [3.4 million](number) in 2019."),
     "3.4 million", lambda v: v > Decimal("2.9e6"), lambda v: v < Decimal("3.4e6")),
    (("Unemployment stood at [1.4 million](number) in March.", "It hit an all-time low of [1.2 million](number) in "
      "2004."), "1.2 million", lambda v: v < Decimal("1.4e6"), lambda v: v > Decimal("1.2e6")),
]


@pytest.mark.parametrize(("marked", "answer", "rule", "between"), ROOM_BEFORE_THE_BOUND,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(ROOM_BEFORE_THE_BOUND)])
def test_a_bounded_answer_keeps_its_options_on_its_side_with_room_between(marked, answer, rule, between):
    analysis = analysis_of(*marked)
    seen_between = False
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2 and all(rule(value_of(o)) for o in options), options
        seen_between |= any(between(value_of(o)) for o in options)
    assert seen_between


@pytest.mark.parametrize(
    ("title", "marked", "answer", "span"),
    [
        # review 38: under "The American Civil War, 1861–1865", "In _____ Sherman captured Atlanta" offered 1856, 1859
        ("The American Civil War, 1861–1865", ("In [1864](year) Sherman captured Atlanta.", "Lee surrendered in "
         "[1865](year)."), "1864", (1861, 1865)),
        ("Britain in the Second World War (1939-45)", ("Rationing of sugar began in [1940](year).",
         "Food rationing ended in [1954](year)."), "1940", (1939, 1945)),
        ("The Thirty Years' War, 1618 to 1648", ("The Bohemian revolt was crushed in [1620](year).",), "1620",
         (1618, 1648)),
    ],
)
def test_a_year_inside_the_span_of_years_a_title_names_gets_options_inside_it(title, marked, answer, span):
    analysis = analysis_of(*marked)
    analysis = replace(analysis, document=replace(analysis.document, title=title))
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert options and all(span[0] <= int(o) <= span[1] for o in options), options


@pytest.mark.parametrize(
    ("title", "marked", "answer", "rule"),
    [
        # review 48: under "The Black Death, 1347–1351", "In _____ it reached … Kaffa" (1346) offered 1352 and 1354
        ("The Black Death, 1347–1351", ("The plague began in Central Asia.", "In [1346](year) it reached the Mongol "
         "army besieging Kaffa."), "1346", lambda y: y < 1347),
        # review 49: "first travelled to Spitsbergen in 1858 … He returned in _____" (1861) offered 1854 and 1856
        ("Arctic voyages", ("Nordenskiöld was born in Helsinki in [1832](year).", "[Nordenskiöld](person) first travelled to Spitsbergen in [1859](year).",
         "He returned to the islands in [1861](year) with a larger party."), "1861", lambda y: y > 1859),
        # review 45: "… approved it in December 2020. … agreed to fund it in _____" (2022) offered 2017 and 2018
        ("Gene therapy approved", ("The disorder was first described in [2010](year).", "[Anna Berg](person) was made chief executive in [December 2021](date).",
         "She agreed to fund the new plant in [2022](year)."), "2022", lambda y: y > 2021),
        # review 62: "In 376 a large group of Goths asked to cross … in _____ they destroyed a Roman army" (378)
        # offered 340: a year of three digits is a year shown too
        ("The Fall of Rome", ("In [376](number) a large group of [Goths](name) asked to cross the [Danube](place).",
         "Badly treated by Roman officials, they rebelled, and in [378](number) they destroyed a Roman army."),
         "378",
         lambda y: y > 376),
    ],
)
def test_a_year_keeps_to_its_side_of_the_years_the_title_and_the_sentence_before_show(title, marked, answer, rule):
    analysis = analysis_of(*marked, "The report came out in [2024](year).")
    analysis = replace(analysis, document=replace(analysis.document, title=title))
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert options and all(rule(int(o)) for o in options), options


@pytest.mark.parametrize(
    ("marked", "answer", "half_step"),
    [
        # review 45: "within _____ of an active volcano" (100 kilometres) offered 70, 80 and 90 kilometres
        ("Around 800 million people live within [100 kilometres](quantity) of an active volcano.", "100 kilometres",
         50),
        # review 30: "decline by about _____ by 2040" (10%) offered 6%, 7% and 8%
        ("The population is expected to decline by about [10%](percent) by 2040.", "10%", 5),
        # review 50: "the largest unit, the tumen, contained _____ men" (10,000) offered 7,000, 8,000 and 9,000
        ("The largest unit of the army contained [10,000](number) men.", "10,000", 5000),
        ("Pure water boils at [100 °C](quantity) at sea level.", "100 °C", 50),
    ],
)
def test_a_power_of_ten_gets_options_on_its_half_step_never_a_run_below_it(marked, answer, half_step):
    analysis = analysis_of(marked, "The report came out in [2023](year).")
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) == 3 and all(value_of(o) % half_step == 0 for o in options), options


@pytest.mark.parametrize(
    ("marked", "answer", "year_like"),
    [
        # review 51: "reunified most of China by _____," (979) offered 1,220 and 1,270
        ("He and his brother reunified most of China by [979](number), ending a long period of division.", "979",
         True),
        # review 47: "After Trajan's death in _____," (117) offered 135, 146 and 164
        ("After Trajan's death in [117](number), the architect fell out of favour.", "117", True),
        # review 57: "The earliest written record of the town dates from _____," (965) offered 1,110 and 724
        ("The earliest written record of the town dates from [965](number), when a merchant described it.", "965",
         True),
        ("The oldest part of the church dates back to [870](number), though the tower is later.", "870", True),
        # blind review 84: "The monastery of St. Naum was founded in about _____." (905) offered 634 and 1,130
        ("The monastery of St. Naum was founded in about [905](number).", "905", True),
        ("Visits rose in about [500](number) cases.", "500", False),
        ("Prices ranged from [965](number), the cheapest, to 2,400 for the suites.", "965", False),
        ("The slope of the front is often about 1 in [150](number), so the cloud spreads far.", "150", False),
        ("The hall was built in [300](number) days by the town's masons.", "300", False),
    ],
)
def test_a_bare_three_digit_year_gets_years_near_it_without_a_separator(marked, answer, year_like):
    analysis = analysis_of(marked, "The report came out in [2023](year).")
    offered = [o for seed in range(8) for o in options_for(analysis, answer, seed)]
    near = all(abs(value_of(o) - int(answer)) <= 8 and "," not in o for o in offered)
    assert offered and near is year_like, offered


@pytest.mark.parametrize(
    ("marked", "answer"),
    [
        # review 44: "commissioned Normandie in the late _____" (1920s) offered the 1880s and 1890s
        ("The government commissioned the liner in the late [1920s](year) as a prestige project.", "1920s"),
        # review 45: "By the late _____ more than 13 million people lived in such villages" (1970s) offered the 1930s
        ("By the late [1970s](year) more than 13 million people lived in such villages.", "1970s"),
    ],
)
def test_a_decade_gets_decades_at_most_three_off(marked, answer):
    analysis = analysis_of(marked, "He was born in [1880](year).", "The report came out in [2010](year).")
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert options and all(abs(int(o[:4]) - int(answer[:4])) <= 30 for o in options), options


@pytest.mark.parametrize(
    ("marked", "answer", "latest"),
    [
        # review 41: "said it would recall … in the company's largest recall since _____" (2021) offered 2025, 2027
        (("Volvo said it would recall 412,000 cars, its largest recall since [2021](year).",
          "It sold 763,389 cars in [2024](year).", "It plans to sell only electric cars by [2030](year)."), "2021", 2024),
        # review 47: "In _____, the Senate passed a bill that would have required …" (2023) offered 2025 and 2027
        (("In [2023](year), the Senate passed a bill that would have required doctors to stay, but it was dropped.",
          "Doctors went on strike in [2022](year)."), "2023", 2024),
    ],
)
def test_a_year_looked_back_on_gets_no_year_after_the_articles_own_time(marked, answer, latest):
    analysis = analysis_of(*marked, "The union was founded in [2015](year).")
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert options and all(int(o) <= latest for o in options), options


@pytest.mark.parametrize(
    ("marked", "answer", "expected_any"),
    [
        # review 51: "the deadliest season was _____, when an avalanche on 23 February 1999 …" offered 1997-99, 1996-99
        (("The deadliest season was [1998-99](range), when an avalanche on [23 February 1999](date) killed 31 people.",),
         "1998-99", False),
        (("The deadliest season was [1998-99](range), when avalanches killed 31 people.",), "1998-99", True),
    ],
)
def test_a_season_whose_year_the_sentence_states_gets_no_options(marked, answer, expected_any):
    analysis = analysis_of(*marked, "The report came out in [2024](year).", "Records began in [1950](year).")
    for seed in range(4):
        options = options_for(analysis, answer, seed)
        assert bool(options) is expected_any, options
        assert all(int(o[5:]) - int(o[2:4]) in (1, -99) for o in options), options  # every option a season


@pytest.mark.parametrize(
    ("marked", "answer", "allowed"),
    [
        # review 43: "each step of one pH unit represents a _____ change" (tenfold) offered ninefold and twelvefold
        ("Each step of one pH unit represents a [tenfold](multiplier) change in concentration.", "tenfold",
         {"twofold", "fivefold", "twentyfold", "fiftyfold"}),
        ("Output grew [100-fold](multiplier) after the reform.", "100-fold",
         {"20-fold", "50-fold", "200-fold", "500-fold"}),
    ],
)
def test_a_tenfold_or_hundredfold_change_gets_round_factors(marked, answer, allowed):
    analysis = analysis_of(marked, "The report came out in [2023](year).")
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) == 3 and set(options) <= allowed, options


def test_figures_told_one_after_another_are_no_ranking():
    """'7.5% in the first year, followed by rises of 6.5%': a sequence, so a later rise may be offered above 7.5%."""
    analysis = analysis_of("Members accepted a rise of [7.5%](percent) in the first year, followed by rises of "
                           "[6.5%](percent) in each of the next two years.", LATER)
    offered = {o for seed in range(8) for o in options_for(analysis, "6.5%", seed)}
    assert any(value_of(o) > Decimal("7.5") for o in offered), offered


# (marked article, answer): never the only option of its head (whole part under ten, number of digits above)
NOT_THE_ODD_HEAD_OUT = [
    # review 36: "fell to _____" (4.38%) offered 3.07%, 3.29% and 3.94%: the answer was the only 4
    (("The average two-year fixed rate fell to [4.38%](percent) in April.", LATER), "4.38%"),
    (("Each dose costs about $1.50, bringing the cost to roughly [$1.8 million](money).", LATER), "$1.8 million"),
    (("A red blood cell lives for about [120 days](quantity).", LATER), "120 days"),
    (("The planet lies about [97](number) light-years from Earth.", LATER), "97"),
]


@pytest.mark.parametrize(("marked", "answer"), NOT_THE_ODD_HEAD_OUT, ids=[r[1] for r in NOT_THE_ODD_HEAD_OUT])
def test_the_answer_is_never_the_only_option_of_its_head(marked, answer):
    def head(text):
        value = figures_in(text)[0].value
        return len(str(int(value))), int(value) if value < 10 else None

    analysis = analysis_of(*marked)
    for seed in range(16):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2, options
        heads = {head(o) for o in options}
        assert len(heads) > 1 or head(answer) in heads, options


# (marked article, answer, the values wrong options may take): a period or a rate's base after "every" keeps the
# answer's roundness
EVERY_ROUND = [
    # review 41: "Kenya has carried out a census every _____ since 1969" (10 years) offered 6, 7 and 9 years
    (("Kenya has carried out a census every [10 years](quantity) since 1969.", LATER), "10 years",
     lambda v: v % 5 == 0),
    (("On average, temperature falls by about 6.5 °C for every [1,000 metres](quantity) of height.", LATER),
     "1,000 metres", lambda v: v % 500 == 0),
    (("The committee reviews the list every [20 years](quantity).", LATER), "20 years", lambda v: v % 5 == 0),
    (("Its light flashes once every [four seconds](quantity).", LATER), "four seconds", lambda v: True),
]


@pytest.mark.parametrize(("marked", "answer", "rule"), EVERY_ROUND, ids=[r[1] for r in EVERY_ROUND])
def test_a_round_period_after_every_gets_round_wrong_options(marked, answer, rule):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2 and all(rule(value_of(o)) for o in options), options


# --- wave 5: options a student rules out by the answer's precision, its centre, its time or its season --------------

# (marked article, answer, a test every wrong option passes); the answer's value is `a` in the tests
MEASURED_CLOSELY = [
    # blind review 91: "Only three British women have ever broken _____" (22.10 seconds) offered 17.68 and 28.73
    # seconds, "won the men's 400m hurdles in _____" (46.93) 32.85 and 37.54: a time to the hundredth lies near its rivals
    (("Only three British women have ever broken [22.10 seconds](quantity).", LATER), "22.10 seconds",
     lambda o, a: abs(o - a) <= a * Decimal("0.13")),
    (("Norway's Erik Solberg won the men's 400m hurdles in [46.93](number).", LATER), "46.93",
     lambda o, a: abs(o - a) <= a * Decimal("0.13")),
    # blind review 86: "The Dead Sea's density, about _____" (1.24 kg per litre) offered 0.87 and 0.99, less than water
    (("The Dead Sea's density, about [1.24 kg per litre](quantity), allows swimmers to float.", LATER),
     "1.24 kg per litre", lambda o, a: abs(o - a) <= a * Decimal("0.13")),
    (("Absolute zero is [−273.15 °C](quantity).", LATER), "−273.15 °C",
     lambda o, a: abs(o - a) <= abs(a) * Decimal("0.14")),
    # guards: a figure of one decimal, a count, a share and a rate set on quarters keep rivals farther off
    (("Inflation rose to [8.2%](percent) in May.", LATER), "8.2%", lambda o, a: True),
    (("The army had [28,500](number) soldiers in the field.", LATER), "28,500", lambda o, a: True),
    (("The Bank of Japan raised its policy rate to [0.25%](percent) in July.", LATER), "0.25%", lambda o, a: True),
]


@pytest.mark.parametrize(("marked", "answer", "rule"), MEASURED_CLOSELY, ids=[r[1] for r in MEASURED_CLOSELY])
def test_a_figure_measured_closely_gets_rivals_as_close(marked, answer, rule):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) == 3 and all(rule(value_of(o), value_of(answer)) for o in options), options


@pytest.mark.parametrize(
    ("marked", "answer"),
    [
        ("The stage covered [171.5 km](quantity) from Montélimar.", "171.5 km"),
        ("Mahama won [56.55 percent](percent) of the vote.", "56.55 percent"),
        ("Sales reached [$2.07 billion](money) in the quarter.", "$2.07 billion"),
    ],
)
def test_a_figure_of_one_decimal_a_share_or_money_still_gets_rivals_a_fifth_off(marked, answer):
    # guard: the close factors are only for measurements to the hundredth; these keep their usual spread
    analysis = analysis_of(marked, LATER)
    value = value_of(answer)
    spreads = {abs(value_of(o) - value) for seed in range(8) for o in options_for(analysis, answer, seed)}
    assert max(spreads) > value * Decimal("0.15")


# blind review 90: "Rainfall between _____ of the LPA is classed as normal" (96% and 104%) offered 72% and 78%: a band
# around 100% keeps its centre, and only its width is asked
BANDS = [
    (("Rainfall between [96% and 104%](range) of the LPA is classed as \"normal\".", LATER), "96% and 104%", 200),
    (("Output between [90 and 110 percent](range) of the quota is accepted.", LATER), "90 and 110 percent", 200),
]


@pytest.mark.parametrize(("marked", "answer", "ends"), BANDS, ids=[r[1] for r in BANDS])
def test_a_band_around_a_round_whole_keeps_its_centre(marked, answer, ends):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) == 3 and all(sum(f.value for f in figures_in(o)) == ends for o in options), options


def test_a_share_of_a_crop_stays_at_most_all_of_it():
    # guard (blind review 71): a share of a whole that is no band keeps under 100 percent
    analysis = analysis_of("Growers said some plots had lost between [50 and 90 percent](range) of their crop.", LATER)
    for seed in range(8):
        assert all(f.value <= 100 for o in options_for(analysis, "50 and 90 percent", seed) for f in figures_in(o))


# blind reviews 80, 90: "takes between _____" (four and nine months) offered five and ten, five and eleven, five and
# twelve months; "roughly _____ of every 10,000 courses" (1 to 5) 2 to 8, 2 to 9, 2 to 10: an end every wrong option
# shares and the answer lacks makes the answer the odd one out
ODD_END_OUT = [
    (("Approval is a process that typically takes between [four and nine months](range).", LATER),
     "four and nine months"),
    (("Severe anaphylaxis is rare, occurring in roughly [1 to 5](range) of every 10,000 courses of treatment.", LATER),
     "1 to 5"),
]


@pytest.mark.parametrize(("marked", "answer"), ODD_END_OUT, ids=[r[1] for r in ODD_END_OUT])
def test_no_end_is_shared_by_every_wrong_range_but_not_the_answer(marked, answer):
    analysis = analysis_of(*marked)
    for seed in range(16):
        options = options_for(analysis, answer, seed)
        ends = [{f.value for f in figures_in(o)} for o in options]
        if len(options) > 1:
            assert not set.intersection(*ends) - {f.value for f in figures_in(answer)}, options


def test_a_range_of_round_ends_keeps_its_usual_rivals():
    # guard: rivals that share an end with each other but not all of them stay as they were
    analysis = analysis_of("Each hive holds [200-500](range) drones in summer.", LATER)
    assert options_for(analysis, "200-500") == ("100-400", "300-600", "300-700")


# blind review 91: "Construction of clean rooms is due to start in _____" (Jan. 2025) offered Nov. 2022 and Aug. 2023
# in a story whose past reaches 2023: a start that is due lies after the story's past
DUE_AHEAD = [
    (("Venture funding fell by 27% in [2023](year).", "Construction of clean rooms is due to start in "
      "[Jan. 2025](date)."), "Jan. 2025", 2024),
    (("The plant closed in [2022](year).", "The new line will open in [March 2026](date)."), "March 2026", 2023),
]


@pytest.mark.parametrize(("marked", "answer", "first"), DUE_AHEAD, ids=[r[1] for r in DUE_AHEAD])
def test_a_date_the_story_looks_ahead_to_gets_no_rival_in_its_past(marked, answer, first):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) == 3 and all(int(o[-4:]) >= first for o in options), options


def test_a_date_looked_back_on_may_still_have_rivals_before_it():
    # guard: "began in March 2026" after a year of 2022 looks back, and its rivals lie on both sides
    analysis = analysis_of("The plant closed in [2022](year).", "The new line opened in [March 2026](date).")
    years = {int(o[-4:]) for seed in range(8) for o in options_for(analysis, "March 2026", seed)}
    assert min(years) < 2026


# blind review 87: "Karachi's deadliest heatwave on record, in _____" (June 2015) offered March 2012 and January 2016:
# an event of a season gets months near the answer's own
SEASONS = [
    (("Karachi's deadliest heatwave on record, in [June 2015](date), killed more than 1,200 people.", LATER),
     "June 2015", 6),
    (("The worst blizzard in the city's history struck in [February 1978](date).", LATER), "February 1978", 2),
    (("Hurricane Ines made landfall in [September 2009](date).", LATER), "September 2009", 9),
]
_MONTHS = "January February March April May June July August September October November December".split()


@pytest.mark.parametrize(("marked", "answer", "month"), SEASONS, ids=[r[1] for r in SEASONS])
def test_an_event_of_a_season_gets_months_near_its_own(marked, answer, month):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        near = [min((_MONTHS.index(o.split()[0]) + 1 - month) % 12, (month - _MONTHS.index(o.split()[0]) - 1) % 12)
                for o in options]
        assert len(options) >= 2 and max(near) <= 2, options


def test_a_date_of_no_season_gets_months_of_the_whole_year():
    # guard: "The treaty was signed in June 2015" keeps rivals in any month
    analysis = analysis_of("The treaty was signed in [June 2015](date).", LATER)
    months = {o.split()[0] for seed in range(8) for o in options_for(analysis, "June 2015", seed)}
    assert months - {"April", "May", "July", "August"}


# blind review 90: "Hollerith used punched cards to tabulate the _____ U.S. census" (1890) offered 1886, 1887 and 1889:
# a census year gets census years, ten apart
CENSUS = [
    (("Hollerith used punched cards to tabulate the [1890](year) U.S. census.", "IBM was formed in [1924](year)."),
     "1890"),
    (("The census of [1901](year) counted 41 million people.", "A new count followed in [1951](year)."), "1901"),
]


@pytest.mark.parametrize(("marked", "answer"), CENSUS, ids=[r[1] for r in CENSUS])
def test_a_census_year_gets_census_years(marked, answer):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2 and all((int(o) - int(answer)) % 10 == 0 for o in options), options


def test_a_year_beside_no_census_moves_by_years():
    # guard: "moved to New York in 1890" gets years near it, not only decades
    analysis = analysis_of("Hollerith moved to New York in [1890](year).", "IBM was formed in [1924](year).")
    years = {int(o) for seed in range(8) for o in options_for(analysis, "1890", seed)}
    assert any((y - 1890) % 10 for y in years), years


def test_the_latest_census_of_a_report_keeps_years_near_it():
    # guard: "the results of the _____ national census released on Monday" (2019) has no census after it to offer,
    # and census years all before it would leave the answer the latest option
    analysis = analysis_of("Kenya's population has grown to 47.6 million, according to the results of the "
                           "[2019](year) national census released on Monday.", "Growth slowed after [2009](year).")
    for seed in range(8):
        options = options_for(analysis, "2019", seed)
        assert len(options) == 3 and all(2009 < int(o) <= 2020 for o in options), options


# blind review 75: "the pertussis vaccine, which is offered between _____ of pregnancy" (16 and 32 weeks) offered 20
# and 40, 20 and 42 weeks: what is done in a pregnancy is done within its forty weeks
PREGNANCY = [
    (("The vaccine is offered between [16 and 32 weeks](range) of pregnancy.", LATER), "16 and 32 weeks"),
    (("The scan is done at [36 weeks](quantity) of pregnancy.", LATER), "36 weeks"),
]


@pytest.mark.parametrize(("marked", "answer"), PREGNANCY, ids=[r[1] for r in PREGNANCY])
def test_weeks_of_pregnancy_stay_under_forty(marked, answer):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2 and all(f.value < 40 for o in options for f in figures_in(o)), options


def test_weeks_of_anything_else_may_pass_forty():
    # guard: "a trial of 36 weeks" is no pregnancy
    analysis = analysis_of("The trial ran for [36 weeks](quantity) in all.", LATER)
    assert any(value_of(o) > 40 for seed in range(8) for o in options_for(analysis, "36 weeks", seed))


_MONTH_NUMBERS = {name: i for i, name in enumerate(_MONTHS, start=1)}


@pytest.mark.parametrize(
    ("opening", "marked", "answer", "death"),
    [
        # blind review 82: "(c. 1532 – 16 November 1625) … In _____ van Dyck visited her" (July 1624) offered May 1626
        # and February 1627, after her death
        ("Sofonisba Anguissola (c. 1532 – 16 November 1625) was an Italian painter.",
         "In [July 1624](date) the painter Anthony van Dyck visited her.", "July 1624", (1625, 11)),
        ("Vitus Bering (5 August 1681 – 19 December 1741) was a Danish explorer.",
         "The ships were ready in [March 1740](date) at Okhotsk.", "March 1740", (1741, 12)),
    ],
    ids=["July 1624", "March 1740"],
)
def test_a_date_of_a_life_a_year_before_the_death_gets_no_rival_after_it(opening, marked, answer, death):
    analysis = analysis_of(opening, marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) == 3, options
        assert all((int(o.split()[1]), _MONTH_NUMBERS[o.split()[0]]) <= death for o in options), options


# blind review 89: "During the Second World War, British forces occupied the islands from April _____" (1940 to 1945)
# offered 1938 to 1943 and 1942 to 1947: a time the sentence sets in a world war stays in it
WAR_YEARS = [
    (("During the Second World War, the port was bombed in [1941](year).", LATER), "1941", (1939, 1945)),
    (("In [1916](year), during the First World War, the factory made shells.", LATER), "1916", (1914, 1918)),
    (("During World War II the town was occupied from [1940 to 1944](range).", LATER), "1940 to 1944", (1939, 1945)),
]


@pytest.mark.parametrize(("marked", "answer", "war"), WAR_YEARS, ids=[r[1] for r in WAR_YEARS])
def test_a_time_set_in_a_world_war_stays_in_it(marked, answer, war):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert options and all(war[0] <= f.value <= war[1] for o in options for f in figures_in(o)), options


def test_a_year_after_a_world_war_may_go_past_it():
    # guard: "After the Second World War, in 1950" is no year of the war
    analysis = analysis_of("After the Second World War, the port was rebuilt in [1950](year).", LATER)
    assert options_for(analysis, "1950")


def test_a_date_months_before_the_death_keeps_its_rivals_after_it():
    # guard: "sailed in June 1741" (died December 1741) or the death date itself would be the latest option every time
    analysis = analysis_of("Vitus Bering (5 August 1681 – 19 December 1741) was a Danish explorer.",
                           "The ships sailed in [June 1741](date) from Kamchatka.")
    assert any(int(o[-4:]) > 1741 for seed in range(8) for o in options_for(analysis, "June 1741", seed))


# --- wave 7: options the stem or the article's own time rules out (blind reviews 86, 96-98) ----------------------

# a report of January 2025: its past reaches 2024, and it names deadlines in 2026 and 2028 without a word of the future
A_REPORT_WITH_DEADLINES = (
    "The law that passed in [September 2023](date) softened the timetable, linking it to local deadlines in "
    "[2026](year) and [2028](year).",
    "Installers say the picture is mixed.",
)
# (marked article, answer, the latest year any wrong option may name)
PAST_FACTS_IN_A_REPORT = [
    # blind review 98: "Manufacturers sold about 210,000 heat pumps for homes in _____" (2024) offered 2029
    (("Manufacturers sold about 210,000 heat pumps for homes in [2024](year), down from a record the year before.",
      *A_REPORT_WITH_DEADLINES), "2024", 2025),
    # blind review 98: "Much of the hesitation dates back to _____" (the summer of 2023) offered the summer of 2026
    (("Much of the hesitation dates back to [the summer of 2023](date), when a draft set off a row.",
      "Prices averaged about 40 cents in [2024](year).", *A_REPORT_WITH_DEADLINES), "the summer of 2023", 2024),
    # blind review 93: "Since _____, attacks by Houthi rebels …" (late 2023) offered late 2026 in a report of 2025,
    # whose port "is due to start storing CO2 from 2026" and "warned that a recovery is unlikely before 2026"
    (("Since [late 2023](date), attacks on merchant vessels have forced most lines to avoid the canal.",
      "Throughput fell 6.4% in [2024](year) to 412.3 million tonnes.",
      "The port warned that a recovery is unlikely before [2026](year).",
      "Porthos is due to start storing CO2 from [2026](year)."), "late 2023", 2024),
]


@pytest.mark.parametrize(("marked", "answer", "latest"), PAST_FACTS_IN_A_REPORT,
                         ids=[r[1] for r in PAST_FACTS_IN_A_REPORT])
def test_a_past_fact_gets_no_year_after_the_latest_the_article_tells_as_past(marked, answer, latest):
    analysis = analysis_of(*marked)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        years = [int(f.value) for o in options for f in figures_in(o)]
        assert len(options) == 3 and max(years) <= latest, options


def test_a_report_whose_past_reaches_its_latest_year_still_goes_one_year_past_it():
    analysis = analysis_of("Sales fell in [2023](year).", "The plant was shut in [2024](year) after a fire.")
    seen = {int(o) for seed in range(16) for o in options_for(analysis, "2023", seed)}
    assert max(seen) == 2025


def test_a_forecast_in_a_report_with_deadlines_still_gets_future_years():
    analysis = analysis_of(*A_REPORT_WITH_DEADLINES, "Sales are expected to recover by [2030](year).")
    for seed in range(8):
        options = options_for(analysis, "2030", seed)
        assert len(options) == 3 and all(int(o) > 2025 for o in options), options


def test_the_middle_of_a_decade_told_as_past_is_behind_the_articles_own_time():
    # blind review 86: "up from roughly 20,000 hectares in the mid-_____" (2000s) offered the 2020s in a report of 2024
    analysis = analysis_of(
        "Peru now has 73,000 hectares of avocados, up from roughly 20,000 hectares in the mid-[2000s](year).",
        "The coastal El Niño of [2023](year) brought heavy rain.",
    )
    for seed in range(8):
        options = options_for(analysis, "2000s", seed)
        assert len(options) == 3 and "2020s" not in options, options


# blind review 98: "In type _____ diabetes the body's cells stop responding" (2) offered 3, 5 and 6: a label
LABELS = [
    (("In type [2](number) diabetes the body's cells stop responding properly to insulin.", LATER), "2"),
    (("Patients with stage [3](number) cancer were given the drug.", LATER), "3"),
    (("Article [9](number) of the constitution renounces war.", LATER), "9"),
    (("The vaccine entered a phase [3](number) trial in the spring.", LATER), "3"),
]


@pytest.mark.parametrize(("marked", "answer"), LABELS, ids=[r[0][0][:20] for r in LABELS])
def test_a_number_that_names_a_type_or_stage_gets_no_made_up_rivals(marked, answer):
    assert options_for(analysis_of(*marked), answer) == ()


@pytest.mark.parametrize("marked", [
    "The school had a class of [30](number) pupils in each year.",
    "The survey found [12](number) types of beetle in the wood.",
])
def test_a_count_near_a_word_for_a_kind_still_gets_options(marked):
    analysis = analysis_of(marked, LATER)
    assert len(options_for(analysis, analysis.facts[0].span.text)) == 3


POWERS_OF_TWO = {Decimal(2) ** k for k in range(2, 12)}
SIZES_IN_BITS = [
    # blind review 96: "IPv6 uses _____-bit addresses" (128) offered 102, 147 and 166
    ("Because IPv4 allows only about 4.3 billion addresses, IPv6 uses [128](number)-bit addresses.", "128"),
    ("Most computers sold today have a [64](number)-bit processor.", "64"),
    ("Each character was stored in [8](number) bits of memory.", "8"),
]


@pytest.mark.parametrize(("marked", "answer"), SIZES_IN_BITS, ids=[r[1] for r in SIZES_IN_BITS])
def test_a_size_in_bits_gets_other_powers_of_two(marked, answer):
    analysis = analysis_of(marked, LATER)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) == 3 and all(value_of(o) in POWERS_OF_TWO for o in options), options


def test_a_size_in_bits_that_is_no_power_of_two_keeps_its_usual_rivals():
    analysis = analysis_of("Every card has a unique [48](number)-bit address set by its maker.", LATER)
    assert len(options_for(analysis, "48")) == 3


# (marked sentence, answer, a test every wrong option passes): where a change started, with a year between it and
# the figure it came to
CHANGES_ACROSS_A_YEAR = [
    # blind review 97: "recorded 426 human rabies deaths in 2023, up from _____ the year before" (359) offered 467
    ("The country recorded [426](number) human rabies deaths in [2023](year), up from [359](number) the year before.",
     "359", lambda v: v < 426),
    ("Sales fell to [210,000](number) units in [2024](year), down from [356,000](number) the year before.", "356,000",
     lambda v: v > 210_000),
    ("Exports reached [$1.9 billion](money) in [March 2024](date), up from [$1.1 billion](money) a year earlier.",
     "$1.1 billion", lambda v: v < Decimal("1.9e9")),
]

# blind review 99: "1.6 million tick bites in 2024, up from roughly _____" offered 1.7 and 1.8 million; a hedge
# between "up from" and the figure leaves the change's sides as they are (no options at all, a cloze card, is fine)
HEDGED_CHANGES = [
    ("Doctors recorded about [1.6 million](number) tick bites in [2024](year), up from roughly [1.3 million](number) a "
     "year earlier.", "1.3 million", lambda v: v < Decimal("1.6e6")),
    ("Doctors recorded about [1.6 million](number) tick bites in [2024](year), up from roughly [1.3 million](number) a "
     "year earlier.", "1.6 million", lambda v: v > Decimal("1.3e6")),
    ("Sales fell to about [210,000](number) units, down from some [356,000](number) the year before.", "356,000",
     lambda v: v > 210_000),
]


@pytest.mark.parametrize(("marked", "answer", "rule"), HEDGED_CHANGES, ids=[r[1] for r in HEDGED_CHANGES])
def test_a_hedged_start_of_a_change_stays_on_its_side(marked, answer, rule):
    analysis = analysis_of(marked, LATER)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert all(rule(value_of(o)) for o in options), options


@pytest.mark.parametrize(("marked", "answer", "rule"), CHANGES_ACROSS_A_YEAR, ids=[r[1] for r in CHANGES_ACROSS_A_YEAR])
def test_where_a_change_started_stays_on_its_side_of_where_it_came_to(marked, answer, rule):
    analysis = analysis_of(marked, LATER)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert len(options) >= 2 and all(rule(value_of(o)) for o in options), options


# blind review 101: "Eggs incubated at about 21 °C produce mostly females, while those at _____ or above produce mostly
# males" (22 °C) offered 15 and 20 °C: a threshold told "or above" keeps to its side of the figure before it
THRESHOLDS_BESIDE_A_FIGURE = [
    ("Eggs incubated at about [21 °C](quantity) produce mostly females, while those at [22 °C](quantity) or above "
     "produce mostly males.", "22 °C", lambda v: v > 21),
    ("Eggs incubated at about [21 °C](quantity) produce mostly females, while those at [22 °C](quantity) or above "
     "produce mostly males.", "21 °C", lambda v: v < 22),
    ("Most adults sleep about [7 hours](quantity) a night, and those who sleep [9 hours](quantity) or more are rare.",
     "9 hours", lambda v: v > 7),
]


@pytest.mark.parametrize(("marked", "answer", "rule"), THRESHOLDS_BESIDE_A_FIGURE,
                         ids=[r[1] for r in THRESHOLDS_BESIDE_A_FIGURE])
def test_a_threshold_told_or_above_keeps_to_its_side_of_the_figure_before_it(marked, answer, rule):
    analysis = analysis_of(marked, LATER)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert all(rule(value_of(o)) for o in options), options
