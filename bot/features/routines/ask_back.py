"""The safety net's question back: the acute line first, then the routines as buttons.

Runs after the router has answered a message the danger rules left quiet
(``SltBot.respond``). When the nearest labelled examples clearly read it as danger
(bot/safety_net.py), the answer is replaced by a «Mente du …?»-style question: the acute line
from knowledge (danger_examples.yaml ``lead``) first, then a button per routine, each asking
the question that opens it. Unless the reading is clear (below), it does not alarm: a button
press asks a routine question.

When the examples read one routine's case beyond doubt (:func:`routes`: every nearest example
danger, ``ROUTE_NAMED`` of them that routine's, ``ROUTE_MARGIN`` over the best calm one; violence
at home, whose calm look-alikes come closest, 7 of 7 and x2.0: ``ROUTE_BY_ROUTINE``), the
message is routed instead: the acute line first, a line saying the bot read it by likeness,
then the routine – the question back asked staff to press a button the examples had already
chosen (leave one round out, net84).

Only the fallback, answers to questions about the plan, the numbers and the router's own
«Mente du …?» are replaced (:data:`REPLACED`); a command's result or a danger finding is kept
as it is, a routine too unless the net reads a case of other routines (:func:`_disagrees`).

The same question back also stands in for a **disclosure** the rules found when the nearest
examples clearly agree the message is no danger (:func:`calm_look`, ``SltBot.danger_reply``):
the rules' routine is its button. An acute finding (unconscious, not breathing, suicide now, a
weapon …: danger.yaml ``kind: acute``) and a message that itself asks what to do keep the
rules' answer. Logs only routine ids and numbers, never the text.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bot.compiled import Compiled
from bot.features.reply import Reply
from bot.features.routines import texts
from bot.safety_finding import DangerFinding, Kind
from bot.safety_net import NEIGHBOURS, NetFinding
from bot.safety_telling import child_said
from bot.text import fold, strip_mentions
from bot.understanding.asks import asks_the_law
from bot.understanding.intents import PLAN_ANSWERS
from bot.understanding.options import lower_first
from cards.base import card, execute, heading, paragraph, stacked
from cards.routine import acute_line
from cards.verbs import Verb

if TYPE_CHECKING:
    from bot.routing import SltBot

log = logging.getLogger(__name__)

ROUTINE = "routine"
"""A routine's card: kept, unless the net reads the message as another routine's case
(:func:`_disagrees`) – then both routines are the question's buttons, the reader's first."""
DISAGREE_MARGIN = 1.5
"""A routine is questioned only when all the net's nearest examples are danger and the best
beats the best calm one by this much: leave one round out, 1.2 (the net's own margin) asked
back on 3 dev danger messages the reader's routine had right with the rules silenced."""
CALM_AGREE = NEIGHBOURS
"""A disclosure the rules read is asked back only when this many of the ``NEIGHBOURS``
nearest examples are no danger, the nearest of all among them … All seven: at 6 two made-up
danger probes lost their routine (tests/test_safety_probe11.py, test_safety_probe16.py: a case
told after a course or a closed case, whose words found calm examples, x1.6 and x2.5)."""
CALM_MARGIN = 1.3
"""… and the best of them beats the best danger example by this much. Leave one round out
(tests/eval/loro.py) and on corpus16's odd half no danger or disclosure message the rules
found has more than 4 of 7 calm neighbours (with 4, up to x1.4; with 3, up to x1.9):
agreement is what tells them apart, the margin is a second guard. With corpus17c's and
corpus17a's dev halves among the examples (session 18; each dev item's own text left out), the
disclosures the rules find in the dev rounds and the corpora's dev halves have at most 5 of 7
(x1.44, a pupil printing extremist propaganda)."""
ROUTE_NAMED = 6
"""A message the rules left quiet is routed, not asked back, when all ``NEIGHBOURS`` nearest
examples are danger, at least this many of them name the first routine …"""
ROUTE_MARGIN = 1.5
"""… and the best beats the best calm example by this much. Leave one round out (net84: each dev
item against the net built without its round, the rules silenced), the messages the rules
leave quiet that met 6 of 7 at x1.5 all had that routine, and no dev item that is no danger
did; of the corpora's dev halves (net built without the corpus) 16 of 18, the two others
radicalisation read as violence at home (acute line first all the same), no calm look-alike.
``python -m tests.eval.loro`` (rules silenced): routed with the right routine 649 → 1,224 of
3,011, asked back or routed 2,810 → 2,809, no more alarms or asks (tests/eval/README.md)."""
ROUTE_BY_ROUTINE: dict[str, tuple[int, float]] = {"vold-naere-relasjoner": (NEIGHBOURS, 2.0)}
"""A routine whose calm look-alikes come close needs more: (how many nearest name it, the
margin). Family life told plainly («mor sier at jenta ikke får gå på fest før hun er 16»,
7 of 7 at x1.62; «gutten vil på fest i helgen, mamma sier nei, han låser seg inne på rommet»,
6 of 7 at x2.54: tests/eval/asks_probe.py's calm probes) and corpus18's dev calm look-alikes
(rules silenced, 7 of 7 at x1.65) read as violence at home; none of them at 7 of 7 and x2.0,
where leave one round out (rules silenced) 310 dev messages were routed, all to the right
routine, and 58 of 59 of the corpora's dev halves."""
MEMBERS = "members"
ASKING = frozenset(
    {"hvem", "kven", "who", "hvilke", "hvilken", "kva", "hva", "which", "what", "whom"}
)
"""A group's members answered to a question that opens with one of these is kept: who sits in a
group is asked of the plan, never told of a case («which people are members of the work group»
met English danger examples by «the», «are», «work» and «group»)."""
INTENT = "clarify"
"""A question back, like «Mente du …?»: an honest «I am not sure», never a danger finding."""
REPLACED = PLAN_ANSWERS | {"unknown", "clarify"}
"""Replies the net may replace: the honest fallback and answers to a question about the plan
(a danger message misread as «Hvor sitter helsesykepleier?»). Since session 16 also the
numbers, a contact and the router's «Mente du …?»: «han ringte fra toppen av
parkeringshuset og sier han skal hoppe» was read as a contact question, and leave one round
out (tests/eval/loro.py) such replies hid 7 dev danger messages the net found, with no
ask-back on a dev item that is no danger. Never a command's result («last inn kunnskapen på
nytt», a meeting moved), a card verb's or a routine (its acute line is in it)."""


def ask_back(
    bot: SltBot, text: str, kommune_id: str, reply: Reply, *, folded: str | None = None
) -> Reply:
    """``reply``, or the safety net's question back when the examples read ``text`` as danger.
    ``folded``: ``fold(strip_mentions(text))`` when the turn has it (one fold per turn)."""
    intent = str(reply.intent)
    if not text or (intent not in REPLACED and intent != ROUTINE):
        return reply
    folded = fold(strip_mentions(text)) if folded is None else folded
    if asks_the_law(tuple(folded.split()), bot.understanding.lexicon.form):
        return reply  # «er det lov å gi alkohol til 16-åringer?»: the law's, no one's case
    if bot.routines.asked.rated_for_audience(tuple(folded.split())):
        return reply  # «is the film too violent for 13 year olds?»: an age rating, no case
    if intent == MEMBERS and folded.split()[:1] and folded.split()[0] in ASKING:
        return reply  # «which people are members of the work group»: a group's seats
    net = Compiled.of(bot.kb).net
    found = net.nearest(text, bot.safety.idioms) if net is not None else None
    if net is None or found is None:
        return reply
    routines = found.routines
    if intent != ROUTINE and routes(found):
        routed = _routed(bot, net.lead, kommune_id, routines[0], found)
        if routed is not None:
            log.info("%s: routed", found.describe())
            return routed
    if intent == ROUTINE:
        chosen = reply.facts.get("routine")
        if not _disagrees(bot, text, kommune_id, chosen, found):
            return reply
        routines = (str(chosen), *routines)
    log.info("%s", found.describe())
    return _question(bot, net.lead, kommune_id, routines, {"net": list(found.routines)})


def routes(found: NetFinding) -> bool:
    """Whether the net's finding is clear enough to route to its first routine rather than ask
    back: every nearest example danger, ``ROUTE_NAMED`` naming that routine, ``ROUTE_MARGIN``
    over calm, or the routine's own bar (``ROUTE_BY_ROUTINE``); the acute line alone names no
    routine: it is asked back."""
    if not found.routines or found.agree < NEIGHBOURS:
        return False
    named, margin = ROUTE_BY_ROUTINE.get(found.routines[0], (ROUTE_NAMED, ROUTE_MARGIN))
    return found.named >= named and found.margin >= margin


def _routed(
    bot: SltBot, lead_line: str, kommune_id: str, routine: str, found: NetFinding
) -> Reply | None:
    """The routine the examples read, under the acute line and a line saying it was read by
    likeness; None when the kommune has no such routine (then the question back)."""
    index = bot.kb.get(kommune_id)
    if index is None or routine not in bot.routines.by_kommune.get(index.id, {}):
        return None
    finding = DangerFinding(
        Kind.DISCLOSURE, routine, topic="", categories=(), calls=CALLS, leads=(lead_line,)
    )
    reply = bot.routines.danger(index.kommune, finding)
    lead, _, rest = reply.text.partition("\n\n")
    text = f"{lead}\n\n{texts.NET_ROUTED}\n\n{rest}" if rest else f"{lead}\n\n{texts.NET_ROUTED}"
    facts = {**reply.facts, "net": list(found.routines)}
    return Reply(text, reply.cards, reply.intent, facts)


CALLS = ("112", "113")
"""The numbers the net's acute line names (danger_examples.yaml ``lead``)."""


def calm_look(bot: SltBot, text: str, kommune_id: str, finding: DangerFinding) -> Reply | None:
    """The question back instead of the rules' alarm, or None (the alarm stands): a
    disclosure the rules read whose nearest examples clearly agree it is no danger – a blow
    in a match, a budget that «blør» – gets the acute line first and the rules' routine as
    a button, never a routine claimed as a case. Acute danger is never second-guessed."""
    if finding.kind is not Kind.DISCLOSURE or not text:
        return None
    net = Compiled.of(bot.kb).net
    calm = net.calm(text) if net is not None else None
    if net is None or calm is None or calm.agree < CALM_AGREE or calm.margin < CALM_MARGIN:
        return None
    words = tuple(fold(strip_mentions(text)).split())
    if bot.routines.asked.asks_itself(words):
        return None  # «hva gjør vi ved mistanke om …»: the routine is what is asked
    if _child_told(words):
        return None  # «en elev forteller at pappa drikker mye. har kommunen noe tilbud …»
    if bot.safety.check(calm.unexplained(text)) is not None:
        return None  # what the calm example does not account for is a case of its own
    if _same_case_asked(bot, calm.nearest, finding):
        return None  # «… delt et nakenbilde … i klassechatten, hva gjør vi?» is calm by its ask
    log.info(
        "safety net: no danger (%s/%s agree, x%.2f) over the rules' %s",
        calm.agree,
        NEIGHBOURS,
        calm.margin,
        finding.routine or "acute line",
    )
    routines = (finding.routine,) if finding.routine else ()
    return _question(bot, net.lead, kommune_id, routines, {"rules": finding.routine})


def _same_case_asked(bot: SltBot, nearest: str, finding: DangerFinding) -> bool:
    """Whether the nearest calm example tells the case the rules read (their routine) and is
    calm only by asking what to do («en elev har delt et nakenbilde av en annen elev i
    klassechatten, hva gjør vi?»): the message, which asks nothing (``asks_itself`` is
    false), tells that case, so the rules' alarm stands."""
    seen = bot.safety.check(nearest)
    if seen is None or seen.routine != finding.routine:
        return False
    return bot.routines.asked.asks_for_it(tuple(fold(nearest).split()))


def _child_told(words: tuple[str, ...]) -> bool:
    """«en elev forteller at …», «gutten sa at …»: what the rules read a disclosure in is what a
    child told, so it is a case, whatever offer or question follows it – a calm example
    asking the same offer about a parent's drinking does not make the child's telling calm."""
    return AT in words and child_said(words[: words.index(AT)])


AT = "at"


def _question(
    bot: SltBot, lead_line: str, kommune_id: str, routines: Sequence[str], why: dict[str, Any]
) -> Reply:
    """The acute line first, then a button per routine asking the question that opens it."""
    index = bot.kb.get(kommune_id)
    resolved = bot.routines.by_kommune.get(index.id if index else "", {})
    titles = [resolved[r].routine.title for r in routines if r in resolved]
    questions = [texts.NET_ASK_ROUTINE.format(routine=lower_first(t)) for t in titles]
    lead = f"🚨 {lead_line}"
    listed = "\n".join(f"- {t}" for t in titles)
    body_text = f"{lead}\n\n{texts.NET_ASK}\n{listed}" if questions else lead
    # The button names the routine; pressing it asks the question that opens the routine.
    buttons = [
        execute(t, Verb.ASK, {"question": q, "kommune": kommune_id})
        for t, q in zip(titles, questions, strict=True)
    ]
    body = [acute_line(lead), heading(texts.NET_HEADING), paragraph(texts.NET_NONE)]
    cards = (card([*body, *stacked(buttons)]),) if questions else ()
    return Reply(body_text, cards, INTENT, {"options": questions, **why})


def _disagrees(bot: SltBot, text: str, kommune_id: str, chosen: object, found: NetFinding) -> bool:
    """The reader chose a routine for a message that names a person (a case, not a question
    about a routine), and the net's nearest examples are danger of other routines only: the
    words that chose it may be the wrong ones («kjæresten på 20 gir henne alkohol og hun må
    sove hos ham» is no rusbekymring case). Leave one round out (tests/eval/loro.py, rules
    silenced) 9 dev danger messages got such a wrong routine; no dev item that is no danger
    is asked back by it. A routine the net also names, or a net that names none (the acute
    line alone), keeps the routine."""
    if not isinstance(chosen, str) or not found.routines or chosen in found.routines:
        return False
    if found.agree < NEIGHBOURS or found.margin < DISAGREE_MARGIN:
        return False
    words = bot.understand(text, kommune_id).words
    return bot.routines.asked.about_someone(words)


__all__ = ["ask_back", "calm_look"]
