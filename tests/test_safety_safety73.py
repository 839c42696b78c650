"""Session 29 (safety73): danger by class, each with its calm look-alikes – a threat to spread
pictures of her on a condition («hvis du slår opp legger jeg ut videoen av deg») is the picture
routine; a parent's drinking told as the child's burden stays rus at home when the child asks
the listener to keep it («hun ba meg ikke si det»: no abuser's secret); «stryk», «juling» and
«bank» by someone close are violence at home, a failed test and a team's loss are not; a child
tied fast and driven off drunk is violence now (112); a grown man luring children home with
drugs or drink is grooming; someone unconscious but breathing, in English, is the acute line
(113). Made-up messages, never the eval's own sentences."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck
from tests.auxil.safety_cases import assert_check_calm, assert_check_routes
from tests.test_answers_confidence import turn

ROUTED: list[tuple[str, str | None]] = [
    # a threat to spread pictures of her, on a condition
    ("kjæresten hennes skrev «hvis du slår opp legger jeg ut videoen av deg»", "bildedeling"),
    ("han har sagt at han legger ut bildene av henne hvis hun går fra ham", "bildedeling"),
    ("eksen truer: slår du opp med meg, sender jeg videoen til hele klassen", "bildedeling"),
    ("ho fekk melding frå typen: viss du går frå meg legg eg ut bileta av deg", "bildedeling"),
    ("he told her he would post the video of her if she breaks up with him", "bildedeling"),
    (
        "gutten skriver at om hun ikke blir med ham, deler han filmen av henne på snap",
        "bildedeling",
    ),
    ("«forteller du det til noen, så legger jeg ut bildene av deg»", "bildedeling"),
    (
        "typen sier at om hun gjør det slutt, sender han bildene av henne til foreldrene hennes",
        "bildedeling",
    ),
    # a parent's drinking as the child's burden, the child asking the listener to keep it
    (
        "Eleven sier mora drikker hver kveld og at hun må lage middag til småsøsknene. "
        "Hun ba meg ikke si det til noen",
        "rusbekymring",
    ),
    (
        "ho fortel at faren drikk mykje og at ho må leggje dei små. Ho bad meg ikkje seie det",
        "rusbekymring",
    ),
    (
        "a 14-year-old says her mum drinks every night and she has to put her brothers to bed",
        "rusbekymring",
    ),
    ("my student says her dad drinks a lot and she has to cook for her sisters", "rusbekymring"),
    # … while an adult's hush stays grooming
    ("Jenta sa: «onkel tar på meg og ba meg ikke si det til noen»", "vold-naere-relasjoner"),
    # «stryk», «juling», «bank» by someone close
    (
        "en på laget mitt får stryk av faren sin hver gang de taper en kamp, sier sønnen min",
        "vold-naere-relasjoner",
    ),
    ("jenta fortel at ho får stryk av mora når ho ikkje gjer leksene", "vold-naere-relasjoner"),
    ("gutten sa han får stryk hjemme når karakterene er dårlige", "vold-naere-relasjoner"),
    ("eleven sier han får bank av stefaren hvis han kommer for sent", "vold-naere-relasjoner"),
    ("my pupil says he gets beatings from his dad when he loses", "vold-naere-relasjoner"),
    # a child tied fast by someone
    ("faren bandt gutten fast til stolen i går", "vold-naere-relasjoner"),
    # a grown man luring children home with drugs or drink
    (
        "to 13-åringar seier ein vaksen kar lovar dei øl viss dei kjem heim til han",
        "vold-naere-relasjoner",
    ),
    (
        "en voksen mann tilbyr to 13-åringer hasj hvis de blir med hjem til ham",
        "vold-naere-relasjoner",
    ),
    (
        "to jenter på 14 sier en eldre mann gir dem alkohol når de kommer til leiligheten hans",
        "vold-naere-relasjoner",
    ),
    ("a grown man offers the girls weed if they come to his flat", "vold-naere-relasjoner"),
    ("en fyr på 30 lover guttene øl hvis de kommer hjem til seg", "vold-naere-relasjoner"),
    # unconscious but breathing, in English: the acute line alone (no substance named)
    ("we found a boy unconscious in the park, he is breathing but won't wake up", None),
    ("my student passed out in the hallway and we can't wake him, he's breathing", None),
    ("there's a girl lying unconscious outside the school, breathing but not responding", None),
]

ACUTE = [
    # a child in a car with a drunk driver: 112 now, in nynorsk and past tense too
    ("mora satte ungen i bilen og kjørte av gårde i fylla", "rusbekymring"),
    ("ein far køyrde i fylla med ungane i baksetet no nettopp", "rusbekymring"),
    ("the dad drove off drunk with the kid in the car", "rusbekymring"),
    # … tied fast first: violence now, the drunk-driving line first
    ("ein onkel har bunde fast ein gut i bilen og køyrt av stad i fylla", "vold-naere-relasjoner"),
    ("pappa har bundet fast barnet i bilen og kjørt bort full", "vold-naere-relasjoner"),
]

SAME_AS_BEFORE: list[tuple[str, str | None]] = [
    # a man offering drugs with no home of his named stays drugs given to a child
    ("to 14-åringer sier en mann har tilbudt dem hasj på bussholdeplassen", "rusbekymring"),
]

CALM = [
    "hvis du vil legger jeg ut videoen av deg fra kampen på lagets side",
    "om det er greit for foreldrene legger jeg ut bildene av dere fra turen",
    "om du ønsker det, sender jeg bildene av deg til foreldrene dine",
    "if you want I can post the video of you from the concert",
    "hvis dere samtykker legger jeg ut bildene av dere fra turen",
    "hvis du slår opp i ordboka finner du ordet",
    "kan jeg legge ut bildet av henne på skolesiden hvis hun sier ja?",
    "kan jeg legge ut videoen av henne hvis mora sier ja",
    "om du ønsker det, sender jeg bildene av deg til foreldrene dine",
    "hun slo opp med kjæresten i går og er lei seg",
    "her mum drinks coffee every night and falls asleep on the sofa",
    "faren drikk mykje kaffi om morgonen",
    "my dad drinks a lot of coffee before work",
    "Hun ba meg ikke si det til noen at hun har fått ny kjæreste",
    "eleven fikk stryk i matte og er lei seg",
    "eleven fikk stryk av sensor på eksamen",
    "laget fikk juling 7-0 i helga",
    "laget fikk juling i cupen av Strømsgodset",
    "vi bandt fast båten mens barna badet",
    "husk å spenne fast barnet i bilstolen",
    "mora kjørte barnet til barnehagen i bilen",
    "han ble tatt for fyllekjøring for ti år siden, nå kjører han barna til skolen",
]


@pytest.mark.parametrize(("text", "routine"), ROUTED + SAME_AS_BEFORE)
def test_the_sign_routes(text: str, routine: str | None, vocabulary: DangerCheck) -> None:
    assert_check_routes(vocabulary, text, routine)


@pytest.mark.parametrize(("text", "routine"), ACUTE)
def test_a_drunk_driver_with_a_child_is_acute(
    text: str, routine: str, vocabulary: DangerCheck
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.kind.value == "acute", (text, finding.describe())
    assert finding.routine == routine, (text, finding.describe())


@pytest.mark.parametrize("text", CALM)
def test_calm_look_alikes_raise_no_alarm(text: str, vocabulary: DangerCheck) -> None:
    assert_check_calm(vocabulary, text)


def test_a_quoted_picture_threat_is_routed_with_the_police(bot: SltBot) -> None:
    text = "jenta viste meg snap fra typen: «hvis du slår opp legger jeg ut bildene av deg»"
    reply = turn(bot, text, "jevnaker")[-1]
    assert str(reply.intent) == "disclosure", reply.text
    assert reply.facts.get("routine") == "bildedeling", reply.facts
    assert "politi" in reply.text.lower()
