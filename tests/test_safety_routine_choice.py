"""Session 19, second wave: the acute line given, but the wrong routine. Made-up messages
(never the corpora's sentences) for the senses the corpora's dev halves showed:

* «våken» (awake) is no typo of «våpen»: a parent up all night on a drug is the drug's case,
  not a parent with a weapon (vold-naere-relasjoner);
* «skal bli knivstukket hvis …» is a threat (hastemote), not a wound bleeding now;
* red eyes alone are a weak sign (crying, allergy, a late night): no routine opened as a case,
  while red eyes beside a second sign still open the rus routine.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck


@pytest.mark.parametrize(
    "text",
    [
        "far er våken hele natta",
        "mamma var våken til klokka tre i natt og så på film",
        "han holdt seg våken for å se nordlyset",
    ],
)
def test_awake_is_no_weapon(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize(
    ("text", "routine"),
    [
        ("mora tar kokain og er våken hele natta", "rusbekymring"),
        ("eleven sier stefaren tar amfetamin og holder seg våken i flere døgn", "rusbekymring"),
        # a weapon still reads as one, beside «våken» or not
        ("faren har et våpen hjemme og truer mor", "vold-naere-relasjoner"),
        ("far er våken hele natta og truer mor med et våpen", "vold-naere-relasjoner"),
    ],
)
def test_a_parent_awake_on_a_drug_is_the_drugs_case(
    text: str, routine: str, vocabulary: DangerCheck
) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.routine == routine, (text, found.describe())


@pytest.mark.parametrize(
    "text",
    [
        "gutten får snapper om at han skal bli knivstukket hvis han går til politiet",
        "hun sier hun blir knivstukket hvis hun forteller noe",
        "they told him he would get stabbed if he talks",
    ],
)
def test_a_stabbing_promised_is_a_threat(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.routine == "hastemote", (text, found.describe())


@pytest.mark.parametrize(
    "text",
    [
        "gutten er knivstukket og blør mye",
        "en elev ble knivstukket utenfor skolen nå",
    ],
)
def test_a_stabbing_done_stays_a_wound(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert "blodning" in found.categories, (text, found.describe())


@pytest.mark.parametrize(
    "text",
    [
        "røde øyne",
        "han har røde øyne",
        "jenta har røde øyne i dag",
        "gutten har røde øyne og har grått hele friminuttet",
        # one sign said twice is still one sign
        "han er trøtt i timene og sover i timene",
    ],
)
def test_red_eyes_alone_open_no_routine(text: str, bot: SltBot) -> None:
    reply = asyncio.run(bot.answer(text, "valer"))
    assert reply.intent not in {"routine", "danger", "disclosure"}, (text, reply.intent)
    assert reply.facts.get("routine") is None, text


@pytest.mark.parametrize(
    "text",
    [
        "eleven har røde øyne og lukter hasj",
        "gutten har røde øyne og sover i timene",
        "hva gjør vi når en elev har røde øyne og lukter røyk",
        "ein gut har raude auge og søv i timane kvar morgon",
        "en elev har røde øyne hver morgen og er helt sløv",
    ],
)
def test_red_eyes_beside_a_second_sign_open_the_rus_routine(text: str, bot: SltBot) -> None:
    reply = asyncio.run(bot.answer(text, "valer"))
    assert reply.facts.get("routine") == "rusbekymring", (text, reply.intent)


@pytest.mark.parametrize(
    "text",
    [
        # a blade taken into the bath: the blade's own harm, not a threat to others
        "jenta skriver at hun ligger i badekaret med et barberblad",
        "han sendte melding om at han ligg i badekaret med kniv",
        "she texted that she is in the bath with a razor",
        # a goodbye quoted, and nobody has heard from them since
        "melding fra en elev (14) sent i går: «orker ikke mer, dette er farvel». Ingen har hørt"
        " fra ham siden.",
        "jenta la ut «dette er farvel» på insta i natt og vi har ikke hørt fra henne",
    ],
)
def test_a_blade_in_the_bath_and_a_goodbye_go_to_self_harm(
    text: str, vocabulary: DangerCheck
) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.routine == "selvskading", (text, found.describe())
    assert found.calls[0] == "113", (text, found.calls)


@pytest.mark.parametrize(
    "text",
    [
        "kniven ligger i badekaret",
        "han sitter i badekaret med en bok",
        "dette er farvel til den gamle gymsalen, vi river den i sommer",
        "ingen har hørt fra ham siden fredag",
        "avslutningen i dag, dette er farvel til 10. trinn, ingen har hørt fra rektor om talen",
    ],
)
def test_a_bath_and_a_goodbye_alone_stay_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


def test_money_given_to_someone_is_no_goodbye(vocabulary: DangerCheck) -> None:
    """Pocket money given to someone older is a payment or pressure, not things given away."""
    found = vocabulary.check("gutten har gitt bort lommepengene sine til en eldre elev")
    assert found is None or found.routine != "selvskading", found
    for text in (
        "jenta har begynt å gi bort tingene sine",
        "han har gitt bort spillene sine og sier han ikke trenger dem lenger",
    ):
        found = vocabulary.check(text)
        assert found is not None and found.routine == "selvskading", text


@pytest.mark.parametrize(
    ("text", "routine"),
    [
        # pills someone else gave or sold, taken in numbers: a drug's overdose
        ("han har tatt en hel pose med piller han fikk av noen på festen", "rusbekymring"),
        ("ho har teke masse pillar ho fekk av ein kar", "rusbekymring"),
        # the family's medicine, the doctor's, or a wish to die: the self-harm routine
        ("jenta har tatt alle pillene til mora", "selvskading"),
        ("han tok mange piller han fikk av legen", "selvskading"),
        ("hun tok masse piller hun fikk av en venninne og sier hun vil dø", "selvskading"),
    ],
)
def test_pills_from_someone_else_are_a_drugs_overdose(
    text: str, routine: str, vocabulary: DangerCheck
) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.routine == routine, (text, found.describe())
    assert "113" in found.calls, text
