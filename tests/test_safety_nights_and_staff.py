"""Danger first: a night away, a wanting adult, and a blow to a member of staff.

Made-up messages (no eval item copied), run through the bot's own answer in every kommune.

* A night away on a school camp, a class trip, at a host family or the grandparents' – with
  «en voksen» in it – is no adult keeping a child overnight, nor is a child picked up by «en
  voksen» (no man, no age: the rule at SFO); an adult man who wants a child to
  sleep over, come to his place or visit him, with gifts, money or a secret, is grooming.
* «en voksen mann vil at jenta skal besøke ham»: a child named after «vil at» / «ber om at»
  (or an order told: «sier at jenta skal …») does what the adult wants – one scene.
* «en elev slo meg i ansiktet»: the plans have no routine for violence against staff, so the
  line says so – 112 if anyone is in danger now, the nearest leader – and gives the routine
  for concern about a child only when the message says the pupil is a worry. A threat going
  on is still the threat's 112 and hastemøte; a child beaten at home is still that case.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot
from bot.safety_compose import wanted
from tests.auxil.safety_cases import DANGER, KOMMUNER

SEKSUELL = "seksuelle_overgrep"
TRUSLER = "trusler"
VOLD = "vold_nare"

QUIET_NIGHTS = [
    "elevene skal sove hos en voksen på leirskolen",
    "gutten sover hos bestefar og en voksen nabo passer på",
    "på klassetur sover elevene hos vertsfamilier, må en voksen være med?",
    "jentene sover i telt med to voksne ledere på leirskolen",
    "på leirturen skal en voksen sove i hytta sammen med guttene, er det greit?",
    "naboen passer på gutten og han sover hos henne til mamma kommer hjem",
    "hun sover hos besteforeldrene, de er voksne og passer godt på henne",
    "eleven sover hos en voksen i fosterfamilien sin nå",
    "gutten sover hos morfar og en voksen mann fra nabolaget passer på ham om dagen",
    "skal elevene i 7. sove hos vertsfamilier på utvekslingsturen, og hvem av de voksne har "
    "ansvaret?",
    # Picked up by an adult, no man and no age: the rule at SFO and in the barnehage.
    "rektor ber om at eleven blir hentet av en voksen etter skolen",
    "gutten ble hentet av en voksen i SFO",
    "barna blir hentet av en voksen fra barnehagen hver dag",
]

GROOMING = [
    "en voksen mann vil at jenta skal besøke ham",
    "hun sover hos en mann på 25 i helgene",
    "en voksen nabo gir jenta penger og vil at hun skal sove hos ham, det er hemmelig",
    "en mann på 35 vil at gutten skal komme hjem til ham og ikke si det til noen",
    "en eldre mann sier at jenta skal overnatte hos ham i helga",
    "en voksen mann henter jenta etter skolen og hun overnatter hos ham",
    "gutten på 12 overnatter hos en voksen mann som gir ham gaver",
    "en voksen mann har tilbudt gutten penger for å sove over hos ham",
    "jenta blir hentet av en voksen mann etter skolen hver dag",
    "hun på 14 blir hentet av en fyr på 24 etter skolen",
    # On a camp too, a secret or money is no ordinary night away.
    "på leirskolen vil en voksen mann at jenta skal sove hos ham og sier det er hemmelig",
    "en voksen mann på leirskolen gir gutten penger og vil at han skal sove på rommet hans",
]

STAFF = [
    "en elev slo meg i ansiktet i dag, hva nå",
    "eleven sparket meg i leggen i friminuttet, hva gjør jeg",
    "jeg ble slått av en elev i dag",
    "en gutt i 8. sparket læreren sin i dag, hva gjør vi",
    "kollegaen min ble slått av en elev i går",
    "ein elev slo meg i dag, kva no",
]

STAFF_QUIET = [
    "en elev slo meg i sjakk i dag haha",
    "eleven slo meg i kortspill i friminuttet",
    "det slo meg at vi mangler en rutine for vold mot ansatte",
    "en elev slo meg i fjor, saken er avsluttet",
    "agenda: «vold og trusler mot ansatte». hvor ofte møtes fagteamet?",
]


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("message", [*QUIET_NIGHTS, *STAFF_QUIET])
def test_a_look_alike_raises_no_alarm(bot: SltBot, kommune: str, message: str) -> None:
    reply = asyncio.run(bot.answer(message, kommune))
    assert str(reply.intent) not in DANGER, (message, reply.text[:120])


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("message", GROOMING)
def test_an_adult_man_keeping_or_inviting_a_child_is_grooming_with_112(
    bot: SltBot, kommune: str, message: str
) -> None:
    reply = asyncio.run(bot.answer(message, kommune))
    assert str(reply.intent) in DANGER, (message, reply.text[:120])
    assert reply.facts["topic"] in (SEKSUELL, "menneskehandel_utnytting"), reply.facts
    first = reply.text.lstrip().splitlines()[0]
    assert first.startswith("🚨") and "112" in first, first


@pytest.mark.parametrize("kommune", KOMMUNER)
@pytest.mark.parametrize("message", STAFF)
def test_a_blow_to_staff_gets_112_no_invented_routine_and_the_leader(
    bot: SltBot, kommune: str, message: str
) -> None:
    reply = asyncio.run(bot.answer(message, kommune))
    assert str(reply.intent) == "disclosure", (message, reply.text[:120])
    assert reply.facts["topic"] == TRUSLER and reply.facts["routine"] is None, reply.facts
    first = reply.text.lstrip().splitlines()[0]
    assert first.startswith("🚨") and "112" in first, first
    assert "ingen egen rutine for vold mot ansatte" in first and "nærmeste leder" in first
    assert "barnet i fare" not in reply.text  # no child-beaten routine for a blow to staff


def test_a_worry_about_the_pupil_adds_the_routine_for_concern_about_a_child(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("en elev slo meg i dag og jeg er bekymret for ham", "valer"))
    assert reply.facts["routine"] == "bekymringsmelding", reply.facts
    assert reply.text.startswith("🚨") and "112" in reply.text.splitlines()[0]


@pytest.mark.parametrize(
    ("message", "topic", "routine"),
    [
        # A threat going on stays the threat's: 112 and the hastemøte.
        (
            "en elev slo meg i ansiktet og står fortsatt i gangen og truer med å drepe meg",
            TRUSLER,
            "hastemote",
        ),
        # A child's cry heard through the wall is a child beaten, not a blow to staff.
        (
            "en nabo har hørt en gutt rope «ikke slå meg» fra leiligheten flere kvelder",
            VOLD,
            "vold-naere-relasjoner",
        ),
        # A child beaten at home told in the same message is that case.
        (
            "en elev slo meg i dag, og han sier at faren slår ham hjemme",
            VOLD,
            "vold-naere-relasjoner",
        ),
    ],
)
def test_a_blow_to_staff_gives_way_to_a_threat_going_on_or_a_child_harmed(
    bot: SltBot, message: str, topic: str, routine: str
) -> None:
    reply = asyncio.run(bot.answer(message, "jevnaker"))
    assert reply.facts["topic"] == topic and reply.facts["routine"] == routine, reply.facts
    assert "112" in reply.text.lstrip().splitlines()[0]


def test_a_child_after_a_wanting_verb_is_no_wall_but_reported_speech_is() -> None:
    words = ["mannen", "vil", "at", "jenta", "skal", "besoke", "ham"]
    walls = [False, False, False, True, False, False, False]
    breaks = [False] * len(words)
    assert wanted(words, walls, breaks) == breaks
    told = ["mora", "sier", "at", "gutten", "sover", "hele", "dagen"]
    assert wanted(told, walls, breaks) == walls
    inverted = ["na", "vil", "en", "voksen", "mann", "at", "jenta", "kommer"]
    assert wanted(inverted, [False] * 6 + [True, False], [False] * 8) == [False] * 8
    ordered = ["mannen", "sier", "at", "jenta", "skal", "overnatte", "der"]
    assert wanted(ordered, walls, breaks) == breaks
    asked = ["han", "ber", "om", "at", "jenta", "kommer"]
    assert wanted(asked, [False, False, False, False, True, False], [False] * 6) == [False] * 6
