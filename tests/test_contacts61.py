"""Services asked by their work, with a place between, and where a service is (contact61).

Policies, not phrases: «hvem i kommunen jobber med …», «hvem hos oss følger opp …» ask for a
service by its work as «hvem jobber med …» does – where the asker looks stands between the
who-word and the work verb; a programme's name that heads a sentence of one tiltak («… i NAV.
Ungdomsgarantien – en egen koordinator i NAV …», 000:862-869) names the service that runs it,
as a word of the tiltak's first sentence does, over the work verb other services share; and
«hvor er <tjenesten> vi … med?» asks where a service is, while «med» right after a role asks
the role's groups. Every message is written for this file, never taken from the evaluation
set; no real person is named.
"""

from __future__ import annotations

import pytest

from bot.compiled import Compiled
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding import Intent
from bot.understanding.rules import place_asked
from bot.understanding.service_work import opens_by_work
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("words", "opens"),
    [
        ("hvem i kommunen jobber med gutter som dropper ut", True),
        ("hvem hos oss folger opp de eldste ungdommene", True),
        ("hvem her kan snakke med en jente som sliter", False),  # «her» is no place phrase
        ("hvem i kommunen kan snakke med en gutt som har det vondt", True),
        # a place and no work verb: no service asked by its work
        ("hvem i kommunen er leder for kulturen", False),
        ("hvem pa skolen sitter i fagteamet", False),
    ],
)
def test_a_place_between_the_who_word_and_the_work_verb_still_asks_by_work(
    kb: KnowledgeBase, words: str, opens: bool
) -> None:
    said = Compiled.of(kb).understanding.lexicon.form
    assert opens_by_work(tuple(words.split(" ")), said) is opens


@pytest.mark.parametrize(
    "text",
    [
        "hvem følger opp de unge som er med på ungdomsgarantien?",
        "hvem hos oss følger opp ungdommer i ungdomsgarantien?",
    ],
)
def test_the_work_verb_is_no_need_the_plan_words_beside_it_are(bot: SltBot, text: str) -> None:
    # 000:862-869, tiltak 32 (ansvar NAV): «Ungdomsgarantien – en egen koordinator i NAV …»
    replies = turn(bot, text, "valer")
    assert [r.intent for r in replies] == ["contact_service"]
    assert replies[0].text.startswith("NAV Våler")
    assert "koordinator i NAV" in replies[0].text
    assert "Skolelos" not in replies[0].text


def test_a_contact_cue_of_its_own_stands_beside_a_place(bot: SltBot) -> None:
    # «tar imot bekymring» is the contact cue's; the place before it changes nothing
    replies = turn(
        bot, "hvem i kommunen tar imot bekymring om en gutt som skulker timer?", "jevnaker"
    )
    assert [r.intent for r in replies] == ["contact_service"]


def test_a_work_verb_alone_is_still_the_need(bot: SltBot) -> None:
    # 000:885–888 «Benytte Konfliktrådet»: «mekle» is its work in the knowledge's words
    replies = turn(bot, "hvem hos oss kan mekle?", "valer")
    assert replies[0].text.startswith("Konfliktrådet")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("hvor er ungdomshelsestasjonen vi sender elever til", True),
        ("hvor er ungdomshelsestasjonen som vi samarbeider med", True),
        ("hvor er ungdomshelsestasjonen", True),
        # «med» after the role, no clause between: the role's groups
        ("hvor er ungdomshelsestasjonen med", False),
        ("hvor er helsesykepleier med i slt", False),
    ],
)
def test_where_a_service_is_is_a_place_unless_med_asks_its_seat(words: str, place: bool) -> None:
    about = (("contact", "helsestasjon_ungdom"),)
    split = tuple(words.split(" "))
    assert place_asked(Intent.ROLE_GROUPS, "hvor er", split, False, about) is place
    # a group named, or retrieval ranking no contact first, keeps the seat reading
    assert not place_asked(Intent.ROLE_GROUPS, "hvor er", split, True, about)
    assert not place_asked(Intent.ROLE_GROUPS, "hvor er", split, False, (("group", "x"),))


def test_where_a_service_is_after_a_clause_answers_with_the_service(bot: SltBot) -> None:
    # 000:206-207 «Skolehelsetjenesten og Ungdomshelsestasjonen i Moss»
    replies = turn(
        bot, "hvor er ungdomshelsestasjonen vi bruker? ei jente vil prate med noen", "valer"
    )
    assert [r.intent for r in replies] == ["contact_service"]
    assert "Moss" in replies[0].text
