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
from typing import TYPE_CHECKING

from bot.features.reply import Reply
from bot.knowledge.models import Kommune
from bot.safety_finding import DangerFinding, Kind
from bot.safety_match import BREAK, fold_words
from bot.safety_no_case import planned, rehearsed
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
    reply = bot.routines.overview(kommune, finding.routine, calm=True, words=asked)
    if reply is not None:
        log.info("no case now: %s calmly over the rules' alarm", finding.routine)
    return reply


__all__ = ["no_case_said", "rehearsed_reply"]
