"""Which routine a danger message goes to when its words fit more than one (session 23,
safety58). Each class is a general reason with made-up probes and the look-alikes that share
its words; no probe is an eval item's sentence. All names and cases are made up.

* A weapon at hand and a goodbye («siste gang vi snakkes») is a suicide risk, 113 and the
  self-harm routine – not the hastemøte a weapon alone goes to. A last meeting before a date
  («siste gang vi ses før jul») is no goodbye.
* Someone close on his way with a threat is violence in a close relation, however much he does
  between naming and threatening («onkelen kommer for å hente henne … og har truet med …»);
  a gang's threat, or one aimed at staff («… skal drepe rektoren»), stays a threat.
* A young person who has been caught with drugs is a drug worry (rusbekymring); an episode
  told as past and closed is not a case.
* A medicine taken to relax or get high is drug use, not self-harm – unless many pills or a
  wish to die are told. English «slap» is no Norwegian «slappe av».
* Extortion with pictures said with a wish to die: the picture routine (stop the pressure)
  with the self-harm line first and the self-harm routine named beside it. Extortion without
  pictures keeps the self-harm routine.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck, Kind
from bot.safety_precedence import lifted
from tests.auxil.asking import ask


@pytest.mark.parametrize(
    "text",
    [
        "hun sitter med en kniv på rommet og sier det er siste gang vi snakkes",
        "han sit med geværet til far sin og seier at det er siste gong vi snakkast",
        "gutten har pistolen til faren og skrev at dette er siste gang du hører fra ham",
    ],
)
def test_weapon_and_goodbye_is_suicide_risk(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.topic == "selvmord_selvskading", finding.describe()
    assert finding.routine == "selvskading", finding.describe()
    assert finding.calls[0] == "113", finding.describe()


@pytest.mark.parametrize(
    "text",
    [
        "det er siste gang vi snakkes om dette, sa rektor",
        "husk at det er siste gang vi ses før jul, ta med kniv og gaffel til julebordet",
    ],
)
def test_last_meeting_is_no_goodbye(vocabulary: DangerCheck, text: str) -> None:
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "jenta sier onkelen kommer for å hente henne på skolen nå og har truet med å slå henne",
        "gutten sier stemora er på vei hit til skolen nå og har truet med å banke ham",
    ],
)
def test_close_one_coming_with_a_threat_is_violence(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == "vold-naere-relasjoner", finding.describe()


def test_close_ones_threat_aimed_at_staff_stays_a_threat(vocabulary: DangerCheck) -> None:
    text = "mora kom inn på SFO helt rasende i dag og skriker at hun skal drepe rektoren"
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == "hastemote", finding.describe()


def test_lifted_passes_only_the_topics_outranked() -> None:
    found = [
        ("selvmord_selvskading", frozenset[str]()),
        ("seksuelle_overgrep", frozenset({"selvmord_selvskading"})),
    ]
    order, passed = lifted(found, lambda f: f)
    assert order == [found[1], found[0]] and passed == [found[0]]
    honour = [("tvangsekteskap_aere", frozenset[str]()), *found[1:]]
    assert lifted(honour, lambda f: f) == (honour, [])


def test_gang_coming_with_a_threat_stays_a_threat(vocabulary: DangerCheck) -> None:
    text = "gutten sier en gjeng kommer for å hente ham på skolen nå og har truet med å banke ham"
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.topic == "trusler", finding.describe()


@pytest.mark.parametrize(
    "text",
    [
        "jenta på 15 har blitt tatt med cannabis, foreldrene vet ikke noe",
        "eleven har blitt tatt med hasj to ganger, hva gjør vi",
    ],
)
def test_caught_with_drugs_is_a_drug_worry(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == "rusbekymring", finding.describe()


@pytest.mark.parametrize(
    "text",
    [
        "gutten som ble tatt med hasj i fjor har det bra, saken er avsluttet",
        "eleven har blitt tatt med hasj tidligere, saken er ferdig",
        "hva skjer hvis en elev har blitt tatt med hasj?",
    ],
)
def test_drugs_caught_long_ago_or_asked_in_general(vocabulary: DangerCheck, text: str) -> None:
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "en 14-åring tar mammas sovepiller for å slappe av etter skolen",
        "helsesøster: en elev innrømmer at han tar farens tabletter for å bli høy",
    ],
)
def test_medicine_to_relax_is_drug_use(vocabulary: DangerCheck, text: str) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.topic == "rus", finding.describe()
    assert finding.routine == "rusbekymring", finding.describe()


@pytest.mark.parametrize(
    "text",
    [
        "en elev har tatt 20 sovetabletter for å slappe av",
        "hun tar sovetabletter for å slappe av og sier hun ikke vil leve",
    ],
)
def test_medicine_with_many_pills_or_wish_to_die_is_self_harm(
    vocabulary: DangerCheck, text: str
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == "selvskading", finding.describe()
    assert finding.calls[0] == "113", finding.describe()


def test_english_slap_is_still_a_blow(vocabulary: DangerCheck) -> None:
    finding = vocabulary.check("her dad slapped her yesterday")
    assert finding is not None
    assert finding.topic == "vold_nare", finding.describe()


SEXTORTION_DIE = (
    "noen presser ei jente i 8. med nakenbilder, hun må betale i kveld ellers blir bildene"
    " delt, og hun skriver at hun vil dø"
)


def test_extortion_with_pictures_and_wish_to_die(vocabulary: DangerCheck) -> None:
    finding = vocabulary.check(SEXTORTION_DIE)
    assert finding is not None
    assert finding.routine == "bildedeling", finding.describe()
    assert finding.also == ("selvskading",), finding.describe()
    assert finding.kind is Kind.ACUTE
    assert finding.calls[:2] == ("113", "112"), finding.describe()
    assert "113" in finding.leads[0] and "112" in finding.leads[1], finding.leads


def test_extortion_reply_names_the_self_harm_routine(bot: SltBot) -> None:
    reply = ask(bot, SEXTORTION_DIE, "gjesdal")
    lines = reply.text.splitlines()
    assert lines[0].startswith("🚨") and "113" in lines[0], reply.text
    assert reply.facts["routine"] == "bildedeling"
    assert "Følg også rutinen «Selvskading»." in reply.text


def test_extortion_without_pictures_keeps_self_harm(vocabulary: DangerCheck) -> None:
    finding = vocabulary.check("gutten blir utpresset for penger av en gjeng og sier han vil dø")
    assert finding is not None
    assert finding.routine == "selvskading", finding.describe()
    assert finding.also == (), finding.describe()
