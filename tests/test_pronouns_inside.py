"""A pronoun inside the sentence, not at its start, whose referent only the sentence before names."""

import pytest

import quizgen
from quizgen.analyse import analyse
from quizgen.questions.leaning import leans_on_previous
from quizgen.read import document_from_text


def _after_a_plain_sentence(text):
    """`text` as the sentence after one that names nothing it could point at."""
    return analyse(document_from_text(f"Geography\n\nThe town lies on a plain. {text}")).sentences[2]


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # blind review 95: "a team … found a way to extract it" never says what was extracted
        pytest.param(
            "Between 1952 and 1955 a group at the University of Leeds led by Mary Holt and Peter Quinn found a way to "
            "mass-produce it.",
            True,
            id="found-a-way-to-act-on-it",
        ),
        pytest.param(
            "In 1871 the town council won permission to demolish it.", True, id="won-permission-to-act-on-it"
        ),
        pytest.param(
            "Farmers cleared the field and had permission to plough it.", False, id="an-earlier-clause-names-it"
        ),
        pytest.param(
            "Owners of the old mill sought permission to demolish it in 1871.", False, id="the-subject-names-it"
        ),
        # blind review 93: "extracting and assaying" joins no people that "they" could be
        pytest.param(
            "With Peter Reed, who devised methods for growing and testing the mould, they showed in May 1951 that the "
            "drug cured mice.",
            True,
            id="gerunds-joined-by-and-are-not-they",
        ),
        pytest.param(
            "With Mary Holt and Peter Quinn, who devised methods for growing the mould, they showed in May 1951 that the "
            "drug cured mice.",
            False,
            id="two-people-joined-by-and-may-be-they",
        ),
        # blind reviews 70, 83, 93: "… described them as trained officials", "… dismissed it as 'Gothic'"
        pytest.param(
            "Travellers such as Ibn Jubayr, writing in the 1180s, and the poet Al-Idrisi, whose atlas appeared in 1154, "
            "described them as skilled craftsmen.",
            True,
            id="described-them-as",
        ),
        pytest.param(
            "Later critics, who admired the temples of ancient Greece, dismissed it as crude.",
            True,
            id="dismissed-it-as-after-a-relative-clause",
        ),
        pytest.param(
            "When the bridge opened in 1890, critics described it as a monster.", False, id="a-clause-before-names-it"
        ),
        pytest.param(
            "Most of the town's farmers regarded it as essential that the dam be built.", False, id="an-empty-it-as"
        ),
        pytest.param(
            "Critics saw the new bridge in 1890 and described it as a triumph.", False, id="an-and-clause-names-it"
        ),
    ],
)
def test_a_pronoun_inside_the_sentence_with_nothing_before_it_to_be_leans_on_the_sentence_before(text, leans):
    assert leans_on_previous(_after_a_plain_sentence(text)) == leans


def _prompts(article, answer):
    return [q.prompt for q in quizgen.generate(article).questions if q.answer == answer]


def test_an_it_a_team_found_a_way_to_extract_is_asked_after_the_sentence_naming_it():
    article = (
        "Antibiotics\n\nAn antibiotic is a medicine that kills bacteria. Streptomycin was first isolated from soil "
        "bacteria in 1943. Its discoverer was unable to produce streptomycin in large amounts. Between 1944 and 1946 a "
        "team at the University of Leeds led by Mary Holt and Peter Quinn found a way to mass-produce it, and in 1946 a "
        "farmer, Thomas Reed, became one of the first patients to be treated."
    )
    prompts = _prompts(article, "Thomas Reed")
    assert prompts
    assert all("unable to produce streptomycin in large amounts." in prompt for prompt in prompts), prompts


def test_a_they_no_sentence_before_explains_is_not_asked():
    article = (
        "Streptomycin\n\nStreptomycin is an antibiotic. A decade later a team at the University of Leeds, led by Mary "
        "Holt and Peter Quinn, revisited the earlier work. With Peter Reed, who devised methods for growing and "
        "testing the mould, they showed in May 1951 that streptomycin cured mice."
    )
    assert _prompts(article, "May 1951") == []


def test_the_list_a_name_in_the_sentence_before_is_asked_after_it():
    article = (
        "Kilwa\n\nKilwa is an island off the coast of Tanzania. It was a trading port for centuries. In 2004 the site "
        "was placed on the List of World Heritage in Danger because of coastal erosion. After restoration work funded "
        "by France and Japan, it was removed from the list in 2014."
    )
    prompts = _prompts(article, "2014")
    assert prompts
    assert all(
        prompt.startswith("From “Kilwa”: In 2004 the site was placed on the List of World Heritage in Danger")
        for prompt in prompts
    ), prompts


def test_what_writers_described_them_as_is_asked_after_the_sentence_naming_them():
    article = (
        "Guilds\n\nGuilds organised trade in medieval towns. The masters who trained apprentices were called "
        "guildsmen. Travellers such as Ibn Jubayr, writing in the 1180s, and the poet Al-Idrisi, whose atlas appeared "
        "in 1154, described them as skilled craftsmen attached to each town."
    )
    prompts = _prompts(article, "1154")
    assert prompts
    assert all("The masters who trained apprentices were called guildsmen." in prompt for prompt in prompts), prompts


BERING = (
    "Vitus Bering\n\nVitus Bering was a Danish navigator in Russian service. In 1740 Bering founded a harbour on "
    "Avacha Bay in Kamchatka. He named it Petropavlovsk after his two ships, the St Peter and the St Paul. The ships "
    "sailed in June 1741, with Bering commanding the St Peter, but they lost contact in a storm."
)


def test_a_biographys_title_says_who_named_it_not_what_it_is():
    # blind review 73: "the lead-in 'He named it Petropavlovsk' leaves 'it' unresolved"
    assert _prompts(BERING, "June 1741") == []
    prompts = _prompts(BERING, "Petropavlovsk")
    assert prompts
    assert all("In 1740 Bering founded a harbour on Avacha Bay in Kamchatka. He named it" in p for p in prompts), prompts


def test_a_lead_in_whose_he_names_what_he_named_is_still_shown():
    article = BERING.replace("He named it Petropavlovsk after his two ships,", "He named the harbour after his ships,")
    prompts = _prompts(article, "June 1741")
    assert prompts
    assert all(prompt.startswith("From “Vitus Bering”: He named the harbour") for prompt in prompts), prompts


_HOLM = (
    "Anders Holm\n\nAnders Holm was a Danish astronomer born in 1650. He studied at the University of Copenhagen under "
    "Rasmus Bartholin. In 1671 the French astronomer Louis Morel came to Denmark to measure the island of Hven. Holm "
    "assisted him, and when Louis Morel returned to France in 1672 he brought the Dane with him."
)


@pytest.mark.parametrize(
    ("answer", "begins"),
    [
        # blind review 87: "Once Picard is blanked, 'Rømer assisted him' and 'he brought the Dane' point to no one"
        pytest.param("Louis Morel", None, id="the-person-him-stands-for-is-not-hidden"),
        pytest.param(
            "1672",
            "From “Anders Holm”: Holm assisted him, and when Louis Morel returned",
            id="a-year-beside-the-person-him-stands-for-is-still-asked",
        ),
    ],
)
def test_a_biographys_subject_acting_on_him_does_not_hide_who_he_is(answer, begins):
    asked = [q.prompt for q in quizgen.generate(_HOLM).questions if q.answer == answer]
    if begins is None:
        assert asked == []
    else:
        assert asked and all(prompt.startswith(begins) for prompt in asked), asked
