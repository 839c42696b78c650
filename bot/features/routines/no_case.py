"""A danger finding in a message that says there is no case now: the routine, calmly.

«Vi øver på case: hva gjør man hvis en ungdom sier han blir presset til å selge? Bare teori»,
«til planleggingsdagen: hva sier rutinen om vold, i store trekk?» prepare a course, a drill or
a planning day (bot/safety_no_case.py ``rehearsed``). The danger rules still name the routine
the words are about; it is answered as a calm routine question is («trenger jeg samtykke …»):
its steps without the acute line above them – the first step still asks whether anyone is in
danger. A finding with no routine (a body in trouble) keeps its alarm, and so does a case told
inside the frame («etter kurset fortalte en elev at …»), which ``rehearsed`` does not pass.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.features.organisation.help import fallback
from bot.features.reply import Reply
from bot.knowledge.models import Kommune
from bot.safety_finding import DangerFinding, Kind
from bot.safety_match import BREAK, fold_words
from bot.safety_no_case import planned, rehearsed
from bot.safety_reading import DangerReading
from bot.text import strip_mentions, visible

if TYPE_CHECKING:
    from bot.routing import SltBot

log = logging.getLogger(__name__)

THREATS = "trusler"
"""danger.yaml's topic of a threat, a weapon, a bomb: planned for («hva gjør vi hvis noen ringer
inn en bombetrussel?»), its routine (the hastemøte, 112 in its steps) is answered calmly."""


def no_case_said(text: str) -> bool:
    """Whether ``text`` rehearses and tells no case (``rehearsed``): a routine the reader
    found for it is asked calmly (bot/features/routines/asks_routine.py ``asked_calmly``)."""
    return bool(text) and rehearsed(fold_words(visible(strip_mentions(text))))


def rehearsed_reply(
    bot: SltBot, text: str, kommune: Kommune, finding: DangerFinding
) -> Reply | None:
    """The finding's routine without the acute line when ``text`` rehearses, or None."""
    if finding.routine is None or not text:
        return None
    words = fold_words(visible(strip_mentions(text)))
    threat = finding.kind is Kind.ACUTE and finding.topic == THREATS and planned(words)
    if not (threat or no_case_said(text)):
        return None
    asked = tuple(w for w in words if w != BREAK)  # the plan's asides it asks for
    if not threat and bot.routines.asked.material_only(asked):
        # «eksamensoppgaven … handler om en case med overgrep – er det lov å bruke den i
        # undervisning?»: the material asked about, no case and no step: no routine answers it
        log.info("no case now: material asked about, %s not shown", finding.routine)
        return fallback(bot.kb.get(kommune.id), bot.kb, topic=True)
    reply = bot.routines.overview(kommune, finding.routine, calm=True, words=asked)
    if reply is not None:
        log.info("no case now: %s calmly over the rules' alarm", finding.routine)
    return reply


DUTY_ASKED = frozenset(
    {("ma", "jeg"), ("ma", "vi"), ("bor", "jeg"), ("bor", "vi"), ("bor", "det"), ("ma", "det")}
    | {("ma", "eg"), ("ma", "me"), ("bor", "eg"), ("bor", "me"), ("skal", "jeg"), ("skal", "eg")}
    | {("skal", "vi"), ("skal", "me"), ("trenger", "jeg"), ("treng", "eg"), ("do", "i")}
)
"""«må jeg …», «bør det …», «skal vi …»: whether something binds the writer."""
DUTY_DEEDS = frozenset(
    {"gjore", "gjere", "meldes", "melde", "meldast", "formelt", "rapportere", "varsle"}
    | {"varsles", "skrives", "dokumentere", "report"}
)
"""What a duty asks be done: «gjøre noe formelt», «bør det meldes noe sted?»."""


def duty_asked(words: Sequence[str]) -> bool:
    """«må jeg gjøre noe formelt?», «bør det meldes noe sted?»: whether a duty binds the
    writer – not «sånn er det vel bare?», which asks nothing of the routine."""
    pairs = set(pairwise(words))
    return not pairs.isdisjoint(DUTY_ASKED) and not DUTY_DEEDS.isdisjoint(words)


def played_reply(
    bot: SltBot, text: str, kommune_id: str, reading: DangerReading | None
) -> Reply | None:
    """A threat said in play and laughed off (the reading's ``played``, bot/safety_no_case.py
    ``played``), and a duty asked of it («gutten sa «jeg skal drepe deg» til kompisen under
    fotballen, de var venner igjen etter fem minutter. må jeg gjøre noe formelt?»): the
    threat's routine calmly, its first step asking whether anyone is in danger; or None (no
    duty asked: the fallback). Asked only where nothing else answered a question to the bot –
    said in play, it is no danger to answer unasked in a channel."""
    played = reading.played if reading is not None else None
    index = bot.kb.get(kommune_id)
    if played is None or played.routine is None or index is None or not text:
        return None
    words = tuple(w for w in fold_words(visible(strip_mentions(text))) if w != BREAK)
    if not duty_asked(words):
        return None
    reply = bot.routines.overview(index.kommune, played.routine, calm=True, words=words)
    if reply is not None:
        log.info("threat in play: %s calmly for a duty asked", played.routine)
    return reply


__all__ = ["duty_asked", "no_case_said", "played_reply", "rehearsed_reply"]
