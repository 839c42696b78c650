"""«15-åring tatt for butikktyveri, hva skjer videre?»: an offence already dealt with (caught,
reported), and what comes next asked. Two things follow.

* It is calm: nobody is in danger in what it tells, so the routine comes without the acute
  line above its steps (bot/features/routines/asks_routine.py ``asked_calmly``), as for any
  calm routine question; the routine's first step still asks whether anyone is in danger.
* «videre» is no step's word: «si hva du må gjøre videre» in the step of talking to the young
  person matched it, and the answer pointed there. What comes next after an offence is the
  routine's own step on offences – the one that asks whether the young person has committed
  a crime («straffbar» in its title or question), which names the kommune's follow-up (Gjesdal's
  operative SLT-gruppe) and branches to the police contact.

Pure functions of folded words; the offence words are few and plain, a crime told in other
words gets the routine's overview as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.knowledge.routine_schema import Step
from bot.text import fold

OFFENCE_STARTS = (
    "tyveri", "butikktyv", "naskeri", "nasket", "naska", "stjal", "stjele", "stjaal", "stjalet",
    "haerverk", "innbrudd", "anmeld", "siktet", "sikta", "straffbar", "lovbrudd", "kriminal",
)  # fmt: skip
"""Folded word starts of an offence: «butikktyveri», «naskeri», «stjal», «anmeldt», «siktet» –
not «tatt for» alone («har tatt for mye» is an overdose)."""
NEXT = frozenset(
    {("skjer", "videre"), ("skjer", "vidare"), ("skjer", "na"), ("skjer", "no")}
    | {("skjer", "etterpa"), ("hva", "na"), ("kva", "no"), ("ka", "no"), ("happens", "next")}
    | {("gar", "videre"), ("gar", "vidare"), ("vi", "videre"), ("me", "vidare"), ("skjer", "med")}
)
"""«hva skjer videre», «kva skjer no», «hva nå», «hvordan går vi videre»: what comes next."""
ONWARD = frozenset({"videre", "vidare"})
"""«videre» is how a question goes on, never what it asks about in a step."""
OFFENCE_STEP = "straffbar"
"""The folded stem the routine's offence step has in its title or question."""


def _offence(words: Sequence[str]) -> bool:
    return any(w.startswith(OFFENCE_STARTS) for w in words)


def offence_next(words: Sequence[str]) -> bool:
    """Whether ``words`` (folded) tell an offence caught or reported and ask what comes next:
    «15-åring tatt for butikktyveri, hva skjer videre», «eleven er anmeldt for hærverk, kva
    skjer no?»."""
    pairs = set(pairwise(words))
    return _offence(words) and not pairs.isdisjoint(NEXT)


def offence_step(steps: Sequence[Step]) -> Step | None:
    """The routine's step on offences (``OFFENCE_STEP`` in its title or question), or None."""
    return next(
        (s for s in steps if OFFENCE_STEP in fold(f"{s.title} {s.decision or ''}")),
        None,
    )


__all__ = ["ONWARD", "offence_next", "offence_step"]
