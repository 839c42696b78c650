"""Tiltak asked by what they are (session 36, facts80): a team that is a tiltak too, asked who
leads it where the handlingsplan lists it, gets the tiltak's owners; when a tiltak happens,
asked by its topic, gets the date its plan states. The look-alikes keep their reading.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    "text",
    [
        "hvem leder tiltaket oppvekstteam?",
        "i handlingsplanen står oppvekstteamet, hvem leder det?",
        "innsatsområde 1: hvem er det som leder oppvekstteamet",
        "hvem leder oppvekstteamet under innsatsområde 1 i planen?",
    ],
)
def test_a_team_that_is_a_tiltak_asked_in_the_handlingsplan_gets_its_owners(
    bot: SltBot, text: str
) -> None:
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == "tiltak_owner", (text, reply.intent, reply.text)
    assert "Tiltak 8: Oppvekstteam" in reply.text, reply.text
    assert "nestleder i barneverntjenesten (leder teamet)" in reply.text.lower(), reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "intent"),
    [
        ("hvem leder oppvekstteamet?", "valer", "moteleder"),  # the group: its meeting leader
        ("hvem er det som leder oppvekstteamet", "valer", "moteleder"),
        ("hvem leder politirådet i handlingsplanen?", "valer", "moteleder"),  # no tiltak
        ("hvem leder møtene i fagteamet, står det i handlingsplanen?", "jevnaker", "moteleder"),
    ],
)
def test_a_leader_asked_of_a_group_stays_the_groups(
    bot: SltBot, text: str, kommune: str, intent: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == intent, (text, reply.intent, reply.text)


@pytest.mark.parametrize(
    "text",
    [
        "når er fagdagen om radikalisering og ekstremisme?",
        "når blir fagdagen om ekstremisme og radikalisering",
        "når er fagdagen for utenforskap og radikalisering?",
    ],
)
def test_when_a_tiltak_happens_asked_by_its_topic_gets_the_plans_date(
    bot: SltBot, text: str
) -> None:
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent in ("tiltak_lookup", "tiltak_deadline"), (text, reply.intent, reply.text)
    assert "21. november 2025" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("når er neste møte i fagteamet?", "jevnaker"),  # a group's meeting
        ("når møtes politirådet neste gang", "valer"),
    ],
)
def test_a_groups_meeting_asked_when_stays_a_meeting(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent in ("next_meeting", "meeting_plan"), (text, reply.intent, reply.text)
