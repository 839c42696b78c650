"""perf83: the answer path made cheaper without changing an answer.

``quick_replace`` (bot/frozen_init.py) builds what ``dataclasses.replace`` builds for every
record a turn copies: the same fields in the same order, ``__post_init__`` run, a cached
property of the old record not carried over, an unknown field refused, and any other record
handed to ``dataclasses.replace`` itself."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any

import pytest

from bot.frozen_init import quick_init, quick_replace
from bot.understanding.intents import Intent
from bot.understanding.understood import Understood
from tests.test_frozen_init import RECORDS, _arguments


def _record(cls: type) -> Any:
    args, kwargs = _arguments(cls, True)
    return cls(*args, **kwargs)


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_quick_replace_is_dataclasses_replace(cls: type) -> None:
    old = _record(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    for changed in ({}, {names[0]: ("first",)}, {names[-1]: ("last",), names[0]: ("both",)}):
        quick = quick_replace(old, **changed)
        slow = dataclasses.replace(old, **changed)
        assert type(quick) is cls
        assert list(vars(quick).items()) == list(vars(slow).items())
        assert quick == slow
        assert quick is not old


def test_an_understood_reading_changed_as_the_reader_changes_it() -> None:
    old = Understood(Intent.MEMBERS, "valer", group_id="politirad", words=("hvem", "sitter"))
    new = quick_replace(old, intent=Intent.UNKNOWN, cue="", options=(), routine=None)
    assert new.intent is Intent.UNKNOWN and new.group_id == "politirad"
    assert new == dataclasses.replace(old, intent=Intent.UNKNOWN, cue="", routine=None)
    assert old.intent is Intent.MEMBERS  # the old record is left as it was
    with pytest.raises(dataclasses.FrozenInstanceError):
        new.intent = Intent.HELP  # type: ignore[misc]


def test_an_unknown_field_is_refused_as_replace_refuses_it() -> None:
    old = Understood(Intent.HELP, None)
    with pytest.raises(TypeError):
        dataclasses.replace(old, no_such_field=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="no_such_field"):
        quick_replace(old, no_such_field=1)


@quick_init
@dataclass(frozen=True)
class _Cached:
    words: tuple[str, ...]
    seen: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.seen.append("post")

    @functools.cached_property
    def joined(self) -> str:
        return " ".join(self.words)


def test_post_init_runs_and_a_cached_property_is_not_carried_over() -> None:
    old = _Cached(("a", "b"))
    assert old.joined == "a b" and "joined" in vars(old)
    new = quick_replace(old, words=("c",))
    slow = dataclasses.replace(old, words=("c",))
    assert "joined" not in vars(new) and "joined" not in vars(slow)
    assert new.joined == "c"
    assert new.seen == slow.seen == ["post", "post", "post"]  # one list, as replace shares it


@dataclass(frozen=True)
class _Plain:
    a: int
    b: int = 2


@dataclass
class _Mutable:
    a: int


def test_other_records_go_to_dataclasses_replace() -> None:
    assert quick_replace(_Plain(1), b=5) == _Plain(1, 5)
    assert quick_replace(_Mutable(1), a=3) == _Mutable(3)
    with pytest.raises(TypeError):
        quick_replace(_Plain(1), c=3)


@quick_init
@dataclass(frozen=True)
class _Sub(_Plain):
    c: int = 3


class _Unquick(_Sub):
    """A subclass of a quick record that is not one itself: replace's own way."""


def test_a_subclass_is_copied_as_its_own_class() -> None:
    assert quick_replace(_Sub(1), c=4) == _Sub(1, 2, 4)
    assert type(quick_replace(_Unquick(1), a=7)) is _Unquick
    assert quick_replace(_Unquick(1), a=7).a == 7


def _inflections_as_before(word: str) -> tuple[str, ...]:
    """bot/understanding/facets.py's ``inflections`` before perf83: every ending tried."""
    from bot.text import SUFFIXES

    if not word.endswith(SUFFIXES):
        return (word,)
    forms = [word]
    forms += [word[: -len(s)] for s in SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3]
    return tuple(forms)


@pytest.mark.parametrize(
    "word",
    [
        "rektoren",
        "rektorene",
        "helsesykepleier",
        "helsesykepleiere",
        "barnevernet",
        "kontaktene",
        "politiet",
        "leder",
        "lederne",
        "ungdommene",
        "miljøarbeidere",
        "tjenesten",
        "nav",
        "ppt",
        "sla",
        "ene",
        "en",
        "e",
        "n",
        "",
        "aene",
        "koordinatoren",
        "elevene",
        "skolen",
        "jenta",
        "grua",
        "kommunen",
        "nettverket",
        "mote",
        "slt-en",
    ],
)
def test_inflections_are_the_forms_every_ending_gave(word: str) -> None:
    from bot.understanding.facets import inflections

    assert inflections(word) == _inflections_as_before(word)


def test_inflections_of_every_word_the_knowledge_holds() -> None:
    """Every folded word of the three kommuners' plans and the language lists."""
    from pathlib import Path

    from bot.text import fold
    from bot.understanding.facets import inflections

    root = Path(__file__).resolve().parent.parent / "knowledge"
    words = {
        w for path in root.rglob("*.yaml") for w in fold(path.read_text(encoding="utf-8")).split()
    }
    assert len(words) > 1000
    for word in words:
        assert inflections(word) == _inflections_as_before(word), word
