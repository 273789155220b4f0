"""Template sets: loading over the defaults, validation errors that name file, line and column, fill."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.errors import QuizgenError
from quizgen.placeholders import Pattern, fill
from quizgen.templates import default_templates, default_templates_text, load_templates, read_template_file


def write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(QuizgenError) as caught:
        load_templates(path)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_defaults_carry_every_setting_the_other_modules_read():
    templates = default_templates()
    assert templates.options == 4 and templates.max_items == 0
    assert templates.make == ("mcq", "cloze") and "percent" in templates.kinds
    assert templates.mcq_prompt_for("percent") == "{context}{blanked}"
    assert templates.hint_for("percent") == "percentage"
    assert templates.cloze_group == "separate"
    assert set(templates.quiz_lines) == {"correct", "wrong", "source"}
    assert "{{cloze:Text}}" in templates.anki["cloze"]["front"]
    assert Pattern("{subject} began in {date}", "When did {subject} begin?") in templates.patterns


def test_a_user_file_changes_only_the_keys_it_gives(tmp_path):
    path = write(
        tmp_path,
        "questions:\n  options: 3\nmultiple_choice:\n  prompt:\n    percent: 'Which percentage? {blanked}'\n"
        "cloze:\n  hint:\n    money: sum\nquiz:\n  correct: 'Yes!'\n",
    )
    templates = load_templates(path)
    assert templates.options == 3
    assert templates.kinds == default_templates().kinds
    assert templates.mcq_prompt_for("percent") == "Which percentage? {blanked}"
    assert templates.mcq_prompt_for("year") == "{context}{blanked}"
    assert templates.hint_for("money") == "sum" and templates.hint_for("percent") == "percentage"
    assert templates.quiz_lines["correct"] == "Yes!"
    assert templates.quiz_lines["wrong"] == "Not quite. The answer is: {answer}"
    assert templates.anki == default_templates().anki


def test_a_single_kind_may_be_written_without_a_list(tmp_path):
    templates = load_templates(write(tmp_path, "questions:\n  make: mcq\n  kinds: date\n"))
    assert templates.make == ("mcq",) and templates.kinds == ("date",)


def test_no_hints_gives_an_empty_hint(tmp_path):
    assert load_templates(write(tmp_path, "cloze:\n  hints: false\n")).hint_for("percent") == ""


def test_an_empty_file_is_the_defaults(tmp_path):
    assert load_templates(write(tmp_path, "# nothing yet\n")).options == default_templates().options


def test_user_rules_come_first_and_the_defaults_follow(tmp_path):
    path = write(tmp_path, "patterns:\n  - when: '{subject} soared by {percent}'\n    ask: 'By how much did {subject} soar?'\n")
    rules = load_templates(path).patterns
    assert rules[0] == Pattern("{subject} soared by {percent}", "By how much did {subject} soar?")
    assert rules[0].where == f"{path}, line 2, column 5"
    assert rules[1:] == default_templates().patterns


def test_default_patterns_false_keeps_only_the_users_rules(tmp_path):
    path = write(
        tmp_path,
        "default_patterns: false\npatterns:\n  - {when: '{subject} soared by {percent}', ask: 'By how much did {subject} soar?'}\n",
    )
    assert load_templates(path).patterns == (Pattern("{subject} soared by {percent}", "By how much did {subject} soar?"),)


def test_a_copy_of_the_defaults_does_not_repeat_the_default_rules(tmp_path):
    templates = load_templates(write(tmp_path, default_templates_text()))
    assert templates.patterns == default_templates().patterns


def test_the_anki_section_is_anki_syntax_not_placeholders(tmp_path):
    text = "anki:\n  multiple_choice:\n    front: '<b>{{Question}}</b> {{#A}}{{A}}{{/A}}'\n    css: '.card { font-size: 30px; }'\n"
    templates = load_templates(write(tmp_path, text))
    assert templates.anki["multiple_choice"]["front"] == "<b>{{Question}}</b> {{#A}}{{A}}{{/A}}"
    assert templates.anki["multiple_choice"]["css"] == ".card { font-size: 30px; }"
    assert templates.anki["multiple_choice"]["back"] == default_templates().anki["multiple_choice"]["back"]


# Each row: the file's text, what the message says, and the line and column it points at.
ERRORS = [
    ("question:\n  options: 3\n", "unknown key 'question'; did you mean 'questions'?", 1, 1),
    ("questions:\n  options: 9\n", "questions.options must be from 2 to 6, not 9", 2, 12),
    ("questions:\n  options: 1\n", "questions.options must be from 2 to 6, not 1", 2, 12),
    ("questions:\n  options: four\n", "questions.options must be a whole number from 2 to 6, not 'four'", 2, 12),
    ("questions:\n  options: true\n", "questions.options must be a whole number from 2 to 6, not True", 2, 12),
    ("questions:\n  max_items: -1\n", "questions.max_items must be 0 or more, not -1", 2, 14),
    ("questions:\n  kinds: [year, dates]\n", "questions.kinds: unknown answer kind 'dates'", 2, 17),
    ("questions:\n  make: [mcq, essay]\n", "questions.make: unknown item kind 'essay'; known: mcq, cloze", 2, 15),
    ("questions:\n  make: []\n", "questions.make must be a list of item kinds", 2, 9),
    ("questions:\n  colour: red\n", "unknown key 'questions.colour'", 2, 3),
    ("questions: 3\n", "questions must be a mapping of keys, not 3", 1, 12),
    ("cloze:\n  group: mixed\n", "cloze.group must be separate or together, not 'mixed'", 2, 10),
    ("cloze:\n  hints: sometimes\n", "cloze.hints must be true or false, not 'sometimes'", 2, 10),
    ("cloze:\n  hint:\n    percent: 'per::cent'\n", "cloze.hint.percent cannot contain '::'", 3, 18),
    ("cloze:\n  hint:\n    dollars: amount\n", "unknown key 'cloze.hint.dollars'", 3, 5),
    (
        "multiple_choice:\n  prompt:\n    default: 'Fill in: {blanked} ({answer})'\n",
        "unknown placeholder {answer}; allowed here: {sentence} {blanked} {title} {answer_kind} {context}",
        3,
        35,
    ),
    ("multiple_choice:\n  prompt:\n    year: '{blanked.upper}'\n", "{blanked.upper} uses attribute access", 3, 12),
    ("multiple_choice:\n  prompt:\n    year: '{blanked[0]}'\n", "{blanked[0]} uses indexing", 3, 12),
    ("multiple_choice:\n  prompt:\n    year: '{blanked!r}'\n", "{blanked!r} uses a conversion", 3, 12),
    ("multiple_choice:\n  prompt:\n    year: 'Q: {blanked:>30}'\n", "{blanked:>30} uses a format spec", 3, 15),
    ("multiple_choice:\n  prompt:\n    year: 'Q {blanked'\n", "a '{' that is not closed", 3, 14),
    ("multiple_choice:\n  prompt:\n    year: 'Q {}'\n", "an empty placeholder {}", 3, 14),
    ("multiple_choice:\n  prompt:\n    year: 'In which year? {sentence}'\n", "must contain {blanked}", 3, 11),
    ("multiple_choice:\n  prompt:\n    years: '{blanked}'\n", "unknown key 'multiple_choice.prompt.years'", 3, 5),
    ("quiz:\n  wrong: 'No: {solution}'\n", "unknown placeholder {solution}; allowed here: {answer} {sentence} {typed}", 2, 15),
    ("quiz:\n  score: 'Score'\n", "unknown key 'quiz.score'", 2, 3),
    ("quiz:\n  correct: 3\n", "quiz.correct must be text, not 3", 2, 12),
    ("version: 2\n", "version must be 1", 1, 10),
    ("default_patterns: maybe\n", "default_patterns must be true or false", 1, 19),
    ("anki:\n  cloze:\n    front: 3\n", "anki.cloze.front must be text, not 3", 3, 12),
    ("anki: [front]\n", "anki must be a mapping of note type to layout", 1, 7),
    ("questions:\n  options: 3\n  options: 4\n", "key 'options' appears twice", 3, 3),
    ("- questions\n", "a template file is a mapping", 1, 1),
    ("questions:\n  options: [3\n", "not valid YAML", 3, 1),
    ("questions:\n\toptions: 3\n", "not valid YAML", 2, 1),
    ("questions: !!python/object/apply:os.system ['echo hi']\n", "not valid YAML", 1, 12),
    ("patterns: {when: x}\n", "patterns must be a list of rules", 1, 11),
    ("patterns:\n  - when: '{subject} began in {date}'\n", "pattern 1 has no `ask:`", 2, 5),
    ("patterns:\n  - {when: '{subject} began in {date}', ask: 'When?', note: x}\n", "unknown key 'pattern 1: note'", 2, 55),
    (
        "patterns:\n  - {when: '{subject} began in {date}', ask: 'When did {object} begin?'}\n",
        "unknown placeholder {object}; allowed here: {subject} {date}",
        2,
        56,
    ),
    ("patterns:\n  - {when: '{subject} began last year', ask: 'What began?'}\n", "needs a typed slot", 2, 12),
    ("patterns:\n  - {when: '{subject} began in {date}', ask: 'When did {subject} begin in {date}?'}\n",
     "uses every typed slot", 2, 46),
    ("patterns:\n  - {when: '{person} was born in {place} in {date}', ask: 'Who was born in {place}?'}\n",
     "leaves out {person} and {date}", 2, 59),
    ("patterns:\n  - {when: '{subject} began in {date}', ask: 'When did {subject} begin'}\n", "ending with '?'", 2, 46),
    ("patterns:\n  - {when: '{subject}{date}', ask: 'When?'}\n", "slots {subject} and {date} need words between them", 2, 22),
    ("patterns:\n  - {when: 'began in {date.year}', ask: 'When?'}\n", "{date.year} uses attribute access", 2, 22),
    ("patterns:\n  - {when: '{date} {date} began', ask: 'When {date}?'}\n", "slot {date} appears twice", 2, 12),
]


@pytest.mark.parametrize(("text", "says", "line", "column"), ERRORS, ids=[row[1][:40] for row in ERRORS])
def test_every_error_names_the_file_line_and_column(tmp_path, text, says, line, column):
    message = error_for(tmp_path, text)
    assert message.startswith(f"{tmp_path / 'mine.yaml'}, line {line}, column {column}: "), message
    assert says in message


def test_an_unreadable_file_is_one_line(tmp_path):
    with pytest.raises(QuizgenError, match=r"missing\.yaml: cannot read templates"):
        load_templates(tmp_path / "missing.yaml")


def test_a_file_that_is_not_utf8_is_one_line(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes("quiz:\n  correct: 'Très bien'\n".encode("latin-1"))
    with pytest.raises(QuizgenError, match="must be UTF-8"):
        load_templates(path)


def test_an_alias_bomb_is_refused_not_expanded(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 8)]
    assert "too many values" in error_for(tmp_path, "\n".join(lines) + "\n")


def test_the_packaged_defaults_pass_their_own_checks():
    parsed = read_template_file(default_templates_text(), "defaults")
    assert parsed.data["version"] == 1 and len(parsed.data["patterns"]) == len(default_templates().patterns)


def test_fill_replaces_plain_names_in_one_pass():
    values = {"answer": "8.2%", "sentence": "It rose by {answer}."}
    assert fill("{answer} from: {sentence}", values) == "8.2% from: It rose by {answer}."
    assert fill("{unknown} stays", values) == "{unknown} stays"
