"""Where an answer's span starts and ends: a fact whole, and no more than the fact (rows from reviews 33-52)."""

import re

import pytest

import quizgen
from quizgen.analyse.numeric import figure_of_a_count, find_numeric_spans


def _cloze_only(tmp_path):
    templates = tmp_path / "t.yaml"
    templates.write_text("questions:\n  make: cloze\n", encoding="utf-8")
    return templates


@pytest.mark.parametrize(
    ("sentence", "quantity", "figure"),
    [
        ("The fire killed at least nine workers on Thursday.", "nine workers", "nine"),
        ("Fifty-seven deaths were recorded at the time.", "Fifty-seven deaths", "Fifty-seven"),
        ("The firm employs about 98,000 people in Britain.", "98,000 people", "98,000"),
        ("Some 1.2 million people were vaccinated.", "1.2 million people", "1.2 million"),
        ("The park is known for its chain of sixteen terraced lakes.", "sixteen terraced lakes", "sixteen"),
        ("All four giant planets have ring systems.", "four giant planets", "four"),
        ("Mendel studied seven characteristics of peas.", "seven characteristics", "seven"),
        # a measure keeps its unit: "[quantity]" alone would not say hours from days
        ("The strike lasted six hours.", "six hours", None),
        ("The road is 300 km long.", "300 km", None),
        ("The mine produces 4 million tonnes a year.", "4 million tonnes a year", None),
        ("The empire lasted a thousand years.", "a thousand years", None),
    ],
)
def test_the_figure_of_a_count_is_the_number_before_what_it_counts(sentence, quantity, figure):
    (span,) = [span for span in find_numeric_spans(sentence) if span.kind == "quantity"]
    assert span.text == quantity
    counted = figure_of_a_count(span)
    assert (counted.text if counted else None) == figure
    if counted:
        assert sentence[counted.start : counted.end] == counted.text and counted.kind == "number"


@pytest.mark.parametrize(
    ("article", "answer", "shown"),
    [
        ("Blast\n\nAn explosion at a chemical factory in Gujarat killed at least nine workers on Thursday.",
         "nine", "killed at least [number] workers on Thursday"),
        ("Forth Bridge\n\nFifty-seven deaths were recorded during the building of the Forth Bridge in Scotland.",
         "Fifty-seven", "[number] deaths were recorded"),
        ("Fenwick\n\nThe retailer Fenwick now operates 612 stores in Britain and employs about 98,000 people.",
         "98,000", "employs about [number] people."),
    ],
)
def test_a_cloze_on_a_count_hides_the_figure_and_shows_what_it_counts(article, answer, shown, tmp_path):
    questions = quizgen.generate(article, templates=_cloze_only(tmp_path)).questions
    (asked,) = [q for q in questions if q.answer == answer]
    assert shown in asked.prompt and asked.answer_kind == "number"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a range in words is one span: its top alone ("three to [five days]") is no fact
        ("A depression usually takes three to five days to pass over the British Isles.",
         [("three to five days", "range")]),
        ("Trains will run every three to four minutes at peak times.", [("three to four minutes", "range")]),
        ("The course takes between six and eight weeks.", [("six and eight weeks", "range")]),
        ("The repair takes one to two hours.", [("one to two hours", "range")]),
        ("The staff grew from three to five members.", [("five members", "quantity")]),  # a change, no range
        ("They sold two and five copies.", [("five copies", "quantity")]),  # "and" joins a range only after "between"
        # a change "by" one figure "to" a new level is no range (blind review 70: "dropped by [range]", bad)
        ("Unemployment dropped by 94,000 to 1.16 million.", [("94,000", "number"), ("1.16 million", "number")]),
        ("Sales rose by 12,000 to 48,000.", [("12,000", "number"), ("48,000", "number")]),
        ("The plan cuts emissions by 40 to 50 percent.", [("40 to 50 percent", "range")]),  # a range still
        # a month before the foot belongs to it: "from April [range]" asked half a date (blind review 89)
        ("British forces occupied the islands from April 1940 to 1945.", [("April 1940", "date"), ("1945", "year")]),
        ("British forces occupied the islands from 1940 to 1945.", [("1940 to 1945", "range")]),
        # a time told in falling units is never cut to its first part ("crossed the line in [3 minutes]")
        ("Kerr, 25, crossed the line in 3 minutes, 29.38 seconds.", [("25", "number")]),
        ("He finished in 2 hours, 5 minutes and 41 seconds on a cool morning.", []),
        ("Normandie arrived after four days, three hours and two minutes at 29.98 knots.", [("29.98 knots", "quantity")]),
        ("It took two years and three months to build.", []),
        # a list of times is no such time: each is a figure of its own
        ("Doses were given at 6 hours, 12 hours and 24 hours.",
         [("6 hours", "quantity"), ("12 hours", "quantity"), ("24 hours", "quantity")]),
        ("She spent two weeks in Paris, two months in Rome.", [("two weeks", "quantity"), ("two months", "quantity")]),
    ],
)
def test_a_range_in_words_and_a_time_in_several_units_are_never_cut_in_pieces(sentence, expected):
    assert [(span.text, span.kind) for span in find_numeric_spans(sentence)] == expected


def test_a_cloze_on_a_range_of_a_count_shows_what_is_counted(tmp_path):
    article = "Inca Empire\n\nHistorians estimate that the Inca Empire had between 6 and 14 million inhabitants."
    questions = quizgen.generate(article, templates=_cloze_only(tmp_path)).questions
    (asked,) = [q for q in questions if q.answer == "6 and 14 million"]
    assert asked.prompt.endswith("between [range] inhabitants.")


def _terms(sentence):
    from quizgen.analyse import analyse
    from quizgen.read import document_from_text

    analysis = analyse(document_from_text("Science\n\n" + sentence))
    return [span.text for line in analysis.sentences for span in line.spans if span.kind == "term"]


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # a term in apposition is whole: its first word is no verb ("remove carbon [dioxide]" hid half of it)
        ("The lungs bring oxygen into the body and remove carbon dioxide, the waste gas that respiration produces.",
         ["carbon dioxide"]),
        ("The FDA approved a gene therapy for metachromatic leukodystrophy, a rare inherited disease that destroys "
         "the nervous system.", ["metachromatic leukodystrophy"]),
        ("If air cools to its dew point, the temperature at which it becomes saturated, the vapour condenses.",
         ["dew point"]),
        # the word before is the verb whose object the term is: the term is one word
        ("Red blood cells contain haemoglobin, a protein that binds oxygen.", ["haemoglobin"]),
        ("Saliva contains amylase, an enzyme that breaks down starch.", ["amylase"]),
        ("The theologian John Calvin taught predestination, the idea that God had already chosen the saved.",
         ["predestination"]),
        # after a capitalised word it is a word of a name, not a term of its own
        ("Pitcher plants grow there, among them Nepenthes rajah, the largest pitcher plant in the world.", []),
    ],
)
def test_a_term_in_apposition_is_whole_and_never_a_verb_with_its_object(sentence, terms):
    assert _terms(sentence) == terms


@pytest.mark.parametrize(
    ("article", "answer", "shown"),
    [
        ("Tessela\n\nThe chief financial officer of Tessela said it expected to break even by the end of 2025.",
         "2025", "break even by the end of [year]."),
        ("Tessela\n\nTessela plans to launch a working-capital loan product in Portugal in early 2025.",
         "2025", "in Portugal in early [year]."),
        ("Treaty\n\nAt the end of March 2020, the two governments signed the Lisbon water treaty.",
         "March 2020", "At the end of [date], the two"),
    ],
)
def test_a_cloze_on_a_date_with_early_or_the_end_of_hides_the_date_only(article, answer, shown, tmp_path):
    questions = quizgen.generate(article, templates=_cloze_only(tmp_path)).questions
    (asked,) = [q for q in questions if q.answer == answer]
    assert shown in asked.prompt


def _names(sentence):
    from quizgen.analyse import analyse
    from quizgen.read import document_from_text

    analysis = analyse(document_from_text("Places\n\n" + sentence))
    return [span.text for line in analysis.sentences[1:] for span in line.spans if span.kind not in ("year", "date")]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # "upon" joins a place's name: "[Kingston] upon Hull" hid a third of it
        ("Johnson was born in Kingston upon Hull, a port in Yorkshire.", ["Kingston upon Hull", "Yorkshire"]),
        ("Newcastle upon Tyne lies on the north bank of the River Tyne.", ["Newcastle upon Tyne", "River Tyne"]),
        # a numbered ordinal opens the name it stands in: "The 21st [Century Museum of Contemporary Art]"
        ("The 21st Century Museum of Contemporary Art opened in Kanazawa.",
         ["21st Century Museum of Contemporary Art", "Kanazawa"]),
        # an ordinal's war ends at its head when no comma parts it from the subject after it
        ("After the Second World War Aalto taught at the Massachusetts Institute of Technology.",
         ["Second World War", "Massachusetts Institute of Technology"]),
        ("The Second Vatican Council met in Rome.", ["Second Vatican Council", "Rome"]),
        # a bare "and of" joins two people, not one name ("Ariston of Chios and of Arcesilaus": review 74, bad)
        ("He attended the lectures of the Stoic philosopher Ariston of Chios and of Arcesilaus, head of the Academy.",
         ["Ariston of Chios", "Arcesilaus"]),
    ],
)
def test_a_name_keeps_its_upon_and_its_ordinal_and_ends_at_its_head(sentence, names):
    assert _names(sentence) == names


def test_a_museum_described_by_its_architects_is_nobody():
    from quizgen.analyse import analyse
    from quizgen.read import document_from_text

    text = ("Kanazawa\n\nThe 21st Century Museum of Contemporary Art, a circular glass building designed by the "
            "architects Kazuyo Sejima and Ryue Nishizawa of the firm SANAA, opened in October 2004.")
    spans = {span.text: span.kind for line in analyse(document_from_text(text)).sentences for span in line.spans}
    assert spans["21st Century Museum of Contemporary Art"] == "name"


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # a cloze's hint is the name's kind: reviewers found [person] on a region, a gorge, a dam and a forum
        ("Janáček was born in the village of Hukvaldy in northern Moravia, the son of a schoolteacher.", "Moravia",
         "name"),
        ("Cidade Velha was designated a UNESCO World Heritage Site in 2009.", "Cidade Velha", "name"),
        ("In Rome, Apollodorus designed the Forum of Trajan, the last of the imperial forums.", "Forum of Trajan",
         "name"),
        ("The first bridge was built across the Schöllenen Gorge, later known as the Devil's Bridge.",
         "Schöllenen Gorge", "place"),
        ("Secretary of the Interior Harold Ickes ordered that it be called Boulder Dam.", "Boulder Dam", "name"),
        # a road named after a ruler: "along the Queen [person]" (blind review 92, bad)
        ("The ride runs north along the Queen Ka'ahumanu Highway to Hawi.", "Queen Ka'ahumanu Highway", "name"),
    ],
)
def test_a_place_a_gorge_a_dam_or_a_forum_is_never_a_person(sentence, name, kind):
    from quizgen.analyse import analyse
    from quizgen.analyse.person_names import looks_like_a_person
    from quizgen.read import document_from_text

    text = "Places\n\nThe Roman emperor Marcus Ulpius Trajan ruled from 98. " + sentence
    (span, line) = next((span, line) for line in analyse(document_from_text(text)).sentences for span in line.spans
                        if span.text == name)
    assert span.kind == kind and not looks_like_a_person(span, line.text)  # the cloze's hint is not [person]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Average pressure at sea level is about 1013 mb.", [("1013 mb", "quantity")]),  # a pressure, never a year
        ("Sound above 20,000 Hz is called ultrasound.", [("20,000 Hz", "quantity")]),
        ("At normal atmospheric pressure (101.3 kPa), water boils.", [("101.3 kPa", "quantity")]),
        # blind review 100: "155 watt-hours per kilogram" was cut as "155 watt", leaving "_____-hours per kilogram"
        ("The cells hold about 155 watt-hours per kilogram.", [("155 watt-hours per kilogram", "quantity")]),
        ("The line makes 1.2 gigawatt-hours a year.", [("1.2 gigawatt-hours a year", "quantity")]),
        ("They built a 300 km-long pipeline.", [("300", "number")]),
        ("The battery stores 75 kWh of energy.", [("75 kWh", "quantity")]),
        ("The heater draws 60 watts.", [("60 watts", "quantity")]),
    ],
)
def test_a_pressure_or_a_frequency_keeps_its_unit(sentence, expected):
    assert [(span.text, span.kind) for span in find_numeric_spans(sentence)] == expected


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # an item of a list, cut from its lead-in, is no statement: nothing is asked from it
        ("The Mongol Empire\n\nThe empire split into four khanates:\n\n- the Golden Horde in Russia, founded by "
         "Batu Khan in 1242.\n\n- the Yuan dynasty in China, founded by Kublai Khan in 1271.", set()),
        # a name that opens in lower case still opens a sentence
        ("Phones\n\niPhone sales rose by 12% in 2019 after Apple cut its prices in China.", {"12%"}),
    ],
)
def test_a_list_item_that_opens_in_lower_case_is_not_asked(text, asked):
    answers = {q.answer for q in quizgen.generate(text).questions}
    assert {"1242", "1271", "Batu Khan", "Kublai Khan"}.isdisjoint(answers)
    assert asked <= answers


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # a named term ends before a phrase of place, time or manner ("called the [glomerulus at high pressure]")
        ("Blood enters a knot of capillaries called the glomerulus at high pressure, because the vessel is wider.",
         ["glomerulus"]),
        ("Vapour turns into droplets in a process called condensation during the night.", ["condensation"]),
        ("The spread of particles is called diffusion across a membrane.", ["diffusion"]),
        ("This is known as the law of supply and demand.", ["law of supply and demand"]),
    ],
)
def test_a_named_term_ends_before_a_phrase_of_place_or_time(sentence, terms):
    from quizgen.analyse.terms import find_term_spans

    assert [span.text for span in find_term_spans(sentence)] == terms


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a field of an office of three is a piece of the office's name, never a name of its own
        ("The Minister of Infrastructure, Communications and Transport, Khalid Mohamed Salum, spoke on Friday.",
         ["Khalid Mohamed Salum"]),
        ("The Ministry of Science, Technology and Innovation will fund the project.", ["Ministry of Science"]),
        # two fields are one office; a person after an office is still a person
        ("The Department of Health and Social Care published the figures.", ["Department of Health and Social Care"]),
        ("He met the Minister of Finance and Peter Smith.", ["Peter Smith"]),
    ],
)
def test_a_field_of_an_office_is_not_asked_as_a_name(sentence, names):
    assert _names(sentence) == names


@pytest.mark.parametrize(
    ("article", "not_asked"),
    [
        # review 59: the blank split the range, asking only its top
        ("Aztecs\n\nBy 1519 the Aztec empire ruled between five and six million people in around 400 towns.",
         "six million people"),
        ("Harvest\n\nFarmers lost between 30 and 40 percent of the wheat crop in the drought of 2022.", "40 percent"),
        # review 51: "in 24 hours, or 15° every hour" is no conversion, and cutting it broke the stem
        ("Maps\n\nThe Earth turns through 360° in 24 hours, or 15° every hour.", "15"),
    ],
)
def test_the_top_of_a_range_is_not_asked_alone_and_a_stem_is_never_cut_inside_a_figure(article, not_asked):
    questions = quizgen.generate(article).questions
    assert all(not_asked not in (q.answers or (q.answer,)) for q in questions)
    assert all("_____°" not in q.prompt for q in questions)


@pytest.mark.parametrize(
    ("article", "asked"),
    [
        # "from five to six million" is a change: its end is a fact of its own
        ("Growth\n\nThe city grew from five to six million people between 1990 and 2010.",
         "six million"),
        ("Rhine\n\nThe Rhine flows for 1,230 kilometres, or 764 miles, from the Alps to the North Sea.",
         "1,230 kilometres"),
    ],
)
def test_a_change_and_a_measure_with_its_conversion_are_still_asked(article, asked):
    questions = quizgen.generate(article).questions
    assert any(asked in (q.answers or (q.answer,)) for q in questions)


def test_a_time_in_hours_and_minutes_without_a_comma_is_never_cut_to_its_hours():
    # blind review: "4 hours" of "4 hours, 11 minutes" was asked, an answer cut short
    assert [span.text for span in find_numeric_spans("The flight took 4 hours 11 minutes in 1974.")] == ["1974"]


@pytest.mark.parametrize(
    ("sentence", "figure", "factor"),
    [
        ("Mendel read his paper to the society in February and March 1865.", "March 1865", 0.0),
        ("The empire ruled between five and six million people.", "six million people", 0.0),
        ("The dam was finished in March 1865.", "March 1865", 1.0),
        ("The city grew from five to six million people.", "six million people", 1.0),
    ],
)
def test_the_top_of_a_range_whose_foot_is_unclaimed_is_no_fact_of_its_own(sentence, figure, factor):
    from quizgen.analyse.facts import split_sentences
    from quizgen.analyse.side_figures import figure_factor
    from quizgen.read import document_from_text

    (found,) = split_sentences(document_from_text("Title\n\n" + sentence))[1:]
    (span,) = [span for span in found.spans if span.text == figure]
    assert figure_factor(span, found) == factor


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # review 59: "[Seventeen others] were treated in hospital" carried the filler, and "others" leans on a count
        # the sentence before gave
        ("Seventeen others were treated in hospital.", []),
        ("Three others died later in hospital.", []),
        ("Nine workers died in the blaze.", ["Nine workers"]),
    ],
)
def test_a_count_of_others_is_no_count_of_its_own(sentence, expected):
    assert [span.text for span in find_numeric_spans(sentence)] == expected


def test_a_bare_figure_after_a_comma_is_the_next_of_a_list_not_a_conversion_cut_from_the_stem():
    # blind review 73: "after _____ Bq after 16 days": ", 200" was cut from the stem as if it were "8 days" again
    # (its last step made irregular: 8, 16 and 24 days keep one step, and a figure read off that is not asked)
    article = (
        "Half-life\n\nA sample with an activity of 800 Bq will fall to 400 Bq after 8 days, 200 Bq after 16 days "
        "and 150 Bq after 20 days."
    )
    asked = [q for q in quizgen.generate(article).questions if "8 days" in (q.answers or (q.answer,))]
    assert asked
    for question in asked:
        assert "Bq after 16 days" in question.prompt and "_____ Bq" not in question.prompt


@pytest.mark.parametrize(
    ("article", "shown", "not_shown"),
    [
        # blind review 78: "one in [five people]" offered "two people"; only the ratio's number is hidden
        ("Listeria\n\nListeriosis is rare in the UK, but about one in five people who develop the invasive form of "
         "the illness die.", "one in _____ people who develop", "one in _____ who"),
        # blind review 79: "with _____' heads" cut the answer out of "dragons'"
        ("Zhang Heng\n\nThe seismoscope was a bronze vessel about two metres across, with eight dragons' heads "
         "around its outside facing the principal directions of the compass.", "with _____ dragons' heads",
         "_____'"),
        # blind review 77: "the winter of [year]–13" left "–13" to give 2012 away
        ("Beekeepers in Scotland lose 37% of colonies in worst winter on record\n\nPERTH, Scotland — More than a "
         "third of honeybee colonies in Scotland died over the winter, according to survey results published on "
         "Thursday.\n\nThe survey collected responses from 1,186 beekeepers. The previous worst year was the winter "
         "of 2012–13, when 31.6 percent of colonies died, and the long-term average is about 17 percent.",
         "the winter of _____, when", "_____–13"),
    ],
)
def test_a_ratio_a_possessive_count_and_a_span_of_years_are_hidden_whole(article, shown, not_shown):
    prompts = [re.sub(r"\[(?:number|range)\]", "_____", q.prompt) for q in quizgen.generate(article).questions]
    assert any(shown in prompt for prompt in prompts)
    assert all(not_shown not in prompt for prompt in prompts)


def test_no_year_of_a_listed_series_is_asked():
    # blind review 79: "2015, [range]" and "[year], 2017 and 2019"
    article = ("Seed vault\n\nThe International Center for Agricultural Research in the Dry Areas retrieved samples "
               "in 2015, 2017 and 2019 to rebuild collections it had abandoned near Aleppo.")
    answers = [a for q in quizgen.generate(article).questions for a in (q.answers or (q.answer,))]
    assert not {"2015", "2017", "2019", "2017 and 2019"} & set(answers)


@pytest.mark.parametrize(
    ("article", "cut"),
    [
        # blind review 102, wrong: "Since when have 300 doses been given?" where the article says "more than 2,300"
        ("Vaccines\n\nHealth services are offering a vaccine to people who ate the products. In Ireland alone, more "
         "than 2,300 doses have been given since Feb. 26, the HSE said.", "300 doses"),
        ("Census\n\nSince 2019, 14,500 residents have been living in the new district of the city.", "500 residents"),
    ],
)
def test_a_thousands_comma_never_cuts_a_figure_out_of_a_question(article, cut):
    for question in quizgen.generate(article).questions:
        assert not re.search(rf"(?<![\d,]){cut}", question.prompt), question.prompt


@pytest.mark.parametrize(
    ("article", "shown"),
    [
        # blind review 99: the blank covered "six golds, four silvers" and the answer was "six golds"
        ("Judo\n\nDespite the upset, Japan finished top of the medal table for the 11th edition in a row, with six "
         "golds, four silvers and five bronzes. France were second.", "_____, four silvers and five bronzes"),
        ("Farm\n\nThe farm kept twelve horses, nine cows and thirty sheep through the long winter.",
         "_____, nine cows and thirty sheep"),
    ],
)
def test_a_count_in_a_list_of_counts_hides_only_itself(article, shown):
    questions = quizgen.generate(article).questions
    blanked = [q.prompt for q in questions if "_____" in q.prompt]
    assert blanked and all(shown in prompt for prompt in blanked if "_____," in prompt or "_____ and" in prompt)
