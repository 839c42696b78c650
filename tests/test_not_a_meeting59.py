"""A meeting's word asked of no group's meeting (branch unknown59): «vi hadde brannøvelse på
ungdomshuset i går. hvor ofte skal vi ha slike øvelser?», «en sak fra i fjor er avsluttet – må
den inn i noe referat?». No group or level is named and none is meant: the plans do not say,
so the honest «vet ikke» answers, not «Hvilken gruppe mener du?». A meeting asked of with no
group («hvor ofte skal vi ha slike møter?», «hvem skriver referat?») is still asked back.

Every message is written for this file (none is an evaluation item), with made-up people.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.understanding.not_a_meeting import held_thing
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        (
            "vi hadde brannøvelse på ungdomshuset i går, det gikk greit. hvor ofte skal vi ha "
            "slike øvelser?",
            "jevnaker",
        ),
        ("kor ofte skal me ha slike kurs for dei tilsette?", "gjesdal"),
        (
            "en sak om hærverk fra i fjor er avsluttet hos oss. må den inn i noe referat?",
            "valer",
        ),
    ],
)
def test_a_meeting_word_of_no_meeting_is_honestly_unknown(
    bot: SltBot, text: str, kommune: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [str(r.intent) for r in replies] == ["unknown"], text
    assert "slt-koordinator" in replies[-1].text.lower()


@pytest.mark.parametrize(
    ("text", "kommune"),
    [("hvor ofte skal vi ha slike møter?", "valer"), ("hvem skriver referat?", "gjesdal")],
)
def test_a_meeting_with_no_group_is_still_asked_back(bot: SltBot, text: str, kommune: str) -> None:
    replies = turn(bot, text, kommune)
    assert [str(r.intent) for r in replies] == ["clarify"], text


def test_the_thing_held() -> None:
    assert held_thing(("hvor", "ofte", "skal", "vi", "ha", "slike", "ovelser")) == "ovelser"
    assert held_thing(("hvor", "ofte", "har", "vi", "mote")) == ""


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("vi skal ha skoleskyting-øvelse neste uke, skal SLT-nettverket være med?", "valer"),
        ("me skal ha ei beredskapsøving neste veke, skal arbeidsgruppa vere med?", "gjesdal"),
        (
            "elevene laget et teaterstykke om mobbing, bare fiktivt. kan vi vise det i "
            "fagteam-møtet?",
            "jevnaker",
        ),
    ],
)
def test_a_group_joining_our_thing_or_a_thing_used_in_a_meeting_is_unknown(
    bot: SltBot, text: str, kommune: str
) -> None:
    """Whether a group joins a drill we hold, or whether a thing told may be used in a
    group's meeting (calm75): no group's members, dates or frequency."""
    replies = turn(bot, text, kommune)
    assert [str(r.intent) for r in replies] == ["unknown"], text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("vi skal ha et møte i SLT-nettverket neste uke, skal politiet være med?", "valer"),
        ("når er neste møte i SLT-nettverket?", "valer"),
    ],
)
def test_a_groups_own_meeting_keeps_its_dates(bot: SltBot, text: str, kommune: str) -> None:
    replies = turn(bot, text, kommune)
    assert str(replies[-1].intent) == "next_meeting", text
