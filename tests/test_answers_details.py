"""«Hvor foregår trygghetsvandringa?», «hvilken ukedag møtes koordineringsgruppa?»: a detail the
plan does not hold, asked of a tiltak or group it does. The answer names the object, says the
plan does not state it, shows briefly what the plan does say and whom to ask – never a place,
date, age or sum made up. Where the object holds the facet (a group's rhythm, a tiltak's frist),
it is answered as before. Every message is written for this file.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding.facets import FacetWords, facet_asked, group_holds, tiltak_holds
from tests.test_answers_confidence import turn

NOT_HELD = [
    ("hvor foregår trygghetsvandringa?", "place", "Planen sier ikke hvor «Trygghetsvandring»"),
    ("hvor mange natteravner har vi i jevnaker?", "count", "ikke noe antall for «Natteravner»"),
    ("hva koster trygghetsvandringen egentlig", "money", "ingen kostnader, budsjett"),
    ("når er PMTO?", "time", "Planen sier ikke når «PMTO"),
    ("hvilken aldersgrense har trygghetsvandringen?", "age", "ingen aldersgrense"),
    ("hvilken alder er natteravner for?", "age", "aldersgruppe for «Natteravner»"),
    ("hvem er natteravnene i trygghetsvandring?", "people", "navngir ingen personer i «Trygg"),
    ("hvilken ukedag har koordineringsgruppa møte?", "weekday", "ingen ukedag for Koordinerings"),
    ("hvor møtes politirådet?", "place", "Planen sier ikke hvor SLT-styringsgruppe"),
    ("hvor lenge varer møtene i politirådet?", "duration", "hvor lenge møtene i SLT-styrings"),
    ("kor mykje pengar har politirådet i budsjett?", "money", "ingen kostnader, budsjett"),
    ("hvilket rom er fagteammøtet i?", "place", "Planen sier ikke hvor Fagteam møtes"),
    ("hvor lang tid tar et fagteammøte?", "duration", "hvor lenge møtene i Fagteam varer"),
    ("hvor mange møter hadde fagteamet i fjor?", "past_count", "ingen tall for hvor ofte Fagteam"),
    ("trenger natteravnene politiattest?", "requirement", "politiattest eller andre krav for"),
    ("må man ha politiattest for å sitte i fagteamet?", "requirement", "andre krav for Fagteam"),
    ("hvilken rute går natteravnene?", "place", "Planen sier ikke hvor «Natteravner»"),
]


@pytest.mark.parametrize(("text", "facet", "said"), NOT_HELD)
def test_a_detail_the_plan_does_not_hold_is_said_plainly_with_the_object(
    bot: SltBot, text: str, facet: str, said: str
) -> None:
    reply = turn(bot, text, "jevnaker")[-1]
    assert str(reply.intent) == "unknown"
    assert reply.facts.get("asked") == "detail" and reply.facts.get("facet") == facet
    assert said in reply.text
    assert "Dette sier planen om" in reply.text
    assert "SLT-koordinator i Jevnaker" in reply.text


HELD = [
    ("når er trygghetsvandringa?", "jevnaker", "tiltak_lookup", "2028"),
    ("når møtes fagteamet?", "jevnaker", "frequency", "6. uke"),
    ("når kommer politiet til Dirdal?", "gjesdal", "tiltak_lookup", "høst og vår"),
]


@pytest.mark.parametrize(("text", "kommune", "intent", "said"), HELD)
def test_a_detail_the_object_holds_is_answered_as_before(
    bot: SltBot, text: str, kommune: str, intent: str, said: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == intent
    assert said in reply.text


def test_a_when_beside_a_who_is_not_taken_for_the_detail_alone(bot: SltBot) -> None:
    """«… og hvem står for den?»: the ansvar answers the other half; no «står ikke i planen»."""
    text = "når er fagdagen om vold i nære relasjoner, og hvem står for den?"
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.facts.get("asked") != "detail"


@pytest.mark.parametrize(
    ("words", "facet"),
    [
        ("hvor er trygghetsvandringa", "place"),
        ("hvor er trygghetsvandringa i planen", ""),
        ("hvor ofte mote fagteamet", ""),
        ("hvor finner jeg tiltaket", ""),
        ("hvilken dag motes fagteamet", "weekday"),
        ("hva er klokkeslettet for motet", "clock"),
        ("hvor gammel ma man vaere", "age"),
        ("hvor mange natteravner", "count"),
        ("hvor lenge varer kurset", "duration"),
        ("nar er oppvekstkonferansen", "time"),
        ("hva gjor jeg nar en elev ruser seg", ""),
        ("er politiet til stede pa skolene vare", ""),  # «våre» is no «vare» (last)
        ("hvor mange ganger i aret motes politiradet", "count"),
        ("hvor ofte motes fagteamet sa jeg vet hvor lenge jeg ma vente", ""),  # asker's clause
    ],
)
def test_the_facet_is_the_question_s_form(kb: KnowledgeBase, words: str, facet: str) -> None:
    said = FacetWords.of(kb.language.understanding.facets)  # understanding.yaml «facets»
    assert facet_asked(tuple(words.split()), money=False, said=said) == facet


def test_what_an_object_holds_is_read_from_its_own_words(kb: KnowledgeBase) -> None:
    jevnaker, gjesdal = kb.get("jevnaker"), kb.get("gjesdal")
    assert jevnaker is not None and gjesdal is not None
    tiltak = {t.id: t for t in (*jevnaker.kommune.tiltak, *gjesdal.kommune.tiltak)}
    groups = {g.id: g for g in jevnaker.kommune.groups}
    assert tiltak_holds("time", tiltak["trygghetsvandring"])  # «en gang i løpet av 2025–2028»
    assert not tiltak_holds("time", tiltak["pmto"])  # «Løpende»
    assert tiltak_holds("time", tiltak["politiet-pa-skolene"])  # «høst og vår»
    assert not tiltak_holds("place", tiltak["trygghetsvandring"])
    assert not tiltak_holds("money", tiltak["trygghetsvandring"])
    assert group_holds("time", groups["fagteam"])  # its rhythm answers «når møtes»
    assert group_holds("count", groups["fagteam"])  # its member list answers «hvor mange»
    assert not group_holds("weekday", groups["fagteam"])
    assert not group_holds("place", groups["politiradet"])
    assert not group_holds("duration", groups["fagteam"])  # «hver 6. uke» is a rhythm
    past = FacetWords.of(kb.language.understanding.facets).past
    assert not group_holds("count", groups["fagteam"], ("hvor", "mange", "i", "fjor"), past)
