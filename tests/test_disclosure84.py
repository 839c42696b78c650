"""Session 40 (disclosure84): disclosures told in someone's own words, read as classes beside
their calm look-alikes – kept from school to work or do chores for others (exploitation, also
after an admin sentence); a secret about what someone close does or about home (abuse at home,
not an outsider's grooming), while a happy secret (a birthday present) raises nothing; a drink
spiked and a night not remembered, told after (possible sexual abuse), while a fly in the
drink is calm; a parent's threat should the child tell the school, told of the child; sent
abroad as the price of contact with boys; an adult's messages to a girl about her body. Made-up
messages, never the eval's own; the probe (tests/disclosure84_probe_data.py) runs through the
whole turn."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck
from tests.auxil.asking import ask
from tests.auxil.safety_cases import class_tests, disclosure_outcome
from tests.disclosure84_probe_data import KNOWN_MISS, PROBE

ROUTED: list[tuple[str, str, str]] = [
    # kept from school to work or do chores for others
    (
        "møtet er flyttet til torsdag. ps: gutten sier han holdes hjemme fra skolen og må jobbe"
        " i kiosken til en slektning",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "jenta får ikke gå på skolen, hun må vaske for en annen familie hver dag",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "ho vert haldt heime frå skulen for å passe ungane til naboen",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "he is kept home from school and has to work at his uncle's restaurant",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    # a secret about what someone close does, or about home
    (
        "pappa sier at jeg ikke får fortelle noen om det onkel gjør",
        "vold_nare",
        "disclosure",
    ),
    (
        "hun sa at moren sier hun ikke får si til noen hva som skjer hjemme",
        "vold_nare",
        "disclosure",
    ),
    (
        "gutten sa at stefaren sier han ikke får fortelle noen hva han gjør med ham",
        "vold_nare",
        "disclosure",
    ),
    ("hun kalte det en hemmelighet mellom meg og pappa", "vold_nare", "disclosure"),
    # a drink spiked, a night not remembered, told after
    (
        "en elev fikk noe i drinken på fest i helga og husker nesten ingenting",
        "seksuelle_overgrep",
        "disclosure",
    ),
    (
        "ho har fått noko i drikken på bygdefesten og hugsar ikkje korleis ho kom heim",
        "seksuelle_overgrep",
        "disclosure",
    ),
    (
        "she got something in her drink at a party and can't remember the rest",
        "seksuelle_overgrep",
        "disclosure",
    ),
    # a parent's threat should the child tell, told of the child
    (
        "mora sa hvis hun forteller noe til helsesykepleieren skal hun få svi",
        "vold_nare",
        "disclosure",
    ),
    # sent abroad as the price of contact with boys
    (
        "faren sier hun blir sendt til hjemlandet hvis hun snakker med gutter",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    (
        "her brother says she will be sent to Pakistan if she talks to boys",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    # an adult's messages to a girl about her body
    (
        "en voksen på fritidsklubben sender henne meldinger om kroppen hennes",
        "seksuelle_overgrep",
        "disclosure",
    ),
]

CALM = [
    # a chore or a job that keeps school
    "hun må jobbe i kiosken til faren på søndager",
    "han må passe lillebror etter skolen to dager i uka",
    "han blir holdt hjemme fra skolen fordi han er syk, og må jobbe med leksene",
    "gutten blir holdt hjemme fra skolen i en uke, vi jobber for å få ham tilbake",
    # what a parent does at work or at weekends, not to the child
    "gutten sier han ikke får si hva faren gjør i helgene",
    # a happy secret
    "mamma sier jeg ikke får fortelle noen om julegaven til pappa",
    "far seier eg ikkje får fortelje nokon om overraskingsfesten",
    "pappa sa at vi ikke skal si noe om bursdagsgaven til mormor",
    # a thing fallen into one's drink
    "fikk noe i drinken min, en flue",
    "jeg fikk noe i brusen min, et hår, ekkelt",
    "ho fekk noko i glaset, ein veps",
    # a parent pleased, a trip abroad, an adult's messages to the team
    "far sa hvis hun forteller læreren om karakteren blir han glad",
    "hun skal sendes til Pakistan på ferie og gleder seg til sommeren",
    "treneren sender meldinger om kosthold og kroppen til hele laget",
    # everyone beaten at a game
    "eleven sa at pappa slår alle i sjakk, kan vi starte sjakklubb?",
    "ho slo alle på quizen i går",
]

test_the_class_routes, test_calm_look_alikes_raise_no_alarm = class_tests(ROUTED, CALM)


def test_a_secret_about_a_stepfather_is_not_grooming(bot: SltBot) -> None:
    """A secret about what a step-parent does: abuse at home with its own lead, never the
    grooming lead or its line about someone outside the family."""
    reply = ask(bot, "mamma sier jeg ikke får fortelle noen om det stefar gjør", "valer")
    assert str(reply.intent) == "disclosure", reply.text[:160]
    assert reply.facts.get("routine") == "vold-naere-relasjoner", reply.facts
    assert "søker seksuell kontakt" not in reply.text
    assert "utenfor familien" not in reply.text
    assert reply.text.lstrip().startswith("🚨 Mistanke om vold eller overgrep hjemme")


def test_kept_from_school_after_an_admin_sentence(bot: SltBot) -> None:
    """Exploitation told after a meeting's notice is still routed, in every kommune."""
    for kommune in ("valer", "jevnaker", "gjesdal"):
        got, answer = disclosure_outcome(
            bot,
            kommune,
            "saklista er sendt ut. btw: ei jente sa hun holdes hjemme fra skolen og må jobbe"
            " hos en familie i nabolaget",
        )
        assert got == "disclosure", (kommune, answer.text[:160])
        assert answer.facts.get("topic") == "menneskehandel_utnytting", answer.facts


def test_a_drink_and_a_gap_in_memory_is_abuse_not_rus(vocabulary: DangerCheck) -> None:
    """The night not remembered decides: the sexual-abuse reading, not a drug handed over."""
    finding = vocabulary.check("fikk noe i drinken min på festen, husker ikke resten")
    assert finding is not None
    assert finding.topic == "seksuelle_overgrep", finding.describe()


@pytest.mark.parametrize(("kommune", "message", "expected"), PROBE)
def test_the_probe(bot: SltBot, kommune: str, message: str, expected: str) -> None:
    got, answer = disclosure_outcome(bot, kommune, message)
    assert got == expected, (message, answer.intent, answer.text[:160])


@pytest.mark.parametrize(("kommune", "message", "expected"), KNOWN_MISS)
@pytest.mark.xfail(reason="still missed: a bathroom entered, false ask-backs on chores and gifts")
def test_the_probe_known_miss(bot: SltBot, kommune: str, message: str, expected: str) -> None:
    got, answer = disclosure_outcome(bot, kommune, message)
    assert got == expected, (message, answer.intent, answer.text[:160])
