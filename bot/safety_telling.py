"""Who tells, and what is played: two readings the topic check (bot/safety_topics.py) makes
before it calls a match a topic.

* A child telling after a lesson: «en elev sa etter undervisningen om kroppen at …» – what
  follows «at» is what the child told, not the lesson's subject.
* A scene played: «dramagruppa øver på en scene der noen tar en overdose» is a film's scene.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.safety_match import BREAK

CHILD = frozenset(
    ["gutt", "gutten", "jente", "jenta", "elev", "eleven", "barn", "barnet", "ungen", "unge"]
)
"""A child (after «om»: the case is about a child, not a subject; before «sa»: the teller)."""
CHILD_SAID = frozenset({"sa", "sier", "seier", "fortalte", "forteller", "fortalde", "fortel"})
"""A child's «sa … at» around a lesson: «en elev sa etter undervisningen om kroppen at …»."""
STAGE = frozenset({"scene", "scenen", "scena", "sketsj", "sketsjen", "scenes"})
"""A scene before «der» (not topical elsewhere: «en stygg scene der han slo henne»)."""
REHEARSAL = ("ovd", "oving", "ovelse", "drama", "teater", "skuespill", "revy", "rehears")
"""Folded words of rehearsing or playing a scene (øvde, øvingen, dramagruppa, teatergruppa …);
«øver» folds to «over», which is also the preposition («over helga»): only ``REHEARSING``."""
REHEARSING = frozenset({"ove", "ova", "ovar"})


def last_sentence(before: Sequence[str]) -> Sequence[str]:
    """The last sentence of ``before``."""
    return before[len(before) - before[::-1].index(BREAK) :] if BREAK in before else before


def child_said(before: Sequence[str]) -> bool:
    """A child named before a verb of telling in the last sentence of ``before`` (the words
    up to an «at»): what follows is what the child told, whatever lesson stands between."""
    said = last_sentence(before)
    return any(w in CHILD_SAID and not CHILD.isdisjoint(said[:i]) for i, w in enumerate(said))


def staged(before: Sequence[str], named: Sequence[str]) -> bool:
    """A stage scene named before «der» (``named``), and a rehearsal or a play in the
    sentence: «dramagruppa øver på en scene der noen tar en overdose»."""
    return not STAGE.isdisjoint(named) and any(
        w.startswith(REHEARSAL) or w in REHEARSING for w in last_sentence(before)
    )


__all__ = ["CHILD", "child_said", "staged"]
