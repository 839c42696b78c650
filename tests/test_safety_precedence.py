"""Which routine a message with several findings goes to: an explicit rule, not file order.

bot/safety_precedence.py ranks what the child does to itself first, then violence going on
now, then who harms the child, then threats and a body in trouble. These tests hold the rule
itself, messages read two ways (a self-burn hidden from the parents is self-harm, not violence
at home), the same answer when the language file lists its categories the other way round,
and one story over the real server.
"""

from __future__ import annotations

import json

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck, Kind
from bot.safety_precedence import Tier, tier
from bot.understanding import Understanding
from tests.auxil.activities import message
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer

SELV = "selvskading"
VOLD = "vold-naere-relasjoner"


@pytest.fixture(scope="module")
def reversed_file(kb: KnowledgeBase) -> DangerCheck:
    """The same vocabulary with the language file's categories in the opposite order."""
    danger = kb.language.danger
    flipped = danger.model_copy(update={"categories": tuple(reversed(danger.categories))})
    return DangerCheck(flipped, kb.language.dialect, Understanding(kb).vocabulary, None)


def test_the_rule_ranks_self_harm_then_violence_now_then_who_then_signs() -> None:
    assert tier(acute=True, topic="selvmord_selvskading") is Tier.SELF
    assert tier(acute=False, topic="selvmord_selvskading") is Tier.SELF
    assert tier(acute=True, topic="vold_nare") is Tier.VIOLENCE_NOW
    assert tier(acute=False, topic="vold_nare") is Tier.WHO_HARMS
    assert tier(acute=False, topic="menneskehandel_utnytting") is Tier.WHO_HARMS
    # A family's threat over a marriage is honour violence, above violence now.
    assert tier(acute=False, topic="tvangsekteskap_aere") is Tier.HONOUR < Tier.VIOLENCE_NOW
    assert tier(acute=True, topic="trusler") is Tier.ACUTE_SIGNS
    assert tier(acute=True, topic="akutt_medisinsk") is Tier.ACUTE_SIGNS
    assert Tier.SELF < Tier.VIOLENCE_NOW < Tier.WHO_HARMS < Tier.ACUTE_SIGNS


# A child who hurts itself, with a parent or a harm by someone else in the same message: the
# self-harm routine (113 in its line) must come first, whatever else matched.
SELF_FIRST = [
    "eleven har brent seg med lighter på armen og skjuler det for moren sin",
    "gutten kutter seg på armene og vil ikke at foreldrene skal vite det",
    "jenta har risset seg på låret, hun gjemmer det for pappa",
]


@pytest.mark.parametrize("text", SELF_FIRST)
def test_what_the_child_does_to_itself_comes_before_violence_at_home(
    vocabulary: DangerCheck, text: str
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == SELV, finding
    assert finding.categories[0] in ("selvskading", "selvmord", "medisin-overdose"), finding
    assert "113" in finding.leads[0], finding


@pytest.mark.parametrize(
    ("text", "routine"),
    [
        (SELF_FIRST[0], SELV),
        # Violence at home and a body in trouble: the relation's routine, the acute line first.
        ("faren slo henne så hardt at hun nå er bevisstløs", VOLD),
    ],
)
def test_the_order_of_the_language_file_does_not_decide(
    vocabulary: DangerCheck, reversed_file: DangerCheck, text: str, routine: str
) -> None:
    as_filed, flipped = vocabulary.check(text), reversed_file.check(text)
    assert as_filed is not None and flipped is not None, text
    assert as_filed.routine == flipped.routine == routine, (as_filed, flipped)
    assert as_filed.kind is flipped.kind


def test_the_acute_line_leads_whatever_routine_is_chosen(vocabulary: DangerCheck) -> None:
    finding = vocabulary.check("faren slo henne så hardt at hun nå er bevisstløs")
    assert finding is not None
    assert finding.kind is Kind.ACUTE and finding.routine == VOLD, finding
    assert "112" in finding.leads[0] or "113" in finding.leads[0], finding


async def test_a_self_burn_hidden_from_the_parents_gets_the_self_harm_routine_over_http(
    bot_server: BotServer, connector: FakeConnector
) -> None:
    text = "elev har brent seg med lighter på armene og skjuler det for foreldrene"
    before = len(connector.sent())
    response = await bot_server.post(message(text, connector.url))
    assert response.status in (200, 201)
    sent = await connector.wait_for(before + 1)
    cards = [a["content"] for a in sent[-1].get("attachments") or []]
    said = json.dumps(cards, ensure_ascii=False)
    alert = said.split("Steg")[0]  # the lines above the routine's steps
    assert "113" in alert and "helsesykepleier" in alert, alert
    assert "Vold hjemme" not in alert, alert
    assert "selvskading" in said.lower()
