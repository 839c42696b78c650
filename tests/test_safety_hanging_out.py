"""Session 34 (walk78): «henge med» is hanging out, not a hanging.

«en gutt på 14 har begynt å henge med eldre ungdommer som ruser seg» read «henge … seg» across
the phrase gap as a hanging and led with «Akutt selvmordsfare? Ring 113» and the self-harm
routine. «henge seg» now needs «seg» right after the verb or its pronoun. Made-up messages:
hanging out with someone (also «henge sammen med»), and beside them hangings told the same
way, and exploitation told by whom one hangs out with, which still route."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

CALM = [
    "en gutt på 14 har begynt å henge med eldre ungdommer som ruser seg, hvem tar jeg det opp med",
    "han henger med noen som ruser seg i helgene",
    "hun hang med ei gruppe som kaller seg «gjengen» i fjor, er det noe å følge opp?",
    "han henger mye med noen som ruser seg",
    "sønnen henger mye sammen med noen som tar seg til rette i butikkene",
]

ROUTED = [
    ("han sier han skal henge seg med et belte i kveld", "selvskading"),
    ("fant ham hengt med et tau i garasjen", "selvskading"),
    ("han henger med eldre gutter og har sagt at han vil henge seg", "selvskading"),
    ("i går kveld hengte han seg i boden, nå ligger han på sykehuset", "selvskading"),
    ("har hun hengt seg? hun svarer ikke og døra er låst", "selvskading"),
    # whom one hangs out with is still exploitation's sign
    ("han henger med eldre gutter og har alltid mye penger nå", None),
]


@pytest.mark.parametrize("text", CALM)
def test_hanging_out_is_no_hanging(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is None or found.topic != "selvmord_selvskading", (text, found)


@pytest.mark.parametrize(("text", "routine"), ROUTED)
def test_a_hanging_told_beside_it_still_routes(
    text: str, routine: str | None, vocabulary: DangerCheck
) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert routine is None or found.routine == routine, (text, found)
