"""Held-out danger batches 14a/14b (issue 11 item 1): does routing generalise to text nobody
tuned on?

The batches (tests/safety_heldout14_data.py, tests/safety_heldout14b_data.py) were written from
the domain notes, not from the rules. A message routes right when the bot's answer is a danger,
a disclosure or a routine led by the acute line; when a topic is given, the routine is one the
eval accepts for it and no other topic is named; when a number is given, the first line names
it. The floors are measured figures: they may only go up.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck
from tests import safety_heldout14_data as batch_a
from tests import safety_heldout14b_data as batch_b
from tests.eval import ROUTINES
from tests.safety_heldout14_data import Case

ROUTED = ("danger", "disclosure", "routine")
"""As the eval scores it: a danger item is right as a danger, a disclosure or a routine whose
first line is the acute line; a look-alike answered as any of them is a false alarm."""

FLOORS = {"a": (106, 3), "b": (43, 2)}
"""batch -> (at least this many cases routed right, at most this many look-alike alarms).
Measured: 14a 102/120 and 3 alarms before the 14a fixes, 107 after; 14b (written after those
fixes, measured once) 43/60 and 2 alarms, the same as before the fixes. 14a then lost one that
was right by accident: «elev har brukket armen stygt og er helt hvit i ansiktet» got the rus
routine because the routine matcher read «brukket» as a typo of «drukket»; it now gets the
honest fallback with 112/113 under it (a fracture with shock signs is not a concept yet)."""

BATCHES = {"a": batch_a, "b": batch_b}


def routes_right(bot: SltBot, case: Case, kommune: str = "valer") -> bool:
    message, topic, number = case
    reply = asyncio.run(bot.answer(message, kommune))
    if str(reply.intent) not in ROUTED:
        return False
    if topic is not None:
        accepted = ROUTINES.get(topic)
        if accepted is not None and reply.facts.get("routine") not in accepted:
            return False
        if reply.facts.get("topic") not in (None, topic):
            return False
    first = reply.text.lstrip().splitlines()[0] if reply.text.strip() else ""
    return first.startswith(("🚨", "⚠")) and (number is None or number in first)


ACUTE_MARKS = ("🚨", "⚠")


def alarms(bot: SltBot, message: str, kommune: str = "valer") -> bool:
    """A look-alike raises an alarm when it is read as a case: danger or disclosure, or a
    routine led by the acute line. A calm question for a routine («kva er rutina for
    skulefråvær») answered with that routine's steps and no acute line is the right answer."""
    reply = asyncio.run(bot.answer(message, kommune))
    if str(reply.intent) in ("danger", "disclosure"):
        return True
    return str(reply.intent) == "routine" and reply.text.lstrip().startswith(ACUTE_MARKS)


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_a_batch_routes_at_least_its_floor(bot: SltBot, batch: str) -> None:
    right = sum(routes_right(bot, case) for case in BATCHES[batch].CASES)
    floor, _ = FLOORS[batch]
    assert right >= floor, (batch, right, floor)


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_a_batch_s_look_alikes_stay_under_their_ceiling(bot: SltBot, batch: str) -> None:
    loud = [m for m in BATCHES[batch].LOOKALIKES if alarms(bot, m)]
    _, ceiling = FLOORS[batch]
    assert len(loud) <= ceiling, (batch, loud)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("han snakker om at jødene fortjener å dø", "radikalisering"),
        ("hun skriver om at innvandrere burde skytes", "radikalisering"),
        ("hun snakker om å dø hele tiden", "selvmord_selvskading"),
    ],
)
def test_a_people_named_after_at_starts_a_clause_of_its_own(
    vocabulary: DangerCheck, message: str, topic: str
) -> None:
    """«snakker om at vantro fortjener å dø» is hate said of others: the walk of «snakker om å
    dø» stops at the people, as it stops at a child named after «at»."""
    finding = vocabulary.check(message)
    assert finding is not None and finding.topic == topic, (message, finding)
