"""Whom or where for a calm worry the plan names a service for (session 31, services75).

«en elev har mye fravær, hvem kan følge ham tett opp?», «hvor tar jeg opp en elev som skulker
mye?» got the fravær routine's steps: the routine's topic was read, and the routine answered
before any contact. The writers ask for the plan's service for it – Våler's skolelos, the
fagteam in Jevnaker (needs.yaml ``routine``, ``asks.takes_up``, ``asks.can``; bot/features/
needs/handlers.py ``routine_need``). What to do («hva er rutinen», «hvordan følger vi opp …»),
who must or who does («hvem skal følge opp», «hvem følger opp, kontaktlærer eller rektor?») and
who owns the tiltak stay as they were. Every message is made up for this file.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from tests.auxil.asking import last_reply

SERVICE_ASKED = [
    ("valer", "gutten i 10. har hatt masse fravær i høst, hvem kan følge ham opp?", "skolelos"),
    ("valer", "hvem kan følge opp en jente i 8. som skulker nesten hver fredag?", "skolelos"),
    ("jevnaker", "hvor tar vi opp en gutt som skulker mye?", "fagteam"),
    ("jevnaker", "kor tek eg opp ein elev med mykje fråvær?", "fagteam"),
    ("jevnaker", "en elev i 9. har mye fravær, hvem kan følge henne tett opp?", "fagteam"),
    ("valer", "kven kan følgja opp ein elev i 10. med mykje fråvær?", "skolelos"),
]


@pytest.mark.parametrize(("kommune", "text", "service"), SERVICE_ASKED)
def test_whom_or_where_for_absence_gets_the_plans_service(
    bot: SltBot, kommune: str, text: str, service: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:160])
    assert service in reply.text.lower(), reply.text[:300]


ROUTINE_ASKED = [
    ("valer", "hvordan skal skolen følge opp en elev med mye fravær?"),
    # who must act, or who does, is the routine's steps
    ("valer", "eleven har mye fravær, hvem skal følge opp dette?"),
    ("jevnaker", "mye fravær hos en elev i 9. – hvem følger opp, kontaktlærer eller rektor?"),
    # Gjesdal gives the work to a tiltak (LOS, the rektor's): no one to reach by it
    ("gjesdal", "en elev i 9. har mye fravær, hvem kan følge henne tett opp?"),
    ("jevnaker", "hva er rutinen vår når en elev skulker, og hvem skal jeg involvere?"),
    ("gjesdal", "hva gjør vi når en elev har mye fravær?"),
]


@pytest.mark.parametrize(("kommune", "text"), ROUTINE_ASKED)
def test_what_to_do_about_absence_stays_the_routine(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "routine", (text, reply.text[:160])


def test_who_owns_the_absence_tiltak_stays_the_tiltak(bot: SltBot) -> None:
    reply = last_reply(bot, "hvem har ansvaret for oppfølging av bekymringsfullt fravær?", "valer")
    assert str(reply.intent) == "tiltak_owner", reply.text[:160]


def test_a_needs_routine_is_a_national_routine(kb: KnowledgeBase) -> None:
    assert kb.national is not None
    ids = {r.id for r in kb.national.routines}
    assert all(not n.routine or n.routine in ids for n in kb.needs.needs)
