"""A young person's own drug use and the offers the school can refer to: «vi har en gutt som
ruser seg, hvilke hjelpetilbud kan skolen henvise ham til?» got every service the plan names,
none picked for rus. needs.yaml's ``rus`` need reads a young person beside a drug word; its
answer is the kommune's service for psykisk helse og rus (``need_services``), with a pointer to
the routine for what the school does (``points_to: rusbekymring``). A parent's use stays a
disclosure; a question with no need named keeps the plan's list.

The phrasings are made up for these tests.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from tests.auxil.asking import intent_and_text

ASKED = [
    "vi har en gutt som ruser seg, hvilke hjelpetilbud kan skolen henvise ham til?",
    "en elev i 10. ruser seg, hvilke hjelpetilbud kan vi henvise ham til?",
    "har ein elev som rusar seg, kven kan skulen henvisa han til?",
]
SERVICE = {"jevnaker": "Fagteam", "gjesdal": "Mestringsenheten"}
POINTER = "rutinen «Rusbekymring»"


@pytest.mark.parametrize("kommune", sorted(SERVICE))
@pytest.mark.parametrize("text", ASKED)
def test_a_youth_using_drugs_gets_the_rus_service_and_the_routine(
    bot: SltBot, text: str, kommune: str
) -> None:
    intent, answer = intent_and_text(bot, text, kommune)
    assert intent == "contact_service", answer
    assert SERVICE[kommune] in answer and POINTER in answer, answer
    assert "Hvem kan hjelpe med rus" in answer


@pytest.mark.parametrize(
    ("text", "kommune", "reading", "says"),
    [
        ("mora til en elev ruser seg hjemme, hvem kan hjelpe?", "gjesdal", "disclosure", "🚨"),
        ("hvilke hjelpetilbud kan jeg henvise en ungdom til i gjesdal", "gjesdal",
         "contact_service", "amiliesenter"),
        ("hva gjør jeg ved mistanke om at en elev ruser seg", "jevnaker", "routine", "Steg"),
    ],
)  # fmt: skip
def test_a_parents_use_a_bare_list_or_the_routine_keep_their_answer(
    bot: SltBot, text: str, kommune: str, reading: str, says: str
) -> None:
    intent, answer = intent_and_text(bot, text, kommune)
    assert intent == reading, answer
    assert says in answer and POINTER not in answer, answer


def test_every_routine_a_need_points_to_is_a_national_routine(kb: KnowledgeBase) -> None:
    routines = {r.id for r in kb.national.routines} if kb.national else set()
    pointed = {n.points_to for n in kb.needs.needs if n.points_to}
    assert pointed and pointed <= routines
