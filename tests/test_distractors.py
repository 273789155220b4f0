"""Wrong options: same kind and form as the answer, plausible, distinct, never true by the article."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from handmade import analysis_of, fact_of
from hypothesis import given, settings
from hypothesis import strategies as st

import quizgen
from quizgen.analyse import analyse
from quizgen.questions.distractors import distractors_for
from quizgen.questions.flaws import duplicate_flaws, flaws_of
from quizgen.questions.numbers import figures_in, month_matches, normalise, same_format, value_of
from quizgen.questions.sides import backwards
from quizgen.questions.text import contains_phrase, needs_an
from quizgen.read.source import read_source

CONTEXT = "The figures were published in [2021](year)."

# (marked sentence, answer, the three distractors for seed 1 in an article whose latest year is 2021)
FIGURES = [
    ("Defence spending rose by [8.2%](percent) last year.", "8.2%", ("7.4%", "9.4%", "10.3%")),
    ("Unemployment fell to [13 per cent](percent) in the region.", "13 per cent",
     ("12 per cent", "15 per cent", "16 per cent")),
    ("About [45 percent](percent) of voters backed the plan.", "45 percent", ("35 percent", "55 percent", "60 percent")),  # "about": none nearer than 15%, and on fives as 45 is
    ("Turnout reached [99.5%](percent) in the village.", "99.5%", ("69.7%", "79.6%", "89.6%")),
    ("Sales rose by [150%](percent) after the launch.", "150%", ("100%", "200%", "250%")),
    ("Sales rose by [140%](percent) after the launch.", "140%", ("130%", "160%", "180%")),
    # two figures ending in five are written on fives, and so are their rivals (blind reviews 92 and 93: "56%" and
    # "29%" beside "75%" and "25%" stood apart); more figures are counted, not written on fives
    ("The monsoon provides around [75%](percent) of India's yearly rainfall.", "75%", ("45%", "60%", "95%")),
    ("Guests will receive a [25%](percent) credit towards a future cruise.", "25%", ("20%", "30%", "35%")),
    ("The hospital has [945](number) beds.", "945", ("851", "1,090", "1,180")),
    ("The budget was [$915 million](money) for the year.", "$915 million",
     ("$641 million", "$732 million", "$824 million")),
    ("Washington demanded [$4.7 billion](money) from Seoul.", "$4.7 billion",
     ("$4.2 billion", "$5.4 billion", "$5.9 billion")),
    ("The deal was worth [€1.2bn](money) to the firm.", "€1.2bn", ("€1.4bn", "€1.5bn", "€1.7bn")),
    ("Tickets cost [£300](money) each at the door.", "£300", ("£200", "£400", "£500")),
    ("The fund received [US$5 million](money) from donors.", "US$5 million",
     ("US$4 million", "US$6 million", "US$7 million")),
    ("The fine came to [5 million dollars](money) in the end.", "5 million dollars",
     ("4 million dollars", "6 million dollars", "7 million dollars")),
    ("Spending rose to [1.04 trillion won](money) this year.", "1.04 trillion won",
     ("1.35 trillion won", "1.46 trillion won", "1.82 trillion won")),  # never "1.20": a nought 1.04 lacks
    ("The pipeline runs for [300 km](quantity) across the desert.", "300 km", ("200 km", "400 km", "500 km")),
    ("The ship carried [5,000 tonnes](quantity) of grain.", "5,000 tonnes",
     ("4,000 tonnes", "6,000 tonnes", "7,000 tonnes")),
    ("The bird stands [1.5 metres](quantity) tall.", "1.5 metres", ("1.4 metres", "1.7 metres", "1.9 metres")),
    ("The army had [28,500](number) soldiers in the field.", "28,500", ("25,700", "32,800", "35,600")),
    ("The town has [12](number) churches and a school.", "12", ("11", "14", "15")),
    # a figure to the hundredth is measured closely: its rivals lie within 13%, "about" or not (blind review 91)
    ("Pi is about [3.14](number) to two places.", "3.14", ("2.95", "3.33", "3.45")),
    ("The city has [two million](number) residents today.", "two million",
     ("three million", "four million", "six million")),
    ("About [1,000](number) people attended the rally.", "1,000", ("1,500", "2,000", "3,000")),  # on its half-step
    ("Contributions rose almost [five-fold](multiplier) over the decade.", "five-fold",
     ("four-fold", "six-fold", "seven-fold")),
    ("Prices rose [fivefold](multiplier) in a year.", "fivefold", ("fourfold", "sixfold", "sevenfold")),
    ("Output grew [3-fold](multiplier) after the reform.", "3-fold", ("4-fold", "5-fold", "7-fold")),
    ("Exports are now [twice](multiplier) what they were.", "twice", ("three times", "four times", "six times")),
    ("Troops fought in the Korean War ([1950-1953](range)) on the peninsula.", "1950-1953",
     ("1949-1952", "1951-1954", "1952-1955")),
    ("The war ([1950–53](range)) ended in an armistice.", "1950–53", ("1949–52", "1951–54", "1952–55")),
    # a range of amounts moves on its ends' own round grid (reviews 41, 55: 29 to 35 for 25 to 30, 31 and 94 hours
    # for 24 and 72 stood apart from the round answer)
    ("Adults sleep [10–20](range) hours a week less than children.", "10–20", ("15–25", "15–30", "20–40")),
    ("Each hive holds [200-500](range) drones in summer.", "200-500", ("100-400", "300-600", "300-700")),
    ("The lake is thought to be [25 to 30 million years](range) old.", "25 to 30 million years",
     ("30 to 35 million years", "30 to 40 million years", "40 to 45 million years")),
    ("A meal spends between [24 and 72 hours](range) in the gut.", "24 and 72 hours",  # on half-days
     ("12 and 48 hours", "36 and 96 hours", "36 and 108 hours")),
    ("The town had [40,000 to 45,000 inhabitants](range) at its peak.", "40,000 to 45,000 inhabitants",
     ("35,000 to 40,000 inhabitants", "45,000 to 50,000 inhabitants", "50,000 to 55,000 inhabitants")),
    ("Adults weigh between [22 and 55 kg](range) in the wild.", "22 and 55 kg", ("20 and 50 kg", "25 and 63 kg",
                                                                                 "28 and 69 kg")),  # no round grid
    ("The company was founded in [2018](year) in Berlin.", "2018", ("2017", "2019", "2020")),
    ("Grunge music peaked in the [1990s](year) in Seattle.", "1990s", ("1980s", "2000s", "2010s")),
    ("The constitution took effect on [26 January 1950](date) in Delhi.", "26 January 1950",
     ("5 February 1950", "20 March 1950", "28 April 1950")),  # the months around it
    # a month of a year is asked for its year too: each rival in a year and a month of its own
    ("Negotiations began in [September 2019](date) in Seoul.", "September 2019",
     ("July 2018", "October 2020", "August 2021")),
    ("The parties agreed at [the end of March 2020](date) to meet again.", "the end of March 2020",
     ("the end of August 2019", "the end of October 2021", "the end of September 2022")),
    ("The storm hit the coast on [Aug. 20](date), officials said.", "Aug. 20", ("Sept. 5", "Oct. 21", "Nov. 28")),
    ("The treaty was signed on [January 26, 1950](date) by both states.", "January 26, 1950",
     ("February 5, 1950", "March 20, 1950", "April 28, 1950")),
    ("The ministry said on [Friday](date) that talks would resume.", "Friday", ("Tuesday", "Saturday", "Monday")),
    ("The plant will open in [early 2021](date) near the port.", "early 2021", ("early 2018", "early 2020", "early 2022")),
]

# (marked article, answer, the distractors for seed 1)
NAMES = [
    (("Chancellor [Jeremy Hunt](person) said the plan was sound.",
      "Governor [Andrew Bailey](person) said rates would stay high.",
      "Economist [Ruth Gregory](person) expects another rise in [2024](year)."),
     "Jeremy Hunt", ()),  # a governor is no wrong answer after "Chancellor"
    (("The war ended by dividing [Europe](place) along religious lines in [1648](year).",), "Europe", ()),
    (("The war divided [Europe](place) in [1648](year).", "Trade with [Asia](place) fell."), "Europe", ("Asia",)),
    (("Shares rose on their first day of trading in [New York](place) in [2024](year).",), "New York", ()),
    (("It is the largest castle in [Wales](place), built in [1268](year).",), "Wales",
     ("England", "Scotland")),  # (Northern Ireland is too long beside "Wales")
    (("Nationalism was especially dangerous in the [Balkans](place) in [1914](year).",), "Balkans", ()),
    (("The lake drains into the [Atlantic](place) basin, as found in [1901](year).",), "Atlantic", ()),
    (("Voters in [Ohio](place) went to the polls in [2024](year).",), "Ohio", ("Oregon", "Kentucky", "Delaware")),
    (("The then US President [Donald Trump](person) opposed the deal.", "[Trump](person) later left office."),
     "Donald Trump", ("Joe Biden", "George H. W. Bush", "Barack Obama")),
    (("[Darwin](person) sailed on the Beagle.", "[Lyell](person) was his friend and teacher."),
     "Darwin", ("Lyell", "Einstein", "Pasteur")),
    (("The minister met his counterpart [Donna Welton](person) in Seoul.", "The talks began in [2019](year)."),
     "Donna Welton", ()),
    (("US troops have been in [South Korea](place) since the war.",
      "The [Republic of Korea](place) and the [US](place) agreed.", "[Japan](place) was not involved."),
     "South Korea", ("Japan", "North Korea")),  # its neighbour and nearest (China is too short beside it)
    (("The [United States](place) insisted on a higher share.", "The [US](place) contingent is large.",
      "Troops from [Canada](place) also served."),
     "United States", ()),
    (("The summit was held in [Seoul](place) last week.", "Officials flew in from [Tokyo](place).",
      "[Beijing](place) sent a message."),
     "Seoul", ("Beijing", "Tokyo", "Busan")),
    (("Peace on the [Korean Peninsula](place) is the goal.",),
     "Korean Peninsula", ("Balkan Peninsula", "Malay Peninsula", "Arabian Peninsula")),
    (("The alliance is key to peace in [Northeast Asia](place).",),
     "Northeast Asia", ("Southeast Asia", "South Asia", "Western Asia")),  # regions of its own continent
    (("The [Foreign Ministry](organisation) noted that talks would resume.",),
     "Foreign Ministry", ("Finance Ministry", "Defence Ministry", "Justice Ministry")),
    (("She studied at the [University of Cambridge](organisation) until 1990.",),
     "University of Cambridge", ("University of Edinburgh", "University of Chicago", "University of Michigan")),
    (("[NATO](organisation) held a summit in Brussels.",), "NATO", ("OPEC", "ASEAN")),  # unions of states only
    (("The [Bank of England](organisation) raised its main rate.",
      "The [Federal Reserve](organisation) held its rate."),
     "Bank of England", ("Bank of Korea", "Bank of Japan")),
    (("Plants make sugar by a process known as [photosynthesis](term).",
      "A green pigment called [chlorophyll](term) absorbs light.",
      "Tiny organs known as [chloroplasts](term) hold the pigment.", "This is a process called [respiration](term)."),
     "photosynthesis", ()),  # no other term of its sort: a pigment or an organ is no wrong process
    (("Marie Curie won the Nobel Prize in [Physics](name) in 1903.",
      "She won the Nobel Prize in [Chemistry](name) in 1911.", "She died in [Passy](name) in 1934."),
     "Physics", ("Chemistry",)),
]


def options_for(analysis, answer: str, seed: int = 1, count: int = 3) -> tuple[str, ...]:
    return distractors_for(fact_of(analysis, answer), analysis, count, random.Random(seed))


@pytest.mark.parametrize(("marked", "answer", "expected"), FIGURES, ids=[row[1] for row in FIGURES])
def test_figure_distractors_keep_the_answers_exact_format_at_a_plausible_size(marked, answer, expected):
    analysis = analysis_of(marked, CONTEXT)
    options = options_for(analysis, answer)
    assert options == expected
    for option in options:
        assert same_format(answer, option), option
    amount = value_of(answer)
    if amount is not None and answer != "twice" and not month_matches(answer):  # a day of the month is no amount
        for option in options:  # within a factor of three: 8.2% never meets 82%
            assert amount / 3 <= value_of(option) <= amount * 3, option


@pytest.mark.parametrize(("marked", "answer", "expected"), NAMES, ids=[row[1] for row in NAMES])
def test_name_distractors_come_from_the_article_first_then_a_pool_of_the_same_sort(marked, answer, expected):
    assert options_for(analysis_of(*marked), answer) == expected


@pytest.mark.parametrize(("marked", "answer", "_"), FIGURES + NAMES, ids=[r[1] for r in FIGURES + NAMES])
@pytest.mark.parametrize("seed", [0, 7, 2024])
def test_no_distractor_equals_contains_or_sits_inside_the_answer_or_another_option(marked, answer, _, seed):
    analysis = analysis_of(*marked) if isinstance(marked, tuple) else analysis_of(marked, CONTEXT)
    options = options_for(analysis, answer, seed)
    keys = [normalise(o) for o in (answer, *options)]
    assert len(set(keys)) == len(keys)
    for i, key in enumerate(keys):
        for other in keys[i + 1 :]:
            assert not contains_phrase(key, other) and not contains_phrase(other, key), (key, other)
    sentence = fact_of(analysis, answer).sentence.text
    assert not any(contains_phrase(normalise(sentence), normalise(o)) for o in options)


def test_same_seed_gives_the_same_distractors_and_another_seed_may_differ():
    analysis = analysis_of("Defence spending rose by [8.2%](percent) last year.")
    assert options_for(analysis, "8.2%", seed=5) == options_for(analysis, "8.2%", seed=5)
    assert len({options_for(analysis, "8.2%", seed=s) for s in range(10)}) > 1


def test_a_value_the_article_gives_elsewhere_is_never_a_distractor():
    analysis = analysis_of(
        "Inflation rose to [8.2%](percent) in May.",
        "Unemployment stood at [7.4%](percent) and wages grew [9.4 per cent](percent).",
    )
    for seed in range(30):
        assert not {"7.4%", "9.4%"} & set(options_for(analysis, "8.2%", seed))


def test_a_year_the_article_names_in_a_date_is_not_a_wrong_year():
    analysis = analysis_of("Washington has demanded more [since 2018](date).", "Talks began in [2018](year).",
                           "They ended in [March 2020](date).")
    for seed in range(30):
        options = options_for(analysis, "2018", seed)
        assert "2020" not in options
        assert all(int(o) <= 2021 for o in options)  # never more than a year past the article's latest


def test_a_figure_in_the_questions_own_sentence_is_never_offered():
    analysis = analysis_of("Prices rose from [10%](percent) to [12%](percent) within a year.")
    for seed in range(30):
        assert "12%" not in options_for(analysis, "10%", seed)


def test_distractors_sit_below_and_above_the_answer_across_seeds():
    analysis = analysis_of("Spending rose by [8.2%](percent) last year.")
    highest = [max(value_of(o) for o in options_for(analysis, "8.2%", s)) > 8.2 for s in range(20)]
    assert any(highest) and not all(highest)


@pytest.mark.parametrize(
    ("marked", "answer"),
    [
        ("It was an [8.2%](percent) rise in spending.", "8.2%"),
        ("It was a [15%](percent) rise in spending.", "15%"),
        ("They found an [enzyme](term) in the leaf.", "enzyme"),
    ],
)
def test_a_or_an_before_the_blank_never_tells_the_answer(marked, answer):
    analysis = analysis_of(marked, "A protein called [pepsin](term) also helps.", "An [acid](term) is present.",
                           "An [organelle](term) holds it.")
    for seed in range(20):
        assert all(needs_an(o) == needs_an(answer) for o in options_for(analysis, answer, seed))


def test_a_full_name_gets_full_names_and_a_surname_gets_surnames():
    analysis = analysis_of("[Charles Darwin](person) wrote the book.", "[Wallace](person) wrote to him.",
                           "[Joseph Hooker](person) read it.")
    assert all(len(o.split()) == 2 for o in options_for(analysis, "Charles Darwin"))
    assert all(len(o.split()) == 1 for o in options_for(analysis, "Wallace"))


@pytest.mark.parametrize(("answer", "other"), [("Donald Trump", "Trump"), ("South Korea", "Republic of Korea"),
                                               ("United States", "US")])
def test_another_name_for_the_same_entity_is_never_a_distractor(answer, other):
    kind = "person" if "Trump" in answer else "place"
    analysis = analysis_of(f"The [{answer}]({kind}) side agreed.", f"The [{other}]({kind}) side spoke first.")
    for seed in range(20):
        assert other not in options_for(analysis, answer, seed)


def test_invented_names_are_offered_only_in_a_modern_text_and_of_the_answers_gender():
    ancient = analysis_of("The emperor [Romulus Augustulus](person) was deposed by [Odoacer](person) in [476](year).",
                          "[Julius Caesar](person) was killed in 44 BC.")
    assert options_for(ancient, "Romulus Augustulus") == ()  # "The emperor ___": no other emperor, no option
    assert options_for(ancient, "Odoacer") == ("Caesar",)
    modern = analysis_of("[Leroy Sane](person) scored in the 72nd minute.", "[Harry Kane](person) joined in [2023](year).",
                         "[Jamal Musiala](person) was injured.")
    for seed in range(10):
        invented = [o for o in options_for(modern, "Leroy Sane", seed) if o not in ("Harry Kane", "Jamal Musiala")]
        assert invented and all(o.split()[0] in ("Mark", "James", "Peter", "David", "Robert", "Thomas", "Daniel",
                                                 "Michael", "Paul", "John", "Kevin", "Andrew") for o in invented)


def test_a_country_keeps_its_own_the_not_the_one_of_the_noun_after_it():
    analysis = analysis_of("The [England](place) captain joined Bayern in [2023](year).")
    for seed in range(10):
        assert not any(o.startswith(("United", "Czech", "Soviet")) for o in options_for(analysis, "England", seed))


def test_terms_get_terms_of_the_same_sort_from_the_article():
    water = analysis_of("Water turns to gas by [evaporation](term).", "Gas turns to water by [condensation](term).",
                        "Plants lose water by [transpiration](term).", "Rock that holds water is an [aquifer](term).")
    assert sorted(options_for(water, "evaporation")) == ["condensation", "transpiration"]
    bonds = analysis_of("Atoms share electrons in a [covalent bond](term).", "Ions attract in the [ionic bond](term).",
                        "Eight outer electrons follow the [octet rule](term).")
    assert options_for(bonds, "ionic bond") == ("covalent bond",)
    prices = analysis_of("Prices rising fast is [hyperinflation](term).", "A fall in prices is [deflation](term).",
                         "Rising prices are [inflation](term).")
    assert options_for(prices, "inflation") == ("deflation",)  # never "hyperinflation", which holds it


def test_a_name_of_undecided_kind_gets_no_distractor_from_another_context():
    analysis = analysis_of("The Formula One race at [Imola](name) was cancelled.", "The town of [Faenza](name) flooded.")
    assert options_for(analysis, "Imola") == ()


@pytest.mark.parametrize(
    ("marked", "answer", "expected"),
    [
        ("The rope was [1 metre](quantity) long.", "1 metre", ()),
        ("Scores were [0%](percent) at first.", "0%", ()),
        ("The score was [0](number) to the end.", "0", ()),
        ("It happened in the [1900s](year) in Europe.", "1900s", ("1600s", "1700s", "1800s")),  # all earlier: the nearest
        ("It came [1st](number) in the race.", "1st", ("2nd", "3rd")),
        ("Prices rose by [900%](percent) in a year.", "900%", ("700%", "800%", "1,000%")),  # not 3,000%
        ("Rates fell [3.2 percentage points](percent) in a year.", "3.2 percentage points",
         ("2.9 percentage points", "4.0 percentage points", "4.2 percentage points")),
        ("Output fell by [-3.2%](percent) in a year.", "-3.2%", ("-2.9%", "-4.0%", "-4.2%")),
        ("The war lasted from [1939 to 1945](range) in Europe.", "1939 to 1945",
         ("1938 to 1944", "1941 to 1947", "1942 to 1948")),
        ("Prices rose [2.5 times](multiplier) in a decade.", "2.5 times", ("2.3 times", "3.1 times", "3.3 times")),
        ("About [1,000,000](number) people came.", "1,000,000", ("1,500,000", "2,000,000", "3,000,000")),
        # blind review 86: "summer temperatures commonly exceed _____" (40 °C) offered 20 °C and 30 °C, true as well:
        # a figure a verb says is passed is a bound, and no wrong figure is fair beside it
        ("Summer temperatures commonly exceed [40 °C](quantity) in the valley.", "40 °C", ()),
        ("Currents regularly exceeded [3.5 metres per second](quantity) at peak flow.", "3.5 metres per second", ()),
        ("Sales topped [$2 billion](money) last year.", "$2 billion", ()),
    ],
)
def test_edge_figures_get_sensible_distractors_or_none(marked, answer, expected):
    assert options_for(analysis_of(marked), answer, seed=3) == expected


@pytest.mark.parametrize("count", [0, 1, 2])
def test_asking_for_fewer_distractors_gives_at_most_that_many(count):
    analysis = analysis_of("Defence spending rose by [8.2%](percent) last year.")
    assert len(options_for(analysis, "8.2%", count=count)) == count


def test_every_fact_of_the_sample_and_varied_articles_gets_well_formed_distractors(sample_path):
    articles = [sample_path, *sorted((sample_path.parents[1] / "tests" / "articles").glob("*.txt"))]
    figures_with_three = 0
    for path in articles:
        analysis = analyse(read_source(path))
        for index, fact in enumerate(analysis.facts):
            options = distractors_for(fact, analysis, 3, random.Random(index))
            assert len(options) <= 3
            if fact.span.kind in ("percent", "money", "year", "date", "multiplier", "range"):
                figures_with_three += len(options) == 3
                assert all(same_format(fact.span.text, o) for o in options), (fact.span.text, options)
            keys = {normalise(o) for o in options} | {normalise(fact.span.text)}
            assert len(keys) == len(options) + 1
    assert figures_with_three >= 40


def test_generated_banks_have_no_automatic_flaw_and_well_formed_options(sample_path):
    import quizgen

    articles = [sample_path, *sorted((sample_path.parents[1] / "tests" / "articles").glob("*.txt"))]
    with_four = 0
    for path in articles:
        bank = quizgen.generate(path)
        analysis = analyse(read_source(path))
        for question in bank.questions:
            assert flaws_of(question, analysis) == (), (question.prompt, question.options)
            if question.kind != "mcq":
                continue
            with_four += len(question.options) == 4
            keys = {normalise(option) for option in question.options}
            assert len(keys) == len(question.options)
            if question.answer_kind not in ("person", "place", "organisation", "name", "term"):
                assert all(same_format(question.answer, option) for option in question.options)
        assert duplicate_flaws(bank.questions) == {}
    assert with_four >= 30


@settings(max_examples=150, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=99_999),
    decimals=st.integers(min_value=0, max_value=2),
    form=st.sampled_from(["{}%", "{} per cent", "${} million", "£{}bn", "{} trillion won", "{} km", "{}", "{}-fold"]),
    seed=st.integers(min_value=0, max_value=10_000),
)
def test_any_figure_keeps_its_format_and_magnitude(whole, decimals, form, seed):
    figure = f"{whole:,}" if decimals == 0 else f"{whole / 10 ** decimals:.{decimals}f}"
    answer = form.format(figure)
    kind = {"%": "percent", "per": "percent", "$": "money", "£": "money", "tri": "money", "km": "quantity",
            "fold": "multiplier"}
    span_kind = next((k for key, k in kind.items() if key in answer), "number")
    analysis = analysis_of(f"The figure reached [{answer}]({span_kind}) last year.")
    options = options_for(analysis, answer, seed)
    keys = {normalise(o) for o in (answer, *options)}
    assert len(keys) == len(options) + 1
    for option in options:
        assert same_format(answer, option), (answer, option)
        assert value_of(answer) / 3 <= value_of(option) <= value_of(answer) * 3 or "fold" in answer


LATER = "The figures were published in [2023](year)."

# (marked article, answer, the distractors for seed 1): a wrong option stays on the answer's side of a figure
# its sentence ties it to, so the stem itself never rules it out.
SIDES = [
    (("Analysts raised their price target to [$210](money) from [$185](money).", LATER), "$210",
     ("$240", "$260", "$320")),
    (("Analysts cut their price target to [$150](money) from [$185](money).", LATER), "$150",
     ("$110", "$140", "$170")),
    (("Sales rose from [$185](money) in May to [$210](money) in June.", LATER), "$185", ("$139", "$167", "$204")),
    (("Unemployment fell from [7.5%](percent) to [6.1%](percent) last year.", LATER), "6.1%",
     ("5.5%", "6.7%", "7.0%")),
    (("The arena opened in [December 2015](date) and hosted the [2019](year) championship.",
      "It was renovated in [2024](year)."), "2019", ("2018", "2020", "2021")),
    (("The bridge was begun in [1890](year) and finished in [1895](year).", LATER), "1890",
     ("1889", "1891", "1892")),
    (("The battle, fought from [16 March](date) to [6 April 1918](date), ended the war.", LATER), "6 April 1918",
     ("20 March 1918", "28 May 1918", "1 July 1918")),
]


@pytest.mark.parametrize(("marked", "answer", "expected"), SIDES, ids=[row[1] for row in SIDES])
def test_figure_distractors_stay_on_the_answers_side_of_a_figure_the_sentence_ties_it_to(marked, answer, expected):
    assert options_for(analysis_of(*marked), answer) == expected


@pytest.mark.parametrize(
    ("marked", "answer", "anchor", "above"),
    [
        ("Analysts raised their price target to [$210](money) from [$185](money).", "$210", 185, True),
        ("Analysts cut their price target to [$150](money) from [$185](money).", "$150", 185, False),
        ("The arena opened in [December 2021](date) and hosted the [2022](year) championship.", "2022", 2021, True),
        # A part stays below its whole, and the whole above its part: "39 of the 46 patients".
        ("Of the cases, [39](number) of the [46](number) patients were unvaccinated.", "39", 46, False),
        ("Of the cases, [39](number) of the [46](number) patients were unvaccinated.", "46", 39, True),
        # blind review 87: "turned down more than 3,000 of the roughly _____ works submitted" (5,000) offered 2,000
        ("In 1863 the jury turned down more than [3,000](number) of the roughly [5,000](number) works submitted.",
         "5,000", 3000, True),
        # A vote's loser below its winner; a usual size below the most it may reach; a design above its limit.
        ("The motion was carried by [412 votes](quantity) to [202](number) in the Commons.", "202", 412, False),
        ("The motion was carried by [412 votes](quantity) to [202](number) in the Commons.", "412 votes", 202, True),
        ("The bill passed by [118 votes](quantity) to [109](number), with three abstentions.", "109", 118, False),
        ("Adult males commonly reach [2.5 metres](quantity) in length and can exceed [3 metres](quantity).",
         "2.5 metres", 3, False),
        ("The engine was designed for [330 km/h](quantity), but will be limited to [250 km/h](quantity).",
         "330 km/h", 250, True),
        # A figure the sentence calls the most (or least) of its measure bounds the others it gives (review 68:
        # 'The highest point … reaches 3,415 metres; the Ahaggar … rise to almost _____' offered 4,000 metres).
        ("The highest point, Emi Koussi in the Tibesti Mountains, reaches [3,415 metres](quantity); the Ahaggar "
         "Mountains rise to almost [3,000 metres](quantity).", "3,000 metres", 3415, False),
        ("The highest point, Emi Koussi in the Tibesti Mountains, reaches [3,415 metres](quantity); the Ahaggar "
         "Mountains rise to almost [3,000 metres](quantity).", "3,415 metres", 3000, True),
        ("Prices will rise by up to [9%](percent), and by an average of [7%](percent).", "7%", 9, False),
        ("Tickets cost at least [£40](money), and a seat in the stalls costs [£45](money).", "£45", 40, True),
        # a level a figure is brought back to stays on its side of it (review 70: 5% and 6% for a 2% target)
        ("It will be harder to bring inflation, currently [4.1 per cent](percent), back to its "
         "[2 per cent](percent) target.", "2 per cent", Decimal("4.1"), False),
        # A year before a span of years written short: "and then, in 1332–33".
        ("He reached Cairo in [1326](year), and then, in [1332–33](range), sailed to India.", "1326", 1332, False),
        ("He crossed to Granada in [1350](year), and then, in [1352–53](range), crossed the Sahara.", "1350", 1352,
         False),
    ],
)
def test_no_seed_ever_puts_a_distractor_on_the_wrong_side(marked, answer, anchor, above):
    analysis = analysis_of(marked, "It was all over by [2030](year).")
    for seed in range(20):
        for option in options_for(analysis, answer, seed):
            assert (value_of(option) > anchor) == above, option


@pytest.mark.parametrize(
    ("marked", "answer"),
    [
        ("In [January 2013](date) the minesweeper ran aground on the South Atoll.", "January 2013"),
        ("Germany introduced a national minimum wage in [Jan. 2015](date).", "Jan. 2015"),
        ("The city had also flooded in [January 2005](date), when three people died.", "January 2005"),
        ("She was seized in [December 1941](date) and renamed.", "December 1941"),
    ],
)
def test_a_month_of_a_year_is_asked_for_its_year_too(marked, answer):
    """'In _____ the minesweeper ran aground' (January 2013) among February, March and April 2013 tested only the
    month (reviews 44, 49: 3 items): every rival lies in another year, and no month or year is shared."""
    analysis = analysis_of(marked, "It was all over by [2030](year).")
    for seed in range(10):
        options = options_for(analysis, answer, seed)
        assert len(options) == 3
        years = [int(f.value) for o in (answer, *options) for f in figures_in(o)]
        months = [month_matches(o)[0].group() for o in (answer, *options)]
        assert len(set(years)) == len(set(months)) == 4, options


@pytest.mark.parametrize(
    ("marked", "answer", "expected"),
    [
        # a bare year holds all its months: no 'August 1990' after 'reunified in 1990'; a month of the answer's
        # own year stands on the side the stem leaves no year
        ("Germany reunified in [1990](year), and in [December 1991](date) the Soviet Union broke up.", "December 1991",
         ("June 1991", "July 1992")),
        ("The arena opened in [March 2021](date) and hosted the [2022](year) championship.", "March 2021",
         ("October 2019", "August 2020", "July 2021")),
    ],
)
def test_a_month_of_a_year_keeps_to_its_side_of_a_year_the_stem_names(marked, answer, expected):
    assert options_for(analysis_of(marked, "It was all over by [2030](year)."), answer) == expected


def test_a_day_keeps_out_of_a_month_the_stem_names_before_it():
    """'He left Spain in August 1492 … and on _____ landed' (12 October) offered 1 August (review 57): a month
    holds all its days, so no wrong day falls in it or before it."""
    analysis = analysis_of(
        "He left Spain in [August 1492](date) with three ships, and on [12 October](date) landed on an island.",
        "It was all over by [2030](year).",
    )
    for seed in range(20):
        options = options_for(analysis, "12 October", seed)
        assert options
        assert all(month_matches(o)[0].group() not in ("January", "February", "March", "April", "May", "June",
                                                       "July", "August") for o in options), options


def test_a_date_looked_back_to_with_since_is_no_later_than_the_articles_own_time():
    """'The increase, the company's third since _____' (the autumn of 2023) offered the autumn of 2025 in a report
    of early 2025 (review 65)."""
    analysis = analysis_of(
        "The increase, the company's third since [the autumn of 2023](date), will affect 140 product lines.",
        "It trimmed its sharing bags in [2024](year).",
    )
    for seed in range(20):
        options = options_for(analysis, "the autumn of 2023", seed)
        assert options
        assert all(int(figures_in(o)[0].value) <= 2024 for o in options), options


def test_two_figures_each_the_most_of_its_own_clause_bound_neither():
    """'the highest in Chad … 3,415 metres, and the highest in Algeria 2,908 metres': each is the top of another
    set, so a wrong height for Algeria may still pass Chad's."""
    analysis = analysis_of(
        "The highest peak in Chad reaches [3,415 metres](quantity), while the highest in Algeria reaches "
        "[2,908 metres](quantity).",
        "It was all over by [2030](year).",
    )
    offered = {o for seed in range(20) for o in options_for(analysis, "2,908 metres", seed)}
    assert any(value_of(o) > 3415 for o in offered), offered


@pytest.mark.parametrize(
    ("marked", "answer", "before", "after"),
    [
        ("He served in [1914–1918](range) and again in [1920–1922](range).", "1914–1918", None, 1920),
        ("He served in [1914–1918](range) and again in [1920–1922](range).", "1920–1922", 1918, None),
        ("He campaigned in [1852–1853](range), after the fall of the city in [1849](year).", "1852–1853", 1849, None),
        # "in _____ and 105–106" (review 47): never 116–117 or 131–133 after the span the stem shows
        ("He fought against Dacia in [101–102](range) and [105–106](range) as an engineer.", "101–102", None, 105),
        # a span of years that is no fact of its own still counts
        ("He fought against Dacia in [1601–1602](range) and 1605–1606 as an engineer.", "1601–1602", None, 1605),
        ("He fought against Dacia in 1601–1602 and [1605–1606](range) as an engineer.", "1605–1606", 1602, None),
    ],
)
def test_a_span_of_years_keeps_to_its_side_of_the_years_its_sentence_shows(marked, answer, before, after):
    analysis = analysis_of(marked, "It was all over by [2030](year).")
    for seed in range(20):
        for option in options_for(analysis, answer, seed):
            start, end = (int(f.value) for f in figures_in(option))
            assert (before is None or start > before) and (after is None or end < after), option


@pytest.mark.parametrize(
    ("option", "is_backwards"),
    [("1370–1367", True), ("20–10", True), ("1998–03", False), ("1367–1370", False), ("10–20", False)],
)
def test_a_range_whose_end_comes_before_its_start_is_never_an_option(option, is_backwards):
    assert backwards(option) is is_backwards


# (marked article, answer, the distractors for seed 1): names of the answer's own sort and region, else fewer.
SORTS = [
    (("In 1368 the fleet attacked [Scania](name) and plundered [Copenhagen](place).", "Delegates met in [Cologne](name).",
      "The town of [Visby](name) fell.", "The strait between [Zealand](name) and Scania was closed.",
      "King [Valdemar](name) fled."), "Copenhagen", ("Cologne", "Visby", "Aarhus")),  # Zealand is an island; Danish towns
    (("The fleet plundered [Copenhagen](place) in 1368.", "The crown passed to [Valdemar](name).",
      "[Valdemar IV](person) died.", "Envoys met in [Cologne](name).", "The town of [Visby](name) fell.",
      "The island of [Gotland](name) was taken."), "Copenhagen", ("Cologne", "Visby", "Odense")),
    (("The market moves, a process the Scottish economist [Adam Smith](person) described in [1776](year).",),
     "Adam Smith", ("Karl Marx", "John Maynard Keynes", "John Stuart Mill")),
    (("He was crowned by King [Gustav III](person) of Sweden.", "General [C. G. E. Mannerheim](person) took the city.",
      "Emperor [Alexander I](person) annexed Finland."), "Gustav III", ("Alexander I",)),
    (("Curie died at a sanatorium in Passy, [France](place), in [1934](year).",), "France",
     ("Germany", "Belgium", "Switzerland")),  # France's neighbours
    (("Work began at [Rome](place), New York, on July 4, [1817](year).", "Boats sailed to [Albany](name) in 1823.",
      "Traders came from [Buffalo](name)."), "Rome", ("Albany", "Buffalo")),  # American towns, never Milan
    (("The cathedral stands 80 kilometres south-west of [Paris](place) in [1194](year).",
      "The portal shows Christ in [Majesty](name).", "Pilgrims came from [Rouen](name).",
      "Glass was made in [Orleans](name)."), "Paris", ("Rouen", "Orleans", "Toulouse")),  # "in Majesty": no town
    (("He sailed to the Chinese port of [Guangzhou](place) in [1345](year).", "He stayed in [Tangier](place).",
      "He visited [Delhi](place)."), "Guangzhou", ("Shanghai", "Beijing", "Chengdu")),  # no Tangier
    (("He studied law at the [University of Leiden](organisation) in [1630](year).",), "University of Leiden", ()),
    (("In [1635](year) he married his wife, [Katharina Rebeschke](person).", "[Robert Hooke](person) wrote to him.",
      "[Mary Jones](person) assisted him.", "[Elizabeth Fry](person) visited."), "Katharina Rebeschke",
     ("Elizabeth Fry", "Mary Jones")),  # "his wife": no Robert among the options
    (("She grew up in [Pittsburgh](place), Pennsylvania, in [1920](year).",
      "Her Mass was sung at [St Patrick's Cathedral](name) in 1975.", "She played in [Kansas City](name).",
      "She moved to [Harlem](name)."), "Pittsburgh", ("Kansas City", "Harlem", "Chicago")),  # a cathedral is no town
    (("Flights to North America require a connection through [London](place) in [2024](year).",), "London",
     ("Glasgow", "Manchester", "Birmingham")),  # the country's own largest cities, not Naples
    (("Great Zimbabwe lies near the modern town of [Masvingo](place).", "It traded with the port of [Sofala](name).",
      "Settlers reached [Rhodesia](name) in [1890](year).", "Ships sailed to [Kilwa](name)."), "Masvingo",
     ("Sofala", "Kilwa")),  # Rhodesia was a land, no town
    (("She was born in [Hamburg](place) in [1805](year).", "She wrote letters to [Goethe](name).",
      "She moved to [Weimar](name)."), "Hamburg", ("Weimar", "Berlin", "Munich")),
    (("Scientists at the council in [Rome](place) said so in [2023](year).", "Floods hit [Bologna](place)."), "Rome",
     ("Bologna", "Naples", "Turin")),
    (("In [1368](year) the fleet sailed from [Sweden](place) to [Denmark](place).",), "Sweden",
     ("Norway", "Germany", "Austria")),  # old states only, the nearest first
    (("In [1968](year) the fleet sailed from [Sweden](place) to [Denmark](place).",), "Sweden",
     ("Finland", "Norway", "Latvia")),  # neighbours, then the nearest
    (("Striker [Leroy Sane](person) scored in [2023](year).",), "Leroy Sane", ()),
    (("Captain [Daniel Okafor](person) scored in [2023](year).", "Forward [Lucas Ferreira](person) set it up.",
      "Manager [Elena Marchetti](person) was pleased.", "Goalkeeper [Sam Wu](person) saved twice."), "Daniel Okafor",
     ("Sam Wu", "Lucas Ferreira")),
    (("Coach [Martin Lindqvist](person) left in [2023](year).", "Forward [Lucas Ferreira](person) set it up.",
      "Manager [Elena Marchetti](person) was pleased."), "Martin Lindqvist", ("Elena Marchetti",)),
    (("Prime Minister [Giorgia Meloni](person) visited in [2023](year).",
      "Regional president [Stefano Bonaccini](person) spoke.", "Minister [Carlo Rossi](person) agreed."),
     "Giorgia Meloni", ()),  # nor a regional president after "Prime Minister"
    (("[Ann Lee](person) said in [2023](year).", "[Mark Dunn](person) spoke."), "Ann Lee", ("Mark Dunn",)),
    (("[Ann Lee](person) said in [2023](year).", "[Mark Dunn](person) spoke.", "[Sue Park](person) spoke."), "Ann Lee",
     ("Sue Park", "Mark Dunn", "Emma Lawson")),
    (("The then US President [Donald Trump](person) opposed the deal in [2019](year).",
      "He met his counterpart [Donna Welton](person)."), "Donald Trump", ("Joe Biden", "George H. W. Bush", "Barack Obama")),
]


@pytest.mark.parametrize(("marked", "answer", "expected"), SORTS, ids=[row[1] for row in SORTS])
def test_name_distractors_are_of_the_answers_role_and_region_or_fewer(marked, answer, expected):
    assert options_for(analysis_of(*marked), answer) == expected


@pytest.mark.parametrize(
    ("marked", "answer", "expected"),
    [
        (("The treaty was signed on [24 May 1370](date).", "It ended the war of [1367–1370](range) in the north."),
         "1367–1370", ("1366–1370", "1368–1370", "1369–1370")),
        (("Fighting began in [1950](year), and the war of [1950-1953](range) ended in a truce.",
          "It was remembered in [1990](year)."), "1950-1953", ("1950-1954", "1950-1955", "1950-1957")),
        (("The war of [1950-1953](range) ended in a truce.", "It was remembered in [1990](year)."), "1950-1953",
         ("1949-1952", "1951-1954", "1952-1955")),
    ],
)
def test_a_year_range_keeps_an_end_its_prompt_states_elsewhere(marked, answer, expected):
    assert options_for(analysis_of(*marked), answer) == expected


def test_a_figure_up_from_another_keeps_its_wrong_options_above_it():
    import random

    from quizgen.analyse import analyse
    from quizgen.questions.distractors import distractors_for
    from quizgen.read import document_from_text

    analysis = analyse(document_from_text("Turnout\n\nTurnout in Leeds reached 58 per cent, up from 49 per cent at the last vote."))
    (fact,) = [f for f in analysis.facts if f.span.text == "58 per cent"]
    options = distractors_for(fact, analysis, 3, random.Random(0))
    assert options and all(float(option.split()[0]) > 49 for option in options)


@pytest.mark.parametrize(("foot", "offered"), [("$12 million", True), ("$10 million", False)])
def test_the_foot_of_a_from_to_range_keeps_its_wrong_options_under_the_top(foot, offered):
    """$12 million gets $13 million between it and the top; $10 million, on a grain of ten, has nothing there and
    would always be the option next to the top, so it gets none."""
    import random

    from quizgen.analyse import analyse
    from quizgen.questions.distractors import distractors_for
    from quizgen.read import document_from_text

    text = f"Recall\n\nThe recall at Graco will cost from {foot} to $15 million, analysts at Barclays said."
    analysis = analyse(document_from_text(text))
    (fact,) = [f for f in analysis.facts if f.span.text == foot]
    options = distractors_for(fact, analysis, 3, random.Random(0))
    assert bool(options) is offered
    assert all(int(option.removeprefix("$").removesuffix(" million")) < 15 for option in options)


def test_an_absurdly_long_number_gets_no_options_and_no_crash():
    from quizgen.questions.distractors import amount_distractors

    assert amount_distractors("3333333333333333333333333334", "number", 3, __import__("random").Random(0), lambda _: True) == []


@pytest.mark.parametrize(
    ("opening", "marked", "answer", "first", "last"),
    [
        ("Rosalía de Castro ([24 February 1837](date) – [15 July 1885](date)) was a Galician poet.",
         "From the late [1870s](year) she lived mainly in Padrón.", "1870s", 1840, 1880),
        ("Amy Johnson ([1 July 1903](date) – [5 January 1941](date)) was an English aviator.",
         "During the [1930s](year) she set a series of long-distance records.", "1930s", 1910, 1940),
        # review 64: the decade of the death, "(1098 – 1179) … completed in the _____" (1170s), got the 1190s
        ("Hildegard of Bingen (1098 – [17 September 1179](date)) was a German abbess.",
         "The latter book was completed in the [1170s](year).", "1170s", 1100, 1170),
        # review 62: a year of the life, "Carson (1907 – 1964) … diagnosed in _____" (1960), got 1966 and 1968
        ("Rachel Carson ([May 27, 1907](date) - [April 14, 1964](date)) was a marine biologist.",
         "She was diagnosed with breast cancer in [1960](year) and kept it private.", "1960", 1908, 1964),
        # blind review 87: "(1644 – 1710) … Fahrenheit visited him in _____" (1708) offered 1711 and 1712, and
        # "from _____, as a member of the Council of State" (1707) the same: two or three years before the death
        ("Ole Larsen ([25 September 1644](date) – [19 September 1710](date)) was a Danish astronomer.",
         "A German instrument maker visited him in [1708](year) and adapted the idea.", "1708", 1645, 1710),
        ("Ole Larsen ([25 September 1644](date) – [19 September 1710](date)) was a Danish astronomer.",
         "He served from [1707](year) as a member of the Council of State.", "1707", 1645, 1710),
    ],
)
def test_a_decade_of_a_life_gets_decades_of_that_life(opening, marked, answer, first, last):
    """'Rosalía de Castro (1837 – 1885) … From the late _____' (1870s) got the 1890s and 1900s (reviews 41, 52,
    53): no decade after the death, nor one that ends before the subject is ten; a year of the life none after
    the death."""
    analysis = analysis_of(
        opening, marked, "Her collected works appeared in [1909](year) and [1950](year).",
        "A famous book followed in [1962](year), and a hearing in the Senate in [1963](year).",
    )
    for seed in range(10):
        for option in options_for(analysis, answer, seed):
            assert first <= int(option[:4]) <= last, option


# (marked sentence, answer, the least two wrong options may differ by): review 49 offered 25 and 26 percent for
# 35 percent, and 1.8 and 1.9 metres, 9,800 and 10,000 students were seen beside them: twins on the answer's grid
TWINS = [
    ("Roughly [35 percent](percent) of young people voted in the previous election.", "35 percent", 1),
    ("Inflation eased to [2.4 per cent](percent) in March.", "2.4 per cent", Decimal("0.1")),
    ("The university has [13,000 students](quantity) on two campuses.", "13,000 students", 650),
    ("The council cut [£38 million](money) from its budget.", "£38 million", 1),
    ("The adult bird stands about [2.4 metres](quantity) tall.", "2.4 metres", Decimal("0.1")),
]


@pytest.mark.parametrize(("marked", "answer", "twins"), TWINS, ids=[row[1] for row in TWINS])
def test_no_two_wrong_options_are_neighbours_on_the_answers_grid(marked, answer, twins):
    analysis = analysis_of(marked, CONTEXT)
    for seed in range(20):
        values = sorted(value_of(o) for o in options_for(analysis, answer, seed))
        gaps = [b - a for a, b in zip(values, values[1:], strict=False)]
        assert len(values) == 3 and min(gaps) > twins, (seed, values)


@pytest.mark.parametrize(
    ("marked", "answer", "part"),
    [
        # review 64: "_____ have died, nine of them children under the age of five" (eleven) offered eight
        ("[Eleven people](quantity) have died, nine of them children under the age of five.", "Eleven people", 9),
        ("[4,318 cases](quantity) have been confirmed since October, including 612 in the past two weeks.",
         "4,318 cases", 612),
        ("The crash killed [12](number) passengers, among them 10 tourists from Spain.", "12", 10),
    ],
)
def test_a_count_gets_no_option_at_or_below_a_part_told_after_it(marked, answer, part):
    analysis = analysis_of(marked, CONTEXT)
    for seed in range(8):
        options = options_for(analysis, answer, seed)
        assert options and all(value_of(option) > part for option in options), options


@pytest.mark.parametrize(
    ("marked", "answer", "figure", "range_below"),
    [
        # review 58: '3.8% …, well above the bank's target band of _____' (2 to 3%) offered 3 to 4% and 4 to 5%
        ("Inflation ran at [3.8%](percent), well above the bank's target band of [2 to 3%](range).", "2 to 3%",
         Decimal("3.8"), True),
        ("Unemployment was [2.1%](percent), below the target range of [4 to 6%](range).", "4 to 6%", Decimal("2.1"),
         False),
    ],
)
def test_a_range_a_figure_is_said_to_lie_above_or_below_stays_on_its_side(marked, answer, figure, range_below):
    analysis = analysis_of(marked, "It was all over by [2030](year).")
    offered = {o for seed in range(20) for o in options_for(analysis, answer, seed)}
    assert offered
    for option in offered:
        low, high = (f.value for f in figures_in(option))
        assert high < figure if range_below else low > figure, option


def test_a_range_well_below_a_figure_may_take_any_range_below_it():
    """'6.5%, well above the target band of _____' (2 to 3%): 3 to 4% and 4 to 6% still lie below 6.5%."""
    analysis = analysis_of("Inflation ran at [6.5%](percent), well above the bank's target band of [2 to 3%](range).",
                           "It was all over by [2030](year).")
    offered = {o for seed in range(20) for o in options_for(analysis, "2 to 3%", seed)}
    assert any(figures_in(o)[0].value >= 3 for o in offered), offered


@pytest.mark.parametrize(
    ("article", "answer"),
    [
        # blind review 71: 101101 among 75826, 90991 and 126376; 11111111 among 13888889 and 8333333
        ("Binary\n\nPutting a 1 in the 32, 8, 4 and 1 columns gives 101101 in binary.", "101101"),
        # an eight-digit binary figure (the all-zeros and all-ones bytes this row once asked are no longer asked: read
        # off the number of bits, blind reviews 71-72)
        ("Binary\n\nIn binary the number 13 is written 1101, and 200 is written 11001000.", "11001000"),
    ],
)
def test_a_binary_figure_gets_binary_options_of_its_length(article, answer):
    asked = [q for q in quizgen.generate(article).questions if q.answer == answer and q.kind == "mcq"]
    assert asked
    for option in asked[0].options:
        assert len(option) == len(answer) and set(option) <= {"0", "1"}, option


def test_a_share_of_a_whole_never_gets_a_range_above_all_of_it():
    # blind review 71: "lost between _____ of their crop" (50 and 90 percent) offered 70 and 120 percent
    analysis = analysis_of("Growers said some plots had lost between [50 and 90 percent](range) of their crop.", CONTEXT)
    offered = {option for seed in range(12) for option in options_for(analysis, "50 and 90 percent", seed)}
    assert offered
    assert all(figure.value <= 100 for option in offered for figure in figures_in(option)), offered


def _mcq_only(tmp_path) -> Path:
    """Templates that make every fact a multiple-choice item, so that each has options to look at."""
    templates = tmp_path / "mcq.yaml"
    templates.write_text("questions:\n  make: mcq\n", encoding="utf-8")
    return templates


def _multiple_choice(article: str, tmp_path, answer: str, seeds=(0,)) -> list:
    """The multiple-choice items asking for `answer`, one bank for each seed."""
    templates = _mcq_only(tmp_path)
    banks = [quizgen.generate(article, seed=seed, templates=templates) for seed in seeds]
    return [q for bank in banks for q in bank.questions if q.answer == answer]


def test_a_date_gets_no_option_before_a_month_the_sentence_before_shows(tmp_path):
    # blind review 73: "… in July 1728 they sailed north. On _____ the ship reached 67° north" (16 August 1728)
    # offered 3 May and 5 June 1728
    article = ("Vitus Bering\n\nIn July 1728 the crew of the St Gabriel sailed north along the coast of Kamchatka. "
               "On 16 August 1728 they passed through the strait between the two continents.")
    asked = _multiple_choice(article, tmp_path, "16 August 1728", seeds=range(8))
    assert asked and all("July 1728" in q.prompt for q in asked)
    offered = {option for q in asked for option in q.options}
    assert not any(month in option for option in offered for month in ("May", "June", "July")), offered


def test_a_year_of_the_common_era_keeps_to_its_subjects_life_and_to_years_the_card_shows(tmp_path):
    # blind review 79: "Around _____ CE he returned" (100) offered 150, 250 and 300 for a man who died in 139;
    # "He held the post until about 120 and was reappointed in _____ under Emperor Shun" (126) offered 88 and 101
    article = (
        "Zhang Heng\n\nZhang Heng (78–139 CE) was a Chinese astronomer and inventor of the Eastern Han dynasty. "
        "In 115 he became Chief Astrologer, an office responsible for the calendar. He held the post until about 120 "
        "and was reappointed in 126 under Emperor Shun. Around 100 CE he returned to Nanyang, his home town."
    )
    questions = {q.answer: q for q in quizgen.generate(article, templates=_mcq_only(tmp_path)).questions}
    assert "100" not in questions  # "around": a nearby year would be right too, so no multiple choice
    assert all(115 < int(option) <= 139 for option in questions["126"].options), questions["126"].options


def test_a_day_of_a_month_the_context_before_names_gets_other_days_of_that_month(tmp_path):
    # blind review 79: "In September 1066 Hardrada landed … They defeated the northern earls at the Battle of
    # Fulford on _____" offered 21 July, 4 June and 1 August beside 20 September
    article = ("The Norman Conquest\n\nIn September 1066 Hardrada landed in the north of England with about 300 "
               "ships, joined by Harold's exiled brother Tostig. They defeated the northern earls at the Battle of "
               "Fulford on 20 September.")
    asked = _multiple_choice(article, tmp_path, "20 September", seeds=range(6))
    assert asked and all("In September 1066" in q.prompt for q in asked)
    assert all(len(q.options) == 4 and all(o.endswith(" September") for o in q.options) for q in asked), asked


def test_a_day_of_a_month_another_date_of_its_sentence_names_gets_other_days_of_that_month():
    analysis = analysis_of(
        "They won at Fulford on [20 September](date) and lost at Stamford Bridge on [25 September](date).",
        "It began in [2030](year).",
    )
    for seed in range(10):
        options = options_for(analysis, "20 September", seed)
        assert len(options) == 3
        assert all(o.endswith(" September") and o not in ("20 September", "25 September") for o in options), options


def test_a_day_of_a_month_the_card_does_not_name_gets_days_of_other_months():
    analysis = analysis_of("The battle was fought on [20 September](date).", "It was all over by [2030](year).")
    options = options_for(analysis, "20 September")
    assert options and not any(o.endswith(" September") for o in options), options


def test_a_period_keeps_to_its_side_of_a_year_the_card_shows_before_it(tmp_path):
    # blind review 81: "In 1551 he was admitted as a master … Soon afterwards, between about _____" (1552 and 1554)
    # offered 1549 and 1551
    article = ("Pieter Bruegel\n\nIn 1551 he was admitted as a master to the Guild of Saint Luke in Antwerp. Soon "
               "afterwards, between about 1552 and 1554, Bruegel travelled to Italy.")
    asked = _multiple_choice(article, tmp_path, "1552 and 1554", seeds=range(8))
    assert asked and all("In 1551" in q.prompt for q in asked)
    offered = {option for q in asked for option in q.options}
    assert len(offered) > 3
    assert all(int(figure.value) > 1551 for option in offered for figure in figures_in(option)), offered


@pytest.mark.parametrize(
    ("marked", "answer", "low", "high"),
    [
        # blind review 81: "between 150 and 300 individual falls, most often given as about _____" offered 385, 344
        ("The system consists of between [150 and 300](range) individual falls, most often given as about "
         "[275](number).", "275", 150, 300),
        ("Each hive holds [20,000 to 80,000](range) bees, typically about [50,000](number).", "50,000", 20000, 80000),
    ],
)
def test_a_figure_inside_a_range_its_sentence_gives_gets_options_inside_it(marked, answer, low, high):
    analysis = analysis_of(marked, CONTEXT)
    offered = {option for seed in range(12) for option in options_for(analysis, answer, seed)}
    assert offered
    assert all(low < value_of(option) < high for option in offered), offered


def test_a_figure_outside_a_range_its_sentence_gives_is_not_held_in_it():
    analysis = analysis_of("Falls number [150 to 300](range) in the wet season but [80](number) in the dry.", CONTEXT)
    offered = {option for seed in range(12) for option in options_for(analysis, "80", seed)}
    assert offered and all(value_of(option) < 150 for option in offered), offered


def test_a_day_of_a_story_told_within_one_month_gets_days_of_that_month_and_its_weekday_whole_weeks_away(tmp_path):
    # blind review 82: "MONT VENTOUX, France, July 16 — … The Tour ends in Paris on Sunday, _____" (July 20)
    # offered April 11, May 21 and June 14
    article = ("Wrona takes the lead\n\nMONT VENTOUX, France, July 16 — Tomasz Wrona of Poland took the yellow "
               "jersey of the Tour de France on Wednesday with a solo attack. The Tour ends in Paris on Sunday, July "
               "20.")
    asked = _multiple_choice(article, tmp_path, "July 20", seeds=range(6))
    assert asked
    offered = {option for q in asked for option in q.options} - {"July 20"}
    assert offered and offered <= {"July 6", "July 13", "July 27"}, offered


def test_a_day_of_a_story_told_across_months_gets_days_of_other_months(tmp_path):
    article = ("The long strike\n\nThe strike began on June 2 at the docks after talks failed. The union called it "
               "off on July 20 after seven weeks.")
    asked = _multiple_choice(article, tmp_path, "July 20")
    assert asked and not any(o.startswith("July") for q in asked for o in q.options if o != "July 20")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_decade_beside_a_persons_dates_gets_decades_of_that_life(seed):
    # blind review 95: "(1950–1992) … the _____" (1970s) was offered the 1940s and the 2000s, which the dates rule out
    marked = "In the [1970s](year), the singer [Maria Lopez](person) (1950–1992) transformed the genre."
    options = options_for(analysis_of(CONTEXT, marked), "1970s", seed=seed)  # (her dates open no article)
    assert len(options) == 3 and all("1960s" <= option <= "1990s" for option in options), options


def test_a_decade_without_dates_in_its_sentence_may_get_later_decades():
    marked = "In the [1970s](year), the singer transformed the genre."
    assert any("2000s" in options_for(analysis_of(CONTEXT, marked), "1970s", seed=seed) for seed in (1, 2, 3))
