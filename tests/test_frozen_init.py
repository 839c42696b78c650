"""The frozen records' quick constructor builds what the dataclass's own ``__init__`` builds
(bot/frozen_init.py): the same fields, in the same order, with the same defaults and factories,
the same signature, ``__post_init__`` run; and a record it cannot mirror is refused."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import InitVar, dataclass, field
from typing import Any

import pytest

from bot.features.reply import Reply
from bot.features.routines.matcher import RoutineMatch
from bot.frozen_init import quick_init
from bot.intent_net import Reading
from bot.knowledge.index import RoleHit
from bot.router import Turn
from bot.understanding.cue_check import Named
from bot.understanding.retrieval import Hit
from bot.understanding.understood import Understood

RECORDS = (Understood, Named, Turn, Reply, Hit, RoleHit, Reading, RoutineMatch)
"""(The sheet and its sections are view models, which import nothing from bot/:
tests/test_card_boundary.py.)"""


def _both(cls: type, *args: Any, **kwargs: Any) -> tuple[Any, Any]:
    quick = cls(*args, **kwargs)
    built = cls.__new__(cls)
    cls.__dataclass_init__(built, *args, **kwargs)  # type: ignore[attr-defined]
    return quick, built


def _arguments(cls: type, every: bool) -> tuple[list[Any], dict[str, Any]]:
    """One distinct value per field (every field, or only those without a default)."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        needed = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if not (every or needed):
            continue
        value = (f"{cls.__name__}.{f.name}",)  # a tuple: fine for __post_init__'s dict.fromkeys
        if f.kw_only:
            kwargs[f.name] = value
        else:
            args.append(value)
    return args, kwargs


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_the_same_record_as_the_dataclass_builds(cls: type) -> None:
    assert hasattr(cls, "__dataclass_init__")
    assert inspect.signature(cls.__init__) == inspect.signature(cls.__dataclass_init__)
    for every in (True, False):
        args, kwargs = _arguments(cls, every)
        quick, built = _both(cls, *args, **kwargs)
        assert list(vars(quick).items()) == list(vars(built).items())
        assert quick == built
        if not every:  # defaults: a factory's value is a new one per record, as ever
            for f in dataclasses.fields(cls):
                if f.default_factory is not dataclasses.MISSING:
                    assert getattr(quick, f.name) is not getattr(cls(*args, **kwargs), f.name)
        by_name = {f.name: getattr(built, f.name) for f in dataclasses.fields(cls)}
        assert vars(cls(**by_name)) == vars(built)  # all by keyword, as replace() calls it


def test_frozen_and_post_init_as_before() -> None:
    @quick_init
    @dataclass(frozen=True)
    class Listed:
        title: str
        notes: tuple[str, ...] = ()

        def __post_init__(self) -> None:
            object.__setattr__(self, "notes", tuple(dict.fromkeys(self.notes)))

    quick, built = _both(Listed, "Tittel", ("a", "b", "a"))
    assert vars(quick) == vars(built) == {"title": "Tittel", "notes": ("a", "b")}
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.title = "annen"  # type: ignore[misc]
    reply = dataclasses.replace(Reply("hei"), intent="greeting")
    assert (reply.text, reply.intent, reply.facts) == ("hei", "greeting", {})
    with pytest.raises(TypeError):
        Reply()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Reply("hei", unknown=1)  # type: ignore[call-arg]


def test_keyword_only_and_factories() -> None:
    @quick_init
    @dataclass(frozen=True)
    class Made:
        first: int
        second: list[int] = field(default_factory=list)
        _: dataclasses.KW_ONLY
        third: str = "tre"
        fourth: dict[str, int] = field(default_factory=dict)

    quick, built = _both(Made, 1, third="3")
    assert vars(quick) == vars(built) == {"first": 1, "second": [], "third": "3", "fourth": {}}
    assert Made(1).second is not Made(1).second
    assert inspect.signature(Made.__init__) == inspect.signature(Made.__dataclass_init__)
    with pytest.raises(TypeError):
        Made(1, [], "3")  # type: ignore[misc]


def test_what_it_cannot_mirror_is_refused() -> None:
    with pytest.raises(TypeError):

        @quick_init
        @dataclass
        class Open:
            a: int

    with pytest.raises(TypeError):

        @quick_init
        @dataclass(frozen=True)
        class Hidden:
            a: int
            b: int = field(default=0, init=False)

    with pytest.raises(TypeError):

        @quick_init
        @dataclass(frozen=True)
        class Passed:
            a: int
            b: InitVar[int] = 0

    with pytest.raises(TypeError):

        @quick_init
        @dataclass(frozen=True, slots=True)
        class Slotted:
            a: int


def test_a_field_named_as_its_own_locals_is_refused() -> None:
    with pytest.raises(TypeError):  # a name the generated __init__ uses itself
        quick_init(dataclasses.make_dataclass("Clashing", [("__quick_dict", int)], frozen=True))

    @quick_init
    @dataclass(frozen=True)
    class Short:
        d: int
        f: list[int] = field(default_factory=list)

    assert vars(Short(3)) == {"d": 3, "f": []}
