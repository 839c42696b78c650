"""The kind of fact asked against what the found object holds: «hvor stor stilling …» (a size),
«hvilke helger …» (days of the week), «hvilke datoer …» (a date the plan states), «hva heter …»
(people by name). When the object – the coordinator, a tiltak – does not hold that kind of fact,
its card would read as an answer to another question; the reply says what the plan does say of
it and that it does not state the thing asked. Where the object holds it, it answers as before.
Every message is written for this file.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding.facets import facet_asked, tiltak_holds
from bot.understanding.lexicon import Lexicon
from tests.test_answers_confidence import turn

NOT_HELD = [
    ("hvor stor stillingsprosent har koordinatoren?", "jevnaker", "size", "stillingsprosent"),
    ("hvor stor stilling er slt-koordinator i?", "valer", "size", "stillingsprosent"),
    ("hvilke helger er natteravnene ute?", "jevnaker", "weekday", "ingen ukedag"),
    # which weekends within a season are dates: «fredager og lørdager» does not say which
    ("hvilke helger i høst er natteravnene ute?", "gjesdal", "date", "ingen dato"),
    ("hvilke datoer er foreldremøtene i Utsett?", "jevnaker", "date", "ingen dato"),
    ("når starter neste MITT VALG-kurs?", "jevnaker", "time", "Planen sier ikke når"),
    ("hva heter kursholderne i Flexid?", "gjesdal", "people", "navngir ingen personer"),
    ("når på året er trygghetsvandringa?", "jevnaker", "date", "ingen dato"),
    ("når på høsten kommer politiet til Oltedal?", "gjesdal", "date", "ingen dato"),
    ("hvilken uke er trygghetsvandringa?", "jevnaker", "date", "ingen dato eller uke"),
    ("jobber koordinatoren heltid?", "jevnaker", "size", "stillingsstørrelse"),
    ("hvor lenge har koordinatoren jobbet her?", "valer", "duration", "varighet"),
    ("hvilken måned er foreldremøtet i Utsett?", "jevnaker", "date", "ingen dato"),
    ("når var forrige møte i politirådet?", "valer", "past", "tidligere møter i Politirådet"),
    ("hva heter lederen for natteravnene?", "jevnaker", "people", "navngir ingen personer"),
]


@pytest.mark.parametrize(("text", "kommune", "facet", "said"), NOT_HELD)
def test_a_kind_of_fact_the_object_does_not_hold_is_said_plainly(
    bot: SltBot, text: str, kommune: str, facet: str, said: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert reply.facts.get("asked") == "detail" and reply.facts.get("facet") == facet
    assert said in reply.text
    assert "Dette sier planen om" in reply.text


def test_a_kind_asked_of_the_coordinator_is_said_of_the_role_not_a_tiltak(bot: SltBot) -> None:
    """The search may find a tiltak beside the role; what is not stated is the role's."""
    reply = turn(bot, "hvilke dager er slt-koordinatoren på kontoret?", "valer")[-1]
    assert reply.facts.get("facet") == "weekday"
    assert "for SLT-koordinator" in reply.text and "tiltak" not in reply.text.split("\n")[2]


def test_the_coordinator_s_card_says_what_the_plan_does_of_the_role(bot: SltBot) -> None:
    """Gjesdal: the role is part of the oppvekstkoordinator's position – said, never a share."""
    reply = turn(bot, "hvor stor stilling har slt-koordinatoren vår?", "gjesdal")[-1]
    assert reply.facts.get("facet") == "size"
    assert "oppvekstkoordinator" in reply.text
    assert "%" not in reply.text


HELD = [
    ("når går natteravnene?", "jevnaker", "tiltak_lookup", "kveldstid"),
    ("når er neste møte i fagteamet?", "jevnaker", "next_meeting", "Fagteam"),
    ("hvilken dato er fristen for Utsett?", "jevnaker", "tiltak_deadline", "31.12"),
    ("hvem er slt-koordinator?", "valer", "coordinator", "Anne"),
    ("hva heter slt-koordinatoren?", "valer", "coordinator", "Anne"),  # the plan names her
]


@pytest.mark.parametrize(("text", "kommune", "intent", "said"), HELD)
def test_a_kind_of_fact_the_object_holds_is_answered_as_before(
    bot: SltBot, text: str, kommune: str, intent: str, said: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == intent
    assert said in reply.text


@pytest.mark.parametrize(
    ("words", "facet"),
    [
        ("hvilke helger gar natteravnene", "weekday"),
        ("hvilke helger i host gar natteravnene", "date"),  # days within a season: dates
        ("hvor stor stilling har koordinatoren", "size"),
        ("hva er stillingsprosenten til koordinatoren", "size"),
        ("hvilke datoer er motene", "date"),
        ("nar pa varen er fagdagen", "date"),  # a time within a season is a date
        ("nar er fagdagen", "time"),
        ("hva heter rektoren pa skolen", "people"),  # a role's holder by name
        ("hva heter tiltaket for 8 trinn", ""),  # a thing's name, which the plan gives
    ],
)
def test_the_kind_asked_is_the_question_s_form(kb: KnowledgeBase, words: str, facet: str) -> None:
    said = Lexicon.of(kb.language.understanding).facets  # with the lexicon's role words
    assert facet_asked(tuple(words.split()), money=False, said=said) == facet


def test_a_frist_s_words_hold_a_time_only_when_they_name_one(kb: KnowledgeBase) -> None:
    jevnaker, gjesdal = kb.get("jevnaker"), kb.get("gjesdal")
    assert jevnaker is not None and gjesdal is not None
    tiltak = {t.id: t for t in (*jevnaker.kommune.tiltak, *gjesdal.kommune.tiltak)}
    assert not tiltak_holds("time", tiltak["mitt-valg"])  # «må gjennomføres systematisk»
    assert tiltak_holds("time", tiltak["natteravner"])  # «… på kveldstid»
    assert not tiltak_holds("weekday", tiltak["natteravner"])
    assert tiltak_holds("weekday", tiltak["natteravn"])  # «fredager og lørdager»
    # a frist worked out from «årlig» is no date of the foreldremøter, but answers «fristen»
    assert not tiltak_holds("date", tiltak["utsett"])
    assert tiltak_holds("date", tiltak["utsett"], frist_asked=True)
    assert not tiltak_holds("size", tiltak["flexid"])
