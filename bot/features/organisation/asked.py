"""What a question asks of a group or level beside the answer's usual lines: who
coordinates the level, and the duty naming who the question asks about, first (issue 11)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from bot.features.organisation import texts
from bot.knowledge.models import Group, LevelInfo
from bot.text import fold
from bot.understanding import Intent, Understood
from bot.understanding.normalise import stem


def coordination(info: LevelInfo, q: Understood) -> tuple[str, ...]:
    """Who the plan says coordinates the level, when the level itself is asked about or who
    coordinates it («hva er det utøvende nivået og hvem koordinerer tiltakene der»)."""
    asked = q.level_named or any(w.startswith("koordiner") for w in q.words)
    return (texts.coordinated_by(info.coordinated_by),) if asked and info.coordinated_by else ()


USERS = ("foreldre", "foresatte", "ungdom")
"""Who may turn to a group, as a plan's duties name them («kan også brukes av foreldre»)."""


def first(duties: tuple[str, ...], q: Understood) -> tuple[str, ...]:
    """«kan foreldre bruke fagteamet»: the duty naming who the question asks about leads."""
    asked = [u for u in USERS if any(w.startswith(u[:7]) for w in q.words)]
    lead = tuple(d for d in duties if asked and any(u in d.casefold() for u in asked))
    return lead + tuple(d for d in duties if d not in lead)


def duties(group: Group, info: LevelInfo, q: Understood) -> tuple[str, ...]:
    """The group's duties (its level's, when the level is asked or the group is its primary
    one), the duty naming who the question asks about first."""
    return first(group.duties or (info.duties if q.level_named or group.primary else ()), q)


COORDINATES = frozenset({"koordinerer", "koordinere", "koordineres", "koordinert"})
"""«hvem koordinerer …» (folded); not «koordinerende», the level's name."""


def coordinated_note(q: Understood, group: Group) -> str | None:
    """«hvem koordinerer det utøvende nivået?» where no innkaller is named: the plan's
    «Arbeidet koordineres av BTI-koordinator.» answers it, not «Planen sier ikke noe om dette»
    before it."""
    if q.intent is not Intent.INNKALLER or COORDINATES.isdisjoint(q.words):
        return None
    sentences = (group.members_note or "").split(". ")
    said = next((s for s in sentences if "koordineres av" in s), None)
    return said.rstrip(".") + "." if said else None


def shares_words(q: Understood, title: str) -> Callable[[str], bool]:
    """Whether a line shares a word (stem of four letters or more) with the question, its
    subject's title aside: «samarbeider hun med andre kommuner» keeps «… nettverk med andre»."""

    asked = {s for s in stem(q.words) if len(s) >= 4} - _stems(title)
    return lambda line: bool(asked & _stems(line))


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """The stems of a knowledge line's words, worked out once per line (a title, a task)."""
    return frozenset(stem(fold(text).replace("-", " ").split()))


@lru_cache(maxsize=1024)
def said_in(line: str, text: str) -> bool:
    """Whether ``line`` stands in ``text`` word for word, folded (knowledge strings such as a
    task and the mandate: worked out once, not on every question)."""
    return fold(line) in fold(text)
