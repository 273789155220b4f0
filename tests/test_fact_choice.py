"""Which spans are facts worth asking, and what kind they are: rows from unseen-article reviews."""

import pytest

import quizgen
from quizgen.analyse import analyse
from quizgen.read import document_from_text


def spans_of(text):
    analysis = analyse(document_from_text(text))
    return {(span.text, span.kind) for sentence in analysis.sentences for span in sentence.spans}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Canals\n\nIt connects the Forth and Clyde Canal with the Union Canal.", ("Forth and Clyde Canal", "place")),
        ("Stars\n\nShe studied stars in the Small and Large Magellanic Clouds.", ("Small and Large Magellanic Clouds", "name")),
        ("Fossils\n\nAnning was born in Lyme Regis, a small seaside town in Dorset.", ("Lyme Regis", "place")),
        ("Floods\n\nThe town of Faenza, with about 58,000 people, was among the worst hit.", ("Faenza", "place")),
        # "arap" joins a Kalenjin name; a consultancy named after its kind is a firm (review 60)
        ("Kenya\n\nDuring the one-party rule of President Daniel arap Moi, Maathai became a critic.",
         ("Daniel arap Moi", "person")),
        ("Inflation\n\nAgnieszka Lis, an economist at the consultancy Baltic Analytics, warned that wages rose.",
         ("Baltic Analytics", "organisation")),
        # a numbered regime is a period, not a place (review 57: "this [place] collapsed")
        ("Bolívar\n\nVenezuela declared independence in 1811, but this First Republic collapsed in 1812.",
         ("First Republic", "name")),
    ],
)
def test_names_are_whole_and_typed_by_their_cues(text, span):
    assert span in spans_of(text)


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Cup\n\nRovers beat Millbrook United 2-1 on Saturday. United dominated possession for an hour.", "United"),
        ("Prize\n\nShe was nominated for the Nobel Prize in Physics. Nobel Prize rules forbid it after death.", "Nobel Prize"),
        ("Fossils\n\nA statue was unveiled in Lyme Regis in May 2022.", "Lyme Regis"),
        # a name met once after "the" or "his" is no one's name, so it is no person when met again (review 53, 55)
        ("Valletta\n\nIt lies beside the Grand Harbour, and it is small. Visitors look across the Grand Harbour "
         "to Birgu.", "Grand Harbour"),
        ("Mekong\n\nIn the wet season the Mekong fills the Tonlé Sap lake. Angkor stood near the Tonlé Sap.",
         "Tonlé Sap"),
        ("Ada Lovelace\n\nBabbage built his Difference Engine in 1832. She saw a working part of the Difference "
         "Engine, a machine for tables.", "Difference Engine"),
    ],
)
def test_things_and_places_are_never_people(text, not_a_person):
    assert (not_a_person, "person") not in spans_of(text)


@pytest.mark.parametrize(
    ("text", "not_asked"),
    [
        ("Cup final\n\nIn the 87th minute the defender Tomás Reilly rose above two markers to head home in Leeds.",
         "two markers"),
        ("Profit\n\nNet profit for the three months to September 30 rose to $412 million at Nordvik Shipping.",
         "three months"),
        ("Markets\n\nConsider a town market in Leeds where strawberries sell for £3 a punnet in June.", "£3"),
        ("Mary Anning\n\nMary Anning was an English fossil collector. Anning was born in Lyme Regis in 1799.", "Anning"),
        ("The Causes of the French Revolution\n\nHistorians point to several causes of the French Revolution. "
         "In 1789 France was deeply in debt.", "French Revolution"),
        ("Great Zimbabwe\n\nGreat Zimbabwe holds the largest stone ruins in Africa south of the Sahara, built from "
         "1100.", "Africa"),
        ("Hospitals\n\nThe trust runs three hospitals in Worcester, Kidderminster and Redditch, it said in 2024.",
         "Kidderminster"),
        ("Rates\n\nMajor lenders such as ANZ and Westpac said in 2023 they would review their rates.", "Westpac"),
        ("Erie Canal\n\nTowns such as Syracuse, Rochester and Lockport grew along its route after 1825.", "Rochester"),
        # A first name two people of the article share (blind review 81)
        ("Pieter Bruegel\n\nHe trained with Pieter Coecke van Aelst, whose daughter Mayken he later married. In 1563 "
         "Bruegel married Mayken Coecke and moved to Brussels. His sons were taught by their grandmother, the "
         "miniaturist Mayken Verhulst.", "Mayken"),
        # The made-up firm of a worked example (review 103: "If [person] sells 2,600 loaves in a month")
        ("Break-Even Analysis\n\nThe level of output at which total revenue exactly equals total costs is called the "
         "break-even point.\n\nWorked example: Harbour Bakes\n\nHarbour Bakes is a small bakery.\n\nContribution "
         "per loaf = £3.50 − £1.50 = £2.00\n\nIf Harbour Bakes sells 2,600 loaves in a month, it sells 600 more than "
         "it needs to break even.", "Harbour Bakes"),
    ],
)
def test_side_details_worked_examples_and_the_title_subject_are_not_asked(text, not_asked):
    questions = quizgen.generate(text).questions
    assert questions and not_asked not in {q.answer for q in questions}  # the article still gives items


@pytest.mark.parametrize(
    "text",
    [
        "Speed\n\nSpeeds are often also given in kilometres per hour (km/h); 1 m/s is equal to 3.6 km/h. A cheetah "
        "can reach 120 km/h.",
        "Energy\n\nFood energy is often given in kilocalories; 1 kilocalorie is equal to 4.184 kilojoules. An adult "
        "needs about 2,000 kilocalories a day.",
    ],
)
def test_the_one_of_a_conversion_factor_is_not_a_fact(text):
    facts = analyse(document_from_text(text)).facts
    assert facts and not {"1", "One"} & {fact.span.text for fact in facts}, [fact.span.text for fact in facts]


def test_each_item_of_a_list_is_a_sentence_of_its_own_without_its_bullet():
    text = (
        "Plate boundaries\n\nThere are three kinds of boundary in the crust of the Earth:\n"
        "- At a divergent boundary, plates move apart. The Mid-Atlantic Ridge is one example.\n"
        "- At a convergent boundary, plates collide. The Andes formed this way over 50 million years."
    )
    sentences = [s.text for s in analyse(document_from_text(text)).sentences]
    assert "At a convergent boundary, plates collide." in sentences
    assert not any(s.startswith("- ") or " - " in s for s in sentences)


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        ("Between two neurons is a tiny gap called a synapse.", ["synapse"]),
        ("Leaders from Satsuma called for power to be returned to the emperor.", []),
        ('She said the firm had gained from what she called "an unusual and probably temporary" market.', []),
        ("Many axons are wrapped in a fatty layer called the myelin sheath.", ["myelin sheath"]),
    ],
)
def test_a_called_term_is_the_name_not_its_article_a_particle_or_a_quotation(sentence, terms):
    from quizgen.analyse.terms import find_term_spans

    assert [span.text for span in find_term_spans(sentence)] == terms


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        ("Condensation is the change of water from a gas into a liquid.", ["Condensation"]),
        ("Inflation is a general rise in the prices of goods and services over time.", ["Inflation"]),
        ("Paris is the capital of France.", []),
        ("It is the largest city in Europe.", []),
    ],
)
def test_a_definition_by_a_head_noun_gives_its_key_term(sentence, terms):
    from quizgen.analyse.terms import find_term_spans

    assert [span.text for span in find_term_spans(sentence)] == terms


@pytest.mark.parametrize(
    "not_asked",
    ["37", "Highway", "2", "5383"],
)
def test_labels_and_clock_times_are_not_asked(not_asked):
    text = (
        "Fire\n\nThe blaze began shortly after 2 p.m. near a gravel road off Highway 37 in Oregon, burning "
        "4,500 acres. The asteroid 5383 Leavitt is named after the astronomer Henrietta Leavitt of Harvard."
    )
    asked = {q.answer for q in quizgen.generate(text).questions}
    assert "4,500 acres" in asked and not_asked not in asked


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        ("Demand-pull inflation happens when total spending grows faster than output.", ["Demand-pull inflation"]),
        ("Cost-push inflation, by contrast, occurs when the costs of production rise.", ["Cost-push inflation"]),
        ("Most countries give this job to a central bank, the institution that manages a currency.", ["central bank"]),
        ("Together, evaporation and transpiration are often described as evapotranspiration.", ["evapotranspiration"]),
        ("It happens when you sleep.", []),
        ("Saliva contains amylase, an enzyme that breaks down starch.", ["amylase"]),
        ("A circuit is protected by a fuse, a thin wire that melts if the current is too high.", ["fuse"]),
        ("Mechanical digestion is the physical breaking of food into smaller pieces.", ["Mechanical digestion"]),
    ],
)
def test_terms_defined_by_when_by_apposition_or_described_as(sentence, terms):
    from quizgen.analyse.terms import find_term_spans

    assert [span.text for span in find_term_spans(sentence)] == terms


def test_a_short_sentence_naming_a_term_is_asked_with_what_it_sums_up():
    text = (
        "The Water Cycle\n\nEnergy from the Sun drives the water cycle. When sunlight warms the sea, some water "
        "changes from a liquid into a gas. This process is called evaporation."
    )
    asked = [q for q in quizgen.generate(text).questions if q.answer == "evaporation"]
    assert asked and asked[0].prompt.endswith("into a gas. This process is called [term].")


def test_a_defined_term_sharing_a_word_with_the_title_is_asked_without_the_title():
    text = (
        "Understanding Inflation\n\nPrices rose fast in Germany in 1923. Demand-pull inflation happens when "
        "total spending in an economy grows faster than the economy's ability to produce goods."
    )
    asked = [q for q in quizgen.generate(text).questions if q.answer == "Demand-pull inflation"]
    assert [q.prompt for q in asked] == [
        "[term] happens when total spending in an economy grows faster than the economy's ability to produce goods."
    ]


def test_a_word_of_a_quoted_title_of_a_work_is_not_asked():
    text = (
        "Emily Warren Roebling\n\nEmily Warren Roebling was an American engineer born in Cold Spring in 1843. "
        'In 1899 she won a prize for her essay "A Wife\'s Disabilities" at New York University.'
    )
    assert "Wife" not in {q.answer for q in quizgen.generate(text).questions}


def test_a_city_whose_country_the_sentence_states_gets_only_cities_of_that_country():
    import random

    from handmade import analysis_of, fact_of

    from quizgen.questions.distractors import distractors_for

    stated = analysis_of("Hagia Sophia is a former mosque in [Istanbul](place), Turkey, completed in 537.")
    unstated = analysis_of("Hagia Sophia is a former mosque in [Istanbul](place) and was completed in 537.")
    from quizgen.questions.places import located_in

    options = distractors_for(fact_of(stated, "Istanbul"), stated, 3, random.Random(1))
    assert options == ("Bursa", "Izmir", "Ankara") and {located_in(o) for o in options} == {"Turkey"}
    assert len(distractors_for(fact_of(unstated, "Istanbul"), unstated, 3, random.Random(1))) == 3


def test_a_sum_given_again_in_another_currency_is_asked_once():
    text = (
        "Recall\n\nDanish drugmaker Lundbeck said on Tuesday the recall would cost 310 million Danish kroner, "
        "about $45 million, and cut its profit by 4 percent."
    )
    asked = [q.answers or (q.answer,) for q in quizgen.generate(text).questions]
    # Never alone: either form would tell the other, so one card hides both, or the question leaves it out.
    assert ("310 million Danish kroner", "$45 million") in asked or ("310 million Danish kroner",) in asked
    assert ("$45 million",) not in asked


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Deal\n\nThe merger needs approval from the Department of Justice and shareholders.",
         ("Department of Justice", "organisation")),
        ("Terns\n\nThe International Union for Conservation of Nature lists the tern as least concern.",
         ("International Union for Conservation of Nature", "organisation")),
        ("Semmelweis\n\nHe became an assistant in the First Obstetrical Clinic of the Vienna General Hospital in 1846.",
         # (the ordinal is the clinic's own: Semmelweis's story sets the First Clinic against the Second)
         ("First Obstetrical Clinic of the Vienna General Hospital", "organisation")),
    ],
)
def test_a_title_word_or_for_inside_an_institutions_name_keeps_it_whole(text, span):
    assert span in spans_of(text)


def test_a_possessive_before_a_full_stop_ends_the_sentence():
    from quizgen.analyse.sentences import sentence_offsets

    text = "The jets fit neatly with Northwind's. Others warned that merging is hard. Harry S. Truman won."
    assert [text[a:b] for a, b in sentence_offsets(text)] == [
        "The jets fit neatly with Northwind's.", "Others warned that merging is hard.", "Harry S. Truman won.",
    ]


def test_streets_are_not_asked_and_a_possessive_name_keeps_its_capital_in_a_question():
    text = (
        "Coastal Air deal\n\nCoastal's stock jumped 35 percent by midday on Tuesday after the merger was announced "
        "in Seattle. Residents of Mill Lane and Water Street in Millbrook were told to leave by 6 p.m."
    )
    questions = quizgen.generate(text).questions
    assert not {"Mill Lane", "Water Street"} & {q.answer for q in questions}
    assert (
        "From “Coastal Air deal”: By what percentage did Coastal's stock jump by midday on Tuesday after the merger was "
        "announced in Seattle?"
    ) in {q.prompt for q in questions}


def test_the_top_of_a_range_after_from_is_asked_only_as_a_cloze():
    text = (
        "Arctic tern\n\nThe Arctic tern is a seabird of the family Laridae found in the Arctic. "
        "Its colony on Spitsbergen grew from about 4,000 to 8,500 breeding pairs between the two surveys."
    )
    asked = [q for q in quizgen.generate(text).questions if q.answer == "8,500"]
    assert asked and all(q.kind == "cloze" for q in asked)


def test_a_range_is_asked_whole_never_one_end():
    text = (
        "Arctic tern\n\nThe Arctic tern is a seabird of the family Laridae found in the Arctic. "
        "It has a wingspan of 76 to 85 cm and weighs 86 to 127 grams, and it breeds in Greenland and Norway."
    )
    answers = {q.answer for q in quizgen.generate(text).questions}
    assert {"76 to 85 cm", "86 to 127 grams"} <= answers
    assert not {"76", "85 cm", "86", "127 grams"} & answers


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Launch\n\nThe satellite flew aboard a Tern-5 rocket from French Guiana.", ("Tern-5", "name")),
        ("Plague\n\nThe plague is caused by Yersinia pestis, a bacterium that lives in fleas.", ("Yersinia pestis", "name")),
        ("Plague\n\nResentment over the new laws contributed to the Peasants' Revolt of 1381.", ("Peasants' Revolt", "name")),
    ],
)
def test_model_numbers_species_and_plural_possessives_stay_whole(text, span):
    assert span in spans_of(text)


def test_an_era_marker_is_no_name():
    text = "River\n\nRoman engineers built a bridge at Orsava in the second century AD, parts of which survive."
    assert ("AD", "name") not in spans_of(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Festival\n\nThe headline act, the band Coastal Echo, said it was heartbroken in Leeds.", ("Coastal Echo", "name")),
        ("Hepworth\n\nHer largest work, Single Form, stands outside the UN building in New York.", ("Single Form", "name")),
        ("Hepworth\n\nShe was appointed a Dame Commander of the Order of the British Empire in 1965.",
         ("Order of the British Empire", "organisation")),
    ],
)
def test_bands_works_and_honours_are_no_people(text, span):
    found = spans_of(text)
    assert span in found and not any(kind == "person" for _, kind in found)


@pytest.mark.parametrize(
    ("text", "span", "not_span"),
    [
        ("Water\n\nA court ruled that Severn Valley Water Company overcharged 84,000 households. "
         "A spokesman, Daniel Reese, said Severn Valley was disappointed.",
         ("Severn Valley", "organisation"), ("Severn Valley", "place")),
        # A school takes its town's name; the town stays what it was.
        ("Fire\n\nShelters opened at Loretta Springs High School on Monday. "
         "Forecasters said Loretta Springs received little rain in July.",
         ("Loretta Springs", "name"), ("Loretta Springs", "organisation")),
        ("Papers\n\nShe wrote for the New York Times Company in 1990. She moved to New York in 1991.",
         ("New York", "place"), ("New York", "organisation")),
    ],
)
def test_a_company_named_in_full_before_goes_by_the_start_of_its_name(text, span, not_span):
    found = spans_of(text)
    assert span in found and not_span not in found


def test_described_as_one_of_is_no_term():
    from quizgen.analyse.terms import find_term_spans

    assert find_term_spans("The Bell Rock has been described as one of the Seven Wonders of the Industrial World.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Memorial\n\nThe Albert Memorial was commissioned by Queen Victoria in 1862.", ("Victoria", "person")),
        ("Listing\n\nShares of Lumora rose 12% on Tuesday in New York.", ("Lumora", "name")),
    ],
)
def test_a_title_decides_a_person_and_a_plural_noun_opening_is_no_name(text, span):
    assert span in spans_of(text)


def test_a_term_the_title_names_is_still_asked_where_the_sentence_defines_it():
    text = (
        "The Endocrine System\n\nThe endocrine system is a network of glands that release hormones into the "
        "blood. The pituitary gland sits at the base of the brain."
    )
    assert "endocrine system" in {q.answer for q in quizgen.generate(text).questions}


@pytest.mark.parametrize(
    ("article", "answer", "asked"),
    [
        # blind reviews 71 and 73: with the title dropped (it tells the answer), any animal fits the blank
        ("Axolotl\n\nThe axolotl is a salamander native to the lakes of the Valley of Mexico.\n\n"
         "The axolotl is a carnivore that feeds on worms, insect larvae, molluscs and small fish.", "axolotl", False),
        ("Saiga antelope\n\nThe saiga is an antelope of the Eurasian steppe.\n\n"
         "Saigas are grazers that feed on grasses, herbs and shrubs.", "Saigas", False),
        # the entry's lead defines its subject: still asked
        ("Glaciers\n\nA glacier is a large mass of ice that forms on land and moves slowly downhill under its own "
         "weight.", "glacier", True),
    ],
)
def test_an_entrys_subject_is_asked_where_its_lead_defines_it_not_where_later_sentences_describe_it(
    article, answer, asked
):
    answers = {a for q in quizgen.generate(article).questions for a in (q.answers or (q.answer,))}
    assert (answer in answers) == asked


def test_a_sum_written_two_ways_is_asked_once():
    # blind review 71: the standfirst's "£310m" and the body's "£310 million" were asked as two items
    article = (
        "Lithium mine approved\n\nCouncillors back Trelowen Lithium's £310m project near St Austell.\n\n"
        "Plans for Britain's largest lithium mine, a £310 million project, were approved by Cornwall Council on "
        "Wednesday after a seven-hour meeting."
    )
    answers = [q.answer for q in quizgen.generate(article).questions]
    assert len([a for a in answers if a.startswith("£310")]) == 1, answers


@pytest.mark.parametrize(
    ("text", "placed", "winner"),
    [
        # blind review 74's article, after its fixture line went: "with Norway's [Ingrid Sæther] third in 1:52.40"
        ("Speed skating\n\nFemke Dijkstra won the 1500m in Calgary on Saturday. Ouellet finished second in 1:52.07, "
         "with Norway's Ingrid Sæther third in 1:52.40. It was the first world record of Dijkstra's career, and the "
         "crowd of 4,000 rose to its feet.", "Ingrid Sæther", "Femke Dijkstra"),
        ("Marathon\n\nAmos Kiprono won the Berlin Marathon on Sunday. Kenya's Wilson Rotich was third in 2:06:33. "
         "About 45,000 runners started the race, a record for the event.", "Wilson Rotich", "Amos Kiprono"),
    ],
)
def test_a_competitor_placed_third_or_lower_is_no_fact_but_the_winner_is(text, placed, winner):
    facts = {fact.span.text for fact in analyse(document_from_text(text)).facts}
    assert placed not in facts and winner in facts
