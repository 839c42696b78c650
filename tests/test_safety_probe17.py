"""Fresh probes of danger first, round 17: danger said softly, and harms by their idiom.

Standing on any bridge, a decision set for tonight, a thank-you beside exhaustion and all of a
medicine taken are suicide (113); many pills of a party drug are its overdose (rusbekymring);
breathing barely is 113; a drugged drink and a memory gap is sexual abuse; admiring a
terrorist or joining a group readying for war is radicalisation; «løse hender» said of someone
close is violence at home. A decision at work, a count for a report, a closed case and fantasy
are no alarm. The messages (tests/safety_probe17_data.py) go through the bot's own answer in
every kommune.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck
from bot.safety_closed import AGAIN, Resolved
from bot.safety_match import BREAK
from tests.auxil.safety_cases import (
    KOMMUNER,
    assert_no_alarm,
    assert_routed_with_number_first,
)
from tests.safety_probe17_data import CASES, KEEP, LOOK_ALIKES


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize(("message", "topic", "routine", "number"), [*CASES, *KEEP])
def test_a_probe_gets_its_topic_and_routine_with_the_number_first(
    bot: SltBot, kommune: str, message: str, topic: str, routine: str | None, number: str
) -> None:
    assert_routed_with_number_first(bot, kommune, message, topic, routine, number)


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_a_look_alike_raises_no_alarm(bot: SltBot, kommune: str, message: str) -> None:
    assert_no_alarm(bot, kommune, message)


def test_a_closed_case_may_name_the_case_between_its_words() -> None:
    closed = Resolved(["saken er avsluttet"])
    told = ["saken", "med", "gutten", "som", "besvimte", "er", "avsluttet"]
    assert closed.ended(told)
    assert not closed.ended(["saken", "som", "ikke", "er", "avsluttet"])
    assert not closed.ended(["saken", "med", "gutten", BREAK, "det", "er", "avsluttet"])
    # which case it was follows «saken»: «saken: gutten truer …, møtet er avsluttet» is none
    assert not closed.ended(["saken", "gutten", "truer", "henne", "motet", "er", "avsluttet"])
    # «fortsatt» goes on with the case, not with a body in trouble
    assert closed.ended([*told, "skal", "den", "fortsatt", "opp"], AGAIN)
    assert not closed.ended([*told, "skal", "den", "fortsatt", "opp"])
    assert not closed.ended([*told, "men", "na", "igjen"], AGAIN)
    # «men» asking about the case's process goes on with nothing
    assert closed.ended([*told, "men", "hvem", "skriver", "avviket"])
    assert not closed.ended([*told, "men", "han", "truer", "henne"])


def test_deciding_for_oneself_is_no_one_pressing(vocabulary: DangerCheck) -> None:
    """«har bestemt seg» is a decision of one's own, not «bestemt at» (someone pressing): with
    a mother at work («jobb», an errand's word) it was read as exploitation."""
    message = "en jente sier hun har bestemt seg for å gjøre det når mamma er på jobb"
    finding = vocabulary.check(message, hint=True)
    assert finding is None or finding.topic != "menneskehandel_utnytting", finding
    pressed = vocabulary.check("jenta sier hun må jobbe for dem, de har bestemt at hun skal selge")
    assert pressed is not None
