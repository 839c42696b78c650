"""A YAML safe loader that refuses a mapping key given twice.

PyYAML keeps the last of two equal keys without a word, so a kommune file with two
``innkaller:`` under one group, or a language file with two ``hotlines:`` lists, would load
with half of what its writer meant gone. Every knowledge file (kommuner, national, language,
people) is parsed by ``loader._parse_yaml`` with this loader, and the duplicate becomes a
problem with file, line and key.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import yaml

_STR_TAG = "tag:yaml.org,2002:str"
_MERGE_TAG = "tag:yaml.org,2002:merge"


class DuplicateKeyError(yaml.constructor.ConstructorError):
    """A mapping names one key twice; ``key_node`` is the second, ``first_line`` the first."""

    def __init__(self, key: object, key_node: yaml.Node, first_line: int) -> None:
        super().__init__(
            None,
            None,
            f"duplicate key '{key}' (first on line {first_line}; give each key once)",
            key_node.start_mark,
        )
        self.key_node = key_node


class UniqueKeys(yaml.constructor.SafeConstructor):
    """The safe constructor, checking each mapping's keys before building it."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE_TAG:
                continue  # a merge («<<») may override on purpose; complex keys are refused later
            key = key_node.value if key_node.tag == _STR_TAG else self.construct_object(key_node)
            if key in seen:
                raise DuplicateKeyError(key, key_node, seen[key])
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


class UniqueKeyLoader(UniqueKeys, yaml.SafeLoader):
    """``yaml.SafeLoader`` that refuses duplicate keys."""


if hasattr(yaml, "CSafeLoader"):

    class FastUniqueKeyLoader(UniqueKeys, yaml.CSafeLoader):
        """The same over libyaml's parser (~10× faster, with the same node tree and marks)."""

    LOADER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = FastUniqueKeyLoader
else:  # pragma: no cover - PyYAML's wheels are built with libyaml
    LOADER = UniqueKeyLoader


_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"


class _NotPlain(Exception):
    """The document has what only PyYAML's constructor builds: an alias, a merge key, a key
    that is no string, a tag of another kind."""


def build_document(
    loader: yaml.SafeLoader | yaml.CSafeLoader, root: yaml.Node | None
) -> tuple[Any, list[DuplicateKeyError]]:
    """The document ``root`` as ``loader`` builds it, and every key given twice (as
    :func:`duplicate_keys`; the data is not to be used then).

    A knowledge file is plain — mappings with string keys, lists, scalars — and is built here
    in one walk of the node tree that also finds the keys given twice: PyYAML's constructor,
    a Python call per node and a second walk for the keys, took two thirds of loading 356
    kommuner. The same objects come out (a string is the node's value; other scalars, such
    as numbers and dates, are PyYAML's own). Anything else goes to PyYAML's constructor."""
    if root is None:
        return None, []
    plain = _PlainBuilder(loader)
    try:
        data = plain.build(root)
    except _NotPlain:
        twice = duplicate_keys(root)
        return (None if twice else loader.construct_document(root)), twice
    return data, sorted(plain.twice, key=lambda error: error.key_node.start_mark.line)


class _PlainBuilder:
    """One plain document's walk (:func:`build_document`); a class, not a closure calling
    itself, so no reference cycle keeps a file's loader and nodes alive after it."""

    def __init__(self, loader: yaml.SafeLoader | yaml.CSafeLoader) -> None:
        self.loader = loader
        self.twice: list[DuplicateKeyError] = []
        self.seen: set[int] = set()

    def build(self, node: yaml.Node) -> Any:
        kind = type(node)
        if kind is yaml.ScalarNode:
            if node.tag == _STR_TAG:
                return node.value
            return self.loader.construct_object(node, deep=True)
        if id(node) in self.seen:
            raise _NotPlain  # an alias: PyYAML hands out one object for both
        self.seen.add(id(node))
        if kind is yaml.SequenceNode and node.tag == _SEQ_TAG:
            return [self.build(item) for item in node.value]
        if kind is not yaml.MappingNode or node.tag != _MAP_TAG:
            raise _NotPlain
        built: dict[str, Any] = {}
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode or key_node.tag != _STR_TAG:
                raise _NotPlain  # a merge («<<»), a number, a complex key
            key = key_node.value
            if key in lines:
                self.twice.append(DuplicateKeyError(key, key_node, lines[key]))
            else:
                lines[key] = key_node.start_mark.line + 1
            built[key] = self.build(value_node)
        return built


def duplicate_keys(root: yaml.Node | None) -> list[DuplicateKeyError]:
    """Every key given twice anywhere in the tree, in file order: a writer fixing a file sees
    all of them at once, not one per load."""
    found: list[DuplicateKeyError] = []
    stack: list[yaml.Node] = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key_node, value in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag != _MERGE_TAG:
                    if key_node.value in seen:
                        found.append(
                            DuplicateKeyError(key_node.value, key_node, seen[key_node.value])
                        )
                    else:
                        seen[key_node.value] = key_node.start_mark.line + 1
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return sorted(found, key=lambda error: error.key_node.start_mark.line)


def path_to(root: yaml.Node | None, target: yaml.Node) -> list[int | str]:
    """The keys and indexes from ``root`` down to the mapping that holds ``target`` as a key."""
    if isinstance(root, yaml.MappingNode):
        for key_node, value in root.value:
            if key_node is target:
                return [key_node.value]
            inner = path_to(value, target)
            if inner:
                return [key_node.value, *inner]
    elif isinstance(root, yaml.SequenceNode):
        for index, item in enumerate(root.value):
            inner = path_to(item, target)
            if inner:
                return [index, *inner]
    return []
