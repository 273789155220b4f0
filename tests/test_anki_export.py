"""Decks imported by the official Anki code: exact cards, clean fields, in-place updates, history kept."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import anki.lang
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.utils import strip_html
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.errors import QuizgenError
from quizgen.export.anki import MCQ_FIELDS, deck_names, write_deck
from quizgen.export.anki_text import Blank, cloze_parts
from quizgen.model import Question, QuestionBank

anki.lang.set_lang("en")  # strip_html needs a language

NOW = 1_800_000_000.0
NO_CARDS = "select count() from notes where id not in (select nid from cards)"


def cloze(qid: str, sentence: str, answer: str, hint: str = "", section: str = "") -> Question:
    marked = "{{c1::" + answer + (f"::{hint}" if hint else "") + "}}"
    return Question(
        id=qid,
        kind="cloze",
        prompt=sentence.replace(answer, f"[{hint or '...'}]", 1),
        answer=answer,
        answer_kind="percent",
        sentence=sentence,
        sentence_index=0,
        cloze=sentence.replace(answer, marked, 1),
        answers=(answer,),
        section=section,
    )


def mcq(qid: str, sentence: str, answer: str, options: tuple[str, ...], section: str = "") -> Question:
    return Question(
        id=qid,
        kind="mcq",
        prompt=sentence.replace(answer, "_____", 1),
        answer=answer,
        answer_kind="year",
        sentence=sentence,
        sentence_index=1,
        options=options,
        tags=("chapter one",),
        section=section,
    )


def article_bank(edited: bool = False) -> QuestionBank:
    """A small bank; `edited` changes words outside every answer, as a corrected article would."""
    verb = "climbed" if edited else "rose"
    where = "the peninsula" if edited else "Korea"
    questions = (
        cloze("c-spend", f"Defence spending {verb} by 8.2% last year.", "8.2%", hint="percentage"),
        cloze("c-cost", f"Seoul paid 1.04 trillion won for troops in {where}.", "1.04 trillion won"),
        cloze("c-staff", f"About 28,500 soldiers are stationed in {where}.", "28,500", section="Background"),
        mcq("m-year", f"The troops arrived in {where} in 1950.", "1950", ("1945", "1950", "1953", "1961")),
        mcq("m-deal", f"The cost-sharing deal {verb} in 2019.", "2019", ("2017", "2018", "2019")),
        mcq("m-camp", f"Camp Humphreys opened in {where} in 2018.", "2018", ("2016", "2018"), section="Background"),
    )
    return QuestionBank(title="US troops in Korea", slug="us-troops-korea", sha256="0" * 64, questions=questions)


def import_into(col: Collection, apkg: Path):
    request = ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """A fresh collection with the sample deck imported once; tests here only read it."""
    folder = tmp_path_factory.mktemp("imported")
    write_deck([article_bank()], folder / "deck.apkg", now=NOW)
    col = Collection(str(folder / "collection.anki2"))
    log = import_into(col, folder / "deck.apkg")
    yield col, log
    col.close()


def shown(card_html: str) -> str:
    """What the student reads: the text without tags, entities decoded, spaces collapsed."""
    return " ".join(strip_html(card_html).split())


def cards_by_quizgen_id(col: Collection) -> dict[str, object]:
    return {col.get_card(cid).note()["QuizgenId"]: col.get_card(cid) for cid in col.find_cards("")}


def test_every_question_becomes_exactly_one_note_with_one_card(imported):
    col, log = imported
    assert (len(log.new), col.note_count(), col.card_count()) == (6, 6, 6)
    assert col.db.scalar(NO_CARDS) == 0


def test_anki_finds_no_problem_in_any_note(imported):
    col, _ = imported
    assert [col.get_note(nid).fields_check() for nid in col.find_notes("")] == [0] * 6
    col.fix_integrity()
    assert col.card_count() == 6
    assert col.db.scalar(NO_CARDS) == 0


def test_cloze_card_hides_the_answer_and_the_back_shows_it(imported):
    col, _ = imported
    for qid, answer, blank in [("c-spend", "8.2%", "[percentage]"), ("c-cost", "1.04 trillion won", "[...]")]:
        card = cards_by_quizgen_id(col)[qid]
        front, back = shown(card.question()), shown(card.answer())
        assert blank in front and answer not in front
        assert answer in back and blank not in back


def test_multiple_choice_card_lists_the_options_and_the_back_names_the_right_one(imported):
    col, _ = imported
    card = cards_by_quizgen_id(col)["m-deal"]
    front, back = card.question(), card.answer()
    assert shown(front) == "The cost-sharing deal rose in _____. 2017 2018 2019"
    assert front.count("<li>") == 3  # the empty options D to F vanish
    assert "qg-right" not in front.split("</style>")[1]  # the front marks no option
    assert 'class="qg-answer">C. 2019</div>' in back
    assert "The cost-sharing deal rose in 2019." in shown(back)
    assert 'qg-right-C"' in back


def test_the_deck_is_named_after_the_title_and_sections_become_subdecks(imported):
    col, _ = imported
    decks = {qid: col.decks.name(card.did) for qid, card in cards_by_quizgen_id(col).items()}
    assert decks == {
        "c-spend": "US troops in Korea",
        "c-cost": "US troops in Korea",
        "c-staff": "US troops in Korea::Background",
        "m-year": "US troops in Korea",
        "m-deal": "US troops in Korea",
        "m-camp": "US troops in Korea::Background",
    }


def test_notes_are_tagged_with_quizgen_the_source_and_the_answer_kind(imported):
    col, _ = imported
    notes = {card.note()["QuizgenId"]: card.note() for card in cards_by_quizgen_id(col).values()}
    assert sorted(notes["c-spend"].tags) == ["quizgen", "quizgen::kind::percent", "quizgen::source::us-troops-korea"]
    assert sorted(notes["m-year"].tags) == [
        "chapter_one",
        "quizgen",
        "quizgen::kind::year",
        "quizgen::source::us-troops-korea",
    ]


def test_note_types_have_their_fixed_names_and_fields(imported):
    col, _ = imported
    names = sorted(model["name"] for model in col.models.all() if model["name"].startswith("quizgen"))
    assert names == ["quizgen Cloze", "quizgen Multiple Choice"]
    mcq_model = col.models.by_name("quizgen Multiple Choice")
    assert tuple(field["name"] for field in mcq_model["flds"]) == MCQ_FIELDS
    assert col.models.by_name("quizgen Cloze")["type"] == 1  # a true cloze note type


@pytest.fixture(scope="module")
def studied_then_updated(tmp_path_factory):
    """Import, re-import the same file, study one card, then import the deck of the edited article."""
    folder = tmp_path_factory.mktemp("updated")
    write_deck([article_bank()], folder / "first.apkg", now=NOW)
    write_deck([article_bank(edited=True)], folder / "edited.apkg", now=NOW + 3600)
    col = Collection(str(folder / "collection.anki2"))
    import_into(col, folder / "first.apkg")
    again = import_into(col, folder / "first.apkg")
    card = cards_by_quizgen_id(col)["c-spend"]
    card.start_timer()  # the scheduler records how long the answer took
    col.sched.answerCard(card, 4)  # Easy: a new card graduates to a review interval of days
    before = (card.id, card.ivl, card.due, card.type, col.db.scalar("select count() from revlog where cid=?", card.id))
    update = import_into(col, folder / "edited.apkg")
    yield col, again, before, update
    col.close()


def test_importing_the_same_deck_again_adds_nothing(studied_then_updated):
    col, again, _, _ = studied_then_updated
    assert len(again.new) == 0
    assert (col.note_count(), col.card_count()) == (6, 6)


def test_deck_from_an_edited_article_updates_the_notes_and_adds_none(studied_then_updated):
    col, _, _, update = studied_then_updated
    assert (len(update.new), len(update.updated), len(update.conflicting)) == (0, 6, 0)
    assert (col.note_count(), col.card_count()) == (6, 6)
    texts = {card.note()["QuizgenId"]: card.note()["Source"] for card in cards_by_quizgen_id(col).values()}
    assert texts["c-spend"] == "Defence spending climbed by 8.2% last year."


def test_review_history_of_a_studied_card_survives_the_update(studied_then_updated):
    col, _, before, _ = studied_then_updated
    card = cards_by_quizgen_id(col)["c-spend"]
    after = (card.id, card.ivl, card.due, card.type, col.db.scalar("select count() from revlog where cid=?", card.id))
    assert after == before
    assert before[1] >= 1 and before[4] == 1  # it really was studied: one review, an interval of days


def test_a_layout_change_in_the_templates_updates_the_note_type_in_place(tmp_path):
    write_deck([article_bank()], tmp_path / "first.apkg", now=NOW)
    layout = tmp_path / "layout.yaml"
    layout.write_text(
        "anki:\n  cloze:\n    front: '<p class=\"big\">{{cloze:Text}}</p>'\n    back: '{{cloze:Text}}<hr id=answer>'\n"
    )
    write_deck([article_bank()], tmp_path / "second.apkg", templates=layout, now=NOW + 60)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_into(col, tmp_path / "first.apkg")
        log = import_into(col, tmp_path / "second.apkg")
        assert len(log.new) == 0
        assert [m["name"] for m in col.models.all()].count("quizgen Cloze") == 1
        assert not any(m["name"].startswith("quizgen Cloze+") for m in col.models.all())
        assert col.models.by_name("quizgen Cloze")["tmpls"][0]["qfmt"] == '<p class="big">{{cloze:Text}}</p>'
        assert '<p class="big">' in cards_by_quizgen_id(col)["c-spend"].question()
        assert (col.note_count(), col.card_count()) == (6, 6)
    finally:
        col.close()


HOSTILE = "Typing {{c1::x}} or a::b in <script>alert(1)</script> made <b>bold</b> text in 1999 [sound:a.mp3]."


def hostile_bank() -> QuestionBank:
    year_cloze = HOSTILE.replace("1999", "{{c1::1999}}")
    questions = (
        Question(
            id="h-cloze", kind="cloze", prompt=HOSTILE.replace("1999", "[...]"), answer="1999",
            answer_kind="year", sentence=HOSTILE, sentence_index=0, cloze=year_cloze, answers=("1999",),
        ),
        Question(
            id="h-mcq", kind="mcq", prompt=HOSTILE.replace("1999", "_____"), answer="1999",
            answer_kind="year", sentence=HOSTILE, sentence_index=0, options=("<i>1998</i>", "1999", "{{c2::2000}}"),
        ),
    )  # fmt: skip
    return QuestionBank(title="<b>Markup</b> :: tests", slug="markup", sha256="0" * 64, questions=questions)


def test_article_markup_and_cloze_syntax_are_shown_literally(tmp_path):
    write_deck([hostile_bank()], tmp_path / "hostile.apkg", now=NOW)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        log = import_into(col, tmp_path / "hostile.apkg")
        assert (len(log.new), col.note_count(), col.card_count()) == (2, 2, 2)
        assert [col.get_note(nid).fields_check() for nid in col.find_notes("")] == [0, 0]
        cards = cards_by_quizgen_id(col)
        cloze_front = cards["h-cloze"].question()
        assert "<script>" not in cloze_front and "<b>" not in cloze_front.split("</style>")[1]
        assert shown(cloze_front) == HOSTILE.replace("1999", "[...]")
        assert shown(cards["h-cloze"].answer()).startswith(HOSTILE)
        assert shown(cards["h-mcq"].question()) == HOSTILE.replace("1999", "_____") + " <i>1998</i> 1999 {{c2::2000}}"
        assert [col.decks.name(card.did) for card in cards.values()] == ["<b>Markup</b> : tests"] * 2
        assert col.media.check().missing == []  # "[sound:a.mp3]" stayed text, not a sound to play
    finally:
        col.close()


def test_several_sources_make_one_deck_with_a_subdeck_each(tmp_path):
    other = QuestionBank(
        title="Second article", slug="second", sha256="1" * 64,
        questions=(cloze("s-one", "Prices rose by 3% in May.", "3%"),),
    )  # fmt: skip
    write_deck([article_bank(), other], tmp_path / "both.apkg", deck_name="Politics", now=NOW)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_into(col, tmp_path / "both.apkg")
        assert (col.note_count(), col.card_count()) == (7, 7)
        decks = {qid: col.decks.name(card.did) for qid, card in cards_by_quizgen_id(col).items()}
        assert decks["s-one"] == "Politics::Second article"
        assert decks["c-spend"] == "Politics::US troops in Korea"
        assert decks["m-camp"] == "Politics::US troops in Korea::Background"
    finally:
        col.close()


def test_a_cloze_hiding_several_facts_is_still_one_card(tmp_path):
    sentence = "Prices rose by 3% in May and 4% in June."
    question = Question(
        id="two", kind="cloze", prompt="Prices rose by [...] in May and [...] in June.", answer="3% · 4%",
        answer_kind="percent", sentence=sentence, sentence_index=0,
        cloze="Prices rose by {{c1::3%}} in May and {{c2::4%}} in June.", answers=("3%", "4%"),
    )  # fmt: skip
    bank = QuestionBank(title="Prices", slug="prices", sha256="0" * 64, questions=(question,))
    write_deck([bank], tmp_path / "two.apkg", now=NOW)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_into(col, tmp_path / "two.apkg")
        assert (col.note_count(), col.card_count()) == (1, 1)
        card = col.get_card(col.find_cards("")[0])
        assert shown(card.question()) == "Prices rose by [...] in May and [...] in June."
        assert shown(card.answer()).startswith(sentence)
    finally:
        col.close()


@pytest.mark.parametrize(
    ("sentence", "marked", "answers", "parts"),
    [
        ("Rose 8% in 2020.", "Rose {{c1::8%::percentage}} in 2020.", ("8%",),
         ("Rose ", Blank("8%", "percentage"), " in 2020.")),
        ("Type {{c1::x}} in x.", "Type {{c1::x}} in {{c1::x}}.", ("x",), ("Type {{c1::x}} in ", Blank("x"), ".")),
        ("Use a::b in 1999.", "Use a::b in {{c1::1999}}.", ("1999",), ("Use a::b in ", Blank("1999"), ".")),
        ("Ends with }} 7 }}", "Ends with }} {{c1::7}} }}", ("7",), ("Ends with }} ", Blank("7"), " }}")),
        # context before the sentence: the answers alone tell the blank from the article's text
        ("It rose {{c1::a}} in 1999.", "Before. It rose {{c1::a}} in {{c1::1999}}.", ("1999",),
         ("Before. It rose {{c1::a}} in ", Blank("1999"), ".")),
        # markup that fits no answer is read as it stands
        ("Rose 8%.", "Rose {{c1::8 %}}.", ("8%",), ("Rose ", Blank("8 %"), ".")),
    ],
)  # fmt: skip
def test_the_articles_own_cloze_syntax_is_told_apart_from_the_blanks(sentence, marked, answers, parts):
    question = Question(
        id="q", kind="cloze", prompt="", answer=answers[0], answer_kind="year", sentence=sentence,
        sentence_index=0, cloze=marked, answers=answers,
    )  # fmt: skip
    assert cloze_parts(question) == parts


FRESH_PROCESS = """
import json, sys
from quizgen.export.anki import write_deck
from quizgen.model import QuestionBank
bank = QuestionBank.from_dict(json.loads(open(sys.argv[1], encoding="utf-8").read()))
write_deck([bank], sys.argv[2], now=1_800_000_000)
print(sorted(name for name in ("asyncio", "cached_property") if name in sys.modules))
"""


def test_a_fresh_process_writes_a_full_deck_without_loading_asyncio(tmp_path):
    # genanki's cached_property is stood in for by the standard library's (see export/anki.py):
    # the deck it writes must be just as complete.
    (tmp_path / "bank.json").write_text(json.dumps(article_bank().to_dict()), encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS, str(tmp_path / "bank.json"), str(tmp_path / "deck.apkg")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert ran.stdout.strip() == "['cached_property']"
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        log = import_into(col, tmp_path / "deck.apkg")
        assert (len(log.new), col.note_count(), col.card_count(), col.db.scalar(NO_CARDS)) == (6, 6, 6, 0)
    finally:
        col.close()


def test_a_failed_write_leaves_the_existing_deck_untouched(tmp_path):
    target = tmp_path / "deck.apkg"
    target.write_bytes(b"the deck from yesterday")
    too_many = mcq("m-many", "It opened in 1950.", "1950", ("1940", "1945", "1950", "1953", "1955", "1960", "1961"))
    bank = QuestionBank(title="Too many", slug="many", sha256="0" * 64, questions=(too_many,))
    with pytest.raises(QuizgenError, match="m-many: 7 options; Anki cards hold at most 6"):
        write_deck([bank], target, now=NOW)
    assert target.read_bytes() == b"the deck from yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.apkg"]


def test_a_bank_with_no_questions_makes_no_deck(tmp_path):
    empty = QuestionBank(title="Empty", slug="empty", sha256="0" * 64, questions=())
    with pytest.raises(QuizgenError, match="nothing to ask in “Empty”"):
        write_deck([empty], tmp_path / "empty.apkg", now=NOW)
    assert not (tmp_path / "empty.apkg").exists()


# End to end: the real pipeline on the sample article, through the command line.

SAMPLE = Path(__file__).resolve().parents[1] / "source" / "us-troops-korea.txt"
EDITS = (  # words changed outside every answer, as a corrected article would be
    ("the final agreement was not reached", "the final deal was never reached"),
    ("Thus, South Korean", "So South Korean"),
    ("some US military units outside the Korean peninsula as well", "some US military units beyond the Korean peninsula too"),
)
CLOZE_SPAN = re.compile(r'<span class="cloze"[^>]*>(.*?)</span>', re.DOTALL)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample deck written by `quizgen generate`, its JSON bank, and a fresh collection it was imported into."""
    folder = tmp_path_factory.mktemp("sample")
    runner = CliRunner()
    made = runner.invoke(app, ["generate", str(SAMPLE), "-o", str(folder / "deck.apkg")])
    assert made.exit_code == 0, made.output
    made_at = time.time()
    as_json = runner.invoke(app, ["generate", str(SAMPLE), "-f", "json", "-o", str(folder / "bank.json")])
    assert as_json.exit_code == 0, as_json.output
    bank = QuestionBank.from_dict(json.loads((folder / "bank.json").read_text(encoding="utf-8")))
    col = Collection(str(folder / "collection.anki2"))
    log = import_into(col, folder / "deck.apkg")
    yield bank, col, log, folder, made_at
    col.close()


def test_the_sample_deck_has_exactly_one_clean_card_per_question_of_the_bank(sample):
    bank, col, log, _, _ = sample
    count = len(bank.questions)
    assert count >= 10
    assert (len(log.new), col.note_count(), col.card_count()) == (count, count, count)
    assert col.db.scalar(NO_CARDS) == 0
    assert {col.get_note(nid).fields_check() for nid in col.find_notes("")} == {0}
    col.fix_integrity()
    assert col.card_count() == count
    assert set(cards_by_quizgen_id(col)) == {q.id for q in bank.questions}


def test_every_sample_card_asks_what_the_bank_asks_and_answers_on_the_back(sample):
    bank, col, _, _, _ = sample
    cards = cards_by_quizgen_id(col)
    for question in bank.questions:
        card = cards[question.id]
        front, back = card.question().split("</style>")[1], card.answer()
        if question.kind == "cloze":
            blanks = CLOZE_SPAN.findall(front)
            assert blanks and all(re.fullmatch(r"\[[^\]]*\]", blank) for blank in blanks), question.id
            assert all(answer in shown(back) for answer in question.answers), question.id
        else:
            assert shown(front) == " ".join(f"{question.prompt} {' '.join(question.options)}".split())
            assert "qg-right" not in front
            letter = "ABCDEF"[question.options.index(question.answer)]
            assert f"{letter}. {question.answer}" in shown(back) and question.sentence in shown(back)


def test_regenerating_the_edited_sample_updates_every_note_and_keeps_review_history(sample, tmp_path):
    _, _, _, folder, made_at = sample
    edited = SAMPLE.read_text(encoding="utf-8")
    for old, new in EDITS:
        assert old in edited
        edited = edited.replace(old, new)
    (tmp_path / SAMPLE.name).write_text(edited, encoding="utf-8")  # same file name, so the same source
    # Anki updates a note only when the new deck is newer, to the second.
    time.sleep(max(0.0, made_at + 1.05 - time.time()))
    runner = CliRunner()
    made = runner.invoke(app, ["generate", str(tmp_path / SAMPLE.name), "-o", str(tmp_path / "edited.apkg")])
    assert made.exit_code == 0, made.output

    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_into(col, folder / "deck.apkg")
        count = col.note_count()
        studied = next(c for c in cards_by_quizgen_id(col).values() if "Thus, South Korean" in c.note()["Source"])
        studied.start_timer()
        col.sched.answerCard(studied, 4)
        history = (studied.ivl, studied.due, col.db.scalar("select count() from revlog where cid=?", studied.id))
        log = import_into(col, tmp_path / "edited.apkg")
        assert (len(log.new), len(log.updated), len(log.conflicting)) == (0, count, 0)
        assert (col.note_count(), col.card_count()) == (count, count)
        after = col.get_card(studied.id)
        assert after.note()["Source"].startswith("So South Korean")
        assert (after.ivl, after.due, col.db.scalar("select count() from revlog where cid=?", after.id)) == history
    finally:
        col.close()


def test_deck_names_come_from_titles_and_never_gain_levels_from_a_title():
    one = QuestionBank(title="Cells :: an intro", slug="cells", sha256="0", questions=())
    two = QuestionBank(title="  ", slug="genes", sha256="0", questions=())
    assert deck_names([one], None) == ("Cells : an intro", ["Cells : an intro"])
    assert deck_names([one], "Biology") == ("Biology", ["Biology"])
    assert deck_names([one, two], None) == ("quizgen", ["quizgen::Cells : an intro", "quizgen::genes"])
