"""«Who in the kommune can help with …» asked with a condition, an exception or a programme's
name (session 34, services78). Every message is made up for this file.

A service the writer rules out by a condition or an exception («hvis det ikke er
barnevernet, …», «hvis ikke NAV, …», «bortsett fra …») is not the service asked for
(bot/understanding/unless.py); the need told before the question (rus at 16, a young adult
outside school and work) decides the offer, and «hvem i kommunen …» asks that of the
kommune's services even after a case (bot/understanding/service_work.py ``asks_in_kommune``).
A programme the plan names as a tiltak, asked as an offer («sånn PMTO? hvem tilbyr det?»),
is answered with the service that offers it (bot/understanding/contact_person.py
``offered_by``). An honest «the plan names no service for …» carries a heading that says what
was asked, not «Det spørsmålet kan jeg dessverre ikke svare på».
"""

from __future__ import annotations

import pytest

from bot.compiled import Compiled
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding.service_asked import roles_asked
from bot.understanding.unless import unless_at
from tests.auxil.asking import last_reply


@pytest.fixture(scope="module")
def compiled(kb: KnowledgeBase) -> Compiled:
    return Compiled.of(kb)


def _asked(compiled: Compiled, text: str) -> tuple[str, ...]:
    words = tuple(text.split())
    return roles_asked(compiled.understanding.lexicon, words, [False] * len(words))


RULED_OUT = [
    ("hvis det ikke er barnevernet hvem kan han snakke med", "barnevern"),
    ("hvis ikke nav hvem jobber med sanne", "nav"),
    ("om ikke politiet hvem kan vi ringe", "politi"),
    ("bortsett fra barnevernet hvem kan hjelpe familien", "barnevern"),
    ("ikke politiet men hvem da", "politi"),
]


@pytest.mark.parametrize(("text", "role"), RULED_OUT)
def test_a_service_ruled_out_by_a_condition_is_not_asked(
    compiled: Compiled, text: str, role: str
) -> None:
    assert role not in _asked(compiled, text)


STILL_ASKED = [
    ("hvis barnevernet ikke svarer hvem ringer jeg", "barnevern"),
    ("hvem i nav jobber med unge", "nav"),
    ("kan nav hjelpe hvis ikke skolen klarer det", "nav"),
    ("bortsett fra det hvem i politiet kan komme", "politi"),
]


@pytest.mark.parametrize(("text", "role"), STILL_ASKED)
def test_a_service_named_beside_a_condition_is_still_asked(
    compiled: Compiled, text: str, role: str
) -> None:
    assert role in _asked(compiled, text)


def _spans(text: str) -> dict[int, range]:
    return unless_at(tuple(text.split(" ")))


def test_the_rule_out_spans_only_the_words_it_governs() -> None:
    assert _spans("hvis det ikke er barnevernet hvem i nav") == {0: range(3, 6)}
    assert _spans("bortsett fra nav og barnevernet") == {0: range(2, 5, 2)}
    assert _spans("vi vet ikke hvem i nav") == {}


THE_NEED_DECIDES = [
    (
        "valer",
        "jeg er håndballtrener, en spiller på 17 sliter med rus. hvis ikke barnevernet, hvem i "
        "kommunen kan han snakke med?",
        "ungdomskontakt",
    ),
    (
        "jevnaker",
        "en gutt på 20 har droppet ut av skole og jobb. hvis ikke NAV, hvem i kommunen jobber "
        "med sånne?",
        "ungdomskonsulent",
    ),
]


@pytest.mark.parametrize(("kommune", "text", "service"), THE_NEED_DECIDES)
def test_the_need_told_decides_the_service(
    bot: SltBot, kommune: str, text: str, service: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", reply.text[:200]
    assert service in reply.text.lower(), reply.text[:400]
    assert not reply.text.startswith("Barneverntjenesten"), reply.text[:200]


def test_a_service_named_with_a_condition_on_its_answer_is_that_service(bot: SltBot) -> None:
    reply = last_reply(bot, "hvis barnevernet ikke svarer, hvem ringer jeg?", "valer")
    assert str(reply.intent) == "contact_service", reply.text[:200]
    assert reply.text.startswith("Barneverntjenesten"), reply.text[:200]


OFFERED = [
    "hvem tilbyr PMTO?",
    "finnes det noe foreldreveiledning, sånn PMTO? hvem tilbyr det",
    "foreldrene trenger veiledning, PMTO kanskje – hvem tilbyr det her?",
]


@pytest.mark.parametrize("text", OFFERED)
def test_a_programme_asked_as_an_offer_is_the_service_offering_it(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "jevnaker")
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert reply.text.startswith("Familiens hus"), reply.text[:200]


@pytest.mark.parametrize(
    ("text", "intent"),
    [("hvem driver PMTO?", "tiltak_owner"), ("hva er PMTO?", "tiltak_lookup")],
)
def test_a_programme_asked_otherwise_keeps_its_reading(bot: SltBot, text: str, intent: str) -> None:
    reply = last_reply(bot, text, "jevnaker")
    assert str(reply.intent) == intent, reply.text[:200]


def test_the_plan_naming_no_service_says_what_was_asked_in_its_heading(bot: SltBot) -> None:
    text = "har vi noe tilbud der barn av foreldre som drikker kan treffe andre i samme situasjon?"
    reply = last_reply(bot, text, "gjesdal")
    assert "nevner ingen tjeneste for barn som pårørende" in reply.text, reply.text[:300]
    assert reply.text.startswith("Hvem kan hjelpe med barn som pårørende"), reply.text[:200]
    assert "kan jeg dessverre ikke svare på" not in reply.text
