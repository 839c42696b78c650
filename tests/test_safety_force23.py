"""Session 23 (safety57): danger told by what is there or what is done, not by the category's
word – a bomb said to be in a place or home-made ones shown, a child dragged into a closed room
with the door held or a scream heard, violence called for or planned against a people, a
picture of someone drunk or in a sexual act who did not consent. Each a general reason with
made-up probes (never an eval item's own sentence) and calm look-alikes."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

# (text, the kind the finding must have, its topic, the routine or None for any)
FOUND: list[tuple[str, str, str, str | None]] = [
    # A bomb said to be in a place, phoned in or told: 112 and the threat's routine.
    ("en ukjent ringte resepsjonen og sa det ligger en bombe i kantina", "acute", "trusler", None),
    ("noen skrev på snap at det er plassert ei bombe i aulaen", "acute", "trusler", None),
    ("a man phoned and said there is a bomb in the school", "acute", "trusler", None),
    # Home-made bombs shown.
    ("to gutter i 10. viste fram heimelaga rørbomber i friminuttet", "acute", "trusler", None),
    ("eleven har lagt ut bilde av en hjemmelaget bombe på tiktok", "acute", "trusler", None),
    # A child dragged into a closed room, the door held or a scream heard: 112.
    (
        "tre gutter dro ei jente inn på jentedoen og holder døra igjen",
        "acute",
        "seksuelle_overgrep",
        "vold-naere-relasjoner",
    ),
    (
        "en eldre elev har dratt en liten gutt inn i garderoben, vi hører ham skrike",
        "acute",
        "seksuelle_overgrep",
        "vold-naere-relasjoner",
    ),
    (
        "two older boys dragged a girl into the bathroom and are holding the door",
        "acute",
        "seksuelle_overgrep",
        "vold-naere-relasjoner",
    ),
    # Violence called for against a people, or planned with a plan said to be had.
    (
        "en gjeng i 10. oppfordrer til vold mot innvandrere i en gruppechat",
        "disclosure",
        "radikalisering",
        None,
    ),
    (
        "a group chat in 8th grade is calling for violence against muslims",
        "disclosure",
        "radikalisering",
        None,
    ),
    (
        "guttene vil angripe asylsøkerne i helga og sier de har en plan",
        "disclosure",
        "radikalisering",
        None,
    ),
    (
        "they want to attack the refugees at the centre and say they have a plan",
        "disclosure",
        "radikalisering",
        None,
    ),
    # A picture or a video of someone drunk or in a sexual act who did not consent.
    (
        "det sirkulerer en video av ei jente i 10. som er dritings, hun samtykket ikke",
        "disclosure",
        "seksuelle_overgrep",
        "bildedeling",
    ),
    (
        "there is a video of a drunk girl from 9th grade going round, she didn't consent",
        "disclosure",
        "seksuelle_overgrep",
        "bildedeling",
    ),
]

CALM = [
    # A drill, a film, a game, a lesson; «bombe» as slang or a cake; bombs for the bath.
    "vi hadde øvelse i dag: en ukjent ringte og sa det er en bombe i gymsalen",
    "i filmen legger skurken ei bombe i kantina",
    "han plantet bomben i kantina i counter-strike hele friminuttet",
    "historietimen handlet om atombomben over Hiroshima",
    "konserten i gymsalen var helt bombe!",
    "festen i aulaen var bomba",
    "den hjemmelagde pizzaen var helt bombe",
    "elevene lagde hjemmelagde badebomber i kunst og håndverk",
    "we had a bomb drill in the gym today",
    # Dragged along with no sign of force.
    "mora dro ungen inn på badet for å pusse tenner",
    "assistenten dro ungen inn på doen, han trengte hjelp med buksa",
    "vi dro inn på kafeen etter trening",
    # The kommune's plan for refugees, violence as a subject or a law asked.
    "kommunen har en plan for integrering av flyktninger og mot vold",
    "vi hadde undervisning om vold mot innvandrere i samfunnsfag",
    "er det straffbart å oppfordre til vold på nett?",
    # Consent asked for a school's post, a party video, a photo of someone asleep in class.
    "vi la ut en video fra festen uten samtykke fra foreldrene, er det brudd på personvernet?",
    "hvordan får vi samtykke til å legge ut video fra avslutningen?",
    "det går en video fra 17. mai der elevene danser",
    # A grown-up filmed: no child's picture.
    "the video shows a drunk teacher at the party, she didn't consent to it being posted",
]


@pytest.mark.parametrize(("text", "kind", "topic", "routine"), FOUND)
def test_a_danger_told_by_what_is_there_or_done_is_read(
    text: str, kind: str, topic: str, routine: str | None, vocabulary: DangerCheck
) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.kind == kind, text
    assert found.topic == topic, text
    if routine is not None:
        assert found.routine == routine, text
    if kind == "acute":
        assert found.calls[0] == "112", text


@pytest.mark.parametrize("text", CALM)
def test_its_calm_look_alike_is_no_case(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text
