"""The second look at an answer, after the router: the two nearest-example nets.

``SltBot.respond`` hands every reply here once the router (and the danger check's soft hint)
have answered:

1. **The safety net** first (bot/features/routines/ask_back.py): a message the danger rules
   left quiet that its nearest danger examples clearly read as danger gets a question back
   with the acute line first. Unchanged, and it comes first: the danger path stays as it is.
2. **The intent net** then (bot/intent_net.py): a confident answer to a question about the plan
   whose nearest labelled questions clearly agree on another reading is replaced by «Mente du
   …?» with a button for that reading and one for the answer given, when the reading finds its
   object (bot/features/rescue/), else by the honest fallback, which names the coordinator and
   how to reach them. A confident wrong answer is
   worse than an honest «jeg vet ikke». The reply's facts say which reading the examples
   agree on and which examples disagreed (by reading and place in intent_examples.yaml:
   ``tiltak_owner[3]``); the log says the same, never the text.

A danger finding, a command's result, a card verb's reply, the fallback and a «Mente du …?»
are never doubted (``intent_net.CHECKED``); a routine the router chose only when none of the
nearest examples is danger or a routine question (``intent_net.ROUTINE``). The fallback keeps
its own safety net (112/113) under a message that speaks of someone.

An answer the reader gave by its object alone (the levels, the coordinator card) to a
question that asks a comparison, a history or a replacement it does not hold becomes the
honest fallback (bot/features/rescue/held.py).

3. **The rescue** (bot/features/rescue/): the router's honest fallback, where the nearest
   examples agree on a reading the bot answers, becomes that answer or «Mente du …?».
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.compiled import Compiled
from bot.features.needs.handlers import doubted_to_need, instead_of_fallback
from bot.features.organisation.answers import honest_fallback
from bot.features.organisation.contacts import PLAN_LACKS
from bot.features.organisation.plan import PLAN_HAS_GROUP
from bot.features.reply import Reply
from bot.features.rescue import offered, rescuable, rescued
from bot.features.rescue.held import BY_OBJECT, beyond
from bot.features.rescue.paths import routine_answer
from bot.features.routines.ask_back import ask_back, calm_look
from bot.understanding.entities import groups_named
from bot.understanding.plan_asked import ties
from bot.understanding.preamble import question_part
from bot.understanding.service_work import asks_by_work, where_gets

if TYPE_CHECKING:
    from bot.intent_net import Doubt, IntentNet
    from bot.router import Turn
    from bot.understanding import Understood

log = logging.getLogger(__name__)

UNKNOWN = "unknown"
LACK_READINGS = frozenset({UNKNOWN, "contact_service"})
"""The examples' reading for a question the plans cannot answer."""

ROLE_GROUPS = "role_groups"
CONTACT_SERVICE = "contact_service"
MEMBERS = "group_members"
LEVELS = "level_info"
COORDINATOR = "coordinator"
PLAN = "plan"
DUTIES = "duties"
TILTAK_LOOKUP = "tiltak_lookup"
ROUTINE = "routine"
ROUTINE_LIST = "routine_list"
TILTAK_FACT = "tiltak"
"""A tiltak answer's fact: the ids of the tiltak it shows, the first the one found."""
FREQUENCY = "meeting_frequency"
"""The examples' reading of «hvor ofte …»: a group's rhythm, which only a named group has."""
TILTAK_LISTS = frozenset({"tiltak_mine", "tiltak_for_role", "tiltak_lookup"})
"""Replies that list tiltak."""
DEADLINES = "tiltak_deadline"
"""The tiltak whose deadline falls in the year asked («hvilke tiltak slutter i år?»)."""

PLAN_TEXT_READINGS = frozenset({"tiltak_lookup", "plan_facts", UNKNOWN})
"""The examples' readings a plan-topic answer (the plan's tiltak and text on it) stands for."""
HEAD_WORDS = ("sjef", "leder", "ansvarlig", "hovedansvarlig", "kontaktperson")
"""A coordinator cue's words that ask for the head of SLT itself, or the one to contact about
it («lederen for slt», «sjefen over slt», «den ansvarlige for slt», «kontaktpersonen for slt»;
understanding.yaml ``cues.coordinator``)."""
HEAD_DOUBTS = frozenset({UNKNOWN, "plan_facts"})
"""What the examples nearest a question for SLT's head read instead: a service's head whom no
plan names («hvem er leder for barnevernet?»), or the plan («… for kommunen å ha SLT?»)."""
TILTAK_FORM = "tiltak"
"""The kind a «hvilke tiltak …» question asks for (understanding.yaml ``intent_net.nouns``)."""


async def doubted(turn: Turn, reply: Reply) -> Reply:
    """``reply``, the safety net's question back, the honest fallback the intent net asks
    for, or the «Mente du …?» or answer its examples point to (module docstring)."""
    bot, text = turn.bot, turn.text
    reply = ask_back(bot, text, turn.kommune_id, reply, folded=turn.folded_text)
    net = Compiled.of(bot.kb).intents
    if net is None or not text:
        return reply
    if rescuable(turn, reply):
        return instead_of_fallback(turn, await rescued(turn, reply, net))
    q = turn.understood
    if (
        str(reply.intent) in BY_OBJECT
        and q is not None
        and beyond(bot.kb).asked(q.words, reply.text)
    ):
        # «hvor gammel er SLT-modellen?»: the levels hold no history (rescue/held.py)
        log.info("%s: asks what the answer does not hold", reply.intent)
        return honest_fallback(turn)
    doubt = net.doubt(_voted(bot.understanding.rejoined(text)), str(reply.intent))
    if doubt is None or (doubt.reading in LACK_READINGS and reply.facts.get(PLAN_LACKS)):
        # An answer that already says the plan lacks what was asked («Planen oppgir ikke
        # telefonnummer …», with where the role sits; «Planen gir ikke NAV en fast plass …»
        # to «hvem i nav jobber med unge», which examples read as asking for a service the
        # plan does not name) is the honest answer those examples want.
        return reply
    if answers_the_form(turn, reply, doubt, net):
        return reply
    routine = listed_routine(turn, reply, doubt.reading)
    if routine is not None:
        log.info("%s: the routine the question names, as the examples read", reply.intent)
        return routine
    log.info("%s", doubt.describe())
    fallback = (
        await offered(turn, doubt.reading, reply, net)
        or doubted_to_need(turn, doubt.reading)
        or honest_fallback(turn)
    )
    facts = {
        **fallback.facts,
        "doubted": doubt.answered,
        "reading": doubt.reading,
        "examples": list(doubt.examples),
    }
    return Reply(fallback.text, fallback.cards, fallback.intent, facts)


def listed_routine(turn: Turn, reply: Reply, reading: str) -> Reply | None:
    """The routine the question names, where the nearest examples read a question for that
    routine («hva er rutinen ved …») and the router answered beside it:

    - the list of routines, led by the one named («finnes det rutiner ved vold i nære
      relasjoner?», «hva sier planen om rutiner for melding ved vold …»);
    - a tiltak the routine holds as a step of its own (Jevnaker's «På rett kjøl» in
      Rusbekymring, to «ungdom tatt for narkotika av politiet, finnes det noe alternativ til
      straff?»).

    Both readings agree on the routine, so its steps answer (calm unless the question speaks
    of someone); the honest fallback would hide a routine the question names."""
    q = turn.understood
    if reading != ROUTINE or q is None or not q.routine:
        return None
    resolved = turn.bot.routines.by_kommune.get(turn.kommune_id, {}).get(q.routine)
    if resolved is None:
        return None
    answered = str(reply.intent)
    listed = reply.facts.get(TILTAK_FACT)
    first = listed[0] if isinstance(listed, list | tuple) and listed else None
    steps = {step.id for step in resolved.routine.steps}
    held = answered in TILTAK_LISTS and first in steps
    if answered != ROUTINE_LIST and not held:
        return None
    return routine_answer(turn, q.routine)


def _voted(text: str) -> str:
    """What the examples vote on: a question with a remark after it that only tells why it is
    asked («hvem sitter i koordineringsgruppa? må sende innkalling») by the question alone –
    the remark's words («innkalling») are no reading of it (understanding/preamble.py). A
    scene before the question stays: it may tell what the question is about."""
    asked = question_part(text)
    return asked if asked and text.lstrip().startswith(asked) else text


def seat_confirmed(q: Understood, reply: Reply) -> bool:
    """«er ungdomsklubben representert noe sted i slt?»: whether a role is in SLT, no group
    named – its seats, found, say yes and where. Examples read the groups' members for it
    («er rektorene med i slt-nettverket?»), which is the same seat seen from the group."""
    yes_no = q.words[:1] in q.said.yes_no_start
    return yes_no and bool(q.role_words) and not q.group_id and bool(reply.facts.get("groups"))


def answers_the_form(turn: Turn, reply: Reply, doubt: Doubt, net: IntentNet) -> bool:
    """A reply the question's own form asks for, whatever its nearest examples read; the
    examples are near by the role or group words they share, not by what is asked of them:

    - «sitter NAV på koordinerende eller utøvende nivå?», «har helsestasjonen plass i
      arbeidsgruppa eller styringsgruppa?»: a role and a choice of groups – the role's seats
      say which (the examples vote for the groups' members or the levels);
    - «er ungdomsklubben representert noe sted?»: a role's seats confirmed
      (:func:`seat_confirmed`), and «som lærer, er jeg på utførende nivå?»: a role's seats,
      each with its level, say whether it is on the level named;
    - «står det noe om foreldre i planen?»: what the plan says on the topic, or that it names
      none of it (understanding/topic_asked.py), where the examples vote for the plan's tiltak
      or text on it, or for «vet ikke» – which that answer is;
    - «kva tiltak er mine som kommunalsjef oppvekst og kultur?», «hvilke tiltak slutter i år?»:
      a tiltak list for a «which tiltak» question – never a role's seats, or the plan's period
      («hvilke år gjelder planen»), instead. A reading the plans cannot answer
      (``unknown``) still doubts it («hvilke tiltak fikk penger i fjor»)."""
    q = turn.understood
    if q is None:
        return False
    answered = str(reply.intent)
    if q.topic and doubt.reading in PLAN_TEXT_READINGS:
        return True
    if answered == COORDINATOR and not q.role_words and ties(q, turn.index, listed=True):
        return True  # «hvem passer på at fagteamet og koordineringsgruppa jobber sammen?»
    if answered == DUTIES and doubt.reading == TILTAK_LOOKUP and _group_asked_alone(turn, q):
        return True  # «hva går arbeidsgruppa ut på?» (examples: «hva går tiltak 12 ut på?»)
    if answered == PLAN and doubt.reading == LEVELS and reply.facts.get(PLAN_HAS_GROUP):
        return True  # «er det et slt-nettverk i planen?»: yes, the group and its level
    if answered == PLAN and doubt.reading == FREQUENCY and q.group_id is None:
        return True  # «hvor ofte blir ungdataundersøkelsen gjennomført?»: no group's rhythm
    if answered == "members" and doubt.reading == FREQUENCY and q.group_id is not None:
        # «hvem sitter i gruppa som møtes fire ganger i året?»: a group the reader found by its
        # cadence (cue_check.py), named by no name – the rhythm is its name, not what is asked
        return not groups_named(q.words, turn.index)
    if answered == COORDINATOR and doubt.reading in HEAD_DOUBTS and _asks_slt_head(q):
        return True  # «hvem er lederen for slt her?» (examples: «hvem er leder for barnevernet?»)
    if answered == CONTACT_SERVICE and doubt.reading != UNKNOWN and _asks_by_work(turn, q):
        return True  # «hvem følger opp elever som står i fare for å falle ut av skolen?»
    if answered == ROLE_GROUPS and q.role_words and "eller" in q.words:
        return len({g for _, _, g in groups_named(q.words, turn.index)}) >= 2
    if answered == ROLE_GROUPS and doubt.reading == MEMBERS and seat_confirmed(q, reply):
        return True
    if answered == ROLE_GROUPS and doubt.reading == LEVELS and q.level is not None:
        return bool(q.role_words) and bool(reply.facts.get("groups"))  # «er jeg på … nivå?»
    if answered in TILTAK_LISTS | {DEADLINES} and doubt.reading != UNKNOWN:
        asks_tiltak = net.asked_form(turn.text) == {TILTAK_FORM}
        return asks_tiltak and not any(net.agrees(doubt.reading, t) for t in TILTAK_LISTS)
    return False


def _group_asked_alone(turn: Turn, q: Understood) -> bool:
    """«hva går arbeidsgruppa ut på?», «hva går oppvekstteamet ut på?»: a group named by its
    name or alias, and no tiltak – the group's work answers. The nearest examples share the
    form «hva går … ut på» with tiltak asked by number or title («hva går tiltak 12 ut på?»)
    and vote for a tiltak the question never names."""
    named = groups_named(q.words, turn.index)
    return bool(named) and q.tiltak_number is None and not q.about


def _asks_slt_head(q: Understood) -> bool:
    """«hvem er lederen for slt her?», «sjefen for slt?»: the head of SLT itself, no service,
    role or group named – the coordinator the plan names leads the work. The examples nearest
    vote by «hvem er leder for», which they share with a service's head asked by name («hvem
    er leder for barnevernet, navnet?»), whom no plan names (``unknown``)."""
    words = q.cue.split()
    heads = any(w.startswith(HEAD_WORDS) for w in words)
    return "slt" in words and heads and not q.role_words and q.group_id is None


def _asks_by_work(turn: Turn, q: Understood) -> bool:
    """A service asked for by what it does («hvem følger opp …»: bot/understanding/
    service_work.py): the who-word and the work verb decide, and the contact whose plan-worded
    work holds the need answers – the nearest examples vote by the need's words, which a
    tiltak of that service shares («Følge opp ungdom som står i fare …»); so do a where-word
    and someone who gets it («hvor kan en ungdom med rusproblem få støttesamtaler?»)."""
    said = Compiled.of(turn.bot.kb).understanding.lexicon.form
    words = q.cue.split()
    if len(words) != 2:
        return False
    if words[0] in said.service_where:
        return where_gets(q.words, said)
    # «hvem kan mekle …», «finnes det noen som kan snakke med …»: a modal before the work
    opens = words[0] in said.service_who and words[1] in said.service_work
    return opens or bool(asks_by_work(q.words, said))


__all__ = ["answers_the_form", "calm_look", "doubted"]
