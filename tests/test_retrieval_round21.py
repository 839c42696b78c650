"""Session 21 (retrieval33): what the plans do not name, said honestly.

Policies, not phrases. A way to reach a service no knowledge file names («hvordan kontakter
jeg krisesenteret?») is still the honest «vet ikke» with the coordinator – but it says first
that the plan has no contact for it, in the writer's spelling, rather than only «Det
spørsmålet kan jeg dessverre ikke svare på». A word that may be someone's name is never
echoed. A service the knowledge does name keeps its answer. Every message is written for this
file.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn

NO_CONTACT = "Jeg finner ingen kontaktinformasjon for «{}» i planen"


@pytest.mark.parametrize(
    ("text", "kommune", "word"),
    [
        ("hvordan kontakter jeg krisesenteret?", "valer", "krisesenteret"),
        ("hva er telefonnummeret til utekontakten", "gjesdal", "utekontakten"),
        ("familievernkontoret, hvordan får jeg kontakt?", "jevnaker", "familievernkontoret"),
        ("kontaktinfo til barnehuset?", "valer", "barnehuset"),
    ],
)
def test_a_service_no_plan_names_is_said_to_have_no_contact(
    bot: SltBot, text: str, kommune: str, word: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["unknown"]
    assert NO_CONTACT.format(word) in replies[0].text
    assert "SLT-koordinator i" in replies[0].text  # whom to ask instead


@pytest.mark.parametrize(
    "text",
    [
        "hvordan når jeg Sigrun Holtedahl?",  # capitalised inside a sentence: maybe a name
        "nummer til kari holtedahl",  # not where a service stands (after a first name)
    ],
)
def test_a_name_is_never_echoed(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "valer")
    assert "kontaktinformasjon for «" not in "\n".join(r.text for r in replies)


@pytest.mark.parametrize(
    ("text", "kommune", "held"),
    [
        ("nummer til legevakta?", "jevnaker", "116 117"),  # national, in routines.yaml
        ("hvordan kontakter jeg mestringsenheten", "gjesdal", "Mestringsenheten"),
    ],
)
def test_a_service_the_knowledge_names_keeps_its_answer(
    bot: SltBot, text: str, kommune: str, held: str
) -> None:
    replies = turn(bot, text, kommune)
    assert replies[-1].intent in ("contact_service", "hotlines")
    assert held in replies[-1].text
    assert "kontaktinformasjon for «" not in replies[-1].text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hva gjør koordinerende enhet?", "valer"),
        ("hvem er koordinerende enhet hos oss", "gjesdal"),
        ("kva er koordinerande eining?", "jevnaker"),
    ],
)
def test_koordinerende_enhet_is_no_slt_level(bot: SltBot, text: str, kommune: str) -> None:
    """«koordinerende enhet» is the health services' coordinating unit: never the
    koordinerende SLT level's group; Våler's plan names it as a tiltak's ansvar."""
    q = bot.understand(text, kommune)
    assert q.level is None and q.group_id is None
    replies = turn(bot, text, kommune)
    assert "Koordinerende nivå" not in replies[-1].text


def test_koordinerende_enhet_finds_the_tiltak_it_owns(bot: SltBot) -> None:
    replies = turn(bot, "hvilke tiltak har koordinerende enhet ansvar for?", "valer")
    assert replies[-1].intent == "tiltak_for_role"
    assert "Nasjonalt pasientforløp" in replies[-1].text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("hvem sitter i koordinerende?", "koordinerende"),
        ("hva gjør det utøvende nivået", "utførende"),
    ],
)
def test_a_level_named_alone_is_still_the_level(bot: SltBot, text: str, level: str) -> None:
    assert str(bot.understand(text, "gjesdal").level) == level


def test_a_meaning_asked_of_a_word_a_bti_tiltak_names_shows_its_sentence(bot: SltBot) -> None:
    """«kva betyr stafettlogg»: the BTI card, with the sentence of the plan's BTI tiltak that
    names the word asked about after that tiltak's first sentence."""
    text = turn(bot, "kva betyr stafettlogg", "valer")[-1].text
    assert "utsatte barn og unge. Benytte Stafettloggen" in text
    plain = turn(bot, "hva er BTI", "valer")[-1].text
    assert "Tiltak 23: Jobbe etter BTI-modellen" in plain


@pytest.mark.parametrize(
    ("text", "kommune", "owner"),
    [
        ("hvem driver natteravnene her?", "jevnaker", "Frivillig"),
        ("kven driv natteravnane på Ålgård?", "gjesdal", "Frivilligsentralen"),
    ],
)
def test_who_runs_a_tiltak_is_who_owns_it(bot: SltBot, text: str, kommune: str, owner: str) -> None:
    replies = turn(bot, text, kommune)
    assert replies[-1].intent in ("tiltak_owner", "tiltak_lookup")
    assert owner in replies[-1].text
