"""A pupil hit by another pupil is no violence at home (session 34, lead; found by walk78).

«en elev ble slått av en i klassen i friminuttet» went to vold-hjemme and its lead line «ikke
kontakt foreldrene først» – advice for a blow at home, wrong when a classmate hit: the school
follows up and the parents are told. The category vold-mellom-elever (knowledge/language/
danger.yaml) reads the blow by a peer, names 113/112 and the rektor, and gives the routine for
concern about a child only when the writer is worried. Someone close or home named keeps the
violence at home; a threat or a body in trouble keeps its own category. A blow filmed, or its
film shared, brings the routine for unwanted images and films under the same lead (session 35,
routines79: Gjesdal's own routine, 004:91; the national one elsewhere). Made-up messages."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck
from tests.auxil.asking import ask
from tests.auxil.safety_cases import assert_check_calm, assert_check_routes

PEER = [
    "en elev ble slått av en medelev i friminuttet",
    "en gutt i 8. ble banket opp av noen fra klassen i går",
    "jenta i 6b ble sparket av en i klassen ved bussen",
    "eleven fortalte at hun ble slått av en annen elev",
    "guten vart slått av ein i klassen i storefri",
    "han ble dengt av medelevene bak gymsalen",
    "a boy was beaten up by a classmate after school",
    # the classmates who hit first, someone hit after the blow
    "noen fra klassen banket opp en gutt bak kiosken",
    "en i klassen slo henne i ansiktet i gymtimen",
]


@pytest.mark.parametrize("text", PEER)
def test_a_blow_by_a_peer_is_no_violence_at_home(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.categories == ("vold-mellom-elever",), (text, finding.describe())
    assert finding.routine is None and finding.topic == "trusler", finding.describe()


def test_a_worry_about_the_pupil_brings_the_concern_routine(vocabulary: DangerCheck) -> None:
    assert_check_routes(
        vocabulary,
        "eleven ble slått av en i klassen igjen, jeg er bekymret for ham",
        "bekymringsmelding",
    )


@pytest.mark.parametrize(
    ("text", "routine"),
    [
        # someone close or home named: the violence at home it was
        ("jenta ble slått av en i klassen og av faren hjemme", "vold-naere-relasjoner"),
        ("gutten sier pappa slår ham når han blir slått av medelever", "vold-naere-relasjoner"),
        # a threat with a weapon: the threat's routine
        ("gutten truer med å stikke medelever med en skrutrekker nå", "hastemote"),
        ("en i klassen sier at faren slår ham", "vold-naere-relasjoner"),
    ],
)
def test_home_and_threats_keep_their_own_reading(
    vocabulary: DangerCheck, text: str, routine: str
) -> None:
    assert_check_routes(vocabulary, text, routine)


@pytest.mark.parametrize(
    "text",
    [
        "elevene slåss om ballen i friminuttet, noen forslag til regler?",
        "klassen ble slått ut av fotballturneringen av en annen klasse",
        "medelevene stemte ham inn i elevrådet",
        "noen i klassen slår alltid ballen for hardt i fotball",  # no one hit
        "noen fra klassen slo rekorden på 60 meter",
        "hun ble slått av hvor flink klassekameraten var",  # struck by a thought
        "jeg ble slått av tanken på at medelevene kunne hjelpe",
    ],
)
def test_calm_look_alikes_stay_calm(vocabulary: DangerCheck, text: str) -> None:
    assert_check_calm(vocabulary, text)


def test_the_answer_leads_with_the_rektor_not_keep_the_parents_out(bot: SltBot) -> None:
    reply = ask(bot, "en elev ble slått av en i klassen i friminuttet, hva gjør vi?", "valer")
    first = reply.text.lstrip().splitlines()[0]
    assert first.startswith("🚨") and "113" in first and "rektor" in first, first
    assert "ikke kontakt foreldrene" not in reply.text, reply.text[:300]


FILMED = [
    "video: noen fra klassen banket opp en gutt bak kiosken",
    "en elev ble slått av en medelev, og det ble filmet og delt på snap",
    "han ble banket opp av noen fra klassen og videoen går rundt i klassechatten",
]


@pytest.mark.parametrize("text", FILMED)
def test_a_blow_filmed_brings_the_routine_for_films(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.categories[0] == "vold-mellom-elever", finding.describe()
    assert finding.routine == "bildedeling", finding.describe()


def test_the_film_routine_under_the_peer_lead_in_gjesdal(bot: SltBot) -> None:
    text = "en elev ble slått av to andre elever, og det ble filmet og delt i klassechatten"
    reply = ask(bot, text, "gjesdal")
    assert reply.text.startswith("🚨 Vold mellom elever"), reply.text[:120]
    assert "Deling av uønskede bilder og filmer (Gjesdal kommune)" in reply.text
