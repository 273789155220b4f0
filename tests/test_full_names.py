"""A card that names someone only by surname ("Mr. Kjærgaard said …") writes them out as the article introduced them."""

import pytest

import quizgen
from quizgen.questions.full_names import written_out_from

DANISH_CARS = (
    "Electric cars outsell petrol in Denmark\n\n"
    "Fully electric cars made up more than half of all new passenger cars registered in Denmark last year. "
    '"Now the question is how quickly the remaining petrol buyers follow," said Mads Kjærgaard, chief executive of '
    "the importers' association. "
    "Dr. Line Holm, a transport economist at the Technical University of Denmark, said the target now looked within "
    "reach. "
    "Mr. Kjærgaard said the association expects the electric share to reach between 60% and 65% in 2025. "
    "Dr. Holm said that about 312,000 electric cars were on Danish roads at the end of December."
)
AVOCADOS = (
    "Peru's avocado exports hit a record\n\n"
    "Peru's avocado growers sold a record $1.3 billion worth of fruit abroad last year. "
    '"This is the best season we have ever had," said Juan Carlos Paredes, the association\'s president. '
    "Exports rose to 642,000 tonnes in the 12 months to December, up 17% from a year earlier. "
    "Paredes said the long-term target of $2 billion in annual sales by 2030 remained within reach."
)
IRONMAN = (
    "Finnish triathlete wins Ironman world title\n\n"
    "Aino Lehtonen became the first Finnish athlete to win an Ironman world title on Saturday. "
    "Defending champion Hannah Wexford of Britain was second, while American Courtney Dale took third. "
    "Lehtonen collects $125,000 in prize money. "
    "Wexford earns $75,000 and Dale $50,000."
)
QUBITRA = (
    "Quantum start-up Qubitra raises €210m\n\n"
    "Qubitra, a quantum computing company spun out of Delft University of Technology in 2019, said on Tuesday it had "
    "raised €210 million. "
    '"The hard part is building a thousand qubits," said Dr. Anouk de Wit, Qubitra\'s co-founder and chief executive. '
    "The company employs about 140 people in Delft. "
    "De Wit said the 1,000-qubit machine would be offered to paying customers through the cloud from 2028."
)


# (article, answer, how every item asking it must read, in part)
WRITTEN_OUT_CASES = [
    pytest.param(
        DANISH_CARS, "2025", "Mads Kjærgaard said the association expects the electric share to reach between",
        id="mr-kjaergaard-is-mads-kjaergaard-and-his-honorific-goes",
    ),
    pytest.param(
        DANISH_CARS, "312,000",
        "Dr. Line Holm, a transport economist at the Technical University of Denmark, said that about",
        id="dr-holm-keeps-her-title-and-the-role-that-says-where",
    ),
    pytest.param(
        AVOCADOS, "2030", "Juan Carlos Paredes said the long-term target",
        id="paredes-is-juan-carlos-paredes-without-a-role-that-leaves-the-association-unnamed",
    ),
    pytest.param(
        IRONMAN, "$50,000", "Hannah Wexford earns $75,000 and Courtney Dale _____",
        id="both-surnames-of-a-sentence-are-written-out",
    ),
    pytest.param(
        IRONMAN, "$75,000", "Hannah Wexford earns [amount] and Courtney Dale $50,000",
        id="a-name-after-the-blank-is-written-out-too",
    ),
    pytest.param(
        QUBITRA, "2028", "Dr. Anouk de Wit, Qubitra's co-founder and chief executive, said the 1,000-qubit machine",
        id="a-surname-with-a-particle-capitalised-at-the-start",
    ),
    pytest.param(
        "Dijkstra breaks 1500m world record\n\nSkating in the final pair against Canada's Isabelle Ouellet, Femke "
        "Dijkstra set a world record of 1:50.12. Her coach said she had trained for it all summer. Dijkstra now leads "
        "the World Cup standings with 160 points, 28 ahead of Ouellet.",
        "160", "with _____ points, 28 ahead of Isabelle Ouellet",
        id="a-name-after-a-countrys-possessive",
    ),
    pytest.param(
        "Penicillin\n\nAlexander Fleming, who said he found it by accident, discovered penicillin in London. A team led "
        "by Howard Florey and Ernst Chain purified it at Oxford. Fleming, Florey and Chain shared the Nobel Prize in "
        "1945.",
        "1945", "Alexander Fleming, Howard Florey and Ernst Chain shared the Nobel Prize",
        id="a-list-of-surnames-is-written-out-whole",
    ),
]


@pytest.mark.parametrize(("article", "answer", "reads"), WRITTEN_OUT_CASES)
def test_a_person_named_by_surname_is_written_out_as_the_article_introduced_them(article, answer, reads):
    _assert_every_item_reads(article, answer, reads)


# (article, answer, how every item asking it must still read)
LEFT_AS_IS_CASES = [
    pytest.param(
        "Clara and Robert Schumann\n\nClara Schumann was a pianist and composer born in Leipzig. She married the "
        "composer Robert Schumann, who said in 1840 that she played better than anyone. Schumann wrote about 150 songs "
        "in 1840 alone.",
        "150", "Schumann wrote about _____ songs",
        id="two-people-share-the-surname",
    ),
    pytest.param(
        "Ironman result\n\nDefending champion Hannah Wexford of Britain was second in Kona. Wexford earns $75,000 "
        "for second place. The next race is held in Wexford in 2026.",
        "$75,000", "Wexford earns",
        id="the-surname-is-also-a-place",
    ),
    pytest.param(
        "Ada Lovelace\n\nAda Lovelace was the only legitimate child of the poet George Gordon Byron, who said she was "
        "his hope. In January 1816 Lady Byron left her husband, taking the infant with her. Ada married William King "
        "in 1835 and had three children.",
        "January 1816", "From “Ada Lovelace”: In _____ Lady Byron left",
        id="lady-byron-is-not-the-poet",
    ),
    pytest.param(
        "Middlemarch\n\nMiddlemarch is a novel by George Eliot. Its heroine, Dorothea Brooke, said she longed to do "
        "good. In late 1870 Eliot started a shorter story, Miss Brooke, about a young woman with idealistic ambitions.",
        "Eliot", "In late 1870 [person] started a shorter story, Miss Brooke, about",
        id="a-storys-name-is-no-person",
    ),
    pytest.param(
        "Lehtonen wins Ironman world title\n\nAino Lehtonen became the first Finnish athlete to win an Ironman world "
        "title on Saturday. Lehtonen said she had dreamed of it since 2009.",
        "2009", "Lehtonen said she had dreamed",
        id="the-headline-already-names-her",
    ),
    pytest.param(
        "Penicillin\n\nAlexander Fleming, who said he found it by accident, discovered penicillin in London. A team at "
        "Oxford purified it. Fleming, Florey and Chain shared the Nobel Prize in 1945.",
        "1945", "Fleming, Florey and Chain shared the Nobel Prize",
        id="a-list-of-surnames-not-all-introduced-stays-as-it-is",
    ),
    pytest.param(
        "Trans-Siberian Railway\n\nThe railway links European Russia with the Russian Far East. East of Irkutsk the "
        "track follows the shore of Lake Baikal for about 200 kilometres.",
        "200 kilometres", "East of Irkutsk the track follows",
        id="a-compass-word-is-no-surname",
    ),
]


@pytest.mark.parametrize(("article", "answer", "reads"), LEFT_AS_IS_CASES)
def test_a_surname_that_may_be_someone_else_is_left_as_the_article_wrote_it(article, answer, reads):
    _assert_every_item_reads(article, answer, reads)


def test_a_place_after_a_possessive_is_no_persons_surname():
    article = (
        "Telegraph\n\nWheatstone was a professor at King's College London, said Cooke. The two men patented their "
        "telegraph in 1837. The telegraph became famous in January 1845, when John Tawell, who had murdered Sarah Hart "
        "at Salt Hill near Slough, escaped on a train to London."
    )
    prompts = [q.prompt for q in quizgen.generate(article).questions]
    assert any("escaped on a train to London." in p for p in prompts), prompts
    assert not any("College London" in p.replace("King's College London", "") for p in prompts), prompts


def test_the_person_asked_about_is_never_written_out():
    questions = quizgen.generate(QUBITRA).questions
    asked = [q for q in questions if q.answer == "De Wit"]
    assert all("Anouk" not in q.prompt for q in asked), [q.prompt for q in asked]
    assert all(q.answer in q.sentence for q in questions)


@pytest.mark.parametrize(
    ("sentence", "shown", "same"),
    [
        ("Mr. Kjærgaard said growth would slow.", "From “X”: Mads Kjærgaard said growth would slow.", True),
        ("Even so, Paredes said it.", "From “X”: Even so, Juan Carlos Paredes, the president, said it.", True),
        ("Wexford earns $75,000 and Dale $50,000.", "From “X”: Hannah Wexford earns $75,000 and Courtney Dale.", False),
        ("The plan cost $5 billion.", "From “X”: The plan cost $6 billion.", False),
    ],
)
def test_a_cloze_whose_people_were_written_out_still_matches_its_sentence(sentence, shown, same):
    assert written_out_from(sentence, shown) is same


def _assert_every_item_reads(article, answer, reads):
    questions = quizgen.generate(article).questions
    asked = [q for q in questions if q.answer == answer]
    assert asked, [(q.answer, q.prompt) for q in questions]
    assert all(reads in q.prompt for q in asked), [q.prompt for q in asked]
