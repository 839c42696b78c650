"""Session 25 (safety60): three classes of danger the check missed, each with made-up probes
(never an eval item's own sentence) and calm look-alikes – a film, a lesson, a game, history,
a party:

- drugs a child is made to hide by someone who presses him (a sibling, a gang): the drug
  routine, not a child hiding from home nor coercion alone;
- a goodbye to the family with the pills laid ready, told at the end of a long calm message:
  113 and the self-harm routine;
- an act planned against a place of worship or a people, in vague words («gjøre noe stort»):
  radikalisering.

And a calm question of how to talk with «et barn» one suspects something of is the routine's
question, not a case (danger.yaml ``general``); a child who told still is one.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

# (text, kind, topic, routine)
FOUND: list[tuple[str, str, str, str]] = [
    # Drugs hidden under pressure.
    (
        "gutten sier at eldre gutter presser ham til å gjemme hasj i skapet sitt",
        "disclosure",
        "rus",
        "rusbekymring",
    ),
    (
        "ho seier kusinen tvingar ho til å gøyme dop heime",
        "disclosure",
        "rus",
        "rusbekymring",
    ),
    (
        "eleven forteller at halvbroren tvinger ham til å gjemme kokain under senga",
        "disclosure",
        "rus",
        "rusbekymring",
    ),
    # A goodbye with the means ready, late in a long calm message.
    (
        "Hei, jeg er ny miljøarbeider og har hatt en fin første uke med mange gode samtaler. "
        "Takk for at dere tok så godt imot meg. En ting til: en jente sendte meg en melding "
        "om at hun har tatt farvel med alle og at tablettene ligger klare",
        "acute",
        "selvmord_selvskading",
        "selvskading",
    ),
    ("han sa ha det til alle og har pillane klare", "acute", "selvmord_selvskading", "selvskading"),
    # An act planned against a place of worship or a people.
    (
        "eleven sier vennene hans planlegg noko mot muslimane",
        "disclosure",
        "radikalisering",
        "hastemote",
    ),
    (
        "en gutt sier gruppa hans på discord planlegger noe stort mot synagogen",
        "disclosure",
        "radikalisering",
        "hastemote",
    ),
    (
        "jenta forteller at kjæresten vil gjøre noe mot moskeen i helga",
        "disclosure",
        "radikalisering",
        "hastemote",
    ),
]

CALM = [
    # Hiding presents, a film's, a novel's or a game's drugs.
    "i filmen blir en gutt tvunget til å gjemme narkotika for gjengen",
    "boka handler om en jente som blir tvunget til å gjemme narkotika for broren",
    "i spillet må du gjemme dop før politiet kommer",
    # A goodbye at a farewell party, pills for a trip.
    "elevene har tatt farvel med utvekslingsstudentene",
    "har du pillene klare til turen?",
    "vi sa ha det til bussjåføren og har matpakkene klare",
    "i romanen tar hovedpersonen farvel med familien og har pillene klare",
    # «Gjøre noe stort» for a party, with the mosque, at the end of the year; history; a film.
    "elevrådet planlegger å gjøre noe stort for 17. mai",
    "ungdomsklubben planlegger noe stort mot slutten av året",
    "vi planlegger å gjøre noe stort sammen med moskeen på dugnaden",
    "konfirmantene planlegger noe stort i kirka til jul",
    "vi planlegger en kampanje mot hets mot muslimer",
    "vi planlegger et besøk i moskeen med 8. trinn",
    "i historietimen lærte vi om hvordan nazistene planla noe mot synagogene",
    "i filmen planlegger en gjeng å gjøre noe stort mot moskeen",
    "i rollespillet planlegger orkene noe mot tempelet",
    "gutten sier de skal gjøre noe med synagogen i helga",
    # How to talk with a child one suspects something of: the routine's question.
    "hvordan snakker man med et barn som kanskje blir slått hjemme?",
    "korleis skal eg snakke med eit barn eg trur er utsett for overgrep",
]


@pytest.mark.parametrize(("text", "kind", "topic", "routine"), FOUND)
def test_the_class_is_found(
    text: str, kind: str, topic: str, routine: str, vocabulary: DangerCheck
) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert (found.kind, found.topic, found.routine) == (kind, topic, routine), text


@pytest.mark.parametrize("text", CALM)
def test_its_calm_look_alike_is_no_case(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


def test_a_child_who_told_is_still_a_case_in_a_how_to_question(vocabulary: DangerCheck) -> None:
    told = vocabulary.check("hvordan skal jeg snakke med et barn som har fortalt at faren slår")
    assert told is not None
    now = vocabulary.check("hvordan skal jeg snakke med et barn som blir slått nå")
    assert now is not None and now.kind == "acute"


def test_a_goodbye_with_pills_ready_calls_113(vocabulary: DangerCheck) -> None:
    found = vocabulary.check("hun har tatt farvel med familien og pillene ligger klare")
    assert found is not None
    assert found.calls[0] == "113"
