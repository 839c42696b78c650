"""tiltak61: what a tiltak question names, read as the plan holds it.

- A word no knowledge file spells but the kommune's plan holds through a compound's first part
  («sommertilbud»: «Sommeruka», «sommeropplevelse») is no word the plan lacks: the answer lists
  the tiltak without «Jeg finner ikke «…» i handlingsplanen» first. A word the plan does not
  hold in any form keeps that lead.
- «sentrum», «nabolaget» are where the plans' «nærmiljøet» is (synonyms.yaml).
- «hva er planen med/for <gruppe>» asks what the plan means to do with the group: the one
  tiltak that sets it up (its Mål names it, or its text opens with the name) – not the group's
  duties; a tiltak naming the group in passing does not take it (understanding/group_plan.py).
"""

from __future__ import annotations

import pytest

from bot.features.tiltak.not_in_plan import not_in_plan, unheld
from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("er sommertilbud for barn et tiltak i planen?", "sommer"),
        ("finnes det noen sommertilbud i planen for unger som trenger det?", "sommer"),
    ],
)
def test_a_compound_the_plan_holds_by_its_parts_is_not_said_missing(
    bot: SltBot, text: str, shown: str
) -> None:
    reply = last_reply(bot, text, "valer")
    assert reply.intent == "tiltak_lookup", reply.text
    assert "Jeg finner ikke" not in reply.text
    assert shown in reply.text.lower()


def test_a_word_the_plan_holds_in_no_form_is_still_unheld(bot: SltBot) -> None:
    search = bot.understanding.search["valer"]
    assert unheld(search, ("sommertilbud", "mopedkjoring")) == ("mopedkjoring",)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("er teaterkompaniet et SLT-tiltak i planen?", "teaterkompaniet"),
        ("er sommertilbud for barn et tiltak i planen?", None),
    ],
)
def test_only_a_word_the_plan_holds_in_no_form_leads_with_not_found(
    bot: SltBot, text: str, said: str | None
) -> None:
    q = bot.understand(text, "valer")
    reading = bot.understanding
    unknown = unheld(reading.search["valer"], reading.unknown(q.rest, q.role_words))
    assert not_in_plan(q, unknown, text) == said


@pytest.mark.parametrize(
    "text",
    [
        "hva gjør slt for tryggheten i nabolaget?",
        "har vi noe for å gjøre sentrum tryggere?",
    ],
)
def test_the_town_centre_is_the_local_area_the_plan_calls_naermiljoet(
    bot: SltBot, text: str
) -> None:
    """«sentrum» is where the plan's «nærmiljøet» is (synonyms.yaml): Jevnaker's
    trygghetsvandring walks the nærmiljø to make it safer."""
    reply = last_reply(bot, text, "jevnaker")
    assert reply.intent == "tiltak_lookup", reply.text
    assert "trygghetsvandring" in reply.text.lower()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("det forebyggende teamet, hva er planen med det egentlig?", "Tiltak 25"),
        ("kva er planen for oppvekstteamet vårt?", "Tiltak 8"),
    ],
)
def test_the_plan_with_a_group_is_the_tiltak_setting_it_up(
    bot: SltBot, text: str, shown: str
) -> None:
    reply = last_reply(bot, text, "valer")
    assert reply.intent == "tiltak_lookup", reply.text
    assert shown in reply.text


@pytest.mark.parametrize(
    "text", ["hva er planen for politirådet?", "hva gjør det forebyggende teamet?"]
)
def test_a_group_no_tiltak_sets_up_or_its_work_asked_keeps_its_duties(
    bot: SltBot, text: str
) -> None:
    assert bot.understand(text, "valer").intent == "duties"
