"""Sentence splitting: abbreviations, initials, decimals and quotations stay inside one sentence."""

import pytest

from quizgen.analyse.sentences import sentence_offsets


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_offsets(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Smith arrived. He left.", ["Dr. Smith arrived.", "He left."]),
        ("The U.S. Army left Korea. Talks began.", ["The U.S. Army left Korea.", "Talks began."]),
        ("It opened on Aug. 20 in Seoul. Then it closed.", ["It opened on Aug. 20 in Seoul.", "Then it closed."]),
        ("Spending rose by 8.2 percent. It fell later.", ["Spending rose by 8.2 percent.", "It fell later."]),
        ("He met J. R. Tolkien in Oxford. They talked.", ["He met J. R. Tolkien in Oxford.", "They talked."]),
        ("“We agree,” the statement said. Talks go on.", ["“We agree,” the statement said.", "Talks go on."]),
        ("He said: “We will win.” The crowd cheered.", ["He said: “We will win.”", "The crowd cheered."]),
        ("Why? Because it rained! Nobody came.", ["Why?", "Because it rained!", "Nobody came."]),
        ("Plants, e.g. ferns, grow here. Animals too.", ["Plants, e.g. ferns, grow here.", "Animals too."]),
        ("Harry S. Truman was president in 1950. He sent troops.", ["Harry S. Truman was president in 1950.", "He sent troops."]),
        ("No full stop at the end", ["No full stop at the end"]),
        ("It was ruled by Queen Margaret I. The union lasted.", ["It was ruled by Queen Margaret I.", "The union lasted."]),
        ("Winds reached 120 km/h. Mount St. Helens erupted.", ["Winds reached 120 km/h.", "Mount St. Helens erupted."]),
        # a unit in small letters after its figure ends a sentence; a capital after a figure may be an initial
        ("Some species may exceed 30 m. Trunk diameters of 7 to 11 m are recorded.",
         ["Some species may exceed 30 m.", "Trunk diameters of 7 to 11 m are recorded."]),
        ("Plan 9 B. Smith wrote it.", ["Plan 9 B. Smith wrote it."]),
        ("For pure water it is 0 °C. Heating a liquid further makes it boil.",
         ["For pure water it is 0 °C.", "Heating a liquid further makes it boil."]),
        # A clock time ends a sentence unless a day, a month or a time zone goes on with it.
        ("The order came at 9 p.m. Deputies went door to door.", ["The order came at 9 p.m.", "Deputies went door to door."]),
        ("It broke in at 2 a.m. The alarm rang.", ["It broke in at 2 a.m.", "The alarm rang."]),
        ('It crossed after 9 p.m. "We had crews there," she said.', ["It crossed after 9 p.m.", '"We had crews there," she said.']),
        ("It began at 6 a.m. Monday and ended.", ["It began at 6 a.m. Monday and ended."]),
        ("They met at 5 p.m. ET and left.", ["They met at 5 p.m. ET and left."]),
        ("A stop began at 5:40 a.m. Pacific time. It ended.", ["A stop began at 5:40 a.m. Pacific time.", "It ended."]),
        ("It opened at 7 a.m. Jan. 3 in Ohio.", ["It opened at 7 a.m. Jan. 3 in Ohio."]),
        ("It shuts at 6 p.m. on weekdays.", ["It shuts at 6 p.m. on weekdays."]),
        # The last of a run of notes ends a sentence (blind review 80 asked "[G–B–D. Capital]" as one organisation).
        ("Chord V is G–B–D. Capital numerals show major chords.", ["Chord V is G–B–D.", "Capital numerals show major chords."]),
        ("The route ran A-B-C. Trains were slow.", ["The route ran A-B-C.", "Trains were slow."]),
        ("The engineer Jean-P. Moreau built it.", ["The engineer Jean-P. Moreau built it."]),
    ],
)
def test_sentences_split_only_where_a_sentence_ends(text, expected):
    assert sentences(text) == expected


def test_offsets_slice_the_paragraph_exactly():
    text = "  First one.   Second one!  Third?  "
    assert [text[a:b] for a, b in sentence_offsets(text)] == ["First one.", "Second one!", "Third?"]
