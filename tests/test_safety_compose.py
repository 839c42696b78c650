"""Compose rules read a case from its concepts, whatever the wording and order.

Every message here is written without the phrase the danger file lists for it: the harm and
the person it happens to stand in another order, tense or language, or an age is a number.
The look-alikes name the same concepts as a topic («kurs», «informasjon») and stay quiet.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck, check
from bot.safety_compose import ages

VOLD = "vold-naere-relasjoner"
SELV = "selvskading"
RUS = "rusbekymring"
BODY = None
"""A body in trouble with no substance named: the acute line alone."""
HAST = "hastemote"


CASES = [
    ("barnet sier mamma brenner henne med sigaretter", VOLD),
    ("gutten fortalte at treneren har tatt på tissen hans", VOLD),
    ("ei jente på 13 seier ho har sex med ein mann på 25", VOLD),
    ("en mann på 30 har sendt nakenbilder til en elev i 8.", VOLD),
    ("en fyr på 25 chatter med ei jente på 12 og vil treffe henne", VOLD),
    ("jenta kutter armene sine", SELV),
    ("the boy says he will kill his teacher tomorrow", HAST),
    ("gutten sier de kommer til å skade familien hans hvis han sier noe", HAST),
    ("en gutt har lagt ut en video der han sikter med et gevær mot skolen", HAST),
    ("han er 13 og har begynt å selge for noen eldre, de gir ham penger og klær", VOLD),
    ("vi fant henne på toalettet, hun reagerer nesten ikke og leppene er blåaktige", BODY),
    ("en 14-åring har en kjæreste på 24", VOLD),
    ("barnehagebarn blir hentet av far som åpenbart er ruset, og han kjørte bil", RUS),
    ("ho er berre 12 og er åleine heime heile veka medan mor er borte", VOLD),
    ("jenta fortalte at kjæresten på 19 gir henne kokain når de er sammen, hun er 15", RUS),
    ("han sier treneren kjører ham hjem alene og at det er da det skjer ting", VOLD),
    # Breathing described, not named: «pusten» and how it sounds, in any order.
    ("pusten hans er så langsom og rar, vi er på festen nå", RUS),
    ("hun pustar heilt uregelmessig", BODY),
    # A body in trouble after something taken.
    ("han ble svimmel og forvirret etter to glass vodka", RUS),
    ("a girl is confused and unresponsive after some pills", RUS),
    # No reason to live, said in the writer's own words.
    ("han skrev at det ikke finnes noen grunn til å leve", SELV),
    ("ho har ingen lyst å leve meir", SELV),
    # Debt that binds a youth to selling.
    ("han skylder noen penger og må frakte ting for dem", VOLD),
    # A marriage for someone under age.
    ("ei på 15 skal forloves med en mye eldre mann i sommer", VOLD),
    # Hiding at home.
    ("gutten gjemmer seg under senga når stefaren kommer", VOLD),
    # Ill-treatment, one word.
    ("jeg tror den lille gutten blir mishandla", VOLD),
    # A child missing.
    ("en gutt på 14 har vært forsvunnet siden i går kveld", HAST),
    # Something taken, unnamed, and the body reacting.
    ("gutten tok noe på toget og nå hamrer hjertet og han er klissvåt", RUS),
    ("she has foam around the mouth and is on the floor", BODY),
    # An ordinal is no sentence break: «i 9. har …» is one sentence.
    ("en gutt i 9. har kollapset i garderoben", BODY),
    # Drugs carried or handed out.
    ("de fikk ham til å bære en pose hasj til sentrum", RUS),
    ("en fyr deler ut gratis snus til sjetteklassinger", RUS),
    # Naked pictures taken of a child.
    ("hun sier at naboen har filmet henne naken i dusjen", VOLD),
    # A group said to deserve death.
    ("han skriver at jøder fortjener å dø", HAST),
]


@pytest.mark.parametrize(("message", "routine"), CASES)
def test_concepts_in_any_wording_are_a_case(
    vocabulary: DangerCheck, message: str, routine: str | None
) -> None:
    finding = check(message, vocabulary)
    assert finding is not None, message
    assert finding.routine == routine, (message, finding)


QUIET = [
    "we need a consent form before discussing a kid in the team, right?",
    "kan helsesykepleier gi elevene informasjon om alkohol",
    "vi skal ha temadag om selvskading for ansatte",
    "kan vi ta opp selvmordsforebygging på neste møte",
    "skal vi drepe den saken i dag",
    "eleven truer med å stikke av fra timen",
    "hun går med lange ermer og lange bukser i gymmen",
    "pusten går lettere når møtet er over",
    "vi savner en elevrepresentant i fagteamet",
    "kan noen drepe den tråden i kanalen",
    "elevene i 9. har kurs om rus i morgen",
    "læreren sendte melding til elevene om turen",
    "en voksen fra nav møter eleven på skolen hver uke",
    "foreldrene skal gi elevene skyss til leirskolen",
    "far og sønn var på fotballkamp",
    "barna kuttet ut papirfigurer i forming",
    "jeg vil dø av latter",
    "så en film om selvmord i går",
    "nå står onkelen utenfor og vil ta ham med på kino",
    "vi må selge for å tjene penger til klassetur",
    "mor og far kommer fulle av forventning på foreldremøtet",
]


@pytest.mark.parametrize("message", QUIET)
def test_concepts_as_a_topic_stay_quiet(vocabulary: DangerCheck, message: str) -> None:
    assert check(message, vocabulary) is None, message


def test_an_age_is_a_number_said_as_one() -> None:
    assert ages(["jente", "pa", "13", "sier"]) == [2]
    assert ages(["hun", "er", "14"]) == [2]
    assert ages(["gutt", "15", "ar"]) == [1]
    assert ages(["mote", "kl", "12", "i", "rom", "14b"]) == []
    assert ages(["vi", "har", "39", "tiltak"]) == []
