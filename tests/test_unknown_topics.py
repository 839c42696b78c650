"""A question the plan does not answer gets the honest «vet ikke» with what is missing said
first, never a confident answer to a nearby question (bot/features/tiltak/absent.py):

- an owner asked of a tiltak the kommune's plan does not have;
- tiltak asked for a grade no tiltak names or covers by its school stage;
- «har vi tiltak for …» a thing no knowledge holds, where no tiltak of the plan has a word of
  what is asked – only whom it is for;
- a closed case's paperwork («saken er lukket, hvem skal ha kopi av papirene»): no routine's
  steps (bot/features/routines/asked.py ``aside``, understanding.yaml ``routine_aside``).

Beside each, a calm look-alike the plan does answer keeps its answer. Every message is made up
for this file.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn

LACKING = [
    # Våler's plan has no natteravn tiltak (Jevnaker's has)
    ("hvem står bak natteravnene hos oss?", "valer", "ikke noe slikt tiltak"),
    ("hvem har ansvaret for natteravnene her?", "valer", "ikke noe slikt tiltak"),
    # Gjesdal's tiltak name 8.–10. trinn and the ungdomsskole only
    ("hvilke tiltak har vi for 5. trinn?", "gjesdal", "ingen tiltak for 5. trinn"),
    ("finnes det noe tiltak for 2. klasse i planen?", "gjesdal", "ingen tiltak for 2. trinn"),
    ("finnes det tiltak i planen for unge som driver med tagging?", "gjesdal", "«tagging»"),
    ("har vi tiltak i planen for elever som samler pantflasker?", "valer", "«pantflasker»"),
]

ANSWERED = [
    ("hvem står bak natteravnene?", "jevnaker", "tiltak_owner"),
    ("hvem har ansvar for natteravnene i gjesdal?", "gjesdal", "tiltak_owner"),
    ("hvilke tiltak har vi for 9. trinn?", "gjesdal", "tiltak_lookup"),
    # «Trygg oppvekst» på alle barneskolene: a school stage covers 6. trinn
    ("hvilke tiltak har vi for 6. trinn?", "valer", "tiltak_lookup"),
    # «8., 9. og 10. trinn»: a list of grades names 8.
    ("har vi noen tiltak for 8. trinn?", "valer", "tiltak_lookup"),
    ("finnes det tiltak i planen for unge som sliter med rus?", "gjesdal", "tiltak_lookup"),
    ("har vi tiltak i planen mot mobbing på nett blant elever?", "valer", "tiltak_lookup"),
]


@pytest.mark.parametrize(("text", "kommune", "said"), LACKING)
def test_what_the_plan_has_no_tiltak_for_is_said_and_the_coordinator_named(
    bot: SltBot, text: str, kommune: str, said: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert said in reply.text
    assert "SLT-koordinator" in reply.text
    assert "Ansvar:" not in reply.text  # no other tiltak's card


@pytest.mark.parametrize(("text", "kommune", "intent"), ANSWERED)
def test_a_tiltak_the_plan_has_keeps_its_answer(
    bot: SltBot, text: str, kommune: str, intent: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == intent
    assert reply.facts.get("tiltak")


CLOSED_PAPERS = [
    ("saka om jenta som rusa seg i fjor er avslutta, kven skal ha kopi av dokumenta?", "jevnaker"),
    ("saken med gutten som ruset seg er avsluttet nå. skal vi arkivere papirene hos SLT?", "valer"),
    (
        "saken med eleven som skadet seg selv i vinter er lukket, hvem skal ha evalueringen?",
        "gjesdal",
    ),
]

STILL_A_ROUTINE = [
    ("gutten ruser seg igjen etter at saken ble avsluttet, hva gjør vi nå?", "valer"),
    ("hvem skal ha kopi av bekymringsmeldingen om en elev som ruser seg?", "jevnaker"),
    ("eleven ruser seg fortsatt selv om saken ble henlagt, hva er rutinen?", "gjesdal"),
]


@pytest.mark.parametrize(("text", "kommune"), CLOSED_PAPERS)
def test_a_closed_case_s_papers_get_no_routine(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert "SLT-koordinator" in reply.text


@pytest.mark.parametrize(("text", "kommune"), STILL_A_ROUTINE)
def test_a_case_going_on_or_a_report_s_copy_keeps_the_routine(
    bot: SltBot, text: str, kommune: str
) -> None:
    assert str(turn(bot, text, kommune)[-1].intent) == "routine"


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hvem er kontaktpersonen i PPT?", "jevnaker"),
        ("hvem er kontakten vår i barnevernet for JUS?", "jevnaker"),
        ("kven er kontaktpersonen i NAV?", "valer"),
    ],
)
def test_a_service_s_contact_person_asked_is_a_name_no_plan_gives(
    bot: SltBot, text: str, kommune: str
) -> None:
    """«hvem er kontakt(personen) i …» asks a person; the plans give the service, not who."""
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert reply.facts.get("asked") == "holder"


@pytest.mark.parametrize(
    ("text", "kommune"),
    [("hvem tar jeg kontakt med i PPT?", "jevnaker"), ("hvordan kontakter jeg NAV?", "valer")],
)
def test_how_to_reach_a_service_keeps_its_contact(bot: SltBot, text: str, kommune: str) -> None:
    assert str(turn(bot, text, kommune)[-1].intent) == "contact_service"


def test_the_plan_asked_of_a_routine_it_lacks_says_so_and_names_the_national_one(
    bot: SltBot,
) -> None:
    """Gjesdal's plan has no skolefravær routine of its own: asked what the plan says, the
    plan's silence is the answer, with the national routine offered by name."""
    text = "hva gjør vi når en elev har mye skolefravær? står det noe om det i planen?"
    reply = turn(bot, text, "gjesdal")[-1]
    assert str(reply.intent) == "unknown"
    assert "ingen egen rutine" in reply.text and "rutinen ved" in reply.text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hva gjør vi ved skolefravær?", "gjesdal"),  # the routine asked, not the plan
        ("hva gjør vi ved rusbekymring? står det noe i planen?", "valer"),  # its own routine
    ],
)
def test_a_routine_asked_for_or_the_kommune_s_own_keeps_its_steps(
    bot: SltBot, text: str, kommune: str
) -> None:
    assert str(turn(bot, text, kommune)[-1].intent) == "routine"
