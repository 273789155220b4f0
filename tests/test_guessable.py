"""Names the rest of the card gives away are not asked; names only the article teaches still are."""

import pytest

import quizgen
from quizgen.questions.guessable import capital_of, demonym_country


def _answers(title: str, text: str) -> set[str]:
    return {question.answer for question in quizgen.generate(f"{title}\n\n{text}").questions}


@pytest.mark.parametrize(
    ("title", "text", "answer"),
    [
        # a great capital tied to its country by its people, as an address, or called the capital (reviews 29-64)
        ("Fans", "Thousands of Hungarian supporters travelled from Budapest to Vienna for the final on Saturday, "
         "when the team won 2-1.", "Budapest"),
        ("Treaty", "The Russians refused to sign until Moscow had approved the final text in 1689, two years after "
         "the siege ended.", "Moscow"),
        ("Cold War", "Soviet troops stayed in Eastern Europe, and by 1948 governments loyal to Moscow ruled Poland "
         "and Hungary.", "Moscow"),
        ("Bank", "The bank opened an office in Nairobi, Kenya, in 2015, its first in Africa, and hired 40 staff.",
         "Nairobi"),
        ("Maps", "For example, Cairo, the capital of Egypt, lies at about 30 degrees north of the equator.", "Cairo"),
        ("Outbreak", "Most of the 900 cases were in the capital, Bucharest, according to figures published on Monday "
         "by health officials in Romania.", "Bucharest"),
        # the district names its city (blind review 71)
        ("Frances Perkins", "The Department of Labor's headquarters in Washington, D.C., completed in 1975, was "
         "named the Frances Perkins Building in 1980.", "Washington"),
        # an ocean beside another ocean
        ("Magellan", "In 1520 Magellan sailed from the Atlantic Ocean into the Pacific Ocean through a strait at the "
         "tip of South America.", "Pacific Ocean"),
        ("Gyres", "There are five major gyres: two in the Atlantic, two in the Pacific and one in the Indian Ocean.",
         "Indian Ocean"),
        # the name's own word on the card, inside another word
        ("The Transatlantic Slave Trade", "Between 1500 and 1860 ships carried about 12.5 million people across the "
         "Atlantic Ocean to the Americas.", "Atlantic Ocean"),
        # a body named for a people, its country on the card (review 49: Lieutenant Palander of the [Royal Swedish
        # Navy] beside King Oscar II of Sweden)
        ("Louis Palander", "Palander, who was born in Sweden in 1842, joined the Royal Swedish Navy in 1858 and rose "
         "to the rank of admiral.", "Royal Swedish Navy"),
        # a continent's union in a story set in one of its countries
        ("Germany raises minimum wage", "The unions said the wage should reach 60% of the median wage, in line with "
         "a European Union directive adopted in 2022.", "European Union"),
        # a court that rules
        ("Schools", "In 1954 the Supreme Court ruled that separate schools for black and white children were "
         "unconstitutional.", "Supreme Court"),
        # a department whose field the card names
        ("Mining executive jailed", "Whitcombe paid about $1.2 million to two officials at the state's Department "
         "of Mines, disguising the money as consultancy fees.", "Department of Mines"),
        # the country a sentence opens on, the setting of its fact (blind reviews 46, 65, 73: bad)
        ("Electric circuits", "In the UK, every socket and light receives the full mains voltage of 230 V, and "
         "each appliance can be switched on or off independently.", "UK"),
        ("Radioactivity", "Background radiation comes from many sources. In the United Kingdom the largest single "
         "source is radon, a radioactive gas that seeps out of rocks such as granite.", "United Kingdom"),
        # a ship's prefix names its navy (blind review 49, bad)
        ("Tubbataha Reef", "In January 2013 the United States Navy minesweeper USS Guardian ran aground on the South "
         "Atoll, damaging about 2,345 square metres of reef.", "United States Navy"),
        # the prize awarded in a field by that name (blind review 100, bad)
        ("Santiago Ramón y Cajal", "In 1906 Cajal shared the Nobel Prize in Physiology or Medicine with the Italian "
         "scientist Camillo Golgi, who had developed the staining method Cajal used.", "Nobel Prize"),
    ],
)
def test_a_name_the_card_gives_away_is_not_asked(title, text, answer):
    assert answer not in _answers(title, text)


@pytest.mark.parametrize(
    ("title", "text", "answer"),
    [
        # the country named elsewhere in the sentence does not point at one of its cities
        ("Danube", "After crossing the plain, the river enters Serbia, where it receives the Sava at Belgrade, "
         "1,170 km from its mouth.", "Belgrade"),
        ("Trans-Siberian Railway", "The railway runs for 9,289 km across Russia, linking Moscow with the Pacific "
         "port of Vladivostok.", "Moscow"),
        # a people of one of the United Kingdom's nations is not the state (judged ok, review 60)
        ("Coins", "The youngest coin in the hoard is a penny of the English king Aethelred II, minted in London "
         "around 991.", "London"),
        # the same names with nothing on the card to tell them
        ("Louis Palander", "Palander, born in 1842, joined the Royal Swedish Navy in 1858 and rose to the rank of "
         "admiral.", "Royal Swedish Navy"),
        ("Mauritius", "Mauritius is an island nation in the Indian Ocean, about 2,000 kilometres off the coast of "
         "Africa.", "Indian Ocean"),
        # a place named for a people is not that country's alone
        ("Troops", "South Korea and the US agreed to share the cost of keeping US troops on the Korean Peninsula, "
         "where 28,500 are based.", "Korean Peninsula"),
        # a small capital is no general knowledge
        ("Mekong", "The river marks the border between Laos and Thailand, passing the old royal capital of Luang "
         "Prabang and the Lao capital, Vientiane.", "Vientiane"),
        # one ocean alone; a sea between two oceans
        ("Volcanoes", "About 75 per cent of the world's active volcanoes lie around the edge of the Pacific Ocean, "
         "in a zone called the Ring of Fire.", "Pacific Ocean"),
        ("Panama Canal", "The Panama Canal is an artificial waterway, about 82 kilometres long, that links the "
         "Atlantic Ocean, by way of the Caribbean Sea, with the Pacific Ocean.", "Caribbean Sea"),
        # a court the sentence defines, a union outside a story about its members
        ("Government", "The judicial branch, led by the Supreme Court, interprets the laws that Congress passes.",
         "Supreme Court"),
        ("Trade deal", "In 2019 the European Union signed a trade agreement with Mercosur, the South American bloc, "
         "after 20 years of talks.", "European Union"),
        # a city the sentence opens on, or a country later in it, is no setting alone
        ("The Reformation", "In Zurich, Ulrich Zwingli led reforms from 1519, and the city council backed him.",
         "Zurich"),
        ("Radioactivity", "The largest single source of background radiation in the United Kingdom is radon, a "
         "radioactive gas that seeps out of rocks such as granite.", "United Kingdom"),
        # a navy with no ship of its named (judged ok, review 86)
        ("Enigma machine", "By the end of the war some 210 bombes were in use in Britain, and the U.S. Navy had built "
         "more than 120 of its own.", "U.S. Navy"),
        # the field is what the student learns
        ("Santiago Ramón y Cajal", "In 1906 Cajal shared the Nobel Prize in Physiology or Medicine with the Italian "
         "scientist Camillo Golgi, who had developed the staining method Cajal used.", "Camillo Golgi"),
    ],
)
def test_a_name_only_the_article_teaches_is_still_asked(title, text, answer):
    assert answer in _answers(title, text)


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Hungarian", "Hungary"), ("Russians", "Russia"), ("Portuguese", "Portugal"), ("Swedish", "Sweden"),
        ("French", "France"), ("Malagasy", "Madagascar"), ("Nigerian", "Nigeria"), ("British", "United Kingdom"),
        ("English", None), ("Kenya's", None),
        ("Paris", None),
    ],
)
def test_a_demonym_names_its_country(word, country):
    assert demonym_country(word) == country


@pytest.mark.parametrize(
    ("city", "country"), [("Moscow", "Russia"), ("Nairobi", "Kenya"), ("Vientiane", None), ("Lyon", None)]
)
def test_only_a_great_capital_is_one_a_student_knows(city, country):
    assert capital_of(city) == country
