"""Session 16 safety fixes, made-up messages. An adult reaching a child for sex online
(grooming, nude pictures asked for): the right lead first, then a routine that holds wherever
it happens — or, where the plans have none, an honest word that the routine shown is about
the home. And false alarms found by made-up everyday statements: «klar» read as «klår», a door
locked, a bruise from a game."""

from __future__ import annotations

import json

import pytest

from bot.routing import SltBot

PICTURES_ASKED = [
    "en voksen mann på nettet har bedt en jente på 12 om å sende nakenbilder",
    "gutten sier en voksen på discord ber ham sende bilder uten klær",
    "en voksen mann på snap ber henne om bilder, hun er 13",
]


@pytest.mark.parametrize("text", PICTURES_ASKED)
def test_pictures_asked_for_go_to_the_picture_routine(text: str, bot: SltBot) -> None:
    reply = bot.danger_reply(text, "valer")
    assert reply is not None and reply.facts["routine"] == "bildedeling"
    assert reply.text.startswith("🚨") and "112" in reply.text.splitlines()[0]
    assert "hjemme" not in reply.text


def test_someone_close_asking_is_still_abuse_at_home(bot: SltBot) -> None:
    reply = bot.danger_reply("gutten sier at stefaren ber ham kle av seg og tar bilder", "valer")
    assert reply is not None and reply.facts["routine"] == "vold-naere-relasjoner"


@pytest.mark.parametrize(
    "text",
    [
        "læreren ber elevene sende bilder fra klasseturen",
        "kan vi be foreldrene om bilder fra 17. mai til nettsida?",
    ],
)
def test_pictures_asked_for_in_everyday_talk_are_no_case(text: str, bot: SltBot) -> None:
    assert bot.danger_reply(text, "valer") is None


@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
def test_online_grooming_under_the_home_routine_says_so(kommune: str, bot: SltBot) -> None:
    """No plan has a routine for sexual abuse outside the home: the routine for vold i nære
    relasjoner is shown (its steps to listen, write down, report and call the police hold),
    and the reply says, before it, that it is about the home."""
    text = "en mann hun har møtt på nett vil treffe henne og sender seksuelle meldinger, hun er 13"
    reply = bot.danger_reply(text, kommune)
    assert reply is not None and reply.facts["routine"] == "vold-naere-relasjoner"
    lines = reply.text.split("\n\n")
    assert lines[0].startswith("🚨")
    note = next(i for i, part in enumerate(lines) if "ingen egen rutine" in part)
    assert note < next(i for i, part in enumerate(lines) if "Vold i nære relasjoner" in part)
    assert "ingen egen rutine" in json.dumps(reply.cards[0], ensure_ascii=False)


def test_a_case_at_home_has_no_such_note(bot: SltBot) -> None:
    reply = bot.danger_reply("eleven sier at faren slår henne når han har drukket", "valer")
    assert reply is not None and reply.facts["routine"] == "vold-naere-relasjoner"
    assert "ingen egen rutine" not in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "hun er klar for prøven i morgen",
        "er gutten klar til å begynne på skolen igjen?",
        "eleven sier hun er klar til å gjøre leksene nå",
    ],
)
def test_ready_is_no_groping(text: str, bot: SltBot) -> None:
    """«klår» (gropes) folds to «klar» (ready): as a word of the sexual-contact group it made
    «hun er klar for prøven» a disclosure."""
    assert bot.danger_reply(text, "valer") is None


def test_a_door_locked_before_someone_leaves_locks_nobody_in(bot: SltBot) -> None:
    """«hun» right after «da» opens a clause of her own: nobody the lock is aimed at."""
    assert bot.danger_reply("moren låste døra da hun gikk på jobb", "valer") is None
    assert bot.danger_reply("moren sier at hun låser ytterdøra om kvelden", "valer") is None
    found = bot.danger_reply("faren låste døra og hun kom seg ikke ut", "valer")
    assert found is not None and found.facts["routine"] == "vold-naere-relasjoner"


def test_a_grip_on_the_throat_by_someone_close_is_violence_at_home(bot: SltBot) -> None:
    """The breath it took («ikke fikk puste») once sent it to rusbekymring: «tok» is a word of
    taking something."""
    text = "eleven forteller at stefaren tok ham i halsen og klemte til han ikke fikk puste"
    found = bot.danger_reply(text, "valer")
    assert found is not None and found.facts["routine"] == "vold-naere-relasjoner"
    assert (
        bot.danger_reply("mor tok med gutten til legen fordi han hadde vondt i halsen", "valer")
        is None
    )


@pytest.mark.parametrize(
    "text",
    ["han har blåmerker etter håndballkampen i helga", "han fikk blåmerker på trening"],
)
def test_a_bruise_from_a_game_is_no_disclosure(text: str, bot: SltBot) -> None:
    assert bot.danger_reply(text, "valer") is None


def test_a_bruise_unexplained_still_is(bot: SltBot) -> None:
    text = "gutten har blåmerker på armene igjen og vil ikke si hvorfor"
    assert bot.danger_reply(text, "valer") is not None


def test_tired_of_homework_is_no_wish_to_die(bot: SltBot) -> None:
    assert bot.danger_reply("mor sa at hun ikke orker mer lekser i kveld", "valer") is None
    found = bot.danger_reply("hun sier hun ikke orker mer og vil ikke leve", "valer")
    assert found is not None and found.facts["routine"] == "selvskading"
