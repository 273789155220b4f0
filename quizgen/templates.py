"""Load, validate and apply the YAML template sets that hold every wording and layout."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import yaml

from quizgen.errors import QuizgenError
from quizgen.model import QUESTION_KINDS, SPAN_KINDS

DEFAULT_TEMPLATES_NAME = "templates.yaml"


@dataclass(frozen=True)
class Pattern:
    """A student-readable rule: a sentence shape with typed slots, and the question it becomes."""

    when: str
    ask: str


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

    def mcq_prompt_for(self, answer_kind: str) -> str:
        return self.mcq_prompts.get(answer_kind, self.mcq_prompts["default"])

    def hint_for(self, answer_kind: str) -> str:
        return self.cloze_hint.get(answer_kind, answer_kind) if self.cloze_hints else ""


def default_templates_text() -> str:
    return resources.files("quizgen.data").joinpath(DEFAULT_TEMPLATES_NAME).read_text(encoding="utf-8")


def _from_mapping(data: Mapping[str, Any]) -> TemplateSet:
    questions = data.get("questions", {}) or {}
    mcq = data.get("multiple_choice", {}) or {}
    cloze = data.get("cloze", {}) or {}
    return TemplateSet(
        kinds=tuple(questions.get("kinds", SPAN_KINDS)),
        max_items=int(questions.get("max_items", 0) or 0),
        options=int(questions.get("options", 4)),
        make=tuple(questions.get("make", QUESTION_KINDS)),
        mcq_prompts=MappingProxyType(dict(mcq.get("prompt", {"default": "{context}{blanked}"}))),
        cloze_hints=bool(cloze.get("hints", True)),
        cloze_hint=MappingProxyType(dict(cloze.get("hint", {}))),
        cloze_group=str(cloze.get("group", "separate")),
        quiz_lines=MappingProxyType(dict(data.get("quiz", {}) or {})),
        anki=MappingProxyType({k: MappingProxyType(dict(v)) for k, v in (data.get("anki", {}) or {}).items()}),
        patterns=tuple(Pattern(str(p["when"]), str(p["ask"])) for p in data.get("patterns", []) or []),
    )


def default_templates() -> TemplateSet:
    return _from_mapping(yaml.safe_load(default_templates_text()))


def load_templates(path: str | Path | None) -> TemplateSet:
    """The default set, with the keys a user's file gives laid over it."""
    if path is None:
        return default_templates()
    path = Path(path)
    try:
        user = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise QuizgenError(f"{path}: cannot read templates ({error.strerror})") from None
    except yaml.YAMLError as error:
        raise QuizgenError(f"{path}: not valid YAML ({error})") from None
    base = yaml.safe_load(default_templates_text())
    for key, value in (user or {}).items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            base[key] = {**base[key], **value}
        else:
            base[key] = value
    return _from_mapping(base)


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace {name} placeholders by plain text; nothing else in the template is interpreted."""
    out = template
    for name, value in values.items():
        out = out.replace("{" + name + "}", value)
    return out
