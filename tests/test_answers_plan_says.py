"""Session 22 (answers50): answers that miss what the plan does say.

Policies, not phrases. A tiltak whose text names its place («… på Ålgård») answers «hvor»; a
tiltak with no place keeps the honest «Planen sier ikke hvor». «Ansvar» in «hvilke tiltak har
X ansvar for» frames the question: a tiltak whose Mål says «gi ansvar» is not X's, and a role
that owns no tiltak is said to own none before the tiltak that name it. Every message is
written for this file.
"""

from __future__ import annotations

import pytest

from bot.features.tiltak.not_in_plan import not_in_plan
from bot.knowledge.action_plan import Tiltak
from bot.routing import SltBot
from bot.understanding.facets import tiltak_holds
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Natteravner på Ålgård: trygge voksne i helgene", True),
        ("Leksehjelp ved Dirdal skule for 5.–7. trinn", True),
        ("Tilby leksehjelp for elever som trenger det", False),
        ("Foreldre på tur med barna i helgene", False),  # «på» before no proper name
    ],
)
def test_a_place_named_after_a_preposition_is_held(text: str, held: bool) -> None:
    tiltak = Tiltak.model_validate(
        {
            "id": "x",
            "source": "plan",
            "innsatsomrade": "Trygge nærmiljø",
            "tiltak": text,
            "ansvar": ["Frivilligsentralen"],
            "frist": {"text": "Løpende", "continuous": True},
        }
    )
    assert tiltak_holds("place", tiltak) is held


@pytest.mark.parametrize("text", ["hvor er natteravnene?", "hvor går natteravnene?"])
def test_where_a_tiltak_names_its_place_is_answered_by_the_tiltak(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "gjesdal")
    assert replies[-1].intent == "tiltak_lookup"
    assert "på Ålgård" in replies[-1].text
    assert "Planen sier ikke hvor" not in replies[-1].text


def test_where_a_tiltak_names_no_place_is_still_said_so(bot: SltBot) -> None:
    replies = turn(bot, "hvor er foreldremøtene?", "gjesdal")
    assert replies[-1].intent == "unknown"
    assert "Planen sier ikke hvor" in replies[-1].text


@pytest.mark.parametrize("kommune", ["valer", "gjesdal"])
def test_a_role_that_owns_no_tiltak_is_said_so_first(bot: SltBot, kommune: str) -> None:
    """«ansvar» is no word a tiltak is named by («Gi ansvar og mulighet …» in a Mål)."""
    replies = turn(bot, "hvilke tiltak har helsesykepleier ansvar for?", kommune)
    text = replies[-1].text
    assert "Ingen tiltak i planen har «helsesykepleier» som ansvarlig" in text
    assert "Sommeruka" not in text


def test_a_role_that_owns_tiltak_gets_them(bot: SltBot) -> None:
    replies = turn(bot, "hvilke tiltak har kulturrådgiver ansvar for?", "valer")
    assert replies[-1].intent == "tiltak_for_role"
    assert "Ingen tiltak i planen har" not in replies[-1].text


@pytest.mark.parametrize(
    "text",
    [
        "Hva gjør vi med skolefravær? Har vi et prosjekt eller tiltak i SLT?",
        "har kommunen et prosjekt eller tiltak mot skolefravær?",
    ],
)
def test_tiltak_asked_beside_another_word_finds_the_tiltak_on_fravaer(
    bot: SltBot, text: str
) -> None:
    """«… eller tiltak» asks for tiltak; «skolefravær» finds the tiltak whose text says
    «fravær i skolene følges nærmere opp» (a compound's parts)."""
    replies = turn(bot, text, "jevnaker")
    assert replies[-1].intent == "tiltak_lookup"
    assert "Forebygge ekstremisme og radikalisering" in replies[-1].text


def test_fravaer_asked_as_a_routine_keeps_the_routine(bot: SltBot) -> None:
    replies = turn(bot, "hva gjør jeg ved bekymringsfullt skolefravær?", "jevnaker")
    assert replies[-1].intent == "routine"


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        ("hvem er PPT?", "jevnaker", "PPT"),
        ("hvem er kontaktperson i barnevernet?", "valer", "barnevernet"),
        ("hvem er kontaktpersonen på familiesenteret?", "gjesdal", "familiesenteret"),
    ],
)
def test_a_service_asked_who_has_no_contact_person_named(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    """No one «is» a service: the plan names no contact person in it, said so."""
    replies = turn(bot, text, kommune)
    assert replies[-1].intent == "unknown"
    assert f"Planen oppgir ingen kontaktperson i {service}" in replies[-1].text
    assert "Planen oppgir ikke hvem som er" not in replies[-1].text


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("hvem er politikontakten?", "politikontakt"),
        ("hvem er helsesykepleier?", "helsesykepleier"),
    ],
)
def test_a_person_role_asked_who_keeps_its_wording(bot: SltBot, text: str, role: str) -> None:
    replies = turn(bot, text, "valer")
    assert f"Planen oppgir ikke hvem som er {role}" in replies[-1].text


@pytest.mark.parametrize(
    ("text", "unknown", "said"),
    [
        ("hvem er det som kommer fra blåkors og når?", ("blakors",), "blåkors"),
        ("kven kjem fra ungdomsteateret til 9. trinn?", ("ungdomsteateret",), "ungdomsteateret"),
        ("undervisning fra blåkors om rus på 9. trinn", ("blakors",), None),  # no one asked
        ("hvem er det som kommer fra Hansen og når?", ("hansen",), None),  # maybe a name
    ],
)
def test_who_comes_from_what_no_plan_names_is_said_not_found(
    bot: SltBot, text: str, unknown: tuple[str, ...], said: str | None
) -> None:
    q = bot.understand(text, "valer")
    assert not_in_plan(q, unknown, text) == said


def test_who_comes_from_a_service_no_plan_names_leads_the_tiltak(bot: SltBot) -> None:
    text = "8. trinn skal ha undervisning om vold, hvem er det som kommer fra barnehuset og når?"
    replies = turn(bot, text, "jevnaker")
    assert "Jeg finner ikke «barnehuset» i handlingsplanen" in replies[-1].text


@pytest.mark.parametrize(
    "text", ["hvilke grupper er slt-koordinatoren med i?", "hvor sitter koordinatoren?"]
)
def test_the_coordinator_on_no_member_list_is_answered_by_the_tasks_naming_groups(
    bot: SltBot, text: str
) -> None:
    """Våler's member lists name no SLT-koordinator; its tasks say the coordinator coordinates
    Politirådet and SLT-nettverket – the plan's words, never a seat made up."""
    replies = turn(bot, text, "valer")
    assert replies[-1].intent == "role_groups"
    assert "Koordinere arbeidet i Politirådet" in replies[-1].text
    assert "Koordinere arbeidet i SLT-nettverket" in replies[-1].text


def test_the_coordinator_on_member_lists_keeps_the_seats(bot: SltBot) -> None:
    replies = turn(bot, "hvilke grupper er slt-koordinatoren med i?", "gjesdal")
    assert replies[-1].intent == "role_groups"
    assert "SLT-arbeidsgruppe (koordinerende nivå)" in replies[-1].text
    assert "på medlemslista" not in replies[-1].text


@pytest.mark.parametrize(
    ("text", "kommune", "seat"),
    [
        ("hvor sitter kulturavdelingen?", "gjesdal", "Representant fra kultur"),
        ("hvor sitter kulturavdelinga?", "jevnaker", "Virksomhetsleder kultur"),
        ("er psykiatrien med i slt?", "jevnaker", "Representant fra rus og psykiatri"),
        ("hvem i psykiatrien er med i SLT?", "valer", "Avdelingsleder psykisk helse og rus"),
    ],
)
def test_a_staff_word_for_a_role_finds_the_seat_the_plan_gives_it(
    bot: SltBot, text: str, kommune: str, seat: str
) -> None:
    replies = turn(bot, text, kommune)
    assert replies[-1].intent == "role_groups"
    assert seat in replies[-1].text


def test_a_role_no_group_seats_is_said_to_have_no_seat(bot: SltBot) -> None:
    """Gjesdal's flyktningkonsulent owns a tiltak but sits in no group: said so, no seat."""
    replies = turn(bot, "hvor sitter flyktningkonsulenten?", "gjesdal")
    assert "Planen gir ikke flyktningkonsulent en fast plass" in replies[-1].text


@pytest.mark.parametrize(
    "text", ["hvilke tiltak har rus og psykiatri ansvar for?", "hvilke tiltak har psykiatrien?"]
)
def test_a_role_asked_by_staffs_word_gets_the_tiltak_its_plan_name_owns(
    bot: SltBot, text: str
) -> None:
    """«psykiatri» is Våler's «Psykisk helse og rustjenesten» (role_synonyms), and «ansvar»
    finds no tiltak by its Mål («Gi ansvar …»): the service's own tiltak."""
    replies = turn(bot, text, "valer")
    assert replies[-1].intent == "tiltak_for_role"
    assert "Tiltak for Psykisk helse og rustjenesten" in replies[-1].text
    assert "Sommeruka" not in replies[-1].text


def test_ansvar_says_nothing_of_which_object() -> None:
    from bot.understanding.retrieval import terms

    assert terms(["ansvar", "ansvarlig", "natteravner"]) == terms(["natteravner"])
