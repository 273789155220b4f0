"""Read YAML safely into plain values while remembering the line and column of every key and value."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from quizgen.errors import QuizgenError

Path_ = tuple[str | int, ...]
# A template file is a page or two; a cap on built values stops "billion laughs" alias bombs.
MAX_VALUES = 100_000
_MAP, _SEQ = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"


@dataclass(frozen=True)
class YamlFile:
    """Plain data from one YAML text, with the node each value and each mapping key came from."""

    name: str  # as shown in messages: the path the user gave
    text: str
    data: Any
    values: Mapping[Path_, yaml.Node]
    keys: Mapping[Path_, yaml.Node]

    def where(self, path: Path_, needle: str = "", key: bool = False) -> str:
        """'FILE, line L, column C' for a value (or its key); at `needle` inside a scalar when it is there."""
        node = (self.keys if key else self.values).get(path) or self.values.get(path[:-1]) or self.values.get(())
        if node is None:
            return self.name
        index, line, column = node.start_mark.index, node.start_mark.line, node.start_mark.column
        if needle and isinstance(node, yaml.ScalarNode):
            # The needle as written in the file (it is there for plain and quoted text without escapes).
            found = self.text.find(needle, node.start_mark.index, node.end_mark.index)
            if found != -1:
                index = found
                line = self.text.count("\n", 0, index)
                column = index - (self.text.rfind("\n", 0, index) + 1)
        return f"{self.name}, line {line + 1}, column {column + 1}"

    def error(self, path: Path_, message: str, needle: str = "", key: bool = False) -> QuizgenError:
        return QuizgenError(f"{self.where(path, needle, key)}: {message}")


def read_yaml(text: str, name: str) -> YamlFile:
    """Compose the text with yaml's safe loader and build plain values; any problem names line and column."""
    # libyaml's loader gives the same nodes and marks about 15 times faster than the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    values: dict[Path_, yaml.Node] = {}
    keys: dict[Path_, yaml.Node] = {}
    try:
        root = loader.get_single_node()
        data = None if root is None else _Builder(loader, name, values, keys).build(root, (), ())
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "not valid YAML"
        where = f"{name}, line {mark.line + 1}, column {mark.column + 1}" if mark else name
        raise QuizgenError(f"{where}: not valid YAML: {problem}") from None
    except yaml.YAMLError as error:
        raise QuizgenError(f"{name}: not valid YAML ({' '.join(str(error).split())})") from None
    finally:
        loader.dispose()
    return YamlFile(name=name, text=text, data=data, values=values, keys=keys)


class _Builder:
    """Turns composed nodes into dicts, lists and scalars, recording where each came from."""

    def __init__(self, loader: yaml.SafeLoader, name: str, values: dict, keys: dict) -> None:
        self.loader, self.name, self.values, self.keys = loader, name, values, keys
        self.count = 0

    def _fail(self, node: yaml.Node, message: str) -> QuizgenError:
        mark = node.start_mark
        return QuizgenError(f"{self.name}, line {mark.line + 1}, column {mark.column + 1}: {message}")

    def build(self, node: yaml.Node, path: Path_, parents: tuple[int, ...]) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            raise self._fail(node, "too many values (aliases that repeat each other?)")
        if id(node) in parents:
            raise self._fail(node, "an alias that contains itself")
        self.values.setdefault(path, node)
        inside = parents + (id(node),)
        if not isinstance(node, yaml.ScalarNode) and node.tag not in (_MAP, _SEQ):
            raise self._fail(node, f"not valid YAML here: the tag {node.tag} is not allowed")
        if isinstance(node, yaml.MappingNode):
            self.loader.flatten_mapping(node)  # resolves `<<: *defaults` merge keys the standard way
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                plain = isinstance(key_node, yaml.ScalarNode)
                key = self.loader.construct_object(key_node, deep=True) if plain else None
                if not isinstance(key, str):
                    raise self._fail(key_node, "keys must be plain names (is a key missing its quotes?)")
                if key in out:
                    raise self._fail(key_node, f"key '{key}' appears twice")
                self.keys[path + (key,)] = key_node
                out[key] = self.build(value_node, path + (key,), inside)
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,), inside) for i, item in enumerate(node.value)]
        return self.loader.construct_object(node, deep=True)
