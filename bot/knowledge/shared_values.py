"""Validated knowledge with its repeated values kept once.

Every validated model carries its own ``__pydantic_fields_set__`` (a 216-byte set; the
language files alone hold 7,400 models with one of a handful of such sets) and the YAML
reader gives each scalar its own string, so a text said in two files, a routine id given to
a thousand examples or a plan line every synthetic kommune shares is held once per use. A
parsed file is walked once here: each model's set of set fields becomes the one equal set
all models share, and each plain string value the equal string met first in this load
(:func:`sharing`: one pool for all the files of a knowledge load, dropped after it — not
``sys.intern``, whose table would keep a slot for every text as long as the process lives).

Only a parsed file is walked (about 1.6 ms a kommune file): the parsed-file cache pickles
it shared, and unpickling keeps an object pickled once shared, so a warm start pays nothing
(356 kommuner: 0.6 s of CPU if it walked them again). Across files a warm start shares no
strings: the bundled language files hold 0.6 MB of texts twice then.

Nothing a reader sees changes: the values are equal, the models are frozen (pydantic adds to
``__pydantic_fields_set__`` only on assignment, which a frozen model refuses, and copies it
in ``model_copy`` before it updates the copy).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from pydantic import BaseModel

Value = TypeVar("Value")

_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
"""One set per distinct set of set fields (a few hundred for all the knowledge)."""

_strings: ContextVar[dict[str, str] | None] = ContextVar("shared_strings", default=None)


@contextmanager
def sharing() -> Iterator[None]:
    """Share equal strings across every file validated inside (one knowledge load)."""
    token = _strings.set({})
    try:
        yield
    finally:
        _strings.reset(token)


def share_repeats(value: Value) -> Value:
    """``value`` with its models' repeated parts shared (see the module docstring); the
    models are changed in place, a tuple holding a changed value is a new, equal tuple."""
    pool = _strings.get()
    return _shared(value, {} if pool is None else pool)  # type: ignore[no-any-return]


def _shared(value: Any, strings: dict[str, str]) -> Any:
    kind = type(value)
    if kind is str:
        return strings.setdefault(value, value)
    if isinstance(value, BaseModel):
        _share_model(value, strings)
        return value
    if hasattr(kind, "__dataclass_fields__"):  # a record (provenance.RECORD): a slotted dataclass
        _share_record(value, strings)
        return value
    if kind is tuple:
        items = tuple(_shared(item, strings) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if kind is list:
        value[:] = [_shared(item, strings) for item in value]
        return value
    if kind is dict:
        pairs = [(_shared(key, strings), _shared(item, strings)) for key, item in value.items()]
        value.clear()
        value.update(pairs)
        return value
    return value


def _share_model(model: BaseModel, strings: dict[str, str]) -> None:
    fields = model.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault(frozenset(fields), fields)
    if shared is not fields:
        object.__setattr__(model, "__pydantic_fields_set__", shared)
    values = model.__dict__  # the keys are the model's field names, shared already
    for key, item in values.items():  # a value replaced in place: the dict does not grow
        kind = type(item)
        if kind is str:
            values[key] = strings.setdefault(item, item)
        elif kind in _CONTAINERS or isinstance(item, BaseModel):
            values[key] = _shared(item, strings)


def _share_record(record: Any, strings: dict[str, str]) -> None:
    """A frozen slotted record's values shared as a model's are (it has no fields set)."""
    for name in type(record).__dataclass_fields__:
        item = getattr(record, name)
        shared = _shared(item, strings)
        if shared is not item:
            object.__setattr__(record, name, shared)  # frozen: set past its guard, as for a model


_CONTAINERS = (tuple, list, dict)


__all__ = ["share_repeats", "sharing"]
