"""Load, validate and apply the YAML template sets that hold every wording and layout."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from quizgen.errors import QuizgenError
from quizgen.model import QUESTION_KINDS, SPAN_KINDS
from quizgen.placeholders import Pattern, PatternError, PlaceholderError, check_placeholders, fill, parse_pattern
from quizgen.yamlmarks import YamlFile, read_yaml

__all__ = ["Pattern", "TemplateSet", "default_templates", "fill", "load_templates", "read_template_file"]

DEFAULT_TEMPLATES_NAME = "templates.yaml"
DEFAULT_TEMPLATES_SHOWN = "quizgen's default templates"
MCQ_PLACEHOLDERS = ("sentence", "blanked", "title", "answer_kind", "context")
QUIZ_PLACEHOLDERS = ("answer", "sentence", "typed")
QUIZ_LINES = ("correct", "wrong", "source")
CLOZE_GROUPS = ("separate", "together")
SECTIONS: Mapping[str, tuple[str, ...]] = {
    "questions": ("kinds", "max_items", "options", "make"),
    "multiple_choice": ("prompt",),
    "cloze": ("hints", "hint", "group"),
    "quiz": QUIZ_LINES,
}
TOP_KEYS = ("version", *SECTIONS, "default_patterns", "patterns", "anki")


@dataclass(frozen=True)
class TemplateSet:
    kinds: tuple[str, ...] = SPAN_KINDS
    max_items: int = 0
    options: int = 4
    make: tuple[str, ...] = QUESTION_KINDS
    mcq_prompts: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({"default": "{context}{blanked}"}))
    cloze_hints: bool = True
    cloze_hint: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    cloze_group: str = "separate"
    quiz_lines: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    anki: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: MappingProxyType({}))
    patterns: tuple[Pattern, ...] = ()
    source: str = ""  # the user's file, or "" for the defaults; for messages only

    def mcq_prompt_for(self, answer_kind: str) -> str:
        return self.mcq_prompts.get(answer_kind, self.mcq_prompts["default"])

    def hint_for(self, answer_kind: str) -> str:
        return self.cloze_hint.get(answer_kind, answer_kind) if self.cloze_hints else ""


def default_templates_text() -> str:
    return resources.files("quizgen.data").joinpath(DEFAULT_TEMPLATES_NAME).read_text(encoding="utf-8")


def read_template_file(text: str, name: str) -> YamlFile:
    """Parse and validate one template file on its own (keys it leaves out are fine); errors name line and column."""
    parsed = read_yaml(text, name)
    data = parsed.data
    if data is None:
        return parsed
    if not isinstance(data, dict):
        raise parsed.error((), "a template file is a mapping of keys such as `questions:` and `patterns:`")
    for key, value in data.items():
        _check_known(parsed, (key,), key, TOP_KEYS, "")
        if key in SECTIONS:
            _check_section(parsed, key, value)
    if "version" in data:
        version = data["version"]
        if version != 1 or isinstance(version, bool):
            raise parsed.error(("version",), f"version must be 1 (this quizgen reads version 1), not {version!r}")
    if "default_patterns" in data:
        _check_bool(parsed, ("default_patterns",), data["default_patterns"])
    if "patterns" in data:
        _check_patterns(parsed, data["patterns"])
    if "anki" in data:
        _check_anki(parsed, data["anki"])
    return parsed


def _check_known(parsed: YamlFile, path: tuple, key: str, known: tuple[str, ...], prefix: str) -> None:
    if key not in known:
        close = difflib.get_close_matches(key, known, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise parsed.error(path, f"unknown key '{prefix}{key}'; {hint}known here: {', '.join(known)}", key=True)


def _check_mapping(parsed: YamlFile, path: tuple, value: Any, what: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise parsed.error(path, f"{'.'.join(map(str, path))} must be a mapping of {what}, not {_shown(value)}")
    return value


def _shown(value: Any) -> str:
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "a mapping"
    return repr(value)


def _check_bool(parsed: YamlFile, path: tuple, value: Any) -> None:
    if not isinstance(value, bool):
        raise parsed.error(path, f"{'.'.join(path)} must be true or false, not {_shown(value)}")


def _check_text(parsed: YamlFile, path: tuple, value: Any, allowed: tuple[str, ...]) -> None:
    dotted = ".".join(map(str, path))
    if not isinstance(value, str):
        raise parsed.error(path, f"{dotted} must be text, not {_shown(value)}")
    try:
        check_placeholders(value, allowed)
    except PlaceholderError as error:
        raise parsed.error(path, f"{dotted}: {error}", needle=error.needle) from None


def _check_names(parsed: YamlFile, path: tuple, value: Any, known: tuple[str, ...], what: str) -> None:
    dotted = ".".join(path)
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        raise parsed.error(path, f"{dotted} must be a list of {what} such as [{', '.join(known[:2])}]")
    for i, item in enumerate(items):
        if item not in known:
            raise parsed.error(path + (i,), f"{dotted}: unknown {what[:-1]} {item!r}; known: {', '.join(known)}")


def _check_int(parsed: YamlFile, path: tuple, value: Any, low: int, high: int | None) -> None:
    dotted = ".".join(path)
    span = f"from {low} to {high}" if high is not None else f"{low} or more"
    if isinstance(value, bool) or not isinstance(value, int):
        raise parsed.error(path, f"{dotted} must be a whole number {span}, not {_shown(value)}")
    if value < low or (high is not None and value > high):
        raise parsed.error(path, f"{dotted} must be {span}, not {value}")


def _check_section(parsed: YamlFile, section: str, value: Any) -> None:
    body = _check_mapping(parsed, (section,), value, "keys")
    for key, item in body.items():
        path = (section, key)
        _check_known(parsed, path, key, SECTIONS[section], f"{section}.")
        if path in (("questions", "kinds"),):
            _check_names(parsed, path, item, SPAN_KINDS, "answer kinds")
        elif path == ("questions", "make"):
            _check_names(parsed, path, item, QUESTION_KINDS, "item kinds")
        elif path == ("questions", "max_items"):
            _check_int(parsed, path, item, 0, None)
        elif path == ("questions", "options"):
            _check_int(parsed, path, item, 2, 6)
        elif path == ("multiple_choice", "prompt"):
            _check_prompts(parsed, path, item)
        elif path == ("cloze", "hints"):
            _check_bool(parsed, path, item)
        elif path == ("cloze", "hint"):
            _check_hints(parsed, path, item)
        elif path == ("cloze", "group"):
            if item not in CLOZE_GROUPS:
                raise parsed.error(path, f"cloze.group must be separate or together, not {_shown(item)}")
        elif section == "quiz":
            _check_text(parsed, path, item, QUIZ_PLACEHOLDERS)


def _check_prompts(parsed: YamlFile, path: tuple, value: Any) -> None:
    prompts = _check_mapping(parsed, path, value, "answer kind (or default) to prompt")
    for kind, prompt in prompts.items():
        _check_known(parsed, path + (kind,), kind, ("default", *SPAN_KINDS), "multiple_choice.prompt.")
        _check_text(parsed, path + (kind,), prompt, MCQ_PLACEHOLDERS)
        if "{blanked}" not in prompt:
            raise parsed.error(
                path + (kind,),
                f"multiple_choice.prompt.{kind} must contain {{blanked}} (the sentence with the answer hidden); "
                "without it the student cannot answer, and {sentence} alone would show the answer",
            )


def _check_hints(parsed: YamlFile, path: tuple, value: Any) -> None:
    hints = _check_mapping(parsed, path, value, "answer kind to hint text")
    for kind, hint in hints.items():
        _check_known(parsed, path + (kind,), kind, SPAN_KINDS, "cloze.hint.")
        _check_text(parsed, path + (kind,), hint, ())
        # The hint goes inside Anki's {{c1::answer::hint}}: these would break the card.
        for bad in ("{", "}", "::"):
            if bad in hint:
                raise parsed.error(path + (kind,), f"cloze.hint.{kind} cannot contain '{bad}'", needle=bad)


def _check_patterns(parsed: YamlFile, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, list):
        raise parsed.error(("patterns",), "patterns must be a list of rules, each with `when:` and `ask:`")
    for i, rule in enumerate(value):
        path = ("patterns", i)
        label = f"pattern {i + 1}"
        if not isinstance(rule, dict):
            raise parsed.error(path, f"{label} must be a mapping with `when:` and `ask:`, not {_shown(rule)}")
        for key in rule:
            _check_known(parsed, path + (key,), key, ("when", "ask"), f"{label}: ")
        for key in ("when", "ask"):
            if key not in rule:
                raise parsed.error(path, f"{label} has no `{key}:`")
            if not isinstance(rule[key], str) or not rule[key].strip():
                raise parsed.error(path + (key,), f"{label}: {key} must be text, not {_shown(rule[key])}")
        try:
            parse_pattern(Pattern(rule["when"], rule["ask"]))
        except PatternError as error:
            message = f"{label} (when: {rule['when']!r}): {error}"
            raise parsed.error(path + (error.part,), message, error.needle) from None


def _check_anki(parsed: YamlFile, value: Any) -> None:
    # Anki's own template language ({{Field}}) and CSS braces: only the shape is ours to check.
    layouts = _check_mapping(parsed, ("anki",), value, "note type to layout")
    for note_type, layout in layouts.items():
        for key, text in _check_mapping(parsed, ("anki", note_type), layout, "front/back/css to text").items():
            if not isinstance(text, str):
                raise parsed.error(("anki", note_type, key), f"anki.{note_type}.{key} must be text, not {_shown(text)}")


def _merged(base: Any, over: Any) -> Any:
    """Mappings merge key by key; anything else (a list, a number, a text) replaces the default."""
    if isinstance(base, dict) and isinstance(over, dict):
        return {key: _merged(base.get(key), value) if key in base else value for key, value in {**base, **over}.items()}
    return over if over is not None else base


def _patterns(user: dict, defaults: dict, user_where: YamlFile | None, default_where: YamlFile) -> tuple[Pattern, ...]:
    """The user's rules first, then the default rules (unless `default_patterns: false`), without repeats."""
    rules: list[Pattern] = []
    seen: set[tuple[str, str]] = set()
    sources = [(user.get("patterns") or [], user_where)] if user_where else []
    if user.get("default_patterns", True):
        sources.append((defaults.get("patterns") or [], default_where))
    for items, where in sources:
        for i, item in enumerate(items):
            rule = Pattern(item["when"], item["ask"], where=where.where(("patterns", i)) if where else "")
            if (rule.when, rule.ask) not in seen:
                seen.add((rule.when, rule.ask))
                rules.append(rule)
    return tuple(rules)


def _template_set(data: dict, patterns: tuple[Pattern, ...], source: str) -> TemplateSet:
    questions, mcq, cloze = data.get("questions") or {}, data.get("multiple_choice") or {}, data.get("cloze") or {}

    def names(value: Any) -> tuple[str, ...]:
        return (value,) if isinstance(value, str) else tuple(value)

    return TemplateSet(
        kinds=names(questions["kinds"]),
        max_items=questions["max_items"],
        options=questions["options"],
        make=names(questions["make"]),
        mcq_prompts=MappingProxyType(dict(mcq["prompt"])),
        cloze_hints=cloze["hints"],
        cloze_hint=MappingProxyType(dict(cloze["hint"])),
        cloze_group=cloze["group"],
        quiz_lines=MappingProxyType(dict(data.get("quiz") or {})),
        anki=MappingProxyType({k: MappingProxyType(dict(v or {})) for k, v in (data.get("anki") or {}).items()}),
        patterns=patterns,
        source=source,
    )


def default_templates() -> TemplateSet:
    defaults = read_template_file(default_templates_text(), DEFAULT_TEMPLATES_SHOWN)
    return _template_set(defaults.data, _patterns({}, defaults.data, None, defaults), "")


def load_templates(path: str | Path | None) -> TemplateSet:
    """The default set, with the keys a user's file gives laid over it; a bad file is a one-line QuizgenError."""
    if path is None:
        return default_templates()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise QuizgenError(f"{path}: templates must be UTF-8 text") from None
    except OSError as error:
        raise QuizgenError(f"{path}: cannot read templates ({error.strerror})") from None
    user = read_template_file(text, str(path))
    defaults = read_template_file(default_templates_text(), DEFAULT_TEMPLATES_SHOWN)
    user_data = user.data or {}
    merged = _merged(defaults.data, {k: v for k, v in user_data.items() if k != "patterns"})
    return _template_set(merged, _patterns(user_data, defaults.data, user, defaults), str(path))
